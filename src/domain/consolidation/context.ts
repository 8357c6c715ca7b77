/** What the per-component rules need to know about the indicator and the run, and flag helpers. */
import { findUnit, type Catalog, type Component, type Indicator } from '../catalog';
import type { Issue, IssueContext } from '../issues';
import { PLACEHOLDER_FILE_SEPARATOR, type Entry } from './collect';
import type { ConsolidatedComponent, ConsolidateOptions, ReferencePopulation, ValueSource } from './types';

export interface IndicatorContext {
  catalog: Catalog;
  indicator: Indicator;
  opts: ConsolidateOptions;
  /** Units that sent a submission at all (possibly without values for this indicator). */
  submitted: ReadonlySet<string>;
  /** The file each unit's values came from (its first source), to point flags at it. */
  fileOf: ReadonlyMap<string, string>;
  /** The run's one reference population. */
  population: ReferencePopulation;
}

/** The unit giving the province figure of an official component: its own, else the indicator's lead. */
export const officialUnitOf = (ind: Indicator, c: Component): string => c.officialUnit ?? ind.leadUnitId;

export interface ComponentOutcome {
  result: ConsolidatedComponent;
  /** The entries the result is made of (provenance). */
  used: readonly Entry[];
  flags: Issue[];
}

/**
 * The unit's Vietnamese name for messages; for a stand-in template's file, the category and the
 * file ('Doanh nghiệp (mẫu …) » a.xlsx'); the id when the registry does not know it.
 */
export function unitName(catalog: Catalog, id: string): string {
  const known = findUnit(catalog, id);
  if (known !== undefined) return known.nameVi;
  const cut = id.indexOf(PLACEHOLDER_FILE_SEPARATOR);
  const base = cut > 0 ? findUnit(catalog, id.slice(0, cut)) : undefined;
  return base !== undefined ? `${base.nameVi}${id.slice(cut)}` : id;
}

/** Flag context naming the indicator and component (labels are shown in both languages). */
export const componentWhere = (ind: Indicator, c: Component): IssueContext => ({
  indicator: ind.code,
  component: c.key,
  componentLabel: { vi: c.labelVi, en: c.labelEn },
  ...(c.type === 'percent' ? { percent: true } : {}),
});

/** Flag context pointing at the cell a value was read from. */
export const sourceWhere = (s: ValueSource): IssueContext => ({
  file: s.file,
  sheet: s.sheet,
  cell: s.cell,
  definedName: s.definedName,
});

export const emptyComponent = (): ConsolidatedComponent => ({ value: null, contributors: [] });
