/**
 * The catalogue API: the 50 indicators, the reporting-unit registry and the 78 provincial
 * targets, memoised and deeply frozen (validation: catalog/validate.ts).
 */
import { INDICATORS } from './indicators';
import type { Component, Indicator, OfficeContact, ReportingUnit, Target } from './schema';
import { buildTargets } from './targets';
import { sortByNameVi, UNITS } from './units';

export type * from './schema';
export { catalogProblems } from './integrity';
export { parseTargetCell, CONFIDENCE_VI, CONFIDENCE_EN } from './targets';
export { compareVi, sortByNameVi } from './units';
export { excelSerialToIso, isoToExcelSerial, BOUNDS, GROUP_INFO } from './builders';

/** Bump when indicators, components, units or targets change: templates record it. */
export const CATALOG_VERSION = '2026.2';

export interface Catalog {
  version: string;
  indicators: readonly Indicator[];
  /** The reporting-unit registry: built in, or the office's registry file (registry/). */
  units: readonly ReportingUnit[];
  targets: readonly Target[];
  /** The coordinating office's contact for the units. */
  office: OfficeContact;
}

/** The built-in office contact: name only (the registry file adds person, phone and e-mail). */
export const DEFAULT_OFFICE: OfficeContact = { nameVi: 'Sở Khoa học và Công nghệ tỉnh Bắc Ninh' };

/** Deep-frozen in place: nobody can change the catalogue a run works with. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

let cached: Catalog | undefined;

/**
 * The product's built-in catalogue, frozen. It is code: validateCatalog (catalog/validate.ts)
 * checks it in the tests of every commit, so it is not re-validated at each start (that cost
 * ~70 ms and loaded zod on the task pane's first screen); a registry file is validated when read.
 */
export function loadCatalog(): Catalog {
  cached ??= deepFreeze({
    version: CATALOG_VERSION,
    indicators: INDICATORS,
    units: UNITS,
    targets: buildTargets(),
    office: DEFAULT_OFFICE,
  });
  return cached;
}

/** Codes are matched without regard to case or surrounding spaces ("ii.1" finds II.1). */
export function findIndicator(c: Catalog, code: string): Indicator | undefined {
  const key = code.trim().toUpperCase();
  return c.indicators.find((i) => i.code === key);
}

/** Unit look-ups are frequent (names in every flag): an index per (frozen) catalogue. */
const unitIndex = new WeakMap<Catalog, ReadonlyMap<string, ReportingUnit>>();

export function findUnit(c: Catalog, id: string): ReportingUnit | undefined {
  let index = unitIndex.get(c);
  if (index === undefined) {
    index = new Map(c.units.map((u) => [u.id, u]));
    unitIndex.set(c, index);
  }
  return index.get(id.trim().toLowerCase());
}

/**
 * A unit by registry id, or a commune by its statistics code ("07210" → xp-07210; "7210" too, as
 * Excel drops the leading zero of a code typed as a number).
 */
export function resolveUnit(c: Catalog, idOrCode: string): ReportingUnit | undefined {
  const text = idOrCode.trim();
  const code = /^\d{1,4}$/.test(text) ? text.padStart(5, '0') : text;
  return findUnit(c, text) ?? c.units.find((u) => u.statCode !== undefined && u.statCode === code);
}

export function findTarget(c: Catalog, code: string): Target | undefined {
  const key = code.trim().toUpperCase();
  return c.targets.find((t) => t.code === key);
}

export type UnitRole = 'lead' | 'cooperating';

export interface UnitAssignment {
  indicator: Indicator;
  role: UnitRole;
  /** The components this unit enters, in catalogue order (see entersComponent). */
  components: Component[];
}

function cooperates(ind: Indicator, unit: ReportingUnit): boolean {
  return (
    ind.cooperatingUnitIds.includes(unit.id) ||
    unit.categories.some((c) => ind.cooperatingCategories.includes(c))
  );
}

/**
 * Whether 0 is what a unit types when it has none of the thing (counts, money, FTE); false for
 * measures that always exist (population, assessment scores, productivity), where 0 would be a
 * made-up figure.
 */
export function zeroMeansNone(c: Component): boolean {
  if (c.role === 'population') return false;
  if (c.type === 'list') return c.listItem === 'number';
  return c.type === 'integer' || c.type === 'money' || (c.type === 'decimal' && c.unitVi === 'FTE');
}

/** Whether `unit`, taking part in `ind` with `role`, has component `c` in its template (its scope). */
export function entersComponent(ind: Indicator, c: Component, unit: ReportingUnit, role: UnitRole): boolean {
  const scope = c.scope;
  if (scope === 'all') return true;
  if (scope === 'lead') return role === 'lead';
  if (scope === 'official') return unit.id === (c.officialUnit ?? ind.leadUnitId);
  if (scope === 'none') return false;
  return role === 'cooperating' && unit.categories.some((cat) => scope.categories.includes(cat));
}

/**
 * What a unit reports, in catalogue order: as lead, or as cooperating unit when the indicator
 * names it or one of its categories. Lead wins when both apply (Sở KH&CN is also a department).
 * An unknown unit reports nothing; an indicator in which the unit enters no component is left out.
 */
export function indicatorsForUnit(c: Catalog, unitId: string): UnitAssignment[] {
  const unit = findUnit(c, unitId);
  if (!unit) return [];
  const out: UnitAssignment[] = [];
  for (const indicator of c.indicators) {
    const role: UnitRole | undefined =
      indicator.leadUnitId === unit.id ? 'lead' : cooperates(indicator, unit) ? 'cooperating' : undefined;
    if (role === undefined) continue;
    const components = indicator.components.filter((x) => entersComponent(indicator, x, unit, role));
    if (components.length > 0) out.push({ indicator, role, components });
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
