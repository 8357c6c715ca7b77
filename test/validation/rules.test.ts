/** The pure rules, one focused case each, on in-memory readings of real unit templates. */
import { isoToExcelSerial, type Catalog } from '../../src/domain/catalog';
import { renderIssue } from '../../src/domain/issues';
import { TEMPLATE_VERSION } from '../../src/domain/template/layout-types';
import {
  analyzeTemplate,
  extractValues,
  statusText,
  summarize,
  validateTemplate,
  type CellValue,
} from '../../src/domain/validation';
import { catalog, codes, EMPTY, num, only, TestReading, txt, vi } from './helpers';

const FILE = 'thong-ke.xlsx';
const expect2026 = { file: FILE, year: 2026, unitId: 'thong-ke' };
const check = (r: TestReading, c: Catalog = catalog) => validateTemplate(c, r.build(), expect2026);

describe('a complete, valid template', () => {
  it('has no issue and every input extracts as a value', () => {
    const r = new TestReading('thong-ke');
    expect(check(r)).toEqual([]);
    const values = extractValues(catalog, r.build());
    expect(values.unitId).toBe('thong-ke');
    const i2 = values.indicators.find((i) => i.code === 'I.2');
    const ok = i2?.components.filter((c) => c.state === 'ok');
    expect(ok?.map((c) => [c.key, c.value])).toEqual([
      ['headcount', { kind: 'number', value: 5 }],
      ['fte', { kind: 'number', value: 2 }],
      ['population', { kind: 'number', value: 5 }],
    ]);
    // The optional breakdowns (by occupation, sex, sector) are left blank: empty, never 0.
    const others = i2?.components.filter((c) => c.state !== 'ok') ?? [];
    expect(others.length).toBe(16);
    expect(others.every((c) => c.state === 'empty' && c.value === undefined)).toBe(true);
  });
});

