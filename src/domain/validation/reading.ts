/**
 * The read model: what a host adapter (exceljs in the CLI, Office.js in the add-in) extracts
 * from a workbook so that the pure rules can validate it. It is plain data — no host types —
 * and small: the identity rows, the sheet names, and for every `KHCN_…` defined name where it
 * points and what its cells hold. Validation never looks at fixed addresses, only at names.
 */
import { columnLetters, parseCell } from '../a1';
import type { Issue } from '../issues';

/** An Excel error value as the host shows it: '#REF!', '#N/A', '#DIV/0!', '#VALUE!', … */
export type ErrorText = string;

/**
 * Why a file reader could not read a cell's content (it says so instead of guessing):
 * - not-a-number: a number cell whose text is not a finite decimal (NaN, Infinity, 0x10, 12abc);
 * - bad-string: a shared-string index that does not exist;
 * - bad-character: a character XML forbids (a control character), or a broken UTF-8 sequence;
 * - bad-date: a date cell (t="d") that is not an ISO 8601 date;
 * - bad-boolean: a boolean cell other than 0 or 1;
 * - too-long: more characters than Excel's 32 767 per cell.
 */
export type InvalidReason =
  'not-a-number' | 'bad-string' | 'bad-character' | 'bad-date' | 'bad-boolean' | 'too-long';

/** The value of one cell (the cached result when the cell holds a formula). */
export type CellValue =
  | { kind: 'empty' }
  | { kind: 'number'; value: number }
  | { kind: 'text'; value: string }
  | { kind: 'boolean'; value: boolean }
  /** A number formatted as a date: the Excel serial (1900 system, 43831 = 2020-01-01). */
  | { kind: 'date'; value: number }
  | { kind: 'error'; value: ErrorText }
  /** The file holds something that cannot be read as a value: an issue on that cell. */
  | { kind: 'invalid'; reason: InvalidReason; text: string };

export interface CellReading {
  /** A1 address on the name's sheet, e.g. 'E12'. */
  address: string;
  value: CellValue;
  /**
   * Present when the cell holds a formula (text without '='). `cached` is false when the file
   * holds no computed result (written by a program that does not calculate, e.g. openpyxl):
   * `value` is then 'empty' and must never be read as 0.
   */
  formula?: { text: string; cached: boolean };
  /**
   * The merged area containing this cell, e.g. 'E12:F12'. `value` stays the cell's own content:
   * Excel keeps only the top-left cell's, so an input that is not top-left has lost its value.
   */
  merged?: string;
  /** The cell's number format shows a percentage (0,12 shown as 12%). */
  percentFormat?: true;
}

/** A formula cell of the data sheet, so the rules can find an indicator's derived result. */
export interface FormulaCell {
  sheet: string;
  address: string;
  /** Without '='. */
  formula: string;
}

/** Where a defined name points. A name that is absent from the reading was deleted. */
export type NameReading =
  | {
      status: 'ok';
      sheet: string;
      /** 'E12' or 'E20:E69'. */
      range: string;
      /** Every cell of the range, row by row. */
      cells: readonly CellReading[];
    }
  /** '#REF!' (the cells were deleted), a deleted sheet, several areas or another workbook. */
  | { status: 'broken'; refersTo: string };

export interface SheetReading {
  name: string;
  visibility: 'visible' | 'hidden' | 'veryHidden';
}

/** A scalar as stored in an identity row. */
export type Scalar = string | number | boolean | null;

/** The tables (ListObjects) a reader reads: the registers, named KHCN_DS_<KEY>. */
export const TABLE_PREFIX = 'KHCN_DS_';

/** A register table larger than this many cells is not read (a crafted or runaway range). */
export const MAX_TABLE_CELLS = 400_000;

/** One register table as read: every row of its range, header row first, cells left to right. */
export type TableReading =
  | {
      status: 'ok';
      sheet: string;
      range: string;
      rows: readonly { row: number; cells: readonly CellValue[] }[];
    }
  | { status: 'too-large'; sheet: string; range: string };

