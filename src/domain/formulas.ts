/**
 * The derived formulas of the evaluation, as pure functions plus a registry that
 * also gives, for each formula, a native Excel formula computing the same value.
 *
 * Input rules (the same for every formula, so users learn them once):
 * - `null` / `undefined` is a blank cell: a scalar formula with a blank input is
 *   MISSING; lists skip blanks.
 * - NaN / ±Infinity never come from a spreadsheet; they are OUT_OF_RANGE, so a bug
 *   upstream surfaces as an error instead of a silent NaN.
 * - Inputs are non-negative quantities (people, papers, money, scores): a negative
 *   one is NEGATIVE.
 * - A failure names the parameter (and, in lists, the 0-based position) at fault.
 *
 * Native Excel formulas (`FormulaSpec.excel`) are returned WITHOUT the leading '=',
 * in en-US syntax (English function names, ',' between arguments) as Office.js
 * `Range.formulas` and the OOXML file format expect whatever the user's locale.
 * They use only functions of Excel 2016 and LibreOffice Calc and are not volatile;
 * error literals (#NUM!, #DIV/0!, #VALUE!) are formula constants in both (every case
 * of the tests below was also checked in LibreOffice Calc). A 'list' argument is a
 * single-column range; blank cells in it are skipped.
 * Result mapping:
 *   MISSING, EMPTY_LIST                  -> ""        (empty text: nothing to show yet)
 *   DIV_ZERO                             -> #DIV/0!
 *   NEGATIVE, NOT_INTEGER, OUT_OF_RANGE  -> #NUM!    (a number outside the formula's domain)
 *   an input holding text, not a number  -> #VALUE!  (never coerced with the locale's rules)
 *   an input holding an error            -> that error (propagated by Excel)
 * Checks run in the same order in both implementations (blank, text, negative,
 * range/integer, division), so they agree on which error wins.
 */
import type { FormulaId } from './catalog/schema';

export type FormulaErrorCode =
  'MISSING' | 'DIV_ZERO' | 'NEGATIVE' | 'NOT_INTEGER' | 'OUT_OF_RANGE' | 'EMPTY_LIST';
export type FormulaFailure = {
  ok: false;
  error: FormulaErrorCode;
  param: string;
  /** 0-based position in a list parameter, when one item is at fault. */
  index?: number;
};
export type FormulaResult = { ok: true; value: number } | FormulaFailure;
export type Num = number | null | undefined;

const ok = (value: number): FormulaResult => ({ ok: true, value });
const fail = (error: FormulaErrorCode, param: string, index?: number): FormulaFailure =>
  index === undefined ? { ok: false, error, param } : { ok: false, error, param, index };
const isBlank = (x: Num): x is null | undefined => x === null || x === undefined;

// ---------------------------------------------------------------------------
// Input checks shared by all formulas

/** Scalars: blank anywhere -> MISSING first (as Excel's leading IF), then each value in order. */
function readScalars<T extends readonly Num[]>(
  names: readonly string[],
  values: T,
): { [K in keyof T]: number } | FormulaFailure {
  const blank = values.findIndex(isBlank);
  if (blank >= 0) return fail('MISSING', names[blank] ?? '');
  for (const [i, v] of values.entries()) {
    if (!Number.isFinite(v)) return fail('OUT_OF_RANGE', names[i] ?? '');
    if ((v as number) < 0) return fail('NEGATIVE', names[i] ?? '');
  }
  return values as unknown as { [K in keyof T]: number };
}

const isFailure = (x: unknown): x is FormulaFailure =>
  typeof x === 'object' && x !== null && 'ok' in x && (x as FormulaFailure).ok === false;

type ListRule = readonly [FormulaErrorCode, (v: number) => boolean];

/**
 * Lists: blanks are skipped; rules are applied one after another over the whole
 * list (not item by item) so the error kind matches the native formula, which can
 * only test "is there any negative value", then "any non-integer", …
 */
