// The real task pane bundle in headless Chromium, on the test host page (fake Office/Excel
// installed before the app; see test/browser/host). Never downloads a browser.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { loadCatalog } from '../../src/domain/catalog';
import { buildTemplate } from '../../src/domain/template/build-template';
import { fold } from '../../src/taskpane/search';
import { HOST_DIR, ROOT, ensureTestHost } from './host/build';
import { launchChromium, panePage } from './host/chromium';
import { serveDir } from './host/serve';

// A loaded 2-core CI machine: browser steps get room (tests with their own timeout keep it).
jest.setTimeout(60_000);

const ARTIFACTS = path.join(ROOT, 'test-artifacts');
const TABS = ['Mẫu biểu', 'Kiểm tra', 'Tổng hợp', 'Chỉ tiêu'];

let browser: Browser;
let server: { url: string; close(): Promise<void> };
let page: Page;
let pageErrors: string[];

beforeAll(async () => {
  await ensureTestHost();
  server = await serveDir(HOST_DIR);
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

beforeEach(async () => {
  ({ page, errors: pageErrors } = await panePage(browser));
});

afterEach(async () => {
  await page.close();
});

async function open(query = ''): Promise<void> {
  await page.goto(`${server.url}test-host.html${query}`);
}

test('renders the Vietnamese shell with the workbook summary and four tabs', async () => {
  await open();
  await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
    'Đánh giá KH, CN & ĐMST 2026 – Bắc Ninh',
  );
  const tabs = page.getByRole('tab');
  await tabs.first().waitFor();
  expect(await tabs.count()).toBe(TABS.length);
  // By accessible name: Fluent's Tab also renders a hidden copy of its label (reserved bold width).
  for (const [i, label] of TABS.entries()) {
    const tab = page.getByRole('tab', { name: label, exact: true });
    expect(await tab.count()).toBe(1);
    expect(await tab.getAttribute('id')).toBe(await tabs.nth(i).getAttribute('id')); // order
  }
  await expect(page.getByTestId('workbook-caption').textContent()).resolves.toBe(
    'Sổ làm việc: Bao_cao_KHCN_2026.xlsx · 2 trang tính',
  );
  await expect(page.getByTestId('panel-templates').isVisible()).resolves.toBe(true);
  expect(await page.getByTestId('unavailable-banner').count()).toBe(0);
  expect(pageErrors).toEqual([]);
});

test('at 320 px (the narrowest task pane) the four tabs stay on one line, in both languages', async () => {
  await page.setViewportSize({ width: 320, height: 700 });
  await open();
  const tabs = page.getByRole('tab');
  await tabs.first().waitFor();
  const tops = async () => await tabs.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().top));
  expect(new Set(await tops()).size).toBe(1);
  await page.getByTestId('language-switch').click();
  await page.getByRole('tab', { name: 'Consolidate' }).waitFor();
  expect(new Set(await tops()).size).toBe(1);
  expect(pageErrors).toEqual([]);
});

test('switching to "Tổng hợp" shows its panel; screenshot', async () => {
  await open();
  await page.getByRole('tab', { name: 'Tổng hợp' }).click();
  const panel = page.getByTestId('panel-consolidation');
  await panel.waitFor();
  await expect(panel.getByRole('heading', { level: 2 }).textContent()).resolves.toBe(
    'Tổng hợp số liệu các đơn vị',
  );
  await expect(page.getByRole('tab', { name: 'Tổng hợp' }).getAttribute('aria-selected')).resolves.toBe(
    'true',
  );
  expect(await page.getByTestId('panel-templates').count()).toBe(0);
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({
    path: path.join(ARTIFACTS, 'taskpane.png'),
    fullPage: true,
    animations: 'disabled',
  });
  expect(pageErrors).toEqual([]);
});

test('"Chỉ tiêu" lists the two deadlines', async () => {
  await open();
  await page.getByRole('tab', { name: 'Chỉ tiêu' }).click();
  const facts = await page.getByTestId('targets-facts').textContent();
  expect(facts).toContain('05/12/2026');
  expect(facts).toContain('25/12/2026');
});

