/**
 * The sign-off block of a filled template (see template/sign-off.ts) and the completion rule:
 * a file counts as complete only when its mark says "Hoàn thành", the preparer, head of unit
 * and signing date are filled, and the file has no error. Otherwise it is a draft, which the
 * consolidation uses only when the unit sent no complete file. Templates older than the block
 * have no mark at all ('unmarked'): they are ranked as before (by name and time).
 */
import { excelSerialToIso } from '../catalog';
import { makeIssue, type Issue, type IssueContext } from '../issues';
import { stripDiacritics } from '../text';
import { COMPLETE_VALUE, SIGN_OFF_FIELDS, signOffField, type SignOffField } from '../template/sign-off';
import { dateOf, displayValue, textOf, usableValue } from './cell-value';
import type { WorkbookReading } from './reading';

export type Completion =
  /** Marked complete, signed, and without errors. */
  | 'complete'
  /** Marked complete but an error or a blank sign-off field blocks it: treated as a draft. */
  | 'blocked'
  /** Not marked complete. */
  | 'draft'
  /** A template without the mark (older version, or the names were deleted). */
  | 'unmarked';

export interface SignOff {
  completion: Completion;
  preparer?: string;
  phone?: string;
  head?: string;
  /** 'YYYY-MM-DD'. */
  signedOn?: string;
}

/** Whether a file of this completion is final when files of one unit are ranked. */
export const isMarkedDraft = (c: Completion | undefined): boolean => c === 'draft' || c === 'blocked';

const key = (s: string): string => stripDiacritics(s).toLowerCase().replace(/\s+/g, ' ').trim();
const COMPLETE_KEY = key(COMPLETE_VALUE);

/** 9–11 digits once spaces, dots, dashes, brackets and a leading +84 are removed. */
const phoneOk = (text: string): boolean => /^(\+?84|0)\d{8,10}$/.test(text.replace(/[\s.\-()]/g, ''));

/**
 * Reads the block and applies the completion rule. `errorsSoFar` counts the file's other errors
 * (validation runs first). The issues point at the block's cells by sheet, cell and name.
 */
export function readSignOff(
  reading: WorkbookReading,
  file: string | undefined,
  errorsSoFar: number,
): { signOff: SignOff; issues: Issue[] } {
  const issues: Issue[] = [];
  const markName = signOffField('complete').name;
  const mark = reading.names[markName];
  if (mark?.status !== 'ok') return { signOff: { completion: 'unmarked' }, issues };

  const where = (name: string): IssueContext => {
    const n = reading.names[name];
    const at = n?.status === 'ok' ? { sheet: n.sheet, cell: n.range.split(':')[0] ?? n.range } : {};
    return { ...(file !== undefined ? { file } : {}), ...at, definedName: name };
  };
  const signOff: SignOff = { completion: 'draft' };
  const values = new Map<SignOffField, string>();
  for (const f of SIGN_OFF_FIELDS) {
    const n = reading.names[f.name];
    const cell = n?.status === 'ok' ? n.cells[0] : undefined;
    if (cell === undefined) continue;
    const sink = { ctx: where(f.name), out: issues };
    const v = usableValue(cell, sink);
    if (v === undefined) continue;
    if (f.field === 'signedOn') {
      const d = dateOf(v, sink);
      if (d.state === 'ok') values.set(f.field, excelSerialToIso(d.value));
      continue;
    }
    const t = v.kind === 'number' ? { state: 'ok' as const, value: displayValue(v) } : textOf(v);
    if (t.state === 'ok' && t.value.trim() !== '') values.set(f.field, t.value.trim());
  }
  const get = (f: SignOffField): string | undefined => values.get(f);
  const preparer = get('preparer');
  const phone = get('phone');
  const head = get('head');
  const signedOn = get('signedOn');
  if (preparer !== undefined) signOff.preparer = preparer;
  if (phone !== undefined) signOff.phone = phone;
  if (head !== undefined) signOff.head = head;
  if (signedOn !== undefined) signOff.signedOn = signedOn;
  if (phone !== undefined && !phoneOk(phone))
    issues.push(makeIssue('SIGN_OFF_PHONE_INVALID', { text: phone }, where(signOffField('phone').name)));

  const marked = key(get('complete') ?? '') === COMPLETE_KEY;
  if (!marked) {
    issues.push(makeIssue('FILE_NOT_COMPLETE', {}, where(markName)));
    return { signOff, issues };
  }
  for (const f of SIGN_OFF_FIELDS)
    if (f.requiredForComplete && !values.has(f.field))
      issues.push(makeIssue('SIGN_OFF_MISSING', { fieldVi: f.labelVi, fieldEn: f.labelEn }, where(f.name)));
  const errors = errorsSoFar + issues.filter((i) => i.severity === 'error').length;
  if (errors > 0) {
    issues.push(makeIssue('COMPLETE_WITH_ERRORS', { errors }, where(markName)));
    return { signOff: { ...signOff, completion: 'blocked' }, issues };
  }
  return { signOff: { ...signOff, completion: 'complete' }, issues };
}
