/**
 * Components only the lead unit can know (population, total budget, survey scores): the
 * province takes the lead's value alone. Cooperating units' values are never added; when they
 * differ from the lead's, the difference is flagged so the two units can agree on one figure.
 */
import type { Component } from '../catalog';
import { makeIssue, type Issue } from '../issues';
import type { Entry } from './collect';
import {
  componentWhere,
  sourceWhere,
  unitName,
  type ComponentOutcome,
  type IndicatorContext,
} from './context';
import { isNumber, usableValue } from './values';

/** The key the catalogue gives every population component (builders.population()). */
export const POPULATION_KEY = 'population';
export const DEFAULT_POPULATION_SOURCE = 'Nghị quyết 202/2025/QH15';
/** Population of Bắc Ninh per DEFAULT_POPULATION_SOURCE: the fallback until Thống kê tỉnh reports. */
export const OFFICIAL_POPULATION = 3_619_433;

interface Usable {
  entry: Entry;
  value: NonNullable<ReturnType<typeof usableValue>>;
}

/** Values are read from cells: equal figures may differ by binary rounding, not more. */
const differs = (a: number, b: number): boolean => Math.abs(a - b) > 1e-9 * Math.max(1, Math.abs(b));

function disagreements(
  ctx: IndicatorContext,
  c: Component,
  lead: Usable,
  others: readonly Usable[],
): Issue[] {
  const leadValue = lead.value;
  // Texts (methods, notes) cannot be compared meaningfully; the flag's params are numbers.
  if (!isNumber(leadValue)) return [];
  const { catalog, indicator } = ctx;
  return others.flatMap(({ entry, value }) =>
    isNumber(value) && differs(value, leadValue)
      ? [
          makeIssue(
            'COOPERATING_DISAGREES',
            {
              unit: unitName(catalog, entry.unitId),
              value,
              leadUnit: unitName(catalog, indicator.leadUnitId),
              leadValue,
            },
            { ...componentWhere(indicator, c), ...sourceWhere(entry.source) },
          ),
        ]
      : [],
  );
}

/** Why a lead-only value is missing, when it matters (required, lead has submitted). */
function missingFlags(ctx: IndicatorContext, c: Component): Issue[] {
  const { indicator, opts } = ctx;
  if (c.key === POPULATION_KEY) {
    return [
      makeIssue(
        'POPULATION_FALLBACK',
        { value: opts.officialPopulation, source: opts.populationSource ?? DEFAULT_POPULATION_SOURCE },
        componentWhere(indicator, c),
      ),
    ];
  }
  // A lead that sent nothing at all is flagged once per indicator (SUBMISSION_MISSING) instead.
  if (!c.required || !ctx.submitted.has(indicator.leadUnitId)) return [];
  const file = ctx.fileOf.get(indicator.leadUnitId);
  return [
    makeIssue(
      'VALUE_REQUIRED',
      {},
      { ...componentWhere(indicator, c), severity: 'warning', ...(file !== undefined ? { file } : {}) },
    ),
  ];
}

export function leadComponent(
  ctx: IndicatorContext,
  c: Component,
  entries: readonly Entry[],
): ComponentOutcome {
  const leadId = ctx.indicator.leadUnitId;
  const usable = entries.flatMap((entry): Usable[] => {
    const value = usableValue(c, entry.value);
    return value === undefined ? [] : [{ entry, value }];
  });
  const lead = usable.find((u) => u.entry.unitId === leadId);
  if (lead !== undefined) {
    const others = usable.filter((u) => u !== lead);
    return {
      result: { value: lead.value, contributors: [leadId] },
      used: [lead.entry],
      flags: disagreements(ctx, c, lead, others),
    };
  }
  // No lead value: cooperating units' values are not a substitute (they are partial or overlapping).
  const fallback = c.key === POPULATION_KEY ? ctx.opts.officialPopulation : null;
  return { result: { value: fallback, contributors: [] }, used: [], flags: missingFlags(ctx, c) };
}
