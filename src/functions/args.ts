// Reading custom function arguments into the domain's values. Shapes only, no maths.
//
// What Excel passes (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-parameter-options):
// - a range parameter (number[][]) is a 2-D array, rows of cells;
// - a repeating range parameter (number[][][]) is ONE array holding one 2-D array per argument,
//   and null or [] when the optional parameter is left out;
// - an omitted optional parameter is null (sometimes undefined).
// A blank cell arrives as null in current Excel (web and Microsoft 365). Older desktop builds
// passed 0 (OfficeDev/office-js#4702) and we cannot tell that 0 from a typed 0; an empty string
// is also read as blank. Text (including a space) or TRUE/FALSE where a number is expected is
// #VALUE! with a message, as in the native template formulas, rather than being skipped.
import { findTarget, loadCatalog } from '../domain/catalog';
import type { Target } from '../domain/catalog/schema';
import { DEFAULT_TARGET_YEAR, TARGET_ARG_MESSAGES } from '../domain/custom-functions';
import type { Num } from '../domain/formulas';
import { invalidValue, notANumber, notAvailable } from './errors';

const isBlank = (v: unknown): v is null | undefined | '' => v === null || v === undefined || v === '';

/** One cell: a number, or null when blank. Throws #VALUE! for text. */
export function numberArg(value: unknown): Num {
  if (isBlank(value)) return null;
  if (typeof value === 'number') return value;
  throw notANumber(value);
}

/** A range, row by row; blank cells become null (the domain skips them). Throws #VALUE! for text. */
export function listArg(range: unknown): Num[] {
  if (isBlank(range)) return [];
  if (!Array.isArray(range)) return [numberArg(range)];
  return range.flatMap((row: unknown) => (Array.isArray(row) ? row.map(numberArg) : [numberArg(row)]));
}

/** A repeating range parameter: every range, one after the other. */
export function listsArg(ranges: unknown): Num[] {
  if (isBlank(ranges)) return [];
  if (!Array.isArray(ranges)) return listArg(ranges);
  return ranges.flatMap(listArg);
}

/** One text cell, trimmed; '' when blank. A number is read as its digits. */
export function textArg(value: unknown): string {
  if (isBlank(value)) return '';
  return String(value).trim();
}

/** TARGET/PROGRESS `code`: a Plan 17/KH-UBND target. Throws #N/A when blank, #VALUE! when unknown. */
export function targetArg(code: unknown): Target {
  const text = textArg(code);
  if (text === '') throw notAvailable(TARGET_ARG_MESSAGES.vi.codeMissing);
  const target = findTarget(loadCatalog(), text);
  if (!target) throw invalidValue(TARGET_ARG_MESSAGES.vi.unknownCode(text));
  return target;
}

/** TARGET/PROGRESS `year`: DEFAULT_TARGET_YEAR when left out; a whole number 1900–2100 otherwise. */
export function yearArg(year: unknown): number {
  const y = numberArg(year);
  if (y === null || y === undefined) return DEFAULT_TARGET_YEAR;
  if (!Number.isInteger(y) || y < 1900 || y > 2100) throw invalidValue(TARGET_ARG_MESSAGES.vi.badYear(y));
  return y;
}
