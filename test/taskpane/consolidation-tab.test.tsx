/**
 * The "Tổng hợp" tab with fake services. The unit project runs in Node without a DOM, so the
 * tab's flow (consolidation/flow.ts) is driven directly, as the components' handlers do, and the
 * tab is rendered to HTML (react-dom/server) from that same flow to check what staff read.
 * Clicks, drops and the real file input are covered by the browser test.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { renderToStaticMarkup } from 'react-dom/server';
import type { ConsolidationServices, PickedFile, ReportWriteResult, XlsxTools } from '../../src/app/ports';
import { defaultExpectedUnits } from '../../src/domain/consolidation';
import type { ReceivedFile } from '../../src/domain/consolidation/run-types';
import { makeIssue } from '../../src/domain/issues';
import type { ReportWorkbook } from '../../src/domain/report/types';
import { viDateFromIso } from '../../src/domain/template/vi-format';
import { formatVietnamTime, parseDayMonthYear } from '../../src/domain/vietnam-time';
import { EnvContext, LangContext, type AppEnv } from '../../src/taskpane/context';
import type { Lang } from '../../src/taskpane/strings';
import { ConsolidationTab } from '../../src/taskpane/tabs/ConsolidationTab';
import { reasonText } from '../../src/taskpane/tabs/consolidation/FileLines';
import type { FlowState, ReadProgress } from '../../src/taskpane/tabs/consolidation/flow';
import { flowFor } from '../../src/taskpane/tabs/consolidation/useConsolidation';
import { TestReading, catalog } from '../validation/helpers';

// ---------------------------------------------------------------------------
// Fakes

const ON_TIME = '2026-12-01T02:00:00.000Z';
const LATE = '2026-12-08T03:00:00.000Z'; // after 05/12/2026 in Vietnam time

function received(file: string, receivedAt: string, outcome: ReceivedFile['outcome']): ReceivedFile {
  return { file, receivedAt, sha256: file.padEnd(64, '0').slice(0, 64), sizeBytes: 1000, outcome };
}

const ok = (unitId: string) => ({ ok: true as const, reading: new TestReading(unitId).build() });

/** What the fake reader returns for each file name. */
const FILES: Record<string, ReceivedFile> = {
  'thong-ke.xlsx': received('thong-ke.xlsx', LATE, ok('thong-ke')),
  'so-khcn.xlsx': received('so-khcn.xlsx', ON_TIME, ok('so-khcn')),
  'ghi-chu.docx': received('ghi-chu.docx', ON_TIME, {
    ok: false,
    issue: makeIssue('FILE_NOT_XLSX', { ext: '.docx' }, { file: 'ghi-chu.docx' }),
  }),
  'so-tai-chinh.xlsx': received('so-tai-chinh.xlsx', ON_TIME, ok('so-tai-chinh')),
  // Two final files of one unit received at the same time: a tie for the office to settle.
  'so-y-te-a.xlsx': received('so-y-te-a.xlsx', ON_TIME, ok('so-y-te')),
  'so-y-te-b.xlsx': received('so-y-te-b.xlsx', ON_TIME, ok('so-y-te')),
};

const picked = (name: string, lastModified = 1_764_554_400_000): PickedFile => ({
  name,
  size: 1000,
  lastModified,
  arrayBuffer: async () => new ArrayBuffer(8),
});

interface Fakes {
  services: ConsolidationServices;
  loads: number;
  reads: string[];
  encoded: ReportWorkbook[];
  writes: { base64: string; report: ReportWorkbook }[];
  /** When set, readPicked waits for this before answering. */
  gate?: Promise<void>;
}

