/**
 * buildReport over a hand-made run (real consolidate()/compareTargets(), hand-made files,
 * statuses, conflicts and provenance): the sheets as data, cell by cell.
 */
import { provinceChecks } from '../../src/domain/consolidation/province-checks';
import { consolidate } from '../../src/domain/consolidation';
import { submission } from '../consolidation/submission';
import { NUMBER_FORMATS } from '../../src/domain/template/styles';
import { parseCell } from '../../src/domain/a1';
import { isoToExcelSerial } from '../../src/domain/catalog';
import { STAGES } from '../../src/domain/catalog/schema';
import { buildReport } from '../../src/domain/report/build-report';
import { indicatorFormat } from '../../src/domain/report/cells';
import { excelSerialVietnam } from '../../src/domain/vietnam-time';
import { REPORT_SHEETS } from '../../src/domain/report/sheet-names';
import { REPORT_STYLES } from '../../src/domain/report/styles';
import {
  headerRowOf,
  type ReportCell,
  type ReportSheet,
  type ReportWorkbook,
} from '../../src/domain/report/types';
import { formatTarget } from '../../src/domain/target-compare';
import { FORMULA_TEXT, READ_AT, SUBMISSIONS, catalog, makeRun } from './fixtures';

const run = makeRun();
const report = buildReport(catalog, run);

function sheet(wb: ReportWorkbook, name: string): ReportSheet {
  const s = wb.sheets.find((x) => x.name === name);
  if (s === undefined) throw new Error(`no sheet ${name}`);
  return s;
}

/** The cell at an A1 address, as the writer will place it (preamble, header row, data rows). */
function cellAt(s: ReportSheet, address: string): ReportCell {
  const p = parseCell(address);
  if (p === undefined) throw new Error(`bad address ${address}`);
  const header = headerRowOf(s);
  if (p.row < header) return s.preamble[p.row - 1]?.[p.col - 1] ?? { v: null };
  if (p.row === header) return { v: s.columns[p.col - 1]?.header ?? null };
  return s.rows[p.row - header - 1]?.[p.col - 1] ?? { v: null };
}

function cellsIn(s: ReportSheet, range: string): ReportCell[] {
  const [from = '', to = ''] = range.split(':');
  const a = parseCell(from);
  const b = parseCell(to);
  if (a === undefined || b === undefined || a.col !== b.col) throw new Error(`bad range ${range}`);
  const out: ReportCell[] = [];
  for (let r = a.row; r <= b.row; r++) out.push(cellAt(s, `${from.replace(/\d+$/, '')}${r}`));
  return out;
}

const column = (s: ReportSheet, header: string): number => {
  const i = s.columns.findIndex((c) => c.header === header);
  if (i < 0) throw new Error(`no column ${header} on ${s.name}`);
  return i;
};

/** The preamble value next to a fact label. */
function factValue(s: ReportSheet, label: string): ReportCell | undefined {
  const row = s.preamble.find((r) => r[0]?.v === label);
  return row?.find((c, i) => i > 0 && c.v !== null);
}

const summary = sheet(report, REPORT_SHEETS.summary);
const detail = sheet(report, REPORT_SHEETS.detail);
const status = sheet(report, REPORT_SHEETS.status);
const conflicts = sheet(report, REPORT_SHEETS.conflicts);
const targets = sheet(report, REPORT_SHEETS.targets);

const summaryRow = (code: string): ReportCell[] => {
  const r = summary.rows.find((row) => row[0]?.v === code && row[0]?.style !== 'group');
  if (r === undefined) throw new Error(`no summary row ${code}`);
  return r;
};
const S = (header: string): number => column(summary, header);

