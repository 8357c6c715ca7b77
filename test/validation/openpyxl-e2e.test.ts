/**
 * Headline case: a template filled by ANOTHER program — Python's openpyxl, finding cells by the
 * KHCN_… defined names — is checked with `khcn validate`: the expected issues at the expected
 * cells (exit 1); the same file after fixing validates clean (exit 0). openpyxl writes formulas
 * without cached values: the template's result cells are not inputs, so they raise nothing.
 * Then: a file recalculated by LibreOffice (cached results), and several files at once.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { captureOutput } from '../helpers/capture-output';
import { fillWithOpenpyxl, requireOpenpyxl, tempDir, validSpecValues, writeTemplate } from './helpers';
import type { SignOffField } from '../../src/domain/template/sign-off';

jest.setTimeout(180_000);

const capture = captureOutput;

interface JsonIssue {
  file: string;
  sheet?: string;
  cell?: string;
  definedName?: string;
  indicator?: string;
  code: string;
  severity: string;
  messageVi: string;
  messageEn: string;
  params?: Record<string, unknown>;
}
interface JsonRun {
  verdict: string;
  exitCode: number;
  files: { file: string; readable: boolean; errors: number; warnings: number; issues: JsonIssue[] }[];
}

async function validate(...args: string[]): Promise<{ code: number; json: JsonRun }> {
  const o = capture();
  const code = await main(['validate', ...args, '--json'], o);
  return { code, json: JSON.parse(o.stdout) as JsonRun };
}

const dir = tempDir('khcn-e2e-');
let template: string;
let layout: Awaited<ReturnType<typeof writeTemplate>>['layout'];
const signOffCell = (field: SignOffField): string =>
  layout.signOff?.find((s) => s.field === field)?.range ?? '';

const cellOf = (name: string, i = 0): string => {
  const range = layout.inputs.find((x) => x.name === name)?.range ?? '';
  const [first = ''] = range.split(':');
  return `E${Number(first.slice(1)) + i}`;
};

/** What a unit's own script might write: mostly right, with the usual mistakes. */
const MISTAKES = {
  KHCN_I_2_fte_researchers: '1,234', // ambiguous in a decimal field: 1.234 or 1234?
  KHCN_I_2_fte: '4,5', // Vietnamese decimal comma as text: read, with a warning
  KHCN_I_2_population: 3_619_433_000, // three zeros too many
  KHCN_II_1_papers: 'mười hai', // words in a number cell
  KHCN_II_1_doi_list: '10.1000/abc.2026; chưa có DOI',
  KHCN_II_7_citations: [12, 5, 'ba', 3], // one citation count in words
  KHCN_II_3_intl_papers: 3,
  KHCN_II_3_q1_papers: 5, // Q1 papers above international papers
  KHCN_II_6_citations: '=SUM(J1:J3)', // a formula: openpyxl stores no result
  KHCN_V_9_baseline_date: '15/03/2025', // a date typed as text
  KHCN_II_2_papers: null, // required, left blank
};

beforeAll(async () => {
  requireOpenpyxl();
  ({ path: template, layout } = await writeTemplate(dir, 'thong-ke', 'Bieu_mau_thong-ke.xlsx'));
});

