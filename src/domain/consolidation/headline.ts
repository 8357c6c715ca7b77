/**
 * The headline value of an indicator from its consolidated components: the headline component,
 * or the catalogue formula applied to the AGGREGATED components (FORMULAS[fn].compute — the
 * same maths as the templates and custom functions). A rate is therefore Σnumerator ÷
 * Σdenominator, never a mean of the units' rates.
 */
import type { Component, Formula, Indicator } from '../catalog';
import { FORMULAS, type FormulaArg, type FormulaFailure } from '../formulas';
import { issueFromFormulaFailure, makeIssue, type Issue } from '../issues';
import type { Entry } from './collect';
import { sortedIds } from './collect';
import { componentWhere, type ComponentOutcome, type IndicatorContext } from './context';
import type { ConsolidatedComponent, ConsolidatedValue, RatioBase } from './types';
import { isNumber, numberOf } from './values';

export interface HeadlineOutcome {
  value: number | null;
  flags: Issue[];
  ratioBase?: RatioBase;
}

type EntriesOf = (key: string) => readonly Entry[];

/** A consolidated value as a formula argument; texts are not arguments of any formula. */
function argOf(v: ConsolidatedValue): FormulaArg {
  if (isNumber(v)) return v;
  if (Array.isArray(v)) {
    const list: readonly unknown[] = v;
    if (list.every(isNumber)) return list;
  }
  return null;
}

const componentOf = (ind: Indicator, key: string): Component | undefined =>
  ind.components.find((c) => c.key === key);

/** Components added across units (the others give one figure: official, largest, population). */
const isAdditive = (c: Component | undefined): boolean => c?.role === 'sum' || c?.role === 'register';

/** A formula applied to province component values (no ratio base: used beside a headline and for target measures). */
export function formulaOfComponents(
  fn: Formula['fn'],
  args: readonly string[],
  components: Readonly<Record<string, ConsolidatedComponent>>,
): number | null {
  const result = FORMULAS[fn].compute(args.map((k) => argOf(components[k]?.value ?? null)));
  return result.ok ? result.value : null;
}

/** The indicator's formula beside a component headline (I.4's budget share); undefined otherwise. */
export function formulaBeside(
  ctx: IndicatorContext,
  components: Readonly<Record<string, ConsolidatedComponent>>,
): number | null | undefined {
  const { indicator: ind } = ctx;
  if (ind.headline.kind !== 'component' || ind.formula === undefined) return undefined;
  return formulaOfComponents(ind.formula.fn, ind.formula.args, components);
}

/**
 * Σnumerator and Σdenominator over the SAME units: those that reported every summed argument.
 * Applies to ratios (non-repeatable formulas) with two or more summed arguments.
 */
function ratioBase(
  ctx: IndicatorContext,
  f: Formula,
  entriesOf: EntriesOf,
  derived: ReadonlyMap<string, ComponentOutcome>,
): { base: RatioBase; flags: Issue[] } | undefined {
  const ind = ctx.indicator;
  const spec = FORMULAS[f.fn];
  const summed = f.args.filter((k) => isAdditive(componentOf(ind, k)));
  if (summed.length < 2 || spec.params.some((p) => p.repeatable === true)) return undefined;
  if (summed.some((k) => derived.has(k))) return registerBase(ind, summed, entriesOf, derived);
  const valuesOf = new Map(
    summed.map((k) => [
      k,
      new Map(
        entriesOf(k).flatMap((e): [string, number][] => {
          const n = numberOf(e.value);
          return n === undefined ? [] : [[e.unitId, n]];
        }),
      ),
    ]),
  );
  const units = sortedIds([...valuesOf.values()].flatMap((m) => [...m.keys()]));
  const denominator = summed[summed.length - 1];
  // II.8: the spending of units that publish nothing does not produce papers; leave it out.
  const counts = (u: string): boolean =>
    ind.ratioUnits !== 'positive-denominator' ||
    (denominator !== undefined && (valuesOf.get(denominator)?.get(u) ?? 0) > 0);
  const complete = units.filter((u) => summed.every((k) => valuesOf.get(k)?.has(u) === true) && counts(u));
  const inputs = Object.fromEntries(
    summed.map((k) => {
      const m = valuesOf.get(k);
      const total = complete.reduce((acc, u) => acc + (m?.get(u) ?? 0), 0);
      return [k, complete.length === 0 ? null : total];
    }),
  );
  const flags = units
    .filter((u) => !complete.includes(u) && counts(u))
    .flatMap((u) => {
      const missing = summed.find((k) => valuesOf.get(k)?.has(u) !== true);
      const c = missing === undefined ? undefined : componentOf(ind, missing);
      if (c === undefined) return [];
      const file = ctx.fileOf.get(u);
      return [
        makeIssue(
          'DERIVED_MISSING',
          { formulaVi: spec.nameVi, formulaEn: spec.nameEn, paramVi: c.labelVi, paramEn: c.labelEn },
          { ...componentWhere(ind, c), severity: 'warning', ...(file !== undefined ? { file } : {}) },
        ),
      ];
    });
  return { base: { units: complete, inputs }, flags };
}

