/**
 * Which file of a unit is used when it sent several. The order, most decisive first:
 * 1. a file the office pinned ("dùng tệp này": --prefer, or the pane's pin);
 * 2. a clean file before a suspect one (its identity does not match, or its structure is broken:
 *    a tampered or edited file never silently replaces a clean one, however new it is);
 * 3. a file marked complete ("Hoàn thành", signed, without errors) before any other: drafts are
 *    used only when the unit sent no complete file;
 * 4. a final file before a draft by its name ("nháp", "bản nháp" or "draft");
 * 5. the one received last (the register's time, else the file's).
 * Two files still equal are a TIE: one is used so the figures exist, but the conflict is shown
 * for the office to decide; the choice never depends on the order the files arrived in.
 */
import { makeIssue, type Issue, type IssueCode } from '../issues';
import { templateFileName } from '../template/file-name';
import { stripDiacritics } from '../text';
import { parseInstant } from '../vietnam-time';
import { compareReceived, submitterId, type FileRecord } from './run-files';
import { isMarkedDraft } from '../validation/sign-off';

/** Errors that mean the file's structure was broken: its values may sit in the wrong cells. */
const STRUCTURAL: ReadonlySet<IssueCode> = new Set<IssueCode>([
  'NAME_MISSING',
  'NAME_BROKEN',
  'NAME_WRONG_PLACE',
  'SHEET_MISSING',
]);

export const isSuspect = (r: FileRecord): boolean =>
  r.issues.some((i) => i.code === 'IDENTITY_SUSPECT' || (i.severity === 'error' && STRUCTURAL.has(i.code)));

const words = (name: string): string[] =>
  stripDiacritics(name.replace(/\.[^.]*$/, ''))
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');

/** A draft by its name: "…_ban_nhap", "draft", or "nhap" added after the template's own name. */
export function isDraft(r: FileRecord): boolean {
  const base = r.received.file.slice(r.received.file.lastIndexOf('/') + 1);
  const w = words(base);
  const canonical = r.unit === undefined ? [] : words(templateFileName(r.unit));
  const added = canonical.length > 0 && canonical.every((c, i) => w[i] === c) ? w.slice(canonical.length) : w;
  const banNhap = w.some((x, i) => x === 'ban' && w[i + 1] === 'nhap');
  return added.includes('draft') || banNhap || (added !== w && added.includes('nhap'));
}

/** The file's completion mark (see validation/sign-off.ts); undefined for an unreadable file. */
export const completionOf = (r: FileRecord) => r.analysis?.values.signOff?.completion;

/** A draft the consolidation uses because its unit sent no complete file. */
export const usedAsDraft = (r: FileRecord): boolean => r.use === 'used' && isMarkedDraft(completionOf(r));

interface Ranked {
  record: FileRecord;
  pinned: boolean;
  clean: boolean;
  complete: boolean;
  final: boolean;
}

/** A time or NaN, newest first; unknown times last. */
const newer = (a: number, b: number): number =>
  Number.isNaN(a) ? (Number.isNaN(b) ? 0 : 1) : Number.isNaN(b) ? -1 : b - a;

/** The decisive keys (pin, clean, complete, final, time): 0 when two files are a tie. */
function decisive(a: Ranked, b: Ranked): number {
  return (
    Number(b.pinned) - Number(a.pinned) ||
    Number(b.clean) - Number(a.clean) ||
    Number(b.complete) - Number(a.complete) ||
    Number(b.final) - Number(a.final) ||
    newer(a.record.receivedMs, b.record.receivedMs)
  );
}

/** A stable order for ties, so the same files give the same choice whatever their order. */
function tieBreak(a: Ranked, b: Ranked): number {
  const generated = (r: FileRecord): number =>
    r.identity ? parseInstant(r.identity.generatedAt) : Number.NaN;
  return (
    newer(generated(a.record), generated(b.record)) || -compareReceived(a.record.received, b.record.received)
  );
}

/** The unit's files, the one used first. */
export function rankFiles(records: readonly FileRecord[], pinned: ReadonlySet<string>): FileRecord[] {
  return rankedOf(records, pinned).map((r) => r.record);
}

function rankedOf(records: readonly FileRecord[], pinned: ReadonlySet<string>): Ranked[] {
  return records
    .map((record) => ({
      record,
      pinned: pinned.has(record.received.file),
      clean: !isSuspect(record),
      complete: completionOf(record) === 'complete',
      final: !isDraft(record),
    }))
    .sort((a, b) => decisive(a, b) || tieBreak(a, b));
}

/** Why `loser` is not used, the file used being `winner`. */
function reasonOf(winner: Ranked, loser: Ranked, unit: string): Issue {
  const otherFile = winner.record.received.file;
  const at = { file: loser.record.received.file };
  if (decisive(winner, loser) === 0) return makeIssue('FILE_TIE', { otherFile }, at);
  if (winner.pinned && !loser.pinned) return makeIssue('FILE_SUPERSEDED_PINNED', { otherFile }, at);
  if (winner.clean && !loser.clean) return makeIssue('FILE_SUPERSEDED_SUSPECT', { otherFile }, at);
  if ((winner.complete && !loser.complete) || (winner.final && !loser.final))
    return makeIssue('FILE_SUPERSEDED_DRAFT', { otherFile }, at);
  return makeIssue('FILE_DUPLICATE_UNIT', { unit, otherFile }, at);
}

/**
 * Two or more usable files for one unit: the first in rank is used, the others are superseded,
 * each with the reason (pinned, suspect, draft, older, or a tie the office must decide). Returns
 * each such unit's files, the used one first.
 */
export function supersede(
  records: readonly FileRecord[],
  pinned: readonly string[] = [],
): Map<string, FileRecord[]> {
  const pins = new Set(pinned);
  const byUnit = new Map<string, FileRecord[]>();
  for (const r of records) {
    const id = submitterId(r);
    if (r.use === 'rejected' || id === undefined) continue;
    byUnit.set(id, [...(byUnit.get(id) ?? []), r]);
  }
  const groups = new Map<string, FileRecord[]>();
  for (const [unitId, list] of byUnit) {
    if (list.length < 2) continue;
    const ranked = rankedOf(list, pins);
    const [used, ...others] = ranked;
    if (used === undefined) continue;
    for (const r of others) {
      const issue = reasonOf(used, r, used.record.unit?.nameVi ?? unitId);
      r.record.use = 'superseded';
      r.record.reason = issue;
      r.record.issues.push(issue);
    }
    groups.set(
      unitId,
      ranked.map((r) => r.record),
    );
  }
  return groups;
}
