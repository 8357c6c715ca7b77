// Custom functions (namespace KHCN): thin wrappers over src/domain/formulas.ts.
// custom-functions-metadata-plugin reads the JSDoc below to generate functions.json (English)
// and appends CustomFunctions.associate(...) for each @customfunction. Vietnamese metadata:
// functions-vi.json. Texts come from FORMULAS (src/domain/formulas.ts): JSDoc = descriptionEn and
// labelEn, functions-vi.json = descriptionVi and labelVi, parameter names = FormulaParam.name;
// test/excel/custom-functions.test.ts fails when they drift.
// To add a function: write it here like FTE_PER_10K, then add its entry to functions-vi.json.
import { ftePer10k } from '../domain/formulas';
import { toExcelResult } from './errors';

/**
 * Full-time-equivalent R&D personnel divided by population, times 10,000.
 * @customfunction FTE_PER_10K
 * @param fte R&D personnel (FTE)
 * @param population Average population (persons)
 * @returns R&D personnel (FTE) per 10,000 population.
 */
export function ftePer10kFunction(fte: number, population: number): number {
  return toExcelResult('FTE_PER_10K', ftePer10k(fte, population));
}
