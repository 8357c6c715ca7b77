/**
 * Writes a TemplateLayout as an .xlsx file with exceljs: styles from the shared STYLES table,
 * number formats, native data validation (bounded ranges only), workbook-scoped defined names,
 * sheet protection WITHOUT a password (exceljs writes no hash for an empty password, so Excel and
 * LibreOffice unprotect without asking), the very hidden identity sheet, and formulas without
 * cached values (fullCalcOnLoad makes Excel and LibreOffice compute them on open).
 */
import ExcelJS from 'exceljs';
import type {
  CellSpec,
  ConditionalFormatSpec,
  DataValidationSpec,
  SheetSpec,
  StyleId,
  TableSpec,
  TemplateLayout,
} from '../../domain/template/layout-types';
import { columnLetters, parseCell } from '../../domain/a1';
import { namedCells } from '../../domain/template/layout-types';
import { STYLES } from '../../domain/template/styles';
import { PRINT_FOOTER } from '../../domain/template/vi-format';
import { writeFileEnsuringDir } from '../output';
import { argb, toExcelStyle } from '../../xlsx/excel-style';

const EXCEL_STYLES = Object.fromEntries(
  Object.entries(STYLES).map(([id, s]) => [id, toExcelStyle(s)]),
) as Record<StyleId, Partial<ExcelJS.Style>>;

function toDataValidation(v: DataValidationSpec): ExcelJS.DataValidation {
  const texts = {
    allowBlank: true,
    showInputMessage: true,
    promptTitle: v.titleVi,
    prompt: v.promptVi,
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: v.titleVi,
    error: v.errorVi,
  } as const;
  switch (v.kind) {
    case 'whole':
    case 'decimal':
      return { type: v.kind, operator: 'between', formulae: [v.min, v.max], ...texts };
    case 'list':
      // An inline list: items joined by ',' in the file whatever the user's locale.
      return { type: 'list', formulae: [`"${v.items.join(',')}"`], ...texts };
    case 'date':
      // exceljs turns Dates into serials; ISO dates are read as UTC midnight, i.e. whole serials.
      return { type: 'date', operator: 'between', formulae: [new Date(v.min), new Date(v.max)], ...texts };
    case 'textLength':
      return { type: 'textLength', operator: 'lessThanOrEqual', formulae: [v.max], ...texts };
  }
}

function writeCell(sheet: ExcelJS.Worksheet, spec: CellSpec): void {
  const cell = sheet.getCell(spec.address);
  if (spec.formula !== undefined) cell.value = { formula: spec.formula } as ExcelJS.CellFormulaValue;
  // A string value is written as a string: exceljs never parses "=…" text as a formula.
  else if (spec.value !== undefined) cell.value = spec.value;
  cell.style = {
    ...(spec.style !== undefined ? EXCEL_STYLES[spec.style] : {}),
    ...(spec.numberFormat !== undefined ? { numFmt: spec.numberFormat } : {}),
    protection: { locked: spec.locked },
  };
  if (spec.validation !== undefined) cell.dataValidation = toDataValidation(spec.validation);
}

/** Excel expression rules, relative to the range's top-left cell. */
function addConditionalFormats(sheet: ExcelJS.Worksheet, formats: readonly ConditionalFormatSpec[]): void {
  formats.forEach((f, i) => {
    const topLeft = f.range.split(':')[0] ?? f.range;
    const formula =
      f.rule.kind === 'isError'
        ? `ISERROR(${topLeft})`
        : `LEFT(${topLeft},${f.rule.text.length})="${f.rule.text.replace(/"/g, '""')}"`;
    const s = STYLES[f.style];
    sheet.addConditionalFormatting({
      ref: f.range,
      rules: [
        {
          type: 'expression',
          priority: i + 1,
          formulae: [formula],
          style: {
            ...(s.fill !== undefined
              ? { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(s.fill) } } }
              : {}),
            ...(s.fontColor !== undefined ? { font: { color: { argb: argb(s.fontColor) } } } : {}),
          },
        },
      ],
    });
  });
}

/** The DataValidations collection exceljs keeps on every sheet (not in its typings); ranges become one sqref. */
type WithValidations = { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } };

