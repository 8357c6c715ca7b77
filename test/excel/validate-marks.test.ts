// In-place validation against the Excel fake: src/excel/template-reader.ts (read model),
// src/excel/marks.ts (marks, select, watch) and src/app/validate-in-place.ts (the use case).
// Round trips: validate + mark in 3 syncs, the first check of a session too (read: the names,
// sheets and register tables, then the tables' rows; 1 marks), whatever the number of rows;
// marks only touch input cells and the status column.
import { insertTemplate } from '../../src/app/insert-template';
import type { TemplateServices } from '../../src/app/ports';
import {
  clearMarks,
  isOwnStatusWrite,
  MARK_FILL,
  STATUS_COLUMN,
  validateWorkbook,
} from '../../src/app/validate-in-place';
import { loadCatalog } from '../../src/domain/catalog';
import { renderIssue } from '../../src/domain/issues';
import { buildTemplate } from '../../src/domain/template/build-template';
import { STYLES } from '../../src/domain/template/styles';
import { cellsInRange, parseCell, parseReference } from '../../src/domain/validation/reading';
import { createValidationHost } from '../../src/excel/marks';
import { createTemplateServices } from '../../src/excel/template-services';
import { isDateFormat } from '../../src/excel/template-reader';
import type { FakeHost } from '../fakes/office-fake';
import { installFakeHost } from '../fakes/office-fake';
import { namedCells } from '../../src/domain/template/layout-types';

const catalog = loadCatalog();
const LARGE = 'so-khcn';
const SMALL = catalog.units.find((u) => u.kind === 'commune')!.id;
const WHEN = '2026-11-21T08:00:00.000Z';
const DATA = 'Nhập liệu';

let host: FakeHost;
afterEach(() => host.uninstall());

const layoutOf = (unitId: string) =>
  buildTemplate(catalog, unitId, 2026, { formulaMode: 'custom', generatedAt: WHEN });

async function setUp(unitId: string): Promise<TemplateServices> {
  host = installFakeHost({ workbook: { sheets: { 'Của tôi': [['x']] } } });
  const services = createTemplateServices();
  const r = await insertTemplate(
    services.templates,
    catalog,
    { unitId, year: 2026, generatedAt: WHEN },
    async () => true,
  );
  expect(r.status).toBe('inserted');
  host.excel.resetStats();
  return services;
}

/** The first single-cell numeric input that must be a whole number ≥ 0. */
function integerInput(unitId: string) {
  const layout = layoutOf(unitId);
  const data = layout.sheets.find((s) => s.name === DATA)!;
  const input = layout.inputs.find((i) => {
    const spec = data.cells.find((c) => c.address === i.range);
    return spec?.validation?.kind === 'whole';
  })!;
  const spec = data.cells.find((c) => c.address === input.range)!;
  return { input, style: spec.style! };
}

