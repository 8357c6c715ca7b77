/**
 * One register over every used file: each item once. Rows with the same normalised identity (DOI,
 * application number, tax code, contract number, document number + issuing body, task code) are
 * one item, whoever listed them; every item keeps its provenance (which units, file, sheet, row).
 * Rows without an identity are never merged: when their normalised title + year matches another
 * row's, both are marked "có thể trùng" for the office to confirm. When reporters disagree on an
 * attribute, the rule is fixed and the disagreement listed: citations come from the latest look-up
 * (ties: the lead's), any other attribute from the register's lead unit, else the first reporter.
 */
import { makeIssue, type Issue } from '../issues';
import type { RegisterDef } from './definitions';
import { titleKeyOf, type RegisterRow, type RegisterSource, type RegisterValue } from './rows';

export interface ReportedRow {
  unitId: string;
  row: RegisterRow;
}

export interface RegisterItem {
  /** 1-based number of the item in the union (its row on the register sheet). */
  id: number;
  key?: string;
  values: Readonly<Record<string, RegisterValue>>;
  /** Units that listed it, sorted. */
  reporters: string[];
  sources: (RegisterSource & { unitId: string })[];
  /** Ids of items without an identity whose title and year match this one's ("có thể trùng"). */
  possibleDuplicates: number[];
  /** REGISTER_ATTRIBUTE_DISAGREES of this item, one per column. */
  disagreements: Issue[];
}

export interface RegisterUnion {
  register: RegisterDef['key'];
  items: RegisterItem[];
  /** Rows read over all units / rows merged into an item listed by another row. */
  rowsRead: number;
  duplicatesRemoved: number;
  /** REGISTER_ATTRIBUTE_DISAGREES, one per (item, column). */
  disagreements: Issue[];
}

/** Columns whose value is taken from the latest look-up rather than from the lead. */
const LOOKUP_COLUMNS: Readonly<Record<string, string>> = { citations: 'lookedUp' };
/** Columns that go with another one's value (the look-up's date and source go with its citations). */
const FOLLOWS: Readonly<Record<string, string>> = { lookedUp: 'citations', source: 'citations' };

function byUnit(a: ReportedRow, b: ReportedRow): number {
  return a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : a.row.source.row - b.row.source.row;
}

const shown = (v: RegisterValue): string => (typeof v === 'boolean' ? (v ? 'Có' : 'Không') : String(v));

/** Which reporter's value of `column` wins: the latest look-up, or the lead, or the first. */
function winner(def: RegisterDef, column: string, rows: readonly ReportedRow[]): ReportedRow | undefined {
  const leader = FOLLOWS[column];
  const led = leader === undefined ? undefined : winner(def, leader, rows);
  if (led !== undefined && led.row.values[column] !== undefined) return led;
  const having = rows.filter((r) => r.row.values[column] !== undefined);
  const lookup = LOOKUP_COLUMNS[column];
  if (lookup !== undefined) {
    const latest = [...having].sort((a, b) => {
      const da = String(a.row.values[lookup] ?? '');
      const db = String(b.row.values[lookup] ?? '');
      return da < db
        ? 1
        : da > db
          ? -1
          : Number(b.unitId === def.leadUnitId) - Number(a.unitId === def.leadUnitId);
    });
    return latest[0];
  }
  return having.find((r) => r.unitId === def.leadUnitId) ?? having[0];
}

function mergeItem(def: RegisterDef, id: number, rows: readonly ReportedRow[]): RegisterItem {
  const out: Issue[] = [];
  const sorted = [...rows].sort(byUnit);
  const values: Record<string, RegisterValue> = {};
  const label = String(sorted[0]?.row.values[def.title] ?? sorted[0]?.row.key ?? '');
  for (const c of def.columns) {
    const win = winner(def, c.key, sorted);
    const v = win?.row.values[c.key];
    if (win === undefined || v === undefined) continue;
    values[c.key] = v;
    const distinct = new Map<string, string[]>();
    for (const r of sorted) {
      const x = r.row.values[c.key];
      if (x !== undefined) distinct.set(shown(x), [...(distinct.get(shown(x)) ?? []), r.unitId]);
    }
    if (distinct.size > 1) {
      const rule = LOOKUP_COLUMNS[c.key] !== undefined || FOLLOWS[c.key] !== undefined;
      const params = {
        column: c.headerVi,
        item: label,
        values: [...distinct].map(([x, units]) => `${x}: ${units.join(', ')}`).join('; '),
        used: `${shown(v)} (${win.unitId})`,
        ruleVi: rule ? 'lần tra cứu mới nhất' : 'theo đơn vị chủ trì danh sách, nếu có',
        ruleEn: rule ? 'the latest look-up' : "the register's lead unit, when it lists it",
      };
      out.push(
        makeIssue('REGISTER_ATTRIBUTE_DISAGREES', params, {
          file: win.row.source.file,
          sheet: win.row.source.sheet,
        }),
      );
    }
  }
  const first = sorted[0]?.row.key;
  return {
    id,
    ...(first !== undefined ? { key: first } : {}),
    values,
    reporters: [...new Set(sorted.map((r) => r.unitId))],
    sources: sorted.map((r) => ({ ...r.row.source, unitId: r.unitId })),
    possibleDuplicates: [],
    disagreements: out,
  };
}

/** The union of one register over the units' rows (any order gives the same union). */
export function unionRegister(def: RegisterDef, reported: readonly ReportedRow[]): RegisterUnion {
  const sorted = [...reported].sort(byUnit);
  const groups = new Map<string, ReportedRow[]>();
  const keyless: ReportedRow[] = [];
  for (const r of sorted) {
    if (r.row.key === undefined) keyless.push(r);
    else {
      const group = groups.get(r.row.key);
      if (group) group.push(r);
      else groups.set(r.row.key, [r]);
    }
  }
  const items: RegisterItem[] = [];
  for (const rows of [...groups.values()].sort((a, b) =>
    (a[0]?.row.key ?? '') < (b[0]?.row.key ?? '') ? -1 : 1,
  ))
    items.push(mergeItem(def, items.length + 1, rows));
  for (const r of keyless) items.push(mergeItem(def, items.length + 1, [r]));
  // "Có thể trùng": an item without identity whose title + year matches any other item's.
  // Titles are compared only when some row has no identity (normalising every title costs).
  const titleOf = new Map<number, string>();
  if (keyless.length > 0)
    items.forEach((it, i) => {
      const row = (i < groups.size ? groups.get(it.key ?? '') : [keyless[i - groups.size]])?.[0]?.row;
      const t = row?.titleKey ?? (row === undefined ? undefined : titleKeyOf(def, row.values));
      if (t !== undefined) titleOf.set(it.id, t);
    });
  const byTitle = new Map<string, RegisterItem[]>();
  for (const it of items) {
    const t = titleOf.get(it.id);
    if (t !== undefined) byTitle.set(t, [...(byTitle.get(t) ?? []), it]);
  }
  for (const it of items) {
    if (it.key !== undefined) continue;
    const t = titleOf.get(it.id);
    for (const other of t === undefined ? [] : (byTitle.get(t) ?? []))
      if (other.id !== it.id) {
        it.possibleDuplicates.push(other.id);
        if (other.key !== undefined) other.possibleDuplicates.push(it.id);
      }
  }
  return {
    register: def.key,
    items,
    rowsRead: reported.length,
    duplicatesRemoved: reported.length - items.length,
    disagreements: items.flatMap((i) => i.disagreements),
  };
}
