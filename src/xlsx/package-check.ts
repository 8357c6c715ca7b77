/**
 * Is this file an .xlsx we may open? Checked on the bytes, before any spreadsheet library sees
 * them, so a bad file gets a precise Vietnamese issue instead of a crash or a hang:
 * - OLE compound file (D0 CF 11 E0): Excel's encrypted (password-to-open) xlsx, or an old .xls;
 * - not a zip ('PK'): another format (PDF, CSV, HTML…), or a damaged .xlsx;
 * - a zip without a workbook: .ods, .docx… ; .xlsm or a VBA project inside: macros are refused;
 * - declared unpacked size above a limit: a zip bomb, refused before inflating.
 * Plain bytes only (no Node Buffer): the task pane runs this code too.
 */
import { makeIssue, type Issue } from '../domain/issues';
import { parseRelationships, resolvePartName } from './package-xml';
import { decodeUtf8, listEntries, readEntry, ZipError, type ZipEntry } from './zip';

const MB = 1024 * 1024;
/** Largest file accepted: a filled template is well under 1 MB. */
export const MAX_FILE_BYTES = 20 * MB;
/** Largest total unpacked size (xlsx compresses about 10:1). */
export const MAX_UNPACKED_BYTES = 200 * MB;

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** An ASCII text as UTF-16LE bytes. */
const utf16le = (s: string): Uint8Array =>
  Uint8Array.from([...s].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]));

/** Stream names of an encrypted OOXML package inside its CFB container (UTF-16LE). */
const ENCRYPTION_STREAMS = ['EncryptionInfo', 'EncryptedPackage'].map(utf16le);

const startsWith = (buf: Uint8Array, prefix: readonly number[]): boolean =>
  buf.length >= prefix.length && prefix.every((b, i) => buf[i] === b);

/** Whether `needle` (non-empty) occurs in `buf`. */
function includesBytes(buf: Uint8Array, needle: Uint8Array): boolean {
  const first = needle[0] ?? 0;
  const last = buf.length - needle.length;
  for (let i = buf.indexOf(first); i !== -1 && i <= last; i = buf.indexOf(first, i + 1)) {
    let j = 1;
    while (j < needle.length && buf[i + j] === needle[j]) j++;
    if (j === needle.length) return true;
  }
  return false;
}

/** The extension of a file name, lower case, without the dot ('' for none or a dot file). */
export function extensionOf(name: string): string {
  const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

const MAGIC_FORMATS: readonly [string, RegExp][] = [
  ['pdf', /^%PDF/],
  ['html', /^\s*<(!doctype html|html)/i],
  ['xml', /^\s*<\?xml/],
  ['rtf', /^\{\\rtf/],
];

/** The format recognised from the first bytes, if any. */
function sniffFormat(buf: Uint8Array): string | undefined {
  const head = String.fromCharCode(...buf.subarray(0, 64)); // Latin-1: one character per byte
  return MAGIC_FORMATS.find(([, re]) => re.test(head))?.[0];
}

const mbOf = (bytes: number): number => Math.round((bytes / MB) * 10) / 10;

export function sizeIssue(bytes: number, file: string, max = MAX_FILE_BYTES): Issue | undefined {
  if (bytes <= max) return undefined;
  return makeIssue('FILE_TOO_LARGE', { sizeMb: mbOf(bytes), maxMb: mbOf(max) }, { file });
}

export type PackageCheck =
  { ok: true; entries: ZipEntry[]; workbookPart: string } | { ok: false; issue: Issue };

const fail = (issue: Issue): PackageCheck => ({ ok: false, issue });

/** The main part named by the package relationships (normally xl/workbook.xml). */
function workbookPartOf(buf: Uint8Array, entries: readonly ZipEntry[]): string | undefined {
  const rels = entries.find((e) => e.name === '_rels/.rels');
  const fromRels =
    rels &&
    parseRelationships(decodeUtf8(readEntry(buf, rels, MB))).find((r) => r.type.endsWith('/officeDocument'));
  const part = fromRels ? resolvePartName('', fromRels.target) : 'xl/workbook.xml';
  return entries.some((e) => e.name === part) ? part : undefined;
}

function otherZipFormat(entries: readonly ZipEntry[], ext: string): string {
  if (entries.some((e) => e.name === 'mimetype')) return ext === 'ods' || ext === '' ? 'ods' : ext;
  if (entries.some((e) => e.name.startsWith('word/'))) return 'docx';
  if (entries.some((e) => e.name.startsWith('ppt/'))) return 'pptx';
  return ext || 'zip';
}

/** `name` is the file's name (for its extension), `file` how issues name it. */
export function checkPackage(buf: Uint8Array, name: string, file: string): PackageCheck {
  const ext = extensionOf(name);
  const ctx = { file };
  if (startsWith(buf, CFB_MAGIC)) {
    const encrypted = ENCRYPTION_STREAMS.some((s) => includesBytes(buf, s));
    // A CFB file named .xlsx is what Excel writes when a password to open is set.
    if (encrypted || ext === 'xlsx' || ext === 'xlsm')
      return fail(makeIssue('FILE_PASSWORD_PROTECTED', {}, ctx));
    return fail(makeIssue('FILE_NOT_XLSX', { ext: ext || 'xls' }, ctx));
  }
  if (ext === 'xlsm') return fail(makeIssue('FILE_XLSM', {}, ctx));
  if (buf.length === 0) return fail(makeIssue('FILE_CORRUPT', {}, ctx));
  if (!startsWith(buf, [0x50, 0x4b])) {
    const format = sniffFormat(buf) ?? (ext === 'xlsx' ? undefined : ext || '?');
    // Unrecognisable bytes under an .xlsx name: a damaged file rather than another format.
    if (format === undefined) return fail(makeIssue('FILE_CORRUPT', {}, ctx));
    return fail(makeIssue('FILE_NOT_XLSX', { ext: format }, ctx));
  }
  let entries: ZipEntry[];
  let workbookPart: string | undefined;
  try {
    entries = listEntries(buf);
    if (entries.some((e) => e.flags & 1)) return fail(makeIssue('FILE_PASSWORD_PROTECTED', {}, ctx));
    workbookPart = workbookPartOf(buf, entries);
  } catch (e) {
    if (e instanceof ZipError) return fail(makeIssue('FILE_CORRUPT', {}, ctx));
    throw e;
  }
  if (entries.some((e) => /(^|\/)vbaProject\.bin$/i.test(e.name)))
    return fail(makeIssue('FILE_XLSM', {}, ctx));
  if (workbookPart === undefined) {
    if (ext === 'xlsx') return fail(makeIssue('FILE_CORRUPT', {}, ctx));
    return fail(makeIssue('FILE_NOT_XLSX', { ext: otherZipFormat(entries, ext) }, ctx));
  }
  const unpacked = entries.reduce((sum, e) => sum + e.size, 0);
  const tooBig = sizeIssue(unpacked, file, MAX_UNPACKED_BYTES);
  if (tooBig) return fail(tooBig);
  return { ok: true, entries, workbookPart };
}
