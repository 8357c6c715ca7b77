/**
 * Components with ONE official source (role 'official': Thống kê tỉnh's survey, Sở Tài chính's
 * accounts): the province takes that unit's value alone. The other reporters' values are a
 * cross-check shown beside it — 'equal' when they report the same figure, 'parts' when they
 * report parts of it (their sum must not exceed it) — and are never added on top. When the
 * official source has not reported, the others' figure stands in, labelled as a substitute.
 */
import type { Component } from '../catalog';
import { makeIssue, type Issue } from '../issues';
import type { Entry } from './collect';
import {
  componentWhere,
  officialUnitOf,
  sourceWhere,
  unitName,
  type ComponentOutcome,
  type IndicatorContext,
} from './context';
import type { CrossCheck } from './types';
import { isNumber, usableValue } from './values';

/** Relative difference above which a cross-check is flagged (rounding and late corrections aside). */
export const CROSS_CHECK_TOLERANCE = 0.01;

interface Usable {
  entry: Entry;
  value: NonNullable<ReturnType<typeof usableValue>>;
}

const numeric = (list: readonly Usable[]): { entry: Entry; value: number }[] =>
  list.flatMap((u) => (isNumber(u.value) ? [{ entry: u.entry, value: u.value }] : []));

/** |a − b| beyond the tolerance, relative to the official figure. */
export const beyondTolerance = (a: number, official: number): boolean =>
  Math.abs(a - official) > CROSS_CHECK_TOLERANCE * Math.max(1, Math.abs(official)) + 1e-9;

function crossCheckOf(
  c: Component,
  officialUnit: string,
  officialValue: number | null,
  others: readonly { entry: Entry; value: number }[],
  substitute: boolean,
): CrossCheck {
  const check = c.crossCheck ?? 'equal';
  const othersSum = others.length === 0 ? null : others.reduce((a, o) => a + o.value, 0);
  let difference: number | null = null;
  if (officialValue !== null && othersSum !== null) {
    if (check === 'parts') difference = officialValue - othersSum;
    else {
      const far = others.reduce((a, o) =>
        Math.abs(o.value - officialValue) > Math.abs(a.value - officialValue) ? o : a,
      );
      difference = far.value - officialValue;
    }
  }
  return {
    officialUnit,
    officialValue,
    check,
    others: others.map((o) => ({ unitId: o.entry.unitId, value: o.value })),
    othersSum,
    difference,
    substitute,
  };
}

/** The flags of a cross-check against a present official figure. */
function crossCheckFlags(
  ctx: IndicatorContext,
  c: Component,
  officialUnit: string,
  officialValue: number,
  others: readonly { entry: Entry; value: number }[],
): Issue[] {
  const { catalog, indicator } = ctx;
  const where = componentWhere(indicator, c);
  if (c.crossCheck === 'parts') {
    const sum = others.reduce((a, o) => a + o.value, 0);
    if (others.length === 0 || sum <= officialValue || !beyondTolerance(sum, officialValue)) return [];
    return [
      makeIssue(
        'CROSS_CHECK_PARTS_EXCEED',
        { count: others.length, sum, officialUnit: unitName(catalog, officialUnit), officialValue },
        where,
      ),
    ];
  }
  return others.flatMap(({ entry, value }) =>
    beyondTolerance(value, officialValue)
      ? [
          makeIssue(
            'COOPERATING_DISAGREES',
            {
              unit: unitName(catalog, entry.unitId),
              value,
              leadUnit: unitName(catalog, officialUnit),
              leadValue: officialValue,
            },
            { ...where, ...sourceWhere(entry.source) },
          ),
        ]
      : [],
  );
}

/**
 * No official figure: the others' figure as a labelled substitute — their sum for parts of the
 * whole (a lower bound), or their common value when they report the same figure and agree.
 */
function substituteOf(
  c: Component,
  others: readonly { entry: Entry; value: number }[],
): { value: number; used: readonly { entry: Entry; value: number }[] } | undefined {
  if (others.length === 0) return undefined;
  if (c.crossCheck === 'parts') return { value: others.reduce((a, o) => a + o.value, 0), used: others };
  const first = others[0];
  if (first === undefined || others.some((o) => beyondTolerance(o.value, first.value))) return undefined;
  return { value: first.value, used: [first] };
}

export function officialComponent(
  ctx: IndicatorContext,
  c: Component,
  entries: readonly Entry[],
): ComponentOutcome {
  const officialUnit = officialUnitOf(ctx.indicator, c);
  const usable = entries.flatMap((entry): Usable[] => {
    const value = usableValue(c, entry.value);
    return value === undefined ? [] : [{ entry, value }];
  });
  const official = usable.find((u) => u.entry.unitId === officialUnit);
  const others = numeric(usable.filter((u) => u !== official));
  if (official !== undefined) {
    if (!isNumber(official.value)) {
      // Texts (methods) are kept as they are: nothing to cross-check.
      return {
        result: { value: official.value, contributors: [officialUnit] },
        used: [official.entry],
        flags: [],
      };
    }
    return {
      result: {
        value: official.value,
        contributors: [officialUnit],
        ...(others.length > 0
          ? { crossCheck: crossCheckOf(c, officialUnit, official.value, others, false) }
          : {}),
      },
      used: [official.entry],
      flags: crossCheckFlags(ctx, c, officialUnit, official.value, others),
    };
  }
  const where = componentWhere(ctx.indicator, c);
  const sub = substituteOf(c, others);
  if (sub !== undefined) {
    return {
      result: {
        value: sub.value,
        contributors: sub.used.map((o) => o.entry.unitId),
        crossCheck: crossCheckOf(c, officialUnit, null, others, true),
      },
      used: sub.used.map((o) => o.entry),
      flags: [
        makeIssue(
          'OFFICIAL_MISSING_SUBSTITUTE',
          { officialUnit: unitName(ctx.catalog, officialUnit), count: sub.used.length, value: sub.value },
          { ...where, severity: 'warning' },
        ),
      ],
    };
  }
  return {
    result: {
      value: null,
      contributors: [],
      ...(others.length > 0 ? { crossCheck: crossCheckOf(c, officialUnit, null, others, false) } : {}),
    },
    used: [],
    flags: missingFlags(ctx, c, officialUnit, others.length),
  };
}

/** Why an official value is missing, when it matters. */
function missingFlags(ctx: IndicatorContext, c: Component, officialUnit: string, others: number): Issue[] {
  const where = componentWhere(ctx.indicator, c);
  // Others reported but disagree: no figure can stand in.
  if (others > 0) {
    return [
      makeIssue(
        'OFFICIAL_MISSING_NO_SUBSTITUTE',
        { officialUnit: unitName(ctx.catalog, officialUnit), count: others },
        { ...where, severity: 'warning' },
      ),
    ];
  }
  // A unit that sent nothing at all is flagged once per indicator (SUBMISSION_MISSING) instead.
  if (!c.required || !ctx.submitted.has(officialUnit)) return [];
  const file = ctx.fileOf.get(officialUnit);
  return [
    makeIssue(
      'VALUE_REQUIRED',
      {},
      { ...where, severity: 'warning', ...(file !== undefined ? { file } : {}) },
    ),
  ];
}
