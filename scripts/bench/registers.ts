/**
 * Register rows for the benchmark's workbooks: each unit lists papers, patents, tasks,
 * enterprises, contracts, documents and facilities in its register tables, sized by who it is
 * (Sở KH&CN 5 000 papers and 1 000 IP rows, a university hundreds, a commune a few documents),
 * with identities drawn from shared pools so that units list the same items (co-authored papers,
 * an enterprise every department knows): what the consolidation de-duplicates. Every row passes
 * the row checks (valid DOIs, tax codes with their check digit, drop-down values).
 */
import type { ReportingUnit } from '../../src/domain/catalog';
import type { RegisterKey } from '../../src/domain/catalog/schema';
import {
  CONTRACT_KINDS,
  DOCUMENT_KINDS,
  ENTERPRISE_KINDS,
  INFRASTRUCTURE_KINDS,
  IP_KINDS,
  PUBLICATION_KINDS,
  QUARTILES,
  registerDef,
  TASK_LEVELS,
} from '../../src/domain/registers/definitions';
import { normalizeTaxCode } from '../../src/domain/registry/tax-code';
import type { TemplateLayout } from '../../src/domain/template/layout-types';
import { Rng } from './prng';
import type { CellFill } from './values';

/** Rows per register by the unit: the lead of the research indicators lists the most. */
function sizes(unit: ReportingUnit): Partial<Record<RegisterKey, number>> {
  if (unit.id === 'so-khcn')
    return {
      publications: 5_000,
      ip: 1_000,
      tasks: 200,
      enterprises: 300,
      contracts: 60,
      documents: 40,
      infrastructure: 30,
    };
  if (unit.id === 'thong-ke') return { publications: 300, enterprises: 300 };
  const c = unit.categories;
  if (c.includes('research-university')) return { publications: 800, tasks: 60, infrastructure: 12 };
  if (c.includes('enterprise')) return { ip: 12, tasks: 3, enterprises: 1, contracts: 4, infrastructure: 1 };
  if (c.includes('commune')) return { documents: 3, infrastructure: 1 };
  if (c.includes('department'))
    return { publications: 12, ip: 4, tasks: 8, documents: 15, infrastructure: 3 };
  return { infrastructure: 2 };
}

/** A valid tax code from a number: nine digits and the check digit (codes without one are skipped). */
function taxCode(k: number): string {
  for (let n = k; ; n++) {
    const nine = String(100_000_000 + (n % 800_000_000)).padStart(9, '0');
    for (let d = 0; d <= 9; d++) if (normalizeTaxCode(`${nine}${d}`) !== undefined) return `${nine}${d}`;
  }
}

const date = (year: number, rng: Rng): Date => new Date(Date.UTC(year, rng.int(0, 11), rng.int(1, 28)));
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[rng.int(0, xs.length - 1)] as T;
const yesNo = (rng: Rng, p: number): string => (rng.chance(p) ? 'Có' : 'Không');