describe('one input cell', () => {
  it('VALUE_REQUIRED: an empty required input is an error at its cell, and never extracts as 0', () => {
    const r = new TestReading('thong-ke').set('KHCN_I_2_fte', EMPTY);
    const issues = check(r);
    expect(codes(issues)).toEqual(['VALUE_REQUIRED']);
    expect(issues[0]).toMatchObject({
      severity: 'error',
      file: FILE,
      sheet: 'Nhập liệu',
      cell: r.address('KHCN_I_2_fte'),
      definedName: 'KHCN_I_2_fte',
      indicator: 'I.2',
      component: 'fte',
    });
    expect(vi(issues[0]!)).toContain(`ô ${r.address('KHCN_I_2_fte')}`);
    const fte = extractValues(catalog, r.build())
      .indicators.find((i) => i.code === 'I.2')
      ?.components.find((c) => c.key === 'fte');
    expect(fte).toMatchObject({ state: 'empty' });
    expect(fte?.value).toBeUndefined();
  });

  it('"enter 0 if there is none" is said for counts only, never for population, scores or productivity', () => {
    // thong-ke is lead of I.2 (population) and V.3 (productivity) and V.9 (scores).
    const r = new TestReading('thong-ke')
      .set('KHCN_I_2_headcount', EMPTY)
      .set('KHCN_I_2_population', EMPTY)
      .set('KHCN_V_3_productivity_current', EMPTY)
      .set('KHCN_V_9_current_score', EMPTY);
    const issues = check(r).filter((i) => i.code.startsWith('VALUE_REQUIRED'));
    const byName = new Map(issues.map((i) => [i.definedName, i]));
    expect(byName.get('KHCN_I_2_headcount')?.code).toBe('VALUE_REQUIRED');
    expect(vi(byName.get('KHCN_I_2_headcount')!)).toContain('hãy nhập 0');
    for (const name of ['KHCN_I_2_population', 'KHCN_V_3_productivity_current', 'KHCN_V_9_current_score']) {
      expect(byName.get(name)?.code).toBe('VALUE_REQUIRED_MEASURE');
      expect(vi(byName.get(name)!)).not.toContain('hãy nhập 0');
      expect(vi(byName.get(name)!)).toContain('không nhập 0');
    }
  });

  it('NUMBER_AS_TEXT_VI: "234,5" and "3.619.433" are read the Vietnamese way, with a warning', () => {
    const r = new TestReading('thong-ke')
      .set('KHCN_I_2_headcount', num(1000))
      .set('KHCN_I_2_fte', txt('234,5'))
      .set('KHCN_I_2_population', txt('3.619.433'));
    const issues = check(r);
    expect(codes(issues)).toEqual(['NUMBER_AS_TEXT_VI', 'NUMBER_AS_TEXT_VI']);
    expect(issues[0]).toMatchObject({ severity: 'warning', params: { text: '234,5', value: 234.5 } });
    expect(vi(issues[1]!)).toContain('hệ thống đọc là 3.619.433');
    const i2 = extractValues(catalog, r.build()).indicators[0]?.components.filter((c) => c.state === 'ok');
    expect(i2?.map((c) => c.value)).toEqual([num(1000), num(234.5), num(3_619_433)]);
  });

  it('NUMBER_AS_TEXT / _EN: plain and English-style numbers typed as text are warnings', () => {
    const r = new TestReading('thong-ke')
      .set('KHCN_I_2_headcount', txt('5'))
      .set('KHCN_I_2_population', txt('3,619,433'));
    expect(codes(check(r))).toEqual(['NUMBER_AS_TEXT', 'NUMBER_AS_TEXT_EN']);
  });

  it('NUMBER_AMBIGUOUS: "1,234" in a decimal field is refused, showing both readings', () => {
    const r = new TestReading('thong-ke').set('KHCN_I_2_fte', txt('1,234'));
    const issues = check(r);
    expect(codes(issues)).toEqual(['NUMBER_AMBIGUOUS']);
    expect(issues[0]).toMatchObject({ severity: 'error', params: { readingVi: 1.234, readingEn: 1234 } });
    expect(vi(issues[0]!)).toMatch(/1,234.*theo cách viết Việt Nam.*1234.*theo cách viết tiếng Anh/);
  });

  it('"1,234" and "1.234" in a whole-number field are 1234: the other reading is not a whole number', () => {
    for (const [text, code] of [
      ['1,234', 'NUMBER_AS_TEXT_EN'],
      ['1.234', 'NUMBER_AS_TEXT_VI'],
    ] as const) {
      const r = new TestReading('thong-ke').set('KHCN_I_2_headcount', txt(text));
      const issues = check(r).filter((i) => i.component === 'headcount');
      expect(issues.map((i) => [i.code, i.params.value])).toEqual([[code, 1234]]);
    }
  });

  it.each<[string, CellValue, string]>([
    ['text', txt('khoảng 100 người'), 'khoảng 100 người'],
    ['a boolean', { kind: 'boolean', value: true }, 'TRUE'],
    [
      'a date (Excel turned "1/2" into a date)',
      { kind: 'date', value: isoToExcelSerial('2026-02-01') },
      '01/02/2026',
    ],
  ])('VALUE_NOT_NUMBER: %s in a numeric input', (_, value, shown) => {
    const issues = check(new TestReading('thong-ke').set('KHCN_I_2_headcount', value));
    expect(codes(issues)).toEqual(['VALUE_NOT_NUMBER']);
    expect(issues[0]?.params.text).toBe(shown);
  });

  it('VALUE_NOT_INTEGER: a headcount of 2.5', () => {
    expect(codes(check(new TestReading('thong-ke').set('KHCN_I_2_headcount', num(2.5))))).toEqual([
      'VALUE_NOT_INTEGER',
    ]);
  });

  it('VALUE_BELOW_MIN and VALUE_ABOVE_MAX (far out of range) are errors', () => {
    const below = check(new TestReading('thong-ke').set('KHCN_I_2_fte', num(-1)));
    expect(codes(below)).toEqual(['VALUE_BELOW_MIN']);
    const above = check(new TestReading('thong-ke').set('KHCN_I_2_population', num(3_619_433_000)));
    expect(codes(above)).toEqual(['VALUE_ABOVE_MAX']);
    expect(above[0]).toMatchObject({ severity: 'error', params: { value: 3_619_433_000, max: 20_000_000 } });
    expect(vi(above[0]!)).toContain('3.619.433.000');
  });

  it('VALUE_UNUSUALLY_HIGH: above warnAbove is a warning and the value is used', () => {
    const r = new TestReading('thong-ke').set('KHCN_II_1_papers', num(5000));
    const issues = check(r);
    expect(codes(issues)).toEqual(['VALUE_UNUSUALLY_HIGH']);
    expect(issues[0]).toMatchObject({ severity: 'warning', params: { value: 5000, threshold: 1000 } });
  });

  it('FORMULA_IN_INPUT: a formula with a cached value is a warning; the cached value is used', () => {
    const r = new TestReading('thong-ke');
    r.cell('KHCN_I_2_headcount').formula = { text: 'SUM(J1:J5)', cached: true };
    const issues = check(r);
    expect(codes(issues)).toEqual(['FORMULA_IN_INPUT']);
    expect(issues[0]).toMatchObject({ severity: 'warning', params: { formula: '=SUM(J1:J5)' } });
    expect(extractValues(catalog, r.build()).indicators[0]?.components[0]?.value).toEqual(num(5));
  });

  it('FORMULA_NO_CACHED_VALUE: a formula without a cached result is an error, never read as 0', () => {
    const r = new TestReading('thong-ke').set('KHCN_I_2_headcount', EMPTY);
    r.cell('KHCN_I_2_headcount').formula = { text: 'J1*2', cached: false };
    const issues = check(r);
    expect(codes(issues)).toEqual(['FORMULA_NO_CACHED_VALUE']);
    const c = extractValues(catalog, r.build()).indicators[0]?.components[0];
    expect(c).toMatchObject({ state: 'invalid' });
    expect(c?.value).toBeUndefined();
  });

  it.each(['#REF!', '#N/A', '#DIV/0!'])('CELL_ERROR_VALUE: %s in an input', (error) => {
    const issues = check(new TestReading('thong-ke').set('KHCN_I_2_fte', { kind: 'error', value: error }));
    expect(codes(issues)).toEqual(['CELL_ERROR_VALUE']);
    expect(vi(issues[0]!)).toContain(error);
  });

  it('VALUE_PERCENT_SCALE: 45 in a percent input means 45 %; "45%" and 0.45 are right', () => {
    const pc = percentCatalog();
    const scale = check(new TestReading('thong-ke').set('KHCN_II_3_q1_papers', num(45)), pc);
    expect(codes(scale)).toEqual(['VALUE_PERCENT_SCALE']);
    expect(scale[0]).toMatchObject({ percent: true, params: { value: 45, suggested: 0.45 } });
    expect(vi(scale[0]!)).toContain('45%');
    expect(codes(check(new TestReading('thong-ke').set('KHCN_II_3_q1_papers', num(0.45)), pc))).toEqual([]);
    expect(codes(check(new TestReading('thong-ke').set('KHCN_II_3_q1_papers', txt('45%')), pc))).toEqual([
      'NUMBER_AS_TEXT',
    ]);
  });
});

