/**
 * The received files, one record each: which unit it belongs to, whether it arrived on time,
 * and whether its values are used, superseded by a newer file of the same unit, or rejected.
 */
import { findUnit, type Catalog, type ReportingUnit } from '../catalog';
import { makeIssue, type Issue, type IssueCode } from '../issues';
import { templateFileName } from '../template/file-name';
import type { TemplateIdentity } from '../template/layout-types';
import { analyzeTemplate, type Analysis } from '../validation/validate';
import { byCodePoint, PLACEHOLDER_FILE_SEPARATOR } from './collect';
import { viDateFromIso } from '../template/vi-format';
import { deadlineCutoff, displayVietnamTime, parseInstant, timelinessOf } from '../vietnam-time';
import type { FileUse, ReceivedFile, RunOptions } from './run-types';

export interface FileRecord {
  readonly received: ReceivedFile;
  /** Validation and extracted values; absent when the file could not be read. */
  readonly analysis?: Analysis;
  readonly identity?: TemplateIdentity;
  /** From the identity sheet, or (no readable identity) from the file name. */
  readonly unit?: ReportingUnit;
  /** receivedAt as milliseconds; NaN when it is not an ISO time. */
  readonly receivedMs: number;
  readonly timeliness?: 'on-time' | 'late';
  use: FileUse;
  reason?: Issue;
  /** The file line's issues; lateness and duplicate issues are appended in that order. */
  readonly issues: Issue[];
}

/** Issues that keep a file out of the consolidation. */
const REJECTING: ReadonlySet<IssueCode> = new Set<IssueCode>([
  'IDENTITY_MISSING',
  'IDENTITY_UNKNOWN_UNIT',
  'TEMPLATE_WRONG_YEAR',
]);

/** Same name first, then the rest, so any order of arrival gives the same list. */
export function compareReceived(a: ReceivedFile, b: ReceivedFile): number {
  return (
    byCodePoint(a.file, b.file) ||
    byCodePoint(a.receivedAt, b.receivedAt) ||
    byCodePoint(a.sha256, b.sha256) ||
    a.sizeBytes - b.sizeBytes
  );
}

/** The code a template file name starts with (statistics code for communes, id otherwise) → unit. */
function unitsByFileCode(catalog: Catalog): Map<string, ReportingUnit> {
  const out = new Map<string, ReportingUnit>();
  for (const unit of catalog.units) {
    const name = templateFileName(unit);
    out.set(name.slice(0, name.indexOf('_')), unit);
  }
  return out;
}

/**
 * A unit guessed from the file name, as templateFileName names it: "<code>_…". Codes contain no
 * '_', so at most one unit matches. A folder prefix (CLI name clashes) is ignored.
 */
function unitFromName(file: string, byCode: ReadonlyMap<string, ReportingUnit>): ReportingUnit | undefined {
  const base = file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
  const cut = base.indexOf('_');
  return cut > 0 ? byCode.get(base.slice(0, cut)) : undefined;
}

interface Context {
  catalog: Catalog;
  options: RunOptions;
  cutoff: number;
  byCode: ReadonlyMap<string, ReportingUnit>;
}

function lateIssue(ctx: Context, unit: ReportingUnit, receivedMs: number, file: string): Issue {
  const params = {
    unit: unit.nameVi,
    deadline: viDateFromIso(ctx.options.deadline),
    submitted: displayVietnamTime(receivedMs),
  };
  return makeIssue('SUBMISSION_LATE', params, { file });
}

