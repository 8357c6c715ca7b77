/**
 * The one style table of the templates: the exceljs writer (CLI) and the Office.js adapter
 * (add-in) both map a StyleId through STYLES, so a file and an inserted template look the same.
 * Colours follow Excel's own conventions users know: yellow = type here, blue = calculated,
 * red = error, amber = warning, green = fine.
 */
import type { CellStyle, StyleId } from './layout-types';

const BLUE_DARK = '1F5C99';
const GREY_TEXT = '595959';

export const STYLES: Readonly<Record<StyleId, CellStyle>> = {
  title: { bold: true, size: 14, fontColor: '1F3864' },
  subtitle: { italic: true, fontColor: GREY_TEXT, wrap: true },
  header: {
    bold: true,
    fill: BLUE_DARK,
    fontColor: 'FFFFFF',
    wrap: true,
    border: true,
    horizontal: 'center',
    vertical: 'middle',
  },
  groupHeader: {
    bold: true,
    size: 12,
    fill: 'D9E1F2',
    fontColor: '1F3864',
    border: true,
    vertical: 'middle',
  },
  indicatorHeader: { bold: true, fill: 'EDEDED', wrap: true, border: true, vertical: 'top' },
  label: { wrap: true, border: true, vertical: 'top' },
  text: { wrap: true, vertical: 'top' },
  hint: { italic: true, fontColor: GREY_TEXT, wrap: true, vertical: 'top' },
  // Required inputs are a stronger yellow than optional ones: both mean "type here".
  input: { fill: 'FFE699', border: true, vertical: 'top' },
  inputOptional: { fill: 'FFF2CC', border: true, vertical: 'top' },
  derived: { bold: true, fill: 'DDEBF7', border: true, vertical: 'top' },
  status: { italic: true, wrap: true, border: true, vertical: 'top' },
  legendInput: { fill: 'FFE699', border: true },
  legendDerived: { bold: true, fill: 'DDEBF7', border: true },
  legendError: { fill: 'FFC7CE', fontColor: '9C0006', border: true },
  legendWarning: { fill: 'FFEB9C', fontColor: '9C5700', border: true },
  legendOk: { fill: 'C6EFCE', fontColor: '006100', border: true },
};

/** Number formats of input and result cells (format codes are locale-neutral in the file). */
export const NUMBER_FORMATS = {
  percent: '0.0%',
  money: '#,##0',
  integer: '#,##0',
  decimal: '#,##0.00',
  date: 'dd/mm/yyyy',
  level: '0',
  text: '@',
} as const;
