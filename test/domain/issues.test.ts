import { FORMULA_IDS } from '../../src/domain/catalog/schema';
import { FORMULAS, type FormulaErrorCode } from '../../src/domain/formulas';
import {
  ISSUE_CODES,
  ISSUE_DEFS,
  MESSAGES,
  issueFromFormulaFailure,
  makeIssue,
  placeholders,
  renderIssue,
  where,
  type Issue,
  type IssueCode,
  type ParamKind,
} from '../../src/domain/issues';

const LANGS = ['vi', 'en'] as const;

/** A full set of params for a code, built from its declaration. */
function sampleParams(code: IssueCode): Issue['params'] {
  const params: Issue['params'] = {};
  for (const [name, kind] of Object.entries(ISSUE_DEFS[code].params as Record<string, ParamKind>)) {
    if (kind === 'localized') {
      params[`${name}Vi`] = `nhãn ${name}`;
      params[`${name}En`] = `label ${name}`;
    } else if (kind === 'op') params[name] = '<=';
    else if (kind === 'number' || kind === 'raw') params[name] = 1234.5;
    else params[name] = `x-${name}`;
  }
  return params;
}

/** The placeholder names a template may use for a code. */
const declared = (code: IssueCode): Set<string> => new Set(Object.keys(ISSUE_DEFS[code].params));

describe('issue codes and messages', () => {
  it('codes are unique and every code has a definition', () => {
    expect(new Set(ISSUE_CODES).size).toBe(ISSUE_CODES.length);
    expect(Object.keys(ISSUE_DEFS).sort()).toEqual([...ISSUE_CODES].sort());
  });

  it.each(LANGS)('every code has a %s message that uses only declared params', (lang) => {
    expect(Object.keys(MESSAGES[lang]).sort()).toEqual([...ISSUE_CODES].sort());
    for (const code of ISSUE_CODES) {
      const template = MESSAGES[lang][code];
      expect(template.trim().length).toBeGreaterThan(20);
      for (const p of placeholders(template)) expect([code, declared(code).has(p)]).toEqual([code, true]);
    }
  });

  it('vi and en use every declared param, the same ones', () => {
    for (const code of ISSUE_CODES) {
      const vi = new Set(placeholders(MESSAGES.vi[code]));
      const en = new Set(placeholders(MESSAGES.en[code]));
      expect([code, [...vi].sort()]).toEqual([code, [...declared(code)].sort()]);
      expect([code, [...en].sort()]).toEqual([code, [...vi].sort()]);
    }
  });

  it.each(LANGS)('rendering in %s never leaves a {placeholder}, with or without a location', (lang) => {
    for (const code of ISSUE_CODES) {
      const bare: Issue = { code, severity: ISSUE_DEFS[code].severity, params: sampleParams(code) };
      const located: Issue = {
        ...bare,
        file: 'so-khcn.xlsx',
        sheet: 'Số liệu',
        cell: 'D12',
        indicator: 'II.1',
        component: 'fte',
        percent: true,
      };
      for (const issue of [bare, located]) {
        const text = renderIssue(issue, lang);
        expect(text).not.toMatch(/\{[A-Za-z][A-Za-z0-9]*\}/);
        expect(text).not.toContain('[?]');
        expect(text).not.toContain('undefined');
      }
    }
  });

  it('a forgotten param shows as [?] rather than as a raw placeholder', () => {
    const text = renderIssue({ code: 'VALUE_ABOVE_MAX', severity: 'error', params: { value: 12 } }, 'vi');
    expect(text).toBe(
      'Giá trị 12 vượt giới hạn tối đa [?]. Hãy kiểm tra lại đơn vị tính (ví dụ triệu đồng hay đồng) hoặc số liệu.',
    );
  });
});