function fakes(
  opts: { write?: (report: ReportWorkbook) => Promise<ReportWriteResult>; loadFails?: number } = {},
): Fakes {
  let failures = opts.loadFails ?? 0;
  const f: Fakes = { loads: 0, reads: [], encoded: [], writes: [] } as unknown as Fakes;
  const tools: XlsxTools = {
    async readPicked(file, name = file.name) {
      f.reads.push(name);
      if (f.gate) await f.gate;
      const r = FILES[file.name];
      if (!r) throw new Error(`no fixture for ${file.name}`);
      return r;
    },
    async reportBase64(report) {
      f.encoded.push(report);
      return 'UEsDBA==';
    },
  };
  f.services = {
    loadXlsx: async () => {
      f.loads++;
      if (failures > 0) {
        failures--;
        throw new Error('ChunkLoadError: Loading chunk xlsx failed.');
      }
      return tools;
    },
    host: {
      async writeReport(base64, report) {
        f.writes.push({ base64, report });
        if (opts.write) return opts.write(report);
        return { sheets: report.sheets.map((s) => s.name), replaced: 0, charts: report.charts.length };
      },
      readTargetsSheet: async () => null,
      selectCell: async () => false,
    },
    writeEvaluation: async () => new Uint8Array(),
    remindersCsv: async () => ({ bytes: new Uint8Array(), count: 0 }),
    feedbackWorkbook: async () => new Uint8Array(),
  };
  return f;
}

// ---------------------------------------------------------------------------
// Rendering

const EXCEL_HOST = { kind: 'excel' as const, supports: () => true };
const noExcel = {
  getWorkbookSummary: async () => ({ name: '', sheets: [], activeSheet: '' }),
  listSheets: async () => [],
  activateSheet: async () => false,
};

function render(services: ConsolidationServices | null, lang: Lang = 'vi'): string {
  const env: AppEnv = {
    host: EXCEL_HOST,
    services: noExcel,
    templates: null,
    consolidation: services,
    registry: null,
  };
  return renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <EnvContext.Provider value={env}>
        <LangContext.Provider value={{ lang, setLang: () => undefined }}>
          <ConsolidationTab missing={[]} />
        </LangContext.Provider>
      </EnvContext.Provider>
    </FluentProvider>,
  );
}

const decode = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();

/** Text of each element carrying `data-testid="<id>"` (nested elements of the same tag balanced). */
function byTestId(html: string, id: string, tag = 'div'): string[] {
  const out: string[] = [];
  const open = new RegExp(`<${tag}\\b[^>]*data-testid="${id}"[^>]*>`, 'g');
  for (const m of html.matchAll(open)) {
    const from = (m.index ?? 0) + m[0].length;
    const tags = new RegExp(`<${tag}\\b[^>]*>|</${tag}>`, 'g');
    tags.lastIndex = from;
    let depth = 1;
    let t: RegExpExecArray | null = null;
    while (depth > 0 && (t = tags.exec(html))) depth += t[0].startsWith('</') ? -1 : 1;
    out.push(decode(html.slice(from, t ? t.index : html.length)));
  }
  return out;
}

const fileLines = (html: string) => byTestId(html, 'consolidation-file-line', 'li');

async function readAll(f: Fakes, names: string[]) {
  const flow = flowFor(f.services, catalog);
  flow.addFiles(names.map((n) => picked(n)));
  await flow.whenIdle();
  return flow;
}

// ---------------------------------------------------------------------------

