/**
 * Counts for the task pane and the CLI: errors and warnings per indicator, and the status text
 * of the status column ("Hợp lệ", "Có lỗi (n)", "Cảnh báo (n)", "Chưa nhập").
 */
import type { Issue, Lang } from '../issues';
import type { ExtractedValues } from './validate';

export type IndicatorStatus = 'valid' | 'errors' | 'warnings' | 'empty';

export interface Counts {
  errors: number;
  warnings: number;
  infos: number;
}

export interface IndicatorSummary extends Counts {
  indicator: string;
  status: IndicatorStatus;
}

export interface ValidationSummary extends Counts {
  /** Issues about the file as a whole (identity, sheets, unreadable file). */
  file: Counts;
  /** In catalogue order when `values` is given, else in order of first issue. */
  byIndicator: IndicatorSummary[];
}

const zero = (): Counts => ({ errors: 0, warnings: 0, infos: 0 });

function add(c: Counts, issue: Issue): void {
  if (issue.severity === 'error') c.errors += 1;
  else if (issue.severity === 'warning') c.warnings += 1;
  else c.infos += 1;
}

/** Nothing entered wins: a blank indicator is "not entered", not a list of "required" errors. */
function statusOf(c: Counts, entered: boolean | undefined): IndicatorStatus {
  if (entered === false) return 'empty';
  if (c.errors > 0) return 'errors';
  if (c.warnings > 0) return 'warnings';
  return 'valid';
}

/**
 * Counts by indicator. With `values` (from analyzeTemplate / extractValues) every indicator of
 * the unit is listed, including those without issues, and blank ones get the status 'empty'.
 */
export function summarize(issues: readonly Issue[], values?: ExtractedValues): ValidationSummary {
  const total = zero();
  const file = zero();
  const per = new Map<string, Counts>();
  for (const ind of values?.indicators ?? []) per.set(ind.code, zero());
  for (const issue of issues) {
    add(total, issue);
    if (issue.indicator === undefined) add(file, issue);
    else {
      const c = per.get(issue.indicator) ?? zero();
      per.set(issue.indicator, c);
      add(c, issue);
    }
  }
  const entered = new Map(values?.indicators.map((i) => [i.code, i.entered]));
  const byIndicator = [...per].map(([indicator, c]) => ({
    indicator,
    ...c,
    status: statusOf(c, entered.get(indicator)),
  }));
  return { ...total, file, byIndicator };
}

const STATUS_TEXT: Record<Lang, Record<IndicatorStatus, (n: number) => string>> = {
  vi: {
    valid: () => 'Hợp lệ',
    errors: (n) => `Có lỗi (${n})`,
    warnings: (n) => `Cảnh báo (${n})`,
    empty: () => 'Chưa nhập',
  },
  en: {
    valid: () => 'Valid',
    errors: (n) => `Errors (${n})`,
    warnings: (n) => `Warnings (${n})`,
    empty: () => 'Not entered',
  },
};

/** The status column's text for one indicator. */
export function statusText(s: IndicatorSummary, lang: Lang = 'vi'): string {
  const n = s.status === 'errors' ? s.errors : s.warnings;
  return STATUS_TEXT[lang][s.status](n);
}
