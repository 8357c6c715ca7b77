// Reads back what a consolidation wrote into the workbook: the targets sheet, found through the
// very hidden marker (REPORT_MARKER_SHEET: the name it was written under, even when a user sheet
// forced another one), else by its usual name. Cell texts, as Excel shows them. At most 3 syncs.
import type { SheetTexts } from '../app/ports';
import { REPORT_SHEETS } from '../domain/report/sheet-names';
import { REPORT_MARKER_SHEET } from './consolidation-writer';
import type { ExcelRun } from './services';

const upper = (s: string) => s.toLocaleUpperCase();

export async function readTargetsSheet(run: ExcelRun): Promise<SheetTexts | null> {
  return run(async (context) => {
    // --- sync 1: the sheets there are
    const sheets = context.workbook.worksheets.load('items/name');
    await context.sync();
    const names = new Map(sheets.items.map((s) => [upper(s.name), s.name]));
    let name = names.get(upper(REPORT_SHEETS.targets));
    // --- sync 2: the marker's record of the name (marker rows: [id, name, sheet key, link])
    const markerName = names.get(upper(REPORT_MARKER_SHEET));
    if (markerName !== undefined) {
      const marker = context.workbook.worksheets.getItem(markerName).getUsedRange().load('values');
      await context.sync();
      const recorded = (marker.values as unknown[][]).find((r) => r[2] === 'targets')?.[1];
      if (typeof recorded === 'string') name = names.get(upper(recorded)) ?? name;
    }
    if (name === undefined) return null;
    // --- sync 3: the sheet's texts
    const used = context.workbook.worksheets.getItem(name).getUsedRange().load('text,rowIndex');
    await context.sync();
    return {
      sheet: name,
      rows: (used.text as unknown[][]).map((r) => r.map((c) => String(c ?? ''))),
      firstRow: used.rowIndex + 1,
    };
  });
}
