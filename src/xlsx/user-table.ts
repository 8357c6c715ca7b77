/**
 * Reads the tables users hand the product — the unit registry, the list of expected units, the
 * register of received files — from CSV or .xlsx bytes into plain UserTables (domain/user-table).
 * One reader for the CLI and the task pane (no Node, no DOM):
 * - CSV: papaparse, which detects the delimiter (';', ',' or tab) and handles quotes; the text is
 *   UTF-8 (BOM or not) or UTF-16 with a BOM (Excel's "Unicode Text");
 * - .xlsx: every sheet, read by the workbook reader (read-workbook.ts): numbers, texts, booleans
 *   or dates (Excel serials); an unreadable cell is blank;
 * - JSON, as scripts and `khcn … --json` write lists: an array of values (one per row, no header),
 *   an array of objects (a header row of their keys, then row 1, 2, … = item 1, 2, …), an object
 *   with one array inside ({ "units": [...] }: that array), or any other object as a two-column
 *   table headed "key" / "value".
 * Bad bytes become a UserTableError with an issue (file named); nothing is guessed.
 */
import Papa from 'papaparse';
import { parseCell } from '../domain/a1';
import { makeIssue, type Issue } from '../domain/issues';
import type { UserCell, UserRow, UserTable } from '../domain/user-table';
import type { CellValue } from '../domain/validation/reading';
import { readAllCells, ReadError, type SheetCells } from './read-workbook';
import { extensionOf } from './package-check';

/** The file cannot be read as a table; `issue` says why (Vietnamese and English through the message maps). */
export class UserTableError extends Error {
  constructor(readonly issue: Issue) {
    super(issue.code);
  }
}

/**
 * UTF-16 (with a BOM) or UTF-8 text; a UTF-8 BOM is dropped. Anything else (a CSV saved in a legacy
 * Vietnamese code page) is refused rather than read with wrong letters.
 */
export function decodeText(bytes: Uint8Array, file: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new UserTableError(makeIssue('TABLE_NOT_UTF8', {}, { file }));
  }
}

export function csvTable(text: string, file: string): UserTable {
  // The delimiter is guessed on non-empty lines (a blank last line would make ',' look right),
  // then every line is kept so that row numbers are the file's.
  const { delimiter } = Papa.parse<string[]>(text, {
    preview: 20,
    skipEmptyLines: 'greedy',
    delimitersToGuess: [';', ',', '\t'],
  }).meta;
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false, delimiter });
  const rows: UserRow[] = parsed.data.map((cells, i) => ({ row: i + 1, cells: cells.map((c) => c) }));
  return { file, rows };
}

function cellOf(v: CellValue): UserCell {
  switch (v.kind) {
    case 'empty':
    case 'invalid':
      return null;
    case 'date':
      return { date: v.value };
    default:
      return v.value;
  }
}

function xlsxTables(bytes: Uint8Array, file: string, only?: ReadonlySet<string>): UserTable[] {
  let sheets: SheetCells[];
  try {
    sheets = readAllCells(bytes, file, only);
  } catch (e) {
    if (e instanceof ReadError) throw new UserTableError(e.issue);
    throw e;
  }
  return sheets.map(({ sheet, cells }) => {
    const byRow = new Map<number, UserCell[]>();
    for (const c of cells) {
      const at = parseCell(c.address);
      if (at === undefined) continue;
      const row = byRow.get(at.row) ?? [];
      row[at.col - 1] = cellOf(c.value);
      byRow.set(at.row, row);
    }
    const rows: UserRow[] = [...byRow.entries()]
      .sort(([a], [b]) => a - b)
      .map(([row, list]) => ({ row, cells: Array.from(list, (c) => c ?? null) }));
    return { file, sheet, rows };
  });
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

function jsonCell(v: unknown): UserCell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return JSON.stringify(v);
}

function jsonRows(data: unknown): UserRow[] | undefined {
  if (Array.isArray(data)) {
    const keys = [...new Set(data.filter(isRecord).flatMap((item) => Object.keys(item)))];
    const items: UserRow[] = data.map((item, i) => ({
      row: i + 1,
      cells: isRecord(item) ? keys.map((k) => jsonCell(item[k])) : [jsonCell(item)],
    }));
    return keys.length > 0 ? [{ row: 0, cells: keys }, ...items] : items;
  }
  if (!isRecord(data)) return undefined;
  const arrays = Object.values(data).filter(Array.isArray);
  if (arrays.length === 1) return jsonRows(arrays[0]);
  return [
    { row: 0, cells: ['key', 'value'] },
    ...Object.entries(data).map(([k, v], i) => ({ row: i + 1, cells: [k, jsonCell(v)] })),
  ];
}

function jsonTable(text: string, file: string): UserTable {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new UserTableError(makeIssue('TABLE_BAD_JSON', { detail: (e as Error).message }, { file }));
  }
  const rows = jsonRows(data);
  if (rows === undefined) throw new UserTableError(makeIssue('TABLE_JSON_SHAPE', {}, { file }));
  return { file, rows };
}

/**
 * The tables of a .csv or .json (one) or .xlsx (one per sheet; only the sheets named in `sheets`,
 * when given) file.
 */
export async function readUserTables(
  bytes: Uint8Array,
  file: string,
  sheets?: ReadonlySet<string>,
): Promise<UserTable[]> {
  const ext = extensionOf(file);
  if (ext === 'csv' || ext === 'txt' || ext === 'tsv') return [csvTable(decodeText(bytes, file), file)];
  if (ext === 'json') return [jsonTable(decodeText(bytes, file), file)];
  if (ext === 'xlsx') return xlsxTables(bytes, file, sheets);
  throw new UserTableError(makeIssue('TABLE_FORMAT', { ext: ext || '?' }, { file }));
}
