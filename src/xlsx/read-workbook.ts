/**
 * Reads a filled template (.xlsx bytes) into the validation read model
 * (domain/validation/reading.ts): the ONE reader of unit workbooks, for the CLI and the task pane.
 *
 * It reads only what a template is read by — the workbook (sheets, defined names as written,
 * '#REF!' included), shared strings, cell styles, the sheets the KHCN_ names point to and the
 * identity sheet — and of those sheets only the cells of the names, the identity rows and the
 * data sheet's formulas. Merged areas and ranges are never expanded; every part is inflated with
 * a counted cap (zip.ts) and parsed in linear time (xml.ts).
 *
 * Strict values: a number cell is a finite decimal literal; shared-string, inline-string,
 * boolean, error and ISO date (t="d") cells are read for what they are; anything else is an
 * 'invalid' value on its cell (an issue there, never a corrupt file, never 0). A zip entry or a
 * cell written twice is a tampered file, named.
 *
 * Never throws: a bad file is one Vietnamese issue naming the file and, where known, the part.
 */

import { isoToExcelSerial } from '../domain/catalog';
import { makeIssue, type Issue } from '../domain/issues';
import { DATA_SHEET } from '../domain/template/data-sheet';
import { IDENTITY_SHEET } from '../domain/template/identity';
import { NAME_PREFIX } from '../domain/template/names';
import {
  cellsInRange,
  parseReference,
  rangeContains,
  type CellReading,
  type CellValue,
  type FormulaCell,
  type NameReading,
  type ReadOutcome,
  type Scalar,
  type TableReading,
  type WorkbookReading,
} from '../domain/validation';
import { MAX_TABLE_CELLS, TABLE_PREFIX } from '../domain/validation/reading';
import { columnLetters, columnNumber, parseCell } from '../domain/a1';
import { LIMITS, MAX_FILE_BYTES } from './limits';
import { checkPackage, sizeIssue } from './package-check';
import {
  NO_STYLES,
  parseRelationships,
  parseSharedStrings,
  parseTablePart,
  parseStyles,
  parseWorkbookXml,
  relsPartOf,
  resolvePartName,
  scanSheet,
  type CellStyles,
  type DefinedNameEntry,
  type RawCell,
  type Relationship,
  type SheetScan,
  type WorkbookXml,
} from './workbook-parts';
import { BAD_CHAR, XmlError } from './xml';
import { decodeUtf8, DuplicateEntryError, readEntry, ZipError, type ZipEntry } from './zip';

export type { ReadOutcome };

/** Identity rows read (header + its keys, with room to spare). */
const IDENTITY_ROWS = 50;
/** 1904-system serials are this many days smaller than 1900-system ones. */
const DAYS_1904 = 1_462;
/** A finite decimal literal, as the OOXML schema writes numbers (no NaN, Infinity, hex). */
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
/** An ISO 8601 date or date-time (t="d" cells). */
const ISO_DATE = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?(Z|[+-]\d{2}:\d{2})?$/;

/** The file's parts, read once each, within the read budget. */
class Package {
  private read = 0;

  constructor(
    private readonly buf: Uint8Array,
    private readonly entries: readonly ZipEntry[],
  ) {}

  has(part: string): boolean {
    return this.entries.some((e) => e.name === part);
  }

  text(part: string): string | undefined {
    const e = this.entries.find((x) => x.name === part);
    if (e === undefined) return undefined;
    this.read += e.size;
    if (this.read > LIMITS.readBytes) throw new ZipError(`${part}: read budget exceeded`);
    return decodeUtf8(readEntry(this.buf, e, LIMITS.partBytes));
  }
}

/** The reason a part could not be used, for the FILE_CORRUPT / FILE_TAMPERED message. */
class PartProblem extends Error {
  constructor(
    readonly part: string,
    readonly tampered: boolean,
    readonly cell?: string,
  ) {
    super(part);
  }
}

/** Our names, workbook-scoped first: a sheet copy adds sheet-scoped duplicates that must not win. */
function ourNames(names: readonly DefinedNameEntry[]): Map<string, string> {
  const out = new Map<string, string>();
  const ordered = [...names].sort(
    (a, b) => Number(a.localSheetId !== undefined) - Number(b.localSheetId !== undefined),
  );
  for (const n of ordered) if (n.name.startsWith(NAME_PREFIX) && !out.has(n.name)) out.set(n.name, n.text);
  return out;
}

