// src/excel/template-writer.ts + src/app/insert-template.ts against the in-memory Excel fake:
// what is written (sheets, names, validation, protection, formats), what is never touched (the
// user's own sheets), values kept on replace, and round trips that do not grow with the unit.
import { insertTemplate, type InsertTemplateResult } from '../../src/app/insert-template';
import { loadCatalog } from '../../src/domain/catalog';
import { buildTemplate } from '../../src/domain/template/build-template';
import { IDENTITY_SHEET } from '../../src/domain/template/identity';
import { STYLES } from '../../src/domain/template/styles';
import { createTemplateHost, PROTECTION } from '../../src/excel/template-writer';
import type { FakeHost } from '../fakes/office-fake';
import { installFakeHost } from '../fakes/office-fake';
import { namedCells } from '../../src/domain/template/layout-types';

const catalog = loadCatalog();
const LARGE = 'so-khcn';
const SMALL = catalog.units.find((u) => u.kind === 'commune')!.id;
const WHEN = '2026-11-21T08:00:00.000Z';
/** The template's sheets in order: its register sheets (the unit's own) after the data sheet. */
const templateSheets = (registers: readonly string[]) => [
  'Hướng dẫn',
  'Nhập liệu',
  ...registers,
  'Từ điển chỉ số',
  IDENTITY_SHEET,
];
const registersOf = (unitId: string): string[] =>
  buildTemplate(catalog, unitId, 2026, { formulaMode: 'custom', generatedAt: WHEN })
    .sheets.filter((s) => s.role === 'register')
    .map((s) => s.name);
const USER_SHEET = 'Ghi chú riêng';

let host: FakeHost;
afterEach(() => host.uninstall());

function install(): FakeHost {
  host = installFakeHost({
    workbook: { name: 'Bao_cao.xlsx', sheets: { [USER_SHEET]: [['Việc cần làm', 12]] } },
  });
  // The user's own formatting, which the add-in must never change.
  host.excel.cell(USER_SHEET, 'A1').fillColor = '#00B050';
  host.excel.sheet(USER_SHEET).cells.get('0,0')!.fillColor = '#00B050';
  return host;
}

async function insert(unitId: string, confirm = true, asked: string[] = []): Promise<InsertTemplateResult> {
  return insertTemplate(
    createTemplateHost(),
    catalog,
    { unitId, year: 2026, generatedAt: WHEN },
    async (e) => {
      asked.push(e.unitId ?? '?');
      return confirm;
    },
  );
}

