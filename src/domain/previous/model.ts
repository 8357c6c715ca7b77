/**
 * The previous period's figures ("kỳ trước"): last year's province values and each unit's values,
 * from a consolidated workbook this product made for an earlier year (its stored run) or from a
 * baseline workbook the office fills from last year's report (`khcn baseline`). They give growth
 * targets (C.14, D.14), the reference for the "mức độ cải thiện" baselines, last year's value
 * beside each indicator, and the change warnings per unit. Plain JSON-friendly records.
 */
export interface PreviousPeriod {
  year: number;
  /** The file it was read from, as the office named it. */
  source: string;
  /** Province figures: indicator code → component key (or HEADLINE) → number. */
  province: Record<string, Record<string, number>>;
  /** Each unit's figures: unit id → unitValueKey(indicator, component) → number. */
  units: Record<string, Record<string, number>>;
}

/** The key of an indicator's own (headline) value among its components. */
export const HEADLINE = 'value';

/** The unit id standing for the province in a baseline table. */
export const PROVINCE_ID = 'TINH';

export const unitValueKey = (indicator: string, component: string): string => `${indicator}|${component}`;

/** Last year's province value of a component (or HEADLINE), when known. */
export function previousProvince(
  p: PreviousPeriod | undefined,
  indicator: string,
  component: string,
): number | undefined {
  return p?.province[indicator]?.[component];
}

/** Last year's value of one unit's component, when known. */
export function previousOfUnit(
  p: PreviousPeriod | undefined,
  unitId: string,
  indicator: string,
  component: string,
): number | undefined {
  return p?.units[unitId]?.[unitValueKey(indicator, component)];
}
