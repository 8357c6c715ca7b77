import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { CATALOG_VERSION, loadCatalog } from '../../src/domain/catalog';
import { buildTemplate } from '../../src/domain/template/build-template';
import { DATA_SHEET } from '../../src/domain/template/data-sheet';
import { IDENTITY_SHEET, parseIdentity } from '../../src/domain/template/identity';
import { namedCells, type TemplateLayout } from '../../src/domain/template/layout-types';
import {
  absoluteRange,
  sheetRef,
  templateWorkbook,
  templateXlsxBuffer,
} from '../../src/cli/xlsx/template-writer';

const PYTHON = '/usr/bin/python3';
const catalog = loadCatalog();
const layout = buildTemplate(catalog, 'so-khcn', 2026, {
  formulaMode: 'native',
  generatedAt: '2026-11-21T08:00:00.000Z',
});

/** Sheet protection as exceljs reads it back (not part of its public typings). */
type Protected = { sheetProtection?: Record<string, unknown> };

async function roundTrip(l: TemplateLayout): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await templateXlsxBuffer(l)) as unknown as ExcelJS.Buffer);
  return wb;
}

const sheetOf = (wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet => {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
};

describe('template writer (exceljs round trip)', () => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    wb = await roundTrip(layout);
  }, 60_000);

  it('writes the sheets in order with the identity sheet very hidden', () => {
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      ['Hướng dẫn', 'visible'],
      ['Nhập liệu', 'visible'],
      ...layout.sheets.filter((s) => s.role === 'register').map((s) => [s.name, 'visible']),
      ['Từ điển chỉ số', 'visible'],
      ['_khcn', 'veryHidden'],
    ]);
    expect(layout.sheets.filter((s) => s.role === 'register')).toHaveLength(7);
  });

  it('keeps every input name, workbook-scoped, on its cell or block', () => {
    const model = wb.definedNames.model as { name: string; ranges: string[]; localSheetId?: number }[];
    const byName = new Map(model.map((m) => [m.name, m]));
    expect(byName.size).toBe(namedCells(layout).length);
    for (const input of namedCells(layout)) {
      const m = byName.get(input.name);
      expect(m?.ranges).toEqual([`${sheetRef(DATA_SHEET)}${absoluteRange(input.range)}`]);
      expect(m?.localSheetId).toBeUndefined();
    }
  });

  it('keeps data validation, number formats and unlocked input cells', () => {
    const ws = sheetOf(wb, DATA_SHEET);
    const fte = layout.inputs.find((i) => i.name === 'KHCN_I_2_fte');
    const cell = ws.getCell(fte?.range ?? '');
    expect(cell.dataValidation).toMatchObject({
      type: 'decimal',
      operator: 'between',
      formulae: [0, 1_000_000],
      allowBlank: true,
      showErrorMessage: true,
      showInputMessage: true,
      promptTitle: 'Chỉ tiêu I.2',
    });
    expect(cell.dataValidation.prompt).toMatch(/^Nhập số từ 0 đến 1\.000\.000 \(FTE\)/);
    expect(cell.protection).toMatchObject({ locked: false });
    expect(cell.numFmt).toBe('#,##0.00');

    const citations = layout.inputs.find((i) => i.name === 'KHCN_II_7_citations')?.range ?? '';
    const [first = '', last = ''] = citations.split(':');
    for (const a of [first, last]) {
      expect(ws.getCell(a).dataValidation).toMatchObject({ type: 'whole', formulae: [0, 1_000_000] });
      expect(ws.getCell(a).protection).toMatchObject({ locked: false });
    }
    const trl = ws.getCell(layout.inputs.find((i) => i.name === 'KHCN_III_1_trl_1')?.range ?? '');
    expect(trl.dataValidation).toMatchObject({ type: 'list', formulae: ['"1,2,3,4,5,6,7,8,9"'] });
    const baselineDate = ws.getCell(
      layout.inputs.find((i) => i.name === 'KHCN_V_6_baseline_date')?.range ?? '',
    );
    expect(baselineDate.dataValidation).toMatchObject({
      type: 'date',
      formulae: [new Date('2020-01-01T00:00:00Z'), new Date('2030-12-31T00:00:00Z')],
    });
    expect(baselineDate.numFmt).toBe('dd/mm/yyyy');
    const docs = ws.getCell(layout.inputs.find((i) => i.name === 'KHCN_I_1_doc_list')?.range ?? '');
    expect(docs.dataValidation).toMatchObject({
      type: 'textLength',
      operator: 'lessThanOrEqual',
      formulae: [32_767],
    });
    expect(docs.numFmt).toBe('@');
    // Labels stay locked.
    expect(ws.getCell('C5').protection?.locked).not.toBe(false);
  });

  it('protects the visible sheets without a password and leaves the identity sheet open', () => {
    for (const name of ['Hướng dẫn', 'Nhập liệu', 'Từ điển chỉ số']) {
      const p = (sheetOf(wb, name) as unknown as Protected).sheetProtection;
      expect(p).toMatchObject({ sheet: true, insertRows: true, formatColumns: true, formatRows: true });
      expect(p?.hashValue).toBeUndefined();
      expect(p?.algorithmName).toBeUndefined();
    }
    expect((sheetOf(wb, IDENTITY_SHEET) as unknown as Protected).sheetProtection).toBeUndefined();
  });

  it('writes formulas without a cached value and freezes the header rows', () => {
    const ws = sheetOf(wb, DATA_SHEET);
    const ii7 = layout.indicators?.find((i) => i.code === 'II.7');
    const value = ws.getCell(ii7?.resultCell ?? '').value as ExcelJS.CellFormulaValue;
    expect(value.formula).toContain('KHCN_II_7_citations');
    expect(value.result).toBeUndefined();
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
  });

  it('reads the identity back with parseIdentity', () => {
    const ws = sheetOf(wb, IDENTITY_SHEET);
    const rows: [unknown, unknown][] = [];
    ws.eachRow((row) => rows.push([row.getCell(1).value, row.getCell(2).value]));
    expect(parseIdentity(rows)).toEqual({ ok: true, identity: layout.identity });
    expect(ws.getCell('B3').value).toBe(CATALOG_VERSION);
  });

  it('asks Excel to recalculate on open', async () => {
    expect((await templateWorkbook(layout)).calcProperties.fullCalcOnLoad).toBe(true);
  });

  it('writes text that looks like a formula as text', async () => {
    const tricky: TemplateLayout = {
      identity: layout.identity,
      inputs: [],
      sheets: [
        {
          name: 'Thử',
          role: 'data',
          visibility: 'visible',
          protect: false,
          columnWidths: [10],
          merges: [],
          cells: [
            { address: 'A1', value: '=1+1', locked: true },
            { address: 'A2', value: "'quoted", locked: true },
            { address: 'A3', formula: 'A1&""', locked: true },
          ],
        },
      ],
    };
    const ws = sheetOf(await roundTrip(tricky), 'Thử');
    expect(ws.getCell('A1').type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell('A1').value).toBe('=1+1');
    expect(ws.getCell('A2').value).toBe("'quoted");
    expect(ws.getCell('A3').type).toBe(ExcelJS.ValueType.Formula);
  });

  it('colours status cells with conditional formats', () => {
    const cf = (
      sheetOf(wb, DATA_SHEET) as unknown as {
        conditionalFormattings: { ref: string; rules: { formulae: string[] }[] }[];
      }
    ).conditionalFormattings;
    expect(cf.map((c) => c.rules[0]?.formulae[0])).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^LEFT\(H4,3\)="Lỗi"$/),
        expect.stringMatching(/^ISERROR\(G4\)$/),
      ]),
    );
  });

  it('prints every visible sheet on A4, one page wide, header rows repeated, header and page numbers (read by openpyxl)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'khcn-print-'));
    const file = join(dir, 'mau.xlsx');
    writeFileSync(file, await templateXlsxBuffer(layout));
    const script = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = []
for ws in wb.worksheets:
    if ws.sheet_state != 'visible':
        continue
    out.append({'name': ws.title, 'paper': ws.page_setup.paperSize, 'orientation': ws.page_setup.orientation,
                'fitWidth': ws.page_setup.fitToWidth, 'fitHeight': ws.page_setup.fitToHeight,
                'fit': ws.sheet_properties.pageSetUpPr.fitToPage if ws.sheet_properties.pageSetUpPr else None,
                'titles': ws.print_title_rows, 'header': ws.oddHeader.left.text, 'right': ws.oddHeader.right.text,
                'footer': ws.oddFooter.center.text})
print(json.dumps(out))`;
    const py = spawnSync(PYTHON, ['-c', script, file], { encoding: 'utf8' });
    rmSync(dir, { recursive: true, force: true });
    expect(py.stderr).toBe('');
    const sheets = JSON.parse(py.stdout) as Record<string, unknown>[];
    expect(sheets.map((x) => x.name)).toEqual(
      layout.sheets.filter((x) => x.visibility === 'visible').map((x) => x.name),
    );
    for (const ws of sheets) {
      expect(ws).toMatchObject({
        paper: 9,
        fitWidth: 1,
        fitHeight: 0,
        fit: true,
        right: '&A',
        footer: 'Trang &P / &N',
      });
      expect(String(ws.header)).toMatch(/^Đánh giá KH, CN && ĐMST năm 2026/); // '&&' is a literal '&'
    }
    const data = sheets.find((x) => x.name === DATA_SHEET);
    expect(data).toMatchObject({
      orientation: 'landscape',
      header: 'Đánh giá KH, CN && ĐMST năm 2026 – Sở Khoa học và Công nghệ',
    });
    expect(String(data?.titles)).toMatch(/^\$1:\$\d+$/);
  });

  it('helpers: absolute ranges and quoted sheet names', () => {
    expect(absoluteRange('E12')).toBe('$E$12');
    expect(absoluteRange('E20:E69')).toBe('$E$20:$E$69');
    expect(sheetRef("It's")).toBe("'It''s'!");
  });
});
