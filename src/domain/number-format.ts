/**
 * What an Excel number format shows, for the readers (files and Office.js): a date, a
 * percentage, or a plain number. Built-in formats are known by id (ECMA-376 §18.8.30).
 */

/** Built-in date and time formats (14–22, 45–47) and the East Asian ones (27–36, 50–58). */
const BUILTIN_DATES = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54,
  55, 56, 57, 58,
]);
const BUILTIN_PERCENT = new Set([9, 10]);

/** The format without quoted text, bracketed parts ([Red], [$-42A]) and escaped characters. */
const bare = (format: string): string => format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');

/** A number format showing a date (d, or y, outside quotes and brackets). */
export function isDateFormat(format: string): boolean {
  const b = bare(format);
  return /[dy]/i.test(b) && !/^(general|@)$/i.test(b.trim());
}

export function isPercentFormat(format: string): boolean {
  return bare(format).includes('%');
}

export function isBuiltinDate(id: number): boolean {
  return BUILTIN_DATES.has(id);
}

export function isBuiltinPercent(id: number): boolean {
  return BUILTIN_PERCENT.has(id);
}
