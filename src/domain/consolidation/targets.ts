/**
 * The consolidated values against the Plan 17/KH-UBND targets each indicator is linked to
 * (catalogue `targets`). A 'same'-measure link gets verdicts: each milestone up to the report
 * year met / not met, later milestones met early or pending (a 2030 milestone says nothing about
 * 2026), and whether the value is on the straight path from the last milestone to the next one.
 * A 'related' link is shown side by side, without a verdict.
 */
import { findTarget, type Catalog, type Indicator, type TargetLink } from '../catalog';
import { measureKey, measureSpec } from '../catalog/measures';
import { thresholdOf } from '../catalog/targets';
import type { Target } from '../catalog/schema';
import { compareWithTarget, type TargetStatus } from '../target-compare';
import { formulaOfComponents } from './headline';
import type { ConsolidatedIndicator } from './types';
import { previousProvince, type PreviousPeriod } from '../previous/model';
import { isNumber } from './values';

export interface MilestoneCheck {
  year: number;
  status: TargetStatus;
  /** The plan's wording (Vietnamese). */
  targetText: string;
}

export type PathStatus = 'on-track' | 'behind' | 'no-path' | 'no-value' | 'related';

/**
 * The straight line from the last milestone at or before the report year (`from`, threshold
 * `fromValue`) to the next one (`to`, `toValue`): the report year should reach `expected`.
 */
export interface PathCheck {
  status: PathStatus;
  year: number;
  from?: number;
  fromValue?: number;
  to?: number;
  toValue?: number;
  expected?: number;
}

export interface TargetCheck {
  indicator: string;
  /** Plan target code, e.g. 'B.10'. */
  target: string;
  /** measureKey of the link: 'value', 'formula', a component key, or 'PER_10K(headcount,population)'. */
  measure: string;
  comparable: TargetLink['comparable'];
  /** The compared number; null when it could not be computed. */
  value: number | null;
  /** The last milestone at or before the report year and the next one after it (those that exist). */
  milestones: MilestoneCheck[];
  path: PathCheck;
  lowConfidence: boolean;
}

const EPS = 1e-9;

/** The compared number of a link from the province result (a growth needs last period's figures). */
export function linkValue(
  ind: Indicator,
  link: TargetLink,
  result: ConsolidatedIndicator | undefined,
  previous?: PreviousPeriod,
): number | null {
  if (result === undefined) return null;
  const spec = measureSpec(ind, link.measure);
  if (spec === undefined) return null;
  let v: unknown;
  if (spec.kind === 'growth') {
    const now = result.components[spec.component.key]?.value;
    const last = previousProvince(previous, ind.code, spec.component.key);
    return isNumber(now) && last !== undefined && last > 0 ? now / last - 1 : null;
  }
  if (spec.kind === 'component') v = result.components[spec.component.key]?.value;
  else if (link.measure === 'value') v = result.value;
  else if (link.measure === 'formula') v = result.formulaValue;
  else v = formulaOfComponents(spec.fn, spec.args, result.components);
  return isNumber(v) ? v : null;
}

/** Milestone years of a target, ascending. */
const yearsOf = (t: Target): number[] =>
  Object.keys(t.values)
    .map(Number)
    .filter(Number.isInteger)
    .sort((a, b) => a - b);

function milestoneChecks(value: number | null, t: Target, link: TargetLink, year: number): MilestoneCheck[] {
  const years = yearsOf(t);
  const before = years.filter((y) => y <= year).pop();
  const after = years.find((y) => y > year);
  return [before, after].flatMap((y) => {
    if (y === undefined) return [];
    const c = compareWithTarget(value, t, y);
    let status = c.status;
    if (link.comparable === 'related') status = 'related';
    else if (y > year && status === 'not-met') status = 'pending';
    return [{ year: y, status, targetText: c.targetText }];
  });
}

function pathCheck(value: number | null, t: Target, link: TargetLink, year: number): PathCheck {
  if (link.comparable === 'related') return { status: 'related', year };
  const years = yearsOf(t);
  const from = years.filter((y) => y <= year).pop();
  const to = years.find((y) => y > year);
  const fromT = from === undefined ? undefined : t.values[String(from)];
  const toT = to === undefined ? undefined : t.values[String(to)];
  const fromValue = fromT === undefined ? undefined : thresholdOf(fromT);
  const toValue = toT === undefined ? undefined : thresholdOf(toT);
  if (from === undefined || to === undefined || fromValue === undefined || toValue === undefined)
    return { status: 'no-path', year };
  const expected = fromValue + ((toValue - fromValue) * (year - from)) / (to - from);
  const base = { year, from, fromValue, to, toValue, expected };
  if (value === null) return { ...base, status: 'no-value' };
  const tol = EPS * Math.max(1, Math.abs(expected));
  const onTrack = t.better === 'higher' ? value >= expected - tol : value <= expected + tol;
  return { ...base, status: onTrack ? 'on-track' : 'behind' };
}

/** Every indicator ↔ target link, in catalogue order, judged for the report year. */
export function compareTargets(
  catalog: Catalog,
  consolidated: readonly ConsolidatedIndicator[],
  year: number,
  previous?: PreviousPeriod,
): TargetCheck[] {
  const byCode = new Map(consolidated.map((c) => [c.code, c]));
  return catalog.indicators.flatMap((ind) =>
    ind.targets.flatMap((link) => {
      const target = findTarget(catalog, link.code);
      if (target === undefined) return [];
      const value = linkValue(ind, link, byCode.get(ind.code), previous);
      return [
        {
          indicator: ind.code,
          target: target.code,
          measure: measureKey(link.measure),
          comparable: link.comparable,
          value,
          milestones: milestoneChecks(value, target, link, year),
          path: pathCheck(value, target, link, year),
          lowConfidence: target.confidence === 'low',
        },
      ];
    }),
  );
}
