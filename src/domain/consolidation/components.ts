/**
 * One component across units, by its catalogue `aggregate`: sums for counts and money (only
 * the units that reported; nobody → null, never 0), the lead's value, the maximum of
 * overlapping coverages, concatenated lists, or notes kept for provenance only.
 */
import type { Component } from '../catalog';
import type { Entry } from './collect';
import type { ComponentOutcome, IndicatorContext } from './context';
import { leadComponent } from './lead';
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
function concat(c: Component, entries: readonly Entry[]): ComponentOutcome {
  if (holdsNumbers(c)) {
    const lists = entries.flatMap((e) => {
      const items = numbersOf(e.value);
      return items === undefined ? [] : [{ e, items }];
    });
    const value = lists.length === 0 ? null : lists.flatMap((l) => l.items);
    const used = lists.map((l) => l.e);
    return { result: { value, contributors: ids(used) }, used, flags: [] };
  }
  const lists = entries.flatMap((e) => {
    const items = textsOf(e.value);
    return items === undefined ? [] : [{ e, items }];
  });
  const value = lists.length === 0 ? null : lists.flatMap((l) => l.items);
  const used = lists.map((l) => l.e);
  return { result: { value, contributors: ids(used) }, used, flags: [] };
}

/** Notes are not aggregated, but who wrote them is kept (the office reads them in the files). */
function notes(c: Component, entries: readonly Entry[]): ComponentOutcome {
  const used = entries.filter((e) => usableValue(c, e.value) !== undefined);
  return { result: { value: null, contributors: ids(used) }, used, flags: [] };
}

export function aggregateComponent(
  ctx: IndicatorContext,
  c: Component,
  entries: readonly Entry[],
): ComponentOutcome {
  switch (c.aggregate) {
    case 'sum':
      return sum(entries);
    case 'max':
      return max(entries);
    case 'concat':
      return concat(c, entries);
    case 'none':
      return notes(c, entries);
    case 'lead':
      return leadComponent(ctx, c, entries);
  }
}
