/**
 * The catalogue API: the 50 indicators, the reporting-unit registry and the 78 provincial
 * targets, validated once (zod + integrity checks), memoised and deeply frozen.
 */
import { z } from 'zod';
import { INDICATORS } from './indicators';
import { catalogProblems } from './integrity';
import { indicatorSchema, reportingUnitSchema, targetSchema } from './schema';
import type { Indicator, ReportingUnit, Target } from './schema';
import { buildTargets } from './targets';
import { sortByNameVi, UNITS } from './units';

export type * from './schema';
export { catalogProblems } from './integrity';
export { parseTargetCell, CONFIDENCE_VI, CONFIDENCE_EN } from './targets';
export { compareVi, sortByNameVi } from './units';
export { excelSerialToIso, isoToExcelSerial, BOUNDS, GROUP_INFO } from './builders';

/** Bump when indicators, components, units or targets change: templates record it. */
export const CATALOG_VERSION = '2026.1';

export interface Catalog {
  version: string;
  indicators: readonly Indicator[];
  units: readonly ReportingUnit[];
  targets: readonly Target[];
}

export const catalogSchema = z.object({
  version: z.string().min(1),
  indicators: z.array(indicatorSchema),
  units: z.array(reportingUnitSchema),
  targets: z.array(targetSchema),
});

/** Thrown when the catalogue data is invalid; `problems` lists every finding. */
export class CatalogError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid catalogue (${problems.length} problem(s)):\n- ${problems.join('\n- ')}`);
    this.name = 'CatalogError';
  }
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** Validates any catalogue-shaped value (zod, then cross references) and returns it frozen. */
export function validateCatalog(input: unknown): Catalog {
  const parsed = catalogSchema.safeParse(input);
  if (!parsed.success) {
    throw new CatalogError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const problems = catalogProblems(parsed.data);
  if (problems.length > 0) throw new CatalogError(problems);
  return deepFreeze(parsed.data);
}

let cached: Catalog | undefined;

/** The product's catalogue, validated on first use. */
export function loadCatalog(): Catalog {
  cached ??= validateCatalog({
    version: CATALOG_VERSION,
    indicators: INDICATORS,
    units: UNITS,
    targets: buildTargets(),
  });
  return cached;
}

/** Codes are matched without regard to case or surrounding spaces ("ii.1" finds II.1). */
export function findIndicator(c: Catalog, code: string): Indicator | undefined {
  const key = code.trim().toUpperCase();
  return c.indicators.find((i) => i.code === key);
}

export function findUnit(c: Catalog, id: string): ReportingUnit | undefined {
  const key = id.trim().toLowerCase();
  return c.units.find((u) => u.id === key);
}

export function findTarget(c: Catalog, code: string): Target | undefined {
  const key = code.trim().toUpperCase();
  return c.targets.find((t) => t.code === key);
}

export type UnitRole = 'lead' | 'cooperating';

export interface UnitAssignment {
  indicator: Indicator;
  role: UnitRole;
}

function cooperates(ind: Indicator, unit: ReportingUnit): boolean {
  return (
    ind.cooperatingUnitIds.includes(unit.id) ||
    unit.categories.some((c) => ind.cooperatingCategories.includes(c))
  );
}

/**
 * What a unit reports, in catalogue order: as lead, or as cooperating unit when the indicator
 * names it or one of its categories. Lead wins when both apply (Sở KH&CN is also a department).
 * An unknown unit reports nothing.
 */
export function indicatorsForUnit(c: Catalog, unitId: string): UnitAssignment[] {
  const unit = findUnit(c, unitId);
  if (!unit) return [];
  const out: UnitAssignment[] = [];
  for (const indicator of c.indicators) {
    if (indicator.leadUnitId === unit.id) out.push({ indicator, role: 'lead' });
    else if (cooperates(indicator, unit)) out.push({ indicator, role: 'cooperating' });
  }
  return out;
}

/** The lead unit and the cooperating units (sorted by Vietnamese name, lead excluded). Throws on an unknown code. */
export function unitsForIndicator(
  c: Catalog,
  code: string,
): { lead: ReportingUnit; cooperating: ReportingUnit[] } {
  const ind = findIndicator(c, code);
  if (!ind) throw new RangeError(`Unknown indicator: ${code}`);
  const lead = findUnit(c, ind.leadUnitId);
  if (!lead) throw new RangeError(`${ind.code}: lead unit ${ind.leadUnitId} is not in the registry`);
  const cooperating = c.units.filter((u) => u.id !== lead.id && cooperates(ind, u));
  return { lead, cooperating: sortByNameVi(cooperating) };
}
