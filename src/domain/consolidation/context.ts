/** What the per-component rules need to know about the indicator and the run, and flag helpers. */
import { findUnit, type Catalog, type Component, type Indicator } from '../catalog';
import type { Issue, IssueContext } from '../issues';
import type { Entry } from './collect';
import type { ConsolidatedComponent, ConsolidateOptions, ValueSource } from './types';

export interface IndicatorContext {
  catalog: Catalog;
  indicator: Indicator;
  opts: ConsolidateOptions;
  /** Units that sent a submission at all (possibly without values for this indicator). */
  submitted: ReadonlySet<string>;
  /** The file each unit's values came from (its first source), to point flags at it. */
  fileOf: ReadonlyMap<string, string>;
}

export interface ComponentOutcome {
  result: ConsolidatedComponent;
  /** The entries the result is made of (provenance). */
  used: readonly Entry[];
  flags: Issue[];
}

/** The unit's Vietnamese name for messages; the id when it is not in the registry. */
export const unitName = (catalog: Catalog, id: string): string => findUnit(catalog, id)?.nameVi ?? id;

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