test('reads every picked file in turn, progress reaching n/n, then one Vietnamese line per file', async () => {
  const f = fakes();
  const flow = flowFor(f.services, catalog);
  const seen: ReadProgress[] = [];
  flow.subscribe(() => {
    const p = flow.getState().progress;
    if (p && p !== seen[seen.length - 1]) seen.push(p);
  });
  flow.addFiles(['thong-ke.xlsx', 'so-khcn.xlsx', 'ghi-chu.docx'].map((n) => picked(n)));
  expect(flow.getState().reading).toBe(true);
  await flow.whenIdle();

  expect(f.loads).toBe(1);
  expect(f.reads).toEqual(['thong-ke.xlsx', 'so-khcn.xlsx', 'ghi-chu.docx']);
  expect(seen).toContainEqual({ done: 1, total: 3, current: 'so-khcn.xlsx' });
  expect(seen[seen.length - 1]).toEqual({ done: 3, total: 3 });
  expect(flow.getState().reading).toBe(false);

  const html = render(f.services);
  expect(byTestId(html, 'consolidation-progress', 'div')[0]).toBe('Đã đọc 3/3 tệp.');
  expect(html).toContain('data-done="3" data-total="3"');

  // Sorted by file name like the run, whatever the order picked.
  const lines = fileLines(html);
  expect(lines).toHaveLength(3);
  expect(lines[0]).toContain('ghi-chu.docx');
  expect(lines[0]).toContain('Không nhận diện được');
  expect(lines[0]).toContain('Bị loại');
  expect(lines[0]).toContain(reasonText(issueOf('ghi-chu.docx'), 'vi'));
  expect(lines[0]).not.toContain('Tệp “ghi-chu.docx”'); // the line names the file once
  expect(lines[1]).toMatch(/^so-khcn\.xlsx Sở Khoa học và Công nghệ Dùng Đúng hạn/);
  expect(lines[1]).toContain(`Nhận lúc ${formatVietnamTime(ON_TIME)}`);
  expect(lines[2]).toMatch(/^thong-ke\.xlsx Thống kê tỉnh Dùng Trễ hạn/);
  expect(lines[2]).toContain('1 cảnh báo'); // SUBMISSION_LATE
  expect(html).toContain('Các tệp đã nhận (3)');
  expect(html).toContain('2 tệp được dùng · 0 bị thay thế · 1 bị loại');

  // Completeness of the expected units.
  const expected = defaultExpectedUnits(catalog).length;
  expect(byTestId(html, 'completeness-submitted', 'div')[0]).toBe(`Đã nộp 2/${expected}`);
  expect(byTestId(html, 'completeness-late', 'div')[0]).toBe('Trễ hạn 1');
  expect(byTestId(html, 'completeness-missing', 'div')[0]).toBe(`Chưa nộp ${expected - 2}`);
  expect(decode(html)).toContain(`Đơn vị chưa nộp (${expected - 2})`);
});

function issueOf(file: string) {
  const r = FILES[file];
  if (!r || r.outcome.ok) throw new Error(`${file} is not a rejected fixture`);
  return r.outcome.issue;
}

/** Two files picked while readPicked is held: the flow is reading the first until `open()`. */
async function gatedReading() {
  const f = fakes();
  let open!: () => void;
  f.gate = new Promise<void>((resolve) => (open = resolve));
  const flow = flowFor(f.services, catalog);
  flow.addFiles([picked('so-khcn.xlsx'), picked('thong-ke.xlsx')]);
  await new Promise((r) => setTimeout(r, 0));
  return { f, flow, open };
}

test('while reading, the pane says which file of how many is being read', async () => {
  const { f, flow, open } = await gatedReading();

  const html = render(f.services);
  expect(byTestId(html, 'consolidation-progress', 'div')[0]).toBe('Đang đọc 1/2 tệp: so-khcn.xlsx');
  expect(html).toContain('role="progressbar"');
  expect(html).toContain('aria-live="polite"');
  expect(fileLines(html)).toEqual([]); // lines come with the run, once everything is read
  expect(html).not.toContain('data-testid="consolidation-write"');

  open();
  await flow.whenIdle();
  expect(byTestId(render(f.services), 'consolidation-progress', 'div')[0]).toBe('Đã đọc 2/2 tệp.');
});

test('a second batch is appended, files already listed are skipped, the xlsx chunk loads once', async () => {
  const f = fakes();
  const flow = await readAll(f, ['so-khcn.xlsx', 'thong-ke.xlsx']);
  const seen: ReadProgress[] = [];
  flow.subscribe(() => seen.push(flow.getState().progress ?? { done: -1, total: -1 }));
  flow.addFiles([picked('so-khcn.xlsx'), picked('so-tai-chinh.xlsx')]); // the first is already there
  await flow.whenIdle();
  expect(seen).toContainEqual({ done: 2, total: 3, current: 'so-tai-chinh.xlsx' }); // counts the whole list

  expect(f.loads).toBe(1);
  expect(f.reads).toEqual(['so-khcn.xlsx', 'thong-ke.xlsx', 'so-tai-chinh.xlsx']);
  const state: FlowState = flow.getState();
  expect(state.files.map((x) => x.name)).toEqual(['so-khcn.xlsx', 'thong-ke.xlsx', 'so-tai-chinh.xlsx']);
  expect(state.skipped).toBe(1);
  expect(state.progress).toEqual({ done: 3, total: 3 }); // the whole list
  expect(state.result?.run.files.map((l) => l.file)).toEqual([
    'so-khcn.xlsx',
    'so-tai-chinh.xlsx',
    'thong-ke.xlsx',
  ]);

  const html = render(f.services);
  expect(decode(html)).toContain('Đã chọn 3 tệp. 1 tệp đã có trong danh sách nên không thêm lại.');
  // Same name but another date: another file (e.g. a corrected version), so it is listed.
  flow.addFiles([picked('so-khcn.xlsx', 1_764_900_000_000)]);
  await flow.whenIdle();
  expect(flow.getState().files).toHaveLength(4);
  // …read under a numbered name, so its line and issues are told apart from the first one.
  expect(f.reads.at(-1)).toBe('so-khcn (2).xlsx');

  // Writing uses the same tools: still one load.
  await flow.write();
  expect(f.loads).toBe(1);
});