interface CellContext {
  /** The shared strings the read cells use (readModel loads them after scanning the sheets). */
  strings: readonly (string | undefined)[];
  styles: CellStyles;
  date1904: boolean;
}

const invalid = (reason: Extract<CellValue, { kind: 'invalid' }>['reason'], text: string): CellValue => ({
  kind: 'invalid',
  reason,
  text: text.length > 60 ? `${text.slice(0, 60)}…` : text,
});

/** A text as a value: too long or holding a forbidden character is an 'invalid' value. */
function textValue(t: string): CellValue {
  if (t === '') return { kind: 'empty' };
  if (t.length > LIMITS.cellText) return invalid('too-long', t);
  if (t.includes(BAD_CHAR)) return invalid('bad-character', t);
  return { kind: 'text', value: t };
}

/** '2026-03-15' or '2026-03-15T14:30:00' → Excel serial (a wall-clock date, as Excel keeps it). */
function isoSerial(text: string): number | undefined {
  const m = ISO_DATE.exec(text.trim());
  if (!m) return undefined;
  const day = m[1] ?? '';
  let serial: number;
  try {
    serial = isoToExcelSerial(day);
  } catch {
    return undefined;
  }
  if (new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) !== day) return undefined;
  const seconds = Number(m[2] ?? 0) * 3600 + Number(m[3] ?? 0) * 60 + Number(m[4] ?? 0);
  return serial + seconds / 86_400;
}

/** The value of a raw cell (its cached result when it holds a formula). */
function valueOf(c: RawCell, ctx: CellContext): CellValue {
  const v = c.v;
  switch (c.type) {
    case 's': {
      if (v === undefined || v.trim() === '') return { kind: 'empty' };
      const i = Number(v);
      const s = Number.isInteger(i) ? ctx.strings[i] : undefined;
      return s === undefined ? invalid('bad-string', v) : textValue(s);
    }
    case 'inlineStr':
      return textValue(c.inline ?? v ?? '');
    case 'str':
      return v === undefined ? { kind: 'empty' } : textValue(v);
    case 'b':
      if (v === undefined) return { kind: 'empty' };
      return v === '1' || v === '0' ? { kind: 'boolean', value: v === '1' } : invalid('bad-boolean', v);
    case 'e':
      return v === undefined ? { kind: 'empty' } : { kind: 'error', value: v };
    case 'd': {
      if (v === undefined || v === '') return { kind: 'empty' };
      const serial = isoSerial(v);
      return serial === undefined ? invalid('bad-date', v) : { kind: 'date', value: serial };
    }
    default: {
      if (v === undefined || v === '') return { kind: 'empty' };
      if (v.includes(BAD_CHAR)) return invalid('bad-character', v);
      if (!DECIMAL.test(v.trim())) return invalid('not-a-number', v);
      const n = Number(v);
      if (!Number.isFinite(n)) return invalid('not-a-number', v);
      if (ctx.styles.isDate(c.style)) return { kind: 'date', value: ctx.date1904 ? n + DAYS_1904 : n };
      return { kind: 'number', value: n };
    }
  }
}

function readingOf(
  address: string,
  c: RawCell | undefined,
  ctx: CellContext,
  merges: readonly string[],
): CellReading {
  const merged = merges.find((m) => rangeContains(m, address));
  const base: CellReading = { address, value: { kind: 'empty' }, ...(merged ? { merged } : {}) };
  if (c === undefined) return base;
  const value = valueOf(c, ctx);
  const percent = ctx.styles.isPercent(c.style) ? { percentFormat: true as const } : {};
  if (c.f !== undefined) {
    // openpyxl writes an empty <v/> under a formula it cannot compute: no cached result.
    const cached = (c.v !== undefined && c.v !== '') || c.inline !== undefined;
    return { ...base, ...percent, value: cached ? value : { kind: 'empty' }, formula: { text: c.f, cached } };
  }
  return { ...base, ...percent, value };
}

const scalar = (v: CellValue): Scalar =>
  v.kind === 'empty' || v.kind === 'invalid' ? null : v.kind === 'error' ? v.value : v.value;

interface SheetPlan {
  part: string;
  /** Cells wanted on the sheet. */
  wanted: Set<string>;
  /** Register tables on the sheet: every cell of their ranges is wanted. */
  tables: { name: string; range: string; box: Box }[];
  identity: boolean;
  formulas: boolean;
}

