/**
 * Indexes the submissions by indicator and component, one entry per unit, sorted by unit id:
 * every later step iterates in this order, so the result never depends on the order in which
 * files were read.
 */
import type { ReportedValue, UnitSubmission, ValueSource } from './types';

export interface Entry {
  unitId: string;
  value: ReportedValue['value'];
  source: ValueSource;
}

/** indicator code → component key → entries (one per unit, sorted by unit id). */
export type SubmissionIndex = ReadonlyMap<string, ReadonlyMap<string, readonly Entry[]>>;

/** Code-point order: unlike localeCompare it is the same on every machine. */
export const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const sourceKey = (s: ValueSource): string[] => [s.file, s.sheet, s.cell, s.definedName];

function compareEntries(a: Entry, b: Entry): number {
  const ka = [a.unitId, ...sourceKey(a.source)];
  const kb = [b.unitId, ...sourceKey(b.source)];
  for (let i = 0; i < ka.length; i += 1) {
    const c = byCodePoint(ka[i] ?? '', kb[i] ?? '');
    if (c !== 0) return c;
  }
  return 0;
}

/** Between a placeholder's id and the file name in a submitter id ('doanh-nghiep-mau » a.xlsx'). */
export const PLACEHOLDER_FILE_SEPARATOR = ' » ';

/**
 * Registry ids are lower-case ASCII; indicator codes upper-case (as findUnit / findIndicator read
 * them). A stand-in template's submitter id keeps its file name as it is.
 */
export function normalizeUnitId(id: string): string {
  const cut = id.indexOf(PLACEHOLDER_FILE_SEPARATOR);
  return cut < 0 ? id.trim().toLowerCase() : `${id.slice(0, cut).trim().toLowerCase()}${id.slice(cut)}`;
}
const normalizeCode = (code: string): string => code.trim().toUpperCase();

export function indexSubmissions(submissions: readonly UnitSubmission[]): SubmissionIndex {
  const all = new Map<string, Map<string, Entry[]>>();
  for (const s of submissions) {
    const unitId = normalizeUnitId(s.unitId);
    for (const v of s.values) {
      const code = normalizeCode(v.indicator);
      const byComponent = all.get(code) ?? new Map<string, Entry[]>();
      all.set(code, byComponent);
      const list = byComponent.get(v.component) ?? [];
      byComponent.set(v.component, list);
      list.push({ unitId, value: v.value, source: v.source });
    }
  }
  for (const byComponent of all.values()) {
    for (const [key, list] of byComponent) {
      list.sort(compareEntries);
      // One value per unit: after sorting, the first source of a unit wins.
      byComponent.set(
        key,
        list.filter((e, i) => i === 0 || list[i - 1]?.unitId !== e.unitId),
      );
    }
  }
  return all;
}

/** Sorted, distinct. */
export const sortedIds = (ids: Iterable<string>): string[] => [...new Set(ids)].sort(byCodePoint);