/** The catalogue has no percent input yet: make II.3 q1_papers one (a fraction 0–1). */
function percentCatalog(): Catalog {
  const copy = JSON.parse(JSON.stringify(catalog)) as Catalog & {
    indicators: { code: string; components: object[]; crossRules: unknown[] }[];
  };
  const ind = copy.indicators.find((i) => i.code === 'II.3');
  if (!ind) throw new Error('II.3');
  ind.components = ind.components.map((c) =>
    (c as { key: string }).key === 'q1_papers'
      ? { ...c, type: 'percent', min: 0, max: 1, warnAbove: undefined }
      : c,
  );
  ind.crossRules = [];
  return copy;
}

describe('dates', () => {
  const name = 'KHCN_V_9_baseline_date';
  it('a date cell is valid; day/month/year typed as text is read with DATE_AS_TEXT', () => {
    const issues = check(new TestReading('thong-ke').set(name, txt('15/03/2025')));
    expect(codes(issues)).toEqual(['DATE_AS_TEXT']);
    expect(issues[0]?.params).toMatchObject({ text: '15/03/2025', date: '15/03/2025' });
  });
  it('VALUE_NOT_DATE: 31/02/2025 does not exist', () => {
    expect(codes(check(new TestReading('thong-ke').set(name, txt('31/02/2025'))))).toEqual([
      'VALUE_NOT_DATE',
    ]);
  });
  it('DATE_OUT_OF_RANGE shows dates, not serials', () => {
    const issues = check(
      new TestReading('thong-ke').set(name, { kind: 'date', value: isoToExcelSerial('2035-01-01') }),
    );
    expect(codes(issues)).toEqual(['DATE_OUT_OF_RANGE']);
    expect(issues[0]?.params).toEqual({
      date: '01/01/2035',
      min: '01/01/2020',
      max: '31/12/2030',
      componentVi: expect.any(String),
      componentEn: expect.any(String),
    });
  });
});

