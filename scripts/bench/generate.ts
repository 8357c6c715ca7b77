/**
 * The benchmark's corpus: N filled unit workbooks, generated deterministically (seeded PRNG)
 * into a cache folder and reused while complete.
 *
 * Which units: N ≤ 120 gives N distinct units (the 114 real units in a seeded order first, then
 * the 6 placeholder templates, which the consolidation counts as unexpected submitters). Beyond
 * 120 every unit gets ⌊N/120⌋ or ⌈N/120⌉ files: successive resubmissions (corrected figures)
 * named like the template, "<code>_<name>.xlsx", then "…_lan2.xlsx", "…_lan3.xlsx" ("lần" =
 * time), received hours to days apart (file modification times); the newest is used and the
 * others are superseded, as in the office's inbox. About 6 % of the units send their last file
 * after the deadline (05/12/2026), so a few units are late.
 *
 * Speed: each unit's template is built once (the same layout and exceljs writer as
 * `khcn templates`), then for each of its files the input cells are set and the workbook written
 * again (no reload of the .xlsx, which is the slow part of exceljs).
 */
import { mkdir, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { findUnit, type Catalog, type ReportingUnit } from '../../src/domain/catalog';
import { buildTemplate } from '../../src/domain/template/build-template';
import { templateFileName } from '../../src/domain/template/file-name';
import { namedCells, TEMPLATE_VERSION, type TemplateLayout } from '../../src/domain/template/layout-types';
import { COMPLETE_VALUE, DRAFT_VALUE, type SignOffField } from '../../src/domain/template/sign-off';
import { cellsInRange, parseCell, columnLetters } from '../../src/domain/validation';
import { templateWorkbook } from '../../src/cli/xlsx/template-writer';
import { Rng } from './prng';
import { registerFills } from './registers';
import { fillValues, type CellFill, type InputFill } from './values';

/** Bump when the generated files change: cached corpora of another version are regenerated. */
export const GENERATOR_VERSION = 4;
export const YEAR = 2026;
/** When the office generated the templates it sent out (fixed: the files are reproducible). */
export const TEMPLATE_GENERATED_AT = '2026-11-10T01:30:00.000Z';

const HOUR = 3_600_000;
const VN_OFFSET = 7 * HOUR;

export interface PlannedFile {
  /** File name in the corpus folder. */
  file: string;
  unitId: string;
  /** 1 = first submission; the highest is the newest (used). */
  version: number;
  versions: number;
  /** When the office received it (the file's modification time), ISO 8601 UTC. */
  receivedAt: string;
}

/** Real units in a seeded order, then the placeholders (stand-ins, not expected to report). */
export function unitOrder(catalog: Catalog, seed: number): ReportingUnit[] {
  const rng = new Rng(`${seed}/units`);
  const real = catalog.units.filter((u) => u.kind !== 'placeholder');
  const placeholders = catalog.units.filter((u) => u.kind === 'placeholder');
  return [...rng.shuffle(real), ...rng.shuffle(placeholders)];
}

/** Vietnam local time (UTC+7) → ISO UTC. */
const vnTime = (y: number, m: number, d: number, h: number, min: number): number =>
  Date.UTC(y, m - 1, d, h, min) - VN_OFFSET;

/** Reception times of a unit's `count` files, oldest first. */
function receptionTimes(seed: number, unitId: string, count: number): string[] {
  const rng = new Rng(`${seed}/${unitId}/times`);
  // Day of the last file, counted from 1 November: 24–35 = 24 Nov–5 Dec (on time), 36–39 = 6–9 Dec (late).
  const day = rng.chance(0.06) ? rng.int(36, 39) : rng.int(24, 35);
  const last = vnTime(2026, day <= 30 ? 11 : 12, day <= 30 ? day : day - 30, rng.int(7, 22), rng.int(0, 59));
  const times = [last];
  for (let i = 1; i < count; i++) {
    const previous = times[times.length - 1] ?? last;
    times.push(previous - rng.int(3, 30) * HOUR - rng.int(0, 59) * 60_000);
  }
  return times.reverse().map((t) => new Date(t).toISOString());
}

/** The N files of a corpus: which unit, which submission, when received. */
export function planFiles(catalog: Catalog, n: number, seed: number): PlannedFile[] {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`N must be a whole number ≥ 1, not ${n}`);
  const units = unitOrder(catalog, seed);
  const out: PlannedFile[] = [];
  const perUnit = Math.floor(n / units.length);
  const extra = n % units.length;
  units.forEach((unit, rank) => {
    const count = perUnit + (rank < extra ? 1 : 0);
    if (count === 0) return;
    const stem = templateFileName(unit).replace(/\.xlsx$/, '');
    receptionTimes(seed, unit.id, count).forEach((receivedAt, i) => {
      const version = i + 1;
      const file = version === 1 ? `${stem}.xlsx` : `${stem}_lan${version}.xlsx`;
      out.push({ file, unitId: unit.id, version, versions: count, receivedAt });
    });
  });
  return out;
}