test('"Bỏ tệp này" takes one file out of the list and the run; the others stay read', async () => {
  const f = fakes();
  const flow = await readAll(f, ['so-khcn.xlsx', 'thong-ke.xlsx', 'so-tai-chinh.xlsx']);
  flow.setOptions({ pinned: ['thong-ke.xlsx'] });
  flow.remove('thong-ke.xlsx');
  const state = flow.getState();
  expect(state.files.map((x) => x.name)).toEqual(['so-khcn.xlsx', 'so-tai-chinh.xlsx']);
  expect(state.result?.run.files.map((l) => l.file)).toEqual(['so-khcn.xlsx', 'so-tai-chinh.xlsx']);
  expect(state.options.pinned).toEqual([]); // a removed file is no longer chosen
  expect(state.progress).toEqual({ done: 2, total: 2 });
  expect(f.reads).toEqual(['so-khcn.xlsx', 'thong-ke.xlsx', 'so-tai-chinh.xlsx']); // nothing read again
  expect(flow.fileNamed('thong-ke.xlsx')).toBeUndefined();
  // Picked again, it is read again and back in the run.
  flow.addFiles([picked('thong-ke.xlsx')]);
  await flow.whenIdle();
  expect(flow.getState().result?.run.files.map((l) => l.file)).toContain('thong-ke.xlsx');
  // Every line has its remove button; the problems-only switch is there.
  const html = render(f.services);
  expect(html.match(/data-testid="file-remove"/g)).toHaveLength(3);
  expect(html).toContain('data-testid="files-problems-only"');
});

test('"Sửa thời điểm nhận": the office\'s own time wins over the file date, and can be undone', async () => {
  const f = fakes();
  const flow = await readAll(f, ['so-khcn.xlsx', 'thong-ke.xlsx']);
  const line = () => flow.getState().result?.run.files.find((l) => l.file === 'thong-ke.xlsx');
  expect(line()?.timeliness).toBe('late'); // received 08/12/2026 by its file date
  // 04/12/2026 10:00 in Hà Nội is 03:00 UTC: on time for the 05/12/2026 deadline.
  flow.setReceivedAt('thong-ke.xlsx', Date.UTC(2026, 11, 4, 3, 0));
  expect(line()).toMatchObject({ timeliness: 'on-time', receivedAt: '2026-12-04T03:00:00.000Z' });
  const html = decode(render(f.services));
  expect(html).toContain('Nhận lúc 04/12/2026 10:00 (Sở sửa tay)');
  expect(html).toContain('Bỏ sửa');
  flow.setReceivedAt('thong-ke.xlsx', null);
  expect(line()).toMatchObject({ timeliness: 'late', receivedAt: LATE });
  expect(flow.getState().manualTimes).toEqual({});
});

test('"Ghi kết quả vào sổ" writes the report once and lists the sheets written', async () => {
  const f = fakes({
    write: async (report) => ({ sheets: report.sheets.map((s) => s.name), replaced: 5, charts: 1 }),
  });
  const flow = await readAll(f, ['so-khcn.xlsx', 'thong-ke.xlsx']);
  expect(render(f.services)).toContain('data-testid="consolidation-write"');

  const result = await flow.write();

  expect(f.writes).toHaveLength(1);
  const { base64, report } = f.writes[0]!;
  expect(base64).toBe('UEsDBA==');
  expect(f.encoded).toEqual([report]);
  expect(report).toBe(flow.getState().result?.report);
  expect(report.sheets[0]?.name).toBe('Tổng hợp');
  expect(result?.replaced).toBe(5);

  const html = render(f.services);
  const message = byTestId(html, 'consolidation-result', 'div')[0] ?? '';
  expect(message).toContain('Đã ghi kết quả vào sổ làm việc.');
  expect(message).toContain(`Các trang tính đã ghi: ${report.sheets.map((s) => `“${s.name}”`).join(', ')}.`);
  expect(message).toContain('“Tổng hợp”');
  expect(message).toContain('Đã thay thế 5 trang tính của lần tổng hợp trước.');
  expect(message).toContain('Đã thêm 1 biểu đồ.');

  // Running again is allowed: the button stays enabled and the host is called again.
  expect(html).not.toMatch(/<button[^>]*disabled[^>]*data-testid="consolidation-write"/);
  await flow.write();
  expect(f.writes).toHaveLength(2);
});

