/**
 * The province figure of a component counted from a register (domain/registers/derive.ts): the
 * figure of the de-duplicated union (each paper, patent, enterprise… once, whoever listed it), plus
 * the typed counts of the units that sent no list (said, since their items may already be in it).
 * Units that listed items are never added again: their own figures are provenance only.
 */
import type { Component, Indicator } from '../catalog';
import { hIndex } from '../formulas';
import { makeIssue, type Issue } from '../issues';
import { registerDef } from '../registers/definitions';
import { derivationsOf, itemCounts, measureOf, type Derivation } from '../registers/derive';
import type { RegisterItem, RegisterUnion } from '../registers/union';
import type { Entry } from './collect';
import { componentWhere, unitName, type ComponentOutcome, type IndicatorContext } from './context';
import { dedupCount, doiListOf } from './dedup';
import { numberOf, numbersOf } from './values';

export interface RegisterFigures {
  /** Outcomes that replace the role rules' for the derived components (and the slots they stand in for). */
  outcomes: Map<string, ComponentOutcome>;
  /** The headline of a de-duplicated count (II.1) when it comes from the register. */
  dedupValue?: number | null;
  flags: Issue[];
}

type EntriesOf = (key: string) => readonly Entry[];

function unionOf(ctx: IndicatorContext, dv: Derivation): RegisterUnion | undefined {
  const u = ctx.opts.registers?.find((r) => r.register === dv.register);
  return u !== undefined && u.items.length > 0 ? u : undefined;
}

/** Units that listed at least one row of the register (their figures come from the union). */
const listers = (u: RegisterUnion): Set<string> => new Set(u.items.flatMap((i) => i.reporters));

/** h of each group (`dv.hIndexBy`, II.7: research group) over the items counted. */
function groupHIndex(dv: Derivation, by: string, counted: readonly RegisterItem[]): string {
  const measure = dv.measure;
  if (!('list' in measure)) return '';
  const groups = new Map<string, number[]>();
  for (const it of counted) {
    const g = it.values[by];
    const c = it.values[measure.list];
    if (typeof g !== 'string' || typeof c !== 'number') continue;
    const list = groups.get(g);
    if (list) list.push(c);
    else groups.set(g, [c]);
  }
  return [...groups]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([g, cs]) => {
      const h = hIndex(cs);
      return `${g}: h = ${h.ok ? h.value : '—'} (${cs.length})`;
    })
    .join('; ');
}

function figure(
  dv: Derivation,
  union: RegisterUnion,
  entriesOf: EntriesOf,
  year: number,
): { outcome: ComponentOutcome; typedUnits: string[]; counted: RegisterItem[]; listed: Set<string> } {
  const listed = listers(union);
  const keys = [dv.component, ...(dv.replaces ?? [])];
  const entries = keys.flatMap((k) => entriesOf(k));
  const own = entries.filter((e) => listed.has(e.unitId));
  const typed = entries.filter((e) => !listed.has(e.unitId));
  const counted = union.items.filter((it) => itemCounts(dv, it.values, year));
  const derived = measureOf(
    dv,
    counted.map((i) => i.values),
  );
  let value: number | number[];
  let typedUsed: Entry[];
  if (Array.isArray(derived)) {
    typedUsed = typed.filter((e) => numbersOf(e.value) !== undefined);
    value = [...derived, ...typedUsed.flatMap((e) => numbersOf(e.value) ?? [])];
  } else {
    typedUsed = typed.filter((e) => numberOf(e.value) !== undefined);
    value = typedUsed.reduce((acc, e) => acc + (numberOf(e.value) ?? 0), derived);
  }
  const contributors = [
    ...new Set([...counted.flatMap((i) => i.reporters), ...typedUsed.map((e) => e.unitId)]),
  ].sort();
  return {
    outcome: { result: { value, contributors }, used: [...own, ...typedUsed], flags: [] },
    typedUnits: [...new Set(typedUsed.map((e) => e.unitId))],
    counted,
    listed,
  };
}

/**
 * The register figures of one indicator; empty when none of its registers has items. The flags say
 * which list each figure comes from, how many duplicate rows it dropped, whose counts were added,
 * which items may be the same, and (II.7) the h-index of each research group.
 */