/** A unit's template as the office sent it out; another `year` (and when it was made) for an old template. */
export function templateLayout(
  catalog: Catalog,
  unitId: string,
  year: number = YEAR,
  generatedAt: string = TEMPLATE_GENERATED_AT,
): TemplateLayout {
  return buildTemplate(catalog, unitId, year, { formulaMode: 'native', generatedAt });
}

/** The values typed into one planned file (depend only on the seed, the unit and the version). */
export function plannedValues(catalog: Catalog, layout: TemplateLayout, plan: PlannedFile, seed: number) {
  const unit = findUnit(catalog, plan.unitId);
  if (!unit) throw new Error(`unknown unit ${plan.unitId}`);
  const values = fillValues(catalog, layout, unit, new Rng(`${seed}/${plan.unitId}/v${plan.version}`));
  return [...values, ...signOffFills(layout, unit, plan)];
}

/**
 * The sign-off block: the last version a unit sends is marked complete, earlier ones are drafts;
 * signed the day before it is received (Vietnam time, a date without time).
 */
export function signOffFills(layout: TemplateLayout, unit: ReportingUnit, plan: PlannedFile): InputFill[] {
  if (!layout.signOff?.length) return [];
  const received = new Date(plan.receivedAt);
  const signed = new Date(
    Date.UTC(received.getUTCFullYear(), received.getUTCMonth(), received.getUTCDate() - 1),
  );
  const value: Record<SignOffField, CellFill> = {
    preparer: unit.contact?.person ?? 'Nguyễn Văn An',
    phone: unit.contact?.phone ?? '0222 3822 123',
    head: 'Trần Thị Bình',
    signedOn: signed,
    complete: plan.version === plan.versions ? COMPLETE_VALUE : DRAFT_VALUE,
  };
  return layout.signOff.map((s) => ({ name: s.name, values: [value[s.field]], evidence: [null] }));
}

interface InputCells {
  name: string;
  cells: ExcelJS.Cell[];
  /** The evidence cell right of each input cell, and its template content (restored when unused). */
  evidence: { cell: ExcelJS.Cell; original: ExcelJS.CellValue }[];
}

const rightOf = (address: string): string => {
  const at = parseCell(address);
  if (!at) throw new Error(`bad address ${address}`);
  return `${columnLetters(at.col + 1)}${at.row}`;
};

/** One unit's template as an exceljs workbook, filled and written once per submission. */
export class UnitWorkbook {
  private constructor(
    readonly layout: TemplateLayout,
    private readonly workbook: ExcelJS.Workbook,
    private readonly inputs: Map<string, InputCells>,
  ) {}

  static async create(layout: TemplateLayout): Promise<UnitWorkbook> {
    const workbook = await templateWorkbook(layout);
    const inputs = new Map<string, InputCells>();
    for (const input of namedCells(layout)) {
      const sheet = workbook.getWorksheet(input.sheet);
      if (!sheet) throw new Error(`${input.name}: no sheet ${input.sheet}`);
      const addresses = cellsInRange(input.range) ?? [];
      const cells = addresses.map((a) => sheet.getCell(a));
      const evidence = addresses.map((a) => {
        const cell = sheet.getCell(rightOf(a));
        return { cell, original: cell.value };
      });
      inputs.set(input.name, { name: input.name, cells, evidence });
    }
    return new UnitWorkbook(layout, workbook, inputs);
  }

  /**
   * The .xlsx bytes with `fills` typed in (every other input cell blank) and each register table
   * of `registers` holding its rows (a table not named keeps its empty rows).
   */
  async bytes(
    fills: readonly InputFill[],
    savedAt: Date,
    savedBy: string,
    registers: ReadonlyMap<string, CellFill[][]> = new Map(),
  ): Promise<Uint8Array> {
    for (const [name, rows] of registers) {
      const sheet = this.layout.sheets.find((s) => s.table?.name === name);
      const table = sheet && this.workbook.getWorksheet(sheet.name)?.getTable(name);
      if (!table) throw new Error(`no table ${name}`);
      table.removeRows(0, Number.MAX_SAFE_INTEGER);
      for (const r of rows) table.addRow(r);
      table.commit();
    }
    const byName = new Map(fills.map((f) => [f.name, f]));
    for (const input of this.inputs.values()) {
      const fill = byName.get(input.name);
      input.cells.forEach((cell, i) => {
        const v: CellFill = fill?.values[i] ?? null;
        cell.value = v;
      });
      input.evidence.forEach(({ cell, original }, i) => {
        const text = fill?.evidence[i] ?? null;
        // Only an empty evidence cell is typed into: template text next to an input stays.
        cell.value = text !== null && (original === null || original === undefined) ? text : original;
      });
    }
    // Saved by the unit: the document properties say when (fixed, so the content is reproducible).
    this.workbook.modified = savedAt;
    this.workbook.lastModifiedBy = savedBy;
    return new Uint8Array(await this.workbook.xlsx.writeBuffer());
  }
}

// ---------------------------------------------------------------------------
// The cache

export interface CorpusManifest {
  generator: number;
  catalogVersion: string;
  templateVersion: string;
  n: number;
  seed: number;
  files: (PlannedFile & { size: number; registerRows: number })[];
}