describe('workbook', () => {
  it('has the seven sheets in order, the title and the run time', () => {
    expect(report.sheets.map((s) => s.name)).toEqual([
      REPORT_SHEETS.summary,
      REPORT_SHEETS.detail,
      REPORT_SHEETS.status,
      REPORT_SHEETS.matrix,
      REPORT_SHEETS.conflicts,
      REPORT_SHEETS.checks,
      REPORT_SHEETS.targets,
    ]);
    expect(report.title).toBe('Tổng hợp kết quả đánh giá KH, CN & ĐMST tỉnh Bắc Ninh năm 2026');
    expect(report.createdAt).toBe(READ_AT);
    expect(summary.preamble[0]?.[0]).toEqual({ v: report.title, style: 'title' });
  });

  it('gives every data row exactly columns.length cells; preambles fit the columns', () => {
    for (const s of report.sheets) {
      for (const row of s.rows) expect(row).toHaveLength(s.columns.length);
      for (const row of s.preamble) expect(row.length).toBeLessThanOrEqual(s.columns.length);
      expect(s.freezeHeader).toBe(true);
      expect([...s.name].length).toBeLessThanOrEqual(31);
    }
  });

  it('uses valid, distinct Excel table names with unique non-empty headers', () => {
    const tables = report.sheets.flatMap((s) => (s.table ? [{ s, name: s.table.name }] : []));
    expect(tables.map((t) => t.name)).toEqual(['KHCN_ChiTiet', 'KHCN_TinhTrang', 'KHCN_XungDot']);
    for (const { s, name } of tables) {
      expect(name).toMatch(/^[A-Za-z_][A-Za-z0-9_.]{0,254}$/);
      const headers = s.columns.map((c) => c.header);
      expect(new Set(headers).size).toBe(headers.length);
      expect(headers.every((h) => h.trim() !== '')).toBe(true);
    }
  });

  it('styles every cell with a known style; values are texts, finite numbers or empty', () => {
    const cells = report.sheets.flatMap((s) => [...s.preamble.flat(), ...s.rows.flat()]);
    const odd = cells.filter(
      (c) =>
        (c.style !== undefined && REPORT_STYLES[c.style] === undefined) ||
        !(c.v === null || typeof c.v === 'string' || (typeof c.v === 'number' && Number.isFinite(c.v))),
    );
    expect(odd).toEqual([]);
  });

  it('is deterministic', () => {
    expect(buildReport(catalog, makeRun())).toEqual(report);
    expect(JSON.stringify(buildReport(catalog, run))).toBe(JSON.stringify(report));
  });
});

