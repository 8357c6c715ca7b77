/**
 * The looks of the consolidated report: the exceljs writer (CLI and task pane) maps each
 * ReportStyle through REPORT_STYLES. Same palette as the templates (template/styles.ts), so a
 * unit's file and the province report read alike: dark blue headers, light blue group rows,
 * Excel's own green / red / amber for good / bad / check.
 */
import type { CellStyle } from '../template/layout-types';
import { STYLES } from '../template/styles';
import type { ReportStyle } from './types';

const GREY_TEXT = '808080';

// Group rows sit among body rows: the body's font size, no bigger.
const { size: _size, ...GROUP } = STYLES.groupHeader;

/** Body cells: bordered, top-aligned, wrapped (notes and names run over several lines). */
const BODY: CellStyle = { wrap: true, border: true, vertical: 'top' };

export const REPORT_STYLES: Readonly<Record<ReportStyle, CellStyle>> = {
  title: STYLES.title,
  // Not wrapped: preamble notes and fact labels run over the empty cells to their right.
  subtitle: { ...STYLES.subtitle, wrap: false },
  header: STYLES.header,
  group: { ...GROUP, wrap: false },
  cell: BODY,
  ok: { ...BODY, fill: STYLES.legendOk.fill, fontColor: STYLES.legendOk.fontColor },
  bad: { ...BODY, fill: STYLES.legendError.fill, fontColor: STYLES.legendError.fontColor },
  warn: { ...BODY, fill: STYLES.legendWarning.fill, fontColor: STYLES.legendWarning.fontColor },
  muted: { ...BODY, italic: true, fontColor: GREY_TEXT },
};
