/**
 * Comparing an indicator value with a Plan 17/KH-UBND target.
 *
 * The target for a year is `target.values[String(year)]`, exactly: the plan sets
 * milestones (2025, 2030, …), and whether an intermediate year is judged against the
 * next milestone is the caller's choice (see `nextTargetYear`).
 *
 * Low-confidence targets (our reading of the plan text is uncertain) keep their
 * computed status; `lowConfidence` is set so the UI marks the result as indicative,
 * rather than hiding a useful comparison behind 'uncertain'.
 */
import type { Target, TargetValue } from './catalog/schema';
import { formatNumber, type Lang } from './numbers';

/**
 * 'pending': a later milestone not met yet (a 2030 milestone says nothing about a 2026 value);
 * 'related': the indicator only relates to the target, so no verdict is given.
 */
export type TargetStatus = 'met' | 'not-met' | 'no-target' | 'uncertain' | 'no-value' | 'pending' | 'related';

export interface TargetComparison {
  status: TargetStatus;
  /** The plan's own wording for the year (verbatim, Vietnamese); '' when there is no target. */
  targetText: string;
  lowConfidence: boolean;
}

/** Values are computed (ratios, sums of fractions): tolerate binary rounding, not real differences. */
const EPS = 1e-9;
const tol = (x: number): number => EPS * Math.max(1, Math.abs(x));
const ge = (a: number, b: number): boolean => a >= b - tol(b);
const le = (a: number, b: number): boolean => a <= b + tol(b);
const eq = (a: number, b: number): boolean => Math.abs(a - b) <= tol(b);

const judge = (met: boolean): TargetStatus => (met ? 'met' : 'not-met');

function statusFor(v: number, t: TargetValue, better: Target['better']): TargetStatus {
  switch (t.op) {
    case '>=':
      return judge(ge(v, t.value));
    case '>':
      return judge(v > t.value && !eq(v, t.value));
    case '=':
      return judge(eq(v, t.value));
    case '<=':
      return judge(le(v, t.value));
    case '<':
      return judge(v < t.value && !eq(v, t.value));
    case 'range':
      // Where more is better, going beyond the top of the range is met too (and vice versa).
      return judge(better === 'higher' ? ge(v, t.min) : le(v, t.max));
    case 'top':
      // The value is a rank (1 = first); a rank below 1 is not a rank.
      return v < 1 ? 'uncertain' : judge(le(v, t.value));
    case 'trend':
      // One value cannot show a trend, but it can fall below the trend's floor.
      return t.floor !== undefined && !ge(v, t.floor) ? 'not-met' : 'uncertain';
    case 'text':
      return t.value === undefined ? 'uncertain' : judge(ge(v, t.value));
  }
}

export function compareWithTarget(value: number | null, target: Target, year: number): TargetComparison {
  const t = target.values[String(year)];
  const lowConfidence = target.confidence === 'low';
  if (t === undefined) return { status: 'no-target', targetText: '', lowConfidence };
  const targetText = t.raw;
  if (value === null || !Number.isFinite(value)) return { status: 'no-value', targetText, lowConfidence };
  return { status: statusFor(value, t, target.better), targetText, lowConfidence };
}

/** The first year >= `year` that has a target (milestone years are sparse), or undefined. */
export function nextTargetYear(target: Target, year: number): number | undefined {
  const years = Object.keys(target.values)
    .map(Number)
    .filter((y) => Number.isInteger(y) && y >= year);
  return years.length === 0 ? undefined : Math.min(...years);
}

const TEXT = {
  vi: { top: 'Top {n}', trend: 'tăng dần', aim: 'phấn đấu', low: 'độ tin cậy thấp' },
  en: { top: 'Top {n}', trend: 'increasing', aim: 'aim', low: 'low confidence' },
} as const;

/**
 * The target in compact form for cells and the KHCN.TARGET function: "≥ 60%",
 * "20 – 25", "Top 10", "≥ 3%, tăng dần", with " (độ tin cậy thấp)" appended for
 * low-confidence targets. '' when there is no target for the year.
 * Plain 'text' targets without a number are shown verbatim (Vietnamese) in both languages.
 */
export function formatTarget(target: Target, year: number, lang: Lang): string {
  const t = target.values[String(year)];
  if (t === undefined) return '';
  const n = (x: number): string => formatNumber(x, lang, { percent: target.isPercent });
  const words = TEXT[lang];
  let text: string;
  switch (t.op) {
    case '>=':
      text = `≥ ${n(t.value)}`;
      break;
    case '<=':
      text = `≤ ${n(t.value)}`;
      break;
    case '>':
    case '=':
    case '<':
      text = `${t.op} ${n(t.value)}`;
      break;
    case 'range':
      text = `${n(t.min)} – ${n(t.max)}`;
      break;
    case 'top':
      // A rank is never a percentage.
      text = words.top.replace('{n}', formatNumber(t.value, lang));
      break;
    case 'trend':
      text = t.floor === undefined ? words.trend : `≥ ${n(t.floor)}, ${words.trend}`;
      break;
    case 'text':
      text = t.value === undefined ? t.raw : `${words.aim} ≥ ${n(t.value)}`;
      break;
  }
  text = text.charAt(0).toLocaleUpperCase() + text.slice(1);
  return target.confidence === 'low' ? `${text} (${words.low})` : text;
}