describe('Tổng hợp', () => {
  it('says once, above the table, how many indicators use working definitions', () => {
    const working = catalog.indicators.filter((i) => i.definitionStatus === 'working').length;
    const notes = summary.preamble
      .map((r) => String(r[0]?.v ?? ''))
      .filter((t) => t.includes('định nghĩa tạm thời'));
    expect(notes).toEqual([
      expect.stringMatching(new RegExp(`^${working}/${catalog.indicators.length} chỉ tiêu`)),
    ]);
  });

  it('lists all 50 indicators grouped by stage, with one group row before each stage', () => {
    const groups = summary.rows.flatMap((r, i) => (r[0]?.style === 'group' ? [i] : []));
    expect(groups).toHaveLength(4);
    expect(summary.rows).toHaveLength(54);
    expect(groups.map((i) => String(summary.rows[i]?.[0]?.v).split(':')[0])).toEqual([
      'Đầu vào (Input)',
      'Đầu ra (Output)',
      'Hiệu quả (Outcome)',
      'Tác động (Impact)',
    ]);
    for (const i of groups) expect(summary.rows[i]?.every((c) => c.style === 'group')).toBe(true);
    const codes = summary.rows.filter((r) => r[0]?.style !== 'group').map((r) => r[0]?.v);
    const byStage = STAGES.flatMap((st) =>
      catalog.indicators.filter((i) => i.stage === st).map((i) => i.code),
    );
    expect(codes).toEqual(byStage);
    expect(new Set(codes).size).toBe(50);
    // Each block holds exactly its stage.
    groups.forEach((g, k) => {
      const end = groups[k + 1] ?? summary.rows.length;
      const stages = summary.rows
        .slice(g + 1, end)
        .map((r) => catalog.indicators.find((i) => i.code === r[0]?.v)?.stage);
      expect(new Set(stages)).toEqual(new Set([STAGES[k]]));
    });
  });

  it('shows consolidated values as numbers with the indicator format; null stays empty, never 0', () => {
    const value = S('Giá trị tổng hợp');
    expect(summaryRow('I.7')[value]).toEqual({ v: 2_500_000 / 3_619_433, style: 'cell', numFmt: '0.0%' });
    expect(summaryRow('II.1')[value]).toEqual({ v: 30, style: 'cell', numFmt: '#,##0' });
    // I.4: the amount the plan asks for (million VND); the share 1,2 % is compared with B.1.
    expect(summaryRow('I.4')[value]).toMatchObject({ v: 1_200, numFmt: NUMBER_FORMATS.money });
    const none = summaryRow('I.5')[value];
    expect(none?.v).toBeNull();
    expect(none?.numFmt).toBeUndefined();
    const decimal = catalog.indicators.find((i) => i.formula?.resultType === 'decimal');
    expect(decimal && indicatorFormat(decimal)).toBe('#,##0.00');
  });

  it('explains the rule, counts reporting units and says whether the lead reported', () => {
    const row = summaryRow('I.4');
    // A short rule; the dictionary keeps the full text. I.4 divides two figures of Sở Tài chính.
    expect(row[S('Cách tính')]?.v).toBe('Số của Sở Tài chính');
    expect(summaryRow('I.7')[S('Cách tính')]?.v).toBe('Σ tử số ÷ Σ mẫu số');
    expect(summaryRow('II.1')[S('Cách tính')]?.v).toBe('Đếm DOI khác nhau (cộng bài không có DOI)');
    expect(summaryRow('I.2')[S('Cách tính')]?.v).toBe('Số của Thống kê tỉnh ÷ dân số × 10 000');
    expect(row[S('Số đơn vị báo cáo')]).toMatchObject({ v: 1, numFmt: '#,##0' });
    expect(row[S('Đơn vị chủ trì đã báo cáo')]).toMatchObject({ v: 'Có', style: 'ok' });
    expect(summaryRow('I.5')[S('Đơn vị chủ trì đã báo cáo')]).toMatchObject({ v: 'Không', style: 'warn' });
    expect(String(summaryRow('I.5')[S('Ghi chú')]?.v)).toContain('Chưa có đơn vị nào cung cấp số liệu');
  });

  it('judges the targets of 2025 and 2030, one line per linked target', () => {
    const a1 = catalog.targets.find((t) => t.code === 'A.1');
    if (a1 === undefined) throw new Error('A.1');
    const row = summaryRow('I.7');
    const lines2025 = String(row[S('Mục tiêu 2025')]?.v).split('\n');
    expect(lines2025[0]).toBe(`A.1: ${formatTarget(a1, 2025, 'vi')}`);
    // A.3 is only related (subscriptions, not users able to reach 1 Gb/s): shown, not judged.
    expect(lines2025[1]).toMatch(/^A\.3: .* — chỉ liên quan, không đánh giá$/);
    expect(String(row[S('Đánh giá 2025')]?.v).split('\n')).toEqual(['A.1: Đạt', 'A.3: Chỉ liên quan']);
    // 2030 is not due in 2026: "not met 2030" would say nothing.
    expect(String(row[S('Đánh giá 2030')]?.v).split('\n')[0]).toBe('A.1: Chưa đến hạn');
    // On the straight path 60 % (2025) → 100 % (2030), 2026 needs 68 %: 69,1 % is on track.
    expect(row[S('Tiến độ năm báo cáo')]).toMatchObject({ style: 'ok' });
    expect(String(row[S('Tiến độ năm báo cáo')]?.v)).toBe(
      'A.1: Đúng lộ trình. Lộ trình thẳng từ mốc 2025 (60%) đến mốc 2030 (100%): năm 2026 cần đạt ≥ 68%.',
    );
    expect(summaryRow('II.1')[S('Đánh giá 2025')]).toMatchObject({ v: 'Chưa đạt', style: 'bad' });
    // I.2 is compared with two targets: one line each.
    const i2 = summaryRow('I.2');
    const lines = String(i2[S('Mục tiêu 2025')]?.v).split('\n');
    expect(lines.map((l) => l.split(':')[0])).toEqual(['B.10', 'C.4']);
    expect(String(i2[S('Đánh giá 2025')]?.v).split('\n')).toEqual([
      'B.10: Chưa có số liệu',
      'C.4: Chưa có số liệu',
    ]);
    // No target at all: both cells empty.
    expect(summaryRow('I.3')[S('Mục tiêu 2025')]?.v).toBeNull();
    expect(summaryRow('I.3')[S('Đánh giá 2025')]?.v).toBeNull();
  });

  it('states the one reference population, and says once that it is the fallback', () => {
    const pop = summary.preamble.find((r) => r[0]?.v === 'Dân số tham chiếu (mọi chỉ số theo đầu người)');
    expect(pop?.[2]).toMatchObject({ v: 3_619_433, numFmt: '#,##0' });
    expect(pop?.[3]?.v).toBe('Nghị quyết 202/2025/QH15');
    const fallback = summary.preamble.filter((r) => String(r[0]?.v).includes('Chưa có số dân trung bình'));
    expect(fallback).toHaveLength(1);
    // The per-indicator notes do not repeat it.
    expect(String(summaryRow('I.7')[S('Ghi chú')]?.v)).not.toContain('Chưa có số dân trung bình');
  });

  it('states the run facts in the preamble', () => {
    expect(factValue(summary, 'Số tệp đã nhận')).toMatchObject({ v: 4 });
    expect(factValue(summary, 'Số tệp được dùng để tổng hợp')).toMatchObject({ v: 2 });
    expect(factValue(summary, 'Tỷ lệ đầy đủ (đơn vị đã nộp / phải nộp)')).toMatchObject({
      v: 2 / 3,
      numFmt: '0.0%',
    });
    const at = factValue(summary, 'Thời điểm tổng hợp');
    expect(at).toMatchObject({ numFmt: 'dd/mm/yyyy hh:mm' });
    expect(at?.v).toBeCloseTo(isoToExcelSerial('2026-12-06') + 10 / 24, 9);
  });
});

