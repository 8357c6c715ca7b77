// The "Tổng hợp" tab end to end in headless Chromium over the fake Excel (test/browser/host):
// pick unit workbooks with "Chọn tệp…" (the hidden multi-file input) and drop one more on the
// zone, watch the progress, read one line per file and the completeness, then "Ghi kết quả vào
// sổ" twice: the report's 5 sheets, the very hidden marker and the chart land in the fake
// workbook in at most 3 syncs each time, the second write replaces the first, and the user's own
// sheets are untouched. Never downloads a browser.
//
// Screenshots: test-artifacts/taskpane-consolidation.png every run (the pane after reading the
// files). The README's docs/taskpane-consolidation.png is the same picture, written only when
// KHCN_DOCS_SCREENSHOTS=1 (like docs/taskpane-validation.png, a copy of its test-artifacts twin;
// a plain test run never rewrites a tracked file).
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { findUnit } from '../../src/domain/catalog';
import { defaultExpectedUnits } from '../../src/domain/consolidation';
import { REPORT_SHEETS } from '../../src/domain/report/sheet-names';
import { templateFileName } from '../../src/domain/template/file-name';
import { catalog, fillTemplateFile, writeTemplate } from '../validation/helpers';
import { HOST_DIR, ROOT, ensureTestHost } from './host/build';
import { launchChromium, panePage } from './host/chromium';
import { serveDir } from './host/serve';

// A loaded 2-core CI machine: browser steps get room (tests with their own timeout keep it).
jest.setTimeout(60_000);

const ARTIFACTS = path.join(ROOT, 'test-artifacts');
const DOCS = path.join(ROOT, 'docs');
const SCREENSHOT = 'taskpane-consolidation.png';

// Received times (file dates); the default deadline is 05/12/2026, Vietnam time.
const ON_TIME = new Date('2026-12-01T03:00:00Z'); // 10:00 on 01/12 in Hà Nội
const OLDER = new Date('2026-11-20T03:00:00Z');
const LATE = new Date('2026-12-08T03:00:00Z');

const UNIT = { a: 'xp-07210', late: 'xp-07228', dropped: 'xp-07246' } as const;
const nameVi = (id: string) => findUnit(catalog, id)!.nameVi;
const fileName = (id: string) => templateFileName(findUnit(catalog, id)!);

const FILES = {
  a: fileName(UNIT.a),
  // The same unit's earlier version, kept under another name: superseded by the newer file.
  aOld: fileName(UNIT.a).replace(/\.xlsx$/, ' (ban cu).xlsx'),
  late: fileName(UNIT.late),
  corrupt: 'Bao_cao_bi_hong.xlsx',
  pdf: 'Bao_cao_Xa_Tam_Tien.xlsx',
  dropped: fileName(UNIT.dropped),
};

const REPORT_NAMES = Object.values(REPORT_SHEETS);
const MARKER = '_khcn_tonghop'; // REPORT_MARKER_SHEET of src/excel/consolidation-writer.ts

async function unitFile(dir: string, unitId: string, name: string, at: Date): Promise<string> {
  const { path: file, layout } = await writeTemplate(dir, unitId, name);
  await fillTemplateFile(file, layout);
  utimesSync(file, at, at); // Chromium gives a picked file its mtime as File.lastModified
  return file;
}

/** What the page can tell about the fake workbook (its state holds Maps: flattened in the page). */
interface SheetView {
  id: string;
  name: string;
  visibility: string;
  cells: number;
  /** Values of the first 12 columns of the used rows (at most 200), '' for empty cells. */
  grid: (string | number | boolean)[][];
  charts: { type: string; title?: string; source: string; series: number }[];
}

async function workbookView(page: Page): Promise<{ sheets: SheetView[]; syncs: number }> {
  return page.evaluate(() => {
    const excel = window.__fakeHost!.excel;
    return {
      syncs: excel.stats.syncs,
      sheets: excel.state.sheets.map((s) => {
        const rows = Math.min(
          200,
          1 + Math.max(-1, ...[...s.cells.keys()].map((k) => Number(k.split(',')[0]))),
        );
        const grid = Array.from({ length: rows }, (_, r) =>
          Array.from({ length: 12 }, (_, c) => s.cells.get(`${r},${c}`)?.value ?? ''),
        );
        return {
          id: s.id,
          name: s.name,
          visibility: s.visibility,
          cells: s.cells.size,
          grid,
          charts: (s.charts ?? []).map((ch) => ({
            type: ch.type,
            title: ch.title,
            source: ch.source,
            series: ch.series.length,
          })),
        };
      }),
    };
  });
}