test('an older Excel: tabs needing newer API sets are flagged with the reason', async () => {
  await open('?excelApi=1.7');
  const banner = page.getByTestId('unavailable-banner');
  await banner.waitFor();
  const text = await banner.textContent();
  expect(text).toContain('Mẫu biểu: cần ExcelApi 1.8');
  expect(text).toContain('Tổng hợp: cần ExcelApi 1.13');
  expect(text).not.toContain('Kiểm tra:');
  expect(text).not.toContain('Chỉ tiêu:');
  await page.screenshot({
    path: path.join(ARTIFACTS, 'taskpane-excel-1.7.png'),
    fullPage: true,
    animations: 'disabled',
  });
});

test('outside Excel: explains that the add-in runs in Excel', async () => {
  await open('?host=none');
  const box = page.getByTestId('outside-excel');
  await box.waitFor();
  await expect(box.textContent()).resolves.toContain('Bổ trợ này chạy trong Excel');
  expect(await page.getByRole('tab').count()).toBe(0);
});

test('the English switch translates the shell and back', async () => {
  await open();
  await page.getByTestId('language-switch').click();
  await page.getByRole('tab', { name: 'Consolidate' }).waitFor();
  await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
  await page.getByTestId('language-switch').click();
  await page.getByRole('tab', { name: 'Tổng hợp' }).waitFor();
});

test('the functions bundle of the same page registers KHCN.FTE_PER_10K', async () => {
  await open();
  await page.getByRole('tab').first().waitFor();
  const results = await page.evaluate(async () => {
    const cf = window.__fakeHost!.customFunctions;
    return [
      await cf.invoke('FTE_PER_10K', [1200, 3_600_000]),
      await cf.invoke('FTE_PER_10K', [12, 0]),
      await cf.invoke('FTE_PER_10K', [-1, 100]),
    ];
  });
  expect(results[0]!.value).toBeCloseTo(3.3333333, 6);
  expect(results[1]!.error).toBe('#DIV/0!');
  expect(results[2]!.error).toBe('#VALUE!');
  expect(results[2]!.message).toMatch(/âm|Nhân lực/);
});