describe('Chi tiết nguồn', () => {
  it('is a table of every reported value; numbers stay numbers, a text starting with = stays a string', () => {
    expect(detail.table).toEqual({ name: 'KHCN_ChiTiet' });
    expect(detail.rows).toHaveLength(run.detail.length);
    expect(detail.columns.map((c) => c.header)).toEqual([
      'Đơn vị',
      'Mã đơn vị',
      'Chỉ tiêu',
      'Thành phần',
      'Giá trị',
      'Tệp',
      'Trang',
      'Ô',
      'Tên vùng',
      'Phiên bản mẫu',
      'SHA-256',
      'Thời điểm đọc',
      'Sử dụng',
      'Ghi chú',
    ]);
    const value = column(detail, 'Giá trị');
    const list = detail.rows.find((r) => String(r[value]?.v).startsWith('='));
    expect(list?.[value]).toEqual({ v: `${FORMULA_TEXT}; Nhóm vật liệu mới`, style: 'cell' });
    const papers = detail.rows.find((r) => r[2]?.v === 'II.1');
    expect(papers?.[value]).toEqual({ v: 30, style: 'cell', numFmt: '#,##0' });
    const cover = detail.rows.find((r) => r[2]?.v === 'I.7' && r[value]?.v === 2_500_000);
    expect(cover?.[column(detail, 'Sử dụng')]).toMatchObject({ v: 'Đã dùng', style: 'ok' });
    expect(cover?.[column(detail, 'Thời điểm đọc')]).toEqual({
      v: excelSerialVietnam(READ_AT),
      style: 'cell',
      numFmt: 'dd/mm/yyyy hh:mm',
    });
  });
});

