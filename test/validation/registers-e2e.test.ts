/**
 * Registers end to end: the templates of seven units are written by khcn, their register tables
 * filled BY TABLE NAME by another program (openpyxl), read back by the hardened reader and
 * consolidated. Shared papers (DOI with and without the https://doi.org/ prefix, other case), one
 * patent from two units, one enterprise from three, a contract from seller and buyer, a legal
 * document from its drafter and Sở Tư pháp, a task from two institutes and two title-only
 * near-duplicates. Every derived indicator is checked against the figure worked out by hand below
 * from the rows themselves, and a blank template goes through LibreOffice with its tables and
 * checks intact.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildRun, defaultExpectedUnits, DEFAULT_DEADLINE } from '../../src/domain/consolidation';
import type { ConsolidatedIndicator } from '../../src/domain/consolidation/types';
import { REGISTERS } from '../../src/domain/registers/definitions';
import { buildReport } from '../../src/domain/report/build-report';
import { REPORT_SHEETS } from '../../src/domain/report/sheet-names';
import { writeReportXlsx } from '../../src/xlsx/report-writer';
import { readWorkbookSync } from '../../src/xlsx/read-workbook';
import { catalog, fillWithOpenpyxl, PYTHON, requireOpenpyxl, tempDir, writeTemplate } from './helpers';
import { convertWithLibreOffice, describeWithLibreOffice } from '../template/libreoffice-helpers';

const dir = tempDir('khcn-registers-e2e-');
type Row = Record<string, string | number | { date: string }>;
const date = (iso: string) => ({ date: iso });

/** A publication row by header. */
const paper = (doi: string | null, title: string, kind: string, year: number, more: Row = {}): Row => ({
  ...(doi !== null ? { DOI: doi } : {}),
  'Tên bài': title,
  'Loại công bố': kind,
  'Năm xuất bản': year,
  ...more,
});
const INTL = 'Bài báo quốc tế';
const DOMESTIC = 'Bài báo trong nước';
const enterprise = (more: Row = {}): Row => ({
  'Mã số thuế': '0100109106',
  'Tên doanh nghiệp': 'Công ty CP Vật liệu Bắc Ninh',
  Loại: 'Doanh nghiệp KH&CN',
  'Năm thành lập': 2010,
  'Năm được chứng nhận': 2026,
  'Sử dụng kết quả nghiên cứu': 'Có',
  ...more,
});
const group = (code: string): Row => ({
  Mã: code,
  Tên: 'Nhóm nghiên cứu mạnh vật liệu nano',
  Loại: 'Nhóm nghiên cứu mạnh',
  'Giá trị trang thiết bị (triệu đồng)': 800,
});
const patent = (number: string): Row => ({
  'Số đơn': number,
  'Ngày nộp': date('2026-03-01'),
  Loại: 'Sáng chế',
  'Tên đối tượng': 'Vật liệu nano chống ăn mòn',
});
const contract = (number: string): Row => ({
  'Số hợp đồng': number,
  'Ngày ký': date('2026-06-05'),
  'Loại hợp đồng': 'Chuyển giao công nghệ',
  'Tên công nghệ': 'Công nghệ phủ nano',
  'Giá trị (triệu đồng)': 850,
});

