/**
 * Writes a ReportWorkbook as an .xlsx with exceljs: one worksheet per report sheet in order,
 * preamble from A1, the header row (REPORT_STYLES.header), data rows, column widths, styles and
 * number formats, frozen panes, real Excel tables, and (opts.charts) native bar charts added to
 * exceljs's output by zip surgery (inject-charts.ts).
 *
 * Values are values: a string is always a shared-string text cell (never a formula, whatever its
 * first character), a number a number, null an empty cell. Shared by the CLI and the task pane:
 * Uint8Array, exceljs and fflate only (no Node built-ins, no DOM).
 *
 * Speed: style objects are built once per (style, number format) and shared by every cell, so
 * exceljs's style registry resolves each by identity (a WeakMap hit); the work is linear in cells.
 */
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { REPORT_STYLES } from '../domain/report/styles';
import {
  headerRowOf,
  type ReportCell,
  type ReportSheet,
  type ReportStyle,
  type ReportWorkbook,
} from '../domain/report/types';
import { stripDiacritics } from '../domain/text';
import { resolveChart } from './chart-parts';
import { addCharts, zipPackage, type SheetChart } from './inject-charts';
import { toExcelStyle } from './excel-style';

export interface WriteReportOptions {
  /** Add the native charts of `report.charts` (exceljs cannot; see inject-charts.ts). */
  charts: boolean;
}

/**
 * One shared, never mutated style object per (style, number format): exceljs registers a style
 * once per object identity, so 1 M cells cost 1 M map look-ups, not 1 M style serialisations.
 */
class StyleCache {
  private readonly byKey = new Map<string, Partial<ExcelJS.Style>>();

  get(style: ReportStyle | undefined, numFmt: string | undefined): Partial<ExcelJS.Style> | undefined {
    if (style === undefined && numFmt === undefined) return undefined;
    const key = `${style ?? ''}\u0000${numFmt ?? ''}`;
    let s = this.byKey.get(key);
    if (s === undefined) {
      s = {
        ...(style !== undefined ? toExcelStyle(REPORT_STYLES[style]) : {}),
        ...(numFmt !== undefined ? { numFmt } : {}),
      };
      this.byKey.set(key, s);
    }
    return s;
  }
}

/** A cell value as exceljs gets it: strings stay strings, non-finite numbers become empty. */
function valueOf(v: ReportCell['v']): string | number | boolean | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  return v;
}

/**
 * Texts a shared-string part cannot hold verbatim: '_xHHHH_' (read back as an escaped
 * character) and CR (normalised to LF by XML parsers). See escapeSharedStrings.
 */
const NEEDS_ESCAPE = /_x[0-9a-fA-F]{4}_|\r/;

/** Approximate wrapped lines of a text in a column `width` characters wide. */
function wrappedLines(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor(width * 1.1) - 1);
  let lines = 0;
  for (const line of text.split('\n')) lines += Math.max(1, Math.ceil(line.length / perLine));
  return lines;
}

const LINE_HEIGHT = 15;
const MAX_AUTO_LINES = 8;

interface SheetWriter {
  ws: ExcelJS.Worksheet;
  styles: StyleCache;
  /** Set when a written text needs escaping in the shared-strings part. */
  escape: { needed: boolean };
  widths: readonly number[];
}

/**
 * Writes one row of cells from column A. Rows with wrapped texts longer than their column get an
 * explicit height: Excel does not auto-fit the rows of a generated file.
 */
function writeRow(w: SheetWriter, rowNumber: number, cells: readonly ReportCell[]): void {
  const row = w.ws.getRow(rowNumber);
  let lines = 1;
  for (let c = 0; c < cells.length; c++) {
    const cell = cells[c];
    if (cell === undefined) continue;
    const value = valueOf(cell.v);
    const cellStyle = cell.style;
    const s = w.styles.get(cellStyle, cell.numFmt);
    if (value === null && s === undefined) continue;
    const target = row.getCell(c + 1);
    if (value !== null) target.value = value;
    if (s !== undefined) target.style = s;
    if (typeof value === 'string') {
      if (!w.escape.needed && NEEDS_ESCAPE.test(value)) w.escape.needed = true;
      if (cellStyle !== undefined && REPORT_STYLES[cellStyle].wrap && value.length > 8) {
        lines = Math.max(lines, wrappedLines(value, w.widths[c] ?? 8.43));
      }
    }
  }
  if (lines > 1) row.height = LINE_HEIGHT * Math.min(lines, MAX_AUTO_LINES);
}

/**
 * Table column names: Excel needs them non-empty, unique (case-insensitive) and equal to the
 * header cells; a line break cannot survive in the name attribute, so whitespace runs become one
 * space. The header cells are written with these names.
 */
export function tableHeaders(headers: readonly string[]): string[] {
  const used = new Set<string>();
  return headers.map((raw, i) => {
    const base = raw.replace(/\s+/g, ' ').trim() || `Cột ${i + 1}`;
    let name = base;
    for (let n = 2; used.has(name.toLocaleLowerCase('vi')); n++) name = `${base} (${n})`;
    used.add(name.toLocaleLowerCase('vi'));
    return name;
  });
}

/**
 * A valid Excel table name: ASCII letters, digits, '_' and '.', starting with a letter or '_',
 * not a cell reference (A1 or R1C1), unique in the workbook (case-insensitive).
 */
