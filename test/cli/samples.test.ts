/**
 * The sample data of the README quick start (samples/, made by scripts/make-samples.ts):
 * regenerating it gives the committed bytes (the shipped data cannot drift from its generator),
 * and `khcn consolidate samples/bao-cao-don-vi --received samples/nhat-ky-nhan-tep.csv` tells
 * exactly the scenario: one late unit, a draft superseded, a damaged file, last year's template.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { loadCatalog } from '../../src/domain/catalog';
import { REPORT_SHEETS } from '../../src/domain/report/sheet-names';
import {
  EQUALS_TEXT,
  makeSamples,
  RECEIVED_LOG,
  SAMPLES_DIR,
  UNITS_FOLDER,
} from '../../scripts/make-samples';
import { captureOutput } from '../helpers/capture-output';

jest.setTimeout(120_000);

/** Every file below `dir` (relative, '/'), with its sha256; the hand-written README and dot files are left out. */
function hashes(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, e.name);
      if (e.isDirectory()) walk(path);
      else if (e.name !== 'README.md' && !e.name.startsWith('.'))
        out[relative(dir, path).split('\\').join('/')] = createHash('sha256')
          .update(readFileSync(path))
          .digest('hex');
    }
  };
  walk(dir);
  return out;
}

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'khcn-samples-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

it('regenerates the committed samples byte for byte', async () => {
  const dir = join(tmp, 'samples');
  const written = await makeSamples(loadCatalog(), dir);
  const fresh = hashes(dir);
  expect(Object.keys(fresh).sort()).toEqual(written);
  expect(written).toHaveLength(17);
  // If this fails after a change of the templates or the generator: npx tsx scripts/make-samples.ts
  expect(hashes(SAMPLES_DIR)).toEqual(fresh);
});

const UNITS_DIR = join(SAMPLES_DIR, UNITS_FOLDER);
const LOG = join(SAMPLES_DIR, RECEIVED_LOG);

async function consolidate(extra: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const o = captureOutput();
  const code = await main(['consolidate', UNITS_DIR, '--received', LOG, ...extra], o);
  return { code, stdout: o.stdout, stderr: o.stderr };
}

describe('khcn consolidate on the samples', () => {
  it('reports the late unit, the superseded draft, the damaged file and last year’s template', async () => {
    const out = join(tmp, 'json', 'tong-hop.xlsx');
    const r = await consolidate(['--out', out, '--json']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const s = JSON.parse(r.stdout) as {
      files: {
        file: string;
        use: string;
        timeliness: string;
        receivedFrom: string;
        reason: { code: string } | null;
      }[];
      late: string[];
      unreadable: string[];
      withErrors: string[];
      completeness: Record<string, number>;
    };
    const notUsed = s.files
      .filter((f) => f.use !== 'used')
      .map((f) => [f.file, f.use, f.reason?.code, f.timeliness]);
    expect(notUsed).toEqual([
      ['09319_Xa_Tien_Du.xlsx', 'rejected', 'FILE_CORRUPT', 'on-time'],
      ['so-khcn_So_Khoa_hoc_va_Cong_nghe_ban_nhap.xlsx', 'superseded', 'FILE_SUPERSEDED_DRAFT', 'on-time'],
      ['so-noi-vu_So_Noi_vu.xlsx', 'rejected', 'TEMPLATE_WRONG_YEAR', 'on-time'],
    ]);
    expect(s.files).toHaveLength(16);
    expect(s.files.every((f) => f.receivedFrom === 'log')).toBe(true);
    expect(s.files.filter((f) => f.timeliness === 'late').map((f) => f.file)).toEqual([
      'so-giao-duc_So_Giao_duc_va_Dao_tao.xlsx',
    ]);
    expect(s.late).toEqual(['so-giao-duc']);
    expect(s.unreadable).toEqual(['so-noi-vu', 'xp-09319']);
    expect(s.withErrors).toEqual([]);
    expect(s.completeness).toMatchObject({ received: 13, onTime: 12, late: 1, unreadable: 2 });

    // The text typed with a leading '=' is text in the report, not a formula.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const cells: ExcelJS.CellValue[] = [];
    wb.getWorksheet(REPORT_SHEETS.detail)?.eachRow((row) =>
      row.eachCell((cell) => {
        if (String(cell.value).includes('Doanh thu sản phẩm mới') || cell.formula?.includes('Doanh thu'))
          cells.push(cell.value);
      }),
    );
    expect(cells).toEqual([EQUALS_TEXT.text]);
  });

  it('prints the scenario in the Vietnamese summary', async () => {
    const out = join(tmp, 'human', 'tong-hop.xlsx');
    const r = await consolidate(['--out', out]);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const lines = r.stdout.split('\n');
    expect(lines.slice(0, 8)).toEqual([
      'Tổng hợp số liệu năm 2026 (hạn nộp 05/12/2026): đã đọc 16 tệp — 13 tệp được dùng, 1 tệp bị thay thế, 2 tệp bị loại.',
      `Thời điểm nhận: 16/16 tệp theo sổ theo dõi tệp đến ${LOG}.`,
      'Tệp bị loại (2):',
      expect.stringMatching(/^ {2}– 09319_Xa_Tien_Du\.xlsx: Tệp bị hỏng/),
      expect.stringMatching(/^ {2}– so-noi-vu_So_Noi_vu\.xlsx: Biểu mẫu dành cho năm 2025/),
      'Tệp không dùng vì đơn vị có tệp khác được chọn (1):',
      expect.stringMatching(
        /^ {2}– so-khcn_So_Khoa_hoc_va_Cong_nghe_ban_nhap\.xlsx: .*“so-khcn_So_Khoa_hoc_va_Cong_nghe\.xlsx”/,
      ),
      'Đã nhận báo cáo của 13/114 đơn vị phải báo cáo (11,4%): 12 đúng hạn, 1 nộp muộn.',
    ]);
    expect(r.stdout).toContain(
      'Chỉ gửi tệp không dùng được (không đọc được hoặc bị loại) (2): Sở Nội vụ; Xã Tiên Du.',
    );
    expect(r.stdout).toContain('Nộp muộn (1): Sở Giáo dục và Đào tạo.');
    expect(r.stdout).toContain(`Đã ghi báo cáo tổng hợp vào ${out}`);
  });
});
