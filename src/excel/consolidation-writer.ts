// Office.js ConsolidationHost: puts the consolidated report into the open workbook. The report
// arrives as one .xlsx (base64, built from `report` by the shared exceljs writer, WITHOUT charts:
// insertWorksheetsFromBase64 does not carry charts on the web), so Excel inserts all its sheets
// in one call, whatever the number of units; the charts are then added natively.
//
// One Excel.run, exactly 3 syncs whatever the size of the report:
//   sync 1  the sheets (name, id, visibility): is there an ownership marker?
//   sync 2  read the marker (when there is one), then insertWorksheetsFromBase64 ALONE: nothing
//           of the workbook is changed in this batch besides the insertion
//   sync 3  rename the inserted sheets, delete the previous report's sheets, rewrite the marker,
//           add the charts, activate the summary, and load the final names
//
// Order on failure (Office.js batches are not transactional: the operations before a failing one
// stay applied, those after it are dropped). Insertion is what fails in practice (the file is too
// large for Excel on the web's 5 MB request cap, the workbook structure is protected, the host
// refuses the file), so it runs first and alone: when it fails NOTHING has changed — the previous
// report keeps its sheets and names, the user's sheets are untouched — and we throw a Vietnamese
// message. The other orders are worse: renaming or deleting the old report first leaves it renamed
// or lost when the insertion then fails, and renaming it back would need another batch that can
// fail too. The price of inserting first is that the new sheets arrive with suffixed names while
// the old ones still hold theirs ('Tổng hợp (2)'); sync 3 deletes the old sheets and gives the new
// ones their names (through temporary names, so no order of renames can clash). A failure inside
// sync 3 (not expected: every name and address is computed from what sync 1 read) leaves at worst
// the new sheets unlisted in the marker, i.e. treated as the user's: never data loss.
//
// Ownership: the very hidden sheet `_khcn_tonghop` lists the sheets the last consolidation
// inserted, one row each: worksheet id, name, report sheet key, and a LINK formula `='Name'!A1`.
// Only a listed sheet is ever replaced, and only when its link still points at a sheet of the
// recorded name. Worksheet ids are NOT used to decide: Excel keeps them only within a session
// (after a reopen they are renumbered, e.g. {00000000-0001-0000-0000-000000000000}, so a recorded
// id may then name a user's sheet). The link is what survives: Excel rewrites it when the sheet
// is renamed and turns it into #REF! when the sheet is deleted (a later sheet of the same name is
// not re-linked). Hence:
//   - a user's sheet that merely has a report sheet's name (made before or after) is never touched:
//     the new sheet takes a free name instead ('Tổng hợp (2)'), and the result reports it;
//   - a report sheet the user renamed (to keep an earlier consolidation) is left alone.
import type { ConsolidationHost, ReportWriteResult } from '../app/ports';
import { REPORT_SHEETS } from '../domain/report/sheet-names';
import { headerRowOf, type ChartSpec, type ReportSheet } from '../domain/report/types';
import { parseReference } from '../domain/validation/reading';
import { rangeIndex } from './cell-format';
import { selectCell } from './marks';
import type { ExcelRun } from './services';

const defaultRun: ExcelRun = (batch) => Excel.run(batch);

/** The very hidden sheet listing the sheets of the last consolidation (see above). */
export const REPORT_MARKER_SHEET = '_khcn_tonghop';
/** Row 1 of the marker; rows 2… are [id, name, report sheet key, link formula]. */
export const REPORT_MARKER_HEADER = ['ID trang (trong phiên Excel)', 'Tên trang', 'Loại trang', 'Liên kết'];

const MAX_SHEET_NAME = 31;
const MB = 1024 * 1024;

const upper = (s: string) => s.toLocaleUpperCase();
const quoted = (name: string) => `'${name.replace(/'/g, "''")}'`;

