/**
 * Cell helpers shared by the report sheets: values stay values (numbers as numbers, texts as
 * texts), formats come from the indicator's kind, and times are Excel serials in Vietnam time.
 */
import type { Indicator, LinkMeasure } from '../catalog';
import { measureIsPercent, measureSpec } from '../catalog/measures';
import { numberFormatOf } from '../template/inputs';
import { NUMBER_FORMATS } from '../template/styles';
import { excelSerialVietnam } from '../vietnam-time';
import type { ReportCell, ReportStyle } from './types';

/** Excel refuses longer cell texts. */
export const EXCEL_TEXT_LIMIT = 32_767;

/** Date and time cells: Excel serials (Vietnam time, UTC+7) with this format, on every sheet. */
export const TIME_FORMAT = 'dd/mm/yyyy hh:mm';
export const DATE_FORMAT = NUMBER_FORMATS.date;
export const PERCENT_FORMAT = NUMBER_FORMATS.percent;
export const INTEGER_FORMAT = NUMBER_FORMATS.integer;
/** Years and other numbers read digit by digit (no thousands separator). */
export const PLAIN_INTEGER_FORMAT = '0';

/** Fits a text into one cell. */
export function clip(s: string): string {
  return s.length <= EXCEL_TEXT_LIMIT ? s : `${s.slice(0, EXCEL_TEXT_LIMIT - 1)}…`;
}

/** A text cell; '' and undefined give an empty cell. The text stays text even if it starts with '='. */
export function text(s: string | null | undefined, style: ReportStyle = 'cell'): ReportCell {
  return { v: s === undefined || s === null || s === '' ? null : clip(s), style };
}

/** Texts on separate lines of one cell (empty ones dropped); empty cell when none is left. */
export function lines(items: readonly (string | undefined)[], style: ReportStyle = 'cell'): ReportCell {
  return text(items.filter((s): s is string => s !== undefined && s !== '').join('\n'), style);
}

/** A number cell; null, undefined and non-finite numbers give an empty cell (never 0). */
export function num(n: number | null | undefined, numFmt?: string, style: ReportStyle = 'cell'): ReportCell {
  if (n === null || n === undefined || !Number.isFinite(n)) return { v: null, style };
  return numFmt === undefined ? { v: n, style } : { v: n, style, numFmt };
}

export const empty = (style: ReportStyle = 'cell'): ReportCell => ({ v: null, style });

/** A timestamp as an Excel serial (TIME_FORMAT); a text it cannot read stays as given. */
export function time(iso: string | undefined, style: ReportStyle = 'cell'): ReportCell {
  if (iso === undefined || iso === '') return empty(style);
  const serial = excelSerialVietnam(iso);
  return serial === undefined ? text(iso, style) : { v: serial, style, numFmt: TIME_FORMAT };
}

/** A 'YYYY-MM-DD' day as an Excel serial (DATE_FORMAT). */
export function day(isoDate: string, style: ReportStyle = 'cell'): ReportCell {
  const serial = excelSerialVietnam(isoDate);
  return serial === undefined ? text(isoDate, style) : { v: serial, style, numFmt: DATE_FORMAT };
}

/** Pads a row to `width` empty cells; a longer row is a bug in the sheet builder. */
export function fit(cells: readonly ReportCell[], width: number, fill: ReportStyle = 'cell'): ReportCell[] {
  if (cells.length > width) throw new RangeError(`Report row has ${cells.length} cells, expected ${width}`);
  return [...cells, ...Array.from({ length: width - cells.length }, () => empty(fill))];
}

/** A group row: the label in the first cell, the whole row in the 'group' look. */
export function groupRow(label: string, width: number): ReportCell[] {
  return fit([text(label, 'group')], width, 'group');
}

/** A header-looking row inside the data rows (the header of a second block). */
export function headerRow(labels: readonly string[], width: number): ReportCell[] {
  return fit(
    labels.map((l) => text(l, 'header')),
    width,
    'header',
  );
}

/** A blank row (no style, no border). */
export function blankRow(width: number): ReportCell[] {
  return Array.from({ length: width }, () => ({ v: null }));
}

/**
 * A preamble fact: the label in column A (not wrapped, so it runs over column B) and the value
 * in column `valueColumn` (1-based; 3 = C).
 */
export function fact(label: string, value: ReportCell, valueColumn = 3): ReportCell[] {
  const gap = Array.from({ length: valueColumn - 2 }, (): ReportCell => ({ v: null }));
  return [text(label, 'subtitle'), ...gap, value];
}

/** The number format of an indicator's headline value (by formula result or headline component). */
export function indicatorFormat(ind: Indicator): string {
  if (ind.headline.kind === 'formula') {
    return ind.formula ? NUMBER_FORMATS[ind.formula.resultType] : NUMBER_FORMATS.decimal;
  }
  return componentFormat(ind, ind.headline.key);
}

/** The number format of a target link's measure (the headline, a component or a formula). */
export function measureFormat(ind: Indicator, measure: LinkMeasure): string {
  if (measure === 'value') return indicatorFormat(ind);
  const spec = measureSpec(ind, measure);
  if (spec === undefined) return NUMBER_FORMATS.decimal;
  if (spec.kind === 'component') return componentFormat(ind, spec.component.key);
  return measureIsPercent(spec) ? NUMBER_FORMATS.percent : NUMBER_FORMATS.decimal;
}

/** A component's input format; a number found in a text component gets the plain decimal format. */
export function componentFormat(ind: Indicator, key: string): string {
  const c = ind.components.find((x) => x.key === key);
  if (c === undefined) return NUMBER_FORMATS.decimal;
  const f = numberFormatOf(c);
  return f === NUMBER_FORMATS.text ? NUMBER_FORMATS.decimal : f;
}
