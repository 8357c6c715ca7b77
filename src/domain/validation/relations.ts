/**
 * Checks between the values of one indicator: the catalogue's cross rules (fte ≤ headcount)
 * and the derived result computed with FORMULAS — the same code as the custom functions and
 * consolidation, so no maths is repeated here.
 */
import type { Indicator } from '../catalog';
import { FORMULAS, type FormulaArg } from '../formulas';
import { evaluateRule, ruleParams } from '../cross-rules';
import { issueFromFormulaFailure, makeIssue, type Issue, type IssueContext } from '../issues';
import type { ComponentValue } from './component-value';

/** The indicator's valid values by component key, and where each one was read. */
export interface IndicatorValues {
  values: ReadonlyMap<string, ComponentValue>;
  /** Issue context (location, labels) of each component's first cell. */
  where: (key: string) => IssueContext;
}

const numberOf = (v: ComponentValue | undefined): number | undefined =>
  v?.kind === 'number' ? v.value : undefined;

export function crossRuleIssues(ind: Indicator, iv: IndicatorValues): Issue[] {
  const out: Issue[] = [];
  for (const rule of ind.crossRules) {
    // In one unit's file a rule is checked only when all its values are there (a cooperating
    // unit's template lacks the lead's inputs by design); the province check applies `missing`.
    const r = evaluateRule({ ...rule, missing: 'skip-if-any' }, (k) => numberOf(iv.values.get(k)));
    if (r.status !== 'violated') continue;
    const first = rule.left[0] ?? '';
    out.push(makeIssue('CROSS_RULE_VIOLATED', ruleParams(ind, rule, r.left, r.right), iv.where(first)));
  }
  return out;
}

function formulaArg(v: ComponentValue | undefined): FormulaArg {
  if (v === undefined) return undefined;
  if (v.kind === 'number') return v.value;
  if (v.kind === 'numbers') return v.values;
  return undefined;
}

/**
 * The derived result, as a warning where it fails for a reason the unit can act on (÷ 0, a
 * part above its total…). A missing input is not reported here: VALUE_REQUIRED already says
 * so, and a cooperating unit's template lacks lead-only inputs by design.
 */
export function derivedIssue(ind: Indicator, iv: IndicatorValues, ctx: IssueContext): Issue | undefined {
  const f = ind.formula;
  if (f === undefined) return undefined;
  const result = FORMULAS[f.fn].compute(f.args.map((key) => formulaArg(iv.values.get(key))));
  if (result.ok || result.error === 'MISSING' || result.error === 'EMPTY_LIST') return undefined;
  return issueFromFormulaFailure(f.fn, result, { severity: 'warning', ...ctx });
}
