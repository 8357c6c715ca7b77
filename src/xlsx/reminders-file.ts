/**
 * The reminder list as a file for mail merge: CSV (UTF-8 with a byte-order mark, so Excel opens
 * the Vietnamese text right; papaparse quotes what needs quoting) or a one-sheet workbook.
 * Shared by `khcn consolidate --reminders` and the task pane's download.
 */
import Papa from 'papaparse';
import type { ConsolidationRun } from '../domain/consolidation/run-types';
import type { Catalog } from '../domain/catalog';
import { reportContext } from '../domain/report/context';
import { reminders, reminderTable, remindersSheet } from '../domain/report/reminders';
import { writeReportXlsx } from './report-writer';

export type RemindersFormat = 'csv' | 'xlsx';

export async function remindersFile(
  catalog: Catalog,
  run: ConsolidationRun,
  format: RemindersFormat,
): Promise<{ bytes: Uint8Array; count: number }> {
  const ctx = reportContext(catalog, run);
  const list = reminders(ctx);
  if (format === 'csv') {
    const csv = Papa.unparse(reminderTable(list), { newline: '\r\n' });
    return { bytes: new TextEncoder().encode(`\uFEFF${csv}\r\n`), count: list.length };
  }
  const sheet = remindersSheet(ctx, list);
  const bytes = await writeReportXlsx(
    { sheets: [sheet], charts: [], title: sheet.name, createdAt: run.options.readAt },
    { charts: false },
  );
  return { bytes, count: list.length };
}