/** Thrown when Excel refuses to insert the report; the workbook was not changed. */
export class ReportInsertError extends Error {
  constructor(
    message: string,
    /** Excel's error code, e.g. 'RequestPayloadSizeLimitExceeded', when it gave one. */
    readonly code: string | undefined,
  ) {
    super(message);
    this.name = 'ReportInsertError';
  }
}

function insertError(e: unknown, base64Length: number): ReportInsertError {
  const code = typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : undefined;
  const detail = e instanceof Error ? e.message : String(e);
  const mb = ((base64Length * 3) / 4 / MB).toFixed(1);
  const tooLarge = code === 'RequestPayloadSizeLimitExceeded' || /payload|too large|size limit/i.test(detail);
  if (tooLarge) {
    return new ReportInsertError(
      `Excel không chèn được báo cáo tổng hợp: tệp báo cáo (${mb} MB) vượt giới hạn một lần gửi của ` +
        'Excel (5 MB trên Excel cho web). Sổ tính chưa bị thay đổi. Hãy mở sổ này bằng Excel trên ' +
        'máy tính rồi tổng hợp lại, hoặc tổng hợp bằng lệnh "khcn consolidate" và mở tệp kết quả. ' +
        `(Excel could not insert the report: the file, ${mb} MB, exceeds Excel's request limit, ` +
        '5 MB on the web. Nothing was changed. Use Excel desktop or the "khcn consolidate" command.)',
      code,
    );
  }
  return new ReportInsertError(
    'Excel không chèn được các trang báo cáo tổng hợp. Sổ tính chưa bị thay đổi. Nếu cấu trúc sổ ' +
      'đang được bảo vệ (Xem lại › Bảo vệ Sổ làm việc), hãy bỏ bảo vệ rồi thử lại; nếu vẫn lỗi, hãy ' +
      'lưu sổ, mở lại và thử lại, hoặc tổng hợp bằng lệnh "khcn consolidate". ' +
      `(Excel could not insert the report sheets: ${detail}. Nothing was changed.)`,
    code,
  );
}

/** Key of REPORT_SHEETS for a report sheet name, or '' for a sheet outside the list. */
function keyOf(name: string): string {
  return Object.entries(REPORT_SHEETS).find(([, n]) => n === name)?.[0] ?? '';
}

interface LoadedSheet {
  name: string;
  id: string;
  visibility: string;
}

/**
 * The sheets of the previous consolidation: marker rows whose link formula still points at an
 * existing sheet with the recorded name (see the header comment).
 */
export function previousReportSheets<S extends LoadedSheet>(sheets: readonly S[], marker: unknown[][]): S[] {
  const byName = new Map(sheets.map((s) => [upper(s.name), s]));
  const out = new Map<string, S>();
  for (const row of marker.slice(1)) {
    const recorded = typeof row[1] === 'string' ? row[1] : '';
    const link = typeof row[3] === 'string' ? row[3] : '';
    if (!recorded || !link.startsWith('=') || link.includes('#REF!')) continue;
    const target = parseReference(link)?.sheet;
    if (target === undefined || upper(target) !== upper(recorded)) continue;
    const sheet = byName.get(upper(target));
    if (sheet && upper(sheet.name) !== upper(REPORT_MARKER_SHEET)) out.set(sheet.id, sheet);
  }
  return [...out.values()];
}

/** `name`, else 'name (2)', 'name (3)'… shortened to 31 characters; not in `taken` (upper-cased). */
export function freeSheetName(name: string, taken: ReadonlySet<string>): string {
  if (!taken.has(upper(name))) return name;
  for (let k = 2; ; k++) {
    const suffix = ` (${k})`;
    const candidate = `${name.slice(0, MAX_SHEET_NAME - suffix.length)}${suffix}`;
    if (!taken.has(upper(candidate))) return candidate;
  }
}

