/**
 * The number a target link compares (catalogue `targets[].measure`): what it is made of, whether
 * it is a percentage, and whether it is a stock, a flow or a rate. One reading for the integrity
 * checks and for the consolidation, so a link is understood the same way everywhere.
 */
import type { Component, FormulaId, Indicator, LinkMeasure, Target } from './schema';

/** Formulas whose result is a rate (a share, a per-capita value, an average, an index). */
const RATE_FORMULAS: ReadonlySet<FormulaId> = new Set<FormulaId>([
  'FTE_PER_10K',
  'PER_10K',
  'SHARE',
  'AVG_CITATIONS',
  'COST_PER_PUB',
  'GROWTH',
  'IMPROVEMENT',
  'HINDEX',
  'TRL_MEDIAN',
]);
const PERCENT_FORMULAS: ReadonlySet<FormulaId> = new Set<FormulaId>(['SHARE', 'GROWTH']);

export type MeasureSpec =
  /** One component's province value. */
  | { kind: 'component'; component: Component }
  /** A formula over province component values. */
  | { kind: 'formula'; fn: FormulaId; args: readonly string[] }
  /** A component's growth against the previous period: this year ÷ last year − 1. */
  | { kind: 'growth'; component: Component };

/** What a link measure is made of; undefined when it names nothing of the indicator. */
export function measureSpec(ind: Indicator, measure: LinkMeasure): MeasureSpec | undefined {
  const component = (key: string): MeasureSpec | undefined => {
    const c = ind.components.find((x) => x.key === key);
    return c === undefined ? undefined : { kind: 'component', component: c };
  };
  if (typeof measure !== 'string' && 'growth' in measure) {
    const c = ind.components.find((x) => x.key === measure.growth);
    return c === undefined ? undefined : { kind: 'growth', component: c };
  }
  if (typeof measure !== 'string') {
    const known = measure.args.every((k) => ind.components.some((c) => c.key === k));
    return known ? { kind: 'formula', fn: measure.fn, args: measure.args } : undefined;
  }
  if (measure === 'value') {
    if (ind.headline.kind === 'component') return component(ind.headline.key);
    return ind.formula ? { kind: 'formula', fn: ind.formula.fn, args: ind.formula.args } : undefined;
  }
  if (measure === 'formula') {
    // The formula shown beside a component headline (I.4's share of the budget).
    return ind.formula && ind.headline.kind === 'component'
      ? { kind: 'formula', fn: ind.formula.fn, args: ind.formula.args }
      : undefined;
  }
  return component(measure);
}

export function measureIsPercent(spec: MeasureSpec): boolean {
  if (spec.kind === 'growth') return true;
  return spec.kind === 'component' ? spec.component.type === 'percent' : PERCENT_FORMULAS.has(spec.fn);
}

/** Stock, flow or rate, as targets are classified (Target['timing']). */
export function measureTiming(spec: MeasureSpec): Target['timing'] {
  if (spec.kind === 'growth') return 'rate';
  if (spec.kind === 'formula') return RATE_FORMULAS.has(spec.fn) ? 'rate' : 'flow';
  const c = spec.component;
  if (c.type === 'percent' || c.type === 'level') return 'rate';
  return c.timing ?? 'flow';
}

/** A short key for a measure (report lookups): 'value', a component key, or 'PER_10K(headcount,population)'. */
export function measureKey(measure: LinkMeasure): string {
  if (typeof measure === 'string') return measure;
  return 'growth' in measure
    ? `GROWTH_PREVIOUS(${measure.growth})`
    : `${measure.fn}(${measure.args.join(',')})`;
}
