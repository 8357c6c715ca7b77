/**
 * The consolidated workbook as plain data (no exceljs, no Office.js): sheets of cells with
 * named styles, optional Excel tables, and chart specs. One builder (build-report.ts) makes it;
 * the exceljs writer (CLI and task pane) turns it into an .xlsx and the add-in inserts that
 * file's sheets, so both paths show the same workbook.
 *
 * Cell values are VALUES: a string is always written as text, even when it starts with
 * '=', '+', '-' or '@' (unit files are untrusted input).
 */

/** Named looks; writers map them through REPORT_STYLES (styles.ts). */
export type ReportStyle =
  | 'title'
  | 'subtitle'
  | 'header'
  /** A group row (stage Input/Output/Outcome/Impact, target section). */
  | 'group'
  | 'cell'
  | 'ok'
  | 'bad'
  | 'warn'
  | 'muted';

export interface ReportCell {
  v: string | number | boolean | null;
  style?: ReportStyle;
  /** Excel number format code, e.g. '0.0%', '#,##0', 'dd/mm/yyyy hh:mm'. */
  numFmt?: string;
  /** A link to cell A1 of another sheet of the report (a count to the register it comes from). */
  link?: { sheet: string };
}

export interface ReportColumn {
  header: string;
  /** Width in characters. */
  width: number;
}

export interface ReportSheet {
  /** Vietnamese sheet name (≤ 31 characters, none of : \ / ? * [ ]). */
  name: string;
  /** Rows above the header (title, run facts), starting at A1; may be empty. */
  preamble: ReportCell[][];
  columns: ReportColumn[];
  /** Data rows, each exactly `columns.length` cells; the header row is `preamble.length + 1`. */
  rows: ReportCell[][];
  /**
   * Write header + rows as an Excel table (filter buttons, banded rows) with this name.
   * `rowCount`: the table holds only the first `rowCount` data rows (default: all); the rows
   * after them are plain cells below the table (the status sheet lists the received files
   * there, after a blank row).
   */
  table?: { name: string; rowCount?: number };
  /** Freeze the panes below the header row. */
  freezeHeader: boolean;
}

/** A native clustered bar chart over cells of one report sheet. */
export interface ChartSpec {
  sheet: string;
  title: string;
  /** Category labels, A1 range on `sheet` without '$', e.g. 'A5:A9'. */
  categories: string;
  series: readonly { name: string; values: string }[];
  /** Anchor: top-left and bottom-right cells, e.g. 'M3' and 'T22'. */
  from: string;
  to: string;
  /** Values are fractions shown as percentages (axis 0–100 %). */
  percent: boolean;
}

export interface ReportWorkbook {
  /** In tab order; the first is the summary. */
  sheets: ReportSheet[];
  charts: ChartSpec[];
  /** Document properties. */
  title: string;
  createdAt: string;
}

/** 1-based row of the header of `sheet` (data starts on the next row). */
export const headerRowOf = (sheet: Pick<ReportSheet, 'preamble'>): number => sheet.preamble.length + 1;
