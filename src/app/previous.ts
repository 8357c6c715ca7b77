/**
 * The previous period (--previous, the pane's "Số liệu kỳ trước"): from a consolidated workbook
 * this product made for an earlier year (the run kept in its very hidden sheet: province and
 * units' numbers) or from a baseline table the office filled (`khcn baseline`). Never throws: a
 * file that cannot be used is issues, naming the file, sheet and row.
 */
import type { Catalog } from '../domain/catalog';
import { previousFromStored, runFromStoredRows, STORED_RUN_SHEET } from '../domain/consolidation/stored-run';
import { makeIssue } from '../domain/issues';
import { parseBaseline, type PreviousParse } from '../domain/previous/baseline-table';
import { readUserTables, UserTableError } from '../xlsx/user-table';

export async function loadPrevious(
  catalog: Catalog,
  bytes: Uint8Array,
  file: string,
  reportYear: number,
): Promise<PreviousParse> {
  let parsed: PreviousParse;
  try {
    parsed = await parsePrevious(catalog, bytes, file);
  } catch (e) {
    if (e instanceof UserTableError) return { issues: [e.issue] };
    throw e;
  }
  const year = parsed.previous?.year;
  if (year !== undefined && year >= reportYear) {
    const found = String(year);
    const issue = makeIssue('PREVIOUS_NOT_EARLIER', { found, expected: String(reportYear) }, { file });
    return { issues: [...parsed.issues, issue] };
  }
  return parsed;
}

async function parsePrevious(catalog: Catalog, bytes: Uint8Array, file: string): Promise<PreviousParse> {
  const isXlsx = file.toLowerCase().endsWith('.xlsx');
  // A consolidated workbook: only its hidden run sheet is read (its detail sheet can be large).
  if (isXlsx) {
    const [stored] = await readUserTables(bytes, file, new Set([STORED_RUN_SHEET]));
    if (stored !== undefined) {
      const read = runFromStoredRows(stored.rows.map((r) => r.cells));
      if (!read.ok)
        return { issues: [makeIssue('PREVIOUS_NO_TABLE', {}, { file, sheet: STORED_RUN_SHEET })] };
      return { previous: previousFromStored(read.run, read.unitValues, file), issues: [] };
    }
  }
  return parseBaseline(catalog, await readUserTables(bytes, file));
}
