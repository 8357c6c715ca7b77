/**
 * Reads the tables users hand the product — the unit registry, the list of expected units, the
 * register of received files — from CSV or .xlsx bytes into plain UserTables (domain/user-table).
 * One reader for the CLI and the task pane (no Node, no DOM):
 * - CSV: papaparse, which detects the delimiter (';', ',' or tab) and handles quotes; the text is
 *   UTF-8 (BOM or not) or UTF-16 with a BOM (Excel's "Unicode Text");
 * - .xlsx: every sheet, cell values as numbers, texts, booleans or dates (Excel serials).
 * Bad bytes become a UserTableError with a Vietnamese message; nothing is guessed.
 */
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { makeIssue, type Issue } from '../domain/issues';
import type { UserCell, UserRow, UserTable } from '../domain/user-table';
import { extensionOf } from './package-check';

/** The file cannot be read as a table; `issue` says why (Vietnamese and English through the message maps). */
export class UserTableError extends Error {
  constructor(readonly issue: Issue) {
    super(issue.code);
  }
}

const EXCEL_EPOCH_SERIAL = 25_569; // 1970-01-01
const MS_PER_DAY = 86_400_000;

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

function cellOf(v: ExcelJS.CellValue): UserCell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string') return v;
  // exceljs gives a date cell as a UTC Date of its wall-clock value.
  if (v instanceof Date) return { date: v.getTime() / MS_PER_DAY + EXCEL_EPOCH_SERIAL };
  if ('richText' in v) return v.richText.map((r) => r.text).join('');
  if ('result' in v) return cellOf(v.result as ExcelJS.CellValue);
  if ('text' in v && typeof v.text === 'string') return v.text;
  return null;
}

async function xlsxTables(bytes: Uint8Array, file: string): Promise<UserTable[]> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer, {
      ignoreNodes: ['dataValidations', 'conditionalFormatting', 'extLst'],
    });
  } catch {
    throw new UserTableError(makeIssue('FILE_CORRUPT', {}, { file }));
  }
  return wb.worksheets.map((ws) => {
    const rows: UserRow[] = [];
    ws.eachRow({ includeEmpty: false }, (row, n) => {
      const cells: UserCell[] = [];
      row.eachCell({ includeEmpty: true }, (cell, col) => {
        cells[col - 1] = cellOf(cell.value);
      });
      rows.push({ row: n, cells: Array.from(cells, (c) => c ?? null) });
    });
    return { file, sheet: ws.name, rows };
  });
}

/** The tables of a .csv (one) or .xlsx (one per sheet) file. */
export async function readUserTables(bytes: Uint8Array, file: string): Promise<UserTable[]> {
  const ext = extensionOf(file);
  if (ext === 'csv' || ext === 'txt' || ext === 'tsv') return [csvTable(decodeText(bytes), file)];
  if (ext === 'xlsx') return xlsxTables(bytes, file);
  throw new UserTableError(makeIssue('FILE_NOT_XLSX', { ext: ext || '?' }, { file }));
}
