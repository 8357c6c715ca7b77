/**
 * Reading the lists users hand the CLI (--units, --received): header names whatever their
 * accents and case, and what a cell of an exceljs sheet shows as text.
 */
import type ExcelJS from 'exceljs';
import { stripDiacritics } from '../../domain/text';

/** 'Mã đơn vị', 'ma_don_vi', 'Thời điểm nhận' … → 'ma don vi', 'thoi diem nhan'. */
export const headerKey = (text: string): string =>
  stripDiacritics(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** The text of a cell ('' for a date: callers that take dates read them first). */
export function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (typeof v === 'string') return v.trim();
  if (v instanceof Date) return '';
  if ('richText' in v)
    return v.richText
      .map((r) => r.text)
      .join('')
      .trim();
  if ('result' in v) return cellText(v.result as ExcelJS.CellValue);
  if ('text' in v && typeof v.text === 'string') return v.text.trim();
  return '';
}