describe('a template filled by openpyxl, by defined names', () => {
  let filled: string;
  beforeAll(() => {
    filled = join(dir, 'thong-ke-filled.xlsx');
    fillWithOpenpyxl(template, filled, { values: { ...validSpecValues(layout), ...MISTAKES } });
  });

  it('validates with the expected issues at the expected cells (exit 1)', async () => {
    const { code, json } = await validate(filled);
    expect(code).toBe(1);
    expect(json.verdict).toBe('errors');
    const [file] = json.files;
    const got = file?.issues.map((i) => [i.code, i.severity, i.cell, i.definedName]);
    expect(got).toEqual([
      ['NUMBER_AS_TEXT_VI', 'warning', cellOf('KHCN_I_2_fte'), 'KHCN_I_2_fte'],
      ['NUMBER_AMBIGUOUS', 'error', cellOf('KHCN_I_2_fte_researchers'), 'KHCN_I_2_fte_researchers'],
      ['VALUE_ABOVE_MAX', 'error', cellOf('KHCN_I_2_population'), 'KHCN_I_2_population'],
      ['VALUE_NOT_NUMBER', 'error', cellOf('KHCN_II_1_papers'), 'KHCN_II_1_papers'],
      ['LIST_ITEM_DOI_INVALID', 'warning', cellOf('KHCN_II_1_doi_list'), 'KHCN_II_1_doi_list'],
      ['VALUE_REQUIRED', 'error', cellOf('KHCN_II_2_papers'), 'KHCN_II_2_papers'],
      ['CROSS_RULE_VIOLATED', 'error', cellOf('KHCN_II_3_q1_papers'), 'KHCN_II_3_q1_papers'],
      ['FORMULA_NO_CACHED_VALUE', 'error', cellOf('KHCN_II_6_citations'), 'KHCN_II_6_citations'],
      ['LIST_ITEM_INVALID', 'error', cellOf('KHCN_II_7_citations', 2), 'KHCN_II_7_citations'],
      ['DATE_AS_TEXT', 'warning', cellOf('KHCN_V_9_baseline_date'), 'KHCN_V_9_baseline_date'],
      // Marked "Hoàn thành" with the 7 errors above: not complete.
      ['COMPLETE_WITH_ERRORS', 'error', signOffCell('complete'), 'KHCN_HOAN_THANH'],
    ]);
    expect(file?.issues.at(-1)?.params).toEqual({ errors: 7 });
    for (const i of file?.issues.filter((x) => x.code !== 'COMPLETE_WITH_ERRORS') ?? []) {
      expect(i).toMatchObject({ file: filled, sheet: 'Nhập liệu', indicator: expect.any(String) });
      expect(i.messageVi).toContain(`Tệp “${filled}”, trang “Nhập liệu”, ô ${i.cell}`);
      expect(i.messageEn).toContain(`File “${filled}”, sheet “Nhập liệu”, cell ${i.cell}`);
    }
    const ambiguous = file?.issues.find((i) => i.code === 'NUMBER_AMBIGUOUS')?.messageVi ?? '';
    expect(ambiguous).toContain('1,234');
    expect(ambiguous).toContain('1234');
  });

  it('human output is grouped by file, then indicator, in Vietnamese', async () => {
    const o = capture();
    expect(await main(['validate', filled], o)).toBe(1);
    expect(o.stdout).toContain(`Tệp “${filled}” (đơn vị Thống kê tỉnh, năm 2026): CÓ LỖI`);
    expect(o.stdout).toMatch(
      /Chỉ tiêu I\.2 – [^\n]+: Có lỗi \(2\)\n {4}(LỖI|CẢNH BÁO): Trang “Nhập liệu”, ô E\d+/,
    );
    expect(o.stdout).toMatch(/\n {4}LỖI: Trang “Nhập liệu”, ô E\d+, tên vùng KHCN_I_2_fte_researchers/);
    expect(o.stdout).toContain('Chỉ tiêu II.2 – Số lượng bài báo khoa học trong nước: Có lỗi (1)');
    expect(o.stdout).toContain('CẢNH BÁO: Trang “Nhập liệu”');
  });

  it('the same file after fixing validates clean (exit 0)', async () => {
    const fixed = join(dir, 'thong-ke-fixed.xlsx');
    // The breakdown parts are optional: the mistyped one is cleared.
    fillWithOpenpyxl(filled, fixed, {
      values: { ...validSpecValues(layout), KHCN_I_2_fte_researchers: null },
    });
    const { code, json } = await validate(fixed);
    expect(json.files[0]?.issues).toEqual([]);
    expect(code).toBe(0);
    const o = capture();
    expect(await main(['validate', fixed], o)).toBe(0);
    expect(o.stdout).toContain(': ĐẠT');
  });
});

