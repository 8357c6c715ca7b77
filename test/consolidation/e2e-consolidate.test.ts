/**
 * Acceptance test of the consolidation: the templates of ALL units (khcn templates), filled by
 * ANOTHER program (fill_units.py: Python's openpyxl, cells found by the KHCN_… defined names,
 * known values, a realistic mix of missing, late, unreadable, wrong-year, erroneous and
 * duplicate submissions), then `khcn consolidate <folder> --out report.xlsx --json` (in process).
 *
 * The report must give:
 * - 'Tổng hợp': every indicator's 'Giá trị tổng hợp' equal to the province figure fill_units.py
 *   computed INDEPENDENTLY from the values it wrote (1e-9 relative; nothing computable ↔ empty);
 * - 'Chi tiết nguồn': each sampled value traced to its file, sheet and cell, with its use
 *   ('Đã dùng', or why not), the superseded file's rows marked as superseded, and a text that
 *   starts with '=' kept as text (never a formula);
 * - 'Tình trạng nộp': EXACTLY the missing, late, unreadable (incl. wrong year) and with-errors units;
 * - 'Xung đột': the duplicate files and the wrong-year file;
 * - the --json summary saying the same; and the workbook opens in openpyxl and LibreOffice.
 *
 * Columns are found by their header text (labels.ts), never by letter. Skipped (with a message)
 * when /usr/bin/python3 cannot import openpyxl (Debian package python3-openpyxl).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { ConsolidateSummary } from '../../src/cli/render/consolidate-summary';
import { main } from '../../src/cli/main';
import {
  CONFLICT_LABELS,
  DETAIL_USE_LABELS,
  FILE_USE_LABELS,
  HEADERS,
  NO,
  UNIT_STATE_LABELS,
} from '../../src/domain/report/labels';
import { REPORT_SHEETS } from '../../src/domain/report/sheet-names';
import { captureOutput } from '../helpers/capture-output';
import { convertWithLibreOffice, describeWithLibreOffice } from '../template/libreoffice-helpers';

/** ~60 s on an idle 2-core machine; generous because other jobs may share the cores. */
const TIMEOUT = 300_000;
jest.setTimeout(TIMEOUT);

const ROOT = join(__dirname, '..', '..');
const PYTHON = '/usr/bin/python3';
const FILL = join(__dirname, 'fill_units.py');
const SEED = 2026;

const hasOpenpyxl = spawnSync(PYTHON, ['-c', 'import openpyxl'], { stdio: 'ignore' }).status === 0;
const describeWithOpenpyxl = hasOpenpyxl ? describe : describe.skip;
if (!hasOpenpyxl) {
  console.warn(
    `${PYTHON} cannot import openpyxl: the consolidation acceptance test (filled by another program) ` +
      'is SKIPPED. Install the Debian package python3-openpyxl (apt-get install python3-openpyxl).',
  );
}

type DetailUse = keyof typeof DETAIL_USE_LABELS;

/** One provenance row fill_units.py expects in 'Chi tiết nguồn'. */
interface SampleCell {
  unitId: string;
  indicator: string;
  component: string;
  definedName: string;
  file: string;
  sheet: string;
  cell: string;
  use: DetailUse;
  value: number | string;
}

/** What fill_units.py wrote and the figures it expects (see its docstring). */
interface Fill {
  files: { file: string; unitId: string; use: 'used' | 'superseded' | 'rejected'; receivedAt: string }[];
  expectedUnits: string[];
  unexpected: string[];
  missing: string[];
  late: string[];
  lastMinute: string;
  unreadable: string[];
  wrongYear: string[];
  withErrors: string[];
  errorIndicator: string;
  duplicates: Record<string, string[]>;
  /** Another unit's figure more than 1 % from an official one ('equal' cross-check). */
  disagreements: { unitId: string; indicator: string; component: string; officialUnit: string }[];
  usedFiles: Record<string, string>;
  sharedDois: { doi: string; units: string[] }[];
  equalsText: { unitId: string; indicator: string; component: string; text: string };
  expected: Record<string, number | null>;
  cells: SampleCell[];
  supersededCount: number;
}

type Summary = ConsolidateSummary;

// ---------------------------------------------------------------------------
// Reading the report by header text

