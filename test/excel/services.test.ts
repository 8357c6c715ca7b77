// src/excel/services.ts against the fake: right results, and a round-trip count that does not
// grow with the workbook (one sync per phase, never one per sheet).
import { createExcelServices } from '../../src/excel/services';
import { createHostInfo } from '../../src/excel/host';
import { installFakeHost, type FakeHost } from '../fakes/office-fake';

let host: FakeHost;
afterEach(() => host.uninstall());

function sheets(n: number): Record<string, string[][]> {
  return Object.fromEntries(Array.from({ length: n }, (_, i) => [`Đơn vị ${i + 1}`, [['x']]]));
}

test.each([1, 10, 200])('getWorkbookSummary: one run, one sync, with %i sheets', async (n) => {
  host = installFakeHost({ workbook: { name: 'Tổng hợp.xlsx', sheets: sheets(n), activeSheet: 'Đơn vị 1' } });
  const summary = await createExcelServices().getWorkbookSummary();
  expect(summary.name).toBe('Tổng hợp.xlsx');
  expect(summary.sheets).toHaveLength(n);
  expect(summary.sheets[n - 1]).toBe(`Đơn vị ${n}`);
  expect(summary.activeSheet).toBe('Đơn vị 1');
  expect(host.excel.stats).toMatchObject({ runs: 1, syncs: 1 });
});

test('getWorkbookSummary: hidden sheets (the template identity `_khcn`) are not listed', async () => {
  host = installFakeHost({ workbook: { sheets: { 'Nhập liệu': [['x']], _khcn: [['key']], Cũ: [] } } });
  host.excel.sheet('_khcn').visibility = 'VeryHidden';
  host.excel.sheet('Cũ').visibility = 'Hidden';
  const summary = await createExcelServices().getWorkbookSummary();
  expect(summary.sheets).toEqual(['Nhập liệu']);
  expect(host.excel.stats).toMatchObject({ runs: 1, syncs: 1 });
});

test('listSheets: names in tab order, one sync', async () => {
  host = installFakeHost({ workbook: { sheets: sheets(50) } });
  const names = await createExcelServices().listSheets();
  expect(names).toHaveLength(50);
  expect(names[0]).toBe('Đơn vị 1');
  expect(host.excel.stats.syncs).toBe(1);
});

test('activateSheet: true and activated when it exists (2 syncs), false otherwise (1 sync)', async () => {
  host = installFakeHost({ workbook: { sheets: sheets(3) } });
  const services = createExcelServices();
  await expect(services.activateSheet('Đơn vị 3')).resolves.toBe(true);
  expect(host.excel.state.activeSheet).toBe('Đơn vị 3');
  expect(host.excel.stats.syncs).toBe(2);
  host.excel.resetStats();
  await expect(services.activateSheet('Không có')).resolves.toBe(false);
  expect(host.excel.stats.syncs).toBe(1);
  expect(host.excel.state.activeSheet).toBe('Đơn vị 3');
});

test('createHostInfo: Excel with requirement checks; outside Excel supports nothing', () => {
  host = installFakeHost({ excelApi: '1.12', platform: 'PC' });
  const info = createHostInfo({ host: Office.HostType.Excel });
  expect(info).toMatchObject({ kind: 'excel', platform: 'PC', displayLanguage: 'vi-VN' });
  expect(info.supports('ExcelApi', '1.8')).toBe(true);
  expect(info.supports('ExcelApi', '1.13')).toBe(false);
  expect(createHostInfo({ host: null }).kind).toBe('outside');
  expect(createHostInfo(undefined).supports('ExcelApi', '1.1')).toBe(false);
});
