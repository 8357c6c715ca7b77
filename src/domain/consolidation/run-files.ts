/**
 * The received files, one record each: which unit it belongs to, whether it arrived on time,
 * and whether its values are used, superseded by a newer file of the same unit, or rejected.
 */
import { findUnit, type Catalog, type ReportingUnit } from '../catalog';
import { headerKey } from '../text';
import { makeIssue, type Issue, type IssueCode } from '../issues';
import { unitFromFileName } from '../template/file-name';
import { suspectIssue, type Suspicion } from '../validation/identity-rules';
import type { TemplateIdentity } from '../template/layout-types';
import { analyzeTemplate, type Analysis } from '../validation/validate';
import { byCodePoint, PLACEHOLDER_FILE_SEPARATOR } from './collect';
import { viDateFromIso } from '../template/vi-format';
import { deadlineCutoff, displayVietnamTime, parseInstant, timelinessOf } from '../vietnam-time';
import type { FileUse, ReceivedFile, RunOptions } from './run-types';

/** A received file without its read model (dropped once the file is analysed). */
export type ReceivedMeta = Omit<ReceivedFile, 'outcome'>;

export interface FileRecord {
  readonly received: ReceivedMeta;
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
  'IDENTITY_INVALID',
  'IDENTITY_UNKNOWN_UNIT',
  'TEMPLATE_WRONG_YEAR',
]);

/** Same name first, then the rest, so any order of arrival gives the same list. */
export function compareReceived(a: ReceivedMeta, b: ReceivedMeta): number {
  return (
    byCodePoint(a.file, b.file) ||
    byCodePoint(a.receivedAt, b.receivedAt) ||
    byCodePoint(a.sha256, b.sha256) ||
    a.sizeBytes - b.sizeBytes
  );
}

interface Context {
  catalog: Catalog;
  options: Pick<RunOptions, 'year' | 'deadline'>;
  cutoff: number;
}

function lateIssue(ctx: Context, unit: ReportingUnit, receivedMs: number, file: string): Issue {
  const params = {
    unit: unit.nameVi,
    deadline: viDateFromIso(ctx.options.deadline),
    submitted: displayVietnamTime(receivedMs),
  };
  return makeIssue('SUBMISSION_LATE', params, { file });
}

/**
 * One file analysed as soon as it is read: validated, its values extracted, its unit and
 * timeliness known; the read model is not kept (a batch of 1,000 files never holds them all).
 */
export function analyzeFile(
  catalog: Catalog,
  file: ReceivedFile,
  options: Pick<RunOptions, 'year' | 'deadline'>,
): FileRecord {
  return recordOf({ catalog, options, cutoff: deadlineCutoff(options.deadline) }, file);
}

function recordOf(ctx: Context, full: ReceivedFile): FileRecord {
  const { outcome, ...received } = full;
  const receivedMs = parseInstant(received.receivedAt);
  const { file } = received;
  if (!outcome.ok) {
    const unit = unitFromFileName(ctx.catalog, file);
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
  const unit = identity ? findUnit(ctx.catalog, identity.unitId) : unitFromFileName(ctx.catalog, file);
  const timeliness = unit ? timelinessOf(receivedMs, ctx.cutoff) : undefined;
  const issues = withSender(ctx.catalog, analysis.issues, unit, received);
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

/** The analysed files in file-name order (code points), each 'used' or 'rejected' so far. */
export function orderRecords(records: readonly FileRecord[]): FileRecord[] {
  return [...records].sort((a, b) => compareReceived(a.received, b.received));
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
 * The sender the received log gives (a unit id, statistics code or name) against the unit the
 * file claims: a different sender makes the file suspect (added to its IDENTITY_SUSPECT issue).
 */
function withSender(
  catalog: Catalog,
  issues: readonly Issue[],
  unit: ReportingUnit | undefined,
  received: ReceivedMeta,
): Issue[] {
  const sender = received.sender === undefined ? undefined : unitOfSender(catalog, received.sender);
  if (unit === undefined || sender === undefined || sender.id === unit.id) return [...issues];
  const reason: Suspicion = {
    vi: `nhật ký nhận tệp ghi người gửi là ${sender.nameVi}`,
    en: `the received log says ${sender.nameEn} sent it`,
  };
  const earlier = issues.find((i) => i.code === 'IDENTITY_SUSPECT');
  const reasons: Suspicion[] = [
    ...(earlier === undefined
      ? []
      : [{ vi: String(earlier.params.reasonsVi), en: String(earlier.params.reasonsEn) }]),
    reason,
  ];
  const merged = suspectIssue(`${unit.nameVi} (${unit.id})`, reasons, received.file);
  return [...issues.filter((i) => i !== earlier), merged];
}

/** A unit from how a register names it: id, statistics code or name (accents and case ignored). */
function unitOfSender(catalog: Catalog, sender: string): ReportingUnit | undefined {
  const text = sender.trim();
  if (text === '') return undefined;
  const key = headerKey(text);
  return (
    findUnit(catalog, text) ??
    catalog.units.find((u) => u.statCode === text.padStart(5, '0') || headerKey(u.nameVi) === key)
  );
}