describe('Tình trạng nộp', () => {
  it('counts the submissions and gives the completeness rates as fractions', () => {
    const expected: [string, number][] = [
      ['Phải nộp', 3],
      ['Đã nộp', 2],
      ['Đúng hạn', 1],
      ['Trễ hạn', 1],
      ['Chưa nộp', 1],
      ['Đơn vị chỉ gửi tệp không dùng được', 0],
      ['Có lỗi', 0],
      ['Ngoài danh sách', 0],
    ];
    for (const [label, n] of expected) expect(factValue(status, label)).toMatchObject({ v: n });
    expect(factValue(status, 'Tỷ lệ nộp báo cáo (đã nộp / phải nộp)')).toMatchObject({
      v: 2 / 3,
      numFmt: '0.0%',
    });
    expect(factValue(status, 'Tỷ lệ nộp đúng hạn (đúng hạn / phải nộp)')).toMatchObject({
      v: 1 / 3,
      numFmt: '0.0%',
    });
    expect(factValue(status, 'Thời hạn nộp')).toMatchObject({
      v: isoToExcelSerial('2026-12-05'),
      numFmt: 'dd/mm/yyyy',
    });
  });

  it('puts the units in a table and the received files below it, outside the table', () => {
    expect(status.table).toEqual({ name: 'KHCN_TinhTrang', rowCount: 3 });
    const state = column(status, 'Trạng thái');
    expect(status.rows.slice(0, 3).map((r) => [r[0]?.v, r[1]?.v, r[state]?.v, r[state]?.style])).toEqual([
      [1, 'Sở Khoa học và Công nghệ', 'Đúng hạn', 'ok'],
      [2, 'Thống kê tỉnh', 'Chưa nộp', 'bad'],
      [3, 'Sở Tài chính', 'Trễ hạn', 'warn'],
    ]);
    expect(String(status.rows[1]?.[column(status, 'Ghi chú')]?.v)).toContain('Chưa nhận được báo cáo');
    expect(status.rows[3]?.every((c) => c.v === null)).toBe(true);
    expect(status.rows[4]?.[0]).toMatchObject({ v: 'Các tệp đã nhận (4 tệp)', style: 'group' });
    expect(status.rows[5]?.map((c) => c.style)).toEqual(status.columns.map(() => 'header'));
    expect(status.rows[5]?.[8]?.v).toBe('Tệp');
    const files = status.rows.slice(6);
    expect(files.map((r) => [r[0]?.v, r[8]?.v, r[5]?.v])).toEqual([
      [1, 'rac.xlsx', 'Bị loại'],
      [2, 'so-khcn-cu.xlsx', 'Bị thay thế'],
      [3, 'so-khcn.xlsx', 'Đã dùng'],
      [4, 'so-tai-chinh.xlsx', 'Đã dùng'],
    ]);
    expect(String(files[0]?.[15]?.v)).toContain('Tệp bị hỏng');
    expect(files[0]?.[1]).toMatchObject({ v: 'Không nhận diện được' });
    expect(files[3]?.[17]?.v).toBe('d'.repeat(64));
  });

  it("gives each unit's contact from the registry, for the office's reminders", () => {
    const withContact = {
      ...catalog,
      units: catalog.units.map((u) =>
        u.id === 'thong-ke'
          ? { ...u, contact: { person: 'Nguyễn Văn A', phone: '0222 3822 111', email: 'a@bacninh.gov.vn' } }
          : u,
      ),
    };
    const withSheet = sheet(buildReport(withContact, run), REPORT_SHEETS.status);
    const col = column(withSheet, 'Liên hệ của đơn vị');
    expect(withSheet.rows[1]?.[1]?.v).toBe('Thống kê tỉnh');
    expect(withSheet.rows[1]?.[col]?.v).toBe('Nguyễn Văn A · 0222 3822 111 · a@bacninh.gov.vn');
    expect(withSheet.rows[0]?.[col]?.v).toBeNull();
  });
});

describe('Xung đột', () => {
  it('lists each conflict with its Vietnamese description', () => {
    expect(conflicts.rows).toHaveLength(1);
    const [row] = conflicts.rows;
    expect(row?.[0]).toMatchObject({ v: 'Trùng tệp', style: 'warn' });
    expect(row?.[1]?.v).toBe('Sở Khoa học và Công nghệ');
    expect(row?.[4]?.v).toBe('so-khcn.xlsx\nso-khcn-cu.xlsx');
    expect(row?.[5]?.v).toBe('so-khcn.xlsx');
    expect(String(row?.[6]?.v)).toContain('đã gửi nhiều tệp');
  });

  it('says so when there is none', () => {
    const quiet = buildReport(catalog, { ...run, conflicts: [] });
    const s = sheet(quiet, REPORT_SHEETS.conflicts);
    expect(s.rows).toHaveLength(1);
    expect(s.rows[0]?.[0]?.v).toBe('Không có xung đột');
    expect(s.table).toBeUndefined();
  });
});