describe('levels (TRL) and text', () => {
  it('a TRL must be a whole number from 1 to 9', () => {
    const r = new TestReading('so-khcn');
    const e = { file: 'so-khcn.xlsx', year: 2026 };
    expect(validateTemplate(catalog, r.build(), e)).toEqual([]);
    expect(codes(validateTemplate(catalog, r.set('KHCN_III_1_trl_1', num(4.5)).build(), e))).toEqual([
      'VALUE_NOT_INTEGER',
    ]);
    expect(codes(validateTemplate(catalog, r.set('KHCN_III_1_trl_1', num(10)).build(), e))).toEqual([
      'VALUE_ABOVE_MAX',
    ]);
  });
  it('a required text input (V.9 method) must not be blank', () => {
    const issues = check(new TestReading('thong-ke').set('KHCN_V_9_method', txt('   ')));
    expect(codes(issues)).toEqual(['TEXT_REQUIRED']);
    expect(vi(issues[0]!)).toContain('“Không có”');
  });
});

describe('lists', () => {
  const name = 'KHCN_II_7_citations';
  it('a numeric list is read from its vertical block: numbers and "a; b" text cells, blanks skipped', () => {
    const r = new TestReading('thong-ke').set(name, num(12), txt('5; 3'), EMPTY, num(0));
    expect(check(r)).toEqual([]);
    const c = extractValues(catalog, r.build()).indicators.find((i) => i.code === 'II.7')?.components[0];
    expect(c?.value).toEqual({ kind: 'numbers', values: [12, 5, 3, 0] });
  });
  it('LIST_ITEM_INVALID names the item and its position; the whole list is then unusable', () => {
    const r = new TestReading('thong-ke').set(name, num(12), txt('5; ba'), num(4));
    const issues = check(r);
    expect(codes(issues)).toEqual(['LIST_ITEM_INVALID']);
    expect(issues[0]).toMatchObject({ cell: r.address(name, 1), params: { position: '3', item: 'ba' } });
    const c = extractValues(catalog, r.build()).indicators.find((i) => i.code === 'II.7')?.components[0];
    expect(c?.state).toBe('invalid');
  });
  it('LIST_ITEM_AMBIGUOUS: "1,234" as an item', () => {
    const issues = check(new TestReading('thong-ke').set(name, txt('7; 1,234')));
    expect(codes(issues)).toEqual(['LIST_ITEM_AMBIGUOUS']);
    expect(issues[0]?.params).toMatchObject({ position: '2', readingVi: 1.234, readingEn: 1234 });
  });
  it('each item is bounded and, feeding the h-index, must be whole', () => {
    const r = new TestReading('thong-ke').set(name, num(3), num(-1), num(2.5));
    expect(codes(check(r))).toEqual(['VALUE_BELOW_MIN', 'VALUE_NOT_INTEGER']);
    expect(only(check(r), 'VALUE_NOT_INTEGER')[0]?.cell).toBe(r.address(name, 2));
  });
  it('a required list with no item is VALUE_REQUIRED at its first cell', () => {
    const r = new TestReading('thong-ke').set(name);
    expect(check(r).map((i) => [i.code, i.cell])).toEqual([['VALUE_REQUIRED', r.address(name, 0)]]);
  });
  it('LIST_ITEM_DOI_INVALID: a DOI list warns on a malformed DOI; DOIs are normalised', () => {
    const doi = 'KHCN_II_1_doi_list';
    const r = new TestReading('thong-ke').set(
      doi,
      txt('10.1000/abc\nhttps://doi.org/10.1000/XYZ; bài báo số 3'),
    );
    const issues = check(r);
    expect(codes(issues)).toEqual(['LIST_ITEM_DOI_INVALID']);
    expect(issues[0]).toMatchObject({ severity: 'warning', params: { position: '3', item: 'bài báo số 3' } });
    const c = extractValues(catalog, r.build()).indicators.find((i) => i.code === 'II.1')?.components[1];
    expect(c?.value).toEqual({ kind: 'texts', values: ['10.1000/abc', '10.1000/xyz', 'bài báo số 3'] });
  });
});

