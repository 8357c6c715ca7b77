/**
 * The .xlsx reader on real files: a generated template reads back by name, and every bad file
 * of the list gives its Vietnamese issue naming the file — never a crash.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, openSync, closeSync, ftruncateSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { namedCells } from '../../src/domain/template/layout-types';
import { validateWorkbook } from '../../src/app/validate-workbook';
import { renderIssue, type IssueCode } from '../../src/domain/issues';
import { readTemplateFile } from '../../src/cli/xlsx/template-reader';
import {
  catalog,
  tempDir,
  writeTemplate,
  PYTHON,
  requireOpenpyxl,
  fillWithOpenpyxl,
  validSpecValues,
} from './helpers';

jest.setTimeout(120_000);

const reader = { read: readTemplateFile };
const dir = tempDir();
let template: string;
let layout: Awaited<ReturnType<typeof writeTemplate>>['layout'];

beforeAll(async () => {
  ({ path: template, layout } = await writeTemplate(dir, 'thong-ke'));
});

async function unreadable(path: string): Promise<{ code: IssueCode; vi: string }> {
  const outcome = await readTemplateFile(path, path);
  if (outcome.ok) throw new Error(`${path} was read`);
  expect(outcome.issue.file).toBe(path);
  const vi = renderIssue(outcome.issue, 'vi');
  expect(vi).toContain(`Tệp “${path}”`);
  return { code: outcome.issue.code, vi };
}

/** A zip written by Python's zipfile (entries: name → text). */
function zipWith(path: string, entries: Record<string, string>, base?: string): void {
  const script = [
    'import json, shutil, sys, zipfile',
    'dst, entries, base = sys.argv[1], json.loads(sys.argv[2]), sys.argv[3]',
    'if base: shutil.copy(base, dst)',
    "z = zipfile.ZipFile(dst, 'a' if base else 'w', zipfile.ZIP_DEFLATED)",
    '[z.writestr(k, v) for k, v in entries.items()]',
    'z.close()',
  ].join('\n');
  execFileSync(PYTHON, ['-c', script, path, JSON.stringify(entries), base ?? '']);
}

describe('a generated template reads back by name', () => {
  it('identity, sheets (identity very hidden), every input name with its cells, result formulas', async () => {
    const outcome = await readTemplateFile(template);
    if (!outcome.ok) throw new Error(renderIssue(outcome.issue, 'vi'));
    const { reading } = outcome;
    expect(reading.sheets).toContainEqual({ name: '_khcn', visibility: 'veryHidden' });
    expect(reading.identityRows).toContainEqual(['unitId', 'thong-ke']);
    expect(reading.identityRows).toContainEqual(['year', 2026]);
    expect(Object.keys(reading.names).sort()).toEqual(
      namedCells(layout)
        .map((i) => i.name)
        .sort(),
    );
    const citations = reading.names.KHCN_II_7_citations;
    expect(citations?.status === 'ok' && citations.cells.length).toBe(50);
    expect(reading.formulas?.length).toBeGreaterThan(layout.inputs.length);
  });

  it('an empty template validates with "required" errors only (no crash on formulas without cache)', async () => {
    const v = await validateWorkbook(catalog, reader, template, { year: 2026 });
    expect(v.readable).toBe(true);
    expect(new Set(v.issues.map((i) => i.code))).toEqual(
      // A fresh template is a draft ("Chưa hoàn thành"): one info on the mark.
      new Set(['VALUE_REQUIRED', 'VALUE_REQUIRED_MEASURE', 'TEXT_REQUIRED', 'FILE_NOT_COMPLETE']),
    );
    expect(v.summary.byIndicator.every((s) => s.status === 'empty')).toBe(true);
  });
});

