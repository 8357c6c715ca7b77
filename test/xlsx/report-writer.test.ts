/**
 * The report writer: a small hand-made ReportWorkbook written to .xlsx and read back with exceljs
 * (values, number formats, texts that look like formulas), checked in the zip (tables, shared
 * strings, chart parts well-formed and wired), and opened by LibreOffice Calc and by openpyxl.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import type { ReportCell, ReportWorkbook } from '../../src/domain/report/types';
import { chartXml, drawingXml, resolveChart } from '../../src/xlsx/chart-parts';
import { insertDrawingElement, worksheetParts } from '../../src/xlsx/inject-charts';
import { escapeSharedStrings, tableHeaders, tableName, writeReportXlsx } from '../../src/xlsx/report-writer';
import { convertWithLibreOffice, describeWithLibreOffice } from '../template/libreoffice-helpers';

const PYTHON = '/usr/bin/python3';

/** Texts a careless writer would turn into formulas or mangle. */
const TRICKY = [
  '=SUM(A1)',
  '+84 912 345 678',
  '-5 (ghi chú)',
  '@abc',
  '=1+1',
  'a_x0041_b',
  'dòng 1\r\ndòng 2',
  '  khoảng trắng  ',
  '<b>&amp;"\'</b>',
];

const t = (v: string | null, style?: ReportCell['style']): ReportCell => (style ? { v, style } : { v });
const n = (v: number, numFmt?: string): ReportCell => ({ v, style: 'cell', ...(numFmt ? { numFmt } : {}) });

const TARGETS = [
  ['MT1: Chi NS cho KH&CN ≥ 2 %', 0.8],
  ['MT2: Doanh nghiệp ĐMST', 0.45],
  ['MT3: Bài báo quốc tế', 1],
  ['MT4: Sáng chế', 0.12],
  ['MT5: Chuyển đổi số', 0],
] as const;

const REPORT: ReportWorkbook = {
  title: 'Tổng hợp đánh giá KH, CN & ĐMST 2026',
  createdAt: '2026-11-21T08:00:00.000Z',
  sheets: [
    {
      name: 'Tổng hợp',
      preamble: [[t('Tổng hợp đánh giá 2026', 'title')], [t('Lần chạy: 21/11/2026', 'subtitle')]],
      columns: [
        { header: 'Chỉ số', width: 30 },
        { header: 'Giá trị', width: 12 },
        { header: 'Ghi chú', width: 20 },
      ],
      rows: [
        [t('Đầu vào', 'group'), t(null, 'group'), t(null, 'group')],
        [t('I.1 Chi NS'), n(1234.5, '#,##0.0'), t(TRICKY[0] ?? '', 'cell')],
        [t('I.2 Tỷ lệ'), n(0.256, '0.0%'), t(TRICKY[1] ?? '', 'warn')],
        [t('I.3 Thiếu'), { v: null, style: 'muted' }, t(TRICKY[2] ?? '', 'bad')],
        [t('I.4 Đúng'), { v: true, style: 'ok' }, t(TRICKY[3] ?? '', 'ok')],
        [t('I.5 NaN'), { v: Number.NaN, style: 'cell' }, { v: 'x' }],
      ],
      freezeHeader: true,
    },
    {
      name: 'Chi tiết nguồn',
      preamble: [[t('Chi tiết nguồn', 'title')]],
      // Duplicate (case-insensitive), empty and multi-line headers: table names must be unique.
      columns: [
        { header: 'Đơn vị', width: 20 },
        { header: 'Giá trị', width: 12 },
        { header: 'giá trị', width: 12 },
        { header: '', width: 8 },
        { header: 'Ghi chú\n(Note)', width: 24 },
      ],
      rows: TRICKY.map((text, i) => [t(`Đơn vị ${i + 1}`), n(i * 10), n(i / 10, '0%'), t(null), t(text)]),
      table: { name: 'Chi tiết nguồn' },
      freezeHeader: true,
    },
    {
      name: 'Xung đột',
      preamble: [],
      columns: [
        { header: 'Chỉ số', width: 20 },
        { header: 'Đơn vị', width: 20 },
      ],
      rows: [],
      table: { name: 'XungDot' },
      freezeHeader: false,
    },
    {
      name: 'Mục tiêu KH17',
      preamble: [[t('Mục tiêu Nghị quyết KH17', 'title')], [t('Năm 2026', 'subtitle')], []],
      columns: [
        { header: 'Mục tiêu', width: 34 },
        { header: 'Tỷ lệ đạt', width: 12 },
      ],
      rows: TARGETS.map(([name, rate]) => [t(name, 'cell'), n(rate, '0%')]),
      table: { name: 'MucTieu' },
      freezeHeader: true,
    },
  ],
  charts: [
    {
      sheet: 'Mục tiêu KH17',
      title: 'Tỷ lệ đạt mục tiêu KH17',
      categories: 'A5:A9',
      series: [{ name: 'Tỷ lệ đạt', values: 'B5:B9' }],
      from: 'D3',
      to: 'K20',
      percent: true,
    },
  ],
};

