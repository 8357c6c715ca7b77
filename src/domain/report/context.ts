/** Look-ups shared by the report sheets, built once per report. */
import { findTarget, findUnit, type Catalog, type Indicator, type Target } from '../catalog';
import type { PathStatus, TargetCheck } from '../consolidation/targets';
import type { ConsolidationRun } from '../consolidation/run-types';
import type { ConsolidatedIndicator } from '../consolidation/types';
import type { TargetStatus } from '../target-compare';
import type { ReportStyle } from './types';

export interface ReportContext {
  catalog: Catalog;
  run: ConsolidationRun;
  indicator(code: string): Indicator | undefined;
  result(code: string): ConsolidatedIndicator | undefined;
  target(code: string): Target | undefined;
  /** The check of one indicator ↔ target link (measure: measureKey of the link). */
  check(indicator: string, target: string, measure: string): TargetCheck | undefined;
  /** Checks of a target (every linked indicator), in run order. */
  checksOfTarget(target: string): TargetCheck[];
  /** The unit's Vietnamese name: from the run, else the registry, else its id. */
  unitName(unitId: string): string;
  /** A component's Vietnamese label (its key when unknown). */
  componentLabel(indicator: string, component: string): string;
}

const checkKey = (indicator: string, target: string, measure: string): string =>
  `${indicator}\u0000${target}\u0000${measure}`;

export function reportContext(catalog: Catalog, run: ConsolidationRun): ReportContext {
  const indicators = new Map(catalog.indicators.map((i) => [i.code, i]));
  const results = new Map(run.indicators.map((r) => [r.code, r]));
  const checks = new Map<string, TargetCheck>();
  const byTarget = new Map<string, TargetCheck[]>();
  for (const c of run.targetChecks) {
    const key = checkKey(c.indicator, c.target, c.measure);
    if (!checks.has(key)) checks.set(key, c);
    byTarget.set(c.target, [...(byTarget.get(c.target) ?? []), c]);
  }
  const unitNames = new Map<string, string>();
  for (const u of run.units) unitNames.set(u.unitId, u.unitNameVi);
  for (const f of run.files) {
    if (f.unitId !== undefined && f.unitNameVi !== undefined && !unitNames.has(f.unitId)) {
      unitNames.set(f.unitId, f.unitNameVi);
    }
  }
  return {
    catalog,
    run,
    indicator: (code) => indicators.get(code),
    result: (code) => results.get(code),
    target: (code) => findTarget(catalog, code),
    check: (indicator, target, measure) => checks.get(checkKey(indicator, target, measure)),
    checksOfTarget: (target) => byTarget.get(target) ?? [],
    unitName: (unitId) => unitNames.get(unitId) ?? findUnit(catalog, unitId)?.nameVi ?? unitId,
    componentLabel: (indicator, component) =>
      indicators.get(indicator)?.components.find((c) => c.key === component)?.labelVi ?? component,
  };
}

export const STATUS_STYLE: Readonly<Record<TargetStatus, ReportStyle>> = {
  met: 'ok',
  'not-met': 'bad',
  uncertain: 'warn',
  'no-value': 'muted',
  'no-target': 'muted',
  pending: 'muted',
  related: 'muted',
};

export const PATH_STYLE: Readonly<Record<PathStatus, ReportStyle>> = {
  'on-track': 'ok',
  behind: 'bad',
  'no-path': 'muted',
  'no-value': 'muted',
  related: 'muted',
};

/** A link's status for one milestone year ('no-target' when the plan sets none that year). */
export const milestoneStatus = (c: TargetCheck | undefined, year: number): TargetStatus =>
  c?.milestones.find((m) => m.year === year)?.status ??
  (c?.comparable === 'related' ? 'related' : 'no-target');

const STYLE_RANK: Readonly<Record<ReportStyle, number>> = {
  bad: 4,
  warn: 3,
  ok: 2,
  muted: 1,
  cell: 0,
  title: 0,
  subtitle: 0,
  header: 0,
  group: 0,
};

/** The look of several verdicts in one cell: any failure shows red, then amber, then green. */
export function worstStyle(statuses: readonly TargetStatus[]): ReportStyle {
  let best: ReportStyle = 'muted';
  for (const s of statuses) if (STYLE_RANK[STATUS_STYLE[s]] > STYLE_RANK[best]) best = STATUS_STYLE[s];
  return best;
}

/** The look of several path statuses in one cell: behind shows red, then on track green. */
export function worstPathStyle(statuses: readonly PathStatus[]): ReportStyle {
  let best: ReportStyle = 'muted';
  for (const s of statuses) if (STYLE_RANK[PATH_STYLE[s]] > STYLE_RANK[best]) best = PATH_STYLE[s];
  return best;
}

/** The plan's milestones the report judges (summary and targets sheets). */
export const REPORT_TARGET_YEARS = [2025, 2030] as const;
