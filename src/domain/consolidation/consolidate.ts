/**
 * consolidate(): the province-level result of every indicator (all 50, catalogue order) from
 * the units' submissions. Pure and deterministic: submissions in any order give the same result.
 */
import { viDateFromIso } from '../template/vi-format';
import type { Catalog, Component } from '../catalog';
import { TRL_LEVELS, trlDistribution, type TrlLevel } from '../formulas';
import { makeIssue, type Issue } from '../issues';
import { byCodePoint, indexSubmissions, normalizeUnitId, sortedIds, type Entry } from './collect';
import { aggregateComponent } from './components';
import {
  componentWhere,
  emptyComponent,
  officialUnitOf,
  unitName,
  type ComponentOutcome,
  type IndicatorContext,
} from './context';
import { dedupCount, doiListOf } from './dedup';
import { registerFigures } from './register-figures';
import { formulaBeside, headline } from './headline';
import { referencePopulation } from './population';
import type {
  ConsolidatedComponent,
  ConsolidatedIndicator,
  ConsolidateOptions,
  UnitSubmission,
} from './types';
import { isNumber, isPresent } from './values';

type EntriesOf = (key: string) => readonly Entry[];

/** Each unit's file for flags: the first in code-point order, whatever the submission order. */
function filesOf(submissions: readonly UnitSubmission[]): Map<string, string> {
  const files = new Map<string, string>();
  for (const s of submissions) {
    const id = normalizeUnitId(s.unitId);
    for (const v of s.values) {
      const known = files.get(id);
      if (known === undefined || byCodePoint(v.source.file, known) < 0) files.set(id, v.source.file);
    }
  }
  return files;
}

/** All levels of all units, pooled (III.1): the median and the distribution describe the pool. */
function pooledLevels(
  components: Readonly<Record<string, ConsolidatedComponent>>,
  keys: readonly string[],
): number[] {
  return keys.flatMap((k) => {
    const v = components[k]?.value;
    if (!Array.isArray(v)) return isNumber(v) ? [v] : [];
    const list: readonly unknown[] = v;
    return list.filter(isNumber);
  });
}

/** III.1: how many results sit at each level, and the share at TRL ≥ 7 (ready for use). */
function distributionFlag(code: string, d: Record<TrlLevel, number>): Issue[] {
  const count = TRL_LEVELS.reduce((n, l) => n + d[l], 0);
  if (count === 0) return [];
  const high = TRL_LEVELS.filter((l) => l >= 7).reduce((n, l) => n + d[l], 0);
  const levels = TRL_LEVELS.filter((l) => d[l] > 0)
    .map((l) => `TRL ${l}: ${d[l]}`)
    .join('; ');
  return [
    makeIssue(
      'TRL_DISTRIBUTION',
      { levels, count, high: Math.round((high / count) * 1000) / 10 },
      { indicator: code },
    ),
  ];
}

/** II.1: the headline count de-duplicated by DOI; the list component shows the distinct DOIs. */
function applyDedup(
  ctx: IndicatorContext,
  components: Record<string, ConsolidatedComponent>,
  entriesOf: EntriesOf,
): { value: number | null; flags: Issue[] } {
  const ind = ctx.indicator;
  const countKey = ind.headline.kind === 'component' ? ind.headline.key : undefined;
  const list = doiListOf(ind);
  if (countKey === undefined || list === undefined) return { value: null, flags: [] };
  const r = dedupCount(entriesOf(countKey), entriesOf(list.key));
  const listComponent = components[list.key];
  components[list.key] = {
    value: r.dois.length === 0 ? null : r.dois,
    contributors: listComponent?.contributors ?? [],
  };
  const flags =
    r.merged > 0 ? [makeIssue('LIST_DUPLICATES_MERGED', { count: r.merged }, componentWhere(ind, list))] : [];
  return { value: r.value, flags };
}

function noData(ctx: IndicatorContext): ConsolidatedIndicator {
  const ind = ctx.indicator;
  // The reference population is the run's, reported or not here: the same number everywhere.
  const component = (c: Component): ConsolidatedComponent =>
    c.role === 'population' ? aggregateComponent(ctx, c, []).result : emptyComponent();
  return {
    code: ind.code,
    value: null,
    components: Object.fromEntries(ind.components.map((c) => [c.key, component(c)])),
    reportingUnits: [],
    leadReported: false,
    rule: ind.aggregation,
    flags: [makeIssue('INDICATOR_NO_DATA', {}, { indicator: ind.code })],
    ...(ind.aggregation === 'distribution' ? { distribution: trlDistribution([]) } : {}),
    usedValues: [],
  };
}

