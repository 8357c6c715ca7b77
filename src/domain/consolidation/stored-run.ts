/**
 * The consolidation run kept inside the consolidated workbook (a very hidden sheet), so that
 * `khcn report tong-hop.xlsx` drafts the evaluation report from exactly the numbers of that
 * workbook, without the units' files. Compact: the provenance rows and per-file issues stay on
 * the visible sheets; the report needs the figures, statuses, conflicts, checks and targets.
 * JSON in chunks below Excel's 32,767-character cell limit, one per row of column A.
 */
import { CATALOG_VERSION } from '../catalog';
import type { ConsolidationRun } from './run-types';

export const STORED_RUN_SHEET = '_khcn_ketqua';
const TAG = 'khcn-run';
const FORMAT = '1';
const CHUNK = 30_000;

/** The run without what only the visible sheets need (detail rows, per-file issues, provenance refs). */
export function compactRun(run: ConsolidationRun): ConsolidationRun {
  return {
    ...run,
    detail: [],
    files: run.files.map((f) => ({ ...f, issues: [] })),
    indicators: run.indicators.map((i) => ({ ...i, usedValues: [] })),
  };
}

/** Rows of the hidden sheet: [tag, format, catalogue version], then the JSON in chunks. */
export function storedRunRows(run: ConsolidationRun): string[][] {
  const json = JSON.stringify(compactRun(run));
  const rows: string[][] = [[TAG, FORMAT, CATALOG_VERSION]];
  for (let i = 0; i < json.length; i += CHUNK) rows.push([json.slice(i, i + CHUNK)]);
  return rows;
}

export type StoredRunRead =
  | { ok: true; run: ConsolidationRun }
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
  return ok
    ? { ok: true, run: { ...(parsed as unknown as ConsolidationRun), detail: [] } }
    : { ok: false, reason: 'damaged' };
}
