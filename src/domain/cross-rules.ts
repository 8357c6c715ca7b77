/**
 * Evaluating a catalogue cross rule (Σleft <op> Σright) on a set of values: one function for a
 * unit's file (validation) and for the province values (consolidation), so a rule means the same
 * thing at both levels. A missing value is never read as 0: the rule's `missing` strategy says
 * whether it is then skipped or reported as not checkable.
 */
import type { CrossRule, Indicator } from './catalog';
import type { IssueParams } from './issues';

export type RuleOutcome =
  | { status: 'holds' | 'violated'; left: number; right: number }
  | { status: 'skipped' }
  | { status: 'uncheckable'; missing: string[] };

/** Sums of decimals (FTE) carry binary noise; real differences are far larger. */
const close = (a: number, b: number): boolean =>
  Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

export function evaluateRule(rule: CrossRule, valueOf: (key: string) => number | undefined): RuleOutcome {
  const keys = [...rule.left, ...rule.right];
  const missing = keys.filter((k) => valueOf(k) === undefined);
  if (missing.length > 0) {
    const skip =
      rule.missing === 'skip-if-any' || (rule.missing === 'skip-if-all' && missing.length === keys.length);
    return skip ? { status: 'skipped' } : { status: 'uncheckable', missing };
  }
  const sum = (ks: readonly string[]): number => ks.reduce((a, k) => a + (valueOf(k) ?? 0), 0);
  const left = sum(rule.left);
  const right = sum(rule.right);
  const holds =
    rule.op === '='
      ? close(left, right)
      : rule.op === '<='
        ? left <= right || close(left, right)
        : left >= right || close(left, right);
  return { status: holds ? 'holds' : 'violated', left, right };
}

/** "A + B" in the components' labels. */
export function sideLabel(ind: Indicator, keys: readonly string[], lang: 'vi' | 'en'): string {
  return keys
    .map((k) => {
      const c = ind.components.find((x) => x.key === k);
      return c === undefined ? k : lang === 'vi' ? c.labelVi : c.labelEn;
    })
    .join(' + ');
}

/** The params shared by the file-level and province-level messages of a violated rule. */
export function ruleParams(
  ind: Indicator,
  rule: CrossRule,
  left: number,
  right: number,
): IssueParams<'CROSS_RULE_VIOLATED'> {
  return {
    leftVi: sideLabel(ind, rule.left, 'vi'),
    leftEn: sideLabel(ind, rule.left, 'en'),
    leftValue: left,
    op: rule.op,
    rightVi: sideLabel(ind, rule.right, 'vi'),
    rightEn: sideLabel(ind, rule.right, 'en'),
    rightValue: right,
    reasonVi: rule.reasonVi,
    reasonEn: rule.reasonEn,
  };
}
