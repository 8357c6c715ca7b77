/**
 * A consolidation mixing damaged and crafted files with good ones, read as `khcn` reads them: in
 * bounded reading processes (the compiled read worker, built by the tests' global setup). The
 * batch always finishes and writes its report, every good unit is used, each bad file is one
 * rejected line with its Vietnamese reason, and a file claiming another unit never silently
 * replaces that unit's clean file (the office chooses with --prefer).
 */
import { existsSync, mkdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { main } from '../../src/cli/main';
import type { ConsolidateSummary } from '../../src/cli/render/consolidate-summary';
import { ReadPool } from '../../src/cli/read-pool';
import { findUnit } from '../../src/domain/catalog';
import { IDENTITY_KEYS, IDENTITY_SHEET } from '../../src/domain/template/identity';
import { templateFileName } from '../../src/domain/template/file-name';
import { readReceivedPath } from '../../src/cli/xlsx/template-reader';
import { captureOutput } from '../helpers/capture-output';
import { editPart, partsOf, setCellXml, sheetPart, zipOf, type Part } from '../helpers/xlsx-parts';
import { catalog, fillTemplateFile, tempDir, writeTemplate } from '../validation/helpers';

jest.setTimeout(120_000);

const WORKER = { path: resolve(__dirname, '..', '..', 'dist-cli', 'read-worker.cjs') };
const EARLY = new Date('2026-11-20T03:00:00Z');
const LATER = new Date('2026-11-28T03:00:00Z');

const root = tempDir('khcn-batch-');
const inDir = join(root, 'nop');
function nameOf(unitId: string): string {
  const unit = findUnit(catalog, unitId);
  if (!unit) throw new Error(unitId);
  return templateFileName(unit);
}

async function filled(unitId: string, file = nameOf(unitId), at = EARLY): Promise<string> {
  const { path, layout } = await writeTemplate(inDir, unitId, file);
  await fillTemplateFile(path, layout);
  utimesSync(path, at, at);
  return path;
}

function rewrite(path: string, out: string, at: Date, edit: (parts: Part[]) => Part[]): string {
  writeFileSync(out, zipOf(edit(partsOf(new Uint8Array(readFileSync(path))))));
  utimesSync(out, at, at);
  return out;
}

const GOOD = ['so-khcn', 'thong-ke', 'so-tai-chinh', 'xp-07210'];
const TAMPERED = 'so-khcn_sua_thanh_so-tai-chinh.xlsx';

beforeAll(async () => {
  mkdirSync(inDir, { recursive: true });
  for (const id of GOOD) await filled(id);
  const khcn = join(inDir, nameOf('so-khcn'));
  // The SỞ KH&CN's file with one identity cell edited to claim Sở Tài chính, received later.
  const row = 2 + IDENTITY_KEYS.indexOf('unitId');
  rewrite(khcn, join(inDir, TAMPERED), LATER, (parts) =>
    editPart(parts, sheetPart(parts, IDENTITY_SHEET), (xml) =>
      setCellXml(xml, `B${row}`, `<c r="B${row}" t="inlineStr"><is><t>so-tai-chinh</t></is></c>`),
    ),
  );
  // A commune's file whose shared strings would need more memory than a reading process has.
  const commune = await filled('xp-07228', join(root, 'tmp.xlsx'));
  rewrite(commune, join(inDir, nameOf('xp-07228')), EARLY, (parts) =>
    editPart(parts, 'xl/sharedStrings.xml', (xml) =>
      xml.replace(
        '</sst>',
        `${Array.from({ length: 800_000 }, (_, i) => `<si><t>s${i}</t></si>`).join('')}</sst>`,
      ),
    ),
  );
  // A commune's file with a zip entry written twice.
  const other = await filled('xp-07246', join(root, 'tmp2.xlsx'));
  rewrite(other, join(inDir, nameOf('xp-07246')), EARLY, (parts) => [
    ...parts,
    { ...(parts.find((p) => p.name === 'xl/workbook.xml') as Part) },
  ]);
  // A PDF renamed .xlsx.
  writeFileSync(join(inDir, nameOf('xp-07264')), '%PDF-1.4\n%%EOF\n');
}, 120_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function consolidate(
  extra: string[] = [],
): Promise<{ code: number; s: ConsolidateSummary; stdout: string }> {
  const o = captureOutput();
  const out = join(root, 'bao-cao', 'tong-hop.xlsx');
  rmSync(out, { force: true });
  const code = await main(['consolidate', inDir, '--out', out, '--json', ...extra], o, {
    readWorker: WORKER,
    readLimits: { heapMb: 64 },
  });
  expect(existsSync(out)).toBe(true);
  return { code, s: JSON.parse(o.stdout) as ConsolidateSummary, stdout: o.stdout };
}

describe('a batch with pathological files', () => {
  it('writes the report; every good unit used; each bad file rejected with its reason', async () => {
    const { code, s } = await consolidate();
    expect(code).toBe(0);
    const line = (file: string) => s.files.find((f) => f.file === file);
    for (const id of GOOD) expect({ id, use: line(nameOf(id))?.use }).toEqual({ id, use: 'used' });
    expect(line(nameOf('xp-07228'))?.reason?.code).toBe('FILE_READ_OUT_OF_MEMORY');
    expect(line(nameOf('xp-07228'))?.reason?.messageVi).toMatch(/Đọc tệp cần quá 64 MB bộ nhớ/);
    expect(line(nameOf('xp-07246'))?.reason?.code).toBe('FILE_TAMPERED');
    expect(line(nameOf('xp-07264'))?.reason?.code).toBe('FILE_NOT_XLSX');
    // The tampered file claims Sở Tài chính, is newer, and still does not replace its clean file.
    expect(line(TAMPERED)).toMatchObject({ unitId: 'so-tai-chinh', use: 'superseded' });
    expect(line(TAMPERED)?.reason?.code).toBe('FILE_SUPERSEDED_SUSPECT');
    expect(s.choices).toEqual([
      {
        unitId: 'so-tai-chinh',
        kind: 'identity-suspect',
        used: nameOf('so-tai-chinh'),
        files: [nameOf('so-tai-chinh'), TAMPERED],
      },
    ]);
  });

  it('--prefer uses the file the office chose; the other one is listed as not used', async () => {
    const { s } = await consolidate(['--prefer', TAMPERED]);
    const line = (file: string) => s.files.find((f) => f.file === file);
    expect(line(TAMPERED)?.use).toBe('used');
    expect(line(nameOf('so-tai-chinh'))?.reason?.code).toBe('FILE_SUPERSEDED_PINNED');
    const o = captureOutput();
    expect(
      await main(['consolidate', inDir, '--out', join(root, 'x.xlsx'), '--prefer', 'khong-co.xlsx'], o),
    ).toBe(2);
    expect(o.stderr).toContain('--prefer “khong-co.xlsx”: không có tệp này');
  });
});

describe('the read pool', () => {
  const good = () => join(inDir, nameOf('thong-ke'));

  it('reads a file exactly as the reader does in process', async () => {
    const pool = new ReadPool(WORKER, { size: 1 });
    try {
      expect(await pool.read(good(), 'a.xlsx')).toEqual(await readReceivedPath(good(), 'a.xlsx'));
    } finally {
      await pool.close();
    }
  });

  it('a file over its time is rejected (FILE_READ_TIMEOUT) and the pool goes on', async () => {
    const slow = new ReadPool(WORKER, { size: 1, timeoutMs: 1 });
    try {
      const r = await slow.read(good(), 'cham.xlsx');
      expect(r.outcome).toMatchObject({ ok: false, issue: { code: 'FILE_READ_TIMEOUT', file: 'cham.xlsx' } });
      expect(r.sizeBytes).toBeGreaterThan(0);
      expect(r.sha256).toMatch(/^[0-9a-f]{64}$/);
    } finally {
      await slow.close();
    }
    const pool = new ReadPool(WORKER, { size: 2, heapMb: 64 });
    try {
      const results = await Promise.all([
        pool.read(join(inDir, nameOf('xp-07228')), 'lon.xlsx'),
        pool.read(good(), 'tot.xlsx'),
        pool.read(good(), 'tot2.xlsx'),
      ]);
      expect(results.map((r) => (r.outcome.ok ? 'ok' : r.outcome.issue.code))).toEqual([
        'FILE_READ_OUT_OF_MEMORY',
        'ok',
        'ok',
      ]);
    } finally {
      await pool.close();
    }
  });
});
