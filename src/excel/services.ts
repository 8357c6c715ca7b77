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
        const sheets = context.workbook.worksheets.load('items/name,items/visibility');
        const active = context.workbook.worksheets.getActiveWorksheet().load('name');
        await context.sync();
        // Only what the user sees: the template's very hidden `_khcn` is not counted.
        const visible = sheets.items.filter((s) => s.visibility === 'Visible').map((s) => s.name);
        return { name: workbook.name, sheets: visible, activeSheet: active.name };
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
