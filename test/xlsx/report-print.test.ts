/**
 * The consolidated workbook of the shipped samples, printed by LibreOffice to PDF: every page A4
 * landscape; the summary fits one page wide (the value and the notes columns print on the same page
 * as the indicator names, header repeated); the status and targets sheets print too.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { captureOutput } from '../helpers/capture-output';
import { convertWithLibreOffice, soffice } from '../template/libreoffice-helpers';

const SAMPLES = join(__dirname, '..', '..', 'samples', 'bao-cao-don-vi');

(soffice ? describe : describe.skip)('consolidated workbook printed to PDF (LibreOffice)', () => {
  let dir: string;
  let pages: string[];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'khcn-print-'));
    const o = captureOutput();
    expect(await main(['consolidate', SAMPLES, '--out', join(dir, 'tong-hop.xlsx')], o)).toBe(0);
    convertWithLibreOffice([join(dir, 'tong-hop.xlsx')], join(dir, 'pdf'), join(dir, 'profile'), 'pdf');
    const pdf = join(dir, 'pdf', 'tong-hop.pdf');
    // The register sheets make the text longer than spawnSync's default 1 MB buffer.
    const text = spawnSync('pdftotext', ['-layout', pdf, '-'], {
      encoding: 'utf8',
      maxBuffer: 64 << 20,
    }).stdout;
    pages = text.split('\f').filter((p) => p.trim() !== '');
    const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout;
    expect(info).toMatch(/Page size:\s+841\.\d+ x 595\.\d+ pts \(A4\)/); // landscape
  }, 240_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the summary one page wide: names, values and notes on the same pages', () => {
    const summary = pages.filter((p) => p.includes('Giá trị tổng hợp'));
    expect(summary.length).toBeGreaterThan(0);
    expect(summary.length).toBeLessThanOrEqual(8);
    for (const p of summary) {
      // The header row repeats on every page of the sheet, all of its columns on the page.
      for (const h of ['Mã', 'Tên chỉ tiêu', 'Giá trị tổng hợp', 'Cách tính', 'Ghi chú'])
        expect(p).toContain(h);
    }
    // A row keeps its value beside its name: I.1's line carries a number.
    const i1 = summary.flatMap((p) => p.split('\n')).find((l) => /^\s*I\.1\s/.test(l));
    expect(i1).toMatch(/\d/);
  });

  it('prints the status, matrix and targets sheets with their page headers and numbers', () => {
    for (const title of ['Tình trạng nộp báo cáo', 'Ma trận đơn vị', 'Tiến độ thực hiện các mục tiêu']) {
      expect(pages.some((p) => p.includes(title))).toBe(true);
    }
    expect(pages.every((p) => /Trang \d+ \/ \d+/.test(p))).toBe(true);
  });
});