describe('structure: names, sheets, merged cells', () => {
  it('NAME_MISSING: a deleted name of an expected input', () => {
    const r = new TestReading('thong-ke');
    delete r.names.KHCN_I_2_fte;
    const issues = check(r);
    expect(codes(issues)).toEqual(['NAME_MISSING']);
    expect(issues[0]).toMatchObject({
      definedName: 'KHCN_I_2_fte',
      indicator: 'I.2',
      params: { name: 'KHCN_I_2_fte' },
    });
  });

  it('NAME_BROKEN: a name that became #REF!', () => {
    const r = new TestReading('thong-ke');
    r.names.KHCN_I_2_fte = { status: 'broken', refersTo: '#REF!' };
    expect(codes(check(r))).toEqual(['NAME_BROKEN']);
  });

  it('SHEET_MISSING: a deleted data sheet is one error, not one per name', () => {
    const r = new TestReading('thong-ke');
    r.sheets = r.sheets.filter((s) => s !== 'Nhập liệu');
    const issues = check(r);
    expect(codes(issues)).toEqual(['SHEET_MISSING']);
    expect(issues[0]).toMatchObject({ severity: 'error', params: { name: 'Nhập liệu' } });
    expect(vi(issues[0]!)).toContain('Không tìm thấy trang tính “Nhập liệu”');
  });

  it('SHEET_MISSING is only a warning when the sheet was renamed and the names still resolve', () => {
    const r = new TestReading('thong-ke');
    r.sheets = r.sheets.map((s) => (s === 'Nhập liệu' ? 'Số liệu' : s));
    for (const n of Object.values(r.names)) if (n.status === 'ok') n.sheet = 'Số liệu';
    const issues = check(r);
    expect(issues.map((i) => [i.code, i.severity])).toEqual([['SHEET_MISSING', 'warning']]);
    expect(extractValues(catalog, r.build()).indicators[0]?.components[0]?.state).toBe('ok');
  });

  it('MERGED_INPUT_CELL: a warning when the value is kept, an error when it is lost or shared', () => {
    const r = new TestReading('thong-ke');
    const a = r.address('KHCN_I_2_headcount');
    const row = Number(a.slice(1));
    r.cell('KHCN_I_2_headcount').merged = `E${row}:F${row}`;
    expect(check(r).map((i) => [i.code, i.severity, i.params.range])).toEqual([
      ['MERGED_INPUT_CELL', 'warning', `E${row}:F${row}`],
    ]);
    r.cell('KHCN_I_2_headcount').merged = `D${row}:E${row}`;
    expect(check(r).map((i) => [i.code, i.severity])).toEqual([['MERGED_INPUT_CELL', 'error']]);
    r.cell('KHCN_I_2_headcount').merged = `E${row}:E${row + 1}`;
    expect(check(r).map((i) => [i.code, i.severity])).toEqual([['MERGED_INPUT_CELL', 'error']]);
  });
});

