// The "Chỉ tiêu" tab on a workbook that holds a consolidation: the report is written into the
// strict fake (createConsolidationHost), then read back (readTargetsSheet) and parsed; the targets,
// their rows, verdicts and confidence equal what the run itself gives. At most 3 syncs.
import { buildReport } from '../../src/domain/report/build-report';
import { REPORT_SHEETS } from '../../src/domain/report/sheet-names';
import { targetsViewOfRows, targetsViewOfRun } from '../../src/domain/report/targets-view';
import { createConsolidationHost } from '../../src/excel/consolidation-writer';
import { writeReportXlsx } from '../../src/xlsx/report-writer';
import { installFakeHost, type FakeHost } from '../fakes/office-fake';
import { catalog, makeRun } from '../report/fixtures';

let host: FakeHost;
afterEach(() => host.uninstall());

const brief = (groups: ReturnType<typeof targetsViewOfRun>) =>
  groups.map((g) => ({
    code: g.code,
    count: g.count,
    measured: g.measured,
    met: g.met,
    targets: g.targets.map((t) => [t.code, t.row, t.verdict2025, t.path, t.lowConfidence, t.milestone2025]),
  }));

test('reads the written targets sheet back: same targets, rows, verdicts as the run', async () => {
  host = installFakeHost({ workbook: { name: 'Tong_hop.xlsx', sheets: { 'Ghi chú': [['x']] } } });
  const run = makeRun();
  const report = buildReport(catalog, run);
  const xlsx = Buffer.from(await writeReportXlsx(report, { charts: false })).toString('base64');
  const consolidation = createConsolidationHost();
  await consolidation.writeReport(xlsx, report);

  const before = host.excel.stats.syncs;
  const texts = await consolidation.readTargetsSheet();
  expect(host.excel.stats.syncs - before).toBeLessThanOrEqual(3);
  expect(texts?.sheet).toBe(REPORT_SHEETS.targets);
  const view = targetsViewOfRows(texts!.rows, texts!.firstRow);
  expect(view).not.toBeNull();
  expect(brief(view!)).toEqual(brief(targetsViewOfRun(catalog, run)));
  expect(view!.flatMap((g) => g.targets)).toHaveLength(catalog.targets.length);

  // Selecting a target's row.
  const a1 = view![0]!.targets[0]!;
  await expect(consolidation.selectCell(texts!.sheet, `A${a1.row}:N${a1.row}`)).resolves.toBe(true);
  expect(host.excel.state.selection).toEqual({
    sheet: REPORT_SHEETS.targets,
    address: `A${a1.row}:N${a1.row}`,
  });
});

test('a workbook without a consolidation has no targets sheet to read', async () => {
  host = installFakeHost({ workbook: { name: 'Moi.xlsx', sheets: { Sheet1: [['a']] } } });
  await expect(createConsolidationHost().readTargetsSheet()).resolves.toBeNull();
});