function readList(
  list: readonly Num[],
  param: string,
  rules: readonly ListRule[],
): number[] | FormulaFailure {
  for (const [error, bad] of rules) {
    const i = list.findIndex((v) => !isBlank(v) && bad(v));
    if (i >= 0) return fail(error, param, i);
  }
  return list.filter((v): v is number => !isBlank(v));
}

const notFinite: ListRule = ['OUT_OF_RANGE', (v) => !Number.isFinite(v)];
const negative: ListRule = ['NEGATIVE', (v) => v < 0];
const notInteger: ListRule = ['NOT_INTEGER', (v) => !Number.isInteger(v)];

/** numerator / denominator × scale, the shape of every rate of the evaluation. */
function ratio(names: readonly [string, string], n: Num, d: Num, scale: number): FormulaResult {
  const v = readScalars(names, [n, d] as const);
  if (isFailure(v)) return v;
  const [num, den] = v;
  if (den === 0) return fail('DIV_ZERO', names[1]);
  return ok((num / den) * scale);
}

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

// ---------------------------------------------------------------------------
// The formulas

/** R&D personnel in full-time equivalents per 10 000 population. */
export const ftePer10k = (fte: Num, population: Num): FormulaResult =>
  ratio(['fte', 'population'], fte, population, 10_000);

/** Any count per 10 000 population. */
export const per10k = (count: Num, population: Num): FormulaResult =>
  ratio(['count', 'population'], count, population, 10_000);

/** part ÷ total as a fraction (0.125 = 12,5 %); a part larger than its total is OUT_OF_RANGE. */
export function share(part: Num, total: Num): FormulaResult {
  const v = readScalars(['part', 'total'], [part, total] as const);
  if (isFailure(v)) return v;
  const [p, t] = v;
  if (t === 0) return fail('DIV_ZERO', 'total');
  if (p > t) return fail('OUT_OF_RANGE', 'part');
  return ok(p / t);
}

/** Citations per paper. */
export const avgCitations = (citations: Num, papers: Num): FormulaResult =>
  ratio(['citations', 'papers'], citations, papers, 1);

/** Spending (million VND) per paper. */
export const costPerPub = (spending: Num, papers: Num): FormulaResult =>
  ratio(['spending', 'papers'], spending, papers, 1);

/** current ÷ previous − 1 (0.1 = +10 %). */
export function growth(current: Num, previous: Num): FormulaResult {
  const v = readScalars(['current', 'previous'], [current, previous] as const);
  if (isFailure(v)) return v;
  const [cur, prev] = v;
  if (prev === 0) return fail('DIV_ZERO', 'previous');
  return ok(cur / prev - 1);
}

/** current − baseline, in points of the score. */
export function improvement(current: Num, baseline: Num): FormulaResult {
  const v = readScalars(['current', 'baseline'], [current, baseline] as const);
  if (isFailure(v)) return v;
  return ok(v[0] - v[1]);
}

/** The largest h such that h papers have at least h citations each. Zeros count as papers. */
export function hIndex(citations: readonly Num[]): FormulaResult {
  const values = readList(citations, 'citations', [notFinite, negative, notInteger]);
  if (isFailure(values)) return values;
  if (values.length === 0) return fail('EMPTY_LIST', 'citations');
  const sorted = [...values].sort((a, b) => b - a);
  // sorted is descending, so "paper i has >= i citations" holds for a prefix of length h.
  return ok(sorted.filter((c, i) => c >= i + 1).length);
}

/** Full-time equivalents: the sum of each person's share of working time spent on R&D (0..1). */
export function fteFromShares(shares: readonly Num[]): FormulaResult {
  const values = readList(shares, 'shares', [['OUT_OF_RANGE', (v) => !(v >= 0 && v <= 1)]]);
  if (isFailure(values)) return values;
  if (values.length === 0) return fail('EMPTY_LIST', 'shares');
  return ok(sum(values));
}

