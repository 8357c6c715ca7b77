/**
 * One input cell → a usable value or the issues saying why not. Shared by scalar and list
 * components. A value with an error is never used (the caller gets `undefined`); a value with
 * only a warning (number typed as text, formula with a cached result) is used.
 */
import { excelSerialToIso, isoToExcelSerial } from '../catalog';
import type { Component } from '../catalog';
import { makeIssue, type Issue, type IssueContext } from '../issues';
import { parseNumberText, type NumberTextFormat } from '../numbers';
import type { CellReading, CellValue, InvalidReason } from './reading';

/** Where issues go, with the cell's location already in the context. */
export interface CellSink {
  ctx: IssueContext;
  out: Issue[];
}

const emit = (sink: CellSink, issue: Issue): void => {
  sink.out.push(issue);
};

/** Excel's last date, 9999-12-31: beyond it a serial is just a number. */
const MAX_SERIAL = 2_958_465;

/** An Excel serial as 'dd/mm/yyyy', the way Vietnamese users write dates (a plain number when out of range). */
export const serialToDisplayDate = (serial: number): string => {
  if (!Number.isFinite(serial) || serial < 1 || serial > MAX_SERIAL) return String(serial);
  const [y, m, d] = excelSerialToIso(serial).split('-');
  return `${d}/${m}/${y}`;
};

/** How a cell value is shown inside a message ("TRUE", "15/03/2026", the text). */
export function displayValue(v: CellValue): string {
  switch (v.kind) {
    case 'empty':
      return '';
    case 'boolean':
      return v.value ? 'TRUE' : 'FALSE';
    case 'date':
      return serialToDisplayDate(v.value);
    case 'invalid':
      return v.text;
    default:
      return String(v.value);
  }
}

const INVALID_REASON: Readonly<Record<InvalidReason, { vi: string; en: string }>> = {
  'not-a-number': {
    vi: 'ô số nhưng nội dung không phải số',
    en: 'a number cell that does not hold a number',
  },
  'bad-string': {
    vi: 'tham chiếu tới chuỗi không tồn tại',
    en: 'a reference to a string that does not exist',
  },
  'bad-character': { vi: 'có ký tự không hợp lệ', en: 'an invalid character' },
  'bad-date': { vi: 'ô ngày nhưng nội dung không phải ngày', en: 'a date cell that does not hold a date' },
  'bad-boolean': { vi: 'ô đúng/sai nhưng nội dung khác', en: 'a true/false cell holding something else' },
  'too-long': { vi: 'dài quá 32.767 ký tự Excel cho phép', en: 'longer than Excel’s 32,767 characters' },
};

/**
 * The formula and error checks every input gets. Undefined when nothing can be read: an error
 * value (#REF!, #N/A…) or a formula without a cached result (never read as 0). A formula with a
 * cached result is a warning — the value is used, but it may change on recalculation.
 */
export function usableValue(cell: CellReading, sink: CellSink): CellValue | undefined {
  if (cell.formula && !cell.formula.cached) {
    emit(sink, makeIssue('FORMULA_NO_CACHED_VALUE', { formula: `=${cell.formula.text}` }, sink.ctx));
    return undefined;
  }
  if (cell.value.kind === 'error') {
    emit(sink, makeIssue('CELL_ERROR_VALUE', { error: cell.value.value }, sink.ctx));
    return undefined;
  }
  if (cell.value.kind === 'invalid') {
    const reason = INVALID_REASON[cell.value.reason];
    emit(
      sink,
      makeIssue(
        'CELL_UNREADABLE',
        { reasonVi: reason.vi, reasonEn: reason.en, text: cell.value.text },
        sink.ctx,
      ),
    );
    return undefined;
  }
  if (cell.formula) emit(sink, makeIssue('FORMULA_IN_INPUT', { formula: `=${cell.formula.text}` }, sink.ctx));
  return cell.value;
}

/** A cell holds nothing a user typed: empty, or text of spaces only. */
export const isBlank = (v: CellValue): boolean =>
  v.kind === 'empty' || (v.kind === 'text' && v.value.trim() === '');

export type Read<T> = { state: 'empty' } | { state: 'invalid' } | { state: 'ok'; value: T };
export const EMPTY = { state: 'empty' } as const;
export const INVALID = { state: 'invalid' } as const;
const ok = <T>(value: T): Read<T> => ({ state: 'ok', value });

const AS_TEXT_CODE: Record<NumberTextFormat, 'NUMBER_AS_TEXT' | 'NUMBER_AS_TEXT_VI' | 'NUMBER_AS_TEXT_EN'> = {
  plain: 'NUMBER_AS_TEXT',
  vi: 'NUMBER_AS_TEXT_VI',
  en: 'NUMBER_AS_TEXT_EN',
};

/**
 * A number from a numeric input; text is read in both conventions and never guessed — except
 * that a whole-number field (`whole`) takes the one reading that is a whole number ('1,234' in a
 * count is 1234: 1.234 persons is impossible), with the usual "number as text" warning.
 */
