/**
 * The evaluation report (báo cáo đánh giá, .docx) of a consolidation: the pane's button and
 * `khcn report` run this. The document writer is an adapter (src/docx with the caller's chart
 * rasteriser), so the CLI and the pane make the same file from the same run.
 */
import type { Catalog } from '../domain/catalog';
import type { ConsolidationRun } from '../domain/consolidation/run-types';
import { runFromStoredRows, STORED_RUN_SHEET } from '../domain/consolidation/stored-run';
import { buildEvaluationReport } from '../domain/evaluation-report/build';
import type { EvaluationReport } from '../domain/evaluation-report/model';
import type { UserTable } from '../domain/user-table';

export type EvaluationWriter = (report: EvaluationReport) => Promise<Uint8Array>;

/** Suggested file name, as the issue and the README name it. */
export const evaluationFileName = (year: number): string => `bao-cao-danh-gia-${year}.docx`;

export async function makeEvaluationReport(
  catalog: Catalog,
  run: ConsolidationRun,
  write: EvaluationWriter,
): Promise<Uint8Array> {
  return write(buildEvaluationReport(catalog, run));
}

export type StoredRunLookup =
  { kind: 'none' } | { kind: 'found'; run: ConsolidationRun } | { kind: 'bad'; reason: 'format' | 'damaged' };

/**
 * The run kept in a consolidated workbook's very hidden sheet (its tables as read), if the
 * workbook is one: `khcn report tong-hop.xlsx` reports exactly that workbook's numbers.
 */
export function storedRunIn(tables: readonly UserTable[]): StoredRunLookup {
  const sheet = tables.find((t) => t.sheet === STORED_RUN_SHEET);
  if (sheet === undefined) return { kind: 'none' };
  const read = runFromStoredRows(sheet.rows.map((r) => r.cells));
  return read.ok ? { kind: 'found', run: read.run } : { kind: 'bad', reason: read.reason };
}