/** One row (by column key) of register `key`, item number `k` of the shared pool. */
function row(key: RegisterKey, k: number, rng: Rng): Record<string, CellFill> {
  switch (key) {
    case 'publications': {
      const intl = rng.chance(0.6);
      return {
        doi: rng.chance(0.9) ? `10.5555/bn.${k}` : null,
        title: `Nghiên cứu số ${k} về vật liệu và công nghệ`,
        kind: intl ? PUBLICATION_KINDS[0] : pick(rng, PUBLICATION_KINDS.slice(1)),
        journal: `Tạp chí ${k % 200}`,
        year: rng.chance(0.7) ? 2026 : rng.int(2022, 2025),
        indexed: intl ? yesNo(rng, 0.9) : null,
        quartile: intl ? pick(rng, QUARTILES) : null,
        foreign: intl ? yesNo(rng, 0.3) : null,
        citations: rng.int(0, 40),
        source: 'Scopus',
        lookedUp: new Date(Date.UTC(2026, 10, rng.int(1, 30))),
        group: `Nhóm ${k % 40}`,
      };
    }
    case 'ip':
      return {
        application: `1-2026-${String(k).padStart(5, '0')}`,
        filed: date(2026, rng),
        kind: pick(rng, IP_KINDS),
        title: `Đối tượng sở hữu trí tuệ ${k}`,
        applicant: `Chủ đơn ${k % 300}`,
      };
    case 'tasks':
      return {
        code: `ĐT.${k}/2026`,
        title: `Nhiệm vụ ${k}`,
        level: pick(rng, TASK_LEVELS),
        year: rng.int(2024, 2026),
        trl: rng.int(1, 9),
        applied: yesNo(rng, 0.5),
        commercialised: yesNo(rng, 0.2),
      };
    case 'enterprises':
      return {
        taxCode: taxCode(k * 7919),
        name: `Công ty ${k}`,
        kind: pick(rng, ENTERPRISE_KINDS),
        founded: rng.int(2000, 2026),
        certified: rng.chance(0.3) ? rng.int(2020, 2026) : null,
        usesResults: yesNo(rng, 0.4),
      };
    case 'contracts':
      return {
        number: `${k}/2026/HĐ-CGCN`,
        signed: date(2026, rng),
        kind: pick(rng, CONTRACT_KINDS),
        title: `Công nghệ ${k}`,
        seller: `Bên giao ${k % 50}`,
        buyer: `Bên nhận ${k % 70}`,
        value: rng.int(50, 5_000),
      };
    case 'documents':
      return {
        number: `${k}/2026/QĐ-UBND`,
        issued: date(2026, rng),
        issuer: 'UBND tỉnh',
        kind: pick(rng, DOCUMENT_KINDS),
        title: `Văn bản ${k}`,
        usesResults: yesNo(rng, 0.2),
      };
    case 'infrastructure':
      return {
        code: `HT-${k}`,
        name: `Cơ sở ${k}`,
        kind: pick(rng, INFRASTRUCTURE_KINDS),
        owner: `Đơn vị ${k % 30}`,
        year: rng.int(2000, 2026),
        value: rng.int(100, 20_000),
      };
  }
}

/** Items a unit lists come from a pool about 1.5× the largest list, so units share some. */
const POOL: Record<RegisterKey, number> = {
  publications: 7_500,
  ip: 1_500,
  tasks: 400,
  enterprises: 600,
  contracts: 120,
  documents: 120,
  infrastructure: 200,
};

/**
 * Rows (cells in column order) per table name of the unit's template: same seed, same rows;
 * at most `limit` per table (the README's samples stay small).
 */
export function registerFills(
  layout: TemplateLayout,
  unit: ReportingUnit,
  seed: number,
  limit = Number.POSITIVE_INFINITY,
): Map<string, CellFill[][]> {
  const out = new Map<string, CellFill[][]>();
  const want = sizes(unit);
  for (const sheet of layout.sheets) {
    const table = sheet.table;
    const key = REGISTER_BY_TABLE.get(table?.name ?? '');
    const n = key === undefined ? 0 : Math.min(limit, want[key] ?? 0);
    if (!table || key === undefined || n === 0) continue;
    const rng = new Rng(`${seed}/${unit.id}/${key}`);
    const def = registerDef(key);
    const taken = new Set<number>();
    const rows: CellFill[][] = [];
    while (rows.length < n) {
      const k = rng.int(0, POOL[key] - 1);
      if (taken.has(k)) continue;
      taken.add(k);
      const values = row(key, k, new Rng(`${seed}/${key}/${k}`));
      rows.push(def.columns.map((c) => values[c.key] ?? null));
    }
    out.set(table.name, rows);
  }
  return out;
}

const REGISTER_BY_TABLE = new Map<string, RegisterKey>(
  (['publications', 'ip', 'tasks', 'enterprises', 'contracts', 'documents', 'infrastructure'] as const).map(
    (k) => [registerDef(k).table, k],
  ),
);
