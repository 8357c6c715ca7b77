/**
 * The KHCN.* custom functions as data: ids, parameters and help texts (Vietnamese first).
 *
 * One list for everything that describes the functions: the JSDoc of src/functions/functions.ts
 * (English, read by custom-functions-metadata-plugin), src/functions/functions-vi.json
 * (Vietnamese), the README and the task pane. test/excel/custom-functions.test.ts fails when
 * the JSDoc or the JSON drift from it.
 *
 * The formula functions take their texts from FORMULAS (one per FormulaId); three more are
 * defined here: FTE (full-time equivalents from per-person shares, `fteFromShares`), TARGET and
 * PROGRESS (Plan 17/KH-UBND targets, via target-compare.ts). Their outputs (PROGRESS status
 * texts, TARGET/PROGRESS error messages) are here too, so adapters never build text.
 */
import { FORMULA_IDS } from './catalog/constants';
import type { FormulaId, Target } from './catalog/schema';
import { FORMULAS, type FormulaSpec } from './formulas';
import { formatNumber, type Lang } from './numbers';
import type { TargetComparison, TargetStatus } from './target-compare';

export const EXTRA_FUNCTION_IDS = ['FTE', 'TARGET', 'PROGRESS'] as const;
export type ExtraFunctionId = (typeof EXTRA_FUNCTION_IDS)[number];
export type CustomFunctionId = FormulaId | ExtraFunctionId;

export interface FunctionParamHelp {
  /** ASCII, the parameter name Excel shows (the same in both languages). */
  name: string;
  /** number: one cell (Excel type number); list: a range (number[][]); text: one cell (string). */
  kind: 'number' | 'list' | 'text';
  /** May be left out (shown as [name] in Excel). */
  optional?: boolean;
  /** May be given several times (a repeating range parameter). */
  repeatable?: boolean;
  labelVi: string;
  labelEn: string;
}

export interface FunctionHelp {
  /** The custom function id = its name in Excel, after the KHCN. namespace. */
  id: CustomFunctionId;
  nameVi: string;
  nameEn: string;
  descriptionVi: string;
  descriptionEn: string;
  params: readonly FunctionParamHelp[];
  result: 'number' | 'text';
}

/** TARGET and PROGRESS compare with this year when none is given: the plan's main milestone. */
export const DEFAULT_TARGET_YEAR = 2030;

/**
 * A formula of the registry as a custom function. A repeatable range parameter is declared
 * optional: Excel on the web refuses to load functions whose repeating matrix parameter is
 * required (OfficeDev/office-js#2732); a call without ranges gives the formula's own
 * "no value" error.
 */
const fromFormula = (f: FormulaSpec): FunctionHelp => ({
  id: f.id,
  nameVi: f.nameVi,
  nameEn: f.nameEn,
  descriptionVi: f.descriptionVi,
  descriptionEn: f.descriptionEn,
  params: f.params.map((p) => ({
    name: p.name,
    kind: p.kind,
    ...(p.repeatable ? { optional: true, repeatable: true } : {}),
    labelVi: p.labelVi,
    labelEn: p.labelEn,
  })),
  result: 'number',
});

const CODE: FunctionParamHelp = {
  name: 'code',
  kind: 'text',
  labelVi: 'Mã chỉ tiêu của Kế hoạch 17/KH-UBND (ví dụ B.1)',
  labelEn: 'Plan 17/KH-UBND target code (e.g. B.1)',
};
const YEAR: FunctionParamHelp = {
  name: 'year',
  kind: 'number',
  optional: true,
  labelVi: `Năm của chỉ tiêu (mặc định ${DEFAULT_TARGET_YEAR})`,
  labelEn: `Target year (default ${DEFAULT_TARGET_YEAR})`,
};

const EXTRA: Record<ExtraFunctionId, FunctionHelp> = {
  FTE: {
    id: 'FTE',
    nameVi: 'Nhân lực NC&PT quy đổi toàn thời gian (FTE)',
    nameEn: 'R&D personnel in full-time equivalents (FTE)',
    descriptionVi:
      'Tổng tỷ lệ thời gian làm nghiên cứu và phát triển của từng người (mỗi người từ 0 đến 1, ví dụ 0,5 = nửa thời gian). Ô trống được bỏ qua.',
    descriptionEn:
      "Sum of each person's share of working time spent on R&D (0 to 1 per person, e.g. 0.5 = half time). Blank cells are skipped.",
    params: [
      {
        name: 'shares',
        kind: 'list',
        labelVi: 'Tỷ lệ thời gian NC&PT của từng người (0–1)',
        labelEn: "Each person's share of time on R&D (0–1)",
      },
    ],
    result: 'number',
  },
  TARGET: {
    id: 'TARGET',
    nameVi: 'Chỉ tiêu Kế hoạch 17/KH-UBND',
    nameEn: 'Plan 17/KH-UBND target',
    descriptionVi: `Mức chỉ tiêu của Kế hoạch 17/KH-UBND trong một năm, dạng văn bản (ví dụ “≥ 60%”), kèm “(độ tin cậy thấp)” khi cách hiểu chỉ tiêu chưa chắc chắn. Năm mặc định: ${DEFAULT_TARGET_YEAR}.`,
    descriptionEn: `The Plan 17/KH-UBND target for a year, as Vietnamese text (e.g. “≥ 60%”), marked “(độ tin cậy thấp)” when its reading is uncertain. Default year: ${DEFAULT_TARGET_YEAR}.`,
    params: [CODE, YEAR],
    result: 'text',
  },
  PROGRESS: {
    id: 'PROGRESS',
    nameVi: 'Tình trạng thực hiện chỉ tiêu',
    nameEn: 'Target attainment',
    descriptionVi: `So sánh giá trị với chỉ tiêu Kế hoạch 17/KH-UBND của năm (mặc định ${DEFAULT_TARGET_YEAR}): “Đạt”, “Chưa đạt”, “Chưa xác định”, “Chưa có số liệu” hoặc “Không có chỉ tiêu năm …”. Tỷ lệ nhập dạng thập phân (0,6 = 60%).`,
    descriptionEn: `Compares a value with the Plan 17/KH-UBND target for the year (default ${DEFAULT_TARGET_YEAR}); Vietnamese status: “Đạt” (met), “Chưa đạt” (not met), “Chưa xác định”, “Chưa có số liệu”, “Không có chỉ tiêu năm …”. Percentages as fractions (0.6 = 60%).`,
    params: [
      {
        name: 'value',
        kind: 'number',
        labelVi: 'Giá trị của chỉ số (tỷ lệ dạng thập phân)',
        labelEn: 'Indicator value (percentages as fractions)',
      },
      CODE,
      YEAR,
    ],
    result: 'text',
  },
};

