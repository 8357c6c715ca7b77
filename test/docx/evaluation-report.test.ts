/**
 * `khcn report` on the shipped sample files: the draft evaluation report (.docx).
 * - structure: the four logic-model stages, the indicator tables, the targets section, two chart
 *   images, the annex, placeholders for the office's own text; A4 and Decree 30 margins, page numbers;
 * - its numbers equal the consolidated workbook's (`khcn consolidate` on the same files), read back
 *   by another program (openpyxl) and compared with the document's tables parsed here;
 * - LibreOffice Writer converts it to PDF with the headings, tables and both images.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { main } from '../../src/cli/main';
import { loadCatalog } from '../../src/domain/catalog';
import { captureOutput } from '../helpers/capture-output';
import { convertWithLibreOffice, soffice } from '../template/libreoffice-helpers';

const SAMPLES = join(__dirname, '..', '..', 'samples', 'bao-cao-don-vi');
const catalog = loadCatalog();
let dir: string;
let parts: Record<string, Uint8Array>;
let body: string;

/** The document's tables: rows of cell texts (runs joined, line breaks as '\n'). */
function tables(xml: string): string[][][] {
  const text = (cell: string): string =>
    [...cell.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
      .map((p) =>
        [...(p[0] ?? '').matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)]
          .map((m) => (m[0] === '<w:br/>' ? '\n' : decode(m[1] ?? '')))
          .join(''),
      )
      .join('\n');
  return [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((t) =>
    [...(t[0] ?? '').matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((r) =>
      [...(r[0] ?? '').matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => text(c[0] ?? '')),
    ),
  );
}

const decode = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** All paragraph texts of the body, in order. */
const paragraphs = (xml: string): string[] =>
  [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...(p[0] ?? '').matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1] ?? '')).join(''),
  );

/** A number as the document prints it, Vietnamese convention ("1.497.965", "11,1%", "1,17"). */
function parseVi(text: string): number {
  const percent = text.includes('%');
  const n = Number(text.replace(/[%\s]/g, '').replace(/\./g, '').replace(',', '.'));
  return percent ? n / 100 : n;
}