test('a failed write shows the error message in Vietnamese, and can be tried again', async () => {
  const f = fakes({
    write: async () => {
      throw new Error('Sổ làm việc đang ở chế độ chỉ đọc.');
    },
  });
  const flow = await readAll(f, ['so-khcn.xlsx']);
  await expect(flow.write()).resolves.toBeNull();

  const html = render(f.services);
  expect(byTestId(html, 'consolidation-result', 'div')[0]).toBe(
    'Không ghi được kết quả vào sổ: Sổ làm việc đang ở chế độ chỉ đọc.',
  );
  expect(flow.getState().write).toEqual({ kind: 'error', message: 'Sổ làm việc đang ở chế độ chỉ đọc.' });
  await flow.write();
  expect(f.writes).toHaveLength(2);
});

test('the deadline and year options recompute the run', async () => {
  const f = fakes();
  const flow = await readAll(f, ['so-khcn.xlsx', 'thong-ke.xlsx']);
  expect(flow.getState().result?.run.completeness.late).toBe(1);

  flow.setOptions({ deadline: '2026-12-10' });
  expect(flow.getState().result?.run.completeness.late).toBe(0);
  expect(render(f.services)).toContain('value="10/12/2026"');

  flow.setOptions({ year: 2027 });
  const lines = flow.getState().result?.run.files ?? [];
  expect(lines.every((l) => l.use === 'rejected' && l.reason?.code === 'TEMPLATE_WRONG_YEAR')).toBe(true);
  expect(fileLines(render(f.services))[0]).toContain('Bị loại');
});

test('"Xoá danh sách" empties the list; a file being read meanwhile is dropped', async () => {
  const { f, flow, open } = await gatedReading();
  flow.clear();
  flow.addFiles([picked('so-tai-chinh.xlsx')]);
  open();
  await flow.whenIdle();

  const state = flow.getState();
  expect(state.files.map((x) => x.name)).toEqual(['so-tai-chinh.xlsx']);
  expect(state.result?.run.files.map((l) => l.file)).toEqual(['so-tai-chinh.xlsx']);
  expect(state.progress).toEqual({ done: 1, total: 1 });

  flow.clear();
  const html = render(f.services);
  expect(fileLines(html)).toEqual([]);
  expect(html).not.toContain('data-testid="consolidation-progress"');
  expect(html).not.toContain('data-testid="consolidation-clear"');
});

test('when the xlsx chunk cannot be loaded, the reason is shown and "Thử lại" reads the files', async () => {
  const f = fakes({ loadFails: 1 });
  const flow = flowFor(f.services, catalog);
  flow.addFiles([picked('so-khcn.xlsx')]);
  await flow.whenIdle();

  expect(flow.getState().failure?.kind).toBe('load');
  expect(byTestId(render(f.services), 'consolidation-failure', 'div')[0]).toContain(
    'Không tải được bộ đọc tệp Excel: ChunkLoadError: Loading chunk xlsx failed. Thử lại',
  );

  flow.retry();
  await flow.whenIdle();
  expect(f.loads).toBe(2);
  expect(flow.getState().failure).toBeNull();
  expect(flow.getState().result?.run.files).toHaveLength(1);
});