describe('identity', () => {
  it('IDENTITY_MISSING: no identity sheet; inputs found are still checked, none is expected', () => {
    const r = new TestReading('thong-ke').set('KHCN_I_2_fte', num(-3));
    r.identity = undefined;
    delete r.names.KHCN_I_2_headcount;
    const issues = validateTemplate(catalog, r.build(), { file: FILE });
    expect(codes(issues)).toEqual(['IDENTITY_MISSING', 'VALUE_BELOW_MIN']);
    expect(issues[0]).toMatchObject({ file: FILE, severity: 'error' });
  });

  it('TEMPLATE_WRONG_YEAR', () => {
    const issues = check(new TestReading('thong-ke').identityValue('year', 2025));
    expect(issues.map((i) => [i.code, i.params.found, i.params.expected])).toEqual([
      ['TEMPLATE_WRONG_YEAR', '2025', '2026'],
    ]);
  });

  it('TEMPLATE_WRONG_UNIT names both units', () => {
    const issues = validateTemplate(catalog, new TestReading('thong-ke').build(), {
      ...expect2026,
      unitId: 'so-khcn',
    });
    expect(codes(issues)).toEqual(['TEMPLATE_WRONG_UNIT']);
    expect(vi(issues[0]!)).toContain('Thống kê tỉnh (thong-ke)');
    expect(vi(issues[0]!)).toContain('Sở Khoa học và Công nghệ (so-khcn)');
  });

  it('TEMPLATE_OLD_VERSION: an older template, or an older catalogue, is a warning', () => {
    const old = check(new TestReading('thong-ke').identityValue('templateVersion', '0.9'));
    expect(old.map((i) => [i.code, i.severity, i.params.expected])).toEqual([
      ['TEMPLATE_OLD_VERSION', 'warning', TEMPLATE_VERSION],
    ]);
    const cat = check(new TestReading('thong-ke').identityValue('catalogVersion', '2025.9'));
    expect(cat.map((i) => [i.code, i.params.found])).toEqual([['TEMPLATE_OLD_VERSION', '2025.9']]);
  });

  it('IDENTITY_UNKNOWN_UNIT', () => {
    const issues = check(new TestReading('thong-ke').identityValue('unitId', 'khong-co'));
    expect(codes(issues)).toEqual(['IDENTITY_UNKNOWN_UNIT']);
  });
});

describe('between values', () => {
  it('CROSS_RULE_VIOLATED: FTE above headcount, at the FTE cell, with both values and the reason', () => {
    const r = new TestReading('thong-ke').set('KHCN_I_2_headcount', num(3)).set('KHCN_I_2_fte', num(4.5));
    const issues = check(r);
    expect(codes(issues)).toEqual(['CROSS_RULE_VIOLATED']);
    expect(issues[0]).toMatchObject({
      cell: r.address('KHCN_I_2_fte'),
      definedName: 'KHCN_I_2_fte',
      params: { leftValue: 4.5, op: '<=', rightValue: 3 },
    });
    expect(vi(issues[0]!)).toContain('(4,5) phải ≤');
    expect(renderIssue(issues[0]!, 'en')).toContain('FTE cannot exceed headcount');
  });

  it('DERIVED_DIV_ZERO: a population of 0 is a warning at the result cell', () => {
    const r = new TestReading('thong-ke').set('KHCN_I_2_population', num(0));
    const issues = check(r);
    expect(issues.map((i) => [i.code, i.severity])).toEqual([['DERIVED_DIV_ZERO', 'warning']]);
    const result = r.layout.indicators?.find((i) => i.code === 'I.2')?.resultCell;
    expect(result).toBeDefined();
    expect(issues[0]).toMatchObject({ indicator: 'I.2', sheet: 'Nhập liệu', cell: result });
  });

  it('a derived result is not checked while an input of the indicator has an error', () => {
    const r = new TestReading('thong-ke').set('KHCN_I_2_population', num(0)).set('KHCN_I_2_fte', num(-1));
    expect(codes(check(r))).toEqual(['VALUE_BELOW_MIN']);
  });
});

