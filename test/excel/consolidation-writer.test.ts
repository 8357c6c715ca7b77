// src/excel/consolidation-writer.ts against the in-memory Excel fake: the report's sheets are
// inserted from one .xlsx in 3 syncs whatever its size, only the previous consolidation's sheets
// (listed in the very hidden marker) are replaced, the user's sheets are never touched — even one
// named like a report sheet — charts are added natively, and a refused insertion changes nothing.
// The .xlsx is made here with exceljs (not the shared report writer) so these tests stand alone.
import ExcelJS from 'exceljs';
import { REPORT_SHEETS } from '../../src/domain/report/sheet-names';
import type { ChartSpec, ReportCell, ReportSheet, ReportWorkbook } from '../../src/domain/report/types';
import {
  createConsolidationHost,
  freeSheetName,
  REPORT_MARKER_HEADER,
  REPORT_MARKER_SHEET,
  ReportInsertError,
} from '../../src/excel/consolidation-writer';
import { FakeExcel, FakeOfficeError, type FakeRequestContext, type WorkbookState } from '../fakes/excel-fake';
import { installFakeHost, type FakeHost } from '../fakes/office-fake';

const NOTE = 'Ghi chú';
const SUMMARY = REPORT_SHEETS.summary;
const REPORT_NAMES = Object.values(REPORT_SHEETS);

let host: FakeHost;
afterEach(() => host.uninstall());

const cell = (v: ReportCell['v']): ReportCell => ({ v });

function reportSheet(name: string, detailRows = 3): ReportSheet {
  return {
    name,
    preamble: [[cell(`${name.toUpperCase()} — KH, CN & ĐMST 2026`)], [cell('Lập lúc 21/11/2026 08:00')]],
    columns: [
      { header: 'Đơn vị', width: 30 },
      { header: 'Giá trị', width: 12 },
      { header: 'Tỷ lệ', width: 10 },
    ],
    rows: Array.from({ length: detailRows }, (_, i) => [cell(`Đơn vị ${i + 1}`), cell(i * 10), cell(0.5)]),
    freezeHeader: true,
  };
}

/** The report's sheets (summary first); `detailRows` rows on the detail sheet; a chart on two sheets. */
function makeReport(detailRows = 3): ReportWorkbook {
  const summary = reportSheet(SUMMARY, 5);
  // Header on row 3, data on rows 4–8: fractions, shown as percentages.
  summary.rows = [0.2, 0.45, 0.6, 0.85, 1].map((v, i) => [cell(`Giai đoạn ${i + 1}`), cell(i), cell(v)]);
  const targets = reportSheet(REPORT_SHEETS.targets, 4);
  // One value above 100 %: the axis maximum must stay automatic (no clipped bar).
  targets.rows = [0.3, 0.7, 1.25, 0.9].map((v, i) => [cell(`Mục tiêu ${i + 1}`), cell(v / 2), cell(v)]);
  const charts: ChartSpec[] = [
    {
      sheet: SUMMARY,
      title: 'Tỷ lệ đạt theo giai đoạn',
      categories: 'A4:A8',
      series: [{ name: 'Tỷ lệ đạt', values: 'C4:C8' }],
      from: 'E3',
      to: 'L20',
      percent: true,
    },
    {
      sheet: REPORT_SHEETS.targets,
      title: 'Mục tiêu KH17: 2025 và 2030',
      categories: 'A4:A7',
      series: [
        { name: '2025', values: 'B4:B7' },
        { name: '2030', values: 'C4:C7' },
      ],
      from: 'E10',
      to: 'L30',
      percent: true,
    },
  ];
  return {
    sheets: [
      summary,
      reportSheet(REPORT_SHEETS.detail, detailRows),
      reportSheet(REPORT_SHEETS.status),
      reportSheet(REPORT_SHEETS.matrix),
      reportSheet(REPORT_SHEETS.conflicts),
      reportSheet(REPORT_SHEETS.checks),
      targets,
    ],
    charts,
    title: 'Tổng hợp KH, CN & ĐMST 2026',
    createdAt: '2026-11-21T08:00:00.000Z',
  };
}

