/**
 * The consolidated values against the Plan 17/KH-UBND targets each indicator is linked to
 * (catalogue `targets`): one row per link and year, judged by compareWithTarget.
 */
import { findTarget, type Catalog } from '../catalog';
import { compareWithTarget, type TargetStatus } from '../target-compare';
import type { ConsolidatedIndicator } from './types';
import { isNumber } from './values';

export interface TargetCheck {
  indicator: string;
  /** Plan target code, e.g. 'B.10'. */
  target: string;
  /** 'value' (the headline) or the component key compared. */
  measure: string;
  year: number;
  /** The compared number; null when it could not be computed. */
  value: number | null;
  status: TargetStatus;
  /** The plan's wording for the year (Vietnamese); '' without a target that year. */
  targetText: string;
  lowConfidence: boolean;
}

export const DEFAULT_TARGET_YEARS = [2025, 2030] as const;

export function compareTargets(
  catalog: Catalog,
  consolidated: readonly ConsolidatedIndicator[],
  years: readonly number[] = DEFAULT_TARGET_YEARS,
): TargetCheck[] {
  const byCode = new Map(consolidated.map((c) => [c.code, c]));
  return catalog.indicators.flatMap((ind) => {
    const result = byCode.get(ind.code);
    return ind.targets.flatMap((link) => {
      const target = findTarget(catalog, link.code);
      if (target === undefined) return [];
      const raw = link.measure === 'value' ? result?.value : result?.components[link.measure]?.value;
      const value = isNumber(raw) ? raw : null;
      return years.map((year) => ({
        indicator: ind.code,
        target: target.code,
        measure: link.measure,
        year,
        value,
        ...compareWithTarget(value, target, year),
      }));
    });
  });
}
