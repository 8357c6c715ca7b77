// Office.js implementation of the ExcelServices port: the ONLY module that calls Excel.run.
// Rule: queue every load of a phase, then ONE context.sync() (each sync is a round trip;
// on Excel on the web a request is capped at 5 MB).
import type { ExcelServices, WorkbookSummary } from '../app/ports';

/** Signature of Excel.run's batch form; injectable so tests can count calls. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

const defaultRun: ExcelRun = (batch) => Excel.run(batch);

export function createExcelServices(run: ExcelRun = defaultRun): ExcelServices {
  return {
    getWorkbookSummary: () =>
      run(async (context): Promise<WorkbookSummary> => {
        const workbook = context.workbook.load('name'); // Workbook.name: ExcelApi 1.7
        const sheets = context.workbook.worksheets.load('items/name');
        const active = context.workbook.worksheets.getActiveWorksheet().load('name');
        await context.sync();
        return { name: workbook.name, sheets: sheets.items.map((s) => s.name), activeSheet: active.name };
      }),

    listSheets: () =>
      run(async (context) => {
        const sheets = context.workbook.worksheets.load('items/name');
        await context.sync();
        return sheets.items.map((s) => s.name);
      }),

    activateSheet: (name) =>
      run(async (context) => {
        const sheet = context.workbook.worksheets.getItemOrNullObject(name);
        await context.sync();
        if (sheet.isNullObject) return false;
        sheet.activate();
        await context.sync();
        return true;
      }),
  };
}
