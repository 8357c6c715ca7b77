// Office.js TemplateHost: writes a TemplateLayout (src/domain/template) into the open workbook.
// Round trips of writeTemplate, whatever the number of indicators:
//   sync 1  sheets + defined names (what exists, where the old inputs are)
//   sync 2  read the old inputs' values (queued FIRST: the batch runs in order), delete the old
//           names and the old template's sheets, write every new sheet (2-D arrays per sheet,
//           formats per block of equal style), add the names
//   sync 3  write back the kept values, protect, activate the data sheet
// Only the template's own sheets and its KHCN_ names are deleted; other sheets are never touched.
import type { ExistingTemplate, TemplateHost, TemplateWriteResult } from '../app/ports';
import { IDENTITY_SHEET, parseIdentity } from '../domain/template/identity';
import {
  namedCells,
  type CellSpec,
  type SheetSpec,
  type StyleId,
  type TableSpec,
} from '../domain/template/layout-types';
import { NAME_PREFIX } from '../domain/template/names';
import { STYLES } from '../domain/template/styles';
import { PRINT_FOOTER } from '../domain/template/vi-format';
import { parseReference } from '../domain/validation/reading';
import { applyStyle, applyValidation, cellIndex, charsToPoints, rangeIndex, rectangles } from './cell-format';
import type { ExcelRun } from './services';

const defaultRun: ExcelRun = (batch) => Excel.run(batch);

/** Rows of the identity sheet read by `inspect` (header + 9 keys, with room to spare). */
const IDENTITY_READ = 'A1:B20';

/** Thrown when a sheet named like a template sheet appeared after the user confirmed. */
/** worksheet.pageLayout needs ExcelApi 1.9; below it the sheets keep the workbook's print settings. */
const pageLayoutSupported = (): boolean =>
  typeof Office !== 'undefined' && Office.context?.requirements?.isSetSupported('ExcelApi', '1.9') === true;

/**
 * A4, one page wide and as many tall as needed (0 pages tall = automatic, as OOXML's fitToHeight),
 * the header rows on every page, the page header and the page numbers (queued: no extra sync).
 */
function setPrint(ws: Excel.Worksheet, print: NonNullable<SheetSpec['print']>): void {
  const layout = ws.pageLayout;
  layout.orientation = print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  layout.paperSize = 'A4';
  layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (print.titleRows) layout.setPrintTitleRows(`$1:$${print.titleRows}`);
  const hf = layout.headersFooters.defaultForAllPages;
  // '&' starts a code in Excel headers: a literal one is written '&&'.
  hf.leftHeader = print.header.replace(/&/g, '&&');
  hf.rightHeader = '&A';
  hf.centerFooter = PRINT_FOOTER;
}

export class TemplateConflictError extends Error {
  constructor(readonly sheets: readonly string[]) {
    super(`Sheets named like template sheets already exist: ${sheets.join(', ')}`);
    this.name = 'TemplateConflictError';
  }
}

/** Sheet protection of the template: only unlocked (input) cells can be edited, no password. */
export const PROTECTION: Excel.WorksheetProtectionOptions = {
  allowFormatCells: false,
  allowFormatColumns: true,
  allowFormatRows: true,
  // Numeric lists grow by inserting rows inside their block (see the data sheet's hint).
  allowInsertRows: true,
  allowDeleteRows: false,
  allowInsertColumns: false,
  allowDeleteColumns: false,
  allowInsertHyperlinks: false,
  allowSort: false,
  allowAutoFilter: false,
  allowPivotTables: false,
  allowEditObjects: false,
  allowEditScenarios: false,
};

const upper = (s: string) => s.toLocaleUpperCase();
const isOurName = (name: string) => upper(name).startsWith(upper(NAME_PREFIX));

/** Text Excel would turn into a number, date or formula when written as a value. */
const COERCIBLE = /^\s*([=+@-]|[\d.,\s/:%]+\s*$|TRUE$|FALSE$)/i;

type Scalar = string | number | boolean;

function cellValue(c: CellSpec): Scalar | null {
  if (c.formula !== undefined) return `=${c.formula}`;
  if (c.value === undefined || c.value === null) return null;
  return c.value;
}