/** Every KHCN function: the formulas in FORMULA_IDS order, then FTE, TARGET, PROGRESS. */
export const CUSTOM_FUNCTIONS: readonly FunctionHelp[] = [
  ...FORMULA_IDS.map((id) => fromFormula(FORMULAS[id])),
  ...EXTRA_FUNCTION_IDS.map((id) => EXTRA[id]),
];

export function functionHelp(id: CustomFunctionId): FunctionHelp {
  const help = CUSTOM_FUNCTIONS.find((f) => f.id === id);
  if (!help) throw new RangeError(`Unknown custom function: ${id}`);
  return help;
}

// ---------------------------------------------------------------------------
// PROGRESS: the comparison as a status text

const PROGRESS_TEXT: Record<Lang, Record<TargetStatus, string> & { low: string }> = {
  vi: {
    met: 'Đạt',
    'not-met': 'Chưa đạt',
    uncertain: 'Chưa xác định',
    'no-value': 'Chưa có số liệu',
    'no-target': 'Không có chỉ tiêu năm {year}',
    pending: 'Chưa đến hạn',
    related: 'Chỉ liên quan, không đánh giá',
    low: 'độ tin cậy thấp',
  },
  en: {
    met: 'Met',
    'not-met': 'Not met',
    uncertain: 'Undetermined',
    'no-value': 'No data yet',
    'no-target': 'No target for {year}',
    pending: 'Not due yet',
    related: 'Related only, not judged',
    low: 'low confidence',
  },
};

/**
 * "Đạt", "Chưa đạt", "Chưa xác định" (a trend target, which one value cannot show), each with
 * " (độ tin cậy thấp)" for a low-confidence target (the status is kept: indicative, not hidden);
 * "Chưa có số liệu" (no value) and "Không có chỉ tiêu năm 2026" carry no marker.
 */
export function progressText(comparison: TargetComparison, year: number, lang: Lang): string {
  const t = PROGRESS_TEXT[lang];
  const text = t[comparison.status].replace('{year}', String(year));
  const judged = comparison.status !== 'no-value' && comparison.status !== 'no-target';
  return judged && comparison.lowConfidence ? `${text} (${t.low})` : text;
}

// ---------------------------------------------------------------------------
// TARGET / PROGRESS argument errors (the formula functions use the issue catalogue)

export interface TargetArgMessages {
  codeMissing: string;
  unknownCode(code: string): string;
  noTargetForYear(target: Target, year: number): string;
  badYear(year: number): string;
}

/** A year as typed, in the language's digits (2030,5), without grouping (never 2.030). */
const showYear = (year: number, lang: Lang): string => formatNumber(year, lang, { grouping: false });

const targetYears = (t: Target): string => Object.keys(t.values).sort().join(', ');

export const TARGET_ARG_MESSAGES: Record<Lang, TargetArgMessages> = {
  vi: {
    codeMissing: 'Chưa nhập mã chỉ tiêu. Hãy nhập mã chỉ tiêu của Kế hoạch 17/KH-UBND, ví dụ "B.1".',
    unknownCode: (code) =>
      `Không có chỉ tiêu “${code}” trong Kế hoạch 17/KH-UBND. Hãy nhập mã chỉ tiêu của Kế hoạch (ví dụ "B.1", "C.4"), không phải mã chỉ số của bộ chỉ số (như "I.4").`,
    noTargetForYear: (t, year) =>
      `Chỉ tiêu ${t.code} không đặt mức cho năm ${year}; các năm có chỉ tiêu: ${targetYears(t)}. Hãy chọn một trong các năm này.`,
    badYear: (year) =>
      `Năm “${showYear(year, 'vi')}” không hợp lệ. Hãy nhập năm dạng số nguyên có 4 chữ số, ví dụ ${DEFAULT_TARGET_YEAR}.`,
  },
  en: {
    codeMissing: 'No target code. Enter a Plan 17/KH-UBND target code, e.g. "B.1".',
    unknownCode: (code) =>
      `Plan 17/KH-UBND has no target “${code}”. Enter a target code of the plan (e.g. "B.1", "C.4"), not an indicator code of the framework (such as "I.4").`,
    noTargetForYear: (t, year) =>
      `Target ${t.code} sets no level for ${year}; years with a level: ${targetYears(t)}. Choose one of them.`,
    badYear: (year) =>
      `“${showYear(year, 'en')}” is not a valid year. Enter a four-digit whole number, e.g. ${DEFAULT_TARGET_YEAR}.`,
  },
};