/** Value of a report cell by 1-based row and column: preamble rows, then the header, then data. */
function reportValue(sheet: ReportSheet, row: number, col: number): unknown {
  const header = headerRowOf(sheet);
  if (row < header) return sheet.preamble[row - 1]?.[col - 1]?.v;
  if (row === header) return sheet.columns[col - 1]?.header;
  return sheet.rows[row - header - 1]?.[col - 1]?.v;
}

function numbersIn(sheet: ReportSheet, range: string): number[] {
  const r = rangeIndex(range);
  const out: number[] = [];
  for (let i = 0; i < r.rows; i++)
    for (let j = 0; j < r.cols; j++) {
      const v = reportValue(sheet, r.row + i + 1, r.col + j + 1);
      if (typeof v === 'number') out.push(v);
    }
  return out;
}

/** A spec whose ranges and anchors are all plain A1 (a bad one would fail the whole batch). */
function validChart(spec: ChartSpec): boolean {
  try {
    [spec.categories, spec.from, spec.to, ...spec.series.map((s) => s.values)].forEach(rangeIndex);
    return spec.series.length > 0;
  } catch {
    return false;
  }
}

/**
 * Queues one native clustered bar chart, drawn like the CLI's (src/xlsx/chart-parts.ts): first
 * category at the top, legend at the bottom, and for percentages a 0–100 % axis, each bound fixed
 * only when no value lies beyond it (no bar is clipped).
 */
function addChart(ws: Excel.Worksheet, spec: ChartSpec, sheet: ReportSheet): void {
  const [first, ...more] = spec.series;
  if (!first) return;
  // Built from the first series' values alone, then categories and series set explicitly:
  // Excel's guess of headers and category columns in a wider source range is not reliable.
  const chart = ws.charts.add(
    Excel.ChartType.barClustered,
    ws.getRange(first.values),
    Excel.ChartSeriesBy.columns,
  );
  chart.title.text = spec.title;
  chart.setPosition(spec.from, spec.to);
  const categories = ws.getRange(spec.categories);
  [first, ...more].forEach((s, i) => {
    const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(s.name);
    if (i > 0) series.setValues(ws.getRange(s.values));
    series.name = s.name;
    series.setXAxisValues(categories);
  });
  chart.legend.position = Excel.ChartLegendPosition.bottom;
  const categoryAxis = chart.axes.categoryAxis;
  categoryAxis.reversePlotOrder = true;
  categoryAxis.position = Excel.ChartAxisPosition.maximum; // keeps the value axis at the bottom
  if (spec.percent) {
    const values = spec.series.flatMap((s) => numbersIn(sheet, s.values));
    const axis = chart.axes.valueAxis;
    axis.numberFormat = '0%';
    const fixedMin = values.every((v) => v >= 0);
    const fixedMax = values.every((v) => v <= 1);
    if (fixedMin) axis.minimum = 0;
    if (fixedMax) axis.maximum = 1;
    if (fixedMin && fixedMax) axis.majorUnit = 0.2;
  }
}