function numberFormatOf(c: CellSpec): string {
  if (c.numberFormat !== undefined) return c.numberFormat;
  // Text that looks like a number or a date stays text (identity versions, "05/12/2026").
  return typeof c.value === 'string' && COERCIBLE.test(c.value) ? '@' : 'General';
}

/** Queues one sheet: values and formulas as ONE 2-D array, formats per block of equal style. */
function writeSheet(ws: Excel.Worksheet, spec: SheetSpec): void {
  if (spec.cells.length === 0) return;
  const byPos = new Map<string, CellSpec>();
  let rows = 0;
  let cols = 0;
  for (const c of spec.cells) {
    const { row, col } = cellIndex(c.address);
    byPos.set(`${row},${col}`, c); // a later spec of the same cell wins (frames are set first)
    rows = Math.max(rows, row + 1);
    cols = Math.max(cols, col + 1);
  }
  const grid = <T>(pick: (c: CellSpec | undefined) => T): T[][] =>
    Array.from({ length: rows }, (_, r) =>
      Array.from({ length: cols }, (_, c) => pick(byPos.get(`${r},${c}`))),
    );
  const whole = ws.getRangeByIndexes(0, 0, rows, cols);
  // Number formats first, so '@' cells receive their text as text.
  whole.numberFormat = grid((c) => (c ? numberFormatOf(c) : 'General'));
  // null leaves a cell as it is (empty on a new sheet).
  whole.formulas = grid((c) => (c ? cellValue(c) : null));

  const keyed = <K>(pick: (c: CellSpec) => K | undefined): Map<string, K> => {
    const m = new Map<string, K>();
    for (const [pos, c] of byPos) {
      const k = pick(c);
      if (k !== undefined) m.set(pos, k);
    }
    return m;
  };
  for (const r of rectangles(
    keyed<StyleId>((c) => c.style),
    (a, b) => a === b,
  )) {
    applyStyle(ws.getRangeByIndexes(r.row, r.col, r.rows, r.cols), STYLES[r.key], r.rows > 1, r.cols > 1);
  }
  for (const r of rectangles(
    keyed((c) => (c.locked ? undefined : true)),
    () => true,
  )) {
    ws.getRangeByIndexes(r.row, r.col, r.rows, r.cols).format.protection.locked = false;
  }
  const specs = new Map<string, NonNullable<CellSpec['validation']>>();
  for (const r of rectangles(
    keyed((c) => {
      if (!c.validation) return undefined;
      const key = JSON.stringify(c.validation);
      specs.set(key, c.validation);
      return key;
    }),
    (a, b) => a === b,
  )) {
    const spec = specs.get(r.key);
    if (spec) applyValidation(ws.getRangeByIndexes(r.row, r.col, r.rows, r.cols), spec);
  }
}

/**
 * A register sheet's table over its header and empty rows; each column's format and check on the
 * table's body only: Excel carries a table column's format and validation down as the table grows
 * (the exceljs file sets them down to `lastRow`, since other programs may not).
 */
function writeTable(ws: Excel.Worksheet, t: TableSpec): void {
  const table = ws.tables.add(t.range, true);
  table.name = t.name;
  table.style = t.style;
  const r = rangeIndex(t.range);
  t.columns.forEach((c, i) => {
    const body = ws.getRangeByIndexes(r.row + 1, r.col + i, r.rows - 1, 1);
    if (c.numberFormat !== undefined)
      body.numberFormat = Array.from({ length: r.rows - 1 }, () => [c.numberFormat]);
    if (c.validation) applyValidation(body, c.validation);
  });
}