describe('bad files: one clear issue, no crash', () => {
  it('not an xlsx: a CSV export, or a PDF renamed .xlsx', async () => {
    const csv = join(dir, 'so-lieu.csv');
    writeFileSync(csv, 'ma;gia_tri\nI.2;12\n');
    const a = await unreadable(csv);
    expect(a.code).toBe('FILE_NOT_XLSX');
    expect(a.vi).toContain('định dạng “csv”');
    const pdf = join(dir, 'bao-cao.xlsx');
    writeFileSync(pdf, '%PDF-1.7\n%âãÏÓ\n');
    expect(await unreadable(pdf)).toMatchObject({
      code: 'FILE_NOT_XLSX',
      vi: expect.stringContaining('“pdf”'),
    });
  });

  it('corrupt: a truncated download, random bytes, an empty file', async () => {
    const bytes = readFileSync(template);
    const cut = join(dir, 'cut.xlsx');
    writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length / 2)));
    expect((await unreadable(cut)).code).toBe('FILE_CORRUPT');
    const noise = join(dir, 'noise.xlsx');
    writeFileSync(noise, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 251)));
    expect((await unreadable(noise)).code).toBe('FILE_CORRUPT');
    const empty = join(dir, 'empty.xlsx');
    writeFileSync(empty, '');
    expect((await unreadable(empty)).code).toBe('FILE_CORRUPT');
  });

  it('a zip whose central directory is damaged', async () => {
    const bytes = Buffer.from(readFileSync(template));
    const eocd = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    bytes.writeUInt32LE(bytes.length * 2, eocd + 16); // central directory offset beyond the end
    const bad = join(dir, 'bad-dir.xlsx');
    writeFileSync(bad, bytes);
    expect((await unreadable(bad)).code).toBe('FILE_CORRUPT');
  });

  it('password-protected: an OLE compound file (D0 CF 11 E0) holding an encrypted package', async () => {
    const cfb = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(504),
      Buffer.from('EncryptionInfo', 'utf16le'),
      Buffer.alloc(64),
      Buffer.from('EncryptedPackage', 'utf16le'),
    ]);
    const locked = join(dir, 'co-mat-khau.xlsx');
    writeFileSync(locked, cfb);
    const a = await unreadable(locked);
    expect(a.code).toBe('FILE_PASSWORD_PROTECTED');
    expect(a.vi).toContain('mật khẩu');
    // The same magic without encryption streams, named .xls: an Excel 97–2003 workbook.
    const xls = join(dir, 'cu.xls');
    writeFileSync(xls, cfb.subarray(0, 512));
    expect(await unreadable(xls)).toMatchObject({
      code: 'FILE_NOT_XLSX',
      vi: expect.stringContaining('“xls”'),
    });
  });

  it('.xlsm, or macros hidden in an .xlsx: refused (macros cannot be trusted)', async () => {
    const xlsm = join(dir, 'co-macro.xlsm');
    copyFileSync(template, xlsm);
    expect((await unreadable(xlsm)).code).toBe('FILE_XLSM');
    const hidden = join(dir, 'macro-an.xlsx');
    zipWith(hidden, { 'xl/vbaProject.bin': 'not really VBA' }, template);
    expect((await unreadable(hidden)).code).toBe('FILE_XLSM');
  });

  it('an OpenDocument spreadsheet (.ods) is not an xlsx', async () => {
    const ods = join(dir, 'bang-tinh.ods');
    zipWith(ods, { mimetype: 'application/vnd.oasis.opendocument.spreadsheet', 'content.xml': '<x/>' });
    expect(await unreadable(ods)).toMatchObject({
      code: 'FILE_NOT_XLSX',
      vi: expect.stringContaining('“ods”'),
    });
  });

  it('huge: refused from its size, before parsing', async () => {
    const huge = join(dir, 'qua-lon.xlsx');
    const fd = openSync(huge, 'w');
    ftruncateSync(fd, 21 * 1024 * 1024); // sparse: no 21 MB written
    closeSync(fd);
    const started = Date.now();
    const a = await unreadable(huge);
    expect(a.code).toBe('FILE_TOO_LARGE');
    expect(a.vi).toContain('21 MB, vượt mức tối đa 20 MB');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('a missing file or a folder', async () => {
    expect((await unreadable(join(dir, 'khong-co.xlsx'))).code).toBe('FILE_NOT_FOUND');
    expect((await unreadable(dir)).code).toBe('FILE_NOT_FOUND');
  });
});

describe('edited templates (openpyxl)', () => {
  beforeAll(requireOpenpyxl);
  async function edited(name: string, spec: object) {
    const out = join(dir, name);
    fillWithOpenpyxl(template, out, { values: validSpecValues(layout), ...spec });
    return validateWorkbook(catalog, reader, out, { year: 2026, unitId: 'thong-ke' });
  }
  const input = (name: string) => layout.inputs.find((i) => i.name === name);

  it('the filled template with valid values has no issue', async () => {
    const v = await edited('valid.xlsx', {});
    expect(v.issues.map((i) => renderIssue(i, 'vi'))).toEqual([]);
  });

  it('deleted data sheet → SHEET_MISSING (one error)', async () => {
    const v = await edited('no-sheet.xlsx', { deleteSheet: 'Nhập liệu' });
    expect(v.issues.map((i) => [i.code, i.severity])).toEqual([['SHEET_MISSING', 'error']]);
  });

  it('#REF! name → NAME_BROKEN; deleted name → NAME_MISSING', async () => {
    const v = await edited('names.xlsx', {
      nameText: { KHCN_I_2_fte: '#REF!' },
      deleteNames: ['KHCN_I_2_headcount'],
    });
    expect(v.issues.map((i) => [i.code, i.definedName])).toEqual([
      ['NAME_MISSING', 'KHCN_I_2_headcount'],
      ['NAME_BROKEN', 'KHCN_I_2_fte'],
      ['COMPLETE_WITH_ERRORS', 'KHCN_HOAN_THANH'],
    ]);
  });

  it('merged input cell → MERGED_INPUT_CELL at the input', async () => {
    const cell = input('KHCN_I_2_fte')?.range ?? '';
    const row = cell.slice(1);
    const v = await edited('merged.xlsx', { merge: [`E${row}:F${row}`] });
    expect(v.issues.map((i) => [i.code, i.cell, i.params.range])).toEqual([
      ['MERGED_INPUT_CELL', cell, `E${row}:F${row}`],
    ]);
  });

  it('other year, other unit, older version', async () => {
    const v = await edited('identity.xlsx', {
      identity: { year: 2025, unitId: 'so-khcn', templateVersion: '0.9' },
    });
    expect(v.issues.map((i) => i.code).slice(0, 3)).toEqual([
      'TEMPLATE_WRONG_UNIT',
      'TEMPLATE_WRONG_YEAR',
      'TEMPLATE_OLD_VERSION',
    ]);
  });

  it('a whole-column data validation added by the user does not hang the reader', async () => {
    const started = Date.now();
    const v = await edited('whole-column.xlsx', { wholeColumnValidation: 'J' });
    expect(v.issues).toEqual([]);
    expect(Date.now() - started).toBeLessThan(15_000);
  });
});