describe('templates and in-place checks', () => {
  // A commune: a small template, quick to write in the page.
  const catalog = loadCatalog();
  const unit = catalog.units.find((u) => u.kind === 'commune')!;
  const layout = buildTemplate(catalog, unit.id, 2026, { formulaMode: 'custom', generatedAt: 'x' });
  const data = layout.sheets.find((s) => s.name === 'Nhập liệu')!;
  const input = layout.inputs.find(
    (i) => data.cells.find((c) => c.address === i.range)?.validation?.kind === 'whole',
  )!;

  test('"Mẫu biểu" inserts the template; "Kiểm tra" lists a bad value and selects its cell; screenshot', async () => {
    await open();
    // Accent-free search finds the Vietnamese name.
    const picker = page.getByTestId('unit-picker');
    await picker.click();
    await picker.fill(fold(unit.nameVi));
    await page.getByRole('option', { name: unit.nameVi, exact: true }).click();
    await expect(picker.inputValue()).resolves.toBe(unit.nameVi);
    await page.getByTestId('insert-template').click();
    const result = page.getByTestId('template-result');
    await result.waitFor();
    await expect(result.textContent()).resolves.toContain(`Đã chèn mẫu biểu của ${unit.nameVi} năm 2026`);
    const sheets = await page.evaluate(() => window.__fakeHost!.excel.state.sheets.map((s) => s.name));
    // A commune's template: its two register sheets (documents, facilities) after the data sheet.
    expect(sheets).toEqual([
      'Ghi chú',
      'Số liệu',
      'Hướng dẫn',
      'Nhập liệu',
      'DS Văn bản',
      'DS Hạ tầng, nhóm NC',
      'Từ điển chỉ số',
      '_khcn',
    ]);
    // The header reads the workbook again after the insert.
    await page.waitForFunction(
      () =>
        !document.querySelector('[data-testid="workbook-caption"]')?.textContent?.includes('· 2 trang tính'),
    );

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({
      path: path.join(ARTIFACTS, 'taskpane-templates.png'),
      fullPage: true,
      animations: 'disabled',
    });

    // Inserting again asks first; "Thay thế" replaces it.
    await page.getByTestId('insert-template').click();
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    await expect(dialog.textContent()).resolves.toContain('Thay thế mẫu biểu hiện có?');
    await page.screenshot({
      path: path.join(ARTIFACTS, 'taskpane-replace-dialog.png'),
      animations: 'disabled',
    });
    await page.getByTestId('confirm-replace').click();
    await expect(result.textContent()).resolves.toContain('Đã chèn mẫu biểu');

    await page.getByRole('tab', { name: 'Kiểm tra' }).click();
    await page.evaluate((at) => window.__fakeHost!.excel.edit('Nhập liệu', at, [[-5]]), input.range);
    // A row of the documents register with a date that is not one.
    await page.evaluate(() =>
      window.__fakeHost!.excel.edit('DS Văn bản', 'A4:F4', [
        ['01/2026/QĐ-UBND', '31/02/2026', 'UBND xã', 'Khác', 'Quy chế', 'Không'],
      ]),
    );
    await page.getByTestId('run-checks').click();
    const issue = page.locator(`[data-testid="issue"][data-cell="Nhập liệu!${input.range}"]`).first();
    await issue.waitFor();
    // A short location ("E12 · I.1") under a severity label; the message does not repeat it.
    await expect(issue.getByTestId('issue-where').textContent()).resolves.toMatch(
      new RegExp(`^${input.range} · `),
    );
    await expect(issue.getByTestId('issue-severity').textContent()).resolves.toBe('Lỗi');
    await expect(issue.textContent()).resolves.not.toMatch(new RegExp(`ô ${input.range}`));
    await expect(issue.getAttribute('title')).resolves.toContain(`Đi tới Nhập liệu!${input.range}`);
    // The register row's problem: listed with its cell and sheet, clickable like any other.
    const row = page.locator('[data-testid="issue"][data-cell="DS Văn bản!B4"]').first();
    await expect(row.getByTestId('issue-where').textContent()).resolves.toBe('B4 · DS Văn bản');
    // The filter: warnings only hides this error; back to every issue.
    await page.getByTestId('issues-filter').selectOption({ label: 'Chỉ cảnh báo' });
    await expect(page.locator('[data-testid="issue"][data-severity="error"]').count()).resolves.toBe(0);
    await page.getByTestId('issues-filter').selectOption({ label: 'Mọi vấn đề' });
    await issue.waitFor();
    await expect(page.getByTestId('checks-summary').textContent()).resolves.toMatch(/\d+ lỗi, \d+ cảnh báo/);
    const fill = await page.evaluate(
      (at) => window.__fakeHost!.excel.cell('Nhập liệu', at).fillColor,
      input.range,
    );
    expect(fill).toBe('#FFC7CE');

    await page.evaluate(() => {
      window.__fakeHost!.excel.state.activeSheet = 'Ghi chú';
    });
    await issue.click();
    await page.waitForFunction(() => window.__fakeHost!.excel.state.selection !== undefined);
    await expect(page.evaluate(() => window.__fakeHost!.excel.state.selection)).resolves.toEqual({
      sheet: 'Nhập liệu',
      address: input.range,
    });
    await expect(page.evaluate(() => window.__fakeHost!.excel.state.activeSheet)).resolves.toBe('Nhập liệu');
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({
      path: path.join(ARTIFACTS, 'taskpane-validation.png'),
      fullPage: true,
      animations: 'disabled',
    });

    // Fixing the value re-checks by itself (debounced) and the mark goes.
    await page.evaluate((at) => window.__fakeHost!.excel.edit('Nhập liệu', at, [[3]]), input.range);
    await page
      .locator(`[data-testid="issue"][data-cell="Nhập liệu!${input.range}"]`)
      .first()
      .waitFor({ state: 'detached' });
    const after = await page.evaluate(
      (at) => window.__fakeHost!.excel.cell('Nhập liệu', at).fillColor,
      input.range,
    );
    expect(after).not.toBe('#FFC7CE');
    expect(pageErrors).toEqual([]);
  }, 60_000);
});
