// The office's unit registry in the task pane, in headless Chromium over the fake Excel: loading
// the file `khcn registry` writes (completed by the office) in the "Mẫu biểu" tab makes its units
// pickable and keeps the list in two very hidden sheets of the workbook; the "Tổng hợp" tab uses
// the same list; reopening the workbook (its hidden sheets present at load) uses it again; a file
// with errors is refused with messages naming the row, and the previous list stays.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { storedRegistry } from '../../src/app/registry';
import { loadCatalog } from '../../src/domain/catalog';
import { OFFICE_SHEET, REGISTRY_SHEET } from '../../src/excel/registry-store';
import { HOST_DIR, ensureTestHost } from './host/build';
import { launchChromium, panePage } from './host/chromium';
import { serveDir } from './host/serve';

// A loaded 2-core CI machine: browser steps get room (tests with their own timeout keep it).
jest.setTimeout(60_000);

let browser: Browser;
let server: { url: string; close(): Promise<void> };
let page: Page;
let errors: string[];
let dir: string;

const base = loadCatalog();
const builtinCount = base.units.filter((u) => u.mustReport && u.kind !== 'placeholder').length;

/** The registry as CSV, with the office's extra rows (id, name, category, tax code, must report). */
function registryCsv(extra: string[][]): string {
  const stored = storedRegistry(base);
  const header = stored.units[0] ?? [];
  const rows = [
    ...stored.units,
    ...extra.map(([id = '', name = '', category = '', tax = '', must = 'có']) => {
      const row = header.map(() => '');
      [row[0], row[1], row[3], row[4], row[9]] = [id, name, category, tax, must];
      return row;
    }),
  ];
  return rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(';')).join('\n');
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'khcn-browser-registry-'));
  await ensureTestHost();
  server = await serveDir(HOST_DIR);
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

beforeEach(async () => {
  ({ page, errors } = await panePage(browser));
});
afterEach(async () => {
  expect(errors).toEqual([]);
  await page.close();
});

async function hiddenSheets(p: Page): Promise<{ name: string; visibility: string; rows: string[][] }[]> {
  return p.evaluate(
    (names) =>
      window
        .__fakeHost!.excel.state.sheets.filter((s) => names.includes(s.name))
        .map((s) => {
          const rows: string[][] = [];
          for (const [key, cell] of s.cells) {
            const [r = 0, c = 0] = key.split(',').map(Number);
            (rows[r] ??= [])[c] = String(cell.value ?? '');
          }
          return {
            name: s.name,
            visibility: s.visibility,
            rows: rows.map((r) => Array.from(r, (x) => x ?? '')),
          };
        }),
    [REGISTRY_SHEET, OFFICE_SHEET],
  );
}

test('loads the office list in "Mẫu biểu", keeps it in the workbook, and "Tổng hợp" uses it', async () => {
  const file = path.join(dir, 'don-vi.csv');
  writeFileSync(
    file,
    registryCsv([
      ['dh-thu-nghiem', 'Trường Đại học Thử nghiệm Bắc Ninh', 'Viện nghiên cứu, trường đại học'],
      ['cty-thu-nghiem', 'Công ty Cổ phần Thử nghiệm', 'Doanh nghiệp', '0100109106'],
    ]),
  );
  await page.goto(`${server.url}test-host.html`);
  const picker = page.getByTestId('registry-picker');
  await expect(picker.getByTestId('registry-source').textContent()).resolves.toBe(
    `Danh sách mặc định (${builtinCount} đơn vị phải báo cáo).`,
  );
  await picker.getByTestId('registry-file-input').setInputFiles(file);
  await picker.getByTestId('registry-status').waitFor();
  await expect(picker.getByTestId('registry-status').textContent()).resolves.toBe(
    `Đã nạp danh sách “don-vi.csv”: ${builtinCount + 2} đơn vị phải báo cáo. Mẫu biểu và tổng hợp dùng danh sách này.`,
  );
  // The new university is a unit to make a template for.
  await page.getByTestId('unit-picker').click();
  await page.getByRole('option', { name: 'Trường Đại học Thử nghiệm Bắc Ninh' }).waitFor();
  await page.keyboard.press('Escape');

  // Kept in the workbook: two very hidden sheets holding the list.
  const kept = await hiddenSheets(page);
  expect(kept.map((s) => [s.name, s.visibility])).toEqual([
    [REGISTRY_SHEET, 'VeryHidden'],
    [OFFICE_SHEET, 'VeryHidden'],
  ]);
  expect(kept[0]?.rows.find((r) => r[0] === 'cty-thu-nghiem')?.[4]).toBe('0100109106');

  // The consolidation tab counts the office's units as the units that must report.
  await page.getByRole('tab', { name: 'Tổng hợp' }).click();
  await expect(
    page.getByTestId('panel-consolidation').getByTestId('registry-source').textContent(),
  ).resolves.toBe(
    `Danh sách của Sở từ tệp “don-vi.csv” (${builtinCount + 2} đơn vị phải báo cáo), đã lưu trong sổ làm việc này.`,
  );

  // Reopening the workbook: its hidden sheets are there when the pane starts.
  const seed = Object.fromEntries(kept.map((s) => [s.name, s.rows]));
  const { page: reopened, errors: reopenErrors } = await panePage(browser);
  await reopened.addInitScript((sheets) => {
    window.__seedHiddenSheets = sheets;
  }, seed);
  await reopened.goto(`${server.url}test-host.html`);
  await expect(
    reopened.getByTestId('registry-source').filter({ hasText: 'đã lưu trong sổ làm việc này' }).textContent(),
  ).resolves.toBe(`Danh sách của Sở đã lưu trong sổ làm việc này (${builtinCount + 2} đơn vị phải báo cáo).`);
  await reopened.getByTestId('registry-reset').click();
  await reopened
    .getByTestId('registry-source')
    .filter({ hasText: `Danh sách mặc định (${builtinCount}` })
    .waitFor();
  await expect(hiddenSheets(reopened)).resolves.toEqual([]);
  expect(reopenErrors).toEqual([]);
  await reopened.close();
}, 60_000);

test('a list with errors is refused, naming the row; the previous list stays', async () => {
  const file = path.join(dir, 'don-vi-loi.csv');
  writeFileSync(
    file,
    registryCsv([
      ['so-khcn', 'Trùng mã với Sở KH&CN', 'Doanh nghiệp'],
      ['cty-sai-mst', 'Công ty Sai mã số thuế', 'Doanh nghiệp', '0100109107'],
    ]),
  );
  await page.goto(`${server.url}test-host.html`);
  await page.getByTestId('registry-file-input').setInputFiles(file);
  const status = page.getByTestId('registry-status');
  await status.waitFor();
  const text = (await status.textContent()) ?? '';
  expect(text).toContain('Danh sách “don-vi-loi.csv” có lỗi, chưa dùng được');
  expect(text).toMatch(/Dòng \d+: mã đơn vị “so-khcn”/);
  expect(text).toMatch(/0100109107/);
  await expect(page.getByTestId('registry-source').textContent()).resolves.toBe(
    `Danh sách mặc định (${builtinCount} đơn vị phải báo cáo).`,
  );
  await expect(hiddenSheets(page)).resolves.toEqual([]);
}, 60_000);