/** unit id, file, tables by name, and typed values by defined name. */
const UNITS: {
  unit: string;
  file: string;
  tables: Record<string, Row[]>;
  values?: Record<string, number>;
}[] = [
  {
    unit: 'so-khcn',
    file: 'so-khcn.xlsx',
    tables: {
      KHCN_DS_PUBLICATIONS: [
        paper('https://doi.org/10.1000/ABC.1', 'Vật liệu nano A', INTL, 2026, {
          'WoS/Scopus': 'Có',
          'Nhóm tạp chí (Q1–Q4)': 'Q1',
          'Có đồng tác giả nước ngoài': 'Có',
          'Số trích dẫn': 10,
          'Ngày tra cứu': date('2026-11-20'),
          'Nhóm nghiên cứu': 'Nhóm Vật liệu',
        }),
        paper('10.1000/s.2', 'Vật liệu B', INTL, 2026, {
          'WoS/Scopus': 'Có',
          'Nhóm tạp chí (Q1–Q4)': 'Q2',
          'Có đồng tác giả nước ngoài': 'Không',
          'Số trích dẫn': 3,
          'Ngày tra cứu': date('2026-11-20'),
          'Nhóm nghiên cứu': 'Nhóm Vật liệu',
        }),
        paper(null, 'Nghiên cứu vật liệu nano', DOMESTIC, 2026),
      ],
      // The lead's row also says the patent was granted in 2026 (the other reporter does not).
      KHCN_DS_IP: [{ ...patent('1-2026-00001'), 'Số bằng': '12345', 'Ngày cấp': date('2026-10-01') }],
      KHCN_DS_ENTERPRISES: [enterprise()],
      KHCN_DS_CONTRACTS: [
        contract('Số 15/2026/HĐ-CGCN'),
        {
          'Số hợp đồng': 'LX-03/2026',
          'Ngày ký': date('2026-08-01'),
          'Loại hợp đồng': 'Li-xăng, chuyển nhượng quyền SHTT',
          'Tên công nghệ': 'Quyền sử dụng sáng chế phủ nano',
          'Giá trị (triệu đồng)': 120,
        },
      ],
      KHCN_DS_INFRASTRUCTURE: [
        group('NNC-01'),
        {
          Mã: 'PTN-01',
          Tên: 'Phòng thí nghiệm vật liệu',
          Loại: 'Phòng thí nghiệm',
          'Giá trị trang thiết bị (triệu đồng)': 4_500,
        },
      ],
      KHCN_DS_DOCUMENTS: [
        {
          'Số hiệu': '12/2026/QĐ-UBND',
          'Ngày ban hành': date('2026-02-01'),
          'Cơ quan ban hành': 'UBND tỉnh',
          Loại: 'Văn bản quy phạm pháp luật',
          'Trích yếu': 'Quy định quản lý nhiệm vụ KH&CN',
        },
      ],
    },
  },
  {
    unit: 'vien-truong-mau',
    file: 'dai-hoc-a.xlsx',
    tables: {
      KHCN_DS_PUBLICATIONS: [
        // P1 again: no prefix, lower case, a later look-up with more citations.
        paper('10.1000/abc.1', 'Vật liệu nano A', INTL, 2026, {
          'WoS/Scopus': 'Có',
          'Nhóm tạp chí (Q1–Q4)': 'Q1',
          'Có đồng tác giả nước ngoài': 'Có',
          'Số trích dẫn': 12,
          'Ngày tra cứu': date('2026-11-28'),
          'Nhóm nghiên cứu': 'Nhóm Vật liệu',
        }),
        paper('10.1000/u.3', 'Sinh học C', INTL, 2025, {
          'WoS/Scopus': 'Có',
          'Nhóm tạp chí (Q1–Q4)': 'Q1',
          'Có đồng tác giả nước ngoài': 'Có',
          'Số trích dẫn': 7,
          'Ngày tra cứu': date('2026-11-28'),
          'Nhóm nghiên cứu': 'Nhóm Sinh học',
        }),
        // A near-duplicate of Sở KH&CN's title-only paper: never merged, shown "có thể trùng".
        paper(null, 'Nghiên cứu vật liệu NANO.', DOMESTIC, 2026),
        paper('10.1000/book.9', 'Giáo trình vật liệu', 'Giáo trình', 2026),
      ],
      // The strong group again (its code in lower case), and a lab of its own.
      KHCN_DS_INFRASTRUCTURE: [
        group('nnc-01'),
        {
          Mã: 'PTN-A',
          Tên: 'Phòng thí nghiệm sinh học',
          Loại: 'Phòng thí nghiệm',
          'Giá trị trang thiết bị (triệu đồng)': 1_500,
        },
      ],
      KHCN_DS_TASKS: [
        {
          'Mã nhiệm vụ': 'ĐT.01/2026',
          'Tên nhiệm vụ': 'Phủ nano',
          'Cấp quản lý': 'Tỉnh',
          'Năm nghiệm thu': 2026,
          TRL: 7,
          'Đã thương mại hoá': 'Có',
        },
        {
          'Mã nhiệm vụ': 'ĐT.02/2025',
          'Tên nhiệm vụ': 'Cảm biến',
          'Cấp quản lý': 'Cơ sở',
          'Năm nghiệm thu': 2026,
          TRL: 4,
          'Đã thương mại hoá': 'Không',
        },
      ],
    },
  },
  {
    unit: 'vien-truong-mau',
    file: 'vien-b.xlsx',
    tables: {
      KHCN_DS_PUBLICATIONS: [
        paper('10.1000/S.2', 'Vật liệu B', INTL, 2026, { 'WoS/Scopus': 'Có', 'Số trích dẫn': 3 }),
        paper('10.1000/v.4', 'Sinh học D', INTL, 2026, {
          'WoS/Scopus': 'Có',
          'Nhóm tạp chí (Q1–Q4)': 'Q3',
          'Có đồng tác giả nước ngoài': 'Không',
          'Số trích dẫn': 0,
          'Nhóm nghiên cứu': 'Nhóm Sinh học',
        }),
      ],
      KHCN_DS_TASKS: [
        {
          'Mã nhiệm vụ': 'đt.01/2026',
          'Tên nhiệm vụ': 'Phủ nano (phối hợp)',
          'Cấp quản lý': 'Tỉnh',
          'Năm nghiệm thu': 2026,
          TRL: 7,
          'Đã thương mại hoá': 'Có',
        },
      ],
    },
  },
  {
    unit: 'doanh-nghiep-khcn-mau',
    file: 'dn-vat-lieu.xlsx',
    tables: {
      KHCN_DS_IP: [patent('1-2026-00001')],
      KHCN_DS_ENTERPRISES: [enterprise()],
      KHCN_DS_CONTRACTS: [contract('15/2026/hđ-cgcn')],
    },
  },
  // The statistics office lists the enterprise too, and types II.1 without a list.
  {
    unit: 'thong-ke',
    file: 'thong-ke.xlsx',
    tables: { KHCN_DS_ENTERPRISES: [enterprise({ 'Tên doanh nghiệp': 'CTCP Vật liệu BN' })] },
    values: { KHCN_II_1_papers: 2 },
  },
  {
    unit: 'so-tu-phap',
    file: 'so-tu-phap.xlsx',
    tables: {
      KHCN_DS_DOCUMENTS: [
        {
          'Số hiệu': 'Số 12/2026/QĐ-UBND',
          'Ngày ban hành': date('2026-02-01'),
          'Cơ quan ban hành': 'UBND Tỉnh',
          Loại: 'Văn bản quy phạm pháp luật',
          'Trích yếu': 'Quy định quản lý nhiệm vụ KH&CN',
        },
        {
          'Số hiệu': '05/2026/KH-UBND',
          'Ngày ban hành': date('2026-04-01'),
          'Cơ quan ban hành': 'UBND tỉnh',
          Loại: 'Chính sách, chương trình, đề án',
          'Trích yếu': 'Kế hoạch ứng dụng kết quả nghiên cứu',
          'Sử dụng kết quả nghiên cứu': 'Có',
        },
      ],
    },
  },
];

