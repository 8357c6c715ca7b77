/**
 * The province as it really reports (issue: numbers that hold when the real units report). The
 * office writes the built-in registry (`khcn registry`), adds 3 universities, 2 institutes,
 * 3 enterprises with tax codes and 2 telecom providers with ANOTHER program (openpyxl), writes
 * their templates (`khcn templates --registry`), the units fill them with openpyxl by defined
 * name, and `khcn consolidate --registry` must give the figures worked out by hand below.
 *
 * Every rule of the issue is exercised:
 * - distinct units of one category never supersede each other (5 research units, all used);
 * - I.2: Thống kê's 600 persons are the official figure, the units' 120 + 4 + … a cross-check;
 *   its FTE is blank, so the units' FTE stand in (labelled) while its population is used;
 * - one reference population (3 700 000) in I.2 and I.7; I.7 from the largest provider;
 * - a province-level rule violation (Σ managed spending > the official S&T spending);
 * - same-measure links only with verdicts; on-track status for 2026.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import type { ConsolidateSummary } from '../../src/cli/render/consolidate-summary';
import { HEADERS, RULE_STATUS_LABELS } from '../../src/domain/report/labels';
import { REPORT_SHEETS } from '../../src/domain/report/sheet-names';
import { captureOutput } from '../helpers/capture-output';
import { fillWithOpenpyxl, PYTHON, requireOpenpyxl } from '../validation/helpers';

jest.setTimeout(240_000);

/** What the office adds to the registry: id, name, category, tax code. */
const ADDED = [
  ['dh-bac-ninh', 'Trường Đại học Bắc Ninh', 'Viện nghiên cứu, trường đại học', ''],
  ['dh-kinh-bac', 'Trường Đại học Kinh Bắc', 'Viện nghiên cứu, trường đại học', ''],
  ['dh-ky-thuat', 'Trường Đại học Kỹ thuật Bắc Ninh', 'Viện nghiên cứu, trường đại học', ''],
  ['vien-lua', 'Viện Nghiên cứu Lúa', 'Viện nghiên cứu, trường đại học', ''],
  ['vien-vat-lieu', 'Viện Vật liệu mới', 'Viện nghiên cứu, trường đại học', ''],
  ['dn-a', 'Công ty Cổ phần Công nghệ A', 'Doanh nghiệp', '0100109106'],
  ['dn-b', 'Công ty TNHH Điện tử B', 'Doanh nghiệp', '0101243150'],
  ['dn-c', 'Công ty Cổ phần Dược C', 'Doanh nghiệp', '0100109106-001'],
  ['viettel-bn', 'Viettel Bắc Ninh', 'Đơn vị cung cấp dịch vụ viễn thông', ''],
  ['vnpt-bn', 'VNPT Bắc Ninh', 'Đơn vị cung cấp dịch vụ viễn thông', ''],
] as const;

const OFFICE = { person: 'Nguyễn Thị Lan', phone: '0222 3822 111', email: 'qlkh@skhcn.bacninh.gov.vn' };

/** Appends rows to the registry and fills the office contact, with openpyxl. */
const EDIT_REGISTRY = `
import json, sys, openpyxl
path, rows, office = sys.argv[1], json.loads(sys.argv[2]), json.loads(sys.argv[3])
wb = openpyxl.load_workbook(path)
ws = wb["Đơn vị"]
# The next row after the last unit (the sheet has formatted empty rows below, as Excel users see).
row = max(c.row for c in ws["B"] if c.value not in (None, "")) + 1
for r in rows:
    for col, v in enumerate([r[0], r[1], "", r[2], r[3], "", "", "", "", "có"], start=1):
        ws.cell(row=row, column=col, value=v)
    row += 1
contact = wb["Đầu mối Sở KH&CN"]
for row in contact.iter_rows(min_row=2):
    label = row[0].value
    if label in office:
        row[1].value = office[label]
wb.save(path)
`;

/**
 * What each unit types (defined name → value), chosen so that every rule fires. The figures the
 * consolidation must give are worked out by hand in the tests.
 */
