/**
 * Plausibility warnings across files, as DHIS2 does them: each used number is compared with
 * - the same unit's value last year (--previous): a change by a factor of CHANGE_FACTOR or more,
 *   and at least a minimum amount, is a warning naming last year's value;
 * - the values of its peers (units of the same category) this year: an outlier by the modified
 *   z-score on the median absolute deviation (Iglewicz & Hoaglin: |0.6745 (x − median) / MAD| >
 *   3.5), robust to the skewed counts units report; only with MIN_PEERS values and MAD > 0;
 * - for the "mức độ cải thiện" and growth indicators, the baseline a unit types is checked
 *   against last year's consolidated current value (one baseline for everyone).
 * Warnings never block: they point at the unit's cell and go wherever file issues go.
 */
import { findUnit, type Catalog, type Component, type Indicator } from '../catalog';
import { CATEGORY_EN, CATEGORY_VI } from '../catalog/roles';
import type { UnitCategory } from '../catalog/schema';
import { makeIssue, type Issue, type IssueContext } from '../issues';
import { previousOfUnit, previousProvince, type PreviousPeriod } from '../previous/model';
import type { ReadValue } from './run-detail';
import type { FileRecord } from './run-files';

/** A change by this factor or more (up or down) against last year is worth a look. */
export const CHANGE_FACTOR = 3;
/** Peers needed before a value is called an outlier. */
export const MIN_PEERS = 5;
/** The modified z-score above which a value is an outlier (Iglewicz & Hoaglin 1993). */
export const OUTLIER_Z = 3.5;

/** Below this difference a change is never flagged (1 → 3 papers is not news). */
function minChange(c: Component): number {
  return c.type === 'percent' ? 0.1 : 5;
}

/** Kinds of numbers compared: counts, amounts, FTE, percentages (not levels, scores or dates). */
const compared = (c: Component): boolean =>
  ['integer', 'decimal', 'money', 'fte', 'percent'].includes(c.type);

export function bigChange(value: number, previous: number, c: Component): boolean {
  if (previous <= 0 || value < 0 || Math.abs(value - previous) < minChange(c)) return false;
  const ratio = value / previous;
  return ratio >= CHANGE_FACTOR || ratio <= 1 / CHANGE_FACTOR;
}

export function median(sorted: readonly number[]): number {
  const n = sorted.length;
  const mid = Math.floor(n / 2);
  return n % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** The modified z-score of each value; undefined when MAD is 0 (more than half the values equal). */
export function modifiedZ(values: readonly number[]): { median: number; z: number[] } | undefined {
  const sorted = [...values].sort((a, b) => a - b);
  const m = median(sorted);
  const mad = median(values.map((v) => Math.abs(v - m)).sort((a, b) => a - b));
  if (mad === 0) return undefined;
  return { median: m, z: values.map((v) => (0.6745 * (v - m)) / mad) };
}

interface Candidate {
  record: FileRecord;
  unitId: string;
  category: UnitCategory;
  indicator: Indicator;
  component: Component;
  value: number;
  ctx: IssueContext;
}

function candidatesOf(
  catalog: Catalog,
  records: readonly FileRecord[],
  read: ReadonlyMap<FileRecord, readonly ReadValue[]>,
): Candidate[] {
  const out: Candidate[] = [];
  for (const record of records) {
    const unit = record.unit && findUnit(catalog, record.unit.id);
    const category = unit?.categories[0];
    if (record.use !== 'used' || unit === undefined || category === undefined) continue;
    for (const rv of read.get(record) ?? []) {
      const value = rv.reported.value;
      if (rv.blockedBy !== undefined || typeof value !== 'number') continue;
      const c = rv.component;
      const { file, sheet, cell, definedName } = rv.reported.source;
      const ctx: IssueContext = {
        file,
        sheet,
        cell,
        definedName,
        indicator: rv.indicator.code,
        component: c.key,
        componentLabel: { vi: c.labelVi, en: c.labelEn },
        ...(c.type === 'percent' ? { percent: true } : {}),
      };
      out.push({ record, unitId: unit.id, category, indicator: rv.indicator, component: c, value, ctx });
    }
  }
  return out;
}

/** The baseline argument of an IMPROVEMENT or GROWTH formula and its current counterpart. */
function baselinePair(ind: Indicator): { current: string; baseline: string } | undefined {
  const f = ind.formula;
  if (f === undefined || (f.fn !== 'IMPROVEMENT' && f.fn !== 'GROWTH')) return undefined;
  const [current, baseline] = f.args;
  return current !== undefined && baseline !== undefined ? { current, baseline } : undefined;
}

/** Appends the warnings to the used files' issues (deterministic: records and values in order). */
export function addPlausibilityWarnings(
  catalog: Catalog,
  records: readonly FileRecord[],
  read: ReadonlyMap<FileRecord, readonly ReadValue[]>,
  previous: PreviousPeriod | undefined,
): void {
  const all = candidatesOf(catalog, records, read);
  const found = new Map<Candidate, Issue[]>();
  const add = (c: Candidate, issue: Issue): void => {
    found.set(c, [...(found.get(c) ?? []), issue]);
  };
  const year = previous === undefined ? '' : String(previous.year);
  for (const c of all) {
    const pair = baselinePair(c.indicator);
    if (pair?.baseline === c.component.key) {
      const last = previousProvince(previous, c.indicator.code, pair.current);
      if (last !== undefined && Math.abs(last - c.value) > 1e-9 * Math.max(1, Math.abs(last)))
        add(c, makeIssue('BASELINE_DIFFERS_FROM_PREVIOUS', { value: c.value, previous: last, year }, c.ctx));
      continue;
    }
    if (!compared(c.component)) continue;
    const last = previousOfUnit(previous, c.unitId, c.indicator.code, c.component.key);
    if (last !== undefined && bigChange(c.value, last, c.component))
      add(c, makeIssue('VALUE_CHANGE_VS_PREVIOUS', { value: c.value, previous: last, year }, c.ctx));
  }
  const groups = new Map<string, Candidate[]>();
  for (const c of all) {
    if (!compared(c.component)) continue;
    const key = `${c.indicator.code}|${c.component.key}|${c.category}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  for (const group of groups.values()) {
    if (group.length < MIN_PEERS) continue;
    const scored = modifiedZ(group.map((c) => c.value));
    if (scored === undefined) continue;
    group.forEach((c, i) => {
      if (Math.abs(scored.z[i] ?? 0) <= OUTLIER_Z) return;
      const params = {
        value: c.value,
        median: scored.median,
        peers: group.length,
        categoryVi: CATEGORY_VI[c.category],
        categoryEn: CATEGORY_EN[c.category],
      };
      add(c, makeIssue('VALUE_OUTLIER_PEERS', params, c.ctx));
    });
  }
  for (const c of all) for (const issue of found.get(c) ?? []) c.record.issues.push(issue);
}