describe('Kiểm tra toàn tỉnh', () => {
  // I.4: Sở Tài chính's S&T spending 1 200; Sở KH&CN manages 5 000 of budget S&T funds: Σ managed
  // 5 000 > 1 200 breaks "managed ≤ spending" at province level (importance high). I.5 S&T fund:
  // the official Sở KH&CN 500 against Sở Tài chính's 450 (cross-check, 10 % apart).
  const subs = [
    ...SUBMISSIONS,
    submission('so-khcn', { 'I.4': { managed_spending: 5_000 }, 'I.5': { st_fund: 500 } }, 'so-khcn-2.xlsx'),
    submission('so-tai-chinh', { 'I.5': { st_fund: 450 } }, 'so-tai-chinh-2.xlsx'),
  ];
  const indicators = consolidate(catalog, subs, { officialPopulation: 3_619_433 });
  const withChecks = buildReport(catalog, {
    ...run,
    indicators,
    provinceChecks: provinceChecks(catalog, indicators),
  });
  const checks = sheet(withChecks, REPORT_SHEETS.checks);
  const C = (header: string): number => column(checks, header);

  it('lists every province rule with its importance, both sides, the units behind them and the verdict', () => {
    const rules = checks.rows.filter((r) => r[0]?.style !== 'group' && /^[IV]+\.\d+$/.test(String(r[0]?.v)));
    const ruleCount = catalog.indicators.reduce((n, i) => n + i.crossRules.length, 0);
    const managed = rules.find((r) =>
      String(r[C('Quy tắc / đối chiếu')]?.v).startsWith('Kinh phí KH, CN & ĐMST từ ngân sách do đơn vị'),
    );
    expect(managed?.[C('Mức quan trọng')]?.v).toBe('cao');
    expect(managed?.[C('Vế trái / số chính thức')]?.v).toBe(5_000);
    expect(managed?.[C('Đơn vị (vế trái)')]?.v).toBe('Sở Khoa học và Công nghệ');
    expect(managed?.[C('Vế phải / số đối chiếu')]?.v).toBe(1_200);
    expect(managed?.[C('Đơn vị (vế phải)')]?.v).toBe('Sở Tài chính');
    expect(managed?.[C('Chênh lệch')]?.v).toBe(3_800);
    expect(managed?.[C('Kết quả')]).toMatchObject({ v: 'Vi phạm', style: 'bad' });
    expect(rules.length).toBeGreaterThanOrEqual(ruleCount);
  });

  it('shows each official figure against the other reporters', () => {
    const fund = checks.rows.find((r) => {
      const rule = String(r[C('Quy tắc / đối chiếu')]?.v);
      return rule.startsWith('Trích lập Quỹ phát triển KH&CN') && rule.includes('so với số của đơn vị khác');
    });
    expect(fund?.[C('Vế trái / số chính thức')]?.v).toBe(500);
    expect(fund?.[C('Đơn vị (vế trái)')]?.v).toBe('Sở Khoa học và Công nghệ');
    expect(fund?.[C('Vế phải / số đối chiếu')]?.v).toBe(450);
    expect(fund?.[C('Đơn vị (vế phải)')]?.v).toBe('Sở Tài chính: 450');
    expect(fund?.[C('Chênh lệch')]?.v).toBe(-50);
    expect(fund?.[C('Kết quả')]).toMatchObject({ v: 'Lệch quá 1%', style: 'warn' });
  });
});

