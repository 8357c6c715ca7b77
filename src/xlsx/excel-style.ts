/**
 * The one mapping of a named CellStyle (domain/template/layout-types.ts) to exceljs style parts,
 * shared by the template writer (CLI) and the report writer (CLI and task pane), so templates and
 * reports draw fills, fonts and borders the same way.
 */
import type ExcelJS from 'exceljs';
import type { CellStyle } from '../domain/template/layout-types';

/** RGB hex without "#" → exceljs ARGB (opaque). */
export const argb = (hex: string): string => `FF${hex.toUpperCase()}`;

const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FFBFBFBF' } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** exceljs parts of one CellStyle; callers build it once per style and share it (never mutated). */
export function toExcelStyle(s: CellStyle): Partial<ExcelJS.Style> {
  const font: Partial<ExcelJS.Font> = {
    ...(s.bold ? { bold: true } : {}),
    ...(s.italic ? { italic: true } : {}),
    ...(s.size !== undefined ? { size: s.size } : {}),
    ...(s.fontColor !== undefined ? { color: { argb: argb(s.fontColor) } } : {}),
  };
  const alignment: Partial<ExcelJS.Alignment> = {
    ...(s.wrap ? { wrapText: true } : {}),
    ...(s.horizontal !== undefined ? { horizontal: s.horizontal } : {}),
    ...(s.vertical !== undefined ? { vertical: s.vertical } : {}),
  };
  return {
    ...(Object.keys(font).length > 0 ? { font } : {}),
    ...(s.fill !== undefined
      ? { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(s.fill) } } as ExcelJS.Fill }
      : {}),
    ...(s.border ? { border: BORDER } : {}),
    ...(Object.keys(alignment).length > 0 ? { alignment } : {}),
  };
}
