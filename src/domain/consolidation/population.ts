/**
 * The run's ONE reference population: every per-capita value (I.2 per 10,000, I.7 coverage, …)
 * divides by the same number. It is the statistics office's reported average population (the
 * first population component in catalogue order it gave a usable value for); without one, the
 * built-in official figure, flagged once on the summary.
 */
import type { Catalog } from '../catalog';
import { makeIssue, type Issue } from '../issues';
import { indexSubmissions, normalizeUnitId } from './collect';
import type { ConsolidateOptions, ReferencePopulation, UnitSubmission } from './types';
import { numberOf } from './values';

export const DEFAULT_POPULATION_SOURCE = 'Nghị quyết 202/2025/QH15';
/** Population of Bắc Ninh per DEFAULT_POPULATION_SOURCE: the fallback until Thống kê tỉnh reports. */
export const OFFICIAL_POPULATION = 3_619_433;

export function referencePopulation(
  catalog: Catalog,
  submissions: readonly UnitSubmission[],
  opts: Pick<ConsolidateOptions, 'officialPopulation' | 'populationSource'>,
): ReferencePopulation {
  const index = indexSubmissions(submissions);
  for (const ind of catalog.indicators) {
    for (const c of ind.components) {
      if (c.role !== 'population' || c.officialUnit === undefined) continue;
      const source = normalizeUnitId(c.officialUnit);
      const entry = index
        .get(ind.code)
        ?.get(c.key)
        ?.find((e) => e.unitId === source && (numberOf(e.value) ?? 0) > 0);
      const value = entry === undefined ? undefined : numberOf(entry.value);
      if (entry !== undefined && value !== undefined)
        return { from: 'statistics', value, unitId: source, indicator: ind.code, source: entry.source };
    }
  }
  return {
    from: 'fallback',
    value: opts.officialPopulation,
    sourceText: opts.populationSource ?? DEFAULT_POPULATION_SOURCE,
  };
}

/** The run-level flag of a fallback population (said once, on the summary). */
export function populationFlags(p: ReferencePopulation): Issue[] {
  return p.from === 'fallback'
    ? [makeIssue('POPULATION_FALLBACK', { value: p.value, source: p.sourceText })]
    : [];
}