/**
 * A ratio with a register-counted argument: that argument is the de-duplicated province figure (a
 * paper two units share is one paper in the denominator), so the units are those behind it; the
 * other arguments are summed over those units when only producing units count (II.8), else over all.
 */
function registerBase(
  ind: Indicator,
  summed: readonly string[],
  entriesOf: EntriesOf,
  derived: ReadonlyMap<string, ComponentOutcome>,
): { base: RatioBase; flags: Issue[] } {
  const units = sortedIds(summed.flatMap((k) => derived.get(k)?.result.contributors ?? []));
  const inputs = Object.fromEntries(
    summed.map((k): [string, number | null] => {
      const d = derived.get(k);
      if (d !== undefined) return [k, isNumber(d.result.value) ? d.result.value : null];
      const values = entriesOf(k)
        .filter((e) => ind.ratioUnits !== 'positive-denominator' || units.includes(e.unitId))
        .flatMap((e) => {
          const n = numberOf(e.value);
          return n === undefined ? [] : [n];
        });
      return [k, values.length === 0 ? null : values.reduce((a, b) => a + b, 0)];
    }),
  );
  return { base: { units, inputs }, flags: [] };
}

function failureFlag(ind: Indicator, f: Formula, failure: FormulaFailure): Issue {
  const spec = FORMULAS[f.fn];
  const i = spec.params.findIndex((p) => p.name === failure.param);
  // Repeatable lists (TOTAL parts, TRL levels) span several components: name none.
  const key = i >= 0 && spec.params[i]?.repeatable !== true ? f.args[i] : undefined;
  const c = key === undefined ? undefined : componentOf(ind, key);
  // A province value that cannot be computed yet matters more than in one unit's file.
  const severity = failure.error === 'MISSING' || failure.error === 'EMPTY_LIST' ? 'warning' : undefined;
  return issueFromFormulaFailure(f.fn, failure, {
    ...(c !== undefined ? componentWhere(ind, c) : { indicator: ind.code }),
    ...(severity !== undefined ? { severity } : {}),
  });
}

export function headline(
  ctx: IndicatorContext,
  components: Readonly<Record<string, ConsolidatedComponent>>,
  entriesOf: EntriesOf,
  flagged: ReadonlySet<string>,
  derived: ReadonlyMap<string, ComponentOutcome> = new Map(),
): HeadlineOutcome {
  const ind = ctx.indicator;
  if (ind.headline.kind === 'component') {
    const key = ind.headline.key;
    const v = components[key]?.value;
    if (isNumber(v)) return { value: v, flags: [] };
    const c = componentOf(ind, key);
    const flags =
      c === undefined || flagged.has(key)
        ? []
        : [makeIssue('VALUE_REQUIRED', {}, { ...componentWhere(ind, c), severity: 'warning' })];
    return { value: null, flags };
  }
  const f = ind.formula;
  if (f === undefined) return { value: null, flags: [] };
  const matched = ratioBase(ctx, f, entriesOf, derived);
  const args = f.args.map((k) => {
    const input = matched?.base.inputs[k];
    return input !== undefined ? input : argOf(components[k]?.value ?? null);
  });
  const result = FORMULAS[f.fn].compute(args);
  const flags = [...(matched?.flags ?? [])];
  if (!result.ok) {
    const issue = failureFlag(ind, f, result);
    // A missing input already explained (lead value required, unit left out of the ratio) is not repeated.
    const explained =
      (result.error === 'MISSING' || result.error === 'EMPTY_LIST') &&
      (flags.length > 0 || (issue.component !== undefined && flagged.has(issue.component)));
    if (!explained) flags.push(issue);
  }
  return {
    value: result.ok ? result.value : null,
    flags,
    ...(matched !== undefined ? { ratioBase: matched.base } : {}),
  };
}