describe.each([
  ['small', SMALL],
  ['large', LARGE],
])('inserting the template of a %s unit', (_size, unitId) => {
  test('writes the sheets, names, validation and protection in 3 syncs; other sheets untouched', async () => {
    install();
    const result = await insert(unitId);
    expect(result.status).toBe('inserted');
    const layout = buildTemplate(catalog, unitId, 2026, { formulaMode: 'custom', generatedAt: WHEN });
    const fake = host.excel;
    // inspect: 1 sync (no identity yet); write: exactly 3, whatever the number of indicators.
    expect(fake.stats.syncs).toBe(4);
    expect(fake.state.sheets.map((s) => s.name)).toEqual([
      USER_SHEET,
      ...templateSheets(registersOf(unitId)),
    ]);
    expect(fake.state.activeSheet).toBe('Nhập liệu');
    // Each register sheet holds its table: named, styled, the register's headers, each column's
    // check and prompt on the body; not protected (a table grows as rows are typed below it).
    for (const spec of layout.sheets.filter((s) => s.role === 'register')) {
      const sheet = fake.sheet(spec.name);
      const [table] = sheet.tables ?? [];
      expect(sheet.tables).toHaveLength(1);
      expect(sheet.protection.protected).toBe(false);
      expect(table?.name).toBe(spec.table?.name);
      expect(table?.style).toBe('TableStyleMedium2');
      expect(table?.headers).toEqual(spec.table?.columns.map((c) => c.header));
      expect(fake.cell(spec.name, 'A4').validation?.prompt).toMatchObject({
        showPrompt: true,
        message: spec.table?.columns[0]?.validation?.promptVi,
      });
      const dateColumn = spec.table?.columns.findIndex((c) => c.numberFormat === 'dd/mm/yyyy') ?? -1;
      if (dateColumn >= 0)
        expect(fake.cell(spec.name, `${String.fromCharCode(65 + dateColumn)}5`).numberFormat).toBe(
          'dd/mm/yyyy',
        );
    }

    // Every input is a workbook name pointing at its cell; derived cells call KHCN.* functions.
    expect(fake.state.names.size).toBe(namedCells(layout).length);
    const first = layout.inputs[0]!;
    expect(fake.state.names.get(first.name.toUpperCase())?.formula).toBe(
      `='Nhập liệu'!$${first.range.replace(/(\d+)/, '$$$1')}`,
    );
    const derived = layout.sheets[1]!.cells.find((c) => c.formula?.startsWith('KHCN.'));
    if (derived) expect(fake.cell('Nhập liệu', derived.address).formula).toBe(`=${derived.formula}`);

    // Input cell: unlocked, input style, Vietnamese validation.
    const input = fake.cell('Nhập liệu', first.range.split(':')[0]!);
    const spec = layout.sheets[1]!.cells.find((c) => c.address === first.range.split(':')[0])!;
    expect(input.locked).toBe(false);
    expect(input.fillColor).toBe(`#${STYLES[spec.style!].fill}`);
    expect(input.numberFormat).toBe(spec.numberFormat);
    expect(input.validation?.prompt).toMatchObject({ showPrompt: true, message: spec.validation!.promptVi });
    expect(input.validation?.errorAlert).toMatchObject({ showAlert: true, style: 'Stop' });
    expect(String(input.validation?.errorAlert?.message)).toMatch(/^Giá trị không hợp lệ/);
    expect(fake.cell('Nhập liệu', 'A1').locked).toBe(true);
    expect(fake.cell('Nhập liệu', 'A1').bold).toBe(true);

    // Layout details.
    const data = fake.sheet('Nhập liệu');
    expect(data.merges).toContain('A1:H1');
    expect(data.freeze).toEqual({ rows: 3, columns: 0 });
    expect(data.columnWidths?.get(1)).toBeGreaterThan(data.columnWidths?.get(0) ?? 0);
    expect(data.conditionalFormats?.length).toBe(layout.sheets[1]!.conditionalFormats?.length);

    // Protection without a password on the visible sheets; identity very hidden, unprotected.
    for (const name of ['Hướng dẫn', 'Nhập liệu', 'Từ điển chỉ số']) {
      expect(fake.sheet(name).protection).toMatchObject({ protected: true, password: undefined });
      expect(fake.sheet(name).protection.options).toMatchObject({ allowFormatCells: false });
    }
    expect(fake.sheet(IDENTITY_SHEET).visibility).toBe('VeryHidden');
    expect(fake.sheet(IDENTITY_SHEET).protection.protected).toBe(false);
    expect(fake.values(IDENTITY_SHEET, 'A4:B4')).toEqual([['unitId', unitId]]);

    // The user's sheet is exactly as it was.
    expect(fake.values(USER_SHEET, 'A1:B1')).toEqual([['Việc cần làm', 12]]);
    expect(fake.cell(USER_SHEET, 'A1').fillColor).toBe('#00B050');
    // Keep the op count reasonable (blocks, not cells): printed for the report.
    console.info(`${unitId}: ${layout.inputs.length} inputs, ${fake.stats.ops} operations`);
    expect(fake.stats.ops).toBeLessThan(12_000);
  });

  test('replacing asks first, keeps entered values by name, and still uses 3 syncs to write', async () => {
    install();
    await insert(unitId);
    const layout = buildTemplate(catalog, unitId, 2026, { formulaMode: 'custom', generatedAt: WHEN });
    const [a, b] = layout.inputs;
    host.excel.edit('Nhập liệu', a!.range.split(':')[0]!, [[42]]);
    host.excel.edit('Nhập liệu', b!.range.split(':')[0]!, [['1.234,5']]);
    // A row typed in a register table: the unit's data, never lost on replace.
    const register = registersOf(unitId)[0]!;
    host.excel.edit(register, 'A4', [['HT-1']]);
    host.excel.resetStats();

    const asked: string[] = [];
    const cancelled = await insert(unitId, false, asked);
    expect(cancelled.status).toBe('cancelled');
    expect(asked).toEqual([unitId]);
    expect(host.excel.values('Nhập liệu', a!.range.split(':')[0]!)).toEqual([[42]]);

    host.excel.resetStats();
    const replaced = await insert(unitId, true, asked);
    expect(replaced.status).toBe('inserted');
    if (replaced.status !== 'inserted') return;
    // inspect 2 (sheets, then identity) + write 3
    expect(host.excel.stats.syncs).toBe(5);
    // The completion mark holds its default ("Chưa hoàn thành"): carried over like any value.
    expect(replaced.write.keptNames).toEqual([a!.name, b!.name, 'KHCN_HOAN_THANH']);
    expect(replaced.write.droppedNames).toEqual([]);
    expect(host.excel.values('Nhập liệu', a!.range.split(':')[0]!)).toEqual([[42]]);
    expect(host.excel.values('Nhập liệu', b!.range.split(':')[0]!)).toEqual([['1.234,5']]);
    // The register sheets are kept as they were (where they were), the others written anew.
    expect(host.excel.state.sheets.map((s) => s.name)).toEqual([
      USER_SHEET,
      ...registersOf(unitId),
      ...templateSheets([]),
    ]);
    expect(host.excel.values(register, 'A4')).toEqual([['HT-1']]);
    expect(host.excel.sheet(register).tables).toHaveLength(1);
    expect(host.excel.state.names.size).toBe(namedCells(layout).length);
    expect(host.excel.values(USER_SHEET, 'A1:B1')).toEqual([['Việc cần làm', 12]]);
    expect(host.excel.cell(USER_SHEET, 'A1').fillColor).toBe('#00B050');
  });
});

