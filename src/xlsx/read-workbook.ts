/**
 * Reads a filled template (.xlsx bytes) into the validation read model
 * (domain/validation/reading.ts). The CLI (cli/xlsx/template-reader.ts, from a path) and the task
 * pane (from a picked File) call this same code, so a file reads the same in both.
 *
 * Bad input never throws: it becomes one Vietnamese issue naming the file (see package-check.ts).
 * Parsing is split by what each tool does reliably:
 * - our zip reader + package-xml.ts: sheets with visibility, defined names as written (exceljs
 *   drops '#REF!' names), merged areas — only the parts needed are inflated;
 * - exceljs: cell values, cached formula results (a formula without one has no `result`), dates.
 *   It is told to skip <dataValidations>: exceljs expands a whole-column validation cell by cell
 *   (seconds per column, minutes for a user-edited sheet) and validation rules are not needed here.
 * No Node built-ins, no DOM: plain bytes, TextDecoder, fflate and exceljs.
 */
import ExcelJS from 'exceljs';
import { makeIssue } from '../domain/issues';
import { DATA_SHEET } from '../domain/template/data-sheet';
import { IDENTITY_SHEET } from '../domain/template/identity';
import { NAME_PREFIX } from '../domain/template/names';
import {
  cellsInRange,
  parseCell,
  parseReference,
  rangeContains,
  type CellReading,
  type CellValue,
  type FormulaCell,
  type NameReading,
  type ReadOutcome,
  type Scalar,
  type WorkbookReading,
} from '../domain/validation';
import { checkPackage, MAX_FILE_BYTES, MAX_UNPACKED_BYTES, sizeIssue } from './package-check';
import {
  parseMergeCells,
  parseRelationships,
  parseWorkbookXml,
  relsPartOf,
  resolvePartName,
  type DefinedNameEntry,
  type WorkbookXml,
} from './package-xml';
import { decodeUtf8, readEntry, type ZipEntry } from './zip';

export type { ReadOutcome };

/** Worksheet parts exceljs may skip: never needed to read values, and dataValidations can hang it. */
const IGNORED_NODES = [
  'dataValidations',
  'conditionalFormatting',
  'extLst',
  'hyperlinks',
  'drawing',
  'picture',
];

const EXCEL_EPOCH_SERIAL = 25_569; // 1970-01-01
const MS_PER_DAY = 86_400_000;

const dateToSerial = (d: Date): number => d.getTime() / MS_PER_DAY + EXCEL_EPOCH_SERIAL;

type Primitive = ExcelJS.CellValue | ExcelJS.CellErrorValue | undefined;

function hasKey<K extends string>(v: object, key: K): v is Record<K, unknown> {
  return key in v;
}

/** An exceljs value (or a formula's result) → the read model's value. */
function toValue(v: Primitive): CellValue {
  if (v === null || v === undefined) return { kind: 'empty' };
  if (typeof v === 'number') return { kind: 'number', value: v };
  if (typeof v === 'string') return v === '' ? { kind: 'empty' } : { kind: 'text', value: v };
  if (typeof v === 'boolean') return { kind: 'boolean', value: v };
  if (v instanceof Date) return { kind: 'date', value: dateToSerial(v) };
  if (hasKey(v, 'error')) return { kind: 'error', value: String(v.error) };
  if (hasKey(v, 'richText') && Array.isArray(v.richText)) {
    return toValue(v.richText.map((r: { text?: string }) => r.text ?? '').join(''));
  }
  if (hasKey(v, 'text') && typeof v.text === 'string') return toValue(v.text); // hyperlink
  return { kind: 'empty' };
}

function readCell(ws: ExcelJS.Worksheet, address: string, merges: readonly string[]): CellReading {
  const merged = merges.find((m) => rangeContains(m, address));
  const out: CellReading = { address, value: { kind: 'empty' }, ...(merged ? { merged } : {}) };
  const at = parseCell(address);
  const cell = at && ws.findCell(at.row, at.col);
  // A merged cell other than the top-left has no content of its own (exceljs shows the master's).
  if (!cell || cell.type === ExcelJS.ValueType.Merge) return out;
  if (cell.type === ExcelJS.ValueType.Formula) {
    const v = cell.value as ExcelJS.CellFormulaValue | ExcelJS.CellSharedFormulaValue;
    const cached = v.result !== undefined;
    return { ...out, value: toValue(v.result), formula: { text: cell.formula ?? '', cached } };
  }
  return { ...out, value: toValue(cell.value) };
}

