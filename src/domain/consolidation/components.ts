/**
 * One component across units, by its reporting role (catalogue `role`): the official source's
 * value with the others as a cross-check, a sum over disjoint reporters (only the units that
 * reported; nobody → null, never 0), the largest of overlapping coverages, pooled lists, notes
 * kept for provenance, or the run's reference population.
 */
import type { Component } from '../catalog';
import type { Entry } from './collect';
import type { ComponentOutcome, IndicatorContext } from './context';
import { officialComponent } from './official';
import { holdsNumbers, numberOf, numbersOf, textsOf, usableValue } from './values';

const ids = (entries: readonly Entry[]): string[] => entries.map((e) => e.unitId);

function sum(entries: readonly Entry[]): ComponentOutcome {
  const used = entries.filter((e) => numberOf(e.value) !== undefined);
  const value = used.length === 0 ? null : used.reduce((acc, e) => acc + (numberOf(e.value) ?? 0), 0);
  return { result: { value, contributors: ids(used) }, used, flags: [] };
}

/** Coverages overlap (one inhabitant, several networks): the province is at least the largest. */
function max(entries: readonly Entry[]): ComponentOutcome {
  const reported = entries.filter((e) => numberOf(e.value) !== undefined);
  if (reported.length === 0) return { result: { value: null, contributors: [] }, used: [], flags: [] };
  const value = Math.max(...reported.map((e) => numberOf(e.value) ?? 0));
  const used = reported.filter((e) => numberOf(e.value) === value);
  return { result: { value, contributors: ids(used) }, used, flags: [] };
}

/** Lists are merged in unit-id order; nothing is de-duplicated here (see dedupCount). */
function list(c: Component, entries: readonly Entry[]): ComponentOutcome {
  const read = holdsNumbers(c) ? numbersOf : textsOf;
  const lists = entries.flatMap((e) => {
    const items: readonly (number | string)[] | undefined = read(e.value);
    return items === undefined ? [] : [{ e, items }];
  });
  const items = lists.flatMap((l) => l.items);
  const value = lists.length === 0 ? null : (items as number[] | string[]);
  const used = lists.map((l) => l.e);
  return { result: { value, contributors: ids(used) }, used, flags: [] };
}

/** Notes are not aggregated: every unit's text is kept, in unit order, with who wrote it. */
function notes(c: Component, entries: readonly Entry[]): ComponentOutcome {
  const used = entries.filter((e) => typeof usableValue(c, e.value) === 'string');
  const texts = used.map((e) => e.value as string);
  return { result: { value: texts.length === 0 ? null : texts, contributors: ids(used) }, used, flags: [] };
}

/** The run's reference population; the statistics office's own cell is its provenance. */
function population(ctx: IndicatorContext, entries: readonly Entry[]): ComponentOutcome {
  const p = ctx.population;
  if (p.from === 'fallback') return { result: { value: p.value, contributors: [] }, used: [], flags: [] };
  const own = entries.filter((e) => e.unitId === p.unitId && e.source.file === p.source.file);
  const used = p.indicator === ctx.indicator.code ? own.slice(0, 1) : [];
  return { result: { value: p.value, contributors: [p.unitId] }, used, flags: [] };
}

export function aggregateComponent(
  ctx: IndicatorContext,
  c: Component,
  entries: readonly Entry[],
): ComponentOutcome {
  switch (c.role) {
    // A register count while units give counts rather than lists: added (consolidate marks it).
    case 'sum':
    case 'register':
      return sum(entries);
    case 'max':
      return max(entries);
    case 'list':
      return list(c, entries);
    case 'note':
      return notes(c, entries);
    case 'official':
      return officialComponent(ctx, c, entries);
    case 'population':
      return population(ctx, entries);
  }
}