/** An opened workbook: its parts, the workbook XML, and what every cell needs to be read. */
interface Opened {
  pkg: Package;
  wbXml: WorkbookXml;
  ctx: CellContext;
  /** The worksheet part of a sheet (by name), when it exists in the package. */
  sheetPart(sheet: string): string | undefined;
  /** Parses the shared strings into ctx: those at `needed` indices, or all. */
  loadStrings(needed?: ReadonlySet<number>): void;
}

function openWorkbook(pkg: Package, workbookPart: string): Opened {
  const wbXml = parseWorkbookXml(pkg.text(workbookPart) ?? '', workbookPart);
  const relsPart = relsPartOf(workbookPart);
  const rels = parseRelationships(pkg.text(relsPart) ?? '', relsPart);
  const target = (rel: Relationship | undefined): string | undefined =>
    rel === undefined || rel.external ? undefined : resolvePartName(workbookPart, rel.target);
  const related = (suffix: string): string | undefined => {
    const part = target(rels.find((r) => r.type.endsWith(suffix)));
    return part !== undefined && pkg.has(part) ? part : undefined;
  };
  const stringsPart = related('/sharedStrings');
  const stylesPart = related('/styles');
  const ctx: CellContext = {
    strings: [],
    styles: stylesPart === undefined ? NO_STYLES : parseStyles(pkg.text(stylesPart) ?? '', stylesPart),
    date1904: wbXml.date1904,
  };
  // Every sheet must have its own part, as Excel requires: a sheet without one, or two sheets on
  // one part, means the relationships were damaged and a sheet could be read from another's cells.
  const parts = new Map<string, string>();
  const partOf = (relId: string | undefined): string | undefined =>
    relId === undefined ? undefined : target(rels.find((r) => r.id === relId));
  for (const sheet of wbXml.sheets) {
    const part = partOf(sheet.relId);
    if (part === undefined || !pkg.has(part)) throw new PartProblem(relsPart, false);
    if (parts.has(part)) throw new PartProblem(relsPart, true);
    parts.set(part, sheet.name);
  }
  const sheetPart = (sheet: string): string | undefined => {
    const relId = wbXml.sheets.find((s) => s.name === sheet)?.relId;
    return partOf(relId);
  };
  const loadStrings = (needed?: ReadonlySet<number>): void => {
    if (stringsPart !== undefined)
      ctx.strings = parseSharedStrings(pkg.text(stringsPart) ?? '', stringsPart, needed);
  };
  return { pkg, wbXml, ctx, sheetPart, loadStrings };
}

/** Scans a sheet part; a cell written twice is a tampered file. */
function scan(pkg: Package, part: string, keep: (a: string) => boolean, formulas: boolean): SheetScan {
  const result = scanSheet(part, pkg.text(part) ?? '', { keep, formulas });
  if (result.duplicate !== undefined) throw new PartProblem(part, true, result.duplicate);
  return result;
}

