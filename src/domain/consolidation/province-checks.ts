/**
 * Province-level validation rules, DHIS2-style: every cross rule that holds inside one unit's file
 * (part ≤ whole, FTE ≤ headcount, parts adding up to their total…) is checked again on the
 * consolidated values, where it can fail although every file passes (Σ funds managed by the units
 * above the official S&T spending). Each rule has an importance and a missing-value strategy.
 */
import type { Catalog, CrossRule, Indicator } from '../catalog';
import { evaluateRule, ruleParams, sideLabel } from '../cross-rules';
import { makeIssue, type Issue } from '../issues';
import type { ConsolidatedIndicator } from './types';
import { isNumber } from './values';

export type ProvinceRuleStatus = 'holds' | 'violated' | 'uncheckable' | 'skipped';

export interface ProvinceRuleSide {
  keys: readonly string[];
  /** Σ of the side's province values; null when one is missing. */
  value: number | null;
  /** Units whose values make up the side, sorted. */
  units: string[];
}

export interface ProvinceRuleCheck {
  indicator: string;
  rule: CrossRule;
  status: ProvinceRuleStatus;
  left: ProvinceRuleSide;
  right: ProvinceRuleSide;
  /** PROVINCE_RULE_VIOLATED or PROVINCE_RULE_UNCHECKABLE. */
  issue?: Issue;
}

export const IMPORTANCE_VI: Readonly<Record<CrossRule['importance'], string>> = {
  high: 'cao',
  medium: 'trung bình',
  low: 'thấp',
};
const IMPORTANCE_EN: Readonly<Record<CrossRule['importance'], string>> = {
  high: 'high',
  medium: 'medium',
  low: 'low',
};

function side(result: ConsolidatedIndicator, keys: readonly string[]): ProvinceRuleSide {
  const values = keys.map((k) => result.components[k]?.value);
  const all = values.every(isNumber);
  const units = [...new Set(keys.flatMap((k) => result.components[k]?.contributors ?? []))].sort();
  return { keys, value: all ? values.reduce((a: number, v) => a + (v as number), 0) : null, units };
}

function check(ind: Indicator, rule: CrossRule, result: ConsolidatedIndicator): ProvinceRuleCheck {
  const valueOf = (k: string): number | undefined => {
    const v = result.components[k]?.value;
    return isNumber(v) ? v : undefined;
  };
  const outcome = evaluateRule(rule, valueOf);
  const base = { indicator: ind.code, rule, left: side(result, rule.left), right: side(result, rule.right) };
  const where = { indicator: ind.code, component: rule.left[0] ?? '' };
  switch (outcome.status) {
    case 'holds':
    case 'skipped':
      return { ...base, status: outcome.status };
    case 'violated': {
      // A broken rule of high importance is an error of the province figures; the others warn.
      const severity = rule.importance === 'high' ? 'error' : 'warning';
      const issue = makeIssue(
        'PROVINCE_RULE_VIOLATED',
        {
          ...ruleParams(ind, rule, outcome.left, outcome.right),
          importanceVi: IMPORTANCE_VI[rule.importance],
          importanceEn: IMPORTANCE_EN[rule.importance],
        },
        { ...where, severity },
      );
      return { ...base, status: 'violated', issue };
    }
    case 'uncheckable': {
      const issue = makeIssue(
        'PROVINCE_RULE_UNCHECKABLE',
        {
          leftVi: sideLabel(ind, rule.left, 'vi'),
          leftEn: sideLabel(ind, rule.left, 'en'),
          op: rule.op,
          rightVi: sideLabel(ind, rule.right, 'vi'),
          rightEn: sideLabel(ind, rule.right, 'en'),
          missingVi: sideLabel(ind, outcome.missing, 'vi'),
          missingEn: sideLabel(ind, outcome.missing, 'en'),
        },
        where,
      );
      return { ...base, status: 'uncheckable', issue };
    }
  }
}

/** Every cross rule of every indicator on the province values, catalogue order; skipped ones included. */
export function provinceChecks(
  catalog: Catalog,
  indicators: readonly ConsolidatedIndicator[],
): ProvinceRuleCheck[] {
  const byCode = new Map(indicators.map((r) => [r.code, r]));
  return catalog.indicators.flatMap((ind) => {
    const result = byCode.get(ind.code);
    return result === undefined ? [] : ind.crossRules.map((rule) => check(ind, rule, result));
  });
}