describe.each([
  ['small', SMALL],
  ['large', LARGE],
])('validating the template of a %s unit', (_size, unitId) => {
  test('validate + mark in 3 syncs; a bad value is marked, listed in Vietnamese, and unmarked when fixed', async () => {
    const services = await setUp(unitId);
    const { input, style } = integerInput(unitId);
    const at = input.range;
    // Formatting the user added on the data sheet outside the inputs, and on their own sheet.
    host.excel.cell(DATA, 'C2').fillColor = '#7030A0';
    host.excel.sheet(DATA).cells.get('1,2')!.fillColor = '#7030A0';
    host.excel.sheet('Của tôi').cells.get('0,0')!.fillColor = '#00B0F0';

    host.excel.edit(DATA, at, [[-5]]);
    host.excel.resetStats();
    const run = await validateWorkbook(services.validation, catalog, { year: 2026, unitId });
    expect(host.excel.stats.syncs).toBeLessThanOrEqual(3);
    const mine = run.issues.filter((i) => i.definedName === input.name);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine[0]!.severity).toBe('error');
    expect(mine[0]!.cell).toBe(at);
    expect(renderIssue(mine[0]!, 'vi')).toMatch(/ô E\d+/);
    expect(host.excel.cell(DATA, at).fillColor).toBe(`#${MARK_FILL.error}`);
    const row = parseCell(at)!.row;
    const firstOfIndicator = layoutOf(unitId)
      .inputs.filter((i) => i.indicator === input.indicator)
      .map((i) => parseCell(i.range.split(':')[0]!)!.row)
      .sort((a, b) => a - b)[0]!;
    expect(String(host.excel.cell(DATA, `${STATUS_COLUMN}${firstOfIndicator}`).value)).toMatch(
      /^Có lỗi \(\d+\)$/,
    );
    expect(host.excel.cell(DATA, `${STATUS_COLUMN}3`).value).toBe('Kết quả kiểm tra');
    // Still protected, same options; user formatting untouched.
    expect(host.excel.sheet(DATA).protection).toMatchObject({ protected: true, password: undefined });
    expect(host.excel.sheet(DATA).protection.options).toMatchObject({ allowFormatCells: false });
    expect(host.excel.cell(DATA, 'C2').fillColor).toBe('#7030A0');
    expect(host.excel.cell('Của tôi', 'A1').fillColor).toBe('#00B0F0');
    expect(host.excel.values('Của tôi', 'A1')).toEqual([['x']]);

    // Fixed: the mark goes, the input colour of styles.ts comes back.
    host.excel.edit(DATA, at, [[3]]);
    host.excel.resetStats();
    const again = await validateWorkbook(services.validation, catalog, { year: 2026, unitId });
    expect(host.excel.stats.syncs).toBeLessThanOrEqual(3);
    expect(again.issues.filter((i) => i.definedName === input.name && i.severity === 'error')).toEqual([]);
    expect(host.excel.cell(DATA, at).fillColor).toBe(`#${STYLES[style].fill}`);
    expect(row).toBeGreaterThan(3);
  });

  test('the first check of a fresh session reads every input by its name, validates + marks in ≤ 3 syncs', async () => {
    await setUp(unitId);
    const { input } = integerInput(unitId);
    const inputs = layoutOf(unitId).inputs;
    const named = namedCells(layoutOf(unitId));
    const text = inputs.find((i) => i.name !== input.name && !i.range.includes(':'))!;
    host.excel.edit(DATA, input.range, [[-5]]);
    host.excel.edit(DATA, text.range, [['abc']]);
    host.excel.resetStats();

    const fresh = createValidationHost();
    const run = await validateWorkbook(fresh, catalog, { year: 2026, unitId });
    expect(host.excel.stats.syncs).toBeLessThanOrEqual(3);
    expect(run.issues.find((i) => i.definedName === input.name)).toMatchObject({
      severity: 'error',
      cell: input.range,
    });
    expect(host.excel.cell(DATA, input.range).fillColor).toBe(`#${MARK_FILL.error}`);

    // Every input name resolved against the used range holds what the cells hold.
    host.excel.resetStats();
    const { reading } = await fresh.read();
    // Names, sheets and register tables; then the tables' rows.
    expect(host.excel.stats.syncs).toBe(2);
    expect(Object.keys(reading.names).sort()).toEqual(named.map((i) => i.name).sort());
    for (const [name, n] of Object.entries(reading.names)) {
      if (n.status !== 'ok') throw new Error(`${name} is ${n.status}`);
      const ref = parseReference(host.excel.state.names.get(name.toUpperCase())!.formula)!;
      expect(n.cells.map((c) => c.address)).toEqual(cellsInRange(ref.range));
      for (const c of n.cells) {
        const own = host.excel.cell(ref.sheet, c.address);
        expect(c.value.kind === 'empty' || c.value.kind === 'invalid' ? '' : c.value.value).toEqual(
          own.value,
        );
        expect(c.formula?.text).toBe(own.formula?.slice(1));
      }
    }
    // Same issues from a second session.
    const again = await validateWorkbook(createValidationHost(), catalog, { year: 2026, unitId });
    expect(again.issues).toEqual(run.issues);
  });
});

test('an input name moved to another sheet is read there (one more sync, then remembered)', async () => {
  await setUp(SMALL);
  const { input } = integerInput(SMALL);
  host.excel.state.names.get(input.name.toUpperCase())!.formula = "='Của tôi'!$A$1";
  host.excel.resetStats();
  const validation = createValidationHost();
  const first = await validation.read();
  expect(host.excel.stats.syncs).toBe(2);
  expect(first.reading.names[input.name]).toMatchObject({
    status: 'ok',
    sheet: 'Của tôi',
    cells: [{ address: 'A1', value: { kind: 'text', value: 'x' } }],
  });
  host.excel.resetStats();
  const second = await validation.read();
  // Remembered: the sheet is loaded with the names; the register tables' rows take the second.
  expect(host.excel.stats.syncs).toBe(2);
  expect(second.reading).toEqual(first.reading);
});

test('a register row is checked in place: the issue names the register sheet, row and column, whatever the rows', async () => {
  const services = await setUp(SMALL);
  const sheet = layoutOf(SMALL).sheets.find((x) => x.role === 'register')!;
  const columns = sheet.table!.columns.map((c) => c.header);
  const date = columns.findIndex((h) => h === 'Ngày ban hành');
  expect([sheet.name, date]).toEqual(['DS Văn bản', 1]);
  // 400 valid rows and one with a date that is not one, typed below the header (row 3).
  const row = (i: number) => [`${i}/2026/QĐ-UBND`, 46_000 + i, 'UBND xã', 'Khác', `Văn bản ${i}`, 'Không'];
  host.excel.edit(
    sheet.name,
    'A4:F403',
    Array.from({ length: 400 }, (_, i) => row(i + 1)),
  );
  host.excel.sheet(sheet.name).tables![0]!.bounds.rowCount = 402;
  host.excel.edit(sheet.name, 'B300', [['31/02/2026']]);
  host.excel.resetStats();
  const run = await validateWorkbook(services.validation, catalog, { year: 2026, unitId: SMALL });
  expect(host.excel.stats.syncs).toBeLessThanOrEqual(3);
  const found = run.issues.filter((i) => i.sheet === sheet.name);
  expect(found.map((i) => [i.code, i.cell])).toEqual([['REGISTER_VALUE_INVALID', 'B300']]);
  expect(renderIssue(found[0]!, 'vi')).toContain('ô B300');
});

