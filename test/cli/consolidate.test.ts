/**
 * `khcn consolidate`, in process: a handful of small commune templates (2 indicators each) in a
 * temp folder — one on time with an older copy in a subfolder, one late, one with an error, one
 * that is a PDF named like a template, one unit missing — plus an Office lock file and a hidden file.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import {
  collectInputs,
  parseDeadline,
  parsePopulation,
  readExpectedUnits,
} from '../../src/cli/commands/consolidate';
import { progressBar, progressLine } from '../../src/cli/progress';
import { findUnit } from '../../src/domain/catalog';
import { REPORT_SHEETS } from '../../src/domain/report/sheet-names';
import { templateFileName } from '../../src/domain/template/file-name';
import type { TemplateLayout } from '../../src/domain/template/layout-types';
import { cellsInRange, type CellValue } from '../../src/domain/validation';
import { captureOutput } from '../helpers/capture-output';
import { catalog, validValue, writeTemplate } from '../validation/helpers';

const ON_TIME = new Date('2026-11-20T03:00:00Z');
const OLDER = new Date('2026-11-01T03:00:00Z');
const LATE = new Date('2026-12-10T03:00:00Z');

const UNIT = {
  onTime: 'xp-07210',
  late: 'xp-07228',
  errors: 'xp-07246',
  junk: 'xp-07264',
  missing: 'xp-07282',
} as const;

function fileName(unitId: string): string {
  const unit = findUnit(catalog, unitId);
  if (!unit) throw new Error(unitId);
  return templateFileName(unit);
}

const excelValue = (v: CellValue): ExcelJS.CellValue =>
  v.kind === 'empty' ? null : v.kind === 'date' ? new Date((v.value - 25_569) * 86_400_000) : v.value;

/** Every input gets a valid value, except the names in `override`. */
async function fill(
  path: string,
  layout: TemplateLayout,
  override: Record<string, ExcelJS.CellValue> = {},
): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  for (const input of layout.inputs) {
    const comp = catalog.indicators
      .find((i) => i.code === input.indicator)
      ?.components.find((c) => c.key === input.component);
    const ws = wb.getWorksheet(input.sheet);
    if (!comp || !ws) throw new Error(input.name);
    const values = input.name in override ? [override[input.name]] : validValue(comp).map(excelValue);
    const cells = cellsInRange(input.range) ?? [];
    values.forEach((v, i) => {
      ws.getCell(cells[i] ?? '').value = v ?? null;
    });
  }
  await wb.xlsx.writeFile(path);
}

async function unitFile(dir: string, unitId: string, at: Date, override = {}): Promise<string> {
  const { path, layout } = await writeTemplate(dir, unitId, fileName(unitId));
  await fill(path, layout, override);
  utimesSync(path, at, at);
  return path;
}

let root: string;
let inDir: string;
let unitsJson: string;
let paths: string[];

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'khcn-consolidate-'));
  inDir = join(root, 'nop');
  mkdirSync(join(inDir, 'dot1'), { recursive: true });
  const junk = join(inDir, fileName(UNIT.junk));
  writeFileSync(junk, '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
  utimesSync(junk, ON_TIME, ON_TIME);
  paths = [
    await unitFile(inDir, UNIT.onTime, ON_TIME),
    // The same unit's earlier file, same name, in a subfolder: superseded by the newer one.
    await unitFile(join(inDir, 'dot1'), UNIT.onTime, OLDER, { KHCN_I_1_legal_docs: 1 }),
    await unitFile(inDir, UNIT.late, LATE),
    await unitFile(inDir, UNIT.errors, ON_TIME, { KHCN_I_1_legal_docs: 'không rõ' }),
    junk,
  ];
  // Never read: an Office lock file and a hidden file.
  writeFileSync(join(inDir, `~$${fileName(UNIT.onTime)}`), 'lock');
  writeFileSync(join(inDir, '.DS_Store'), 'mac');
  unitsJson = join(root, 'units.json');
  writeFileSync(unitsJson, JSON.stringify(Object.values(UNIT)));
}, 60_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