const sheetOf = (view: { sheets: SheetView[] }, name: string): SheetView => {
  const s = view.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name} in ${view.sheets.map((x) => x.name).join(', ')}`);
  return s;
};
/** The row whose cell in column `col` (0-based) is `key`. */
const rowOf = (s: SheetView, key: string | number, col = 0): (string | number | boolean)[] => {
  const row = s.grid.find((r) => r[col] === key);
  if (!row) throw new Error(`no row "${key}" in column ${col} of ${s.name}`);
  return row;
};

/**
 * Counts syncs per Excel.run from now on, in the page: each run's context gets a counting `sync`
 * (the fake's global counter cannot tell the write's syncs from the header's refresh after it).
 */
async function countSyncsPerRun(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __runs: { syncs: number; inserted: boolean }[] };
    w.__runs = [];
    const excel = window.__fakeHost!.excel;
    const run = excel.run.bind(excel);
    type Batch = Extract<Parameters<typeof run>[0], (...a: never[]) => unknown>;
    excel.run = ((first: Parameters<typeof run>[0], second?: Batch) => {
      if (typeof first !== 'function') return run(first, second);
      const rec = { syncs: 0, inserted: false };
      w.__runs.push(rec);
      return run(async (context) => {
        const sync = context.sync.bind(context);
        context.sync = () => {
          rec.syncs += 1;
          return sync();
        };
        const wb = context.workbook;
        const insert = wb.insertWorksheetsFromBase64.bind(wb);
        wb.insertWorksheetsFromBase64 = (...args) => {
          rec.inserted = true;
          return insert(...args);
        };
        return first(context);
      });
    }) as typeof excel.run;
  });
}

const takeRuns = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __runs: { syncs: number; inserted: boolean }[] };
    return w.__runs.splice(0);
  });

/** The marker's rows: the header, then one row per report sheet with its id, name and key. */
function markerRows(view: { sheets: SheetView[] }): (string | number | boolean)[][] {
  const pad = (row: string[]) => [...row, ...Array<string>(12 - row.length).fill('')];
  return [
    pad(['ID trang (trong phiên Excel)', 'Tên trang', 'Loại trang', 'Liên kết']),
    // The link formula's value is '' (the fake does not calculate).
    ...Object.entries(REPORT_SHEETS).map(([key, name]) => pad([sheetOf(view, name).id, name, key, ''])),
  ];
}

let dir: string;
let browser: Browser;
let server: { url: string; close(): Promise<void> };
let page: Page;
let pageErrors: string[];
let picked: string[];
let userSheetsBefore: SheetView[];

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'khcn-browser-consolidation-'));
  await Promise.all([
    unitFile(dir, UNIT.a, FILES.a, ON_TIME),
    unitFile(dir, UNIT.a, FILES.aOld, OLDER),
    unitFile(dir, UNIT.late, FILES.late, LATE),
    unitFile(dir, UNIT.dropped, FILES.dropped, ON_TIME), // dropped below, not picked
  ]);
  // A workbook cut in the middle (an interrupted download): a zip without its directory.
  const whole = readFileSync(path.join(dir, FILES.late));
  const corrupt = path.join(dir, FILES.corrupt);
  writeFileSync(corrupt, whole.subarray(0, Math.floor(whole.length / 2)));
  // A PDF saved under a workbook's name.
  const pdf = path.join(dir, FILES.pdf);
  writeFileSync(pdf, '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
  for (const f of [corrupt, pdf]) utimesSync(f, ON_TIME, ON_TIME);
  picked = [FILES.a, FILES.aOld, FILES.late, FILES.corrupt, FILES.pdf].map((f) => path.join(dir, f));

  await ensureTestHost();
  server = await serveDir(HOST_DIR);
  browser = await launchChromium();
  ({ page, errors: pageErrors } = await panePage(browser));
  await page.goto(`${server.url}test-host.html`);
  await page.getByRole('tab', { name: 'Tổng hợp' }).click();
  await page.getByTestId('panel-consolidation').waitFor();
  userSheetsBefore = (await workbookView(page)).sheets;
}, 240_000);

afterAll(async () => {
  await page?.close();
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const line = (file: string) => page.locator(`[data-testid="consolidation-file-line"][data-file="${file}"]`);

async function lineView(file: string) {
  const l = line(file);
  return {
    use: await l.getAttribute('data-use'),
    unit: await l.getByTestId('file-unit').textContent(),
    useLabel: await l.getByTestId('file-use').textContent(),
    timeliness: (await l.getByTestId('file-timeliness').count())
      ? await l.getByTestId('file-timeliness').textContent()
      : null,
    reason: (await l.getByTestId('file-reason').count())
      ? await l.getByTestId('file-reason').textContent()
      : null,
  };
}

test('"Chọn tệp…" and a drop read every file with visible progress; a line per file and the completeness', async () => {
  // Every value data-done takes, and the progress texts, from before the first file is picked.
  await page.evaluate(() => {
    const seen: { done: number[]; texts: string[] } = { done: [], texts: [] };
    (window as unknown as { __progress: typeof seen }).__progress = seen;
    const record = () => {
      const el = document.querySelector('[data-testid="consolidation-progress"]');
      if (!el) return;
      const done = Number(el.getAttribute('data-done'));
      if (seen.done[seen.done.length - 1] !== done) seen.done.push(done);
      const text = el.textContent ?? '';
      if (seen.texts[seen.texts.length - 1] !== text) seen.texts.push(text);
    };
    new MutationObserver(record).observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['data-done'],
    });
  });

  // The button opens the hidden multi-file input (the file chooser the user sees).
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByTestId('consolidation-choose').click(),
  ]);
  expect(chooser.isMultiple()).toBe(true);
  await expect(chooser.element().getAttribute('data-testid')).resolves.toBe('consolidation-file-input');
  await chooser.setFiles(picked);

  const progress = page.getByTestId('consolidation-progress');
  await page.waitForSelector(
    '[data-testid="consolidation-progress"][data-done="5"][data-total="5"][data-reading="false"]',
  );
  await expect(page.getByTestId('consolidation-count').textContent()).resolves.toBe('Đã chọn 5 tệp.');

  // One more file dropped on the zone, with its own date (a File built in the page).
  const bytes = readFileSync(path.join(dir, FILES.dropped)).toString('base64');
  const dataTransfer = await page.evaluateHandle(
    ({ b64, name, lastModified }) => {
      const data = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const dt = new DataTransfer();
      dt.items.add(
        new File([data], name, {
          type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          lastModified,
        }),
      );
      return dt;
    },
    { b64: bytes, name: FILES.dropped, lastModified: ON_TIME.getTime() },
  );
  const zone = page.getByTestId('consolidation-drop-zone');
  await zone.dispatchEvent('dragenter', { dataTransfer });
  await zone.getByText('Thả tệp để thêm vào danh sách').waitFor();
  await zone.dispatchEvent('drop', { dataTransfer });
  await page.waitForSelector(
    '[data-testid="consolidation-progress"][data-done="6"][data-total="6"][data-reading="false"]',
  );
  await zone.getByText('Kéo thả vào đây tất cả các tệp Excel do các đơn vị gửi về').waitFor();
  await expect(progress.textContent()).resolves.toBe('Đã đọc 6/6 tệp.');
  await expect(page.getByTestId('consolidation-count').textContent()).resolves.toBe('Đã chọn 6 tệp.');

  // The bar only went forward, to the end, and named a file being read (files are read in
  // workers, two at a time, and the bar is redrawn at most every 50 ms: not every count shows).
  const seen = await page.evaluate(
    () => (window as unknown as { __progress: { done: number[]; texts: string[] } }).__progress,
  );
  expect(seen.done[0]).toBe(0);
  expect(seen.done[seen.done.length - 1]).toBe(6);
  expect(seen.done).toEqual([...seen.done].sort((a, b) => a - b));
  expect(seen.texts).toEqual(
    expect.arrayContaining([expect.stringMatching(/^Đang đọc [0-4]\/5 tệp: .+\.xlsx$/)]),
  );
  expect(seen.texts).toEqual(
    expect.arrayContaining([
      expect.stringMatching(new RegExp(`^Đang đọc [56]/6 tệp: ${FILES.dropped.replace(/\./g, '\\.')}$`)),
    ]),
  );

  // One line per file.
  const files = page.getByTestId('consolidation-files');
  await files.waitFor();
  await expect(page.getByTestId('consolidation-file-line').count()).resolves.toBe(6);
  await expect(files.getByRole('heading', { level: 3 }).textContent()).resolves.toBe('Các tệp đã nhận (6)');
  await expect(files.textContent()).resolves.toContain('3 tệp được dùng · 1 bị thay thế · 2 bị loại');

  await expect(lineView(FILES.a)).resolves.toEqual({
    use: 'used',
    unit: nameVi(UNIT.a),
    useLabel: 'Dùng',
    timeliness: 'Đúng hạn',
    reason: null,
  });
  await expect(line(FILES.a).textContent()).resolves.toContain('Nhận lúc 01/12/2026 10:00');
  await expect(lineView(FILES.dropped)).resolves.toMatchObject({
    use: 'used',
    unit: nameVi(UNIT.dropped),
    timeliness: 'Đúng hạn',
  });
  // Late by the picked file's date (Chromium took it from the file's mtime).
  await expect(lineView(FILES.late)).resolves.toMatchObject({
    use: 'used',
    unit: nameVi(UNIT.late),
    timeliness: 'Trễ hạn',
  });
  await expect(line(FILES.late).textContent()).resolves.toContain('Nhận lúc 08/12/2026 10:00');

  const old = await lineView(FILES.aOld);
  expect(old).toMatchObject({ use: 'superseded', unit: nameVi(UNIT.a), useLabel: 'Bị thay thế' });
  expect(old.reason).toContain(`Đơn vị ${nameVi(UNIT.a)} đã gửi nhiều tệp`);
  expect(old.reason).toContain('tệp này cũ hơn nên không được dùng');
  expect(old.reason).toContain(`“${FILES.a}”`);

  const corrupt = await lineView(FILES.corrupt);
  expect(corrupt).toMatchObject({ use: 'rejected', unit: 'Không nhận diện được', useLabel: 'Bị loại' });
  expect(corrupt.reason).toMatch(/^Tệp bị hỏng hoặc không phải tệp Excel hợp lệ/);

  const pdf = await lineView(FILES.pdf);
  expect(pdf).toMatchObject({ use: 'rejected', unit: 'Không nhận diện được', useLabel: 'Bị loại' });
  expect(pdf.reason).toMatch(/^Tệp có định dạng “pdf”, không phải sổ làm việc Excel/);

  // The completeness over every expected unit of the registry.
  const expected = defaultExpectedUnits(catalog).length;
  const fact = async (key: string) => page.getByTestId(`completeness-${key}`).locator('dd').textContent();
  await expect(fact('submitted')).resolves.toBe(`3/${expected}`);
  // Percentages with a decimal comma, e.g. 3/114 = '2,6%'.
  const pct = (n: number) => `${((100 * n) / expected).toFixed(1).replace('.', ',').replace(/,0$/, '')}\\s?%`;
  await expect(fact('rate')).resolves.toMatch(new RegExp(`^${pct(3)}$`));
  await expect(fact('on-time')).resolves.toMatch(new RegExp(`^2 \\(${pct(2)}\\)$`));
  await expect(fact('late')).resolves.toBe('1');
  await expect(fact('missing')).resolves.toBe(String(expected - 3));
  await expect(fact('unreadable')).resolves.toBe('0');
  await expect(fact('errors')).resolves.toBe('0');
  await expect(page.getByTestId('consolidation-missing').textContent()).resolves.toContain(
    `Đơn vị chưa nộp (${expected - 3})`,
  );

  mkdirSync(ARTIFACTS, { recursive: true });
  const shot = path.join(ARTIFACTS, SCREENSHOT);
  await page.screenshot({ path: shot, fullPage: true, animations: 'disabled' });
  if (process.env.KHCN_DOCS_SCREENSHOTS === '1') copyFileSync(shot, path.join(DOCS, SCREENSHOT));
  expect(pageErrors).toEqual([]);
}, 120_000);

test('"Ghi kết quả vào sổ" writes the 7 report sheets, the marker and the chart in ≤ 3 syncs', async () => {
  const expected = defaultExpectedUnits(catalog).length;
  await countSyncsPerRun(page);
  const before = await workbookView(page);
  await page.getByTestId('consolidation-write').click();
  const result = page.getByTestId('consolidation-result');
  await result.waitFor();
  const message = await result.textContent();
  expect(message).toContain('Đã ghi kết quả vào sổ làm việc.');
  expect(message).toContain(`Các trang tính đã ghi: ${REPORT_NAMES.map((n) => `“${n}”`).join(', ')}.`);
  expect(message).toContain('Đã thêm 1 biểu đồ.');
  expect(message).not.toContain('Đã thay thế');
  // The header reads the workbook again: 2 sheets of the user + 6 visible report sheets.
  await page.getByTestId('workbook-caption').getByText('· 9 trang tính').waitFor();

  const runs = await takeRuns(page);
  const writes = runs.filter((r) => r.inserted);
  expect(writes).toHaveLength(1);
  expect(writes[0]!.syncs).toBeLessThanOrEqual(3);
  const after = await workbookView(page);
  // Every sync since the click is accounted for by the runs counted (the write + the header).
  expect(after.syncs - before.syncs).toBe(runs.reduce((n, r) => n + r.syncs, 0));
  console.log(
    `write #1: ${writes[0]!.syncs} syncs (all runs since the click: ${after.syncs - before.syncs})`,
  );

  expect(after.sheets.map((s) => s.name)).toEqual([...REPORT_NAMES, 'Ghi chú', 'Số liệu', MARKER]);
  for (const name of REPORT_NAMES) {
    const s = sheetOf(after, name);
    expect(s.visibility).toBe('Visible');
    expect(s.cells).toBeGreaterThan(10);
  }
  const marker = sheetOf(after, MARKER);
  expect(marker.visibility).toBe('VeryHidden');
  expect(marker.grid).toEqual(markerRows(after));

  // Values, as Excel shows them: the numbers of the run, the used files only.
  const summary = sheetOf(after, REPORT_SHEETS.summary);
  expect(summary.grid[0]![0]).toBe('Tổng hợp kết quả đánh giá KH, CN & ĐMST tỉnh Bắc Ninh năm 2026');
  expect(rowOf(summary, 'Số tệp đã nhận')[2]).toBe(6);
  expect(rowOf(summary, 'Số tệp được dùng để tổng hợp')[2]).toBe(3);
  expect(rowOf(summary, 'Số đơn vị phải nộp báo cáo')[2]).toBe(expected);
  expect(rowOf(summary, 'Số đơn vị đã nộp')[2]).toBe(3);
  // I.1 = 2 counts of 5 per used file (3 files; the superseded one would make it 40).
  expect(rowOf(summary, 'I.1')[3]).toBe(30);
  const status = sheetOf(after, REPORT_SHEETS.status);
  expect(rowOf(status, 'Phải nộp')[2]).toBe(expected);
  expect(rowOf(status, 'Đã nộp')[2]).toBe(3);
  expect(rowOf(status, 'Trễ hạn')[2]).toBe(1);
  expect(rowOf(status, 'Chưa nộp')[2]).toBe(expected - 3);
  // Unit rows: name, id, …, state, timeliness, file used, received, file count.
  const unitRow = (id: string) => {
    const r = rowOf(status, id, 2);
    return [r[1], r[5], r[6], r[8], r[10]];
  };
  expect(unitRow(UNIT.a)).toEqual([nameVi(UNIT.a), 'Đúng hạn', 'Đúng hạn', FILES.a, 2]);
  expect(unitRow(UNIT.late)).toEqual([nameVi(UNIT.late), 'Trễ hạn', 'Trễ hạn', FILES.late, 1]);
  expect(unitRow(UNIT.dropped)).toEqual([nameVi(UNIT.dropped), 'Đúng hạn', 'Đúng hạn', FILES.dropped, 1]);
  expect(rowOf(sheetOf(after, REPORT_SHEETS.conflicts), 'Trùng tệp').slice(1, 2)).toEqual([nameVi(UNIT.a)]);
  const targets = sheetOf(after, REPORT_SHEETS.targets);
  expect(targets.charts).toHaveLength(1);
  expect(targets.charts[0]).toMatchObject({
    type: 'BarClustered',
    title: 'Mục tiêu theo nhóm: số mục tiêu, đo được, đạt mốc 2025, đúng lộ trình',
    series: 4,
  });
  expect(targets.charts[0]!.source).toMatch(/^'?Mục tiêu KH17'?!/);
  await expect(page.evaluate(() => window.__fakeHost!.excel.state.activeSheet)).resolves.toBe(
    REPORT_SHEETS.summary,
  );

  // The user's sheets are as they were.
  for (const s of userSheetsBefore) expect(sheetOf(after, s.name)).toEqual(s);
  expect(pageErrors).toEqual([]);
}, 60_000);