function readModel({ pkg, wbXml, ctx, sheetPart, loadStrings }: Opened): WorkbookReading {
  const sheetNames = new Set(wbXml.sheets.map((s) => s.name));
  const ours = ourNames(wbXml.names);
  const resolved = new Map<string, { sheet: string; range: string } | undefined>();
  for (const [name, text] of ours) {
    const ref = parseReference(text);
    resolved.set(name, ref && sheetNames.has(ref.sheet) ? ref : undefined);
  }
  // What to read on each sheet: the names' cells, the identity rows, the data sheet's formulas.
  const plans = new Map<string, SheetPlan>();
  const plan = (sheet: string): SheetPlan | undefined => {
    let p = plans.get(sheet);
    if (p === undefined) {
      const part = sheetPart(sheet);
      if (part === undefined) return undefined;
      p = { part, wanted: new Set(), tables: [], identity: false, formulas: false };
      plans.set(sheet, p);
    }
    return p;
  };
  for (const ref of resolved.values()) {
    if (ref === undefined) continue;
    const p = plan(ref.sheet);
    for (const a of cellsInRange(ref.range) ?? []) p?.wanted.add(a);
  }
  const idPlan = sheetNames.has(IDENTITY_SHEET) ? plan(IDENTITY_SHEET) : undefined;
  if (idPlan) {
    idPlan.identity = true;
    for (let r = 1; r <= IDENTITY_ROWS; r++) idPlan.wanted.add(`A${r}`).add(`B${r}`);
  }
  const dataPlan = sheetNames.has(DATA_SHEET) ? plan(DATA_SHEET) : undefined;
  if (dataPlan) dataPlan.formulas = true;
  const tables: Record<string, TableReading> = {};
  for (const t of registerTables(pkg, wbXml, sheetPart)) {
    const box = boxOf(t.ref);
    if (box === undefined || (box.c2 - box.c1 + 1) * (box.r2 - box.r1 + 1) > MAX_TABLE_CELLS) {
      tables[t.name] = { status: 'too-large', sheet: t.sheet, range: t.ref };
      continue;
    }
    plan(t.sheet)?.tables.push({ name: t.name, range: t.ref, box });
  }

  const scans = new Map<string, SheetScan>();
  for (const [sheet, p] of plans)
    scans.set(
      sheet,
      scan(pkg, p.part, (a) => p.wanted.has(a) || (p.tables.length > 0 && inBoxes(a, p.tables)), p.formulas),
    );
  // Only the shared strings the kept cells point at.
  const needed = new Set<number>();
  for (const sc of scans.values())
    for (const c of sc.cells.values()) if (c.type === 's' && c.v !== undefined) needed.add(Number(c.v));
  loadStrings(needed);

  const names: Record<string, NameReading> = {};
  for (const [name, ref] of resolved) {
    const sheet = ref === undefined ? undefined : scans.get(ref.sheet);
    if (ref === undefined || sheet === undefined) {
      names[name] = { status: 'broken', refersTo: ours.get(name) ?? '' };
      continue;
    }
    const cells = (cellsInRange(ref.range) ?? []).map((a) =>
      readingOf(a, sheet.cells.get(a), ctx, sheet.merges),
    );
    names[name] = { status: 'ok', sheet: ref.sheet, range: ref.range, cells };
  }

  for (const [sheet, p] of plans) {
    const sc = scans.get(sheet);
    if (sc === undefined) continue;
    for (const t of p.tables) {
      const rows = [];
      for (let r = t.box.r1; r <= t.box.r2; r++) {
        const cells: CellValue[] = [];
        for (let c = t.box.c1; c <= t.box.c2; c++) {
          const raw = sc.cells.get(`${columnLetters(c)}${r}`);
          cells.push(raw === undefined ? { kind: 'empty' } : valueOf(raw, ctx));
        }
        rows.push({ row: r, cells });
      }
      tables[t.name] = { status: 'ok', sheet, range: t.range, rows };
    }
  }

  const idScan = scans.get(IDENTITY_SHEET);
  const identityRows: [Scalar, Scalar][] = [];
  if (idScan) {
    for (let r = 1; r <= IDENTITY_ROWS; r++) {
      const key = idScan.cells.get(`A${r}`);
      const value = idScan.cells.get(`B${r}`);
      if (key === undefined && value === undefined) continue;
      const v = (c: RawCell | undefined): Scalar => (c === undefined ? null : scalar(valueOf(c, ctx)));
      identityRows.push([v(key), v(value)]);
    }
  }
  const dataScan = scans.get(DATA_SHEET);
  const formulas: FormulaCell[] = (dataScan?.formulas ?? []).map((f) => ({
    sheet: DATA_SHEET,
    address: f.address,
    formula: f.formula,
  }));
  return {
    ...(idScan ? { identityRows } : {}),
    sheets: wbXml.sheets.map((s) => ({ name: s.name, visibility: s.visibility })),
    names,
    formulas,
    ...(Object.keys(tables).length > 0 ? { tables } : {}),
  };
}

interface Box {
  c1: number;
  r1: number;
  c2: number;
  r2: number;
}

function boxOf(range: string): Box | undefined {
  const [a = '', b = a] = range.replace(/\$/g, '').toUpperCase().split(':');
  const from = parseCell(a);
  const to = parseCell(b);
  if (!from || !to) return undefined;
  return { c1: from.col, r1: from.row, c2: to.col, r2: to.row };
}

const CELL = /^([A-Z]{1,3})(\d+)$/;

function inBoxes(address: string, tables: readonly { box: Box }[]): boolean {
  const m = CELL.exec(address);
  if (!m) return false;
  const col = columnNumber(m[1] ?? '');
  const row = Number(m[2]);
  return tables.some(({ box }) => col >= box.c1 && col <= box.c2 && row >= box.r1 && row <= box.r2);
}