describe('registers filled by openpyxl, consolidated over seven units', () => {
  let byCode: Map<string, ConsolidatedIndicator>;
  let run: ReturnType<typeof buildRun>;

  beforeAll(async () => {
    requireOpenpyxl();
    const filled = join(dir, 'filled');
    mkdirSync(filled, { recursive: true });
    const files = [];
    for (const u of UNITS) {
      const t = await writeTemplate(dir, u.unit, `blank-${u.file}`);
      const out = join(filled, u.file);
      fillWithOpenpyxl(t.path, out, { tables: u.tables, values: u.values ?? {} });
      const outcome = readWorkbookSync(readFileSync(out), u.file);
      files.push({
        file: u.file,
        receivedAt: '2026-12-01T03:00:00Z',
        sha256: u.file.padEnd(64, '0'),
        sizeBytes: 1,
        outcome,
      });
    }
    run = buildRun(catalog, files, {
      year: 2026,
      deadline: DEFAULT_DEADLINE,
      expectedUnits: defaultExpectedUnits(catalog),
      readAt: '2026-12-06T02:00:00.000Z',
      officialPopulation: 3_619_433,
    });
    byCode = new Map(run.indicators.map((i) => [i.code, i]));
  }, 120_000);

  const value = (code: string) => byCode.get(code)?.value;
  const comp = (code: string, key: string) => byCode.get(code)?.components[key]?.value;

  it('reads every row, with no error in any file but the blank inputs no list fills', () => {
    const blank = new Set(['VALUE_REQUIRED', 'VALUE_REQUIRED_MEASURE', 'TEXT_REQUIRED']);
    for (const f of run.files) {
      const errors = f.issues.filter((i) => i.severity === 'error');
      expect([f.file, errors.filter((i) => !blank.has(i.code)).map((i) => i.code)]).toEqual([f.file, []]);
      // A count its unit's list gives is never "required".
      const listed = errors.filter((i) => i.indicator === 'II.1' && i.component === 'papers');
      expect([f.file, listed]).toEqual([f.file, []]);
    }
    const union = (key: string) => run.registers?.find((r) => r.register === key);
    // Publications: 9 rows; P1 and P2 listed twice each → 7 items (5 DOIs + 2 title-only).
    expect([union('publications')?.rowsRead, union('publications')?.items.length]).toEqual([9, 7]);
    expect(union('ip')?.items.map((i) => i.reporters.length)).toEqual([2]);
    expect(union('enterprises')?.items.map((i) => i.reporters.length)).toEqual([3]);
    expect(union('contracts')?.items.map((i) => i.values.value)).toEqual([850, 120]);
    expect(union('infrastructure')?.items.map((i) => [i.key, i.reporters.length])).toEqual([
      ['NNC-01', 2],
      ['PTN-01', 1],
      ['PTN-A', 1],
    ]);
    expect(union('documents')?.items).toHaveLength(2);
    expect(union('tasks')?.items).toHaveLength(2);
    const titleOnly = union('publications')?.items.filter((i) => i.key === undefined) ?? [];
    expect(titleOnly.map((i) => i.possibleDuplicates.length)).toEqual([1, 1]);
  });

  it('counts each shared paper once (II.1 … II.8)', () => {
    // 2026 international papers in WoS/Scopus: P1, P2, P4 (P3 is 2025) = 3, plus the
    // statistics office's 2 typed without a list (added, and said).
    expect(value('II.1')).toBe(3 + 2);
    expect(byCode.get('II.1')?.flags.map((f) => f.code)).toContain('REGISTER_COUNTS_ADDED');
    // Q1 among P1, P2, P4: P1 only.
    expect([comp('II.3', 'q1_papers'), comp('II.3', 'intl_papers')]).toEqual([1, 3]);
    expect(value('II.3')).toBeCloseTo(1 / 3, 12);
    // Foreign co-author among them: P1 only.
    expect(value('II.4')).toBeCloseTo(1 / 3, 12);
    // II.6, 2022–2026: P1 (12, the later look-up), P2 3, P3 7, P4 0 → 22 citations, 4 papers.
    expect([comp('II.6', 'citations'), comp('II.6', 'papers')]).toEqual([22, 4]);
    expect(value('II.6')).toBeCloseTo(22 / 4, 12);
    // II.7: citations 12, 7, 3, 0 → h = 3; per group: Vật liệu {12, 3} → 2, Sinh học {7, 0} → 1.
    expect(value('II.7')).toBe(3);
    const groups = byCode.get('II.7')?.flags.find((f) => f.code === 'REGISTER_GROUP_HINDEX');
    expect(groups?.params.groups).toBe('Nhóm Sinh học: h = 1 (2); Nhóm Vật liệu: h = 2 (2)');
    // II.2: the two title-only domestic papers count separately, flagged as possible duplicates.
    expect(value('II.2')).toBe(2);
    expect(byCode.get('II.2')?.flags.map((f) => f.code)).toContain('REGISTER_POSSIBLE_DUPLICATES');
  });

  it('counts the patent, the enterprise, the contract, the document and the task once', () => {
    expect(comp('III.2', 'patent_utility_apps')).toBe(1);
    expect(comp('IV.6', 'st_enterprises')).toBe(1);
    expect(comp('V.3', 'applying_enterprises')).toBe(1);
    expect([comp('IV.2', 'transfer_contracts'), comp('IV.2', 'transfer_revenue')]).toEqual([1, 850]);
    expect([comp('I.1', 'legal_docs'), comp('I.1', 'policy_docs'), value('I.1')]).toEqual([1, 1, 2]);
    expect(comp('V.4', 'documents')).toBe(1);
    // III.1: TRL 7 (ĐT.01/2026, listed by both institutes, once) and 4 → median 5.5, half at ≥ 7.
    expect(value('III.1')).toBe(5.5);
    expect(byCode.get('III.1')?.distribution?.[7]).toBe(1);
    expect(byCode.get('III.1')?.distribution?.[4]).toBe(1);
    // III.8: accepted 2024–2026: both tasks; commercialised: ĐT.01/2026.
    expect([comp('III.8', 'results'), comp('III.8', 'commercialised')]).toEqual([2, 1]);
    // III.1 also says its distribution: one result at TRL 4, one at TRL 7 → 50 % at TRL ≥ 7.
    const trl = byCode.get('III.1')?.flags.find((f) => f.code === 'TRL_DISTRIBUTION');
    expect(trl?.params).toMatchObject({ count: 2, high: 50, levels: 'TRL 4: 1; TRL 7: 1' });
    // III.7: granted in 2026 per the lead's row; IV.1: the licence contract and its value.
    expect(comp('III.7', 'patents_utility')).toBe(1);
    expect([comp('IV.1', 'licence_contracts'), comp('IV.1', 'ip_revenue')]).toEqual([1, 120]);
    // IV.5: the enterprise using research results, once.
    expect(comp('IV.5', 'beneficiaries')).toBe(1);
    // II.5: one textbook; II.8's denominator: the 3 de-duplicated international papers.
    expect(comp('II.5', 'textbooks')).toBe(1);
    expect(comp('II.8', 'intl_papers')).toBe(3);
    // I.3: the strong group listed by two units, once; I.6: two labs; equipment 800 + 4 500 + 1 500.
    expect(comp('I.3', 'strong_groups')).toBe(1);
    expect([comp('I.6', 'labs'), comp('I.6', 'equipment_value')]).toEqual([2, 6_800]);
    const used = byCode
      .get('IV.6')
      ?.flags.find((f) => f.code === 'REGISTER_USED' && f.component === 'st_enterprises');
    // One enterprise from three units: two rows removed.
    expect(used?.params).toMatchObject({ items: 1, units: 3, removed: 2 });
  });
});