test("writing again replaces the report (same names, ≤ 3 syncs) and leaves the user's sheets alone", async () => {
  const first = await workbookView(page);
  await page.getByTestId('consolidation-write').click();
  const result = page.getByTestId('consolidation-result');
  await result.getByText('Đã thay thế 7 trang tính của lần tổng hợp trước.').waitFor();
  await expect(result.textContent()).resolves.toContain(
    `Các trang tính đã ghi: ${REPORT_NAMES.map((n) => `“${n}”`).join(', ')}.`,
  );
  const runs = await takeRuns(page);
  const writes = runs.filter((r) => r.inserted);
  expect(writes).toHaveLength(1);
  expect(writes[0]!.syncs).toBeLessThanOrEqual(3);
  console.log(`write #2: ${writes[0]!.syncs} syncs`);

  const second = await workbookView(page);
  expect(second.sheets.map((s) => s.name)).toEqual([...REPORT_NAMES, 'Ghi chú', 'Số liệu', MARKER]);
  // New sheets (new ids) with the same content; the marker kept and rewritten.
  for (const name of REPORT_NAMES) {
    const [a, b] = [sheetOf(first, name), sheetOf(second, name)];
    expect(b.id).not.toBe(a.id);
    expect(b.grid).toEqual(a.grid);
    expect(b.charts).toEqual(a.charts);
  }
  expect(sheetOf(second, MARKER).id).toBe(sheetOf(first, MARKER).id);
  expect(sheetOf(second, MARKER).visibility).toBe('VeryHidden');
  expect(sheetOf(second, MARKER).grid).toEqual(markerRows(second)); // the new sheets' ids, no more rows
  for (const s of userSheetsBefore) expect(sheetOf(second, s.name)).toEqual(s);
  expect(userSheetsBefore.find((s) => s.name === 'Ghi chú')?.grid[0]![0]).toBe(
    'Mẫu biểu đánh giá KH, CN & ĐMST 2026',
  );
  await expect(page.getByTestId('workbook-caption').textContent()).resolves.toContain('· 9 trang tính');
  expect(pageErrors).toEqual([]);
}, 60_000);