test('in English, and without consolidation services the tab explains it needs Excel', async () => {
  const f = fakes();
  await readAll(f, ['so-khcn.xlsx', 'ghi-chu.docx']);
  const html = render(f.services, 'en');
  expect(decode(html)).toContain('Write results to workbook');
  expect(byTestId(html, 'consolidation-progress', 'div')[0]).toBe('Read 2/2 files.');
  const lines = fileLines(html);
  expect(lines[0]).toContain('Not recognised');
  expect(lines[0]).toContain(reasonText(issueOf('ghi-chu.docx'), 'en'));
  expect(lines[1]).toContain('Department of Science and Technology');

  const none = render(null);
  expect(byTestId(none, 'consolidation-unavailable', 'div')[0]).toContain('cần chạy trong Excel');
  expect(none).not.toContain('consolidation-file-input');
});

test('the hidden file input takes many Excel files and has a stable test id', () => {
  const html = render(fakes().services);
  expect(html).toMatch(
    /<input[^>]*type="file"[^>]*multiple=""[^>]*accept="\.xlsx,\.xlsm,\.xls"[^>]*data-testid="consolidation-file-input"/,
  );
  expect(decode(html)).toContain('Chọn tệp…');
  expect(html).toContain('value="2026"');
  expect(html).toContain('value="05/12/2026"');
});

test('dates: typed as dd/mm/yyyy, stored as YYYY-MM-DD, shown in Vietnam time', () => {
  expect(parseDayMonthYear('05/12/2026')).toBe('2026-12-05');
  expect(parseDayMonthYear(' 5/12/2026 ')).toBe('2026-12-05');
  expect(parseDayMonthYear('5-12-2026')).toBe('2026-12-05');
  expect(parseDayMonthYear('31/11/2026')).toBeUndefined();
  expect(parseDayMonthYear('2026-12-05')).toBeUndefined();
  expect(parseDayMonthYear('05/12')).toBeUndefined();
  expect(viDateFromIso('2026-12-05')).toBe('05/12/2026');
  expect(formatVietnamTime('2026-12-05T17:30:00.000Z')).toBe('06/12/2026 00:30');
  expect(formatVietnamTime('not a date')).toBe('');
});

test('another unit registry: the files already read are consolidated again with it', async () => {
  const f = fakes();
  const flow = await readAll(f, ['thong-ke.xlsx', 'so-khcn.xlsx']);
  const before = flow.getState().result?.run.completeness.expected;
  expect(before).toBe(defaultExpectedUnits(catalog).length);
  // The office's list: only the two units that sent files must report.
  const mine = {
    ...catalog,
    units: catalog.units.map((u) => ({ ...u, mustReport: ['thong-ke', 'so-khcn'].includes(u.id) })),
  };
  flow.setCatalog(mine);
  expect(flow.getState().result?.run.completeness).toMatchObject({ expected: 2, received: 2 });
  expect(f.reads).toEqual(['thong-ke.xlsx', 'so-khcn.xlsx']); // not read again
});

test('a tie between two files of one unit: "Dùng tệp này" on the other file makes it the one used', async () => {
  const f = fakes();
  const flow = await readAll(f, ['so-y-te-a.xlsx', 'so-y-te-b.xlsx']);
  const use = () =>
    Object.fromEntries(
      (flow.getState().result?.run.files ?? []).map((l) => [l.file, [l.use, l.reason?.code]]),
    );
  const before = use();
  const [used] = Object.entries(before).find(([, [u]]) => u === 'used') ?? [];
  const other = used === 'so-y-te-a.xlsx' ? 'so-y-te-b.xlsx' : 'so-y-te-a.xlsx';
  expect(before[other]).toEqual(['superseded', 'FILE_TIE']);
  // The pane offers the choice on the file not used.
  const html = render(f.services);
  expect(byTestId(html, 'file-pin', 'button')).toEqual(['Dùng tệp này']);
  flow.pin(other);
  expect(use()[other]).toEqual(['used', undefined]);
  expect(use()[used ?? '']).toEqual(['superseded', 'FILE_SUPERSEDED_PINNED']);
  expect(flow.getState().options.pinned).toEqual([other]);
});

test("with the results, a note says that received times come from the files' dates", async () => {
  const f = fakes();
  await readAll(f, ['thong-ke.xlsx']);
  const html = render(f.services);
  expect(byTestId(html, 'consolidation-file-times')[0]).toContain(
    'Thời điểm nhận đang lấy theo ngày sửa của tệp',
  );
});