interface Summary {
  output: string;
  year: number;
  deadline: string;
  files: { file: string; unitId: string | null; use: string; timeliness: string | null; reason: unknown }[];
  completeness: { expected: number; received: number; late: number; missing: number };
  missing: string[];
  late: string[];
  unreadable: string[];
  withErrors: string[];
  conflicts: number;
  indicators: { code: string; value: number | null }[];
}

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const o = captureOutput();
  const code = await main(['consolidate', ...args], o);
  return { code, stdout: o.stdout, stderr: o.stderr };
}

async function runJson(args: string[]): Promise<Summary> {
  const r = await run([...args, '--json']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Summary;
}

describe('khcn consolidate', () => {
  it('writes the 5-sheet report atomically and lists late, missing, unreadable units exactly', async () => {
    const out = join(root, 'bao-cao', 'tong-hop.xlsx');
    const s = await runJson([inDir, '--out', out, '--units', unitsJson]);
    expect(s.output).toBe(out);
    expect([s.year, s.deadline]).toEqual([2026, '2026-12-05']);
    expect(s.files.map((f) => [f.file, f.unitId, f.use, f.timeliness])).toEqual(
      [
        [fileName(UNIT.onTime), UNIT.onTime, 'used', 'on-time'],
        [fileName(UNIT.late), UNIT.late, 'used', 'late'],
        [fileName(UNIT.errors), UNIT.errors, 'used', 'on-time'],
        [fileName(UNIT.junk), UNIT.junk, 'rejected', 'on-time'],
        [`dot1/${fileName(UNIT.onTime)}`, UNIT.onTime, 'superseded', 'on-time'],
      ].sort((a, b) => (String(a[0]) < String(b[0]) ? -1 : 1)),
    );
    expect(s.files.find((f) => f.use === 'rejected')?.reason).toMatchObject({
      messageVi: expect.any(String),
    });
    expect(s.missing).toEqual([UNIT.missing]);
    expect(s.late).toEqual([UNIT.late]);
    expect(s.unreadable).toEqual([UNIT.junk]);
    expect(s.withErrors).toEqual([UNIT.errors]);
    expect(s.completeness).toMatchObject({ expected: 5, received: 3, late: 1, missing: 1 });
    expect(s.conflicts).toBeGreaterThanOrEqual(1); // the duplicate file
    expect(s.indicators.map((i) => i.code)).toEqual(catalog.indicators.map((i) => i.code));
    expect(Object.keys(s)).toEqual([
      'output',
      'year',
      'deadline',
      'files',
      'completeness',
      'missing',
      'late',
      'unreadable',
      'withErrors',
      'conflicts',
      'indicators',
    ]);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(Object.values(REPORT_SHEETS)));
    // Written through a temp file that is renamed: nothing else is left in the folder.
    expect(readdirSync(join(root, 'bao-cao'))).toEqual(['tong-hop.xlsx']);
  }, 60_000);

  it('prints a Vietnamese summary naming rejected files with their reason', async () => {
    const out = join(root, 'human', 'tong-hop.xlsx');
    const r = await run([inDir, '-o', out, '--units', unitsJson]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('đã đọc 5 tệp — 3 tệp được dùng, 1 tệp bị thay thế, 1 tệp bị loại');
    expect(r.stdout).toMatch(new RegExp(`Tệp bị loại \\(1\\):\\n  – ${fileName(UNIT.junk)}: \\S`));
    expect(r.stdout).toContain(`– dot1/${fileName(UNIT.onTime)}: `);
    expect(r.stdout).toContain('Đã nhận báo cáo của 3/5 đơn vị');
    expect(r.stdout).toContain('Chưa nộp: 1 đơn vị');
    expect(r.stdout).toContain('Nộp muộn (1): Phường Đa Mai.');
    expect(r.stdout).toContain('Bỏ qua 2 tệp ẩn');
    expect(r.stdout).toContain(`Đã ghi báo cáo tổng hợp vào ${out}`);
    expect(existsSync(out)).toBe(true);
  }, 60_000);

  it('gives the same summary whatever the order of the inputs; the same file twice is read once', async () => {
    const out = join(root, 'order', 'tong-hop.xlsx');
    const base = ['--out', out, '--units', unitsJson];
    const a = await runJson([...paths, ...base]);
    const b = await runJson([...[...paths].reverse(), paths[0] ?? '', inDir, ...base]);
    expect(b).toEqual(a);
    expect(a.files).toHaveLength(5);
  }, 60_000);

  it('--deadline (dd/mm/yyyy) moves lateness; the report inside an input folder is not read back', async () => {
    const out = join(inDir, 'tong-hop.xlsx');
    try {
      const first = await runJson([inDir, '--out', out, '--units', unitsJson, '--deadline', '31/12/2026']);
      expect(first.deadline).toBe('2026-12-31');
      expect(first.late).toEqual([]);
      const again = await runJson([inDir, '--out', out, '--units', unitsJson]);
      expect(again.files.map((f) => f.file)).not.toContain('tong-hop.xlsx');
      expect(again.late).toEqual([UNIT.late]);
    } finally {
      rmSync(out, { force: true });
    }
  }, 60_000);

  it('exits 2 with a Vietnamese message when no report can be made', async () => {
    const out = join(root, 'x', 'r.xlsx');
    const empty = join(root, 'empty');
    mkdirSync(empty, { recursive: true });
    const aFile = join(root, 'units.json');
    const cases: [string[], RegExp][] = [
      [['--out', out], /Thiếu tệp hoặc thư mục/],
      [[inDir], /Thiếu --out/],
      [[inDir, '--out', join(root, 'r.pdf')], /phải có đuôi \.xlsx/],
      [[join(root, 'nope'), '--out', out], /Không tìm thấy tệp hoặc thư mục/],
      [[empty, '--out', out], /Không tìm thấy tệp nào/],
      [[empty, join(root, 'nope.xlsx'), '--out', out], /Không tìm thấy tệp nào trong: .*empty\./],
      [[inDir, '--out', out, '--deadline', '31/02/2026'], /Hạn nộp không hợp lệ/],
      [[inDir, '--out', out, '--year', '26'], /Năm không hợp lệ/],
      [[inDir, '--out', out, '--population', '0'], /Số dân không hợp lệ/],
      [[inDir, '--out', out, '--unit', 'so-khcn'], /--units/],
      // A regular file where a folder should be: the path is named.
      [[inDir, '--out', join(aFile, 'r.xlsx')], /Không ghi được tệp ".*units\.json\/r\.xlsx"/],
    ];
    for (const [args, message] of cases) {
      const r = await run(args);
      expect({ args, code: r.code }).toEqual({ args, code: 2 });
      expect(r.stderr).toMatch(message);
      expect(r.stdout).toBe('');
    }
  });

  it('exits 2 listing the unknown ids of --units', async () => {
    const bad = join(root, 'bad-units.json');
    writeFileSync(bad, JSON.stringify(['so-khcn', 'so-ma', { id: 'xp-99999' }]));
    const r = await run([inDir, '--out', join(root, 'y', 'r.xlsx'), '--units', bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('2 mã đơn vị không có trong danh mục: so-ma, xp-99999');
    expect(existsSync(join(root, 'y', 'r.xlsx'))).toBe(false);
  });
});

describe('--units lists', () => {
  it('reads JSON: ids, statistics codes, objects with id, or { units } as "khcn units --json" prints', async () => {
    const path = join(root, 'u1.json');
    writeFileSync(path, JSON.stringify(['so-khcn', '07210', 'SO-KHCN', 'xp-07228']));
    expect(await readExpectedUnits(catalog, path)).toEqual(['so-khcn', 'xp-07210', 'xp-07228']);
    writeFileSync(
      path,
      JSON.stringify({ units: [{ id: 'thong-ke', nameVi: 'Thống kê tỉnh' }, { id: 'so-khcn' }] }),
    );
    expect(await readExpectedUnits(catalog, path)).toEqual(['thong-ke', 'so-khcn']);
    writeFileSync(path, '{"so-khcn": true}');
    await expect(readExpectedUnits(catalog, path)).rejects.toThrow(/không đúng dạng/);
    writeFileSync(path, '[]');
    await expect(readExpectedUnits(catalog, path)).rejects.toThrow(/không có mã đơn vị nào/);
    await expect(readExpectedUnits(catalog, join(root, 'u.txt'))).rejects.toThrow(/\.json hoặc \.xlsx/);
  });

  it('reads .xlsx: the column headed "Mã đơn vị" (codes Excel turned into numbers too), else column A', async () => {
    const path = join(root, 'u.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Đơn vị');
    ws.addRows([
      ['STT', 'Mã đơn vị', 'Tên'],
      [1, 'so-khcn', 'Sở Khoa học và Công nghệ'],
      [2, 7210, 'Phường Bắc Giang'],
      [3, null, ''],
      [4, 'thong-ke', 'Thống kê tỉnh'],
    ]);
    await wb.xlsx.writeFile(path);
    expect(await readExpectedUnits(catalog, path)).toEqual(['so-khcn', 'xp-07210', 'thong-ke']);

    const plain = new ExcelJS.Workbook();
    plain.addWorksheet('Sheet1').addRows([['so-tai-chinh'], ['xp-07228'], ['khong-co']]);
    await plain.xlsx.writeFile(path);
    await expect(readExpectedUnits(catalog, path)).rejects.toThrow(
      /1 mã đơn vị không có trong danh mục: khong-co/,
    );
  });
});

describe('option values and inputs', () => {
  it('parses deadlines and populations', () => {
    expect(parseDeadline(undefined)).toBe('2026-12-05');
    expect(['2026-12-05', '05/12/2026', '5/12/2026', '05-12-2026'].map(parseDeadline)).toEqual(
      Array(4).fill('2026-12-05'),
    );
    expect(['31/02/2026', '2026-13-01', '12/2026', 'mai'].map(parseDeadline)).toEqual(
      Array(4).fill(undefined),
    );
    expect(parsePopulation(undefined)).toBe(3_619_433);
    expect(['3619433', '3.619.433', '3 619 433', '3,619,433'].map(parsePopulation)).toEqual(
      Array(4).fill(3_619_433),
    );
    expect(['0', '-1', '3.6', '3619433000', 'ba triệu'].map(parsePopulation)).toEqual(
      Array(5).fill(undefined),
    );
  });

  it('walks folders recursively, keeps unknown formats, skips hidden and lock files, names clashes by path', async () => {
    const dir = join(root, 'walk');
    mkdirSync(join(dir, 'a', 'sau'), { recursive: true });
    mkdirSync(join(dir, 'b'), { recursive: true });
    mkdirSync(join(dir, '.git'), { recursive: true });
    for (const p of [
      'a/x.xlsx',
      'a/sau/bao-cao.pdf',
      'b/x.xlsx',
      'b/y.xls',
      'b/~$y.xlsx',
      '.git/z.xlsx',
      'out.xlsx',
    ])
      writeFileSync(join(dir, p), 'x');
    const found = await collectInputs(
      [dir, join(dir, 'b', 'y.xls'), join(dir, 'none.xlsx')],
      join(dir, 'out.xlsx'),
    );
    expect(found.files.map((f) => f.name)).toEqual([
      'a/x.xlsx',
      'b/x.xlsx',
      'bao-cao.pdf',
      'none.xlsx',
      'y.xls',
    ]);
    expect(found.missing).toEqual([join(dir, 'none.xlsx')]);
    expect(found.skipped).toBe(2);
  });

  it('draws a progress bar only on a terminal', () => {
    expect(progressLine('Đang đọc', 37, 120, 'tên-tệp.xlsx')).toBe(
      'Đang đọc  37/120 [███░░░░░░░] tên-tệp.xlsx',
    );
    expect(progressLine('Đang đọc', 1, 2, 'x'.repeat(100), 40)).toHaveLength(39);
    const written: string[] = [];
    progressBar({ isTTY: false, write: (t) => written.push(t) }).update(1, 2, 'a.xlsx');
    expect(written).toEqual([]);
    const tty = progressBar({ isTTY: true, columns: 80, write: (t) => written.push(t) });
    tty.update(1, 2, 'a.xlsx');
    tty.clear();
    expect(written[0]).toBe('\r\u001b[KĐang đọc 1/2 [█████░░░░░] a.xlsx');
    expect(written[1]).toBe('\r\u001b[K');
  });
});