test('"Tải danh sách nhắc đơn vị": a CSV with every unit to write to, the late one with its file', async () => {
  await page.getByRole('tab', { name: 'Tổng hợp' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('reminders-download').click(),
  ]);
  expect(download.suggestedFilename()).toBe('nhac-don-vi-2026.csv');
  const text = readFileSync((await download.path())!, 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff); // BOM: Excel opens the UTF-8 text right
  const lines = text.slice(1).trim().split('\r\n');
  expect(lines[0]).toBe(
    'Mã đơn vị,Đơn vị,Tình trạng,Người liên hệ,Điện thoại,Email,Tệp,Số lỗi,Nội dung nhắc',
  );
  // Every expected unit except the two on time (UNIT.a, and UNIT.dropped dropped on the zone).
  expect(lines).toHaveLength(1 + defaultExpectedUnits(catalog).length - 2);
  expect(lines.some((l) => l.startsWith(`${UNIT.a},`) || l.startsWith(`${UNIT.dropped},`))).toBe(false);
  const late = lines.find((l) => l.startsWith(`${UNIT.late},`));
  expect(late).toContain('Trễ hạn');
  expect(late).toContain(FILES.late);
  await expect(page.getByTestId('reminders-outcome').textContent()).resolves.toContain(
    `${defaultExpectedUnits(catalog).length - 2} đơn vị cần nhắc`,
  );
  expect(pageErrors).toEqual([]);
}, 60_000);