/** Column widths, row heights, merges, freeze panes and conditional formats of one sheet. */
function writeSheetLayout(ws: Excel.Worksheet, spec: SheetSpec): void {
  // Equal neighbouring widths in one call.
  for (let i = 0; i < spec.columnWidths.length;) {
    let j = i + 1;
    while (j < spec.columnWidths.length && spec.columnWidths[j] === spec.columnWidths[i]) j += 1;
    ws.getRangeByIndexes(0, i, 1, j - i).format.columnWidth = charsToPoints(spec.columnWidths[i] ?? 10);
    i = j;
  }
  const heights = spec.rowHeights ?? [];
  for (let i = 0; i < heights.length;) {
    const h = heights[i];
    if (!h) break;
    let j = i + 1;
    while (j < heights.length && heights[j]?.height === h.height && heights[j]?.row === h.row + (j - i))
      j += 1;
    ws.getRangeByIndexes(h.row - 1, 0, j - i, 1).format.rowHeight = h.height;
    i = j;
  }
  for (const m of spec.merges) ws.getRange(m).merge(false);
  const f = spec.freeze;
  if (f && f.rows > 0 && f.columns > 0)
    ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, f.rows, f.columns));
  else if (f && f.rows > 0) ws.freezePanes.freezeRows(f.rows);
  else if (f && f.columns > 0) ws.freezePanes.freezeColumns(f.columns);
  for (const cf of spec.conditionalFormats ?? []) {
    const style = STYLES[cf.style];
    const range = ws.getRange(cf.range);
    if (cf.rule.kind === 'beginsWith') {
      const fmt = range.conditionalFormats.add('ContainsText');
      fmt.textComparison.rule = { operator: 'BeginsWith', text: cf.rule.text };
      if (style.fill) fmt.textComparison.format.fill.color = `#${style.fill}`;
      if (style.fontColor) fmt.textComparison.format.font.color = `#${style.fontColor}`;
    } else {
      const fmt = range.conditionalFormats.add('Custom');
      // Relative to the range's top-left cell, as in Excel's dialog.
      fmt.custom.rule.formula = `=ISERROR(${cf.range.split(':')[0] ?? 'A1'})`;
      if (style.fill) fmt.custom.format.fill.color = `#${style.fill}`;
      if (style.fontColor) fmt.custom.format.font.color = `#${style.fontColor}`;
    }
  }
}

/** Old values of one input, as formulas (constants stay constants), row by row. */
type Kept = { name: string; grid: Excel.Range };

function hasValue(v: unknown): boolean {
  return v !== '' && v !== null && v !== undefined;
}