describe('lead-only values', () => {
  it('LEAD_ONLY_VALUE_IGNORED: a cooperating unit entering the population gets an info, the value is not used', () => {
    const r = new TestReading('so-khcn');
    r.names.KHCN_I_2_population = {
      status: 'ok',
      sheet: 'Nhập liệu',
      range: 'E200',
      cells: [{ address: 'E200', value: num(3_600_000) }],
    };
    const { issues, values } = analyzeTemplate(catalog, r.build(), { file: 'so-khcn.xlsx', year: 2026 });
    expect(issues.map((i) => [i.code, i.severity, i.cell])).toEqual([
      ['LEAD_ONLY_VALUE_IGNORED', 'info', 'E200'],
    ]);
    const pop = values.indicators
      .find((i) => i.code === 'I.2')
      ?.components.find((c) => c.key === 'population');
    expect(pop?.state).toBe('ignored');
  });
});

describe('summarize and status texts', () => {
  it('counts per indicator, and says "Chưa nhập" for a blank indicator', () => {
    const r = new TestReading('thong-ke')
      .set('KHCN_I_2_fte', num(-1))
      .set('KHCN_II_1_papers', num(5000))
      .set('KHCN_II_2_papers', EMPTY)
      .set('KHCN_II_2_paper_list', EMPTY);
    const { issues, values } = analyzeTemplate(catalog, r.build(), expect2026);
    const s = summarize(issues, values);
    expect([s.errors, s.warnings, s.infos]).toEqual([2, 1, 0]);
    const by = Object.fromEntries(s.byIndicator.map((i) => [i.indicator, statusText(i)]));
    expect(by['I.2']).toBe('Có lỗi (1)');
    expect(by['II.1']).toBe('Cảnh báo (1)');
    expect(by['II.2']).toBe('Chưa nhập');
    expect(by['II.3']).toBe('Hợp lệ');
    expect(s.byIndicator).toHaveLength(values.indicators.length);
    expect(statusText(s.byIndicator[0]!, 'en')).toBe('Errors (1)');
  });

  it('without values it still counts by indicator and keeps file-level issues apart', () => {
    const r = new TestReading('thong-ke').identityValue('year', 2024).set('KHCN_I_2_fte', num(-1));
    const s = summarize(check(r));
    expect(s.file).toEqual({ errors: 1, warnings: 0, infos: 0 });
    expect(s.byIndicator).toEqual([{ indicator: 'I.2', errors: 1, warnings: 0, infos: 0, status: 'errors' }]);
  });
});

describe('every issue is located', () => {
  it('cell issues carry file, sheet, cell, defined name, indicator, component and labels', () => {
    const r = new TestReading('thong-ke')
      .set('KHCN_I_2_headcount', txt('1,234'))
      .set('KHCN_II_7_citations', txt('x'))
      .set('KHCN_V_9_baseline_date', txt('hôm qua'));
    for (const i of check(r)) {
      expect(i).toMatchObject({
        file: FILE,
        sheet: 'Nhập liệu',
        definedName: expect.stringMatching(/^KHCN_/),
      });
      expect(i.cell).toMatch(/^E\d+$/);
      expect(i.indicator).toBeDefined();
      expect(i.component).toBeDefined();
      expect(i.params.componentVi).toBeDefined();
      expect(renderIssue(i, 'vi')).toMatch(
        /^Tệp “thong-ke\.xlsx”, trang “Nhập liệu”, ô E\d+, tên vùng KHCN_/,
      );
    }
  });
});