describe('Mục tiêu KH17', () => {
  const code = (r: ReportCell[]): string => String(r[0]?.v ?? '');

  it('lists the 78 targets under one group row per section A–E', () => {
    const targetRows = targets.rows.filter((r) => /^[A-E]\.\d+$/.test(code(r)) && r[0]?.style !== 'group');
    expect(targetRows).toHaveLength(78);
    expect(targetRows.map(code)).toEqual(catalog.targets.map((t) => t.code));
    const groups = targets.rows.filter((r) => r[0]?.style === 'group');
    expect(groups.map((r) => code(r).slice(0, 2))).toEqual(['A.', 'B.', 'C.', 'D.', 'E.']);
    const a1 = targetRows[0] ?? [];
    expect(a1[column(targets, 'Giá trị hiện tại')]).toEqual({
      v: 2_500_000 / 3_619_433,
      style: 'cell',
      numFmt: '0.0%',
    });
    expect(a1[column(targets, 'Đánh giá 2025')]).toMatchObject({ v: 'Đạt', style: 'ok' });
    // 2030 (100 %) is not due in 2026; the path 2025 → 2030 asks 68 % in 2026: on track.
    expect(a1[column(targets, 'Đánh giá 2030')]).toMatchObject({ v: 'Chưa đến hạn', style: 'muted' });
    expect(a1[column(targets, 'Tiến độ năm báo cáo')]).toMatchObject({ v: 'Đúng lộ trình', style: 'ok' });
    expect(a1[column(targets, 'So sánh')]?.v).toBe('Cùng thước đo');
    const a3 = targetRows.find((r) => code(r) === 'A.3') ?? [];
    expect(a3[column(targets, 'So sánh')]?.v).toBe('Liên quan (không đánh giá)');
    expect(a3[column(targets, 'Đánh giá 2025')]?.v).toBe('Chỉ liên quan');
    expect(a1[column(targets, 'Chỉ tiêu đánh giá liên quan')]?.v).toBe('I.7');
    const low = targetRows.find((r) => catalog.targets.find((t) => t.code === code(r))?.confidence === 'low');
    expect(low?.[column(targets, 'Độ tin cậy')]).toMatchObject({ v: 'Thấp', style: 'warn' });
    const unmeasured = targetRows.find((r) => code(r) === 'A.3');
    expect(unmeasured?.[column(targets, 'Giá trị hiện tại')]?.v).toBeNull();
  });

  it('charts per section how many targets exist, are measured, met and on track (counts)', () => {
    expect(report.charts).toHaveLength(1);
    const chart = report.charts[0];
    if (chart === undefined) throw new Error('no chart');
    expect(chart).toMatchObject({ sheet: REPORT_SHEETS.targets, percent: false });
    expect(chart.series.map((s) => s.name)).toEqual([
      'Số mục tiêu',
      'Đo được (cùng thước đo)',
      'Đạt mốc 2025',
      'Đúng lộ trình năm báo cáo',
    ]);

    const sections = [...new Set(catalog.targets.map((t) => t.code.split('.')[0]))];
    const names = cellsIn(targets, chart.categories).map((c) => c.v);
    expect(names).toEqual(
      sections.map((s) => `${s}. ${catalog.targets.find((t) => t.code.startsWith(`${s}.`))?.section}`),
    );
    const values = chart.series.map((s) => cellsIn(targets, s.values).map((c) => c.v));
    // By hand (fixtures): A: A.1 measured 69,07 % ≥ 60 % (met), path 60 % + 40 %/5 = 68 % (on
    // track); A.3 only related. B: B.1 1,2 % ≥ 1,0 % (met), path 1,0 + 0,5/5 = 1,1 % (on track).
    // C: C.9 30 papers < 50 (not met), path 50 + 100/5 = 70 (behind). D, E: nothing measured.
    expect(values[0]).toEqual(
      sections.map((s) => catalog.targets.filter((t) => t.code.startsWith(`${s}.`)).length),
    );
    expect(values[0]).toEqual([3, 11, 16, 15, 33]);
    expect(values[1]).toEqual([1, 1, 1, 0, 0]);
    expect(values[2]).toEqual([1, 1, 0, 0, 0]);
    expect(values[3]).toEqual([1, 1, 0, 0, 0]);

    // The block's header is the sheet's header row; the chart sits below the block.
    const header = headerRowOf(targets);
    const first = parseCell(chart.categories.split(':')[0] ?? '');
    expect(first?.row).toBe(header + 1);
    expect(cellAt(targets, `${chart.categories.split(':')[0]?.replace(/\d+$/, '')}${header}`).v).toBe('Nhóm');
    expect(parseCell(chart.from)?.row).toBeGreaterThan(header + 1 + sections.length);
    expect(parseCell(chart.from)?.col).toBe(parseCell(chart.categories.split(':')[0] ?? '')?.col);
  });
});