/** Key/value rows of the identity sheet (columns A and B). */
function identityRows(ws: ExcelJS.Worksheet): [Scalar, Scalar][] {
  const rows: [Scalar, Scalar][] = [];
  const scalar = (c: ExcelJS.Cell): Scalar => {
    const v = toValue(
      c.type === ExcelJS.ValueType.Formula ? (c.value as ExcelJS.CellFormulaValue).result : c.value,
    );
    return v.kind === 'empty' ? null : v.kind === 'date' ? v.value : v.value;
  };
  ws.eachRow((row) => rows.push([scalar(row.getCell(1)), scalar(row.getCell(2))]));
  return rows;
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

class PackageParts {
  constructor(
    private readonly buf: Uint8Array,
    private readonly entries: readonly ZipEntry[],
  ) {}

  text(part: string): string | undefined {
    const e = this.entries.find((x) => x.name === part);
    return e ? decodeUtf8(readEntry(this.buf, e, MAX_UNPACKED_BYTES)) : undefined;
  }

  /** Merged areas of each named sheet, from the worksheet parts. */
  merges(workbookPart: string, wb: WorkbookXml, sheets: ReadonlySet<string>): Map<string, string[]> {
    const rels = parseRelationships(this.text(relsPartOf(workbookPart)) ?? '');
    const out = new Map<string, string[]>();
    for (const s of wb.sheets) {
      const rel = rels.find((r) => r.id === s.relId);
      if (!sheets.has(s.name) || !rel) continue;
      out.set(s.name, parseMergeCells(this.text(resolvePartName(workbookPart, rel.target)) ?? ''));
    }
    return out;
  }
}

function formulaCells(ws: ExcelJS.Worksheet): FormulaCell[] {
  const out: FormulaCell[] = [];
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      if (cell.type === ExcelJS.ValueType.Formula) {
        out.push({ sheet: ws.name, address: cell.address, formula: cell.formula ?? '' });
      }
    }),
  );
  return out;
}

async function loadExcelJs(bytes: Uint8Array): Promise<ExcelJS.Workbook | undefined> {
  const wb = new ExcelJS.Workbook();
  try {
    // exceljs types its input as an ArrayBuffer, but hands it to JSZip, which takes a Uint8Array
    // as it is (Node and the browser build alike; a Node Buffer is a Uint8Array). A view is
    // passed, not `bytes.buffer`: it may be larger than the file, and costs no copy.
    await wb.xlsx.load(bytes as unknown as ArrayBuffer, { ignoreNodes: IGNORED_NODES });
    return wb;
  } catch {
    return undefined;
  }
}

/** The read model of a package that passed checkPackage. */
async function readModel(
  buf: Uint8Array,
  parts: PackageParts,
  workbookPart: string,
): Promise<WorkbookReading | undefined> {
  const wbXml = parseWorkbookXml(parts.text(workbookPart) ?? '');
  const wb = await loadExcelJs(buf);
  if (!wb) return undefined;
  const sheetNames = new Set(wbXml.sheets.map((s) => s.name));
  const ours = ourNames(wbXml.names);
  const resolved = new Map<string, { sheet: string; range: string } | undefined>();
  for (const [name, text] of ours) {
    const ref = parseReference(text);
    resolved.set(name, ref && sheetNames.has(ref.sheet) ? ref : undefined);
  }
  const usedSheets = new Set([...resolved.values()].flatMap((r) => (r ? [r.sheet] : [])));
  const merges = parts.merges(workbookPart, wbXml, usedSheets);
  const names: Record<string, NameReading> = {};
  for (const [name, ref] of resolved) {
    const ws = ref && wb.getWorksheet(ref.sheet);
    if (!ref || !ws) {
      names[name] = { status: 'broken', refersTo: ours.get(name) ?? '' };
      continue;
    }
    const cells = (cellsInRange(ref.range) ?? []).map((a) => readCell(ws, a, merges.get(ref.sheet) ?? []));
    names[name] = { status: 'ok', sheet: ref.sheet, range: ref.range, cells };
  }
  const idSheet = wb.getWorksheet(IDENTITY_SHEET);
  const data = wb.getWorksheet(DATA_SHEET);
  return {
    ...(idSheet ? { identityRows: identityRows(idSheet) } : {}),
    sheets: wbXml.sheets.map((s) => ({ name: s.name, visibility: s.visibility })),
    names,
    formulas: data ? formulaCells(data) : [],
  };
}

/**
 * Reads the bytes of one workbook. `name` is the file's name (its extension tells an .xlsm or a
 * renamed file), `file` how issues name it (default: `name`). Never throws: an oversized,
 * encrypted, macro-enabled, damaged or foreign file, or one too big unpacked, gives
 * `{ ok: false, issue }`. Hosts should check the size (MAX_FILE_BYTES) before loading the bytes.
 */
export async function readWorkbookBytes(
  bytes: Uint8Array,
  name: string,
  file: string = name,
): Promise<ReadOutcome> {
  const corrupt = (): ReadOutcome => ({ ok: false, issue: makeIssue('FILE_CORRUPT', {}, { file }) });
  const tooBig = sizeIssue(bytes.length, file, MAX_FILE_BYTES);
  if (tooBig) return { ok: false, issue: tooBig };
  try {
    const pkg = checkPackage(bytes, name, file);
    if (!pkg.ok) return pkg;
    const reading = await readModel(bytes, new PackageParts(bytes, pkg.entries), pkg.workbookPart);
    return reading ? { ok: true, reading } : corrupt();
  } catch {
    // A part that fails to inflate or parse: the package is damaged.
    return corrupt();
  }
}