export function createConsolidationHost(run: ExcelRun = defaultRun): ConsolidationHost {
  return {
    readTargetsSheet: async () => (await import('./report-reader')).readTargetsSheet(run),
    selectCell: (sheet, address) => selectCell(run, sheet, address),
    writeReport: (xlsxBase64, report) =>
      run(async (context): Promise<ReportWriteResult> => {
        if (report.sheets.length === 0) throw new Error('Báo cáo tổng hợp không có trang nào.');
        const wb = context.workbook;

        // --- sync 1: what is there
        const sheets = wb.worksheets.load('items/name,items/id,items/visibility');
        await context.sync();
        const markerSheet = sheets.items.find((s) => upper(s.name) === upper(REPORT_MARKER_SHEET));

        // --- sync 2: read the marker, insert the report (the only change of this batch)
        const markerCells = markerSheet
          ? wb.worksheets.getItem(markerSheet.id).getUsedRange(true).load('formulas')
          : undefined;
        // At the beginning: the summary becomes the first tab, easy to find.
        const inserted = wb.insertWorksheetsFromBase64(xlsxBase64, { positionType: 'Beginning' });
        try {
          await context.sync();
        } catch (e) {
          throw insertError(e, xlsxBase64.length);
        }

        // --- sync 3: names, old report out, marker, charts, activate
        const ids = inserted.value;
        const fresh = ids.map((id) => wb.worksheets.getItem(id));
        if (ids.length !== report.sheets.length) {
          // Not the file of this report: take its sheets out again, leave the old report as it is.
          fresh.forEach((ws) => ws.delete());
          await context.sync();
          throw new Error(
            `Tệp báo cáo có ${ids.length} trang, báo cáo có ${report.sheets.length} trang: chưa chèn gì. ` +
              'Hãy tổng hợp lại.',
          );
        }
        const old = previousReportSheets(sheets.items, markerCells?.formulas ?? []);
        const oldIds = new Set(old.map((s) => s.id));

        // Temporary names first: no rename below can clash with a name Excel gave an inserted sheet.
        const existing = new Set(sheets.items.map((s) => upper(s.name)));
        let token = Date.now().toString(36);
        while ([...existing].some((n) => n.startsWith(upper(`~khcn-${token}`)))) token += 'x';
        fresh.forEach((ws, i) => {
          ws.name = `~khcn-${token}-${i + 1}`;
        });
        for (const s of old) {
          // By id (stable within the session), not through the collection loaded before the insertion.
          const ws = wb.worksheets.getItem(s.id);
          // A hidden sheet is made visible before it is deleted (safe on every host).
          if (s.visibility !== 'Visible') ws.visibility = Excel.SheetVisibility.visible;
          ws.delete();
        }
        // Free names: every sheet that stays counts, the deleted ones do not.
        const taken = new Set(sheets.items.filter((s) => !oldIds.has(s.id)).map((s) => upper(s.name)));
        const names = report.sheets.map((s) => {
          const name = freeSheetName(s.name, taken);
          taken.add(upper(name));
          return name;
        });
        fresh.forEach((ws, i) => {
          ws.name = names[i] ?? '';
        });

        // The marker, before the charts: whatever fails later, the new sheets are known as ours.
        const marker = markerSheet
          ? wb.worksheets.getItem(markerSheet.id)
          : wb.worksheets.add(REPORT_MARKER_SHEET);
        if (markerSheet) marker.getUsedRange().clear();
        const rows = [
          REPORT_MARKER_HEADER,
          ...names.map((name, i) => [
            ids[i] ?? '',
            name,
            keyOf(report.sheets[i]?.name ?? ''),
            `=${quoted(name)}!A1`,
          ]),
        ];
        // Text format first, so an id or a name is kept as text, never read as a number or formula.
        marker.getRangeByIndexes(0, 0, rows.length, 3).numberFormat = rows.map(() => ['@', '@', '@']);
        marker.getRangeByIndexes(0, 0, rows.length, 4).formulas = rows;
        marker.visibility = Excel.SheetVisibility.veryHidden;

        let charts = 0;
        for (const spec of report.charts) {
          const at = report.sheets.findIndex((s) => s.name === spec.sheet);
          const ws = fresh[at];
          const sheet = report.sheets[at];
          if (!ws || !sheet || !validChart(spec)) continue;
          addChart(ws, spec, sheet);
          charts += 1;
        }

        fresh[0]?.activate();
        fresh.forEach((ws) => ws.load('name'));
        try {
          await context.sync();
        } catch (e) {
          const detail = e instanceof Error ? e.message : String(e);
          throw new Error(
            'Excel đã chèn báo cáo tổng hợp nhưng báo lỗi khi hoàn tất (đặt tên trang, biểu đồ): ' +
              'hãy bấm Tổng hợp lại; các trang của bạn không bị xoá. ' +
              `(Excel inserted the report but failed to finish: ${detail}. Run the consolidation again.)`,
          );
        }
        return { sheets: fresh.map((ws) => ws.name), replaced: old.length, charts };
      }),
  };
}