export function numberOf(v: CellValue, sink: CellSink, whole = false): Read<number> {
  switch (v.kind) {
    case 'empty':
      return EMPTY;
    case 'number':
      return ok(v.value);
    case 'text': {
      const p = parseNumberText(v.value);
      if (p.kind === 'empty') return EMPTY;
      if (p.kind === 'number') {
        emit(sink, makeIssue(AS_TEXT_CODE[p.format], { text: v.value.trim(), value: p.value }, sink.ctx));
        return ok(p.value);
      }
      if (p.kind === 'ambiguous') {
        const [readingVi, readingEn] = p.readings;
        const wholeReadings = whole ? p.readings.filter((r) => Number.isInteger(r)) : [];
        if (wholeReadings.length === 1) {
          const value = wholeReadings[0] ?? 0;
          const format = value === readingVi ? 'vi' : 'en';
          emit(sink, makeIssue(AS_TEXT_CODE[format], { text: v.value.trim(), value }, sink.ctx));
          return ok(value);
        }
        emit(sink, makeIssue('NUMBER_AMBIGUOUS', { text: v.value.trim(), readingVi, readingEn }, sink.ctx));
        return INVALID;
      }
      break;
    }
    default:
      break;
  }
  emit(sink, makeIssue('VALUE_NOT_NUMBER', { text: displayValue(v).trim() }, sink.ctx));
  return INVALID;
}

/** 'dd/mm/yyyy' (also '-' or '.') or ISO 'yyyy-mm-dd' → Excel serial; undefined when not a real date. */
export function parseDateText(text: string): number | undefined {
  const s = text.trim();
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  const [y, m, d] = dmy ? [dmy[3], dmy[2], dmy[1]] : iso ? [iso[1], iso[2], iso[3]] : [];
  if (y === undefined || m === undefined || d === undefined) return undefined;
  const isoText = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const date = new Date(`${isoText}T00:00:00Z`);
  // Rejects 31/02/2026, which Date would roll over to March.
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== isoText) return undefined;
  return isoToExcelSerial(isoText);
}

/** A date input: a date or number cell is a serial; text in day/month/year is accepted with a warning. */
export function dateOf(v: CellValue, sink: CellSink): Read<number> {
  if (v.kind === 'empty') return EMPTY;
  if (v.kind === 'date' || v.kind === 'number') return ok(Math.floor(v.value));
  if (v.kind === 'text') {
    if (v.value.trim() === '') return EMPTY;
    const serial = parseDateText(v.value);
    if (serial !== undefined) {
      const text = v.value.trim();
      emit(sink, makeIssue('DATE_AS_TEXT', { text, date: serialToDisplayDate(serial) }, sink.ctx));
      return ok(serial);
    }
  }
  emit(sink, makeIssue('VALUE_NOT_DATE', { text: displayValue(v).trim() }, sink.ctx));
  return INVALID;
}

/** A text input: numbers and dates are kept as they read. */
export function textOf(v: CellValue): Read<string> {
  const text = displayValue(v).trim();
  return text === '' ? EMPTY : ok(text);
}

/**
 * Bounds of a number (a scalar or one item of a list): false when it is an error. A percent
 * typed as 12.5 instead of 12,5 % (0.125) gets VALUE_PERCENT_SCALE rather than "above maximum".
 * `whole`: the value must be a whole number (template/inputs.ts `isWhole`).
 */
export function checkNumber(n: number, c: Component, sink: CellSink, whole: boolean): boolean {
  if (c.type === 'percent' && n > c.max && n <= 100 * c.max) {
    emit(sink, makeIssue('VALUE_PERCENT_SCALE', { value: n, suggested: n / 100 }, sink.ctx));
    return false;
  }
  if (n < c.min) {
    emit(sink, makeIssue('VALUE_BELOW_MIN', { value: n, min: c.min }, sink.ctx));
    return false;
  }
  if (n > c.max) {
    emit(sink, makeIssue('VALUE_ABOVE_MAX', { value: n, max: c.max }, sink.ctx));
    return false;
  }
  if (whole && !Number.isInteger(n)) {
    emit(sink, makeIssue('VALUE_NOT_INTEGER', { value: n }, sink.ctx));
    return false;
  }
  if (c.warnAbove !== undefined && n > c.warnAbove) {
    emit(sink, makeIssue('VALUE_UNUSUALLY_HIGH', { value: n, threshold: c.warnAbove }, sink.ctx));
  }
  return true;
}

/** A date's bounds (serials in the catalogue), shown as dates. */
export function checkDate(serial: number, c: Component, sink: CellSink): boolean {
  if (serial >= c.min && serial <= c.max) return true;
  const [date, min, max] = [serial, c.min, c.max].map(serialToDisplayDate) as [string, string, string];
  emit(sink, makeIssue('DATE_OUT_OF_RANGE', { date, min, max }, sink.ctx));
  return false;
}
