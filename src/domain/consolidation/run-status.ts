/**
 * Who has reported: one status row per expected unit (and per unit that reported without being
 * expected), and the reporting completeness the office follows up on.
 */
import { findUnit, indicatorsForUnit, type Catalog, type ReportingUnit } from '../catalog';
import type { Issue } from '../issues';
import { completionOf, rankFiles } from './file-choice';
import type { FileRecord } from './run-files';
import type { ReadValue } from './run-detail';
import type { Completeness, RunOptions, UnitState, UnitStatusRow } from './run-types';

export const countIssues = (issues: readonly Issue[]): { errors: number; warnings: number } => ({
  errors: issues.filter((i) => i.severity === 'error').length,
  warnings: issues.filter((i) => i.severity === 'warning').length,
});

function stateOf(files: readonly FileRecord[], used: FileRecord | undefined): UnitState {
  if (files.length === 0) return 'missing';
  if (used === undefined) return 'unreadable';
  if (used.issues.some((i) => i.severity === 'error')) return 'errors';
  return used.timeliness === 'late' ? 'late' : 'on-time';
}

function rowOf(
  catalog: Catalog,
  unit: ReportingUnit,
  expected: boolean,
  files: readonly FileRecord[],
  read: ReadonlyMap<FileRecord, readonly ReadValue[]>,
): UnitStatusRow {
  const used = files.find((r) => r.use === 'used');
  const shown = used ?? rankFiles(files, new Set())[0];
  const reported = new Set((used ? (read.get(used) ?? []) : []).map((v) => v.indicator.code));
  return {
    unitId: unit.id,
    unitNameVi: unit.nameVi,
    unitNameEn: unit.nameEn,
    kind: unit.kind,
    expected,
    state: stateOf(files, used),
    ...(shown
      ? {
          file: shown.received.file,
          receivedAt: shown.received.receivedAt,
          ...(shown.timeliness ? { timeliness: shown.timeliness } : {}),
          ...(completionOf(shown) ? { completion: completionOf(shown) } : {}),
        }
      : {}),
    fileCount: files.length,
    ...countIssues(shown?.issues ?? []),
    indicatorsAssigned: indicatorsForUnit(catalog, unit.id).length,
    indicatorsReported: reported.size,
  };
}

const rate = (n: number, of: number): number | null => (of === 0 ? null : n / of);

function completenessOf(rows: readonly UnitStatusRow[]): Completeness {
  const exp = rows.filter((r) => r.expected);
  const count = (f: (r: UnitStatusRow) => boolean): number => exp.filter(f).length;
  const received = (r: UnitStatusRow): boolean =>
    r.state === 'on-time' || r.state === 'late' || r.state === 'errors';
  const onTime = count((r) => received(r) && r.timeliness !== 'late');
  const n = count(received);
  return {
    expected: exp.length,
    received: n,
    onTime,
    late: count((r) => received(r) && r.timeliness === 'late'),
    missing: count((r) => r.state === 'missing'),
    unreadable: count((r) => r.state === 'unreadable'),
    withErrors: count((r) => r.state === 'errors'),
    unexpected: rows.length - exp.length,
    rate: rate(n, exp.length),
    onTimeRate: rate(onTime, exp.length),
  };
}

/** Expected units in registry order, then the units that sent files unexpectedly; and completeness. */
export function unitStatus(
  catalog: Catalog,
  records: readonly FileRecord[],
  read: ReadonlyMap<FileRecord, readonly ReadValue[]>,
  options: RunOptions,
): { units: UnitStatusRow[]; completeness: Completeness } {
  // Ids the registry does not know are ignored (the adapters check the option).
  const expected = new Set(options.expectedUnits.flatMap((id) => findUnit(catalog, id)?.id ?? []));
  const filesOf = new Map<string, FileRecord[]>();
  for (const r of records) {
    if (r.unit) filesOf.set(r.unit.id, [...(filesOf.get(r.unit.id) ?? []), r]);
  }
  const row = (u: ReportingUnit, isExpected: boolean): UnitStatusRow =>
    rowOf(catalog, u, isExpected, filesOf.get(u.id) ?? [], read);
  const units = [
    ...catalog.units.filter((u) => expected.has(u.id)).map((u) => row(u, true)),
    ...catalog.units.filter((u) => !expected.has(u.id) && filesOf.has(u.id)).map((u) => row(u, false)),
  ];
  return { units, completeness: completenessOf(units) };
}