export function createTemplateHost(run: ExcelRun = defaultRun): TemplateHost {
  return {
    inspect: (sheetNames) =>
      run(async (context): Promise<ExistingTemplate> => {
        const sheets = context.workbook.worksheets.load('items/name');
        await context.sync();
        const present = new Map(sheets.items.map((s) => [upper(s.name), s.name]));
        const identity = present.get(upper(IDENTITY_SHEET));
        const named = sheetNames
          .filter((n) => upper(n) !== upper(IDENTITY_SHEET))
          .map((n) => present.get(upper(n)))
          .filter((n): n is string => n !== undefined);
        // Without an identity sheet, same-named sheets are the user's own: never replaced.
        if (identity === undefined) return { templateSheets: [], conflicts: named };
        const rows = context.workbook.worksheets.getItem(identity).getRange(IDENTITY_READ).load('values');
        await context.sync();
        const parsed = parseIdentity(rows.values.map((r) => [r[0], r[1]] as const));
        const id = parsed.ok ? parsed.identity : undefined;
        return {
          templateSheets: [...named, identity],
          conflicts: [],
          ...(id ? { unitId: id.unitId, year: id.year } : {}),
          ...(id?.unitName !== undefined ? { unitName: id.unitName } : {}),
        };
      }),

    writeTemplate: (layout, { replaceSheets }) =>
      run(async (context): Promise<TemplateWriteResult> => {
        const wb = context.workbook;
        // --- sync 1: what is there
        const sheets = wb.worksheets.load('items/name,items/visibility');
        const names = wb.names.load('items/name,items/formula');
        await context.sync();

        const existing = new Set(sheets.items.map((s) => upper(s.name)));
        // A register sheet already there holds the unit's rows: kept as it is, never rewritten.
        const asked = new Set(replaceSheets.map(upper));
        const kept = new Set(
          layout.sheets
            .map((s) => (s.role === 'register' ? upper(s.name) : ''))
            .filter((n) => asked.has(n) && existing.has(n)),
        );
        const replace = new Set([...asked].filter((n) => !kept.has(n)));
        const toWrite = layout.sheets.filter((s) => !kept.has(upper(s.name)));
        const conflicts = toWrite.filter((s) => existing.has(upper(s.name)) && !replace.has(upper(s.name)));
        if (conflicts.length > 0) throw new TemplateConflictError(conflicts.map((s) => s.name));

        // --- sync 2: read kept values, delete the old template, write the new one
        const named = namedCells(layout);
        const newNames = new Set(named.map((i) => upper(i.name)));
        const keptValues: Kept[] = [];
        const doomed: Excel.NamedItem[] = [];
        for (const item of names.items) {
          if (!isOurName(item.name)) continue;
          const ref = parseReference(String(item.formula));
          const onOldSheet =
            ref !== undefined && replace.has(upper(ref.sheet)) && existing.has(upper(ref.sheet));
          // Only plain ranges on the replaced sheets are read (getRange on '#REF!' fails).
          if (onOldSheet) keptValues.push({ name: item.name, grid: item.getRange().load('formulas') });
          if (onOldSheet || ref === undefined || newNames.has(upper(item.name))) doomed.push(item);
        }
        for (const item of doomed) item.delete();
        // Old sheets are renamed first so the new ones can take their names before they go.
        const old = sheets.items.filter((s) => replace.has(upper(s.name)));
        old.forEach((s, i) => {
          s.name = `~khcn-old-${i + 1}`;
          // A very hidden sheet is made visible before it is deleted (safe on every host).
          if (s.visibility !== 'Visible') s.visibility = 'Visible';
        });
        const written = new Map<string, Excel.Worksheet>();
        for (const spec of toWrite) written.set(spec.name, wb.worksheets.add(spec.name));
        for (const s of old) s.delete();
        // Names before formulas, so formulas resolve them at once.
        for (const input of named) {
          const ws = written.get(input.sheet);
          if (ws) wb.names.add(input.name, ws.getRange(input.range));
        }
        for (const spec of layout.sheets) {
          const ws = written.get(spec.name);
          if (!ws) continue;
          writeSheet(ws, spec);
          if (spec.table) writeTable(ws, spec.table);
          writeSheetLayout(ws, spec);
          if (spec.visibility === 'veryHidden') ws.visibility = Excel.SheetVisibility.veryHidden;
        }
        await context.sync();

        // --- sync 3: carry values over, protect, show the data sheet
        const keptNames: string[] = [];
        const droppedNames: string[] = [];
        for (const { name, grid } of keptValues) {
          const values = grid.formulas;
          const filled = values.flat().filter(hasValue).length;
          if (filled === 0) continue;
          const input = named.find((i) => upper(i.name) === upper(name));
          const ws = input && written.get(input.sheet);
          if (!input || !ws) {
            droppedNames.push(name);
            continue;
          }
          const target = rangeIndex(input.range);
          // Same cells where the shapes agree; blanks of the old range are skipped (null).
          const out = Array.from({ length: target.rows }, (_, r) =>
            Array.from({ length: target.cols }, (_, c) => {
              const v: unknown = values[r]?.[c];
              return hasValue(v) ? v : null;
            }),
          );
          const placed = out.flat().filter((v) => v !== null).length;
          ws.getRange(input.range).formulas = out;
          // A value that found no cell (the new block is smaller) is reported, not lost silently.
          (placed < filled ? droppedNames : keptNames).push(input.name);
        }
        let dataSheet: Excel.Worksheet | undefined;
        for (const spec of layout.sheets) {
          const ws = written.get(spec.name);
          if (!ws) continue;
          if (spec.protect) ws.protection.protect(PROTECTION);
          if (spec.print && pageLayoutSupported()) setPrint(ws, spec.print);
          if (spec.role === 'data') dataSheet = ws;
        }
        dataSheet?.activate();
        await context.sync();
        return { sheets: layout.sheets.map((s) => s.name), keptNames, droppedNames };
      }),
  };
}