const xmlOf = (files: Record<string, Uint8Array>, path: string): string => {
  const bytes = files[path];
  if (!bytes) throw new Error(`missing ${path}`);
  return strFromU8(bytes);
};

/** Minimal well-formedness: every opened tag closes in order, one root, no stray '<' or '&'. */
function expectWellFormed(xml: string): void {
  const body = xml.replace(/^<\?xml[^>]*\?>\s*/, '');
  const stack: string[] = [];
  let roots = 0;
  let last = 0;
  for (const m of body.matchAll(/<[^<>]*>/g)) {
    const text = body.slice(last, m.index);
    expect(text).not.toMatch(/<|&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/);
    last = m.index + m[0].length;
    const tag = m[0];
    const name = /^<\/?([\w:.-]+)/.exec(tag)?.[1];
    expect(name).toBeDefined();
    if (tag.startsWith('</')) {
      expect(stack.pop()).toBe(name);
    } else {
      expect(tag).toMatch(/^<[\w:.-]+(\s+[\w:.-]+="[^"<]*")*\s*\/?>$/);
      if (stack.length === 0) roots++;
      if (!tag.endsWith('/>')) stack.push(name ?? '');
    }
  }
  expect(stack).toEqual([]);
  expect(roots).toBe(1);
}

const dir = mkdtempSync(join(tmpdir(), 'khcn-report-'));
let withCharts: Uint8Array;
let withoutCharts: Uint8Array;
let files: Record<string, Uint8Array>;
let wb: ExcelJS.Workbook;

beforeAll(async () => {
  withCharts = await writeReportXlsx(REPORT, { charts: true });
  withoutCharts = await writeReportXlsx(REPORT, { charts: false });
  files = unzipSync(withCharts);
  wb = new ExcelJS.Workbook();
  await wb.xlsx.load(withCharts as unknown as ArrayBuffer);
  writeFileSync(join(dir, 'report.xlsx'), withCharts);
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('writeReportXlsx: cells', () => {
  it('prints every sheet on A4 landscape, one page wide, the header row repeated, pages numbered', () => {
    const workbookXml = xmlOf(files, 'xl/workbook.xml');
    for (const [name, part] of worksheetParts(files)) {
      const xml = xmlOf(files, part);
      expect(xml).toContain('<pageSetUpPr fitToPage="1"/>');
      expect(xml).toContain(
        '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>',
      );
      expect(xml).toContain('Trang &amp;P / &amp;N');
      expect(workbookXml).toMatch(
        new RegExp(
          `<definedName name="_xlnm.Print_Titles" localSheetId="\\d+">&apos;${name}&apos;!\\$\\d+:\\$\\d+</definedName>`,
        ),
      );
    }
  });

  it('writes the sheets in order, the first one active, with the workbook properties', () => {
    expect(wb.worksheets.map((ws) => ws.name)).toEqual([
      'Tổng hợp',
      'Chi tiết nguồn',
      'Xung đột',
      'Mục tiêu KH17',
    ]);
    expect(wb.title).toBe(REPORT.title);
    expect(wb.creator).toBe('khcn');
    expect(wb.created.toISOString()).toBe(REPORT.createdAt);
    expect(wb.views[0]?.activeTab).toBe(0);
    const sheet1 = xmlOf(files, worksheetParts(files).get('Tổng hợp') ?? '');
    expect(sheet1).toMatch(/<sheetView[^>]*tabSelected="1"/);
    expect(xmlOf(files, worksheetParts(files).get('Chi tiết nguồn') ?? '')).not.toMatch(/tabSelected/);
  });

  it('puts the preamble from A1, the header row after it and the data below, with widths and frozen panes', () => {
    const ws = wb.getWorksheet('Tổng hợp');
    if (!ws) throw new Error('no sheet');
    expect(ws.getCell('A1').value).toBe('Tổng hợp đánh giá 2026');
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect(ws.getCell('A3').value).toBe('Chỉ số');
    expect(ws.getCell('C3').value).toBe('Ghi chú');
    expect(ws.getCell('A3').fill).toMatchObject({ type: 'pattern', fgColor: { argb: 'FF1F5C99' } });
    expect(ws.getCell('A4').value).toBe('Đầu vào');
    expect(ws.getColumn(1).width).toBe(30);
    expect(ws.getColumn(3).width).toBe(20);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3, topLeftCell: 'A4' });
    expect(wb.getWorksheet('Xung đột')?.views[0]?.state).not.toBe('frozen');
  });

  it('keeps numbers as numbers with their formats, booleans, and null / NaN as empty cells', () => {
    const ws = wb.getWorksheet('Tổng hợp');
    if (!ws) throw new Error('no sheet');
    expect(ws.getCell('B5').value).toBe(1234.5);
    expect(ws.getCell('B5').numFmt).toBe('#,##0.0');
    expect(ws.getCell('B6').value).toBe(0.256);
    expect(ws.getCell('B6').numFmt).toBe('0.0%');
    expect(ws.getCell('B7').value).toBeNull();
    expect(ws.getCell('B7').font?.italic).toBe(true); // styled although empty
    expect(ws.getCell('B8').value).toBe(true);
    expect(ws.getCell('B9').value).toBeNull();
    expect(ws.getCell('C9').value).toBe('x');
  });

  it('writes every text as text, never as a formula, and reads it back exactly', () => {
    const summary = wb.getWorksheet('Tổng hợp');
    const detail = wb.getWorksheet('Chi tiết nguồn');
    if (!summary || !detail) throw new Error('no sheet');
    ['C5', 'C6', 'C7', 'C8'].forEach((addr, i) => {
      expect(summary.getCell(addr).type).toBe(ExcelJS.ValueType.String);
      expect(summary.getCell(addr).value).toBe(TRICKY[i]);
    });
    TRICKY.forEach((text, i) => {
      expect(detail.getCell(`E${3 + i}`).type).toBe(ExcelJS.ValueType.String);
      expect(detail.getCell(`E${3 + i}`).value).toBe(text);
    });
    for (const path of worksheetParts(files).values()) expect(xmlOf(files, path)).not.toMatch(/<f[\s>]/);
    // Shared strings, the '_x' and CR escaped as Excel writes them.
    const sst = xmlOf(files, 'xl/sharedStrings.xml');
    expect(sst).toContain('<t>=SUM(A1)</t>');
    expect(sst).toContain('a_x005F_x0041_b');
    expect(sst).toContain('dòng 1_x000D_\ndòng 2');
    expect(escapeSharedStrings('<t>_x000D_\r</t>')).toBe('<t>_x005F_x000D__x000D_</t>');
  });
});

describe('writeReportXlsx: tables', () => {
  it('adds real Excel tables referenced by their sheets, header cells equal to unique column names', () => {
    const parts = worksheetParts(files);
    const tables = Object.keys(files).filter((p) => /^xl\/tables\/table\d+\.xml$/.test(p));
    expect(tables.sort()).toEqual(['xl/tables/table1.xml', 'xl/tables/table2.xml', 'xl/tables/table3.xml']);
    const detailPart = parts.get('Chi tiết nguồn') ?? '';
    expect(xmlOf(files, detailPart)).toMatch(
      /<tableParts count="1"><tablePart r:id="rId\d+"\/><\/tableParts>/,
    );
    const rels = xmlOf(files, detailPart.replace('worksheets/', 'worksheets/_rels/') + '.rels');
    expect(rels).toContain('Target="../tables/table1.xml"');

    const table1 = xmlOf(files, 'xl/tables/table1.xml');
    expectWellFormed(table1);
    expect(table1).toContain('name="Chi_tiet_nguon"');
    expect(table1).toContain('ref="A2:E11"');
    const names = Array.from(table1.matchAll(/<tableColumn [^>]*name="([^"]*)"/g), (m) => m[1]);
    expect(names).toEqual(['Đơn vị', 'Giá trị', 'giá trị (2)', 'Cột 4', 'Ghi chú (Note)']);
    const detail = wb.getWorksheet('Chi tiết nguồn');
    names.forEach((name, i) => expect(detail?.getRow(2).getCell(i + 1).value).toBe(name));
  });

  it('gives an empty table one empty data row (Excel refuses a header-only table)', () => {
    const table2 = xmlOf(files, 'xl/tables/table2.xml');
    expect(table2).toContain('name="XungDot"');
    expect(table2).toContain('ref="A1:B2"');
    expect(wb.getWorksheet('Xung đột')?.getCell('A2').value).toBeNull();
  });

  it('keeps rows after `rowCount` out of the table (the status sheet lists files below its units)', async () => {
    const sheet = {
      name: 'Tình trạng nộp',
      preamble: [],
      columns: [{ header: 'Đơn vị', width: 20 }],
      rows: [[t('A')], [t('B')], [t(null)], [t('Các tệp đã nhận', 'group')], [t('x.xlsx')]],
      table: { name: 'KHCN_TinhTrang', rowCount: 2 },
      freezeHeader: true,
    };
    const bytes = await writeReportXlsx({ ...REPORT, sheets: [sheet], charts: [] }, { charts: false });
    const table = xmlOf(unzipSync(bytes), 'xl/tables/table1.xml');
    expect(table).toContain('ref="A1:A3"');
  });

  it('makes table names valid and unique', () => {
    const used = new Set<string>();
    expect(tableName('Mục tiêu KH17', used)).toBe('Muc_tieu_KH17');
    expect(tableName('muc tieu kh17', used)).toBe('muc_tieu_kh17_2');
    expect(tableName('2026', used)).toBe('_2026');
    expect(tableName('AB12', used)).toBe('_AB12');
    expect(tableName('R1C1', used)).toBe('_R1C1');
    expect(tableHeaders([' a ', 'A', '', 'x\ny'])).toEqual(['a', 'A (2)', 'Cột 3', 'x y']);
  });
});

describe('writeReportXlsx: charts', () => {
  it('adds chart and drawing parts, their relationships and content types', () => {
    const sheetPart = worksheetParts(files).get('Mục tiêu KH17') ?? '';
    expect(sheetPart).toMatch(/^xl\/worksheets\/sheet\d+\.xml$/);
    const sheetXml = xmlOf(files, sheetPart);
    // <drawing> after the page setup and header/footer, before <tableParts> (CT_Worksheet order).
    expect(sheetXml).toMatch(
      /<pageMargins[^>]*\/><pageSetup[^>]*\/><headerFooter>.*<\/headerFooter><drawing r:id="(rId\d+)"\/><tableParts/,
    );
    const drawingId = /<drawing r:id="(rId\d+)"/.exec(sheetXml)?.[1];
    const sheetRels = xmlOf(files, sheetPart.replace('worksheets/', 'worksheets/_rels/') + '.rels');
    expectWellFormed(sheetRels);
    const ids = Array.from(sheetRels.matchAll(/Id="([^"]+)"/g), (m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(sheetRels).toContain(
      `Id="${drawingId}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"`,
    );
    expect(sheetRels).toContain('Target="../tables/table3.xml"');

    expect(xmlOf(files, 'xl/drawings/_rels/drawing1.xml.rels')).toContain('Target="../charts/chart1.xml"');
    // Parts only (no folder entries), the content types first.
    expect(Object.keys(files).filter((p) => p.endsWith('/'))).toEqual([]);
    expect(Object.keys(files)[0]).toBe('[Content_Types].xml');
    const types = xmlOf(files, '[Content_Types].xml');
    expect(types).toContain(
      '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>',
    );
    expect(types).toContain(
      '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>',
    );
    for (const path of [
      'xl/charts/chart1.xml',
      'xl/drawings/drawing1.xml',
      'xl/drawings/_rels/drawing1.xml.rels',
      '[Content_Types].xml',
      sheetPart,
    ]) {
      expectWellFormed(xmlOf(files, path));
    }
  });

  it('draws a clustered bar chart over the quoted sheet range with cached values and a 0–100 % axis', () => {
    const chart = xmlOf(files, 'xl/charts/chart1.xml');
    expect(chart).toContain('<c:barDir val="bar"/><c:grouping val="clustered"/>');
    expect(chart).toContain('<c:f>&apos;Mục tiêu KH17&apos;!$A$5:$A$9</c:f>');
    expect(chart).toContain('<c:f>&apos;Mục tiêu KH17&apos;!$B$5:$B$9</c:f>');
    expect(chart).toContain('<c:tx><c:v>Tỷ lệ đạt</c:v></c:tx>');
    expect(chart).toContain('<c:pt idx="0"><c:v>MT1: Chi NS cho KH&amp;CN ≥ 2 %</c:v></c:pt>');
    expect(chart).toContain(
      '<c:numCache><c:formatCode>0%</c:formatCode><c:ptCount val="5"/><c:pt idx="0"><c:v>0.8</c:v></c:pt>',
    );
    expect(chart).toContain('<c:max val="1"/><c:min val="0"/>');
    expect(chart).toContain('<c:numFmt formatCode="0%" sourceLinked="0"/>');
    expect(chart).toContain('<a:t>Tỷ lệ đạt mục tiêu KH17</a:t>');
    expect(chart).toContain('<c:legend>');
    const drawing = xmlOf(files, 'xl/drawings/drawing1.xml');
    // D3 → K20 inclusive: 0-based from (3, 2), to the corner after K20 (11, 20).
    expect(drawing).toContain('<xdr:from><xdr:col>3</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>2</xdr:row>');
    expect(drawing).toContain('<xdr:to><xdr:col>11</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>20</xdr:row>');
    expect(drawing).toContain(
      '<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="rId1"/>',
    );
  });

  it('lets the percent axis grow past 100 % instead of clipping, and escapes odd sheet names', () => {
    const sheet = { ...REPORT.sheets[3]!, name: "Bà Rịa's & <x>" };
    sheet.rows = [
      [t('A'), n(1.4)],
      [t('B'), n(0.5)],
    ];
    const chart = resolveChart(
      {
        ...REPORT.charts[0]!,
        sheet: sheet.name,
        categories: 'A5:A6',
        series: [{ name: 'S', values: 'B5:B6' }],
      },
      sheet,
    );
    expect(chart.series[0]?.values).toEqual([1.4, 0.5]);
    const xml = chartXml(chart);
    expectWellFormed(xml);
    expect(xml).not.toContain('<c:max ');
    expect(xml).toContain('<c:min val="0"/>');
    expect(xml).toContain('<c:f>&apos;Bà Rịa&apos;&apos;s &amp; &lt;x&gt;&apos;!$A$5:$A$6</c:f>');
    expectWellFormed(drawingXml([{ chart, rId: 'rId1' }]));
  });

  it('inserts the drawing before the elements that follow it, declaring r: when the root does not', () => {
    expect(
      insertDrawingElement('<worksheet xmlns:r="r"><sheetData/><pageMargins/><extLst/></worksheet>', 'rId9'),
    ).toBe('<worksheet xmlns:r="r"><sheetData/><pageMargins/><drawing r:id="rId9"/><extLst/></worksheet>');
    expect(insertDrawingElement('<worksheet><sheetData></sheetData></worksheet>', 'rId1')).toBe(
      '<worksheet><sheetData></sheetData><drawing xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/></worksheet>',
    );
    expect(() =>
      insertDrawingElement('<worksheet><sheetData/><drawing r:id="rId1"/></worksheet>', 'rId2'),
    ).toThrow(/drawing/);
  });

  it('writes no chart part without opts.charts, and refuses a chart on an unknown sheet', async () => {
    const plain = unzipSync(withoutCharts);
    expect(
      Object.keys(plain).filter((p) => p.startsWith('xl/charts/') || p.startsWith('xl/drawings/')),
    ).toEqual([]);
    expect(xmlOf(plain, 'xl/sharedStrings.xml')).toContain('a_x005F_x0041_b');
    await expect(
      writeReportXlsx({ ...REPORT, charts: [{ ...REPORT.charts[0]!, sheet: 'Không có' }] }, { charts: true }),
    ).rejects.toThrow(/Không có/);
  });
});