/** A register table: the ListObject over its header + empty rows, then each column's check and format down to lastRow. */
function addTable(sheet: ExcelJS.Worksheet, table: TableSpec): void {
  const [first = 'A1', end = first] = table.range.split(':');
  const from = parseCell(first) ?? { row: 1, col: 1 };
  const to = parseCell(end) ?? from;
  const validations = (sheet as unknown as WithValidations).dataValidations;
  // Formats before the table's cells exist: exceljs gives new cells their column's style.
  table.columns.forEach((c, i) => {
    if (c.numberFormat) sheet.getColumn(from.col + i).numFmt = c.numberFormat;
    const letter = columnLetters(from.col + i);
    const body = `${letter}${from.row + 1}:${letter}${table.lastRow}`;
    if (c.validation) validations.add(body, toDataValidation(c.validation));
  });
  sheet.addTable({
    name: table.name,
    ref: first,
    headerRow: true,
    style: { theme: table.style as ExcelJS.TableStyleProperties['theme'], showRowStripes: true },
    columns: table.columns.map((c) => ({ name: c.header, filterButton: true })),
    rows: Array.from({ length: to.row - from.row }, () => table.columns.map(() => null)),
  });
}

async function addSheet(workbook: ExcelJS.Workbook, spec: SheetSpec): Promise<void> {
  const sheet = workbook.addWorksheet(spec.name, {
    state: spec.visibility === 'veryHidden' ? 'veryHidden' : 'visible',
    ...(spec.freeze
      ? { views: [{ state: 'frozen', xSplit: spec.freeze.columns, ySplit: spec.freeze.rows }] }
      : {}),
  });
  if (spec.print) {
    // A4 (paperSize 9), one page wide, as many pages tall as needed; the header rows repeat.
    sheet.pageSetup = {
      paperSize: 9,
      orientation: spec.print.orientation,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      ...(spec.print.titleRows ? { printTitlesRow: `1:${spec.print.titleRows}` } : {}),
    };
    // '&' starts a code in Excel headers: a literal one is written '&&'.
    sheet.headerFooter = {
      oddHeader: `&L${spec.print.header.replace(/&/g, '&&')}&R&A`,
      oddFooter: `&C${PRINT_FOOTER}`,
    };
  }
  spec.columnWidths.forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
  });
  // The table first: exceljs writes its header cells, which the styled cells then overwrite.
  if (spec.table) addTable(sheet, spec.table);
  for (const cell of spec.cells) writeCell(sheet, cell);
  // After the cells: a merged range takes its first cell's style (fills span the title rows).
  for (const range of spec.merges) sheet.mergeCells(range);
  for (const { row, height } of spec.rowHeights ?? []) sheet.getRow(row).height = height;
  addConditionalFormats(sheet, spec.conditionalFormats ?? []);
  if (spec.protect) {
    await sheet.protect('', {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatColumns: true,
      formatRows: true,
      insertRows: true,
    });
  }
}

/** '$E$12' or '$E$20:$E$69' from 'E12' or 'E20:E69'. */
export function absoluteRange(range: string): string {
  return range
    .split(':')
    .map((a) => a.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2'))
    .join(':');
}

/** A sheet name as a reference prefix: always quoted, quotes doubled ('Nhập liệu'!). */
export const sheetRef = (name: string): string => `'${name.replace(/'/g, "''")}'!`;

export async function templateWorkbook(layout: TemplateLayout): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'khcn';
  const created = new Date(layout.identity.generatedAt);
  if (!Number.isNaN(created.getTime())) {
    workbook.created = created;
    workbook.modified = created;
  }
  workbook.title = `Mẫu báo cáo KH, CN & ĐMST ${layout.identity.year} – ${layout.identity.unitName ?? layout.identity.unitId}`;
  workbook.calcProperties.fullCalcOnLoad = true;
  for (const sheet of layout.sheets) await addSheet(workbook, sheet);
  for (const input of namedCells(layout)) {
    workbook.definedNames.add(`${sheetRef(input.sheet)}${absoluteRange(input.range)}`, input.name);
  }
  return workbook;
}

export async function templateXlsxBuffer(layout: TemplateLayout): Promise<Uint8Array> {
  const workbook = await templateWorkbook(layout);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export async function writeTemplateXlsx(path: string, layout: TemplateLayout): Promise<void> {
  await writeFileEnsuringDir(path, await templateXlsxBuffer(layout));
}