function consolidateIndicator(ctx: IndicatorContext, entriesOf: EntriesOf): ConsolidatedIndicator {
  const ind = ctx.indicator;
  // A register's items count even when the units that listed them do not report this indicator.
  const fromRegisters = registerFigures(ctx, ind.components, entriesOf);
  const reporting = sortedIds([
    ...ind.components.flatMap((c) =>
      entriesOf(c.key)
        .filter((e) => isPresent(c, e.value))
        .map((e) => e.unitId),
    ),
    ...[...fromRegisters.outcomes.values()].flatMap((o) => o.result.contributors),
  ]);
  if (reporting.length === 0) return noData(ctx);

  const outcomes = ind.components.map((c): [Component, ComponentOutcome] => [
    c,
    fromRegisters.outcomes.get(c.key) ?? aggregateComponent(ctx, c, entriesOf(c.key)),
  ]);
  const components: Record<string, ConsolidatedComponent> = Object.fromEntries(
    outcomes.map(([c, o]) => [c.key, o.result]),
  );
  const flags: Issue[] = [];
  const leadId = ind.leadUnitId;
  // An official source that sent nothing at all: said once per indicator and unit.
  const silent = new Set(
    ind.components
      .filter((c) => c.role === 'official')
      .map((c) => officialUnitOf(ind, c))
      .filter((id) => !ctx.submitted.has(id)),
  );
  for (const id of silent) {
    flags.push(
      makeIssue(
        'SUBMISSION_MISSING',
        { unit: unitName(ctx.catalog, id), deadline: viDateFromIso(ind.deadline) },
        { indicator: ind.code },
      ),
    );
  }
  flags.push(...outcomes.flatMap(([, o]) => o.flags), ...fromRegisters.flags);
  // Counts of shared things added across units: a thing two units reported counts twice.
  const summedRegister = Math.max(
    0,
    ...outcomes
      .filter(([c]) => c.role === 'register' && !fromRegisters.outcomes.has(c.key))
      .map(([, o]) => o.result.contributors.length),
  );
  if (summedRegister >= 2 && ind.aggregation !== 'dedupCount')
    flags.push(makeIssue('REGISTER_COUNT_SUMMED', { count: summedRegister }, { indicator: ind.code }));

  let value: number | null;
  let ratioBase: ConsolidatedIndicator['ratioBase'];
  if (fromRegisters.dedupValue !== undefined && ind.headline.kind === 'component') {
    value = fromRegisters.dedupValue;
    components[ind.headline.key] = { ...(components[ind.headline.key] ?? emptyComponent()), value };
  } else if (ind.aggregation === 'dedupCount') {
    const d = applyDedup(ctx, components, entriesOf);
    value = d.value;
    flags.push(...d.flags);
  } else {
    const flagged = new Set(flags.flatMap((f) => (f.component === undefined ? [] : [f.component])));
    const h = headline(ctx, components, entriesOf, flagged, fromRegisters.outcomes);
    value = h.value;
    ratioBase = h.ratioBase;
    flags.push(...h.flags);
  }
  const beside = formulaBeside(ctx, components);
  const distribution =
    ind.aggregation === 'distribution'
      ? trlDistribution(pooledLevels(components, ind.formula?.args ?? []))
      : undefined;
  if (distribution !== undefined) flags.push(...distributionFlag(ind.code, distribution));

  return {
    code: ind.code,
    value,
    components,
    reportingUnits: reporting,
    leadReported: reporting.includes(leadId),
    rule: ind.aggregation,
    flags,
    ...(distribution !== undefined ? { distribution } : {}),
    ...(ratioBase !== undefined ? { ratioBase } : {}),
    ...(beside !== undefined ? { formulaValue: beside } : {}),
    usedValues: outcomes.flatMap(([c, o]) =>
      o.used.map((e) => ({ unitId: e.unitId, component: c.key, source: e.source })),
    ),
  };
}

/**
 * Consolidates the submissions into one result per catalogue indicator, in catalogue order.
 * Values for unknown indicators or components are ignored (validation reports them).
 */
export function consolidate(
  catalog: Catalog,
  submissions: readonly UnitSubmission[],
  opts: ConsolidateOptions,
): ConsolidatedIndicator[] {
  const index = indexSubmissions(submissions);
  const submitted = new Set(submissions.map((s) => normalizeUnitId(s.unitId)));
  const fileOf = filesOf(submissions);
  const population = opts.population ?? referencePopulation(catalog, submissions, opts);
  return catalog.indicators.map((indicator) => {
    const byComponent = index.get(indicator.code);
    const entriesOf: EntriesOf = (key) => byComponent?.get(key) ?? [];
    return consolidateIndicator({ catalog, indicator, opts, submitted, fileOf, population }, entriesOf);
  });
}