describeWithLibreOffice('writeReportXlsx: LibreOffice Calc', () => {
  let converted: Record<string, Uint8Array>;
  let lo: ExcelJS.Workbook;

  beforeAll(async () => {
    mkdirSync(join(dir, 'out'), { recursive: true });
    convertWithLibreOffice([join(dir, 'report.xlsx')], join(dir, 'out'), join(dir, 'profile'));
    const [out = ''] = readdirSync(join(dir, 'out'));
    const bytes = new Uint8Array(readFileSync(join(dir, 'out', out)));
    converted = unzipSync(bytes);
    lo = new ExcelJS.Workbook();
    await lo.xlsx.load(bytes as unknown as ArrayBuffer);
  }, 300_000);

  it('opens the file: sheets, numbers and texts survive', () => {
    expect(lo.worksheets.map((ws) => ws.name)).toEqual([
      'Tổng hợp',
      'Chi tiết nguồn',
      'Xung đột',
      'Mục tiêu KH17',
    ]);
    const summary = lo.getWorksheet('Tổng hợp');
    const detail = lo.getWorksheet('Chi tiết nguồn');
    expect(summary?.getCell('B5').value).toBe(1234.5);
    expect(summary?.getCell('B6').numFmt).toBe('0.0%');
    ['C5', 'C6', 'C7', 'C8'].forEach((addr, i) => expect(summary?.getCell(addr).value).toBe(TRICKY[i]));
    // LibreOffice keeps text cells text; CR LF may come back as LF.
    TRICKY.forEach((text, i) =>
      expect(String(detail?.getCell(`E${3 + i}`).value).replace(/\r/g, '')).toBe(text.replace(/\r/g, '')),
    );
    expect(lo.getWorksheet('Mục tiêu KH17')?.getCell('B5').value).toBe(0.8);
  });

  it('keeps the chart and the tables', () => {
    const charts = Object.keys(converted).filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p));
    expect(charts).toHaveLength(1);
    const chart = xmlOf(converted, charts[0] ?? '');
    expect(chart).toContain('<c:barDir val="bar"/>');
    expect(chart).toMatch(/Mục tiêu KH17.{0,20}\$A\$5:\$A\$9/);
    expect(
      Object.keys(converted).filter((p) => /^xl\/tables\/table\d+\.xml$/.test(p)).length,
    ).toBeGreaterThanOrEqual(2);
  });
});