const FILLS: Record<string, Record<string, number>> = {
  // The statistics office: 600 persons in its R&D survey, FTE left BLANK, population 3 700 000.
  'thong-ke': { KHCN_I_2_headcount: 600, KHCN_I_2_population: 3_700_000 },
  // Sở Tài chính: S&T spending 500 000 of a 60 000 000 budget (normal, not "unusually high"); it
  // manages 250 000 of it itself.
  'so-tai-chinh': {
    KHCN_I_4_spending: 500_000,
    KHCN_I_4_total_budget: 60_000_000,
    KHCN_I_4_managed_spending: 250_000,
  },
  // Sở KH&CN manages 350 000 more: Σ managed 600 000 > 500 000 at province level only.
  'so-khcn': { KHCN_I_4_managed_spending: 350_000 },
  // Research units: staff inside Thống kê's survey (120 + 4 + 30 + 25 + 21 = 200 persons) and
  // their FTE (100 + 3 + 20 + 15 + 12 = 150); domestic papers 5 + 7 + 3 + 2 + 1 = 18.
  'dh-bac-ninh': { KHCN_I_2_headcount: 120, KHCN_I_2_fte: 100, KHCN_II_2_papers: 5 },
  'dh-kinh-bac': { KHCN_I_2_headcount: 4, KHCN_I_2_fte: 3, KHCN_II_2_papers: 7 },
  'dh-ky-thuat': { KHCN_I_2_headcount: 30, KHCN_I_2_fte: 20, KHCN_II_2_papers: 3 },
  'vien-lua': { KHCN_I_2_headcount: 25, KHCN_I_2_fte: 15, KHCN_II_2_papers: 2 },
  'vien-vat-lieu': { KHCN_I_2_headcount: 21, KHCN_I_2_fte: 12, KHCN_II_2_papers: 1 },
  // Enterprises: revenue from IP assets 1 200 + 800 + 500 = 2 500 million VND.
  'dn-a': { KHCN_IV_1_ip_revenue: 1_200 },
  'dn-b': { KHCN_IV_1_ip_revenue: 800 },
  'dn-c': { KHCN_IV_1_ip_revenue: 500 },
  // Telecom providers: overlapping 5G coverage (the largest counts), own subscriptions (added).
  'viettel-bn': {
    KHCN_I_7_population_5g: 2_900_000,
    KHCN_I_7_fixed_subscribers: 300_000,
    KHCN_I_7_gigabit_subscribers: 60_000,
  },
  'vnpt-bn': {
    KHCN_I_7_population_5g: 2_100_000,
    KHCN_I_7_fixed_subscribers: 200_000,
    KHCN_I_7_gigabit_subscribers: 20_000,
  },
};

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const o = captureOutput();
  const code = await main(args, o);
  return { code, stdout: o.stdout, stderr: o.stderr };
}

const text = (v: ExcelJS.CellValue): string => (v === null || v === undefined ? '' : String(v));