/** The report as an .xlsx without charts, base64 (what XlsxTools.reportBase64 gives the host). */
async function toBase64(report: ReportWorkbook, only = report.sheets.length): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const s of report.sheets.slice(0, only)) {
    const ws = wb.addWorksheet(s.name);
    for (const row of s.preamble) ws.addRow(row.map((c) => c.v));
    ws.addRow(s.columns.map((c) => c.header));
    for (const row of s.rows) ws.addRow(row.map((c) => c.v));
  }
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

/** A user's workbook: notes, and their own sheet literally named like the report's summary. */
function install(limit?: number): FakeHost {
  host = installFakeHost({
    workbook: {
      name: 'Tong_hop_2026.xlsx',
      sheets: {
        [NOTE]: [['Việc cần làm', 12]],
        [SUMMARY]: [
          ['Bảng tự lập của tôi', '=B2*2'],
          ['', 21],
        ],
      },
      activeSheet: NOTE,
    },
    excelOptions: limit === undefined ? {} : { requestLimitBytes: limit },
  });
  host.excel.sheet(NOTE).cells.get('0,0')!.fillColor = '#00B050';
  return host;
}

/** Everything of a sheet, comparable with toEqual. */
function snapshot(state: WorkbookState, name: string) {
  const s = state.sheets.find((x) => x.name === name);
  if (!s) return undefined;
  return JSON.parse(JSON.stringify({ ...s, cells: [...s.cells.entries()] })) as unknown;
}

const names = (excel: FakeExcel) => excel.state.sheets.map((s) => s.name);
const markerRows = (excel: FakeExcel) => {
  const cells = excel.sheet(REPORT_MARKER_SHEET).cells;
  const rows: string[][] = [];
  for (const [key, c] of cells) {
    const [r, col] = key.split(',').map(Number) as [number, number];
    (rows[r] ??= ['', '', '', ''])[col] = c.formula ?? String(c.value);
  }
  return rows;
};

