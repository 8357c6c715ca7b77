/**
 * Reads the tables users hand the product — the unit registry, the list of expected units, the
 * register of received files — from CSV or .xlsx bytes into plain UserTables (domain/user-table).
 * One reader for the CLI and the task pane (no Node, no DOM):
 * - CSV: papaparse, which detects the delimiter (';', ',' or tab) and handles quotes; the text is
 *   UTF-8 (BOM or not) or UTF-16 with a BOM (Excel's "Unicode Text");
 * - .xlsx: every sheet, read by the workbook reader (read-workbook.ts): numbers, texts, booleans
 *   or dates (Excel serials); an unreadable cell is blank.
 * Bad bytes become a UserTableError with a Vietnamese message; nothing is guessed.
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

/** UTF-16 (with a BOM) or UTF-8 text; a UTF-8 BOM is dropped. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
}

export function csvTable(text: string, file: string): UserTable {
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false, delimitersToGuess: [';', ',', '\t'] });
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

function xlsxTables(bytes: Uint8Array, file: string): UserTable[] {
  let sheets: SheetCells[];
  try {
    sheets = readAllCells(bytes, file);
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

/** The tables of a .csv (one) or .xlsx (one per sheet) file. */
export async function readUserTables(bytes: Uint8Array, file: string): Promise<UserTable[]> {
  const ext = extensionOf(file);
  if (ext === 'csv' || ext === 'txt' || ext === 'tsv') return [csvTable(decodeText(bytes), file)];
  if (ext === 'xlsx') return xlsxTables(bytes, file);
  throw new UserTableError(makeIssue('FILE_NOT_XLSX', { ext: ext || '?' }, { file }));
}