describe('excelSerialVietnam', () => {
  it('converts UTC and offset timestamps to Vietnam wall time; rejects anything else', () => {
    const day = isoToExcelSerial('2026-12-06');
    expect(excelSerialVietnam('2026-12-06T03:00:00Z')).toBeCloseTo(day + 10 / 24, 9);
    expect(excelSerialVietnam('2026-12-06T10:00:00+07:00')).toBeCloseTo(day + 10 / 24, 9);
    expect(excelSerialVietnam('2026-12-05T20:00:00.000Z')).toBeCloseTo(day + 3 / 24, 9);
    expect(excelSerialVietnam('2026-12-06T10:00')).toBeCloseTo(day + 10 / 24, 9);
    expect(excelSerialVietnam('2026-12-06')).toBe(day);
    expect(excelSerialVietnam('06/12/2026')).toBeUndefined();
    expect(excelSerialVietnam('2026-13-01')).toBeUndefined();
  });
});

describe('dates', () => {
  it('no text of the report shows an ISO date: dates read dd/mm/yyyy everywhere', () => {
    const iso = /\b20\d\d-\d\d-\d\d\b/;
    for (const s of report.sheets)
      for (const row of [...s.preamble, ...s.rows])
        for (const c of row)
          if (typeof c.v === 'string')
            expect({ sheet: s.name, text: c.v }).not.toEqual({
              sheet: s.name,
              text: expect.stringMatching(iso),
            });
  });
});

describe('the headline of the summary', () => {
  it('says how many indicators have a value and how the targets compared on the same measure stand', () => {
    const withValue = run.indicators.filter((i) => typeof i.value === 'number').length;
    expect(withValue).toBeGreaterThan(0);
    expect(factValue(summary, 'Chỉ tiêu tính được giá trị')).toMatchObject({ v: `${withValue}/50` });
    const text = String(factValue(summary, 'Mục tiêu KH17 có đánh giá (cùng thước đo)')?.v);
    expect(text).toMatch(
      /^\d+\/78 mục tiêu: mốc 2025 đạt \d+, chưa đạt \d+; lộ trình năm báo cáo đúng \d+, chậm \d+$/,
    );
    expect(factValue(summary, 'Mục tiêu đọc với độ tin cậy thấp (bản quét khó đọc)')).toMatchObject({
      v: catalog.targets.filter((t) => t.confidence === 'low').length,
    });
  });
});

describe('Ma trận đơn vị', () => {
  const matrix = sheet(report, REPORT_SHEETS.matrix);
  const rowOf = (unitId: string): ReportCell[] => {
    const r = matrix.rows.find((row) => row[1]?.v === unitId);
    if (r === undefined) throw new Error(`no matrix row ${unitId}`);
    return r;
  };
  const col = (code: string): number => {
    const i = matrix.columns.findIndex((c) => c.header.startsWith(`${code}\n`));
    if (i < 0) throw new Error(`no matrix column ${code}`);
    return i;
  };

  it('has a row per unit of the status table and a column per indicator', () => {
    expect(matrix.rows.map((r) => r[1]?.v)).toEqual(['so-khcn', 'thong-ke', 'so-tai-chinh']);
    expect(matrix.columns).toHaveLength(3 + catalog.indicators.length);
    // The column names the component it shows: I.7's first formula argument.
    expect(matrix.columns[col('I.7')]?.header).toBe('I.7\nDân số trong vùng phủ sóng 5G');
  });

  it("shows each unit's value of the main component, from the fixture's submissions", () => {
    expect(rowOf('so-khcn')[col('I.7')]?.v).toBe(2_500_000);
    expect(rowOf('so-khcn')[col('I.3')]?.v).toBe(4);
    expect(rowOf('so-khcn')[col('II.1')]?.v).toBe(30);
    expect(rowOf('so-tai-chinh')[col('I.4')]?.v).toBe(1_200);
    expect(rowOf('so-khcn')[2]).toMatchObject({ v: 'Đúng hạn', style: 'ok' });
  });

  it('makes blanks visible: amber where the unit is assigned, grey where it is not', () => {
    const missing = rowOf('thong-ke');
    const led = catalog.indicators.filter((i) => i.leadUnitId === 'thong-ke');
    expect(led.length).toBeGreaterThan(0);
    for (const ind of led) expect(missing[col(ind.code)]).toEqual({ v: null, style: 'warn' });
    // Sở Tài chính leads I.4 only among these; it has no part in II.7 (h-index of research units).
    expect(rowOf('so-tai-chinh')[col('II.7')]).toEqual({ v: null, style: 'muted' });
  });
});