const trlRules: readonly ListRule[] = [['OUT_OF_RANGE', (v) => !(v >= 1 && v <= 9)], notInteger];

/** Median technology readiness level; for an even count, the mean of the two middle levels. */
export function trlMedian(levels: readonly Num[]): FormulaResult {
  const values = readList(levels, 'levels', trlRules);
  if (isFailure(values)) return values;
  if (values.length === 0) return fail('EMPTY_LIST', 'levels');
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  const upper = s[mid] as number;
  return ok(s.length % 2 === 1 ? upper : ((s[mid - 1] as number) + upper) / 2);
}

export const TRL_LEVELS = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;
export type TrlLevel = (typeof TRL_LEVELS)[number];

/** How many times each level 1–9 occurs. Invalid levels are not counted: validate with trlMedian. */
export function trlDistribution(levels: readonly Num[]): Record<TrlLevel, number> {
  const counts = Object.fromEntries(TRL_LEVELS.map((l) => [l, 0])) as Record<TrlLevel, number>;
  for (const v of levels) {
    if (!isBlank(v) && (TRL_LEVELS as readonly number[]).includes(v)) counts[v as TrlLevel] += 1;
  }
  return counts;
}

/** Sum of the parts that are present; MISSING when none is. */
export function total(parts: readonly Num[]): FormulaResult {
  const values = readList(parts, 'parts', [notFinite, negative]);
  if (isFailure(values)) return values;
  if (values.length === 0) return fail('MISSING', 'parts');
  return ok(sum(values));
}

// ---------------------------------------------------------------------------
// Native Excel formulas

const XL_DIV0 = '#DIV/0!';
const XL_NUM = '#NUM!';
const XL_VALUE = '#VALUE!';

/** Nested IF: the first true condition gives its result. */
const ifChain = (cases: readonly (readonly [string, string])[], otherwise: string): string =>
  cases.reduceRight((acc, [cond, then]) => `IF(${cond},${then},${acc})`, otherwise);

const anyOf = (conds: readonly string[]): string =>
  conds.length === 1 ? (conds[0] as string) : `OR(${conds.join(',')})`;

/** Scalars (single cells): blank -> "", text -> #VALUE!, negative -> #NUM!, then the formula's own checks. */
const scalarFormula = (
  refs: readonly string[],
  checks: readonly (readonly [string, string])[],
  body: string,
): string =>
  ifChain(
    [
      [anyOf(refs.map((r) => `${r}=""`)), '""'],
      [anyOf(refs.map((r) => `NOT(ISNUMBER(${r}))`)), XL_VALUE],
      [anyOf(refs.map((r) => `${r}<0`)), XL_NUM],
      ...checks,
    ],
    body,
  );

const nonBlankCount = (refs: readonly string[]): string =>
  refs.map((r) => `SUMPRODUCT(--(${r}<>""))`).join('+');
const countIf = (refs: readonly string[], criterion: string): string =>
  refs.map((r) => `COUNTIF(${r},"${criterion}")`).join('+');
const hasNonInteger = (refs: readonly string[]): string =>
  `${refs.map((r) => `SUMPRODUCT(--(${r}<>INT(${r})))`).join('+')}>0`;

/** Ranges: text -> #VALUE!, no number -> "", then value checks. Blank cells are skipped by COUNT/COUNTIF/SUM/MEDIAN. */
const listFormula = (
  refs: readonly string[],
  checks: readonly (readonly [string, string])[],
  body: string,
): string => {
  const count = `COUNT(${refs.join(',')})`;
  return ifChain([[`${nonBlankCount(refs)}>${count}`, XL_VALUE], [`${count}=0`, '""'], ...checks], body);
};

/**
 * h-index of a single-column range: counts the k = 1..rows for which at least k
 * papers have >= k citations. ROW(r)-MIN(ROW(r))+1 builds 1..rows without the
 * volatile INDIRECT.
 */