test('"Chỉ tiêu": the targets by group with coverage, a filter, a click selects the row, the report downloads', async () => {
  await page.getByRole('tab', { name: 'Chỉ tiêu' }).click();
  await page.getByTestId('panel-targets').waitFor();
  const lines = page.getByTestId('target-line');
  await lines.first().waitFor();
  await expect(page.getByTestId('targets-source').textContent()).resolves.toContain('lần tổng hợp vừa chạy');

  // Render: the five groups A–E and every one of the plan's targets, each group with its coverage.
  const sections = [...new Set(catalog.targets.map((t) => t.code.split('.')[0]))];
  await expect(
    page.getByTestId('targets-group').evaluateAll((els) => els.map((e) => e.getAttribute('data-group'))),
  ).resolves.toEqual(sections);
  expect(await lines.count()).toBe(catalog.targets.length);
  for (const code of sections) {
    const count = catalog.targets.filter((t) => t.code.startsWith(`${code}.`)).length;
    await expect(
      page
        .locator(`[data-testid="targets-group"][data-group="${code}"] [data-testid="targets-coverage"]`)
        .textContent(),
    ).resolves.toMatch(new RegExp(`^${count} mục tiêu · đo được \\d+`));
  }

  // Filter: only the low-confidence readings, each marked.
  const low = catalog.targets.filter((t) => t.confidence === 'low').map((t) => t.code);
  expect(low.length).toBeGreaterThan(0);
  await page.getByTestId('targets-filter').selectOption({ label: 'Độ tin cậy thấp' });
  await expect(lines.evaluateAll((els) => els.map((e) => e.getAttribute('data-code')))).resolves.toEqual(low);
  expect(await page.getByTestId('target-low-confidence').count()).toBe(low.length);
  await page.getByTestId('targets-filter').selectOption({ label: 'Tất cả mục tiêu' });
  expect(await lines.count()).toBe(catalog.targets.length);

  // Click-to-select: the target's row on the written targets sheet (found here in the fake's cells).
  const code = catalog.targets[0]!.code;
  await page.locator(`[data-testid="target-line"][data-code="${code}"]`).click();
  await page.getByTestId('targets-selection').waitFor();
  const view = await workbookView(page);
  const row = sheetOf(view, REPORT_SHEETS.targets).grid.findIndex((r) => r[0] === code) + 1;
  expect(row).toBeGreaterThan(1);
  const selection = await page.evaluate(() => window.__fakeHost!.excel.state.selection);
  expect(selection).toEqual({ sheet: REPORT_SHEETS.targets, address: `A${row}:N${row}` });
  await expect(page.getByTestId('targets-selection').textContent()).resolves.toContain(`dòng ${row}`);

  // Download: the evaluation report, charts drawn by the browser's canvas.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('evaluation-download').click(),
  ]);
  expect(download.suggestedFilename()).toBe('bao-cao-danh-gia-2026.docx');
  const docx = unzipSync(readFileSync((await download.path())!));
  const xml = strFromU8(docx['word/document.xml']!);
  for (const h of [
    'III. KẾT QUẢ THEO GIAI ĐOẠN VÀ NHÓM CHỈ TIÊU',
    'IV. SO SÁNH VỚI MỤC TIÊU',
    'PHỤ LỤC. TỪ ĐIỂN CHỈ TIÊU',
  ])
    expect(xml).toContain(h);
  const pngs = Object.keys(docx).filter((p) => p.startsWith('word/media/'));
  expect(pngs).toHaveLength(2);
  for (const p of pngs) expect([...docx[p]!.slice(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
  await page.getByTestId('evaluation-outcome').waitFor();

  const shot = path.join(ARTIFACTS, 'taskpane-targets.png');
  await page.screenshot({ path: shot, fullPage: false, animations: 'disabled' });
  if (process.env.KHCN_DOCS_SCREENSHOTS === '1') copyFileSync(shot, path.join(DOCS, 'taskpane-targets.png'));
  expect(pageErrors).toEqual([]);
}, 120_000);

test('"Bỏ tệp này" removes one file from the list and the run; "Chỉ hiện tệp có vấn đề" filters the lines', async () => {
  await page.getByRole('tab', { name: 'Tổng hợp' }).click();
  const lines = page.getByTestId('consolidation-file-line');
  await lines.first().waitFor();
  const before = await lines.count();
  await line(FILES.corrupt).getByTestId('file-remove').click();
  await expect(line(FILES.corrupt).count()).resolves.toBe(0);
  expect(await lines.count()).toBe(before - 1);
  // Only the lines with problems: the rejected PDF stays, the clean used file goes.
  await page.getByTestId('files-problems-only').click();
  await expect(line(FILES.pdf).count()).resolves.toBe(1);
  await expect(line(FILES.a).count()).resolves.toBe(0);
  await page.getByTestId('files-problems-only').click();
  await expect(line(FILES.a).count()).resolves.toBe(1);
  expect(pageErrors).toEqual([]);
}, 60_000);

test('"Nạp sổ tệp đến…": the register gives the received times (a late file becomes on time); a bad register is refused, naming its row', async () => {
  await page.getByRole('tab', { name: 'Tổng hợp' }).click();
  await expect(lineView(FILES.late)).resolves.toMatchObject({ timeliness: 'Trễ hạn' });
  await expect(page.getByTestId('consolidation-file-times').count()).resolves.toBe(1);

  // A register with an impossible time: refused, the row named; nothing changes.
  const bad = path.join(dir, 'so-sai.csv');
  writeFileSync(bad, `Tệp,Thời điểm nhận\n${FILES.late},31/13/2026 10:00\n`);
  await page.getByTestId('received-log-input').setInputFiles(bad);
  const refused = page.getByTestId('received-log-refused');
  await refused.waitFor();
  await expect(refused.textContent()).resolves.toContain('so-sai.csv');
  await expect(refused.textContent()).resolves.toMatch(/Dòng 2: thời điểm nhận “31\/13\/2026 10:00”/);
  await expect(lineView(FILES.late)).resolves.toMatchObject({ timeliness: 'Trễ hạn' });

  // The office's register: the late file was in fact received on 04/12/2026.
  const good = path.join(dir, 'so-tep-den.csv');
  writeFileSync(good, `Tệp,Thời điểm nhận,Đơn vị gửi\n${FILES.late},04/12/2026 10:00,${UNIT.late}\n`);
  await page.getByTestId('received-log-input').setInputFiles(good);
  await page.getByTestId('received-log-status').waitFor();
  await expect(page.getByTestId('received-log-status').textContent()).resolves.toContain(
    'thời điểm nhận của 1 tệp lấy theo sổ',
  );
  await expect(lineView(FILES.late)).resolves.toMatchObject({ timeliness: 'Đúng hạn' });
  await expect(page.getByTestId('received-log-refused').count()).resolves.toBe(0);
  // The other files are not in the register: said, with why their times may be wrong.
  await expect(page.getByTestId('received-log-missing').textContent()).resolves.toContain(
    'không có trong sổ',
  );
  await expect(page.getByTestId('consolidation-file-times').count()).resolves.toBe(0);
  expect(pageErrors).toEqual([]);
}, 60_000);

test('"Nạp số liệu kỳ trước…": last year’s figures give a change warning on the unit’s line; a table of the reporting year is refused', async () => {
  await page.getByRole('tab', { name: 'Tổng hợp' }).click();
  await line(FILES.a).waitFor();
  const sameYear = path.join(dir, 'ky-truoc-2026.csv');
  writeFileSync(sameYear, `Năm kỳ trước,2026\nMã đơn vị,Mã chỉ tiêu,Mã thành phần,Giá trị kỳ trước\n`);
  await page.getByTestId('previous-input').setInputFiles(sameYear);
  await page.getByTestId('previous-refused').waitFor();
  await expect(page.getByTestId('previous-refused').textContent()).resolves.toContain('năm 2026');

  // Last year the unit reported 1 000 documents: whatever it reports now (a handful) is a big change.
  const table = path.join(dir, 'ky-truoc.csv');
  writeFileSync(
    table,
    `Năm kỳ trước,2025\nMã đơn vị,Mã chỉ tiêu,Mã thành phần,Giá trị kỳ trước\n${UNIT.a},I.1,legal_docs,1000\n`,
  );
  await page.getByTestId('previous-input').setInputFiles(table);
  await page.getByTestId('previous-status').waitFor();
  await expect(page.getByTestId('previous-status').textContent()).resolves.toContain('năm 2025');
  await expect(page.getByTestId('previous-refused').count()).resolves.toBe(0);
  const problems = line(FILES.a).getByTestId('file-problems');
  await problems.waitFor();
  await expect(problems.textContent()).resolves.toContain('thay đổi nhiều so với năm 2025 (1.000)');
  expect(pageErrors).toEqual([]);
}, 60_000);

test('"Dùng tệp này" settles a tie between two files of one unit: the pinned file is used, the other superseded', async () => {
  await page.getByRole('tab', { name: 'Tổng hợp' }).click();
  const unit = catalog.units.filter((u) => u.kind === 'commune')[10]!;
  const first = await unitFile(dir, unit.id, fileName(unit.id), OLDER);
  const second = path.join(dir, fileName(unit.id).replace(/\.xlsx$/, '_gui_lai.xlsx'));
  copyFileSync(first, second);
  utimesSync(second, OLDER, OLDER); // same received time: the product cannot rank them
  await page.getByTestId('consolidation-file-input').setInputFiles([first, second]);
  const names = [path.basename(first), path.basename(second)];
  await line(names[1]!).waitFor();
  await page.waitForFunction(
    (files) =>
      files.every((f) =>
        document.querySelector(`[data-testid="consolidation-file-line"][data-file="${f}"][data-use]`),
      ),
    names,
  );
  const uses = await Promise.all(names.map((n) => line(n).getAttribute('data-use')));
  expect([...uses].sort()).toEqual(['superseded', 'used']);
  const loser = names[uses.indexOf('superseded')]!;
  const winner = names[uses.indexOf('used')]!;
  await expect(line(loser).getByTestId('file-reason').textContent()).resolves.toContain(
    'không xác định được bản cuối',
  );
  await line(loser).getByTestId('file-pin').click();
  await page.waitForFunction(
    (f) =>
      document
        .querySelector(`[data-testid="consolidation-file-line"][data-file="${f}"]`)
        ?.getAttribute('data-use') === 'used',
    loser,
  );
  await expect(line(winner).getAttribute('data-use')).resolves.toBe('superseded');
  await expect(line(winner).getByTestId('file-reason').textContent()).resolves.toContain(loser);
  expect(pageErrors).toEqual([]);
}, 60_000);