export interface WorkbookReading {
  /** Key/value rows (columns A, B) of the identity sheet `_khcn`; undefined when the sheet is absent. */
  identityRows?: readonly (readonly [Scalar, Scalar])[];
  /** Sheets in tab order. */
  sheets: readonly SheetReading[];
  /** Every workbook-scoped defined name starting with `KHCN_` (see template/names.ts). */
  names: Readonly<Record<string, NameReading>>;
  /** Formula cells of the data sheet; optional (without them derived issues carry no cell). */
  formulas?: readonly FormulaCell[];
  /** The register tables by name (TABLE_PREFIX…); absent when a reader does not read tables. */
  tables?: Readonly<Record<string, TableReading>>;
}

/** What a reader makes of one file: the read model, or the one issue saying why it cannot be read. */
export type ReadOutcome = { ok: true; reading: WorkbookReading } | { ok: false; issue: Issue };

// ---------------------------------------------------------------------------
// A1 references, shared by the adapters (exceljs reads `definedName` text, Office.js `namedItem.formula`)

export { columnLetters, columnNumber, parseCell } from '../a1';

/** A name over more cells than this is not an input range (e.g. a whole column): treated as broken. */
export const MAX_NAME_CELLS = 10_000;

/** The cells of 'E20:E22' (row by row) without '$'; undefined when invalid or larger than MAX_NAME_CELLS. */
export function cellsInRange(range: string): string[] | undefined {
  const [a = '', b = a, extra] = range.split(':');
  if (extra !== undefined) return undefined;
  const from = parseCell(a);
  const to = parseCell(b);
  if (!from || !to) return undefined;
  const [c1, c2] = [Math.min(from.col, to.col), Math.max(from.col, to.col)];
  const [r1, r2] = [Math.min(from.row, to.row), Math.max(from.row, to.row)];
  if ((c2 - c1 + 1) * (r2 - r1 + 1) > MAX_NAME_CELLS) return undefined;
  const out: string[] = [];
  for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) out.push(`${columnLetters(c)}${r}`);
  return out;
}

/** Whether cell `address` lies in range 'D12:E13'. */
export function rangeContains(range: string, address: string): boolean {
  const [a = '', b = a] = range.split(':');
  const from = parseCell(a);
  const to = parseCell(b);
  const cell = parseCell(address);
  if (!from || !to || !cell) return false;
  return (
    cell.col >= Math.min(from.col, to.col) &&
    cell.col <= Math.max(from.col, to.col) &&
    cell.row >= Math.min(from.row, to.row) &&
    cell.row <= Math.max(from.row, to.row)
  );
}

/**
 * A defined name's reference text → sheet and range without '$':
 * `'Nhập liệu'!$E$12` → { sheet: 'Nhập liệu', range: 'E12' }. A leading '=' (Office.js) is
 * allowed. Undefined for anything a reader cannot follow: '#REF!', several areas, another
 * workbook ('[1]Sheet'!A1), a whole row or column, a constant or a formula.
 */
const LAST_ROW = 1_048_576;
const LAST_COLUMN = 'XFD';

/** Whole columns 'A:C' and whole rows '3:5' as cell ranges. */
function wholeLines(range: string): string {
  const cols = /^([A-Z]{1,3}):([A-Z]{1,3})$/.exec(range);
  if (cols) return `${cols[1]}1:${cols[2]}${LAST_ROW}`;
  const rows = /^(\d+):(\d+)$/.exec(range);
  if (rows) return `A${rows[1]}:${LAST_COLUMN}${rows[2]}`;
  return range;
}

export function parseReference(refersTo: string): { sheet: string; range: string } | undefined {
  const text = refersTo.trim().replace(/^=/, '');
  let sheet: string;
  let rest: string;
  if (text.startsWith("'")) {
    const m = /^'((?:[^']|'')+)'!(.*)$/.exec(text);
    if (!m) return undefined;
    sheet = (m[1] ?? '').replace(/''/g, "'");
    rest = m[2] ?? '';
  } else {
    const m = /^([^'!:[\]*?/\\,]+)!(.*)$/.exec(text);
    if (!m) return undefined;
    sheet = m[1] ?? '';
    rest = m[2] ?? '';
  }
  if (sheet.startsWith('[') || rest.includes('#REF!')) return undefined;
  const range = wholeLines(rest.replace(/\$/g, '').toUpperCase());
  const [a = '', b = a, extra] = range.split(':');
  if (extra !== undefined || parseCell(a) === undefined || parseCell(b) === undefined) return undefined;
  // A range too large to list (a whole column…) is still a place: it is reported, never expanded.
  return { sheet, range };
}
