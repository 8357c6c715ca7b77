/**
 * Checks between the values of one indicator: the catalogue's cross rules (fte ≤ headcount)
 * and the derived result computed with FORMULAS — the same code as the custom functions and
 * consolidation, so no maths is repeated here.
 */
import type { Indicator } from '../catalog';
import { FORMULAS, type FormulaArg } from '../formulas';
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
    const leftValue = numberOf(iv.values.get(rule.left));
    const rightValue = numberOf(iv.values.get(rule.right));
    if (leftValue === undefined || rightValue === undefined) continue;
    const holds = rule.op === '<=' ? leftValue <= rightValue : leftValue >= rightValue;
    if (holds) continue;
    const left = ind.components.find((c) => c.key === rule.left);
    const right = ind.components.find((c) => c.key === rule.right);
    const params = {
      leftVi: left?.labelVi ?? rule.left,
      leftEn: left?.labelEn ?? rule.left,
      leftValue,
      op: rule.op,
      rightVi: right?.labelVi ?? rule.right,
      rightEn: right?.labelEn ?? rule.right,
      rightValue,
      reasonVi: rule.reasonVi,
      reasonEn: rule.reasonEn,
    };
    out.push(makeIssue('CROSS_RULE_VIOLATED', params, iv.where(rule.left)));
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
