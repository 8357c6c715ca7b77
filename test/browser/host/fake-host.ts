// Entry of out/test-host/test-host.html: installs the fake Office/Excel/CustomFunctions globals
// BEFORE functions.js and the task pane run (office.js from the CDN is not reachable offline).
// Query parameters choose the scenario:
//   ?host=none        a plain browser tab (Office.onReady gives host null)
//   ?excelApi=1.7     the highest ExcelApi set this "Excel" supports (default 1.17)
import { installFakeHost, type FakeHost, type FakeHostOptions } from '../../fakes/office-fake';

declare global {
  interface Window {
    /** For the Playwright test: inspect the fake workbook, call custom functions. */
    __fakeHost?: FakeHost;
    /**
     * Set by a test before the page loads (Playwright's addInitScript): hidden sheets the
     * workbook already has, as when a saved workbook is opened again.
     */
    __seedHiddenSheets?: Record<string, string[][]>;
  }
}

const params = new URLSearchParams(window.location.search);
const hostParam = params.get('host');
const options: FakeHostOptions = {
  host: hostParam === 'none' ? null : 'Excel',
  excelApi: params.get('excelApi') ?? '1.17',
  workbook: {
    name: 'Bao_cao_KHCN_2026.xlsx',
    // The user's own sheets (names that differ from the template's: a same-named sheet is a conflict).
    sheets: {
      'Ghi chú': [['Mẫu biểu đánh giá KH, CN & ĐMST 2026']],
      'Số liệu': [['Chỉ số', 'Giá trị']],
      ...window.__seedHiddenSheets,
    },
    visibility: Object.fromEntries(
      Object.keys(window.__seedHiddenSheets ?? {}).map((n) => [n, 'VeryHidden' as const]),
    ),
  },
};
window.__fakeHost = installFakeHost(options, window);