describe('a registry edited by the office, real units reporting overlapping things', () => {
  const dir = mkdtempSync(join(tmpdir(), 'khcn-registry-e2e-'));
  const registry = join(dir, 'don-vi.xlsx');
  const templates = join(dir, 'mau-bieu');
  const received = join(dir, 'nhan');
  const report = join(dir, 'tong-hop.xlsx');
  let summary: ConsolidateSummary;
  let wb: ExcelJS.Workbook;
  const templateOf = new Map<string, string>();

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  beforeAll(async () => {
    requireOpenpyxl();
    expect((await run(['registry', '--out', registry])).code).toBe(0);
    const officeByLabel = {
      'Người liên hệ': OFFICE.person,
      'Điện thoại': OFFICE.phone,
      Email: OFFICE.email,
    };
    execFileSync(PYTHON, [
      '-c',
      EDIT_REGISTRY,
      registry,
      JSON.stringify(ADDED),
      JSON.stringify(officeByLabel),
    ]);
    const t = await run(['templates', '--registry', registry, '--out', templates]);
    expect(t.code).toBe(0);
    for (const f of readdirSync(templates)) templateOf.set(f.split('_')[0] ?? '', join(templates, f));
    execFileSync('mkdir', ['-p', received]);
    for (const [unit, values] of Object.entries(FILLS)) {
      const src = templateOf.get(unit);
      if (src === undefined) throw new Error(`no template for ${unit}`);
      fillWithOpenpyxl(src, join(received, `${unit}.xlsx`), { values });
    }
    const c = await run(['consolidate', received, '--registry', registry, '--out', report, '--json']);
    if (c.code !== 0) throw new Error(c.stderr);
    summary = JSON.parse(c.stdout) as ConsolidateSummary;
    wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(report);
  });

  const value = (code: string): number | null =>
    summary.indicators.find((i) => i.code === code)?.value ?? null;

  it('writes a template per real unit, with the office contact and only the unit’s own inputs', async () => {
    for (const [id] of ADDED) expect(templateOf.has(id)).toBe(true);
    const names = async (unit: string): Promise<string[]> => {
      const w = new ExcelJS.Workbook();
      await w.xlsx.readFile(templateOf.get(unit) ?? '');
      const model = (w as unknown as { definedNames: { model: { name: string }[] } }).definedNames.model;
      return model.map((n) => n.name);
    };
    // Telecom inputs only in the providers' templates, never in a department's.
    expect(await names('viettel-bn')).toContain('KHCN_I_7_population_5g');
    expect(await names('so-tai-chinh')).not.toContain('KHCN_I_7_population_5g');
    const w = new ExcelJS.Workbook();
    await w.xlsx.readFile(templateOf.get('dh-bac-ninh') ?? '');
    const guide = w.getWorksheet('Hướng dẫn');
    const all: string[] = [];
    guide?.eachRow((row) => row.eachCell((cell) => all.push(text(cell.value))));
    expect(all).toEqual(
      expect.arrayContaining(['Trường Đại học Bắc Ninh', OFFICE.person, OFFICE.phone, OFFICE.email]),
    );
  });

  it('uses every file of every distinct unit: none superseded', () => {
    expect(summary.files).toHaveLength(Object.keys(FILLS).length);
    expect(summary.files.every((f) => f.use === 'used')).toBe(true);
    // II.2 domestic papers: 5 + 7 + 3 + 2 + 1 = 18 (no university's figures vanish).
    expect(value('II.2')).toBe(18);
    // IV.1 revenue from IP assets: 1 200 + 800 + 500 = 2 500.
    expect(value('IV.1')).toBe(2_500);
  });

  it('takes one reference population from Thống kê although its FTE is blank, everywhere', () => {
    expect(summary.population).toMatchObject({ value: 3_700_000, from: 'statistics', unitId: 'thong-ke' });
    // I.2: Thống kê's FTE is blank → the units' FTE 150 stand in (labelled): 150 ÷ 3 700 000 × 10 000.
    expect(value('I.2')).toBeCloseTo(1_500_000 / 3_700_000, 10);
    // I.7: the largest provider's coverage over the same population: 2 900 000 ÷ 3 700 000.
    expect(value('I.7')).toBeCloseTo(2_900_000 / 3_700_000, 10);
  });

  it('compares B.10 with persons per 10 000 from the official headcount (600, not 600 + 200)', () => {
    const b10 = summary.targets.find((t) => t.target === 'B.10');
    // 600 ÷ 3 700 000 × 10 000 = 1,6216…; adding the units' 200 would give 2,16.
    expect(b10?.value).toBeCloseTo(6_000_000 / 3_700_000, 10);
    expect(b10?.comparable).toBe('same');
    // Below the 2025 milestone (≥ 9) and behind the path to 2030 (9 + (13 − 9) ÷ 5 = 9,8).
    expect(b10?.milestones).toEqual([
      { year: 2025, status: 'not-met' },
      { year: 2030, status: 'pending' },
    ]);
    expect(b10?.path).toEqual({ status: 'behind', expected: expect.closeTo(9.8, 10) as number });
  });

  it('judges I.4’s share against B.1 and A.1’s coverage on the path; related targets get no verdict', () => {
    // I.4: the amount 500 000 is the headline; the share 500 000 ÷ 60 000 000 = 0,833 % vs B.1.
    expect(value('I.4')).toBe(500_000);
    const b1 = summary.targets.find((t) => t.target === 'B.1');
    expect(b1?.value).toBeCloseTo(500_000 / 60_000_000, 12);
    expect(b1?.milestones[0]).toEqual({ year: 2025, status: 'not-met' }); // ≥ 1,0 %
    expect(b1?.path.status).toBe('behind'); // 1,0 % + 0,5 % ÷ 5 = 1,1 % in 2026
    // A.1: 78,4 % ≥ 60 % (2025); path 60 % + 40 % ÷ 5 = 68 % in 2026: on track.
    const a1 = summary.targets.find((t) => t.target === 'A.1');
    expect(a1?.milestones[0]).toEqual({ year: 2025, status: 'met' });
    expect(a1?.path).toEqual({ status: 'on-track', expected: expect.closeTo(0.68, 10) as number });
    // A.3 counts users able to reach 1 Gb/s; I.7 counts subscriptions (80 000 ÷ 500 000 = 16 %).
    const a3 = summary.targets.find((t) => t.target === 'A.3');
    expect(a3).toMatchObject({ comparable: 'related', path: { status: 'related' } });
    expect(a3?.value).toBeCloseTo(0.16, 12);
    expect(a3?.milestones.every((m) => m.status === 'related')).toBe(true);
  });

  it('lists the province-level violation with both sides and the units behind them', () => {
    expect(summary.provinceChecks).toContainEqual(
      expect.objectContaining({
        indicator: 'I.4',
        rule: 'managed_spending <= spending',
        importance: 'high',
        status: 'violated',
        left: 600_000,
        leftUnits: ['so-khcn', 'so-tai-chinh'],
        right: 500_000,
        rightUnits: ['so-tai-chinh'],
      }),
    );
    const ws = wb.getWorksheet(REPORT_SHEETS.checks);
    if (ws === undefined) throw new Error('no checks sheet');
    const rows: string[][] = [];
    ws.eachRow((row) => rows.push((row.values as ExcelJS.CellValue[]).slice(1).map(text)));
    const header = rows.findIndex((r) => r[0] === HEADERS.checks.indicator);
    const col = (h: string): number => rows[header]?.indexOf(h) ?? -1;
    const violated = rows.filter((r) => r[col(HEADERS.checks.result)] === RULE_STATUS_LABELS.violated);
    expect(violated).toHaveLength(1);
    expect(violated[0]?.[col(HEADERS.checks.leftValue)]).toBe('600000');
    expect(violated[0]?.[col(HEADERS.checks.leftUnits)]).toBe('Sở Khoa học và Công nghệ\nSở Tài chính');
    // The cross-check of Thống kê's headcount against the units' 200 persons is shown too.
    expect(
      rows.some(
        (r) =>
          r[col(HEADERS.checks.rule)]?.startsWith('Số người làm nghiên cứu') &&
          r[col(HEADERS.checks.leftValue)] === '600' &&
          r[col(HEADERS.checks.rightValue)] === '200',
      ),
    ).toBe(true);
  });

  it('counts completeness over the units the registry marks as having to report', () => {
    // 114 built-in units + the 10 added, all "có"; the 13 of FILLS sent a file.
    expect(Object.keys(FILLS)).toHaveLength(13);
    expect(summary.completeness).toMatchObject({ expected: 124, received: 13, unexpected: 0 });
  });

  it('refuses a registry with row errors, naming the file, sheet, row and what is wrong', async () => {
    const bad = join(dir, 'sai.xlsx');
    execFileSync('cp', [registry, bad]);
    const rows = [
      ['dh-bac-ninh', 'Trùng mã', 'Viện nghiên cứu, trường đại học', ''],
      ['dn-x', '', 'Doanh nghiệp', '0100109107'],
      ['dn-y', 'Công ty Y', 'Ngân hàng', '0100109106'],
    ];
    execFileSync(PYTHON, ['-c', EDIT_REGISTRY, bad, JSON.stringify(rows), '{}']);
    const r = await run(['templates', '--registry', bad, '--out', join(dir, 'x')]);
    expect(r.code).toBe(2);
    const lines = r.stderr.split('\n');
    const at = (n: number): string => `Dòng ${n}`;
    const first = 2 + 114 + ADDED.length;
    expect(lines.find((l) => l.includes(at(first)))).toMatch(/“dh-bac-ninh” đã dùng ở dòng/);
    expect(lines.filter((l) => l.includes(at(first + 1)))).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/chưa có tên đơn vị/),
        expect.stringMatching(/mã số thuế “0100109107” không hợp lệ/),
      ]),
    );
    expect(lines.find((l) => l.includes(at(first + 2)) && l.includes('Ngân hàng'))).toMatch(
      /trang “Đơn vị”, ô D/,
    );
    expect(lines.some((l) => l.includes('(--registry) có lỗi, chưa dùng được'))).toBe(true);
    writeFileSync(join(dir, 'done'), '');
  });
});
