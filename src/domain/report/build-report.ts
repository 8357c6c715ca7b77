/**
 * buildReport: the consolidation run → the report workbook as plain data (sheets in
 * REPORT_SHEETS order, one chart). Pure and deterministic: the same run gives the same
 * workbook, cell for cell; nothing is sorted here (the run's order is kept).
 */
import type { Catalog } from '../catalog';
import type { ConsolidationRun } from '../consolidation/run-types';
import { checksSheet } from './checks-sheet';
import { conflictsSheet } from './conflicts-sheet';
import { reportContext } from './context';
import { detailSheet } from './detail-sheet';
import { matrixSheet } from './matrix-sheet';
import { registerSheets } from './register-sheets';
import { TEXT } from './labels';
import { statusSheet } from './status-sheet';
import { summarySheet } from './summary-sheet';
import { targetsSheet } from './targets-sheet';
import type { ReportWorkbook } from './types';

export function buildReport(catalog: Catalog, run: ConsolidationRun): ReportWorkbook {
  const ctx = reportContext(catalog, run);
  const targets = targetsSheet(ctx);
  return {
    sheets: [
      summarySheet(ctx),
      detailSheet(ctx),
      statusSheet(ctx),
      matrixSheet(ctx),
      conflictsSheet(ctx),
      checksSheet(ctx),
      targets.sheet,
      ...registerSheets(ctx),
    ],
    charts: [targets.chart],
    title: TEXT.reportTitle(run.options.year),
    createdAt: run.options.readAt,
  };
}