describe('writeReportXlsx: openpyxl', () => {
  it('loads the workbook with its tables and texts; every XML part parses', () => {
    try {
      execFileSync(PYTHON, ['-c', 'import openpyxl'], { stdio: 'ignore' });
    } catch {
      throw new Error(
        `${PYTHON} cannot import openpyxl: install python3-openpyxl (apt-get install python3-openpyxl).`,
      );
    }
    const script = `
import json, sys, zipfile
import xml.etree.ElementTree as ET
import openpyxl
path = sys.argv[1]
with zipfile.ZipFile(path) as z:
    for name in z.namelist():
        if name.endswith('.xml') or name.endswith('.rels'):
            ET.fromstring(z.read(name))
wb = openpyxl.load_workbook(path)
out = {ws.title: {'tables': sorted(ws.tables.keys()), 'E3': ws['E3'].value, 'C5': ws['C5'].value} for ws in wb.worksheets}
print(json.dumps(out))
`;
    const out = JSON.parse(
      execFileSync(PYTHON, ['-c', script, join(dir, 'report.xlsx')], { encoding: 'utf8' }),
    ) as Record<string, { tables: string[]; E3: unknown; C5: unknown }>;
    expect(Object.keys(out)).toEqual(['Tổng hợp', 'Chi tiết nguồn', 'Xung đột', 'Mục tiêu KH17']);
    expect(out['Chi tiết nguồn']?.tables).toEqual(['Chi_tiet_nguon']);
    expect(out['Mục tiêu KH17']?.tables).toEqual(['MucTieu']);
    expect(out['Chi tiết nguồn']?.E3).toBe('=SUM(A1)');
    expect(out['Tổng hợp']?.C5).toBe('=SUM(A1)');
  });
});
