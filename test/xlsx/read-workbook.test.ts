/**
 * The xlsx reader shared by the CLI and the task pane (src/xlsx): plain bytes in, the same
 * reading as the CLI's path-based wrapper; received files hashed with Web Crypto; bad bytes give
 * their issue without throwing; and the modules import nothing of Node (they run in the browser).
 */
import { createHash } from 'node:crypto';
import {
  closeSync,
  ftruncateSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
} from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { readReceivedPath, readTemplateFile } from '../../src/cli/xlsx/template-reader';
import type { IssueCode } from '../../src/domain/issues';
import { MAX_FILE_BYTES } from '../../src/xlsx/package-check';
import { readWorkbookBytes } from '../../src/xlsx/read-workbook';
import { MAX_FILE_BYTES as RECEIVED_MAX, readReceivedFile } from '../../src/xlsx/received-file';
import { sha256Hex } from '../../src/xlsx/sha256';
import { listEntries, readEntry, ZipError } from '../../src/xlsx/zip';
import { tempDir, writeTemplate } from '../validation/helpers';

jest.setTimeout(60_000);

const dir = tempDir('khcn-xlsx-');
let template: string;
let bytes: Uint8Array;

beforeAll(async () => {
  ({ path: template } = await writeTemplate(dir, 'thong-ke'));
  bytes = new Uint8Array(readFileSync(template)); // a plain Uint8Array, as in the browser
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sha256Node = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

async function failure(b: Uint8Array, name: string): Promise<IssueCode> {
  const outcome = await readWorkbookBytes(b, name, `thu-muc/${name}`);
  if (outcome.ok) throw new Error(`${name} was read`);
  expect(outcome.issue.file).toBe(`thu-muc/${name}`);
  return outcome.issue.code;
}

describe('readWorkbookBytes = the CLI reader', () => {
  it('the same bytes give the same reading as readTemplateFile(path)', async () => {
    const fromBytes = await readWorkbookBytes(bytes, 'thong-ke.xlsx');
    const fromPath = await readTemplateFile(template);
    expect(fromBytes.ok).toBe(true);
    expect(fromBytes).toEqual(fromPath);
    if (!fromBytes.ok) return;
    expect(fromBytes.reading.identityRows).toContainEqual(['unitId', 'thong-ke']);
    expect(Object.keys(fromBytes.reading.names).length).toBeGreaterThan(10);
  });

  it('a view into a larger buffer (byteOffset ≠ 0) reads the same', async () => {
    const padded = new Uint8Array(bytes.length + 300);
    padded.set(bytes, 100);
    const view = padded.subarray(100, 100 + bytes.length);
    expect(await readWorkbookBytes(view, 'thong-ke.xlsx')).toEqual(
      await readWorkbookBytes(bytes, 'thong-ke.xlsx'),
    );
  });

  it('the extension comes from `name`, issues name `file`', async () => {
    expect(await failure(bytes, 'thong-ke.xlsm')).toBe('FILE_XLSM');
    expect(await failure(bytes, 'THONG-KE.XLSM')).toBe('FILE_XLSM');
  });
});

describe('bad bytes: the right issue, never a throw', () => {
  it('a truncated download, an empty file', async () => {
    expect(await failure(bytes.subarray(0, Math.floor(bytes.length / 2)), 'cut.xlsx')).toBe('FILE_CORRUPT');
    expect(await failure(bytes.subarray(0, bytes.length - 10), 'cut-end.xlsx')).toBe('FILE_CORRUPT');
    expect(await failure(new Uint8Array(0), 'empty.xlsx')).toBe('FILE_CORRUPT');
  });

  it('a PDF renamed .xlsx', async () => {
    expect(await failure(strToU8('%PDF-1.7\n%âãÏÓ\n'), 'bao-cao.xlsx')).toBe('FILE_NOT_XLSX');
  });

  it('an encrypted package (CFB with EncryptionInfo), and the same header as .xls', async () => {
    const utf16 = (s: string) => Uint8Array.from([...s].flatMap((c) => [c.charCodeAt(0), 0]));
    const cfb = new Uint8Array(1024);
    cfb.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    cfb.set(utf16('EncryptionInfo'), 512);
    cfb.set(utf16('EncryptedPackage'), 600);
    expect(await failure(cfb, 'co-mat-khau.xlsx')).toBe('FILE_PASSWORD_PROTECTED');
    expect(await failure(cfb.subarray(0, 512), 'cu.xls')).toBe('FILE_NOT_XLSX');
  });

  it('oversized input: FILE_TOO_LARGE before parsing', async () => {
    const huge = new Uint8Array(MAX_FILE_BYTES + 1);
    huge.set(bytes);
    expect(await failure(huge, 'qua-lon.xlsx')).toBe('FILE_TOO_LARGE');
    const received = await readReceivedFile('qua-lon.xlsx', huge, '2026-11-30T01:00:00.000Z');
    expect(received.outcome).toMatchObject({ ok: false, issue: { code: 'FILE_TOO_LARGE' } });
    expect(received.sha256).toBe(sha256Node(huge));
    expect(received.sizeBytes).toBe(MAX_FILE_BYTES + 1);
  });

  it('a zip that is not a workbook', async () => {
    const docx = zipSync({ 'word/document.xml': strToU8('<w:document/>') });
    expect(await failure(docx, 'van-ban.docx')).toBe('FILE_NOT_XLSX');
    // A Word document renamed .xlsx is named for what it is.
    expect(await failure(docx, 'van-ban.xlsx')).toBe('FILE_NOT_XLSX');
  });
});

describe('zip entries (fflate)', () => {
  const text = 'Nhập liệu '.repeat(5000);
  const zip = zipSync({ 'a.xml': strToU8(text) }, { level: 6 });
  const [entry] = listEntries(zip);
  if (!entry) throw new Error('no entry');

  it('inflates a deflated entry', () => {
    expect(entry.method).toBe(8);
    expect(new TextDecoder().decode(readEntry(zip, entry, 1024 * 1024))).toBe(text);
  });

  it('refuses a declared size above the limit before inflating, and an entry lying about its size', () => {
    expect(() => readEntry(zip, entry, entry.size - 1)).toThrow(ZipError);
    expect(() => readEntry(zip, { ...entry, size: 1000 }, 1024 * 1024)).toThrow(ZipError);
    expect(() => readEntry(zip, { ...entry, size: entry.size + 1 }, 1024 * 1024)).toThrow(ZipError);
  });
});

describe('received files', () => {
  it('readReceivedFile: Web Crypto SHA-256 = node:crypto, size, outcome, receivedAt as given', async () => {
    expect(RECEIVED_MAX).toBe(MAX_FILE_BYTES);
    expect(await sha256Hex(new Uint8Array(0))).toBe(sha256Node(new Uint8Array(0)));
    const r = await readReceivedFile('thong-ke.xlsx', bytes, '2026-12-01T03:00:00.000Z');
    expect(r).toMatchObject({
      file: 'thong-ke.xlsx',
      receivedAt: '2026-12-01T03:00:00.000Z',
      sha256: sha256Node(bytes),
      sizeBytes: bytes.length,
    });
    expect(r.outcome).toEqual(await readWorkbookBytes(bytes, 'thong-ke.xlsx'));
  });

  it('readReceivedFile on a bad file: a failed outcome, still hashed', async () => {
    const pdf = strToU8('%PDF-1.4\n');
    const r = await readReceivedFile('bao-cao.pdf', pdf, '2026-12-01T03:00:00.000Z');
    expect(r.outcome).toMatchObject({ ok: false, issue: { code: 'FILE_NOT_XLSX', file: 'bao-cao.pdf' } });
    expect(r.sha256).toBe(sha256Node(pdf));
  });

  it('readReceivedPath: received at the modification time; the same result as from the bytes', async () => {
    const when = new Date('2026-12-04T09:30:00.000Z');
    utimesSync(template, when, when);
    const r = await readReceivedPath(template, 'thong-ke.xlsx');
    expect(r.receivedAt).toBe(when.toISOString());
    expect(r).toEqual(await readReceivedFile('thong-ke.xlsx', bytes, when.toISOString()));
  });

  it('readReceivedPath: a missing file, a folder, an oversized file (hashed, not parsed)', async () => {
    const missing = await readReceivedPath(join(dir, 'khong-co.xlsx'), 'khong-co.xlsx');
    expect(missing).toMatchObject({
      sha256: '',
      sizeBytes: 0,
      outcome: { ok: false, issue: { code: 'FILE_NOT_FOUND' } },
    });
    expect((await readReceivedPath(dir, 'thu-muc')).outcome).toMatchObject({
      issue: { code: 'FILE_NOT_FOUND' },
    });
    const huge = join(dir, 'qua-lon.xlsx');
    const fd = openSync(huge, 'w');
    ftruncateSync(fd, MAX_FILE_BYTES + 1024); // sparse
    closeSync(fd);
    const r = await readReceivedPath(huge, 'qua-lon.xlsx');
    expect(r.outcome).toMatchObject({ ok: false, issue: { code: 'FILE_TOO_LARGE' } });
    expect(r.sizeBytes).toBe(MAX_FILE_BYTES + 1024);
    expect(r.sha256).toBe(sha256Node(new Uint8Array(MAX_FILE_BYTES + 1024)));
    expect(r.receivedAt).toBe(statSync(huge).mtime.toISOString());
  });
});

describe('src/xlsx runs in the browser', () => {
  const SRC = resolve(__dirname, '../../src');
  const XLSX = join(SRC, 'xlsx');
  const files = readdirSync(XLSX, { recursive: true, encoding: 'utf8' }).filter((f) => /\.tsx?$/.test(f));
  const nodeBuiltins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
  /** Every module specifier: import/export … from '…', import '…', import('…'), require('…'). */
  const specifiers = (code: string): string[] =>
    [
      ...code.matchAll(/\b(?:import|export)\s[^'";]*?\bfrom\s*['"]([^'"]+)['"]/g),
      ...code.matchAll(/\bimport\s*['"]([^'"]+)['"]/g),
      ...code.matchAll(/\b(?:import|require)\s*\(\s*['"]([^'"]+)['"]\s*\)/g),
    ].map((m) => m[1] ?? '');

  it('the scan sees the modules and their imports', () => {
    expect(files).toEqual(
      expect.arrayContaining(['zip.ts', 'read-workbook.ts', 'received-file.ts', 'sha256.ts']),
    );
    expect(specifiers(readFileSync(join(XLSX, 'zip.ts'), 'utf8'))).toContain('fflate');
  });

  it.each(files)(
    '%s imports no Node built-in, only fflate/exceljs/saxes/papaparse and src/domain, src/app, src/xlsx',
    (f) => {
      const code = readFileSync(join(XLSX, f), 'utf8');
      for (const spec of specifiers(code)) {
        expect(nodeBuiltins.has(spec) || spec.startsWith('node:')).toBe(false);
        if (spec.startsWith('.')) {
          const target = relative(SRC, resolve(join(XLSX, f), '..', spec)).split(/[\\/]/)[0];
          expect(['domain', 'app', 'xlsx']).toContain(target);
        } else {
          expect(['fflate', 'exceljs', 'saxes', 'papaparse']).toContain(spec);
        }
      }
      expect(code).not.toMatch(/\bBuffer\s*[.(]|\bprocess\.|\brequire\(/);
    },
  );
});
