// Office.js side of in-place validation: marks (ONE sync), selecting an issue's cell, watching a
// sheet for edits, and the ValidationHost that ties them to the reader. Marks touch only what
// the plan lists — input cells (by their names' ranges) and the add-in's status column — so the
// user's formatting anywhere else is never changed.
import type { MarkPlan, StatusMark, ValidationHost } from '../app/ports';
import { readWorkbook, type ReaderMemory } from './template-reader';
import type { ExcelRun } from './services';
import { PROTECTION } from './template-writer';

const defaultRun: ExcelRun = (batch) => Excel.run(batch);

function writeStatus(ws: Excel.Worksheet, m: StatusMark): void {
  const range = ws.getRange(m.address);
  range.values = [[m.text]];
  if (m.fill) range.format.fill.color = `#${m.fill}`;
  else range.format.fill.clear();
}

/** Queues the plan; protected sheets are unprotected around the writes (no password is set). */
export async function applyMarks(run: ExcelRun, plan: MarkPlan): Promise<void> {
  await run(async (context) => {
    const sheets = new Map<string, Excel.Worksheet>();
    const sheet = (name: string) => {
      let ws = sheets.get(name);
      if (!ws) {
        ws = context.workbook.worksheets.getItem(name);
        sheets.set(name, ws);
        // Status cells are locked: Excel refuses to write them on a protected sheet.
        if (plan.protectedSheets.includes(name)) ws.protection.unprotect();
      }
      return ws;
    };
    for (const m of plan.cells) sheet(m.sheet).getRange(m.address).format.fill.color = `#${m.fill}`;
    if (plan.header) writeStatus(sheet(plan.header.sheet), plan.header);
    for (const m of plan.statuses) writeStatus(sheet(m.sheet), m);
    for (const [name, ws] of sheets)
      if (plan.protectedSheets.includes(name)) ws.protection.protect(PROTECTION);
    await context.sync();
  });
}

export async function selectCell(run: ExcelRun, sheet: string, address: string): Promise<boolean> {
  return run(async (context) => {
    const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
    await context.sync();
    if (ws.isNullObject) return false;
    ws.activate();
    ws.getRange(address).select();
    await context.sync();
    return true;
  });
}

/**
 * worksheet.onChanged (ExcelApi 1.7). The handler must be removed with the context that added
 * it, hence Excel.run(result.context, …) rather than the injected run.
 */
export async function watchSheet(
  run: ExcelRun,
  sheet: string,
  onChange: (address: string) => void,
): Promise<() => Promise<void>> {
  const result = await run(async (context) => {
    const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
    await context.sync();
    if (ws.isNullObject) return undefined;
    const handler = ws.onChanged.add(async (e) => {
      onChange(e.address);
    });
    await context.sync();
    return handler;
  });
  return async () => {
    if (!result) return;
    await Excel.run(result.context, async (context) => {
      result.remove();
      await context.sync();
    });
  };
}

/** The ValidationHost of the add-in: validate + mark in 2 syncs, the first time too. */
export function createValidationHost(run: ExcelRun = defaultRun): ValidationHost {
  const memory: ReaderMemory = {};
  return {
    read: () => readWorkbook(run, memory),
    mark: (plan) => applyMarks(run, plan),
    selectCell: (sheet, address) => selectCell(run, sheet, address),
    watch: (sheet, onChange) => watchSheet(run, sheet, onChange),
  };
}