/** The value a reader sees: rich text joined, a formula's cached result, a hyperlink's text. */
function plain(v: ExcelJS.CellValue): unknown {
  if (v === null || v === undefined) return null;
  if (typeof v !== 'object' || v instanceof Date) return v;
  if ('richText' in v) return v.richText.map((r) => r.text).join('');
  if ('formula' in v || 'sharedFormula' in v) return (v as { result?: unknown }).result ?? null;
  if ('text' in v) return v.text;
  return v;
}

const text = (v: ExcelJS.CellValue): string => {
  const p = plain(v);
  return p === null ? '' : String(p as string | number);
};

interface Block {
  /** Header row number. */
  header: number;
  /** Column number of each requested header. */
  col: Record<string, number>;
  /** Data rows: below the header, up to the first blank row (or the sheet's end). */
  rows: ExcelJS.Row[];
  /** The row after the last data row. */
  end: number;
}

const isBlankRow = (row: ExcelJS.Row): boolean =>
  !Array.isArray(row.values) || row.values.every((v) => text(v as ExcelJS.CellValue).trim() === '');

/** The first row at or after `from` holding every header (exact text), and the rows below it. */
function block(ws: ExcelJS.Worksheet, headers: readonly string[], from = 1, untilBlank = true): Block {
  for (let r = from; r <= ws.rowCount; r++) {
    const cols = new Map<string, number>();
    ws.getRow(r).eachCell((cell, c) => {
      const t = text(cell.value).trim();
      if (!cols.has(t)) cols.set(t, c);
    });
    if (!headers.every((h) => cols.has(h))) continue;
    const rows: ExcelJS.Row[] = [];
    let end = r + 1;
    for (; end <= ws.rowCount; end++) {
      const row = ws.getRow(end);
      if (isBlankRow(row)) {
        if (untilBlank) break;
        continue;
      }
      rows.push(row);
    }
    return { header: r, col: Object.fromEntries(headers.map((h) => [h, cols.get(h) ?? 0])), rows, end };
  }
  throw new Error(`sheet "${ws.name}": no row with the headers ${headers.join(' | ')}`);
}

/** The rows the sheet's Excel tables span, from their refs ('A14:P134' → header 14, last 134). */
function tableRows(ws: ExcelJS.Worksheet): { header: number; last: number }[] {
  return (ws.getTables() as unknown as { table?: { tableRef?: string }; tableRef?: string }[]).map((t) => {
    const ref = t.table?.tableRef ?? t.tableRef ?? '';
    const m = /^[A-Z]+(\d+):[A-Z]+(\d+)$/.exec(ref);
    if (!m) throw new Error(`sheet "${ws.name}": unexpected table ref "${ref}"`);
    return { header: Number(m[1]), last: Number(m[2]) };
  });
}