describe('writeReport', () => {
  test('first run: inserts the sheets at the front, the marker (very hidden) and the charts in 3 syncs', async () => {
    install();
    const user = { note: snapshot(host.excel.state, NOTE), own: snapshot(host.excel.state, SUMMARY) };
    const report = makeReport();
    const result = await createConsolidationHost().writeReport(await toBase64(report), report);

    // The user's 'Tổng hợp' keeps its name: ours takes the next free one, and says so.
    const expected = [`${SUMMARY} (2)`, ...REPORT_NAMES.slice(1)];
    expect(result).toEqual({ sheets: expected, replaced: 0, charts: 2 });
    expect(host.excel.stats).toMatchObject({ runs: 1, syncs: 3 });
    expect(names(host.excel)).toEqual([...expected, NOTE, SUMMARY, REPORT_MARKER_SHEET]);
    expect(host.excel.state.activeSheet).toBe(`${SUMMARY} (2)`);
    expect(snapshot(host.excel.state, NOTE)).toEqual(user.note);
    expect(snapshot(host.excel.state, SUMMARY)).toEqual(user.own);

    // The inserted data is there (the fake reads the .xlsx).
    expect(host.excel.values(`${SUMMARY} (2)`, 'A3:C4')).toEqual([
      ['Đơn vị', 'Giá trị', 'Tỷ lệ'],
      ['Giai đoạn 1', 0, 0.2],
    ]);

    // Marker: very hidden; one row per inserted sheet with its id, name, key and link.
    const marker = host.excel.sheet(REPORT_MARKER_SHEET);
    expect(marker.visibility).toBe('VeryHidden');
    const ids = expected.map((n) => host.excel.sheet(n).id);
    expect(markerRows(host.excel)).toEqual([
      REPORT_MARKER_HEADER,
      ...expected.map((n, i) => [ids[i], n, Object.keys(REPORT_SHEETS)[i], `='${n}'!A1`]),
    ]);
    expect(host.excel.cell(REPORT_MARKER_SHEET, 'A2').numberFormat).toBe('@');
  });

  test('charts: clustered bars over the spec ranges, placed, titled, 0–100 % axis unless a value exceeds it', async () => {
    install();
    const report = makeReport();
    await createConsolidationHost().writeReport(await toBase64(report), report);
    const summary = `${SUMMARY} (2)`;
    const [chart] = host.excel.sheet(summary).charts ?? [];
    expect(host.excel.sheet(summary).charts).toHaveLength(1);
    expect(chart).toMatchObject({
      type: 'BarClustered',
      seriesBy: 'Columns',
      source: `'${summary}'!$C$4:$C$8`,
      title: 'Tỷ lệ đạt theo giai đoạn',
      from: 'E3',
      to: 'L20',
      series: [
        { name: 'Tỷ lệ đạt', values: `'${summary}'!$C$4:$C$8`, xAxisValues: `'${summary}'!$A$4:$A$8` },
      ],
      valueAxis: { numberFormat: '0%', minimum: 0, maximum: 1, majorUnit: 0.2 },
      // First category at the top, value axis kept at the bottom (as the CLI's chart).
      categoryAxis: { reversePlotOrder: true, position: 'Maximum' },
      legend: { position: 'Bottom' },
    });

    const targets = host.excel.sheet(REPORT_SHEETS.targets).charts ?? [];
    expect(targets).toHaveLength(1);
    const t = targets[0]!;
    const q = `'${REPORT_SHEETS.targets}'`;
    expect(t.series).toEqual([
      { name: '2025', values: `${q}!$B$4:$B$7`, xAxisValues: `${q}!$A$4:$A$7` },
      { name: '2030', values: `${q}!$C$4:$C$7`, xAxisValues: `${q}!$A$4:$A$7` },
    ]);
    // 125 % in the data: minimum fixed at 0, maximum automatic.
    expect(t.valueAxis).toEqual({ numberFormat: '0%', minimum: 0 });
    for (const name of [REPORT_SHEETS.detail, REPORT_SHEETS.status, REPORT_SHEETS.conflicts])
      expect(host.excel.sheet(name).charts ?? []).toEqual([]);
  });

  test('second run: replaces only the previous report; the user sheets keep their content', async () => {
    install();
    const consolidation = createConsolidationHost();
    const report = makeReport();
    const base64 = await toBase64(report);
    const first = await consolidation.writeReport(base64, report);
    const firstIds = first.sheets.map((n) => host.excel.sheet(n).id);
    const user = { note: snapshot(host.excel.state, NOTE), own: snapshot(host.excel.state, SUMMARY) };
    host.excel.resetStats();

    const second = await consolidation.writeReport(base64, report);
    expect(second).toEqual({ sheets: first.sheets, replaced: REPORT_NAMES.length, charts: 2 });
    expect(host.excel.stats).toMatchObject({ runs: 1, syncs: 3 });
    expect(names(host.excel)).toEqual([...first.sheets, NOTE, SUMMARY, REPORT_MARKER_SHEET]);
    const secondIds = second.sheets.map((n) => host.excel.sheet(n).id);
    for (const id of firstIds) expect(secondIds).not.toContain(id);
    expect(snapshot(host.excel.state, NOTE)).toEqual(user.note);
    expect(snapshot(host.excel.state, SUMMARY)).toEqual(user.own);
    // One marker, listing the new sheets only; one chart per charted sheet (the old ones went with their sheets).
    expect(names(host.excel).filter((n) => n === REPORT_MARKER_SHEET)).toHaveLength(1);
    expect(
      markerRows(host.excel)
        .slice(1)
        .map((r) => r[0]),
    ).toEqual(secondIds);
    expect(host.excel.sheet(`${SUMMARY} (2)`).charts).toHaveLength(1);
  });

  test('the report can be the only thing left: old sheets are deleted after the new ones exist', async () => {
    host = installFakeHost({ workbook: { sheets: { Sheet1: [] } } });
    const consolidation = createConsolidationHost();
    const report = makeReport();
    const base64 = await toBase64(report);
    await consolidation.writeReport(base64, report);
    // The user deletes their last own sheet: only the report (and the marker) remain.
    host.excel.state.sheets = host.excel.state.sheets.filter((s) => s.name !== 'Sheet1');
    const result = await consolidation.writeReport(base64, report);
    expect(result).toMatchObject({ sheets: REPORT_NAMES, replaced: REPORT_NAMES.length });
    expect(names(host.excel)).toEqual([...REPORT_NAMES, REPORT_MARKER_SHEET]);
  });

  test('a report sheet the user renamed, or replaced by their own sheet of that name, is kept', async () => {
    install();
    const consolidation = createConsolidationHost();
    const report = makeReport();
    const base64 = await toBase64(report);
    await consolidation.writeReport(base64, report);
    // Rename "Xung đột" (to keep it); delete "Tình trạng nộp" and make an own sheet of that name.
    await host.excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(REPORT_SHEETS.conflicts).name = 'Xung đột (lưu 21-11)';
      ctx.workbook.worksheets.getItem(REPORT_SHEETS.status).delete();
      ctx.workbook.worksheets.add(REPORT_SHEETS.status);
      await ctx.sync();
    });
    host.excel.edit(REPORT_SHEETS.status, 'A1', [['Ghi chép riêng']]);
    const own = snapshot(host.excel.state, REPORT_SHEETS.status);
    const kept = snapshot(host.excel.state, 'Xung đột (lưu 21-11)');

    const result = await consolidation.writeReport(base64, report);
    // Replaced: the summary, the detail, the checks and the targets (not the two kept sheets).
    expect(result.replaced).toBe(REPORT_NAMES.length - 2);
    expect(result.sheets).toEqual([
      `${SUMMARY} (2)`,
      REPORT_SHEETS.detail,
      `${REPORT_SHEETS.status} (2)`,
      REPORT_SHEETS.matrix,
      REPORT_SHEETS.conflicts,
      REPORT_SHEETS.checks,
      REPORT_SHEETS.targets,
    ]);
    expect(snapshot(host.excel.state, REPORT_SHEETS.status)).toEqual(own);
    expect(snapshot(host.excel.state, 'Xung đột (lưu 21-11)')).toEqual(kept);
  });

  test('ids are not trusted: after a reopen renumbers them, a user sheet with a recorded id is safe', async () => {
    install();
    const consolidation = createConsolidationHost();
    const report = makeReport();
    const base64 = await toBase64(report);
    await consolidation.writeReport(base64, report);
    // Simulate Excel renumbering the sheets in a new session: the user's sheets get the recorded ids.
    const state = host.excel.state;
    const recorded = markerRows(host.excel)
      .slice(1)
      .map((r) => r[0]!);
    state.sheets.forEach((s, i) => {
      s.id = `{renumbered-${i}}`;
    });
    host.excel.sheet(NOTE).id = recorded[0]!;
    host.excel.sheet(SUMMARY).id = recorded[1]!;
    const user = { note: snapshot(state, NOTE), own: snapshot(state, SUMMARY) };

    const result = await consolidation.writeReport(base64, report);
    // The report was still recognised (by its links), and the user's sheets were not touched.
    expect(result.replaced).toBe(REPORT_NAMES.length);
    expect(snapshot(host.excel.state, NOTE)).toEqual(user.note);
    expect(snapshot(host.excel.state, SUMMARY)).toEqual(user.own);
  });

  test('3 syncs and the same operations for 5 sheets and for 5 sheets × 20 000 detail rows', async () => {
    async function measure(rows: number) {
      host?.uninstall();
      install();
      const report = makeReport(rows);
      const base64 = await toBase64(report);
      const consolidation = createConsolidationHost();
      await consolidation.writeReport(base64, report);
      const first = { ...host.excel.stats };
      host.excel.resetStats();
      await consolidation.writeReport(base64, report);
      expect(host.excel.values(REPORT_SHEETS.detail, `A${rows + 3}`)).toEqual([[`Đơn vị ${rows}`]]);
      return { first, second: { ...host.excel.stats } };
    }
    const small = await measure(3);
    const large = await measure(20_000);
    expect(small.first).toMatchObject({ runs: 1, syncs: 3 });
    expect(small.second).toMatchObject({ runs: 1, syncs: 3 });
    // Operations depend on the number of sheets and charts, never on the rows.
    expect(large).toEqual(small);
  }, 60_000);
});