async function run(command: string, out: string): Promise<void> {
  const o = captureOutput();
  const code = await main([command, SAMPLES, '--out', out], o);
  expect(o.stderr).toBe('');
  expect(code).toBe(0);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'khcn-docx-'));
  await run('report', join(dir, 'bao-cao-danh-gia-2026.docx'));
  await run('consolidate', join(dir, 'tong-hop.xlsx'));
  parts = unzipSync(readFileSync(join(dir, 'bao-cao-danh-gia-2026.docx')));
  body = strFromU8(parts['word/document.xml'] ?? new Uint8Array());
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('structure', () => {
  it('has the plan’s headings: purpose, method, the four stages, targets, quality, conclusions, annex', () => {
    const texts = paragraphs(body);
    const expected = [
      'I. MỤC ĐÍCH, PHẠM VI',
      'II. PHƯƠNG PHÁP',
      'III. KẾT QUẢ THEO GIAI ĐOẠN VÀ NHÓM CHỈ TIÊU',
      '1. Đầu vào (Input)',
      '2. Đầu ra (Output)',
      '3. Hiệu quả (Outcome)',
      '4. Tác động (Impact)',
      'IV. SO SÁNH VỚI MỤC TIÊU CỦA KẾ HOẠCH 17/KH-UBND',
      'V. MỨC ĐỘ ĐẦY ĐỦ VÀ CHẤT LƯỢNG SỐ LIỆU',
      'VI. ĐÁNH GIÁ CHUNG VÀ KIẾN NGHỊ',
      'PHỤ LỤC. TỪ ĐIỂN CHỈ TIÊU',
    ];
    const at = expected.map((h) => texts.indexOf(h));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at); // in this order
    expect(texts).toContain('BÁO CÁO');
    expect(texts).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  });

  it('has a table row for each of the 50 indicators and an annex row for each too', () => {
    const rowsByCode = new Map<string, number>();
    // Tables listing indicators or targets by code (not the quality tables that cite them).
    for (const t of tables(body).filter((x) => x[0]?.[0] === 'Mã'))
      for (const r of t.slice(1)) rowsByCode.set(r[0] ?? '', (rowsByCode.get(r[0] ?? '') ?? 0) + 1);
    for (const ind of catalog.indicators) expect(rowsByCode.get(ind.code)).toBe(2); // results + annex
    for (const t of catalog.targets)
      expect(rowsByCode.get(t.code) ?? rowsByCode.get(`${t.code} (độ tin cậy thấp)`)).toBe(1);
  });

  it('carries two chart images (PNG) with their captions', () => {
    const media = Object.keys(parts).filter((p) => p.startsWith('word/media/'));
    expect(media.length).toBeGreaterThanOrEqual(2);
    for (const m of media) expect([...(parts[m] ?? []).slice(1, 4)]).toEqual([0x50, 0x4e, 0x47]); // "PNG"
    expect((body.match(/<pic:pic[ >]/g) ?? []).length).toBeGreaterThanOrEqual(2);
    const texts = paragraphs(body);
    expect(texts.some((t) => t.startsWith('Biểu đồ 1.'))).toBe(true);
    expect(texts.some((t) => t.startsWith('Biểu đồ 2.'))).toBe(true);
  });

  it('leaves the assessment and recommendations to the office, marked, never invented', () => {
    const marked = [
      ...body.matchAll(
        /<w:r>(?:(?!<\/w:r>)[\s\S])*?<w:highlight w:val="yellow"\/>[\s\S]*?<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g,
      ),
    ].map((m) => decode(m[1] ?? ''));
    expect(marked.length).toBeGreaterThanOrEqual(6);
    for (const t of marked) expect(t).toMatch(/^\[.*\]$/);
  });

  it('is laid out as a Vietnamese administrative document: A4, Decree 30 margins, Times New Roman, page numbers', () => {
    // 1 mm = 56.7 twips: A4 210 × 297 mm; top/bottom 20 mm, left 30 mm, right 15 mm.
    const pgSz = /<w:pgSz ([^>]*)\/>/.exec(body)?.[1] ?? '';
    expect(pgSz).toMatch(/w:w="11906"/);
    expect(pgSz).toMatch(/w:h="16838"/);
    const mar = /<w:pgMar ([^>]*)\/>/.exec(body)?.[1] ?? '';
    const twips = (side: string): number => Number(new RegExp(`w:${side}="(\\d+)"`).exec(mar)?.[1]);
    expect(twips('top') / 56.7).toBeCloseTo(20, 0);
    expect(twips('bottom') / 56.7).toBeCloseTo(20, 0);
    expect(twips('left') / 56.7).toBeCloseTo(30, 0);
    expect(twips('right') / 56.7).toBeCloseTo(15, 0);
    const styles = strFromU8(parts['word/styles.xml'] ?? new Uint8Array());
    expect(styles).toMatch(/<w:rFonts w:ascii="Times New Roman"/);
    const footers = Object.keys(parts).filter((p) => /^word\/footer\d*\.xml$/.test(p));
    expect(footers.some((f) => /PAGE/.test(strFromU8(parts[f] ?? new Uint8Array())))).toBe(true);
  });
});