const sheet = (wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet => {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet "${name}" in the report`);
  return ws;
};

/** Equal numbers to 1e-9 relative; null expected ↔ an empty cell. Returns why not, or ''. */
function mismatch(actual: unknown, expected: number | string | null): string {
  const a = actual === '' ? null : actual;
  if (expected === null) return a === null ? '' : `expected empty, got ${String(a)}`;
  if (typeof expected === 'string') return a === expected ? '' : `expected "${expected}", got ${String(a)}`;
  if (typeof a !== 'number') return `expected ${expected}, got ${a === null ? 'empty' : JSON.stringify(a)}`;
  const tolerance = 1e-9 * Math.max(Math.abs(a), Math.abs(expected)) + 1e-12;
  return Math.abs(a - expected) <= tolerance ? '' : `expected ${expected}, got ${a}`;
}

/** code → value of the summary sheet ('Mã' and 'Giá trị tổng hợp' columns). */
function summaryValues(wb: ExcelJS.Workbook, codes: readonly string[]): Map<string, unknown> {
  const ws = sheet(wb, REPORT_SHEETS.summary);
  const b = block(ws, [HEADERS.summary.code, HEADERS.summary.value], 1, false);
  const wanted = new Set(codes);
  const out = new Map<string, unknown>();
  for (const row of b.rows) {
    const code = text(row.getCell(b.col[HEADERS.summary.code] ?? 0).value).trim();
    if (wanted.has(code) && !out.has(code))
      out.set(code, plain(row.getCell(b.col[HEADERS.summary.value] ?? 0).value));
  }
  return out;
}

function compareSummary(values: ReadonlyMap<string, unknown>, expected: Fill['expected']): string[] {
  return Object.entries(expected).flatMap(([code, want]) => {
    if (!values.has(code)) return [`${code}: no row in the summary`];
    const why = mismatch(values.get(code), want);
    return why ? [`${code}: ${why}`] : [];
  });
}

const sorted = (xs: Iterable<string>): string[] => [...xs].sort();

// ---------------------------------------------------------------------------

describeWithOpenpyxl('khcn consolidate: all units filled by another program (openpyxl)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'khcn-consolidate-e2e-'));
  const receivedDir = join(dir, 'nhan-bao-cao');
  const reportPath = join(dir, 'ket-qua', 'tong-hop-2026.xlsx');
  let fill: Fill;
  let summary: Summary;
  let wb: ExcelJS.Workbook;

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  beforeAll(async () => {
    const catalogJson = join(dir, 'catalog.json');
    const unitsJson = join(dir, 'units.json');
    const templatesDir = join(dir, 'templates');
    const c = captureOutput();
    expect(await main(['catalog', '--json'], c)).toBe(0);
    writeFileSync(catalogJson, c.stdout);
    const u = captureOutput();
    expect(await main(['units', '--json'], u)).toBe(0);
    writeFileSync(unitsJson, u.stdout);
    const t = captureOutput();
    expect(await main(['templates', '--out', templatesDir], t)).toBe(0);

    const py = spawnSync(PYTHON, [FILL, catalogJson, templatesDir, receivedDir, String(SEED), unitsJson], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (py.status !== 0) throw new Error(`fill_units.py failed (${py.status}):\n${py.stderr}`);
    fill = JSON.parse(py.stdout) as Fill;
    console.info(py.stderr.trim());

    const o = captureOutput();
    const code = await main(
      [
        'consolidate',
        receivedDir,
        '--out',
        reportPath,
        '--year',
        '2026',
        '--deadline',
        '2026-12-05',
        '--json',
      ],
      o,
    );
    if (code !== 0) throw new Error(`khcn consolidate exited ${code}:\n${o.stderr}`);
    summary = JSON.parse(o.stdout) as Summary;
    wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(reportPath);
  }, TIMEOUT);

  it('the scenario is the one intended (fill_units.py)', () => {
    expect(Object.keys(fill.expected)).toHaveLength(50);
    expect(fill.missing.length).toBe(Math.round(fill.expectedUnits.length * 0.1));
    expect(fill.late).toHaveLength(3);
    expect(fill.unreadable).toHaveLength(1);
    expect(fill.wrongYear).toHaveLength(1);
    expect(fill.withErrors).toHaveLength(1);
    expect(Object.values(fill.duplicates)[0]).toHaveLength(2);
    expect(fill.sharedDois.length).toBeGreaterThan(0);
    // Some figures are computable and some are not, so both sides of "missing is not zero" are tested.
    expect(Object.values(fill.expected).filter((v) => v !== null).length).toBeGreaterThan(40);
    expect(Object.values(fill.expected)).toContain(null);
    expect(readdirSync(receivedDir)).toHaveLength(fill.files.length);
  });

  it("'Tổng hợp': every indicator's value equals the independently computed figure", () => {
    const values = summaryValues(wb, Object.keys(fill.expected));
    expect(compareSummary(values, fill.expected)).toEqual([]);
  });

  it('the --json summary gives the same figures and the same lists of units', () => {
    const byCode = new Map(summary.indicators.map((i) => [i.code, i.value]));
    expect(compareSummary(byCode, fill.expected)).toEqual([]);
    expect(sorted(summary.missing)).toEqual(sorted(fill.missing));
    expect(sorted(summary.late)).toEqual(sorted(fill.late));
    expect(sorted(summary.unreadable)).toEqual(sorted([...fill.unreadable, ...fill.wrongYear]));
    expect(sorted(summary.withErrors)).toEqual(sorted(fill.withErrors));
    expect(Object.fromEntries(summary.files.map((f) => [f.file, [f.unitId, f.use]]))).toEqual(
      Object.fromEntries(fill.files.map((f) => [f.file, [f.unitId, f.use]])),
    );
    const expectedCount = fill.expectedUnits.length;
    const notReceived = fill.missing.length + fill.unreadable.length + fill.wrongYear.length;
    expect(summary.completeness).toMatchObject({
      expected: expectedCount,
      received: expectedCount - notReceived,
      onTime: expectedCount - notReceived - fill.late.length,
      late: fill.late.length,
      missing: fill.missing.length,
      unreadable: fill.unreadable.length + fill.wrongYear.length,
      withErrors: fill.withErrors.length,
      unexpected: fill.unexpected.length,
    });
    // The duplicate, the wrong-year file, and each figure differing from an official one.
    expect(summary.conflicts).toBe(2 + fill.disagreements.length);
  });

  describe("'Chi tiết nguồn'", () => {
    const H = HEADERS.detail;
    let d: Block;
    let ws: ExcelJS.Worksheet;
    const cellOf = (row: ExcelJS.Row, header: string): ExcelJS.Cell => row.getCell(d.col[header] ?? 0);
    const key = (unitId: string, definedName: string, file: string): string =>
      [unitId, definedName, file].join('\u0000');
    let byKey: Map<string, ExcelJS.Row>;

    beforeAll(() => {
      ws = sheet(wb, REPORT_SHEETS.detail);
      d = block(ws, [H.unitId, H.definedName, H.value, H.file, H.sheet, H.cell, H.use]);
      byKey = new Map(
        d.rows.map((r) => [
          key(
            text(cellOf(r, H.unitId).value),
            text(cellOf(r, H.definedName).value),
            text(cellOf(r, H.file).value),
          ),
          r,
        ]),
      );
    });

    it('is one Excel table spanning exactly the header and the value rows', () => {
      expect(tableRows(ws)).toEqual([{ header: d.header, last: d.end - 1 }]);
    });

    it('traces each sampled value to its file, sheet and cell, with its use', () => {
      const problems = fill.cells.flatMap((s) => {
        const where = `${s.unitId} ${s.definedName} (${s.file})`;
        const row = byKey.get(key(s.unitId, s.definedName, s.file));
        if (!row) return [`${where}: no row`];
        const got = {
          sheet: text(cellOf(row, H.sheet).value),
          cell: text(cellOf(row, H.cell).value),
          use: text(cellOf(row, H.use).value),
        };
        const want = { sheet: s.sheet, cell: s.cell, use: DETAIL_USE_LABELS[s.use] };
        const out: string[] = [];
        if (JSON.stringify(got) !== JSON.stringify(want))
          out.push(`${where}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`);
        const why = mismatch(plain(cellOf(row, H.value).value), s.value);
        if (why) out.push(`${where} value: ${why}`);
        return out;
      });
      expect(problems).toEqual([]);
      // The sample holds used values, values the rule does not take, blocked and superseded ones.
      expect(new Set(fill.cells.map((c) => c.use))).toEqual(new Set(['used', 'not-used', 'superseded']));
      expect(fill.cells.filter((c) => c.use === 'used').length).toBeGreaterThanOrEqual(40);
      expect(DETAIL_USE_LABELS.used).toBe('Đã dùng');
    });

    it('marks every row of the superseded file as superseded, and lists no rejected file', () => {
      const oldFile = fill.files.find((f) => f.use === 'superseded')?.file ?? '';
      expect(Object.values(fill.duplicates)[0]).toContain(oldFile);
      const rowsOf = (file: string): ExcelJS.Row[] =>
        d.rows.filter((r) => text(cellOf(r, H.file).value) === file);
      const oldRows = rowsOf(oldFile ?? '');
      expect(oldRows).toHaveLength(fill.supersededCount);
      expect(new Set(oldRows.map((r) => text(cellOf(r, H.use).value)))).toEqual(
        new Set([DETAIL_USE_LABELS.superseded]),
      );
      for (const f of fill.files.filter((x) => x.use === 'rejected')) expect(rowsOf(f.file)).toEqual([]);
    });

    it("keeps a text starting with '=' as text (a string cell, not a formula)", () => {
      const e = fill.equalsText;
      const name = `KHCN_${e.indicator.replace('.', '_')}_${e.component}`;
      const row = byKey.get(key(e.unitId, name, fill.usedFiles[e.unitId] ?? ''));
      expect(row).toBeDefined();
      const cell = cellOf(row as ExcelJS.Row, H.value);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(e.text);
      // No cell of the provenance table is a formula: unit files are untrusted input.
      const formulas: string[] = [];
      ws.eachRow((r) =>
        r.eachCell((c) => {
          if (c.type === ExcelJS.ValueType.Formula) formulas.push(c.address);
        }),
      );
      expect(formulas).toEqual([]);
    });
  });

  describe("'Tình trạng nộp'", () => {
    let ws: ExcelJS.Worksheet;
    let units: Block;
    beforeAll(() => {
      ws = sheet(wb, REPORT_SHEETS.status);
      units = block(ws, [HEADERS.status.unitId, HEADERS.status.state, HEADERS.status.expected]);
    });

    it('lists exactly the missing, late, unreadable (wrong year included) and with-errors units', () => {
      const state = (id: string): string => {
        if (fill.missing.includes(id)) return UNIT_STATE_LABELS.missing;
        if (fill.unreadable.includes(id) || fill.wrongYear.includes(id)) return UNIT_STATE_LABELS.unreadable;
        if (fill.withErrors.includes(id)) return UNIT_STATE_LABELS.errors;
        if (fill.late.includes(id)) return UNIT_STATE_LABELS.late;
        return UNIT_STATE_LABELS['on-time'];
      };
      const want = Object.fromEntries(
        sorted([...fill.expectedUnits, ...fill.unexpected]).map((id) => [id, state(id)]),
      );
      const got = Object.fromEntries(
        units.rows.map((r) => [
          text(r.getCell(units.col[HEADERS.status.unitId] ?? 0).value),
          text(r.getCell(units.col[HEADERS.status.state] ?? 0).value),
        ]),
      );
      expect(got).toEqual(want);
      expect(got[fill.lastMinute]).toBe(UNIT_STATE_LABELS['on-time']);
    });

    it('its Excel table holds the units only (not the received-files block below it)', () => {
      expect(units.rows).toHaveLength(fill.expectedUnits.length + fill.unexpected.length);
      expect(tableRows(ws)).toEqual([{ header: units.header, last: units.end - 1 }]);
    });

    it('says the placeholder units were not expected to report', () => {
      const notExpected = units.rows
        .filter((r) => text(r.getCell(units.col[HEADERS.status.expected] ?? 0).value) === NO)
        .map((r) => text(r.getCell(units.col[HEADERS.status.unitId] ?? 0).value));
      expect(sorted(notExpected)).toEqual(sorted(fill.unexpected));
    });

    it('lists every received file with its use (wrong year and unreadable rejected, old copy superseded)', () => {
      const files = block(ws, [HEADERS.files.file, HEADERS.files.use, HEADERS.files.unitId], units.end);
      const got = Object.fromEntries(
        files.rows.map((r) => [
          text(r.getCell(files.col[HEADERS.files.file] ?? 0).value),
          text(r.getCell(files.col[HEADERS.files.use] ?? 0).value),
        ]),
      );
      expect(got).toEqual(Object.fromEntries(fill.files.map((f) => [f.file, FILE_USE_LABELS[f.use]])));
    });
  });

  it("'Xung đột' lists the duplicate files (newest used), the wrong-year file and figures off the official ones", () => {
    const H = HEADERS.conflicts;
    const ws = sheet(wb, REPORT_SHEETS.conflicts);
    const b = block(ws, [H.kind, H.files, H.usedFile]);
    expect(tableRows(ws)).toEqual([{ header: b.header, last: b.end - 1 }]);
    const rows = b.rows.map((r) => ({
      kind: text(r.getCell(b.col[H.kind] ?? 0).value),
      files: sorted(
        text(r.getCell(b.col[H.files] ?? 0).value)
          .split(/\s*\n\s*/)
          .filter(Boolean),
      ),
      usedFile: text(r.getCell(b.col[H.usedFile] ?? 0).value),
    }));
    const [dupUnit, dupFiles] = Object.entries(fill.duplicates)[0] ?? ['', []];
    const wrongYearFile = fill.files.find((f) => f.unitId === fill.wrongYear[0])?.file ?? '';
    expect(rows).toEqual(
      expect.arrayContaining([
        {
          kind: CONFLICT_LABELS['duplicate-file'],
          files: sorted(dupFiles),
          usedFile: fill.usedFiles[dupUnit],
        },
        { kind: CONFLICT_LABELS['wrong-year'], files: [wrongYearFile], usedFile: '' },
        ...fill.disagreements.map((d) => ({
          kind: CONFLICT_LABELS['cooperating-disagrees'],
          files: sorted([fill.usedFiles[d.officialUnit] ?? '', fill.usedFiles[d.unitId] ?? '']),
          usedFile: fill.usedFiles[d.officialUnit],
        })),
      ]),
    );
    expect(rows).toHaveLength(2 + fill.disagreements.length);
  });

  it('another program (openpyxl) reads the report: the same figures, the = text as a string', () => {
    const e = fill.equalsText;
    const script = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
def block(ws, headers):
    for row in ws.iter_rows():
        cols = {str(c.value).strip(): c.column for c in row if c.value is not None}
        if all(h in cols for h in headers):
            return row[0].row, cols
    raise SystemExit("no header row " + repr(headers))
ws = wb[sys.argv[2]]
r, cols = block(ws, [sys.argv[3], sys.argv[4]])
values = {}
for row in ws.iter_rows(min_row=r + 1):
    code = row[cols[sys.argv[3]] - 1].value
    if isinstance(code, str) and code.strip() not in values:
        values[code.strip()] = row[cols[sys.argv[4]] - 1].value
ws = wb[sys.argv[5]]
r, cols = block(ws, [sys.argv[6], sys.argv[7]])
types = [row[cols[sys.argv[7]] - 1].data_type for row in ws.iter_rows(min_row=r + 1)
         if row[cols[sys.argv[6]] - 1].value == sys.argv[8] and row[cols[sys.argv[7]] - 1].value == sys.argv[9]]
print(json.dumps({"values": values, "equalsTypes": types}))
`;
    const run = spawnSync(
      PYTHON,
      [
        '-c',
        script,
        reportPath,
        REPORT_SHEETS.summary,
        HEADERS.summary.code,
        HEADERS.summary.value,
        REPORT_SHEETS.detail,
        HEADERS.detail.definedName,
        HEADERS.detail.value,
        `KHCN_${e.indicator.replace('.', '_')}_${e.component}`,
        e.text,
      ],
      { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
    );
    if (run.status !== 0) throw new Error(run.stderr);
    const got = JSON.parse(run.stdout) as { values: Record<string, unknown>; equalsTypes: string[] };
    const values = new Map(Object.entries(got.values).map(([k, v]) => [k, v === null ? null : v]));
    expect(compareSummary(values, fill.expected)).toEqual([]);
    // 's' = a string cell ('f' would be a formula).
    expect(got.equalsTypes).toEqual(['s']);
  });

  describeWithLibreOffice('the report in LibreOffice Calc', () => {
    let converted: ExcelJS.Workbook;
    beforeAll(async () => {
      const out = join(dir, 'lo-out');
      mkdirSync(out, { recursive: true });
      convertWithLibreOffice([reportPath], out, join(dir, 'lo-profile'));
      converted = new ExcelJS.Workbook();
      await converted.xlsx.readFile(join(out, 'tong-hop-2026.xlsx'));
    }, TIMEOUT);

    it('opens, and its summary reads back the same figures and sheets', () => {
      expect(converted.worksheets.map((w) => w.name)).toEqual(wb.worksheets.map((w) => w.name));
      const values = summaryValues(converted, Object.keys(fill.expected));
      expect(compareSummary(values, fill.expected)).toEqual([]);
    });

    it("keeps the '=' text as text", () => {
      const e = fill.equalsText;
      const H = HEADERS.detail;
      const d = block(sheet(converted, REPORT_SHEETS.detail), [H.definedName, H.value, H.unitId]);
      const name = `KHCN_${e.indicator.replace('.', '_')}_${e.component}`;
      const cells = d.rows
        .filter(
          (r) =>
            text(r.getCell(d.col[H.definedName] ?? 0).value) === name &&
            text(r.getCell(d.col[H.unitId] ?? 0).value) === e.unitId,
        )
        .map((r) => r.getCell(d.col[H.value] ?? 0));
      expect(cells.map((c) => [c.type, c.value])).toEqual([[ExcelJS.ValueType.String, e.text]]);
    });
  });
});

describe('the khcn command itself (bin/khcn.js)', () => {
  it('reaches the consolidate command: a folder that does not exist is a usage error (exit 2)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'khcn-consolidate-bin-'));
    try {
      const run = spawnSync(
        process.execPath,
        [join(ROOT, 'bin', 'khcn.js'), 'consolidate', join(dir, 'khong-co'), '--out', join(dir, 'r.xlsx')],
        { encoding: 'utf8', timeout: 60_000 },
      );
      expect(run.stderr).not.toContain('Unexpected error');
      expect(run.stderr).toContain('Không tìm thấy');
      expect(run.status).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
