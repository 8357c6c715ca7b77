// Custom functions (namespace KHCN): thin wrappers over src/domain (formulas.ts, target-compare.ts).
// custom-functions-metadata-plugin reads the JSDoc below to generate functions.json (English)
// and appends CustomFunctions.associate(...) for each @customfunction. Vietnamese metadata:
// functions-vi.json. Texts come from CUSTOM_FUNCTIONS (src/domain/custom-functions.ts): JSDoc =
// descriptionEn and labelEn, functions-vi.json = descriptionVi and labelVi, parameter names and
// order = FunctionParamHelp.name; test/excel/custom-functions.test.ts fails when they drift.
//
// Argument types decide the metadata: number -> a cell, string -> a text cell, number[][] -> a
// range, number[][][] -> a repeating range (declared optional, see custom-functions.ts), `?` ->
// optional. Arguments are read by args.ts (blank cells, text), errors by errors.ts (the mapping).
// To add a function: add its help to CUSTOM_FUNCTIONS, write it here, add it to functions-vi.json.
import { compareWithTarget, formatTarget } from '../domain/target-compare';
import { progressText, TARGET_ARG_MESSAGES } from '../domain/custom-functions';
import {
  avgCitations,
  costPerPub,
  fteFromShares,
  ftePer10k,
  growth,
  hIndex,
  improvement,
  per10k,
  share,
  total,
  trlMedian,
} from '../domain/formulas';
import { listArg, listsArg, numberArg, targetArg, yearArg } from './args';
import { notAvailable, toExcelResult } from './errors';

/**
 * Full-time-equivalent R&D personnel divided by population, times 10,000.
 * @customfunction FTE_PER_10K
 * @param fte R&D personnel (FTE)
 * @param population Average population (persons)
 * @returns R&D personnel (FTE) per 10,000 population.
 */
export function ftePer10kFunction(fte: number, population: number): number {
  return toExcelResult('FTE_PER_10K', ftePer10k(numberArg(fte), numberArg(population)));
}

/**
 * A count divided by population, times 10,000.
 * @customfunction PER_10K
 * @param count Count
 * @param population Average population (persons)
 * @returns Count per 10,000 population.
 */
export function per10kFunction(count: number, population: number): number {
  return toExcelResult('PER_10K', per10k(numberArg(count), numberArg(population)));
}

/**
 * Part divided by total, as a fraction (0.125 = 12.5%). The part may not exceed the total.
 * @customfunction SHARE
 * @param part Part
 * @param total Total
 * @returns Share (part of total).
 */
export function shareFunction(part: number, total: number): number {
  return toExcelResult('SHARE', share(numberArg(part), numberArg(total)));
}

/**
 * Total citations divided by the number of papers.
 * @customfunction AVG_CITATIONS
 * @param citations Total citations
 * @param papers Number of papers
 * @returns Average citations per paper.
 */
export function avgCitationsFunction(citations: number, papers: number): number {
  return toExcelResult('AVG_CITATIONS', avgCitations(numberArg(citations), numberArg(papers)));
}

/**
 * Total spending (million VND) divided by the number of papers.
 * @customfunction COST_PER_PUB
 * @param spending Spending (million VND)
 * @param papers Number of papers
 * @returns Spending per publication (million VND per paper).
 */
export function costPerPubFunction(spending: number, papers: number): number {
  return toExcelResult('COST_PER_PUB', costPerPub(numberArg(spending), numberArg(papers)));
}

/**
 * Current value divided by the previous value, minus 1 (0.1 = +10%).
 * @customfunction GROWTH
 * @param current Current value
 * @param previous Previous value
 * @returns Growth over the previous period.
 */
export function growthFunction(current: number, previous: number): number {
  return toExcelResult('GROWTH', growth(numberArg(current), numberArg(previous)));
}

/**
 * Current score minus baseline score (in points).
 * @customfunction IMPROVEMENT
 * @param current Current score
 * @param baseline Baseline score
 * @returns Score improvement over the baseline.
 */
export function improvementFunction(current: number, baseline: number): number {
  return toExcelResult('IMPROVEMENT', improvement(numberArg(current), numberArg(baseline)));
}

/**
 * The largest h such that h papers have at least h citations each. Blank cells are skipped; citation counts must be whole numbers >= 0.
 * @customfunction HINDEX
 * @param citations Citations of each paper (one column, e.g. KHCN_DS_PUBLICATIONS[Số trích dẫn])
 * @returns h-index.
 */
export function hIndexFunction(citations: number[][]): number {
  return toExcelResult('HINDEX', hIndex(listArg(citations)));
}

/**
 * Median of the TRL levels (whole numbers 1 to 9); for an even count, the mean of the two middle values. Blank cells are skipped.
 * @customfunction TRL_MEDIAN
 * @param [levels] TRL levels (1–9)
 * @returns Median technology readiness level (TRL).
 */
export function trlMedianFunction(levels?: number[][][]): number {
  return toExcelResult('TRL_MEDIAN', trlMedian(listsArg(levels)));
}

/**
 * Sum of the values entered; blank cells are skipped; empty when none is entered.
 * @customfunction TOTAL
 * @param [parts] Parts
 * @returns Total of the parts.
 */
export function totalFunction(parts?: number[][][]): number {
  return toExcelResult('TOTAL', total(listsArg(parts)));
}

/**
 * Sum of each person's share of working time spent on R&D (0 to 1 per person, e.g. 0.5 = half time). Blank cells are skipped.
 * @customfunction FTE
 * @param shares Each person's share of time on R&D (0–1)
 * @returns R&D personnel in full-time equivalents (FTE).
 */
export function fteFunction(shares: number[][]): number {
  return toExcelResult('FTE', fteFromShares(listArg(shares)));
}

/**
 * The Plan 17/KH-UBND target for a year, as Vietnamese text (e.g. “≥ 60%”), marked “(độ tin cậy thấp)” when its reading is uncertain. Default year: 2030.
 * @customfunction TARGET
 * @param code Plan 17/KH-UBND target code (e.g. B.1)
 * @param [year] Target year (default 2030)
 * @returns Plan 17/KH-UBND target.
 */
export function targetFunction(code: string, year?: number): string {
  const target = targetArg(code);
  const y = yearArg(year);
  const text = formatTarget(target, y, 'vi');
  if (text === '') throw notAvailable(TARGET_ARG_MESSAGES.vi.noTargetForYear(target, y));
  return text;
}

/**
 * Compares a value with the Plan 17/KH-UBND target for the year (default 2030); Vietnamese status: “Đạt” (met), “Chưa đạt” (not met), “Chưa xác định”, “Chưa có số liệu”, “Không có chỉ tiêu năm …”. Percentages as fractions (0.6 = 60%).
 * @customfunction PROGRESS
 * @param value Indicator value (percentages as fractions)
 * @param code Plan 17/KH-UBND target code (e.g. B.1)
 * @param [year] Target year (default 2030)
 * @returns Target attainment.
 */
export function progressFunction(value: number, code: string, year?: number): string {
  const target = targetArg(code);
  const y = yearArg(year);
  return progressText(compareWithTarget(numberArg(value) ?? null, target, y), y, 'vi');
}