function recordOf(ctx: Context, received: ReceivedFile): FileRecord {
  const receivedMs = parseInstant(received.receivedAt);
  const { file, outcome } = received;
  if (!outcome.ok) {
    const unit = unitFromName(file, ctx.byCode);
    const timeliness = unit ? timelinessOf(receivedMs, ctx.cutoff) : undefined;
    return {
      received,
      ...(unit ? { unit } : {}),
      receivedMs,
      ...(timeliness ? { timeliness } : {}),
      use: 'rejected',
      reason: outcome.issue,
      issues: [outcome.issue],
    };
  }
  const analysis = analyzeTemplate(ctx.catalog, outcome.reading, { file, year: ctx.options.year });
  const identity = analysis.values.identity;
  // No identity sheet: the name is the only clue to whose file it is (it is still rejected).
  const unit = identity ? findUnit(ctx.catalog, identity.unitId) : unitFromName(file, ctx.byCode);
  const timeliness = unit ? timelinessOf(receivedMs, ctx.cutoff) : undefined;
  const issues = [...analysis.issues];
  const reason = issues.find((i) => REJECTING.has(i.code));
  // A category's stand-in template (no real unit's name): read and counted, but the office must act.
  if (unit?.kind === 'placeholder' && identity !== undefined)
    issues.push(makeIssue('PLACEHOLDER_UNIT_FILE', { category: unit.nameVi }, { file }));
  // Lateness matters for the files whose figures can be used; a rejected one must be sent again anyway.
  if (unit && !reason && timeliness === 'late') issues.push(lateIssue(ctx, unit, receivedMs, file));
  return {
    received,
    analysis,
    ...(identity ? { identity } : {}),
    ...(unit ? { unit } : {}),
    receivedMs,
    ...(timeliness ? { timeliness } : {}),
    use: reason ? 'rejected' : 'used',
    ...(reason ? { reason } : {}),
    issues,
  };
}

/** Every file analysed, in file-name order (code points). Duplicates are still all 'used'. */
export function readFiles(
  catalog: Catalog,
  files: readonly ReceivedFile[],
  options: RunOptions,
): FileRecord[] {
  const ctx: Context = {
    catalog,
    options,
    cutoff: deadlineCutoff(options.deadline),
    byCode: unitsByFileCode(catalog),
  };
  return [...files].sort(compareReceived).map((f) => recordOf(ctx, f));
}

/** A time or NaN, newest first; unknown times last. */
const newer = (a: number, b: number): number =>
  Number.isNaN(a) ? (Number.isNaN(b) ? 0 : 1) : Number.isNaN(b) ? -1 : b - a;

/**
 * Newest first: the later receivedAt; on a tie the later identity generatedAt (a template
 * issued again); then the file name sorting LAST in code-point order ("…_v2" after "…_v1");
 * then sha256 and size, so the choice never depends on the order the files arrived in.
 */
export function newestFirst(a: FileRecord, b: FileRecord): number {
  const generated = (r: FileRecord): number =>
    r.identity ? parseInstant(r.identity.generatedAt) : Number.NaN;
  return (
    newer(a.receivedMs, b.receivedMs) ||
    newer(generated(a), generated(b)) ||
    -compareReceived(a.received, b.received)
  );
}

/**
 * Who a file's figures belong to: its unit; for a file made from a category's stand-in template
 * (several real units may have used it), that file alone, so two such files never replace each
 * other. Undefined when the unit is unknown.
 */
export function submitterId(r: FileRecord): string | undefined {
  if (r.unit === undefined) return undefined;
  return r.unit.kind === 'placeholder'
    ? `${r.unit.id}${PLACEHOLDER_FILE_SEPARATOR}${r.received.file}`
    : r.unit.id;
}

/**
 * Two or more usable files for one unit: the newest is used, the others are superseded
 * (FILE_DUPLICATE_UNIT naming the used file). Returns each such unit's files, used first.
 */
export function supersede(records: readonly FileRecord[]): Map<string, FileRecord[]> {
  const byUnit = new Map<string, FileRecord[]>();
  for (const r of records) {
    const id = submitterId(r);
    if (r.use === 'rejected' || id === undefined) continue;
    byUnit.set(id, [...(byUnit.get(id) ?? []), r]);
  }
  const groups = new Map<string, FileRecord[]>();
  for (const [unitId, list] of byUnit) {
    if (list.length < 2) continue;
    const ranked = [...list].sort(newestFirst);
    const [used, ...others] = ranked;
    if (used === undefined) continue;
    for (const r of others) {
      const issue = makeIssue(
        'FILE_DUPLICATE_UNIT',
        { unit: used.unit?.nameVi ?? unitId, otherFile: used.received.file },
        { file: r.received.file },
      );
      r.use = 'superseded';
      r.reason = issue;
      r.issues.push(issue);
    }
    groups.set(unitId, ranked);
  }
  return groups;
}