const hIndexBody = (r: string): string => {
  const k = `(ROW(${r})-MIN(ROW(${r}))+1)`;
  return `SUMPRODUCT(--(COUNTIF(${r},">="&${k})>=${k}))`;
};

// ---------------------------------------------------------------------------
// Registry

export type FormulaArg = Num | readonly Num[];

export interface FormulaParam {
  /** ASCII, used as the custom function's parameter name. */
  name: string;
  /** 'number': one cell; 'list': a range of cells (blanks skipped). */
  kind: 'number' | 'list';
  /** The last parameter may be given several times (TOTAL). */
  repeatable?: boolean;
  labelVi: string;
  labelEn: string;
}

export interface FormulaSpec {
  id: FormulaId;
  params: readonly FormulaParam[];
  nameVi: string;
  nameEn: string;
  descriptionVi: string;
  descriptionEn: string;
  compute(args: readonly FormulaArg[]): FormulaResult;
  /** Native formula text WITHOUT '='; args are A1 references or defined names, one per parameter. */
  excel(args: readonly string[]): string;
}

const isList = (arg: FormulaArg): arg is readonly Num[] => Array.isArray(arg);

/** A 'number' parameter given a range: a one-cell range is that cell, a longer one is an error. */
function scalarArg(arg: FormulaArg, param: string): Num | FormulaFailure {
  if (!isList(arg)) return arg;
  if (arg.length <= 1) return arg[0];
  return fail('OUT_OF_RANGE', param);
}

const listArg = (arg: FormulaArg): readonly Num[] => (isList(arg) ? arg : [arg]);

function checkArity(id: FormulaId, params: readonly FormulaParam[], args: readonly string[]): void {
  const repeatable = params[params.length - 1]?.repeatable === true;
  const fits = repeatable ? args.length >= params.length : args.length === params.length;
  if (!fits) throw new RangeError(`${id}: expected ${params.length} argument(s), got ${args.length}`);
}

const num = (name: string, labelVi: string, labelEn: string): FormulaParam => ({
  name,
  kind: 'number',
  labelVi,
  labelEn,
});

type SpecText = Omit<FormulaSpec, 'id' | 'compute' | 'excel' | 'params'>;

/** A formula of two scalars. */
function binary(
  id: FormulaId,
  text: SpecText,
  params: readonly [FormulaParam, FormulaParam],
  fn: (a: Num, b: Num) => FormulaResult,
  excel: (a: string, b: string) => string,
): FormulaSpec {
  return {
    id,
    ...text,
    params,
    compute(args) {
      const a = scalarArg(args[0], params[0].name);
      const b = scalarArg(args[1], params[1].name);
      if (isFailure(a)) return a;
      if (isFailure(b)) return b;
      return fn(a, b);
    },
    excel(args) {
      checkArity(id, params, args);
      return excel(args[0] as string, args[1] as string);
    },
  };
}

/** A formula of one list parameter (repeatable for TOTAL); every argument is read as a list. */
function listSpec(
  id: FormulaId,
  text: SpecText,
  param: FormulaParam,
  fn: (lists: readonly (readonly Num[])[]) => FormulaResult,
  excel: (refs: readonly string[]) => string,
): FormulaSpec {
  const params = [param];
  return {
    id,
    ...text,
    params,
    compute: (args) => fn((param.repeatable ? args : args.slice(0, 1)).map(listArg)),
    excel(args) {
      checkArity(id, params, args);
      return excel(args);
    },
  };
}

/** A rate a ÷ b × scale, natively: the scalar guards, then b = 0 -> #DIV/0!. */
const ratioExcel =
  (scale: string) =>
  (a: string, b: string): string =>
    scalarFormula([a, b], [[`${b}=0`, XL_DIV0]], `${a}/${b}${scale}`);

