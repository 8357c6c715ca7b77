/**
 * The province figure of a component counted from a register (domain/registers/derive.ts): the
 * figure of the de-duplicated union (each paper, patent, enterprise… once, whoever listed it), plus
 * the typed counts of the units that sent no list (said, since their items may already be in it).
 * Units that listed items are never added again: their own figures are provenance only.
 */
import type { Component } from '../catalog';
import { hIndex } from '../formulas';
import { makeIssue, type Issue } from '../issues';
import { registerDef } from '../registers/definitions';
import { derivationsOf, deriveValue, itemCounts, type Derivation } from '../registers/derive';
import type { RegisterItem, RegisterUnion } from '../registers/union';
import type { Entry } from './collect';
import { componentWhere, unitName, type ComponentOutcome, type IndicatorContext } from './context';
import { dedupCount } from './dedup';
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

/** h per research group over the international papers of the union (II.7). */
function groupHIndex(dv: Derivation, items: readonly RegisterItem[], year: number): string {
  const groups = new Map<string, number[]>();
  for (const it of items) {
    const g = it.values.group;
    const c = it.values.citations;
    if (typeof g !== 'string' || typeof c !== 'number' || !itemCounts(dv, it.values, year)) continue;
    groups.set(g, [...(groups.get(g) ?? []), c]);
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
): { outcome: ComponentOutcome; typedUnits: string[]; counted: RegisterItem[] } {
  const listed = listers(union);
  const keys = [dv.component, ...(dv.replaces ?? [])];
  const entries = keys.flatMap((k) => entriesOf(k));
  const own = entries.filter((e) => listed.has(e.unitId));
  const typed = entries.filter((e) => !listed.has(e.unitId));
  const counted = union.items.filter((it) => itemCounts(dv, it.values, year));
  const derived = deriveValue(
    dv,
    union.items.map((i) => i.values),
    year,
  ).value;
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
  let typedRegister: Derivation | undefined;
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
    for (const i of f.counted) if (i.possibleDuplicates.length > 0) possible.add(i.id);
    if (
      ind.aggregation === 'dedupCount' &&
      ind.headline.kind === 'component' &&
      ind.headline.key === dv.component
    )
      out.dedupValue = dedupHeadline(ctx, f.counted, entriesOf, union);
    if (ind.code === 'II.7') {
      const groups = groupHIndex(dv, union.items, year);
      if (groups !== '')
        out.flags.push(makeIssue('REGISTER_GROUP_HINDEX', { groups }, { indicator: ind.code }));
    }
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
  if (possible.size > 0) {
    const first = derivationsOf(ind.code).find((dv) => unionOf(ctx, dv) !== undefined);
    const def = first && registerDef(first.register);
    if (def)
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
  ctx: IndicatorContext,
  counted: readonly RegisterItem[],
  entriesOf: EntriesOf,
  union: RegisterUnion,
): number | null {
  const ind = ctx.indicator;
  const countKey = ind.headline.kind === 'component' ? ind.headline.key : '';
  const list = ind.components.find((c) => c.type === 'list' && c.listItem === 'text');
  const listed = listers(union);
  const typedCounts = entriesOf(countKey).filter((e) => !listed.has(e.unitId));
  const typedLists = list === undefined ? [] : entriesOf(list.key).filter((e) => !listed.has(e.unitId));
  const r = dedupCount(typedCounts, typedLists);
  const known = new Set(counted.flatMap((i) => (i.key === undefined ? [] : [i.key])));
  const overlap = r.dois.filter((d) => known.has(d)).length;
  return counted.length + (r.value === null ? 0 : r.value - overlap);
}