export function tableName(raw: string, used: Set<string>): string {
  let name = stripDiacritics(raw)
    .replace(/[^A-Za-z0-9_.]/g, '_')
    .slice(0, 250);
  if (!/^[A-Za-z_]/.test(name)) name = `_${name}`;
  if (/^[A-Za-z]{1,3}\d+$/.test(name) || /^[RC]\d*$/i.test(name) || /^R\d*C\d*$/i.test(name)) {
    name = `_${name}`;
  }
  let unique = name;
  for (let n = 2; used.has(unique.toLowerCase()); n++) unique = `${name}_${n}`;
  used.add(unique.toLowerCase());
  return unique;
}

function addSheet(
  wb: ExcelJS.Workbook,
  sheet: ReportSheet,
  first: boolean,
  styles: StyleCache,
  escape: { needed: boolean },
  tableNames: Set<string>,
): void {
  const header = headerRowOf(sheet);
  const view: Partial<ExcelJS.WorksheetView> & { tabSelected?: boolean } = sheet.freezeHeader
    ? {
        state: 'frozen',
        xSplit: 0,
        ySplit: header,
        topLeftCell: `A${header + 1}`,
        activeCell: `A${header + 1}`,
      }
    : { state: 'normal', activeCell: 'A1' };
  if (first) view.tabSelected = true;
  const ws = wb.addWorksheet(sheet.name, { views: [view] });
  const widths = sheet.columns.map((c) => c.width);
  widths.forEach((width, i) => {
    ws.getColumn(i + 1).width = width;
  });
  const w: SheetWriter = { ws, styles, escape, widths };

  sheet.preamble.forEach((cells, i) => writeRow(w, i + 1, cells));
  const headers = sheet.table
    ? tableHeaders(sheet.columns.map((c) => c.header))
    : sheet.columns.map((c) => c.header);
  writeRow(
    w,
    header,
    headers.map((v) => ({ v, style: 'header' })),
  );
  sheet.rows.forEach((cells, i) => writeRow(w, header + 1 + i, cells));

  if (sheet.table && sheet.columns.length > 0) {
    // exceljs writes the table's header and rows into the cells again (same values; the styles
    // set above stay). Excel needs at least one data row: an empty one for an empty table.
    // `rowCount` keeps rows below the table (the status sheet's file list) out of it.
    const tableRows = sheet.rows.slice(0, sheet.table.rowCount ?? sheet.rows.length);
    const rows: (string | number | boolean | null)[][] =
      tableRows.length > 0
        ? tableRows.map((cells) => sheet.columns.map((_, c) => valueOf(cells[c]?.v ?? null)))
        : [sheet.columns.map(() => null)];
    ws.addTable({
      name: tableName(sheet.table.name, tableNames),
      ref: `A${header}`,
      headerRow: true,
      totalsRow: false,
      style: { theme: 'TableStyleMedium2', showRowStripes: true },
      columns: headers.map((name) => ({ name, filterButton: true })),
      rows,
    });
  }
}

/** The report as an exceljs workbook (no charts: exceljs cannot write them). */
export function reportWorkbook(report: ReportWorkbook): {
  workbook: ExcelJS.Workbook;
  escapeStrings: boolean;
} {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'khcn';
  wb.title = report.title;
  const created = new Date(report.createdAt);
  if (!Number.isNaN(created.getTime())) {
    wb.created = created;
    wb.modified = created;
  }
  wb.views = [
    { x: 0, y: 0, width: 28_800, height: 15_000, firstSheet: 0, activeTab: 0, visibility: 'visible' },
  ];
  const styles = new StyleCache();
  const escape = { needed: false };
  const tableNames = new Set<string>();
  report.sheets.forEach((sheet, i) => addSheet(wb, sheet, i === 0, styles, escape, tableNames));
  return { workbook: wb, escapeStrings: escape.needed };
}

/**
 * Makes the shared strings read back verbatim: a literal '_xHHHH_' gets its '_' escaped as
 * '_x005F_' (as Excel writes it) and CR is written '_x000D_'. Only text nodes can match.
 */
export function escapeSharedStrings(xml: string): string {
  return xml.replace(/_(x[0-9a-fA-F]{4}_)/g, '_x005F_$1').replace(/\r/g, '_x000D_');
}

/** The charts of `report`, resolved against their sheets (cached values from the model). */
function resolvedCharts(report: ReportWorkbook): SheetChart[] {
  return report.charts.map((spec) => {
    const sheet = report.sheets.find((s) => s.name === spec.sheet);
    if (!sheet) throw new Error(`Biểu đồ "${spec.title}": không có trang tính "${spec.sheet}".`);
    return { sheet: spec.sheet, chart: resolveChart(spec, sheet) };
  });
}

/** A plain Uint8Array owning its memory (a copy: exceljs gives a Node Buffer, maybe a pooled slice). */
const asBytes = (buffer: ArrayBuffer | Uint8Array): Uint8Array => new Uint8Array(buffer);

/** The report as .xlsx bytes. */
export async function writeReportXlsx(report: ReportWorkbook, opts: WriteReportOptions): Promise<Uint8Array> {
  const charts = opts.charts ? resolvedCharts(report) : [];
  const { workbook, escapeStrings } = reportWorkbook(report);
  const patch = charts.length > 0 || escapeStrings;
  // When the package is rewritten anyway, exceljs only stores (no deflate): fflate compresses once.
  const written = await workbook.xlsx.writeBuffer(patch ? { zip: { compression: 'STORE' } } : undefined);
  const bytes = asBytes(written as ArrayBuffer | Uint8Array);
  if (!patch) return bytes;

  const files = unzipSync(bytes);
  const sst = files['xl/sharedStrings.xml'];
  if (escapeStrings && sst) files['xl/sharedStrings.xml'] = strToU8(escapeSharedStrings(strFromU8(sst)));
  addCharts(files, charts);
  return zipPackage(files);
}