test('a user sheet named like a template sheet is a conflict: nothing is written', async () => {
  host = installFakeHost({ workbook: { sheets: { 'Hướng dẫn': [['của tôi']], Khác: [] } } });
  const result = await insert(SMALL);
  expect(result).toEqual({ status: 'conflict', sheets: ['Hướng dẫn'] });
  expect(host.excel.state.sheets.map((s) => s.name)).toEqual(['Hướng dẫn', 'Khác']);
  expect(host.excel.values('Hướng dẫn', 'A1')).toEqual([['của tôi']]);
  expect(host.excel.state.names.size).toBe(0);
});

test('switching units keeps the values of the names both templates share', async () => {
  install();
  await insert(LARGE);
  const large = buildTemplate(catalog, LARGE, 2026, { formulaMode: 'custom', generatedAt: WHEN });
  const small = buildTemplate(catalog, SMALL, 2026, { formulaMode: 'custom', generatedAt: WHEN });
  const shared = small.inputs.find((i) => large.inputs.some((j) => j.name === i.name));
  const onlyLarge = large.inputs.find((i) => !small.inputs.some((j) => j.name === i.name))!;
  if (shared) {
    const at = large.inputs.find((i) => i.name === shared.name)!.range.split(':')[0]!;
    host.excel.edit('Nhập liệu', at, [[7]]);
  }
  host.excel.edit('Nhập liệu', onlyLarge.range.split(':')[0]!, [[5]]);
  const result = await insert(SMALL);
  if (result.status !== 'inserted') throw new Error(result.status);
  expect(result.write.droppedNames).toEqual([onlyLarge.name]);
  if (shared) {
    expect(result.write.keptNames).toEqual([shared.name, 'KHCN_HOAN_THANH']);
    expect(host.excel.values('Nhập liệu', shared.range.split(':')[0]!)).toEqual([[7]]);
  }
  expect(host.excel.state.names.size).toBe(namedCells(small).length);
});

test('on ExcelApi 1.9+ every visible sheet prints on A4, one page wide, header rows repeated, header and page numbers', async () => {
  install();
  await insert(LARGE);
  const layout = buildTemplate(catalog, LARGE, 2026, { formulaMode: 'custom', generatedAt: WHEN });
  const unit = catalog.units.find((u) => u.id === LARGE)!;
  for (const spec of layout.sheets.filter((x) => x.visibility === 'visible')) {
    const print = host.excel.sheet(spec.name).pageLayout;
    expect(print).toMatchObject({
      paperSize: 'A4',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      headers: { rightHeader: '&A', centerFooter: 'Trang &P / &N' },
    });
    expect(print?.headers?.leftHeader).toMatch(/^Đánh giá KH, CN && ĐMST năm 2026/);
  }
  expect(host.excel.sheet('Nhập liệu').pageLayout).toMatchObject({
    orientation: 'Landscape',
    printTitleRows: expect.stringMatching(/^\$1:\$\d+$/),
    headers: { leftHeader: `Đánh giá KH, CN && ĐMST năm 2026 – ${unit.nameVi}` },
  });
  expect(host.excel.sheet('Hướng dẫn').pageLayout?.orientation).toBe('Portrait');
  expect(host.excel.sheet(IDENTITY_SHEET).pageLayout).toBeUndefined();
  expect(host.excel.sheet(USER_SHEET).pageLayout).toBeUndefined(); // the user's sheet is not touched
});

test('below ExcelApi 1.9 the template is written without print settings (nothing fails)', async () => {
  host = installFakeHost({ workbook: { name: 'Cu.xlsx', sheets: { [USER_SHEET]: [] } }, excelApi: '1.8' });
  const result = await insert(SMALL);
  expect(result.status).toBe('inserted');
  expect(host.excel.sheet('Nhập liệu').pageLayout).toBeUndefined();
});

test('the protection options never carry a password and forbid formatting cells', () => {
  expect(PROTECTION.allowFormatCells).toBe(false);
  expect(Object.keys(PROTECTION)).not.toContain('password');
});
