/**
 * The consolidation run kept inside the consolidated workbook (a very hidden sheet), so that
 * `khcn report tong-hop.xlsx` drafts the evaluation report from exactly the numbers of that
 * workbook, without the units' files. Compact: the provenance rows and per-file issues stay on
 * the visible sheets; the report needs the figures, statuses, conflicts, checks and targets.
 * JSON in chunks below Excel's 32,767-character cell limit, one per row of column A.
 */
import { CATALOG_VERSION } from '../catalog';
import type { ConsolidationRun } from './run-types';
import { HEADLINE, unitValueKey, type PreviousPeriod } from '../previous/model';

export const STORED_RUN_SHEET = '_khcn_ketqua';
const TAG = 'khcn-run';
const FORMAT = '1';
const CHUNK = 30_000;

/** The run without what only the visible sheets need (detail rows, per-file issues, provenance refs). */
export function compactRun(run: ConsolidationRun): ConsolidationRun {
  // Last period's figures stay in their own file; the run keeps only which period it was.
  const { previous, ...options } = run.options;
  // The registers' items stay on their visible sheets (they can be thousands of rows).
  const { registers: _registers, ...rest } = run;
  return {
    ...rest,
    options: {
      ...options,
      ...(previous ? { previous: { ...previous, province: {}, units: {} } } : {}),
    },
    detail: [],
    files: run.files.map((f) => ({ ...f, issues: [] })),
    indicators: run.indicators.map((i) => ({ ...i, usedValues: [] })),
  };
}

/** One used number of one unit: [unit id, indicator, component, value] (next year's --previous). */
export type UnitValue = [string, string, string, number];

function unitValuesOf(run: ConsolidationRun): UnitValue[] {
  return run.detail.flatMap((d) =>
    d.use === 'used' && typeof d.value === 'number' ? [[d.unitId, d.indicator, d.component, d.value]] : [],
  );
}

/** Rows of the hidden sheet: [tag, format, catalogue version], then the JSON in chunks. */
export function storedRunRows(run: ConsolidationRun): string[][] {
  const json = JSON.stringify({ ...compactRun(run), unitValues: unitValuesOf(run) });
  const rows: string[][] = [[TAG, FORMAT, CATALOG_VERSION]];
  for (let i = 0; i < json.length; i += CHUNK) rows.push([json.slice(i, i + CHUNK)]);
  return rows;
}

export type StoredRunRead =
  | { ok: true; run: ConsolidationRun; unitValues: UnitValue[] }
  /** 'format': not written by this version; 'damaged': the JSON or its shape does not hold. */
  | { ok: false; reason: 'format' | 'damaged' };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** Reads the rows back (column A texts, in row order). The shape is checked, not trusted. */
export function runFromStoredRows(rows: readonly (readonly unknown[])[]): StoredRunRead {
  const [head, ...chunks] = rows;
  if (head?.[0] !== TAG || String(head[1]) !== FORMAT) return { ok: false, reason: 'format' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(chunks.map((r) => (typeof r[0] === 'string' ? r[0] : '')).join(''));
  } catch {
    return { ok: false, reason: 'damaged' };
  }
  const arrays = ['files', 'units', 'conflicts', 'indicators', 'provinceChecks', 'targetChecks', 'flags'];
  const ok =
    isObject(parsed) &&
    isObject(parsed.options) &&
    typeof parsed.options.year === 'number' &&
    typeof parsed.options.readAt === 'string' &&
    typeof parsed.options.deadline === 'string' &&
    isObject(parsed.completeness) &&
    isObject(parsed.population) &&
    typeof parsed.population.value === 'number' &&
    arrays.every((k) => Array.isArray(parsed[k as keyof typeof parsed]));
  if (!ok) return { ok: false, reason: 'damaged' };
  const { unitValues, ...run } = parsed as unknown as ConsolidationRun & { unitValues?: unknown };
  const values = Array.isArray(unitValues) ? unitValues.filter(isUnitValue) : [];
  return { ok: true, run: { ...run, detail: [] }, unitValues: values };
}

const isUnitValue = (v: unknown): v is UnitValue =>
  Array.isArray(v) &&
  v.length === 4 &&
  typeof v[0] === 'string' &&
  typeof v[1] === 'string' &&
  typeof v[2] === 'string' &&
  typeof v[3] === 'number' &&
  Number.isFinite(v[3]);

/** A consolidated workbook of an earlier year as the previous period: province and units' numbers. */
export function previousFromStored(
  run: ConsolidationRun,
  unitValues: readonly UnitValue[],
  source: string,
): PreviousPeriod {
  const province: PreviousPeriod['province'] = {};
  for (const ind of run.indicators) {
    const values: Record<string, number> = {};
    if (typeof ind.value === 'number') values[HEADLINE] = ind.value;
    for (const [key, c] of Object.entries(ind.components))
      if (typeof c.value === 'number') values[key] = c.value;
    province[ind.code] = values;
  }
  const units: PreviousPeriod['units'] = {};
  for (const [unitId, indicator, component, value] of unitValues)
    (units[unitId] ??= {})[unitValueKey(indicator, component)] = value;
  return { year: run.options.year, source, province, units };
}