describe('a refused insertion changes nothing', () => {
  async function refused(base64: string, limit?: number, withReport = false) {
    install(limit);
    const consolidation = createConsolidationHost();
    const report = makeReport();
    if (withReport) {
      // An earlier consolidation (under the limit) that must survive the failed one.
      host.excel.options.requestLimitBytes = undefined;
      await consolidation.writeReport(await toBase64(report), report);
      host.excel.options.requestLimitBytes = limit;
    }
    const before = JSON.stringify(host.excel.state.sheets.map((s) => snapshot(host.excel.state, s.name)));
    const active = host.excel.state.activeSheet;
    host.excel.resetStats();
    const error = await consolidation.writeReport(base64, report).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(JSON.stringify(host.excel.state.sheets.map((s) => snapshot(host.excel.state, s.name)))).toBe(
      before,
    );
    expect(host.excel.state.activeSheet).toBe(active);
    expect(host.excel.stats.syncs).toBe(2);
    expect(error).toBeInstanceOf(ReportInsertError);
    return error as ReportInsertError;
  }

  test('a file Excel cannot read: Vietnamese message first, nothing changed', async () => {
    const e = await refused(Buffer.from('không phải tệp xlsx').toString('base64'));
    expect(e.code).toBe('InvalidArgument');
    expect(e.message).toMatch(
      /^Excel không chèn được các trang báo cáo tổng hợp\. Sổ tính chưa bị thay đổi\./,
    );
    expect(e.message).toMatch(/khcn consolidate/);
  });

  test('over the request limit (Excel on the web): the size and what to do instead', async () => {
    const report = makeReport(2000);
    const base64 = await toBase64(report);
    const e = await refused(base64, Math.floor(base64.length / 2), true);
    expect(e.code).toBe('RequestPayloadSizeLimitExceeded');
    expect(e.message).toMatch(
      /^Excel không chèn được báo cáo tổng hợp: tệp báo cáo \(\d+\.\d MB\) vượt giới hạn/,
    );
    expect(e.message).toMatch(/5 MB trên Excel cho web/);
    // The earlier report is still there, with its names and its marker.
    expect(names(host.excel)).toEqual([
      `${SUMMARY} (2)`,
      ...REPORT_NAMES.slice(1),
      NOTE,
      SUMMARY,
      REPORT_MARKER_SHEET,
    ]);
  });

  test('a file whose sheets do not match the report: its sheets are taken out again', async () => {
    install();
    const report = makeReport();
    const before = names(host.excel);
    await expect(createConsolidationHost().writeReport(await toBase64(report, 4), report)).rejects.toThrow(
      /^Tệp báo cáo có 4 trang, báo cáo có 7 trang/,
    );
    expect(names(host.excel)).toEqual(before);
  });
});

