/**
 * What the office must look at before publishing: duplicate files, files for another year,
 * old templates, and cooperating units whose figure differs from the lead's.
 */
import type { Catalog } from '../catalog';
import { byCodePoint } from './collect';
import { officialUnitOf } from './context';
import type { FileRecord } from './run-files';
import type { ConflictKind, ConflictRow } from './run-types';
import type { ConsolidatedIndicator } from './types';

const KIND_ORDER: readonly ConflictKind[] = [
  'file-tie',
  'identity-suspect',
  'duplicate-file',
  'wrong-year',
  'old-template',
  'cooperating-disagrees',
];

function fileConflicts(records: readonly FileRecord[]): ConflictRow[] {
  return records.flatMap((r): ConflictRow[] => {
    const file = r.received.file;
    const unit = r.unit ? { unitId: r.unit.id } : {};
    const wrongYear = r.issues.find((i) => i.code === 'TEMPLATE_WRONG_YEAR');
    if (wrongYear) return [{ kind: 'wrong-year', ...unit, files: [file], issue: wrongYear }];
    const suspect = r.issues.find((i) => i.code === 'IDENTITY_SUSPECT');
    // A suspect file used for want of a clean one: its figures count, the office must check it.
    if (suspect && r.use === 'used') {
      return [{ kind: 'identity-suspect', ...unit, files: [file], usedFile: file, issue: suspect }];
    }
    const old = r.issues.find((i) => i.code === 'TEMPLATE_OLD_VERSION');
    // Only the file whose figures are used matters; a superseded old template is already listed.
    if (old && r.use === 'used') {
      return [{ kind: 'old-template', ...unit, files: [file], usedFile: file, issue: old }];
    }
    return [];
  });
}

function duplicateConflicts(duplicates: ReadonlyMap<string, readonly FileRecord[]>): ConflictRow[] {
  return [...duplicates].flatMap(([unitId, ranked]): ConflictRow[] => {
    const [used, first] = ranked;
    const issue = first?.reason;
    if (used === undefined || issue === undefined) return [];
    const files = ranked.map((r) => r.received.file);
    const kind: ConflictKind =
      issue.code === 'FILE_TIE'
        ? 'file-tie'
        : issue.code === 'FILE_SUPERSEDED_SUSPECT'
          ? 'identity-suspect'
          : 'duplicate-file';
    return [{ kind, unitId, files, usedFile: used.received.file, issue }];
  });
}

/** One row per COOPERATING_DISAGREES flag: the official source's file (used) first, then the other unit's. */
function disagreements(
  catalog: Catalog,
  records: readonly FileRecord[],
  indicators: readonly ConsolidatedIndicator[],
): ConflictRow[] {
  const used = records.filter((r) => r.use === 'used');
  const unitOfFile = new Map(used.map((r) => [r.received.file, r.unit?.id]));
  const fileOfUnit = new Map(used.map((r) => [r.unit?.id, r.received.file]));
  const officialOf = (code: string, key: string | undefined): string | undefined => {
    const ind = catalog.indicators.find((i) => i.code === code);
    const c = ind?.components.find((x) => x.key === key);
    return ind === undefined || c === undefined ? undefined : officialUnitOf(ind, c);
  };
  return indicators.flatMap((result) =>
    result.flags
      .filter((f) => f.code === 'COOPERATING_DISAGREES')
      .map((flag): ConflictRow => {
        const leadFile = fileOfUnit.get(officialOf(result.code, flag.component));
        const unitId = flag.file === undefined ? undefined : unitOfFile.get(flag.file);
        const files = [leadFile, flag.file].filter((f): f is string => f !== undefined);
        return {
          kind: 'cooperating-disagrees',
          ...(unitId !== undefined ? { unitId } : {}),
          indicator: result.code,
          ...(flag.component !== undefined ? { component: flag.component } : {}),
          files,
          ...(leadFile !== undefined ? { usedFile: leadFile } : {}),
          issue: flag,
        };
      }),
  );
}

/** Kind (declaration order), unit (registry order), indicator and component (catalogue order), first file. */
function conflictOrder(catalog: Catalog): (a: ConflictRow, b: ConflictRow) => number {
  const unitAt = new Map(catalog.units.map((u, i) => [u.id, i]));
  const indAt = new Map(catalog.indicators.map((ind, i) => [ind.code, i]));
  const compAt = new Map(
    catalog.indicators.flatMap((ind) => ind.components.map((c, i) => [`${ind.code}\u0000${c.key}`, i])),
  );
  const last = Number.MAX_SAFE_INTEGER;
  const at = (m: ReadonlyMap<string, number>, k: string | undefined): number =>
    k === undefined ? last : (m.get(k) ?? last);
  const comp = (r: ConflictRow): number =>
    r.indicator === undefined || r.component === undefined
      ? last
      : at(compAt, `${r.indicator}\u0000${r.component}`);
  return (a, b) =>
    KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
    at(unitAt, a.unitId) - at(unitAt, b.unitId) ||
    at(indAt, a.indicator) - at(indAt, b.indicator) ||
    comp(a) - comp(b) ||
    byCodePoint(a.files[0] ?? '', b.files[0] ?? '');
}

export function conflictRows(
  catalog: Catalog,
  records: readonly FileRecord[],
  duplicates: ReadonlyMap<string, readonly FileRecord[]>,
  indicators: readonly ConsolidatedIndicator[],
): ConflictRow[] {
  return [
    ...duplicateConflicts(duplicates),
    ...fileConflicts(records),
    ...disagreements(catalog, records, indicators),
  ].sort(conflictOrder(catalog));
}