const POPULATION = num('population', 'Dân số trung bình (người)', 'Average population (persons)');
const PAPERS = num('papers', 'Số bài báo', 'Number of papers');

export const FORMULAS: Record<FormulaId, FormulaSpec> = {
  FTE_PER_10K: binary(
    'FTE_PER_10K',
    {
      nameVi: 'Nhân lực NC&PT quy đổi toàn thời gian (FTE) trên 1 vạn dân',
      nameEn: 'R&D personnel (FTE) per 10,000 population',
      descriptionVi:
        'Số nhân lực nghiên cứu và phát triển quy đổi toàn thời gian (FTE) chia cho dân số, nhân 10.000.',
      descriptionEn: 'Full-time-equivalent R&D personnel divided by population, times 10,000.',
    },
    [num('fte', 'Nhân lực NC&PT quy đổi (FTE)', 'R&D personnel (FTE)'), POPULATION],
    ftePer10k,
    ratioExcel('*10000'),
  ),
  PER_10K: binary(
    'PER_10K',
    {
      nameVi: 'Số lượng trên 1 vạn dân',
      nameEn: 'Count per 10,000 population',
      descriptionVi: 'Số lượng chia cho dân số, nhân 10.000.',
      descriptionEn: 'A count divided by population, times 10,000.',
    },
    [num('count', 'Số lượng', 'Count'), POPULATION],
    per10k,
    ratioExcel('*10000'),
  ),
  SHARE: binary(
    'SHARE',
    {
      nameVi: 'Tỷ lệ (phần trên tổng)',
      nameEn: 'Share (part of total)',
      descriptionVi: 'Phần chia cho tổng, kết quả là tỷ lệ (0,125 = 12,5%). Phần không được lớn hơn tổng.',
      descriptionEn:
        'Part divided by total, as a fraction (0.125 = 12.5%). The part may not exceed the total.',
    },
    [num('part', 'Phần', 'Part'), num('total', 'Tổng', 'Total')],
    share,
    (p, t) =>
      scalarFormula(
        [p, t],
        [
          [`${t}=0`, XL_DIV0],
          [`${p}>${t}`, XL_NUM],
        ],
        `${p}/${t}`,
      ),
  ),
  AVG_CITATIONS: binary(
    'AVG_CITATIONS',
    {
      nameVi: 'Số trích dẫn bình quân trên một bài báo',
      nameEn: 'Average citations per paper',
      descriptionVi: 'Tổng số lượt trích dẫn chia cho số bài báo.',
      descriptionEn: 'Total citations divided by the number of papers.',
    },
    [num('citations', 'Tổng số lượt trích dẫn', 'Total citations'), PAPERS],
    avgCitations,
    ratioExcel(''),
  ),
  COST_PER_PUB: binary(
    'COST_PER_PUB',
    {
      nameVi: 'Chi phí cho một công bố (triệu đồng/bài)',
      nameEn: 'Spending per publication (million VND per paper)',
      descriptionVi: 'Tổng chi (triệu đồng) chia cho số bài báo.',
      descriptionEn: 'Total spending (million VND) divided by the number of papers.',
    },
    [num('spending', 'Tổng chi (triệu đồng)', 'Spending (million VND)'), PAPERS],
    costPerPub,
    ratioExcel(''),
  ),
  GROWTH: binary(
    'GROWTH',
    {
      nameVi: 'Tốc độ tăng so với kỳ trước',
      nameEn: 'Growth over the previous period',
      descriptionVi: 'Giá trị kỳ này chia cho giá trị kỳ trước, trừ 1 (0,1 = tăng 10%).',
      descriptionEn: 'Current value divided by the previous value, minus 1 (0.1 = +10%).',
    },
    [
      num('current', 'Giá trị kỳ này', 'Current value'),
      num('previous', 'Giá trị kỳ trước', 'Previous value'),
    ],
    growth,
    (c, p) => scalarFormula([c, p], [[`${p}=0`, XL_DIV0]], `${c}/${p}-1`),
  ),
  IMPROVEMENT: binary(
    'IMPROVEMENT',
    {
      nameVi: 'Mức cải thiện điểm số so với năm gốc',
      nameEn: 'Score improvement over the baseline',
      descriptionVi: 'Điểm kỳ này trừ điểm năm gốc (tính bằng điểm).',
      descriptionEn: 'Current score minus baseline score (in points).',
    },
    [num('current', 'Điểm kỳ này', 'Current score'), num('baseline', 'Điểm năm gốc', 'Baseline score')],
    improvement,
    (c, b) => scalarFormula([c, b], [], `${c}-${b}`),
  ),
  HINDEX: listSpec(
    'HINDEX',
    {
      nameVi: 'Chỉ số H (h-index)',
      nameEn: 'h-index',
      descriptionVi:
        'Số h lớn nhất sao cho có h bài báo, mỗi bài được trích dẫn ít nhất h lần. Ô trống được bỏ qua; số trích dẫn phải là số nguyên không âm.',
      descriptionEn:
        'The largest h such that h papers have at least h citations each. Blank cells are skipped; citation counts must be whole numbers >= 0.',
    },
    {
      name: 'citations',
      kind: 'list',
      labelVi: 'Số lượt trích dẫn của từng bài (một cột, ví dụ KHCN_DS_PUBLICATIONS[Số trích dẫn])',
      labelEn: 'Citations of each paper (one column, e.g. KHCN_DS_PUBLICATIONS[Số trích dẫn])',
    },
    (lists) => hIndex(lists.flat()),
    ([r = '']) =>
      listFormula(
        [r],
        [
          [`${countIf([r], '<0')}>0`, XL_NUM],
          [hasNonInteger([r]), XL_NUM],
        ],
        hIndexBody(r),
      ),
  ),
  TRL_MEDIAN: listSpec(
    'TRL_MEDIAN',
    {
      nameVi: 'Trung vị mức độ sẵn sàng công nghệ (TRL)',
      nameEn: 'Median technology readiness level (TRL)',
      descriptionVi:
        'Trung vị các mức TRL (số nguyên từ 1 đến 9); số lượng chẵn thì lấy trung bình hai giá trị ở giữa. Ô trống được bỏ qua.',
      descriptionEn:
        'Median of the TRL levels (whole numbers 1 to 9); for an even count, the mean of the two middle values. Blank cells are skipped.',
    },
    // Repeatable: a template passes one cell per technology assessed (III.1 trl_1 … trl_10).
    {
      name: 'levels',
      kind: 'list',
      repeatable: true,
      labelVi: 'Các mức TRL (1–9)',
      labelEn: 'TRL levels (1–9)',
    },
    (lists) => trlMedian(lists.flat()),
    (refs) =>
      listFormula(
        refs,
        [
          [`${countIf(refs, '<1')}+${countIf(refs, '>9')}>0`, XL_NUM],
          [hasNonInteger(refs), XL_NUM],
        ],
        `MEDIAN(${refs.join(',')})`,
      ),
  ),
  TOTAL: listSpec(
    'TOTAL',
    {
      nameVi: 'Tổng các thành phần',
      nameEn: 'Total of the parts',
      descriptionVi: 'Tổng các giá trị đã nhập; ô trống được bỏ qua; để trống nếu chưa có giá trị nào.',
      descriptionEn: 'Sum of the values entered; blank cells are skipped; empty when none is entered.',
    },
    { name: 'parts', kind: 'list', repeatable: true, labelVi: 'Các thành phần', labelEn: 'Parts' },
    (lists) => total(lists.flat()),
    (refs) => listFormula(refs, [[`${countIf(refs, '<0')}>0`, XL_NUM]], `SUM(${refs.join(',')})`),
  ),
};
