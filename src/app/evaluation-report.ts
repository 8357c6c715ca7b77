/**
 * The evaluation report (báo cáo đánh giá, .docx) of a consolidation: the pane's button and
 * `khcn report` run this. The document writer is an adapter (src/docx with the caller's chart
 * rasteriser), so the CLI and the pane make the same file from the same run.
 */
import type { Catalog } from '../domain/catalog';
import type { ConsolidationRun } from '../domain/consolidation/run-types';
import { buildEvaluationReport } from '../domain/evaluation-report/build';
import type { EvaluationReport } from '../domain/evaluation-report/model';

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