/** The register tables (TABLE_PREFIX…) of every sheet, from the sheets' table parts. */
function registerTables(
  pkg: Package,
  wbXml: WorkbookXml,
  sheetPart: (sheet: string) => string | undefined,
): { name: string; sheet: string; ref: string }[] {
  const out: { name: string; sheet: string; ref: string }[] = [];
  for (const { name: sheet } of wbXml.sheets) {
    const part = sheetPart(sheet);
    const relsPart = part === undefined ? undefined : relsPartOf(part);
    if (part === undefined || relsPart === undefined || !pkg.has(relsPart)) continue;
    for (const rel of parseRelationships(pkg.text(relsPart) ?? '', relsPart)) {
      if (rel.external || !rel.type.endsWith('/table')) continue;
      const tablePart = resolvePartName(part, rel.target);
      if (!pkg.has(tablePart)) continue;
      const t = parseTablePart(pkg.text(tablePart) ?? '', tablePart);
      if (t !== undefined && t.name.toUpperCase().startsWith(TABLE_PREFIX)) out.push({ ...t, sheet });
    }
  }
  return out;
}

/** The issue of a part that cannot be used: tampered (written twice) or damaged, naming it. */
function partIssue(file: string, e: unknown): Issue | undefined {
  if (e instanceof DuplicateEntryError) return makeIssue('FILE_TAMPERED', { part: e.entry }, { file });
  if (e instanceof PartProblem) {
    return e.tampered
      ? makeIssue(
          'FILE_TAMPERED',
          { part: e.cell === undefined ? e.part : `${e.part}, ô ${e.cell}` },
          { file },
        )
      : makeIssue('FILE_CORRUPT_PART', { part: e.part }, { file });
  }
  if (e instanceof XmlError)
    return makeIssue('FILE_CORRUPT_PART', { part: `${e.part} (dòng ${e.line})` }, { file });
  if (e instanceof ZipError)
    return makeIssue('FILE_CORRUPT_PART', { part: e.message.split(':')[0] ?? '' }, { file });
  return undefined;
}

/**
 * Reads the bytes of one workbook. `name` is the file's name (its extension tells an .xlsm or a
 * renamed file), `file` how issues name it (default: `name`). Never throws.
 */
export function readWorkbookSync(bytes: Uint8Array, name: string, file: string = name): ReadOutcome {
  const tooBig = sizeIssue(bytes.length, file, MAX_FILE_BYTES);
  if (tooBig) return { ok: false, issue: tooBig };
  try {
    const pkg = checkPackage(bytes, name, file);
    if (!pkg.ok) return pkg;
    return { ok: true, reading: readModel(openWorkbook(new Package(bytes, pkg.entries), pkg.workbookPart)) };
  } catch (e) {
    return { ok: false, issue: partIssue(file, e) ?? makeIssue('FILE_CORRUPT', {}, { file }) };
  }
}

/** readWorkbookSync as a promise (the readers' port is asynchronous). */
export async function readWorkbookBytes(
  bytes: Uint8Array,
  name: string,
  file: string = name,
): Promise<ReadOutcome> {
  return readWorkbookSync(bytes, name, file);
}

/** The cells of every sheet, in sheet order (user tables: the registry, lists); same bounds and strictness. */
export interface SheetCells {
  sheet: string;
  cells: { address: string; value: CellValue }[];
}

/**
 * Every cell of every sheet of a workbook (of the sheets named in `only`, when given). Throws a ReadError carrying the issue when the file
 * cannot be read (user tables stop the command with that message).
 */
export function readAllCells(bytes: Uint8Array, name: string, only?: ReadonlySet<string>): SheetCells[] {
  try {
    const checked = checkPackage(bytes, name, name);
    if (!checked.ok) throw new ReadError(checked.issue);
    const opened = openWorkbook(new Package(bytes, checked.entries), checked.workbookPart);
    opened.loadStrings();
    return opened.wbXml.sheets.flatMap((s) => {
      if (only !== undefined && !only.has(s.name)) return [];
      const part = opened.sheetPart(s.name);
      if (part === undefined) return [];
      const cells = [...scan(opened.pkg, part, () => true, false).cells.values()];
      return [
        { sheet: s.name, cells: cells.map((c) => ({ address: c.address, value: valueOf(c, opened.ctx) })) },
      ];
    });
  } catch (e) {
    if (e instanceof ReadError) throw e;
    throw new ReadError(partIssue(name, e) ?? makeIssue('FILE_CORRUPT', {}, { file: name }));
  }
}

/** A workbook that cannot be read; the issue says why. */
export class ReadError extends Error {
  constructor(readonly issue: Issue) {
    super(issue.code);
  }
}