describe('the consolidated workbook of those registers', () => {
  it('has one sheet per register, and the summary’s counts link to them (read back by openpyxl)', async () => {
    requireOpenpyxl();
    const files = [];
    for (const u of UNITS) {
      const t = await writeTemplate(dir, u.unit, `report-${u.file}`);
      const out = join(dir, `r-${u.file}`);
      fillWithOpenpyxl(t.path, out, { tables: u.tables, values: u.values ?? {} });
      files.push({
        file: u.file,
        receivedAt: '2026-12-01T03:00:00Z',
        sha256: u.file.padEnd(64, '0'),
        sizeBytes: 1,
        outcome: readWorkbookSync(readFileSync(out), u.file),
      });
    }
    const run = buildRun(catalog, files, {
      year: 2026,
      deadline: DEFAULT_DEADLINE,
      expectedUnits: defaultExpectedUnits(catalog),
      readAt: '2026-12-06T02:00:00.000Z',
      officialPopulation: 3_619_433,
    });
    const report = join(dir, 'tong-hop.xlsx');
    writeFileSync(report, await writeReportXlsx(buildReport(catalog, run), { charts: false }));
    const script = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb[sys.argv[2]]
links = {}
for row in ws.iter_rows():
    for c in row:
        if c.hyperlink is not None:
            links[str(ws.cell(row=c.row, column=1).value)] = c.hyperlink.location
print(json.dumps({'sheets': wb.sheetnames, 'links': links}))`;
    const out = JSON.parse(
      execFileSync(PYTHON, ['-c', script, report, REPORT_SHEETS.summary], { encoding: 'utf8' }),
    ) as { sheets: string[]; links: Record<string, string> };
    // Every register some unit listed: all seven.
    const listed = REGISTERS.map((r) => r.sheetVi);
    expect(out.sheets.filter((s) => s.startsWith('DS '))).toEqual(listed);
    expect(out.links['II.1']).toBe("'DS Công bố'!A1");
    expect(out.links['III.2']).toBe("'DS Sở hữu trí tuệ'!A1");
    expect(out.links['III.8']).toBe("'DS Nhiệm vụ KH&CN'!A1");
    // IV.6's headline (new enterprises) is Sở Tài chính's, not reported here: an empty cell, no link.
    expect(out.links['IV.6']).toBeUndefined();
    expect(out.links['I.1']).toBe("'DS Văn bản'!A1");
    expect(out.links['I.3']).toBe("'DS Hạ tầng, nhóm NC'!A1");
    // An indicator no register feeds has no link.
    expect(out.links['I.2']).toBeUndefined();
  }, 120_000);
});

describeWithLibreOffice('a template with registers in LibreOffice', () => {
  it('keeps every table, its header and each column’s check after LibreOffice opens and saves it', async () => {
    requireOpenpyxl();
    const lo = join(dir, 'lo');
    mkdirSync(lo, { recursive: true });
    const t = await writeTemplate(dir, 'so-khcn', 'so-khcn-lo.xlsx');
    convertWithLibreOffice([t.path], lo, join(dir, 'lo-profile'));
    const script = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {}
for ws in wb.worksheets:
    for t in ws.tables.values():
        dvs = sorted((str(d.sqref).split(':')[0], d.type) for d in ws.data_validations.dataValidation)
        out[t.displayName] = {'sheet': ws.title, 'ref': t.ref, 'header': [c.value for c in ws[t.ref.split(':')[0][0] + '3':t.ref.split(':')[1][0] + '3'][0]], 'checks': dvs}
print(json.dumps(out))`;
    const read = (path: string) =>
      JSON.parse(execFileSync(PYTHON, ['-c', script, path], { encoding: 'utf8' })) as Record<
        string,
        { sheet: string; ref: string; header: string[]; checks: [string, string][] }
      >;
    const before = read(t.path);
    const after = read(join(lo, 'so-khcn-lo.xlsx'));
    expect(Object.keys(before).sort()).toEqual(REGISTERS.map((r) => r.table).sort());
    expect(after).toEqual(before);
    // Every column of every table is checked from its first data row.
    for (const r of REGISTERS) {
      expect(after[r.table]?.header).toEqual(r.columns.map((c) => c.headerVi));
      expect(after[r.table]?.checks.map(([cell]) => cell)).toHaveLength(r.columns.length);
      for (const [cell] of after[r.table]?.checks ?? []) expect(cell).toMatch(/^[A-Z]4$/);
    }
    // The hardened reader still finds the tables in LibreOffice's file.
    const back = readWorkbookSync(readFileSync(join(lo, 'so-khcn-lo.xlsx')), 'so-khcn-lo.xlsx');
    expect(back.ok && Object.keys(back.reading.tables ?? {}).sort()).toEqual(
      REGISTERS.map((r) => r.table).sort(),
    );
  }, 240_000);
});