describe('several files at once', () => {
  it('a bad file never stops the others: exit 2 if one is unreadable, 1 if one has errors, 0 if all pass', async () => {
    const good = join(dir, 'good.xlsx');
    fillWithOpenpyxl(template, good, { values: validSpecValues(layout) });
    const warn = join(dir, 'warn.xlsx');
    fillWithOpenpyxl(template, warn, { values: { ...validSpecValues(layout), KHCN_II_1_papers: 5000 } });
    const bad = join(dir, 'bad.xlsx');
    fillWithOpenpyxl(template, bad, { values: { ...validSpecValues(layout), KHCN_I_2_fte: -1 } });
    const notXlsx = join(dir, 'notes.txt');
    writeFileSync(notXlsx, 'không phải Excel');

    const all = await validate(notXlsx, good, bad);
    expect(all.code).toBe(2);
    expect(all.json.files.map((f) => [f.readable, f.errors])).toEqual([
      [false, 1],
      [true, 0],
      // The negative value, and the "Hoàn thành" mark it blocks.
      [true, 2],
    ]);
    expect(all.json.files[0]?.issues[0]).toMatchObject({ code: 'FILE_NOT_XLSX', file: notXlsx });
    expect((await validate(good, bad)).code).toBe(1);
    const warned = await validate(good, warn);
    expect(warned.code).toBe(0);
    expect(warned.json.files[1]?.warnings).toBe(1);
  });

  it('--unit and --year state what is expected', async () => {
    const good = join(dir, 'good.xlsx');
    const other = await validate(good, '--unit', 'so-khcn', '--year', '2027');
    expect(other.code).toBe(1);
    expect(other.json.files[0]?.issues.map((i) => i.code)).toEqual([
      'TEMPLATE_WRONG_UNIT',
      'TEMPLATE_WRONG_YEAR',
      'COMPLETE_WITH_ERRORS',
    ]);
    const o = capture();
    expect(await main(['validate', good, '--unit', 'khong-co'], o)).toBe(2);
    expect(o.stderr).toContain('Không có đơn vị “khong-co”');
    expect(await main(['validate'], capture())).toBe(2);
  });
});

const soffice = (process.env.PATH ?? '')
  .split(':')
  .map((d) => join(d, 'soffice'))
  .find((p) => existsSync(p));
const withLibreOffice = soffice ? describe : describe.skip;

withLibreOffice('a file recalculated by LibreOffice (cached formula results)', () => {
  it('a formula typed into an input is a warning and its cached result is used', async () => {
    const typed = join(dir, 'formula.xlsx');
    fillWithOpenpyxl(template, typed, { values: { ...validSpecValues(layout), KHCN_I_2_headcount: '=2+3' } });
    const out = join(dir, 'lo');
    const run = spawnSync(
      soffice ?? 'soffice',
      [
        `-env:UserInstallation=file://${join(dir, 'lo-profile')}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'xlsx',
        '--outdir',
        out,
        typed,
      ],
      { encoding: 'utf8', timeout: 120_000 },
    );
    expect(run.status).toBe(0);
    const { code, json } = await validate(join(out, 'formula.xlsx'));
    expect(json.files[0]?.issues.map((i) => [i.code, i.cell])).toEqual([
      ['FORMULA_IN_INPUT', cellOf('KHCN_I_2_headcount')],
    ]);
    expect(code).toBe(0);
  });
});

describe('a folder', () => {
  it('stands for the files in it (subfolders too), as consolidate reads it', async () => {
    const folder = join(dir, 'thu-muc');
    mkdirSync(join(folder, 'con'), { recursive: true });
    fillWithOpenpyxl(template, join(folder, 'a.xlsx'), { values: validSpecValues(layout) });
    fillWithOpenpyxl(template, join(folder, 'con', 'b.xlsx'), { values: validSpecValues(layout) });
    const r = await validate(folder);
    expect(r.code).toBe(0);
    expect(r.json.files.map((f) => f.file)).toEqual([join(folder, 'a.xlsx'), join(folder, 'con', 'b.xlsx')]);
  });
});
