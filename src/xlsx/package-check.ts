/**
 * Is this file an .xlsx we may open? Checked on the bytes, before any spreadsheet library sees
 * them, so a bad file gets a precise Vietnamese issue instead of a crash or a hang:
 * - OLE compound file (D0 CF 11 E0): Excel's encrypted (password-to-open) xlsx, or an old .xls;
 * - not a zip ('PK'): another format (PDF, CSV, HTML…), or a damaged .xlsx;
 * - a zip without a workbook: .ods, .docx… ; .xlsm or a VBA project inside: macros are refused;
 * - a zip entry written twice: a tampered file (two readers would read two different files).
 * Sizes are not trusted here: each part is inflated later with a counted cap (zip.ts).
 * Plain bytes only (no Node Buffer): the task pane runs this code too.
 */
import { makeIssue, type Issue } from '../domain/issues';
import { LIMITS, MAX_FILE_BYTES } from './limits';
import { parseRelationships, resolvePartName } from './workbook-parts';
import { decodeUtf8, DuplicateEntryError, listEntries, readEntry, ZipError, type ZipEntry } from './zip';

export { MAX_FILE_BYTES };

const MB = 1024 * 1024;

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** An ASCII text as UTF-16LE bytes. */
const utf16le = (s: string): Uint8Array =>
  Uint8Array.from([...s].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]));

/** Stream names of an encrypted OOXML package inside its CFB container (UTF-16LE). */
const ENCRYPTION_STREAMS = ['EncryptionInfo', 'EncryptedPackage'].map(utf16le);
/** The main stream of a legacy Word document: a .doc, not a workbook. */
const WORD_STREAM = utf16le('WordDocument');

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

/** What a zip without an xlsx workbook is, whatever its name says; undefined when it cannot be told. */
function otherZipFormat(buf: Uint8Array, entries: readonly ZipEntry[]): string | undefined {
  const mimetype = entries.find((e) => e.name === 'mimetype');
  if (mimetype) {
    const type = decodeUtf8(readEntry(buf, mimetype, 1024));
    if (type.includes('opendocument.text')) return 'odt';
    return 'ods';
  }
  if (entries.some((e) => e.name.startsWith('word/'))) return 'docx';
  if (entries.some((e) => e.name.startsWith('ppt/'))) return 'pptx';
  return undefined;
}

/** `name` is the file's name (for its extension), `file` how issues name it. */
export function checkPackage(buf: Uint8Array, name: string, file: string): PackageCheck {
  const ext = extensionOf(name);
  const ctx = { file };
  if (startsWith(buf, CFB_MAGIC)) {
    // Excel writes a workbook with a password to open as an encrypted package in a CFB file;
    // any other CFB file is a legacy Office document (.xls, .doc), whatever its name says.
    if (ENCRYPTION_STREAMS.some((s) => includesBytes(buf, s)))
      return fail(makeIssue('FILE_PASSWORD_PROTECTED', {}, ctx));
    const legacy = includesBytes(buf, WORD_STREAM) ? 'doc' : 'xls';
    return fail(makeIssue('FILE_NOT_XLSX', { ext: legacy }, ctx));
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
    entries = listEntries(buf, LIMITS.entries);
    if (entries.some((e) => e.flags & 1)) return fail(makeIssue('FILE_PASSWORD_PROTECTED', {}, ctx));
    workbookPart = workbookPartOf(buf, entries);
  } catch (e) {
    if (e instanceof DuplicateEntryError) return fail(makeIssue('FILE_TAMPERED', { part: e.entry }, ctx));
    if (e instanceof ZipError) return fail(makeIssue('FILE_CORRUPT', {}, ctx));
    throw e;
  }
  if (entries.some((e) => /(^|\/)vbaProject\.bin$/i.test(e.name)))
    return fail(makeIssue('FILE_XLSM', {}, ctx));
  if (workbookPart?.endsWith('.bin')) return fail(makeIssue('FILE_NOT_XLSX', { ext: 'xlsb' }, ctx));
  if (workbookPart === undefined) {
    const other = otherZipFormat(buf, entries);
    if (other === undefined && ext === 'xlsx') return fail(makeIssue('FILE_CORRUPT', {}, ctx));
    return fail(makeIssue('FILE_NOT_XLSX', { ext: other ?? (ext || 'zip') }, ctx));
  }
  return { ok: true, entries, workbookPart };
}
