/**
 * buildRun: the received files → the consolidation run (see run-types.ts). Pure and
 * deterministic: the files are sorted by name first, and every later choice (the file used
 * for a unit, the order of rows) depends only on the files' content and times, so the same
 * files in any order give a deep-equal run.
 *
 * 1. Each readable file is validated (analyzeTemplate); unreadable files, files without our
 *    identity, of an unknown unit or of another year are rejected (run-files.ts).
 * 2. Several usable files of one unit: one is used (pinned, clean, complete, newest: see
 *    file-choice.ts), the others are superseded; a draft used for want of a complete file says so.
 * 3. The used files' valid values are consolidated, except a unit's values for an indicator
 *    in which its file has an error: a ratio is never built from a figure the unit got wrong.
 * 4. Provenance (run-detail.ts), unit status and completeness (run-status.ts), conflicts
 *    (run-conflicts.ts).
 */
import type { Catalog } from '../catalog';
import { consolidate } from './consolidate';
import { populationFlags, referencePopulation } from './population';
import { provinceChecks } from './province-checks';
import { addPlausibilityWarnings } from './plausibility';
import { unionRegisters } from './registers';
import { conflictRows } from './run-conflicts';
import { detailRows, readValues, type ReadValue } from './run-detail';
import { completionOf, supersede, usedAsDraft } from './file-choice';
import { makeIssue } from '../issues';
import { analyzeFile, orderRecords, submitterId, type FileRecord } from './run-files';
import { deadlineCutoff } from '../vietnam-time';
import { countIssues, unitStatus } from './run-status';
import type { ConsolidationRun, FileLine, ReceivedFile, RunOptions } from './run-types';
import { compareTargets } from './targets';
import type { UnitSubmission } from './types';

/** Last day to submit (Kế hoạch 17/KH-UBND), Vietnam time. */
export const DEFAULT_DEADLINE = '2026-12-05';

/** The units the registry marks as having to report ("phải báo cáo"), registry order. */
export function defaultExpectedUnits(catalog: Catalog): string[] {
  return catalog.units.filter((u) => u.mustReport && u.kind !== 'placeholder').map((u) => u.id);
}

function fileLine(record: FileRecord, read: readonly ReadValue[], valuesUsed: number): FileLine {
  const { received, identity, unit } = record;
  return {
    file: received.file,
    sha256: received.sha256,
    sizeBytes: received.sizeBytes,
    receivedAt: received.receivedAt,
    ...(unit ? { unitId: unit.id, unitNameVi: unit.nameVi } : {}),
    ...(identity
      ? {
          year: identity.year,
          templateVersion: identity.templateVersion,
          catalogVersion: identity.catalogVersion,
        }
      : {}),
    ...(record.timeliness ? { timeliness: record.timeliness } : {}),
    ...(completionOf(record) ? { completion: completionOf(record) } : {}),
    use: record.use,
    ...(record.reason ? { reason: record.reason } : {}),
    issues: record.issues,
    ...countIssues(record.issues),
    valuesRead: read.length,
    valuesUsed,
  };
}

/** The submission of a used file: its valid values outside the indicators it has errors in. */
function submissionOf(record: FileRecord, read: readonly ReadValue[]): UnitSubmission[] {
  const id = submitterId(record);
  if (record.use !== 'used' || id === undefined) return [];
  const values = read.filter((v) => v.blockedBy === undefined).map((v) => v.reported);
  return [{ unitId: id, values }];
}

/** The run of received files (analysed here); see buildRunOfRecords for files analysed as read. */
export function buildRun(
  catalog: Catalog,
  files: readonly ReceivedFile[],
  options: RunOptions,
): ConsolidationRun {
  return buildRunOfRecords(
    catalog,
    files.map((f) => analyzeFile(catalog, f, options)),
    options,
  );
}

/**
 * The run of files already analysed (analyzeFile, one by one as they are read). The records'
 * `use` is settled here: duplicates superseded, the office's choices applied.
 */
export function buildRunOfRecords(
  catalog: Catalog,
  analysed: readonly FileRecord[],
  options: RunOptions,
): ConsolidationRun {
  deadlineCutoff(options.deadline); // a malformed deadline is a RangeError, even with no file
  // Fresh copies: the choice of files sets `use` and `reason` on them.
  const records = orderRecords(analysed).map((r) => ({ ...r, issues: [...r.issues] }));
  const duplicates = supersede(records, options.pinned);
  for (const r of records)
    if (usedAsDraft(r)) r.issues.push(makeIssue('DRAFT_USED', {}, { file: r.received.file }));
  const read = new Map(records.map((r) => [r, readValues(catalog, r)]));
  addPlausibilityWarnings(catalog, records, read, options.previous);
  const submissions = records.flatMap((r) => submissionOf(r, read.get(r) ?? []));
  const fallback = {
    officialPopulation: options.officialPopulation,
    ...(options.populationSource !== undefined ? { populationSource: options.populationSource } : {}),
  };
  const population = referencePopulation(catalog, submissions, fallback);
  const registers = unionRegisters(records);
  const indicators = consolidate(catalog, submissions, {
    ...fallback,
    population,
    year: options.year,
    registers,
  });
  const detail = detailRows(catalog, records, read, indicators, options.readAt);
  const { units, completeness } = unitStatus(catalog, records, read, options);
  return {
    options,
    files: records.map((r) => fileLine(r, read.get(r) ?? [], detail.usedCount.get(r) ?? 0)),
    units,
    completeness,
    conflicts: conflictRows(catalog, records, duplicates, indicators),
    indicators,
    population,
    flags: populationFlags(population),
    provinceChecks: provinceChecks(catalog, indicators),
    targetChecks: compareTargets(catalog, indicators, options.year, options.previous),
    detail: detail.rows,
    ...(registers.length > 0 ? { registers } : {}),
  };
}