test('without a template the read falls back to listing the names first', async () => {
  host = installFakeHost({ workbook: { sheets: { 'Của tôi': [['x']] } } });
  const run = await validateWorkbook(createValidationHost(), catalog);
  expect(run.issues.length).toBeGreaterThan(0);
  expect(run.plan.cells).toEqual([]);
});

test('clearing marks restores the input styles and empties the status column', async () => {
  const services = await setUp(SMALL);
  const { input, style } = integerInput(SMALL);
  host.excel.edit(DATA, input.range, [['abc']]);
  await validateWorkbook(services.validation, catalog);
  expect(host.excel.cell(DATA, input.range).fillColor).toBe(`#${MARK_FILL.error}`);
  await clearMarks(services.validation, catalog);
  expect(host.excel.cell(DATA, input.range).fillColor).toBe(`#${STYLES[style].fill}`);
  const statuses = [...host.excel.sheet(DATA).cells.entries()].filter(
    ([k, c]) => k.endsWith(',8') && c.value !== '',
  );
  expect(statuses).toEqual([]);
  expect(host.excel.sheet(DATA).protection.protected).toBe(true);
});

test('a deleted input name is reported', async () => {
  const services = await setUp(SMALL);
  const { input } = integerInput(SMALL);
  host.excel.state.names.delete(input.name.toUpperCase());
  const run = await validateWorkbook(services.validation, catalog);
  expect(run.issues.some((i) => i.code === 'NAME_MISSING' && i.params.name === input.name)).toBe(true);
});

test('selectCell activates the sheet and selects the cell', async () => {
  const services = await setUp(SMALL);
  host.excel.state.activeSheet = 'Của tôi';
  await expect(services.validation.selectCell(DATA, 'E6')).resolves.toBe(true);
  expect(host.excel.state.selection).toEqual({ sheet: DATA, address: 'E6' });
  expect(host.excel.state.activeSheet).toBe(DATA);
  await expect(services.validation.selectCell('Không có', 'A1')).resolves.toBe(false);
});

test('watch reports edits of the sheet until removed; own status writes are recognised', async () => {
  const services = await setUp(SMALL);
  const seen: string[] = [];
  const stop = await services.validation.watch(DATA, (a) => seen.push(a));
  const { input } = integerInput(SMALL);
  host.excel.edit(DATA, input.range, [[1]]);
  await new Promise((r) => setTimeout(r, 5));
  expect(seen).toEqual([input.range]);
  await stop();
  host.excel.edit(DATA, input.range, [[2]]);
  await new Promise((r) => setTimeout(r, 5));
  expect(seen).toHaveLength(1);
  expect(isOwnStatusWrite(`${STATUS_COLUMN}12`)).toBe(true);
  expect(isOwnStatusWrite(`${STATUS_COLUMN}3:${STATUS_COLUMN}9`)).toBe(true);
  expect(isOwnStatusWrite('E12')).toBe(false);
});

test('date number formats are recognised', () => {
  expect(isDateFormat('dd/mm/yyyy')).toBe(true);
  expect(isDateFormat('#,##0')).toBe(false);
  expect(isDateFormat('0.0%')).toBe(false);
  expect(isDateFormat('@')).toBe(false);
  expect(isDateFormat('"day"0')).toBe(false);
});

test('a blank template is "Chưa nhập", not painted red; a half-filled indicator marks its missing inputs', async () => {
  const services = await setUp(LARGE);
  await validateWorkbook(services.validation, catalog);
  const layout = layoutOf(LARGE);
  const data = layout.sheets.find((s) => s.name === DATA)!;
  const fillOf = (range: string) => host.excel.cell(DATA, range.split(':')[0]!).fillColor;
  for (const i of layout.inputs) expect(fillOf(i.range)).not.toBe(`#${MARK_FILL.error}`);
  const first = layout.inputs[0]!;
  const row = parseCell(first.range)!.row;
  expect(host.excel.cell(DATA, `${STATUS_COLUMN}${row}`).value).toBe('Chưa nhập');

  // I.1 has two required counts: enter one, the other is marked as missing.
  const required = layout.inputs.filter(
    (i) =>
      i.indicator === first.indicator && data.cells.find((c) => c.address === i.range)?.style === 'input',
  );
  expect(required.length).toBeGreaterThanOrEqual(2);
  host.excel.edit(DATA, required[0]!.range, [[4]]);
  const run = await validateWorkbook(services.validation, catalog);
  expect(run.issues.some((i) => i.definedName === required[1]!.name && i.severity === 'error')).toBe(true);
  expect(fillOf(required[1]!.range)).toBe(`#${MARK_FILL.error}`);
  expect(fillOf(required[0]!.range)).toBe(`#${STYLES.input.fill}`);
});
