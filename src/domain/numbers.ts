/**
 * Numbers typed as text. Inside an .xlsx a real number is locale-neutral, but a
 * number stored as text is whatever the user typed: Vietnamese `1.234,5`, en-US
 * `1,234.5`, `12,5%`, `1 234`. We read both conventions and never guess: when the
 * two conventions give different numbers (`1,234`, `1.234`) the text is ambiguous.
 */

export type NumberTextFormat =
  /** Readable the same way in both conventions: `1234`, `1 234`, `1.5`, `0.234`. */
  | 'plain'
  /** Vietnamese: ',' decimal mark and/or '.' thousands separator: `1.234,5`, `0,5`, `1.234.567`. */
  | 'vi'
  /** en-US: ',' thousands separator: `1,234.5`, `1,234,567`. */
  | 'en';

export type ParsedNumber =
  | { kind: 'empty' }
  | { kind: 'number'; value: number; format: NumberTextFormat; percent: boolean }
  /** readings[0] is the Vietnamese reading, readings[1] the en-US one (`1,234` -> [1.234, 1234]). */
  | { kind: 'ambiguous'; readings: [vi: number, en: number]; percent: boolean }
  | { kind: 'invalid' };

/** Splits `text` into integer and fraction digits using one convention; null when it does not fit. */
function readDigits(body: string, thousands: string, decimal: string): { int: string; frac: string } | null {
  const parts = body.split(decimal);
  if (parts.length > 2) return null;
  const [intPart = '', frac = ''] = parts;
  if (parts.length === 2 && !/^\d+$/.test(frac)) return null;
  if (intPart === '' && frac === '') return null;
  // Ungrouped digits, or groups of three after a first group of 1–3 digits not starting with 0,
  // separated consistently by the convention's separator or by spaces.
  const grouped = (sep: string): RegExp => new RegExp(`^[1-9]\\d{0,2}(?:\\${sep}\\d{3})+$`);
  const intOk = /^\d*$/.test(intPart) || grouped(thousands).test(intPart) || grouped(' ').test(intPart);
  if (!intOk) return null;
  return { int: intPart.replace(/\D/g, ''), frac };
}

/** Correctly rounded value from decimal digits (percent shifts by e-2 instead of dividing by 100). */
function toNumber(negative: boolean, d: { int: string; frac: string }, percent: boolean): number {
  const v = Number(
    `${negative ? '-' : ''}${d.int || '0'}${d.frac ? `.${d.frac}` : ''}${percent ? 'e-2' : ''}`,
  );
  return v === 0 ? 0 : v; // no -0
}

const EMPTY: ParsedNumber = { kind: 'empty' };
const INVALID: ParsedNumber = { kind: 'invalid' };

export function parseNumberText(text: string): ParsedNumber {
  // Any Unicode space (NBSP U+00A0, narrow NBSP U+202F, thin space…) counts as a plain space.
  let s = text.normalize('NFC').replace(/\s+/gu, ' ').trim();
  if (s === '') return EMPTY;
  s = s.replace(/\u2212/g, '-'); // typographic minus sign

  const percent = s.endsWith('%');
  if (percent) s = s.slice(0, -1).trimEnd();
  const negative = s.startsWith('-');
  if (negative || s.startsWith('+')) s = s.slice(1);

  // Scientific notation (exports from other software): only in the plain form.
  if (/^\d+(?:\.\d+)?[eE][+-]?\d+$/.test(s)) {
    const v = Number(`${negative ? '-' : ''}${s}`) / (percent ? 100 : 1);
    return Number.isFinite(v)
      ? { kind: 'number', value: v === 0 ? 0 : v, format: 'plain', percent }
      : INVALID;
  }
  if (!/^[\d.,]/.test(s) || !/^[\d., ]+$/.test(s)) return INVALID;

  const vi = readDigits(s, '.', ',');
  const en = readDigits(s, ',', '.');
  const viValue = vi && toNumber(negative, vi, percent);
  const enValue = en && toNumber(negative, en, percent);
  const finite = (v: number | null): v is number => v !== null && Number.isFinite(v);

  if (finite(viValue) && finite(enValue)) {
    if (viValue !== enValue) return { kind: 'ambiguous', readings: [viValue, enValue], percent };
    return { kind: 'number', value: viValue, format: 'plain', percent };
  }
  if (finite(viValue)) return { kind: 'number', value: viValue, format: 'vi', percent };
  if (finite(enValue))
    return { kind: 'number', value: enValue, format: s.includes(',') ? 'en' : 'plain', percent };
  return INVALID;
}

export type ListItemError = {
  /** 1-based position among the non-empty items, as users count them. */
  position: number;
  item: string;
  reason: 'invalid' | 'ambiguous';
  /** For 'ambiguous': [Vietnamese reading, en-US reading]. */
  readings?: [number, number];
};

export type ParsedList = { values: number[] } | { error: ListItemError };

/** Separators of the items of a list typed into one cell (never ',', the Vietnamese decimal mark). */
export const LIST_SEPARATORS = /[;\t\r\n]+/;

/**
 * A list of numbers typed into one cell ("12; 5; 3"). Items are separated by ';',
 * new lines or tabs — never ',' which is the Vietnamese decimal mark. Empty items
 * are skipped; the first bad item stops the parse.
 */
export function parseNumberList(text: string): ParsedList {
  const items = text
    .split(LIST_SEPARATORS)
    .map((i) => i.trim())
    .filter((i) => i !== '');
  const values: number[] = [];
  for (const [i, item] of items.entries()) {
    const p = parseNumberText(item);
    const position = i + 1;
    if (p.kind === 'number') values.push(p.value);
    else if (p.kind === 'ambiguous')
      return { error: { position, item, reason: 'ambiguous', readings: p.readings } };
    else return { error: { position, item, reason: 'invalid' } };
  }
  return { values };
}

export type Lang = 'vi' | 'en';

export interface FormatOptions {
  /** Exactly this many decimals; otherwise up to `maxDecimals` (default 6), trailing zeros dropped. */
  decimals?: number;
  maxDecimals?: number;
  /** Show a fraction as a percentage (0.125 -> 12,5%). */
  percent?: boolean;
  /** Thousands separators (default true); off for numbers that must be read digit by digit. */
  grouping?: boolean;
}

const LOCALES: Record<Lang, string> = { vi: 'vi-VN', en: 'en-US' };

/** A number for messages, in the language's convention (vi: 1.234,5; en: 1,234.5). */
/** Formatters by options: making an Intl.NumberFormat costs far more than using one. */
const formatters = new Map<string, Intl.NumberFormat>();

export function formatNumber(n: number, lang: Lang, opts: FormatOptions = {}): string {
  if (!Number.isFinite(n)) return String(n);
  const max = opts.decimals ?? opts.maxDecimals ?? (opts.percent ? 4 : 6);
  const min = opts.decimals ?? 0;
  const grouping = opts.grouping ?? true;
  const key = `${lang}|${opts.percent ? 'p' : 'd'}|${min}|${max}|${grouping ? 1 : 0}`;
  let f = formatters.get(key);
  if (f === undefined) {
    f = new Intl.NumberFormat(LOCALES[lang], {
      style: opts.percent ? 'percent' : 'decimal',
      minimumFractionDigits: min,
      maximumFractionDigits: max,
      useGrouping: grouping,
    });
    formatters.set(key, f);
  }
  return f.format(n);
}

/** Vietnamese formatting for messages: formatNumberVi(1234.5) === '1.234,5'. */
export const formatNumberVi = (n: number, decimals?: number): string =>
  formatNumber(n, 'vi', decimals === undefined ? {} : { decimals });