describe('renderIssue', () => {
  const at = { file: 'so-tc.xlsx', sheet: 'Số liệu', cell: 'D12', indicator: 'II.1', component: 'fte' };

  it('says where, what and how, in Vietnamese numbers', () => {
    const issue = makeIssue(
      'VALUE_ABOVE_MAX',
      { value: 12_500.5, max: 10_000 },
      {
        ...at,
        componentLabel: { vi: 'Nhân lực NC&PT quy đổi (FTE)', en: 'R&D personnel (FTE)' },
      },
    );
    expect(issue.severity).toBe('error');
    expect(renderIssue(issue, 'vi')).toBe(
      'Tệp “so-tc.xlsx”, trang “Số liệu”, ô D12 (chỉ tiêu II.1 – Nhân lực NC&PT quy đổi (FTE)): ' +
        'Giá trị 12.500,5 vượt giới hạn tối đa 10.000. Hãy kiểm tra lại đơn vị tính (ví dụ triệu đồng hay đồng) hoặc số liệu.',
    );
    expect(renderIssue(issue, 'en')).toBe(
      'File “so-tc.xlsx”, sheet “Số liệu”, cell D12 (indicator II.1 – R&D personnel (FTE)): ' +
        'The value 12,500.5 exceeds the maximum of 10,000. Check the unit (for example million VND, not VND) or the figure.',
    );
  });

  it('shows percent components as percentages', () => {
    const issue = makeIssue('VALUE_PERCENT_SCALE', { value: 45, suggested: 0.45 }, { percent: true });
    expect(renderIssue(issue, 'vi')).toContain('đang có giá trị 4.500%, có lẽ ý của đơn vị là 45%.');
  });

  it('shows both readings of an ambiguous text without thousands separators', () => {
    const issue = makeIssue(
      'NUMBER_AMBIGUOUS',
      { text: '1.234', readingVi: 1234, readingEn: 1.234 },
      { cell: 'C7' },
    );
    expect(renderIssue(issue, 'vi')).toBe(
      'Ô C7: “1.234” có thể hiểu là 1234 (theo cách viết Việt Nam) hoặc 1,234 (theo cách viết tiếng Anh) ' +
        'nên hệ thống không tự chọn. Hãy nhập lại dưới dạng số, không gõ dấu ngăn cách hàng nghìn.',
    );
    expect(renderIssue(issue, 'en')).toContain('can mean 1234 (Vietnamese style) or 1.234 (English style)');
  });

  it('prints text params verbatim (years are not grouped) and localises labels', () => {
    const wrongYear = makeIssue('TEMPLATE_WRONG_YEAR', { found: 2025, expected: 2026 }, { file: 'a.xlsx' });
    expect(renderIssue(wrongYear, 'vi')).toBe(
      'Tệp “a.xlsx”: Biểu mẫu dành cho năm 2025, trong khi kỳ đánh giá này là năm 2026. Hãy nhập số liệu vào biểu mẫu năm 2026.',
    );
    const cross = makeIssue(
      'CROSS_RULE_VIOLATED',
      {
        leftVi: 'Nhân lực quy đổi FTE',
        leftEn: 'FTE',
        leftValue: 12,
        op: '<=',
        rightVi: 'Tổng số nhân lực NC&PT',
        rightEn: 'R&D headcount',
        rightValue: 10,
        reasonVi: 'FTE không thể lớn hơn số người.',
        reasonEn: 'FTE cannot exceed headcount.',
      },
      { indicator: 'II.1' },
    );
    expect(renderIssue(cross, 'vi')).toBe(
      'Chỉ tiêu II.1: “Nhân lực quy đổi FTE” (12) phải ≤ “Tổng số nhân lực NC&PT” (10). ' +
        'Lý do: FTE không thể lớn hơn số người. Hãy kiểm tra lại hai số liệu này.',
    );
    expect(renderIssue(cross, 'en')).toBe(
      'Indicator II.1: “FTE” (12) must be ≤ “R&D headcount” (10). Reason: FTE cannot exceed headcount. Check these two figures.',
    );
  });

  it('does not re-read braces inside user text', () => {
    const issue = makeIssue('VALUE_NOT_NUMBER', { text: '{value}' });
    expect(renderIssue(issue, 'vi')).toContain('Nội dung “{value}” không phải là số.');
  });
});

describe('where', () => {
  it('lists what is known, capitalised', () => {
    const base: Issue = { code: 'VALUE_REQUIRED', severity: 'error', params: {} };
    expect(where(base, 'vi')).toBe('');
    expect(where({ ...base, sheet: 'Số liệu', cell: 'B4' }, 'vi')).toBe('Trang “Số liệu”, ô B4');
    expect(where({ ...base, definedName: 'KHCN_II_1_fte' }, 'en')).toBe('Defined name KHCN_II_1_fte');
    expect(where({ ...base, indicator: 'I.2', component: 'population' }, 'vi')).toBe(
      'Chỉ tiêu I.2 – population',
    );
    expect(where({ ...base, file: 'x.xlsx', indicator: 'I.2' }, 'en')).toBe('File “x.xlsx” (indicator I.2)');
  });
});

describe('issueFromFormulaFailure', () => {
  const errors: FormulaErrorCode[] = [
    'MISSING',
    'DIV_ZERO',
    'NEGATIVE',
    'NOT_INTEGER',
    'OUT_OF_RANGE',
    'EMPTY_LIST',
  ];

  it('names the formula and the parameter with their catalogue labels', () => {
    const issue = issueFromFormulaFailure(
      'FTE_PER_10K',
      { ok: false, error: 'DIV_ZERO', param: 'population' },
      { indicator: 'I.1' },
    );
    expect(issue.code).toBe('DERIVED_DIV_ZERO');
    expect(renderIssue(issue, 'vi')).toBe(
      'Chỉ tiêu I.1: Không tính được “Nhân lực NC&PT quy đổi toàn thời gian (FTE) trên 1 vạn dân” vì ' +
        '“Dân số trung bình (người)” bằng 0 (không thể chia cho 0). Hãy kiểm tra lại số liệu “Dân số trung bình (người)”; ' +
        'nếu thực tế bằng 0 thì chỉ số này chưa tính được cho kỳ này.',
    );
  });

  it.each(errors)('maps %s for every formula without leftovers', (error) => {
    for (const id of FORMULA_IDS) {
      const param = FORMULAS[id].params[0]?.name ?? '';
      const issue = issueFromFormulaFailure(id, { ok: false, error, param });
      expect(issue.code).toBe(`DERIVED_${error}`);
      for (const lang of LANGS) expect(renderIssue(issue, lang)).not.toMatch(/[{}]|\[\?\]/);
    }
  });
});