describe('freeSheetName', () => {
  test('the name, else the first free "(k)", within 31 characters', () => {
    const taken = new Set(['TỔNG HỢP', 'TỔNG HỢP (2)']);
    expect(freeSheetName('Chi tiết nguồn', taken)).toBe('Chi tiết nguồn');
    expect(freeSheetName('Tổng hợp', taken)).toBe('Tổng hợp (3)');
    const long = 'Một tên trang rất dài đủ 31 ký t';
    expect(freeSheetName(long.slice(0, 31), new Set([long.slice(0, 31).toLocaleUpperCase()]))).toHaveLength(
      31,
    );
  });
});

// The fake's additions must fail where Excel fails.
describe('fake: worksheets, insertion and charts', () => {
  const code = (e: unknown) => (e instanceof FakeOfficeError ? e.code : String(e));
  async function fails(excel: FakeExcel, batch: (ctx: FakeRequestContext) => void): Promise<string> {
    return excel
      .run(async (ctx) => {
        batch(ctx);
        await ctx.sync();
      })
      .then(
        () => 'ok',
        (e: unknown) => code(e),
      );
  }

  test('ids are stable across renames and getItem takes a name or an id', async () => {
    const excel = new FakeExcel({ sheets: { A: [['x']], B: [] } });
    const id = excel.sheet('A').id;
    expect(id).toMatch(/^\{[0-9A-F-]+\}$/);
    expect(excel.sheet('B').id).not.toBe(id);
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(id).name = 'C';
      const byId = ctx.workbook.worksheets.getItem(id).load('name,id');
      const missing = ctx.workbook.worksheets.getItemOrNullObject('{nope}');
      await ctx.sync();
      expect([byId.name, byId.id, missing.isNullObject]).toEqual(['C', id, true]);
    });
  });

  test('sheet names: duplicates, bad characters, > 31 characters and "History" are refused', async () => {
    const excel = new FakeExcel({ sheets: { A: [], B: [] } });
    const rename = (to: string) => fails(excel, (ctx) => (ctx.workbook.worksheets.getItem('A').name = to));
    expect(await rename('b')).toBe('ItemAlreadyExists');
    expect(await rename('a/b')).toBe('InvalidArgument');
    expect(await rename('x'.repeat(32))).toBe('InvalidArgument');
    expect(await rename('history')).toBe('InvalidArgument');
    expect(await rename('x'.repeat(31))).toBe('ok');
  });

  test('the last visible sheet can be neither deleted nor hidden', async () => {
    const excel = new FakeExcel({ sheets: { A: [], H: [] } });
    excel.sheet('H').visibility = 'VeryHidden';
    expect(await fails(excel, (ctx) => ctx.workbook.worksheets.getItem('A').delete())).toBe(
      'InvalidOperation',
    );
    expect(await fails(excel, (ctx) => (ctx.workbook.worksheets.getItem('A').visibility = 'Hidden'))).toBe(
      'InvalidOperation',
    );
    expect(await fails(excel, (ctx) => ctx.workbook.worksheets.getItem('H').delete())).toBe('ok');
  });

  test('formulas follow a renamed sheet and become #REF! when it is deleted', async () => {
    const excel = new FakeExcel({
      sheets: { A: [["='Số liệu'!A1", '=AB!A1+b!A1']], 'Số liệu': [[1]], B: [[2]], AB: [[3]] },
    });
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Số liệu').name = 'Dữ liệu 2026';
      ctx.workbook.worksheets.getItem('B').delete();
      await ctx.sync();
    });
    expect(excel.cell('A', 'A1').formula).toBe("='Dữ liệu 2026'!A1");
    // Only references to B itself (names are case-insensitive), not to AB.
    expect(excel.cell('A', 'B1').formula).toBe('=AB!A1+#REF!A1');
  });

  test('insertWorksheetsFromBase64: ids after sync only, clashing names suffixed, position honoured', async () => {
    const excel = new FakeExcel({ sheets: { X: [], [SUMMARY]: [] } });
    const report = makeReport();
    const base64 = await toBase64(report, 2);
    await excel.run(async (ctx) => {
      const result = ctx.workbook.insertWorksheetsFromBase64(base64, {
        positionType: 'After',
        relativeTo: 'X',
      });
      expect(code(catching(() => result.value))).toBe('ValueNotLoaded');
      await ctx.sync();
      expect(result.value).toEqual([excel.sheet(`${SUMMARY} (2)`).id, excel.sheet(REPORT_SHEETS.detail).id]);
    });
    expect(names(excel)).toEqual(['X', `${SUMMARY} (2)`, REPORT_SHEETS.detail, SUMMARY]);
    expect(await fails(excel, (ctx) => ctx.workbook.insertWorksheetsFromBase64('bm9wZQ=='))).toBe(
      'InvalidArgument',
    );
  });

  test('charts.add records one series per source column; a bad type or index fails at sync', async () => {
    const excel = new FakeExcel({ sheets: { S: [[1, 2]] } });
    await excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('S');
      const chart = ws.charts.add('ColumnClustered', ws.getRange('A1:B3'), 'Columns');
      chart.series.getItemAt(1).name = 'B';
      await ctx.sync();
    });
    expect(excel.sheet('S').charts?.[0]?.series.map((s) => [s.name, s.values])).toEqual([
      ['Series1', 'S!$A$1:$A$3'],
      ['B', 'S!$B$1:$B$3'],
    ]);
    expect(
      await fails(excel, (ctx) => {
        const ws = ctx.workbook.worksheets.getItem('S');
        ws.charts.add('Sparkles', ws.getRange('A1'));
      }),
    ).toBe('InvalidArgument');
    expect(
      await fails(excel, (ctx) => {
        const ws = ctx.workbook.worksheets.getItem('S');
        ws.charts.add('BarClustered', ws.getRange('A1:A3'), 'Columns').series.getItemAt(3).name = 'x';
      }),
    ).toBe('InvalidArgument');
  });
});

function catching(f: () => unknown): unknown {
  try {
    f();
    return undefined;
  } catch (e) {
    return e;
  }
}