describe('numbers', () => {
  it('equal the consolidated workbook’s, read back by openpyxl', () => {
    const script = `
import json, sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1], data_only=True)['Tổng hợp']
rows = list(ws.iter_rows(values_only=True))
header = next(i for i, r in enumerate(rows) if r[0] == 'Mã')
col = rows[header].index('Giá trị tổng hợp')
out = {r[0]: r[col] for r in rows[header + 1:] if isinstance(r[0], str) and r[1] is not None}
print(json.dumps(out))`;
    const py = spawnSync('/usr/bin/python3', ['-c', script, join(dir, 'tong-hop.xlsx')], {
      encoding: 'utf8',
    });
    expect(py.stderr).toBe('');
    const workbook = JSON.parse(py.stdout) as Record<string, number | null>;
    const docValues = new Map<string, string>();
    for (const t of tables(body)) {
      if (t[0]?.[2] !== 'Giá trị') continue;
      for (const r of t.slice(1)) docValues.set(r[0] ?? '', r[2] ?? '');
    }
    expect(docValues.size).toBe(catalog.indicators.length);
    let compared = 0;
    for (const ind of catalog.indicators) {
      const expected = workbook[ind.code];
      const shown = docValues.get(ind.code) ?? '';
      if (expected === null || expected === undefined) {
        expect(shown).toBe('Chưa tính được');
        continue;
      }
      // The document rounds as the cell's format does: within half of its last shown digit.
      const decimals = (shown.replace(/%/, '').split(',')[1] ?? '').length + (shown.includes('%') ? 2 : 0);
      expect(Math.abs(parseVi(shown) - expected)).toBeLessThanOrEqual(0.5 * 10 ** -decimals + 1e-12);
      compared++;
    }
    expect(compared).toBeGreaterThan(40);
  });
});

describe('from a consolidated workbook', () => {
  const report = async (input: string, out: string) => {
    const o = captureOutput();
    const code = await main(['report', input, '--out', out], o);
    return { code, ...o };
  };

  it('khcn report tong-hop.xlsx gives the same tables as the report from the units’ files', async () => {
    const out = join(dir, 'tu-so-tong-hop.docx');
    const r = await report(join(dir, 'tong-hop.xlsx'), out);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Lập báo cáo đánh giá từ sổ tổng hợp');
    const again = strFromU8(unzipSync(readFileSync(out))['word/document.xml'] ?? new Uint8Array());
    expect(tables(again)).toEqual(tables(body));
  });

  it('refuses a workbook whose stored consolidation was edited, naming the sheet', async () => {
    const { buildReport } = await import('../../src/domain/report/build-report');
    const { writeReportXlsx } = await import('../../src/xlsx/report-writer');
    const { makeRun, catalog: fixtureCatalog } = await import('../report/fixtures');
    const tampered = join(dir, 'sua-tay.xlsx');
    const bytes = await writeReportXlsx(buildReport(fixtureCatalog, makeRun()), {
      charts: false,
      data: { sheet: '_khcn_ketqua', rows: [['khcn-run', '1', '2026.2'], ['{"options": {"year": 20']] },
    });
    writeFileSync(tampered, bytes);
    const r = await report(tampered, join(dir, 'x.docx'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Dữ liệu tổng hợp trong trang ẩn _khcn_ketqua của');
    expect(r.stderr).toContain('bị sửa hoặc hỏng');
  });
});

(soffice ? describe : describe.skip)('LibreOffice Writer', () => {
  it('converts it to PDF with the headings, tables and both images', () => {
    convertWithLibreOffice(
      [join(dir, 'bao-cao-danh-gia-2026.docx')],
      join(dir, 'pdf'),
      join(dir, 'profile'),
      'pdf',
    );
    const pdf = join(dir, 'pdf', 'bao-cao-danh-gia-2026.pdf');
    const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout;
    for (const h of [
      'III. KẾT QUẢ THEO GIAI ĐOẠN',
      'IV. SO SÁNH VỚI MỤC TIÊU',
      'PHỤ LỤC. TỪ ĐIỂN CHỈ TIÊU',
      'Biểu đồ 2.',
    ])
      expect(text).toContain(h);
    const images = spawnSync('pdfimages', ['-list', pdf], { encoding: 'utf8' }).stdout.split('\n').slice(2);
    expect(images.filter((l) => /\bimage\b/.test(l)).length).toBeGreaterThanOrEqual(2);
    const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout;
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
  }, 180_000);
});
