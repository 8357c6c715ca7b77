/**
 * `khcn consolidate`, in process: a handful of small commune templates (2 indicators each) in a
 * temp folder — one on time with an older copy in a subfolder, one late, one with an error, one
 * that is a PDF named like a template, one unit missing — plus an Office lock file and a hidden file.
 */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { loadExpectedUnits } from '../../src/app/user-lists';
import { collectInputs } from '../../src/cli/inputs';
import { parseDeadline, parsePopulation } from '../../src/cli/option-values';
import type { ConsolidateSummary } from '../../src/cli/render/consolidate-summary';
import { renderIssue } from '../../src/domain/issues';
import { progressBar, progressLine } from '../../src/cli/progress';
import { findUnit } from '../../src/domain/catalog';
import { REPORT_SHEETS } from '../../src/domain/report/sheet-names';
import { templateFileName } from '../../src/domain/template/file-name';
import { captureOutput } from '../helpers/capture-output';
import { catalog, fillTemplateFile, writeTemplate } from '../validation/helpers';

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

async function unitFile(dir: string, unitId: string, at: Date, override = {}): Promise<string> {
  const { path, layout } = await writeTemplate(dir, unitId, fileName(unitId));
  await fillTemplateFile(path, layout, override);
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

type Summary = ConsolidateSummary;

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
  it('writes the 7-sheet report atomically and lists late, missing, unreadable units exactly', async () => {
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
      'choices',
      'population',
      'provinceChecks',
      'indicators',
      'targets',
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
      [[join(root, 'nope'), '--out', out], /Không tìm thấy: .*nope\. Hãy kiểm tra lại đường dẫn/],
      [[empty, '--out', out], /Không tìm thấy tệp nào/],
      [[empty, join(root, 'nope.xlsx'), '--out', out], /Không tìm thấy tệp nào trong: .*empty\./],
      [[inDir, '--out', out, '--deadline', '31/02/2026'], /Hạn nộp không hợp lệ/],
      [[inDir, '--out', out, '--year', '26'], /Năm không hợp lệ/],
      [[inDir, '--out', out, '--population', '0'], /Số dân không hợp lệ/],
      [[inDir, '--out', out, '--unit', 'so-khcn'], /--units/],
      // A regular file where a folder should be: the path is named.
      [
        [inDir, '--out', join(aFile, 'r.xlsx')],
        /Không ghi được tệp “.*units\.json\/r\.xlsx”: một phần của đường dẫn là tệp/,
      ],
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
    expect(r.stderr).toContain(
      'Danh sách có 2 mã đơn vị không có trong danh sách đơn vị báo cáo: so-ma, xp-99999',
    );
    expect(r.stderr).toContain(`Tệp “${bad}” (--units) có lỗi, chưa dùng được.`);
    expect(existsSync(join(root, 'y', 'r.xlsx'))).toBe(false);
  });

  it('--reminders writes one row per unit to write to, read back by Python csv, agreeing with the summary', async () => {
    const csvPath = join(root, 'nhac', 'nhac-don-vi.csv');
    const out = join(root, 'nhac', 'tong-hop.xlsx');
    const r = await run([inDir, '--out', out, '--units', unitsJson, '--reminders', csvPath]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Đã ghi danh sách nhắc 4 đơn vị (liên hệ và nội dung nhắc) vào ${csvPath}`);
    const py = spawnSync(
      '/usr/bin/python3',
      [
        '-c',
        'import csv,json,sys; print(json.dumps(list(csv.reader(open(sys.argv[1], encoding="utf-8-sig")))))',
        csvPath,
      ],
      { encoding: 'utf8' },
    );
    expect(py.stderr).toBe('');
    const [header, ...rows] = JSON.parse(py.stdout) as string[][];
    expect(header?.slice(0, 3)).toEqual(['Mã đơn vị', 'Đơn vị', 'Tình trạng']);
    // Most urgent first: missing, unusable file, errors, late — the summary's own lists.
    expect(rows.map((row) => [row[0], row[2]])).toEqual([
      [UNIT.missing, 'Chưa nộp'],
      [UNIT.junk, 'Tệp không dùng được'],
      [UNIT.errors, 'Có lỗi'],
      [UNIT.late, 'Trễ hạn'],
    ]);
    for (const row of rows)
      expect(row[8]).toMatch(new RegExp(`^Kính gửi ${findUnit(catalog, row[0] ?? '')?.nameVi}\\.`));
    expect(rows[1]?.[8]).toContain(`Tệp “${fileName(UNIT.junk)}” đơn vị gửi không dùng được`);
  });

  it('--feedback writes, for the unit with an error, a copy of its file with the note on the right cell', async () => {
    const folder = join(root, 'phan-hoi');
    const r = await run([
      inDir,
      '--out',
      join(root, 'ph', 'tong-hop.xlsx'),
      '--units',
      unitsJson,
      '--feedback',
      folder,
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Đã ghi 1 phiếu phản hồi`);
    expect(readdirSync(folder)).toEqual([`Phieu_phan_hoi_${fileName(UNIT.errors)}`]);
    // Another program finds the cell by the template's defined name and reads its note and the list.
    const script = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
dest = list(wb.defined_names['KHCN_I_1_legal_docs'].destinations)[0]
cell = wb[dest[0]][dest[1].replace('$', '')]
rows = [[c for c in r] for r in wb['Phản hồi'].iter_rows(min_row=5, values_only=True)]
print(json.dumps({'first': wb.sheetnames[0], 'sheet': dest[0], 'cell': dest[1].replace('$', ''),
                  'note': cell.comment.text if cell.comment else None, 'value': cell.value, 'rows': rows,
                  'identity': wb['_khcn'].sheet_state}))`;
    const py = spawnSync('/usr/bin/python3', ['-c', script, join(folder, readdirSync(folder)[0] ?? '')], {
      encoding: 'utf8',
    });
    expect(py.stderr).toBe('');
    const fb = JSON.parse(py.stdout) as {
      first: string;
      sheet: string;
      cell: string;
      note: string | null;
      value: unknown;
      rows: unknown[][];
      identity: string;
    };
    expect(fb.first).toBe('Phản hồi');
    expect(fb.note).toMatch(/^Lỗi: /);
    expect(fb.value).toBe('không rõ'); // the unit's value is left as it was
    expect(fb.rows).toContainEqual([1, 'Lỗi', fb.sheet, fb.cell, 'I.1', expect.any(String)]);
    expect(fb.identity).toBe('veryHidden');
  });

  it('--reminders must be .csv or .xlsx', async () => {
    const r = await run([
      inDir,
      '--out',
      join(root, 'z', 'r.xlsx'),
      '--reminders',
      join(root, 'z', 'nhac.txt'),
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('phải có đuôi .csv / .xlsx');
  });
});

describe('--received: the office register of received files', () => {
  const BOM = '\uFEFF';
  const names = () => ({
    onTime: fileName(UNIT.onTime),
    older: `dot1/${fileName(UNIT.onTime)}`,
    late: fileName(UNIT.late),
    errors: fileName(UNIT.errors),
    junk: fileName(UNIT.junk),
  });
  const outFile = (name: string): string => join(root, 'received', name, 'tong-hop.xlsx');
  const log = (name: string, content: string | Uint8Array): string => {
    const path = join(root, name);
    writeFileSync(path, content);
    return path;
  };
  const byFile = (s: Summary) =>
    Object.fromEntries(s.files.map((f) => [f.file, [f.receivedFrom, f.receivedAt, f.timeliness]]));

  it('CSV (";", BOM, Vietnamese headers): a file is late by the log although its mtime is early', async () => {
    const n = names();
    const path = log(
      'nhat-ky.csv',
      BOM +
        'STT;Tệp;Thời điểm nhận;Ghi chú\r\n' +
        // The unit's final file, received after the deadline: its mtime (20/11) says on time.
        `1;${n.onTime};06/12/2026 08:15;bản chính thức\r\n` +
        `2;${n.older};30/11/2026 16:40;\r\n` +
        // Case does not matter; a date alone is 00:00 of that day, on time on the deadline day.
        `3;${n.errors.toUpperCase()};"05/12/2026";chỉ ghi ngày (0 giờ): đúng hạn\r\n`,
    );
    const r = await run([inDir, '--out', outFile('csv'), '--units', unitsJson, '--received', path, '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout) as Summary;
    expect(byFile(s)).toEqual({
      [n.onTime]: ['log', '2026-12-06T01:15:00.000Z', 'late'],
      [n.older]: ['log', '2026-11-30T09:40:00.000Z', 'on-time'],
      [n.errors]: ['log', '2026-12-04T17:00:00.000Z', 'on-time'],
      [n.late]: ['file-time', LATE.toISOString(), 'late'],
      [n.junk]: ['file-time', ON_TIME.toISOString(), 'on-time'],
    });
    expect(s.late).toEqual([UNIT.onTime, UNIT.late]);

    const human = await run([inDir, '--out', outFile('csv'), '--units', unitsJson, '--received', path]);
    expect(human.code).toBe(0);
    expect(human.stdout).toContain(
      `Thời điểm nhận: 3/5 tệp theo sổ theo dõi tệp đến ${path}, 2 tệp còn lại theo thời gian sửa tệp.`,
    );
    expect(human.stdout).toContain('Nộp muộn (2): Phường Bắc Giang; Phường Đa Mai.');
  }, 60_000);

  it('CSV with ",", quotes, English headers; names with a folder; a name matching two files is not applied', async () => {
    const dir = join(root, 'clash');
    mkdirSync(join(dir, 'a'), { recursive: true });
    writeFileSync(join(dir, 'a', fileName(UNIT.late)), 'x');
    const path = log(
      'received.csv',
      'file,received_at\n' +
        // Two inputs are named 07228_…: shown as clash/a/07228_… and nop/07228_….
        `"${fileName(UNIT.late)}","2026-12-01T09:00:00+07:00"\n` +
        `"clash/a/${fileName(UNIT.late)}","02/12/2026 10:00"\n` +
        // A full path (copied from Explorer): its base name finds the file.
        `"C:\\Users\\van-thu\\Downloads\\${fileName(UNIT.junk)}","01/12/2026 10:00"\n` +
        // The same file under another folder, another time: the first row wins, with a warning.
        `"D:\\khac\\${fileName(UNIT.junk)}","03/12/2026 10:00"\n`,
    );
    const args = [join(dir, 'a'), inDir, '--out', outFile('comma'), '--received', path];
    const s = JSON.parse((await run([...args, '--json'])).stdout) as Summary;
    expect(s.files.filter((f) => f.receivedFrom === 'log').map((f) => [f.file, f.receivedAt])).toEqual([
      [fileName(UNIT.junk), '2026-12-01T03:00:00.000Z'],
      [`clash/a/${fileName(UNIT.late)}`, '2026-12-02T03:00:00.000Z'],
    ]);
    const r = await run(args);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      `Dòng 2: tên “${fileName(UNIT.late)}” khớp với nhiều tệp ` +
        `(clash/a/${fileName(UNIT.late)}, nop/${fileName(UNIT.late)}); hãy ghi tên kèm thư mục (dòng này bị bỏ qua).`,
    );
    expect(r.stderr).toContain(
      `Dòng 5: tệp “${fileName(UNIT.junk)}” đã có thời điểm nhận khác ở dòng 4 (01/12/2026 10:00), dùng thời điểm đó`,
    );
  }, 60_000);

  it('JSON: an object { name: time } or an array of { file, receivedAt }', async () => {
    const n = names();
    const asObject = log('log.json', JSON.stringify({ [n.late]: '04/12/2026 17:05' }));
    const a = await runJson([inDir, '--out', outFile('json1'), '--units', unitsJson, '--received', asObject]);
    expect(byFile(a)[n.late]).toEqual(['log', '2026-12-04T10:05:00.000Z', 'on-time']);
    expect(a.late).toEqual([]);
    const asArray = log(
      'log-array.json',
      BOM +
        JSON.stringify([
          { file: n.late, receivedAt: '2026-12-04T10:05:00Z' },
          { file: n.junk, receivedAt: '2026-12-09' },
        ]),
    );
    const b = await runJson([inDir, '--out', outFile('json2'), '--units', unitsJson, '--received', asArray]);
    expect(byFile(b)[n.late]).toEqual(['log', '2026-12-04T10:05:00.000Z', 'on-time']);
    expect(byFile(b)[n.junk]).toEqual(['log', '2026-12-08T17:00:00.000Z', 'late']);
  }, 60_000);

  it('Excel: first sheet, header below a title, a date cell read as Vietnam time', async () => {
    const n = names();
    const path = join(root, 'so-theo-doi.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sổ công văn đến');
    ws.addRows([
      ['SỔ THEO DÕI CÔNG VĂN ĐẾN NĂM 2026'],
      [],
      ['STT', 'Tên tệp', 'Ngày nhận', 'Đơn vị gửi'],
      // An Excel date: the wall-clock time 06/12/2026 07:30 (Vietnam), whatever the machine's zone.
      [1, n.errors, new Date(Date.UTC(2026, 11, 6, 7, 30)), 'Xã Xuân Lương'],
      [2, n.late, '03/12/2026 15:00', 'Phường Đa Mai'],
    ]);
    await wb.xlsx.writeFile(path);
    const s = await runJson([inDir, '--out', outFile('xlsx'), '--units', unitsJson, '--received', path]);
    expect(byFile(s)[n.errors]).toEqual(['log', '2026-12-06T00:30:00.000Z', 'late']);
    expect(byFile(s)[n.late]).toEqual(['log', '2026-12-03T08:00:00.000Z', 'on-time']);
  }, 60_000);

  it('a log inside an input folder is not read as a unit file', async () => {
    const path = join(inDir, 'nhat-ky.csv');
    try {
      writeFileSync(path, `Tệp;Thời điểm nhận\n${fileName(UNIT.late)};01/12/2026 08:00\n`);
      const s = await runJson([inDir, '--out', outFile('inside'), '--units', unitsJson, '--received', path]);
      expect(s.files.map((f) => f.file)).not.toContain('nhat-ky.csv');
      expect(s.files).toHaveLength(5);
    } finally {
      rmSync(path, { force: true });
    }
  }, 60_000);

  it('warns (stderr, exit 0) about an entry naming no input file', async () => {
    const path = log(
      'unknown.csv',
      `Tệp;Thời điểm nhận\nkhong-co.xlsx;01/12/2026 08:00\n${fileName(UNIT.late)};01/12/2026 09:00\n`,
    );
    const r = await run([inDir, '--out', outFile('unknown'), '--units', unitsJson, '--received', path]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      `Cảnh báo: Tệp “${path}”: Dòng 2: không có tệp “khong-co.xlsx” trong các tệp được tổng hợp (dòng này bị bỏ qua).\n`,
    );
    expect(r.stdout).toContain('Thời điểm nhận: 1/5 tệp theo sổ theo dõi tệp đến');
  }, 60_000);

  it('exits 2 naming the log, the row and the value when the log cannot be used', async () => {
    const out = outFile('bad');
    const cases: [string, string | Uint8Array, RegExp][] = [
      [
        'bad-time.csv',
        'Tệp;Thời điểm nhận\na.xlsx;01/12/2026 08:00\nb.xlsx;31/11/2026 10:00\n',
        /Dòng 3: thời điểm nhận “31\/11\/2026 10:00” của tệp “b\.xlsx” không hợp lệ/,
      ],
      ['no-time.csv', 'Tệp;Ghi chú\na.xlsx;x\n', /Không tìm thấy dòng tiêu đề có cột tên tệp/],
      ['no-header.csv', 'a.xlsx;01/12/2026\n', /Không tìm thấy dòng tiêu đề/],
      ['empty-time.csv', 'file,received\na.xlsx,\n', /Dòng 2: tệp “a\.xlsx” thiếu thời điểm nhận/],
      [
        'twice.csv',
        'file;received\na.xlsx;01/12/2026\nA.xlsx;02/12/2026\n',
        /“A\.xlsx” được ghi hai lần .*dòng 2: 01\/12\/2026 00:00; dòng 3: 02\/12\/2026 00:00/,
      ],
      ['cp1258.csv', new Uint8Array([0x54, 0xea, 0x70, 0x3b, 0x0a]), /không phải văn bản UTF-8/],
      [
        'bad.json',
        '{"a.xlsx": "hôm qua"}',
        /Dòng 1: thời điểm nhận “hôm qua” của tệp “a\.xlsx” không hợp lệ/,
      ],
      ['shape.json', '[{"file": "a.xlsx"}]', /Không tìm thấy dòng tiêu đề/],
      ['scalar.json', '"a.xlsx"', /Tệp JSON không đúng dạng/],
      ['broken.json', '{"a.xlsx": ', /không phải JSON hợp lệ/],
      ['broken.xlsx', 'not a zip', /broken\.xlsx/],
      ['log.pdf', 'x', /cần tệp \.xlsx, \.csv hoặc \.json/],
    ];
    for (const [name, content, message] of cases) {
      const path = log(name, content);
      const r = await run([inDir, '--out', out, '--received', path]);
      expect({ name, code: r.code, stdout: r.stdout }).toEqual({ name, code: 2, stdout: '' });
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toContain(`Tệp “${path}” (--received) có lỗi, chưa dùng được.`);
    }
    const missing = await run([inDir, '--out', out, '--received', join(root, 'none.csv')]);
    expect(missing.stderr).toMatch(/Không đọc được tệp “.*none\.csv” \(--received\): không tìm thấy tệp/);
    expect(existsSync(out)).toBe(false);
  }, 60_000);
});

describe('--units lists', () => {
  const load = async (path: string) => {
    const r = await loadExpectedUnits(catalog, new Uint8Array(readFileSync(path)), path);
    return { ids: r.ids, messages: r.issues.map((i) => renderIssue(i, 'vi')) };
  };

  it('reads JSON: ids, statistics codes, objects with id, or { units } as "khcn units --json" prints', async () => {
    const path = join(root, 'u1.json');
    writeFileSync(path, JSON.stringify(['so-khcn', '07210', 'SO-KHCN', 'xp-07228', 7246]));
    expect((await load(path)).ids).toEqual(['so-khcn', 'xp-07210', 'xp-07228', 'xp-07246']);
    writeFileSync(
      path,
      JSON.stringify({ units: [{ id: 'thong-ke', nameVi: 'Thống kê tỉnh' }, { id: 'so-khcn' }] }),
    );
    expect((await load(path)).ids).toEqual(['thong-ke', 'so-khcn']);
    writeFileSync(path, '"so-khcn"');
    expect((await load(path)).messages).toEqual([
      expect.stringMatching(/u1\.json.*Tệp JSON không đúng dạng/),
    ]);
    writeFileSync(path, '[]');
    expect((await load(path)).messages).toEqual([expect.stringMatching(/không có mã đơn vị nào/)]);
    const txt = join(root, 'u.pdf');
    writeFileSync(txt, 'so-khcn');
    expect((await load(txt)).messages).toEqual([expect.stringMatching(/cần tệp \.xlsx, \.csv hoặc \.json/)]);
  });

  it('reads CSV: the "Mã đơn vị" column below a title row', async () => {
    const path = join(root, 'u.csv');
    writeFileSync(
      path,
      'DANH SÁCH ĐƠN VỊ PHẢI BÁO CÁO\nSTT;Mã đơn vị;Tên\n1;so-khcn;Sở KH&CN\n2;7210;Phường Bắc Giang\n',
    );
    expect((await load(path)).ids).toEqual(['so-khcn', 'xp-07210']);
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
    expect((await load(path)).ids).toEqual(['so-khcn', 'xp-07210', 'thong-ke']);

    const plain = new ExcelJS.Workbook();
    plain.addWorksheet('Sheet1').addRows([['so-tai-chinh'], ['xp-07228'], ['khong-co']]);
    await plain.xlsx.writeFile(path);
    expect((await load(path)).messages).toEqual([
      expect.stringMatching(/1 mã đơn vị không có trong danh sách đơn vị báo cáo: khong-co/),
    ]);
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