export interface Corpus {
  /** Cache folder of this (N, seed): files/, manifest.json, the reports of the phases. */
  dir: string;
  /** The workbooks only (what the phases read). */
  filesDir: string;
  manifest: CorpusManifest;
  /** False when a complete cached corpus was reused. */
  generated: boolean;
  /** Generation time (0 when reused). */
  seconds: number;
  bytes: number;
  /** Distinct units. */
  units: number;
  /** Rows in the register tables of all files. */
  registerRows: number;
}

export const corpusDir = (root: string, n: number, seed: number): string => join(root, `n${n}-seed${seed}`);

async function cachedManifest(
  dir: string,
  want: Omit<CorpusManifest, 'files'>,
  plan: readonly PlannedFile[],
): Promise<CorpusManifest | undefined> {
  let manifest: CorpusManifest;
  try {
    manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as CorpusManifest;
  } catch {
    return undefined;
  }
  const same =
    manifest.generator === want.generator &&
    manifest.catalogVersion === want.catalogVersion &&
    manifest.templateVersion === want.templateVersion &&
    manifest.n === want.n &&
    manifest.seed === want.seed &&
    manifest.files.length === plan.length &&
    manifest.files.every((f, i) => f.file === plan[i]?.file && f.receivedAt === plan[i]?.receivedAt);
  if (!same) return undefined;
  // Nothing else in the folder: the phases read every .xlsx there.
  const present = await readdir(join(dir, 'files')).catch(() => []);
  if (present.length !== manifest.files.length) return undefined;
  for (const f of manifest.files) {
    const info = await stat(join(dir, 'files', f.file)).catch(() => undefined);
    if (!info?.isFile() || info.size !== f.size) return undefined;
  }
  return manifest;
}

/** Sets each file's modification time to its reception time (what the CLI reads as "received"). */
async function setTimes(filesDir: string, files: readonly PlannedFile[]): Promise<void> {
  for (const f of files) {
    const t = new Date(f.receivedAt);
    await utimes(join(filesDir, f.file), t, t);
  }
}

export type Log = (line: string) => void;

/** Generates the corpus of (N, seed) under `root`, or reuses it when complete. */
export async function ensureCorpus(
  catalog: Catalog,
  opts: { n: number; seed: number; root: string },
  log: Log = () => undefined,
): Promise<Corpus> {
  const { n, seed } = opts;
  const dir = corpusDir(opts.root, n, seed);
  const filesDir = join(dir, 'files');
  const plan = planFiles(catalog, n, seed);
  const units = new Set(plan.map((p) => p.unitId)).size;
  const want = {
    generator: GENERATOR_VERSION,
    catalogVersion: catalog.version,
    templateVersion: TEMPLATE_VERSION,
    n,
    seed,
  };
  const cached = await cachedManifest(dir, want, plan);
  if (cached) {
    await setTimes(filesDir, cached.files);
    const bytes = cached.files.reduce((s, f) => s + f.size, 0);
    const registerRows = cached.files.reduce((s, f) => s + f.registerRows, 0);
    return { dir, filesDir, manifest: cached, generated: false, seconds: 0, bytes, units, registerRows };
  }

  const started = performance.now();
  await rm(dir, { recursive: true, force: true });
  await mkdir(filesDir, { recursive: true });
  const files: CorpusManifest['files'] = [];
  const byUnit = new Map<string, PlannedFile[]>();
  for (const p of plan) byUnit.set(p.unitId, [...(byUnit.get(p.unitId) ?? []), p]);
  let done = 0;
  let nextLog = 0.1;
  for (const [unitId, unitPlan] of byUnit) {
    const unit = findUnit(catalog, unitId);
    if (!unit) throw new Error(`unknown unit ${unitId}`);
    const book = await UnitWorkbook.create(templateLayout(catalog, unitId));
    for (const p of unitPlan) {
      const fills = plannedValues(catalog, book.layout, p, seed);
      const registers = registerFills(book.layout, unit, seed);
      const bytes = await book.bytes(fills, new Date(p.receivedAt), unit.nameVi, registers);
      await writeFile(join(filesDir, p.file), bytes);
      const registerRows = [...registers.values()].reduce((n, rows) => n + rows.length, 0);
      files.push({ ...p, size: bytes.length, registerRows });
      done += 1;
      if (done / plan.length >= nextLog && plan.length >= 50) {
        log(`  … ${done}/${plan.length} files`);
        nextLog += 0.1;
      }
    }
  }
  // `files` is in plan order: the plan lists each unit's files together, by version.
  await setTimes(filesDir, files);
  const manifest: CorpusManifest = { ...want, files };
  // Written last: a manifest means the corpus is complete.
  await writeFile(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 1)}\n`);
  const bytes = files.reduce((s, f) => s + f.size, 0);
  return {
    dir,
    filesDir,
    manifest,
    generated: true,
    seconds: (performance.now() - started) / 1000,
    bytes,
    units,
    registerRows: files.reduce((s, f) => s + f.registerRows, 0),
  };
}
