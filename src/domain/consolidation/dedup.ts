/**
 * Counting papers once when several units co-authored them (II.1): each unit reports a count
 * and the DOIs it can document. Province = distinct DOIs across units + Σ per unit of its papers
 * without a DOI (count − its DOIs, floored at 0), so a shared paper is counted once and a paper
 * without a DOI is still counted by the unit that reported it.
 */
import type { Component, Indicator } from '../catalog';
import type { Entry } from './collect';
import { byCodePoint } from './collect';
import { numberOf, textsOf } from './values';
import { normalizeDoi } from '../doi';

/** The indicator's list of DOIs (II.1's doi_list): the text list its count is de-duplicated by. */
export const doiListOf = (ind: Indicator): Component | undefined =>
  ind.components.find((c) => c.type === 'list' && c.listItem === 'text');

export interface DedupResult {
  /** null when no unit reported a count or a DOI. */
  value: number | null;
  /** Distinct normalised DOIs, sorted. */
  dois: string[];
  /** DOIs reported by more than one unit, counted once: Σ per unit of its distinct DOIs − distinct overall. */
  merged: number;
}

export function dedupCount(counts: readonly Entry[], lists: readonly Entry[]): DedupResult {
  const doisOf = new Map<string, Set<string>>();
  for (const e of lists) {
    const items = textsOf(e.value);
    if (items === undefined) continue;
    const set = new Set(items.map(normalizeDoi).filter((d) => d !== ''));
    if (set.size > 0) doisOf.set(e.unitId, set);
  }
  const all = new Set([...doisOf.values()].flatMap((s) => [...s]));
  let undocumented = 0;
  let anyCount = false;
  for (const e of counts) {
    const n = numberOf(e.value);
    if (n === undefined) continue;
    anyCount = true;
    undocumented += Math.max(0, n - (doisOf.get(e.unitId)?.size ?? 0));
  }
  const perUnit = [...doisOf.values()].reduce((acc, s) => acc + s.size, 0);
  return {
    value: anyCount || all.size > 0 ? all.size + undocumented : null,
    dois: [...all].sort(byCodePoint),
    merged: perUnit - all.size,
  };
}
