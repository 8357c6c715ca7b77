/**
 * How one component's input cell looks and what Excel lets the user type into it: style,
 * number format and native data validation (with a Vietnamese prompt and error alert), all
 * derived from the component's type and bounds in the catalogue.
 */
import type { Component, Indicator } from '../catalog/schema';
import type { DataValidationSpec, StyleId } from './layout-types';
import { NUMBER_FORMATS } from './styles';
import { viDateFromSerial, viNumber, viPercent } from './vi-format';
import { excelSerialToIso } from '../catalog';

/** Excel's limits on data-validation texts (characters). */
export const VALIDATION_LIMITS = { title: 32, prompt: 255, error: 225 } as const;

/** Rows of the vertical block of a numeric list (II.7 citations); users insert rows inside it for more. */
export const NUMBER_LIST_ROWS = 50;

export interface InputCellProps {
  style: StyleId;
  numberFormat: string;
  validation: DataValidationSpec;
}

/** List items that feed a formula needing whole numbers (h-index, TRL) must be whole numbers. */
export function listItemsAreWhole(ind: Indicator, c: Component): boolean {
  const f = ind.formula;
  return f !== undefined && (f.fn === 'HINDEX' || f.fn === 'TRL_MEDIAN') && f.args.includes(c.key);
}

/** Whether the value (each item, for numeric lists) must be a whole number. */
export function isWhole(ind: Indicator, c: Component): boolean {
  if (c.type === 'integer' || c.type === 'level') return true;
  return c.type === 'list' && c.listItem === 'number' && listItemsAreWhole(ind, c);
}

export function numberFormatOf(c: Component): string {
  switch (c.type) {
    case 'list':
      return c.listItem === 'number' ? NUMBER_FORMATS.integer : NUMBER_FORMATS.text;
    default:
      return NUMBER_FORMATS[c.type];
  }
}

/** The bounds in words: "từ 0 đến 100.000", "từ 0% đến 100%", "từ 01/01/2020 đến 31/12/2030". */
export function boundsInWords(c: Component): string {
  if (c.type === 'percent') return `từ ${viPercent(c.min)} đến ${viPercent(c.max)}`;
  if (c.type === 'date') return `từ ${viDateFromSerial(c.min)} đến ${viDateFromSerial(c.max)}`;
  return `từ ${viNumber(c.min)} đến ${viNumber(c.max)}`;
}

export function warnInWords(c: Component): string | undefined {
  if (c.warnAbove === undefined) return undefined;
  return c.type === 'percent' ? viPercent(c.warnAbove) : viNumber(c.warnAbove);
}

/** What to type, as the body of "Nhập …" (prompt) and "phải là …" (error). */
function rule(ind: Indicator, c: Component): string {
  const unit = ` (${c.unitVi})`;
  switch (c.type) {
    case 'integer':
      return `số nguyên ${boundsInWords(c)}${unit}`;
    case 'decimal':
      return `số ${boundsInWords(c)}${unit}, dùng dấu phẩy cho phần thập phân`;
    case 'money':
      return `số tiền ${boundsInWords(c)} triệu đồng`;
    case 'percent':
      return `tỷ lệ ${boundsInWords(c)}, gõ kèm dấu % (ví dụ 12,5%)`;
    case 'level':
      return `mức TRL là số nguyên ${boundsInWords(c)}, chọn trong danh sách`;
    case 'date':
      return `ngày ${boundsInWords(c)}, dạng ngày/tháng/năm`;
    case 'text':
      return `văn bản, tối đa ${viNumber(c.max)} ký tự`;
    case 'list':
      return c.listItem === 'number'
        ? `${isWhole(ind, c) ? 'số nguyên' : 'số'} ${boundsInWords(c)}${unit}, mỗi dòng một số`
        : `danh sách, các mục cách nhau bằng dấu chấm phẩy (;), tối đa ${viNumber(c.max)} ký tự`;
  }
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** A DataValidationSpec without its texts (distributive, so each kind keeps its own fields). */
type ValidationRule = DataValidationSpec extends infer T
  ? T extends unknown
    ? Omit<T, 'promptVi' | 'errorVi' | 'titleVi'>
    : never
  : never;

function validationKind(ind: Indicator, c: Component): ValidationRule {
  switch (c.type) {
    case 'integer':
      return { kind: 'whole', min: c.min, max: c.max };
    case 'decimal':
    case 'money':
    case 'percent':
      return { kind: 'decimal', min: c.min, max: c.max };
    case 'level':
      return { kind: 'list', items: range(c.min, c.max) };
    case 'date':
      return { kind: 'date', min: excelSerialToIso(c.min), max: excelSerialToIso(c.max) };
    case 'text':
      return { kind: 'textLength', max: c.max };
    case 'list':
      if (c.listItem === 'text') return { kind: 'textLength', max: c.max };
      return { kind: isWhole(ind, c) ? 'whole' : 'decimal', min: c.min, max: c.max };
  }
}

function range(min: number, max: number): number[] {
  const out: number[] = [];
  for (let i = Math.ceil(min); i <= max; i++) out.push(i);
  return out;
}

export function validationOf(ind: Indicator, c: Component): DataValidationSpec {
  const warn = warnInWords(c);
  const prompt = [
    `Nhập ${rule(ind, c)}.`,
    warn !== undefined ? `Trên ${warn} sẽ được cảnh báo để kiểm tra lại.` : '',
    c.required ? 'Bắt buộc nhập.' : 'Không bắt buộc.',
  ]
    .filter((s) => s !== '')
    .join(' ');
  return {
    ...validationKind(ind, c),
    titleVi: clip(`Chỉ tiêu ${ind.code}`, VALIDATION_LIMITS.title),
    promptVi: clip(prompt, VALIDATION_LIMITS.prompt),
    errorVi: clip(`Giá trị không hợp lệ: phải là ${rule(ind, c)}.`, VALIDATION_LIMITS.error),
  };
}

export function inputCellProps(ind: Indicator, c: Component): InputCellProps {
  return {
    style: c.required ? 'input' : 'inputOptional',
    numberFormat: numberFormatOf(c),
    validation: validationOf(ind, c),
  };
}