export function registerFigures(
  ctx: IndicatorContext,
  components: readonly Component[],
  entriesOf: EntriesOf,
): RegisterFigures {
  const out: RegisterFigures = { outcomes: new Map(), flags: [] };
  const year = ctx.opts.year;
  if (year === undefined) return out;
  const ind = ctx.indicator;
  const typedAll = new Set<string>();
  const possible = new Set<number>();
  // The register named by the "counts added" and "possible duplicates" flags: the first concerned.
  let typedRegister: Derivation | undefined;
  let possibleRegister: Derivation | undefined;
  for (const dv of derivationsOf(ind.code)) {
    const union = unionOf(ctx, dv);
    const c = components.find((x) => x.key === dv.component);
    if (union === undefined || c === undefined) continue;
    const f = figure(dv, union, entriesOf, year);
    out.outcomes.set(dv.component, f.outcome);
    for (const k of dv.replaces ?? [])
      out.outcomes.set(k, { result: { value: null, contributors: [] }, used: [], flags: [] });
    const def = registerDef(dv.register);
    const rows = f.counted.reduce((acc, i) => acc + i.sources.length, 0);
    out.flags.push(
      makeIssue(
        'REGISTER_USED',
        {
          registerVi: def.nameVi,
          registerEn: def.nameEn,
          sheet: def.sheetVi,
          ruleVi: dv.ruleVi,
          ruleEn: dv.ruleEn,
          items: f.counted.length,
          units: new Set(f.counted.flatMap((i) => i.reporters)).size,
          removed: rows - f.counted.length,
        },
        componentWhere(ind, c),
      ),
    );
    for (const u of f.typedUnits) typedAll.add(u);
    if (f.typedUnits.length > 0) typedRegister ??= dv;
    for (const i of f.counted)
      if (i.possibleDuplicates.length > 0) {
        possible.add(i.id);
        possibleRegister ??= dv;
      }
    if (
      ind.aggregation === 'dedupCount' &&
      ind.headline.kind === 'component' &&
      ind.headline.key === dv.component
    )
      out.dedupValue = dedupHeadline(ind, dv.component, f.counted, f.listed, entriesOf);
    const groups = dv.hIndexBy === undefined ? '' : groupHIndex(dv, dv.hIndexBy, f.counted);
    if (groups !== '')
      out.flags.push(makeIssue('REGISTER_GROUP_HINDEX', { groups }, { indicator: ind.code }));
  }
  if (typedRegister !== undefined) {
    const def = registerDef(typedRegister.register);
    out.flags.push(
      makeIssue(
        'REGISTER_COUNTS_ADDED',
        {
          count: typedAll.size,
          units: [...typedAll]
            .sort()
            .map((u) => unitName(ctx.catalog, u))
            .join(', '),
          registerVi: def.nameVi,
          registerEn: def.nameEn,
        },
        { indicator: ind.code },
      ),
    );
  }
  if (possibleRegister !== undefined) {
    const def = registerDef(possibleRegister.register);
    out.flags.push(
      makeIssue(
        'REGISTER_POSSIBLE_DUPLICATES',
        { count: possible.size, registerVi: def.nameVi, registerEn: def.nameEn },
        { indicator: ind.code },
      ),
    );
  }
  return out;
}

/**
 * II.1 with a register: the listed papers once, plus what the units without a list typed, counted
 * as before (their distinct DOIs and papers without one) but without DOIs the register already has.
 */
function dedupHeadline(
  ind: Indicator,
  countKey: string,
  counted: readonly RegisterItem[],
  listed: ReadonlySet<string>,
  entriesOf: EntriesOf,
): number | null {
  const list = doiListOf(ind);
  const typedCounts = entriesOf(countKey).filter((e) => !listed.has(e.unitId));
  const typedLists = list === undefined ? [] : entriesOf(list.key).filter((e) => !listed.has(e.unitId));
  const r = dedupCount(typedCounts, typedLists);
  const known = new Set(counted.flatMap((i) => (i.key === undefined ? [] : [i.key])));
  const overlap = r.dois.filter((d) => known.has(d)).length;
  return counted.length + (r.value === null ? 0 : r.value - overlap);
}
