// Turns domain failures into the errors a custom function throws. Messages come from the domain
// (issue catalogue, custom-functions.ts), in Vietnamese; nothing is worded here.
//
// Excel shows a custom message only for #VALUE! and #N/A, so every failure that needs an
// explanation uses one of those two:
//   MISSING, EMPTY_LIST                  -> #N/A    + message  (a blank input: no value yet)
//   DIV_ZERO                             -> #DIV/0!            (the familiar one; no message shown)
//   NEGATIVE, NOT_INTEGER, OUT_OF_RANGE  -> #VALUE! + message  (a bad input, saying which and why)
//   text in a number cell or range       -> #VALUE! + message  (never read with a locale's rules)
//   TARGET/PROGRESS: blank code -> #N/A; unknown code, bad year -> #VALUE!; TARGET for a year
//   without a target -> #N/A (each with a message).
// The native formulas of the templates (FormulaSpec.excel) cannot carry messages: there a blank
// input gives "" and a bad one #NUM!. An error in an input cell reaches neither: Excel returns
// it without calling the function.
import type { FormulaId } from '../domain/catalog/schema';
import { functionHelp } from '../domain/custom-functions';
import type { FormulaErrorCode, FormulaFailure, FormulaResult } from '../domain/formulas';
import { issueFromFormulaFailure, makeIssue, renderIssue, type Issue } from '../domain/issues';

/** Functions whose failures are FormulaFailures: the registry's formulas, and FTE. */
export type FormulaFunctionId = FormulaId | 'FTE';

type ExcelErrorKind = 'invalidValue' | 'notAvailable' | 'divisionByZero';

const ERROR_KIND: Record<FormulaErrorCode, ExcelErrorKind> = {
  MISSING: 'notAvailable',
  EMPTY_LIST: 'notAvailable',
  DIV_ZERO: 'divisionByZero',
  NEGATIVE: 'invalidValue',
  NOT_INTEGER: 'invalidValue',
  OUT_OF_RANGE: 'invalidValue',
};

/** The issue explaining a failure; FTE is not in FORMULAS, so its texts come from its help. */
function failureIssue(id: FormulaFunctionId, failure: FormulaFailure): Issue {
  if (id !== 'FTE') return issueFromFormulaFailure(id, failure);
  const help = functionHelp(id);
  const param = help.params.find((p) => p.name === failure.param);
  return makeIssue(`DERIVED_${failure.error}`, {
    formulaVi: help.nameVi,
    formulaEn: help.nameEn,
    paramVi: param?.labelVi ?? failure.param,
    paramEn: param?.labelEn ?? failure.param,
  });
}

/** #VALUE! with an explanation. */
export const invalidValue = (message: string): CustomFunctions.Error =>
  new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message);

/** #N/A with an explanation. */
export const notAvailable = (message: string): CustomFunctions.Error =>
  new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, message);

/** The CustomFunctions.Error for a failed formula; the message is the Vietnamese issue text. */
export function toExcelError(id: FormulaFunctionId, failure: FormulaFailure): CustomFunctions.Error {
  const kind = ERROR_KIND[failure.error];
  if (kind === 'divisionByZero') return new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero);
  const message = renderIssue(failureIssue(id, failure), 'vi');
  return kind === 'notAvailable' ? notAvailable(message) : invalidValue(message);
}

/** The value of a successful formula; throws the matching Excel error otherwise. */
export function toExcelResult(id: FormulaFunctionId, result: FormulaResult): number {
  if (result.ok) return result.value;
  throw toExcelError(id, result);
}

/** #VALUE! for a cell holding text (or TRUE/FALSE) where a number is expected. */
export const notANumber = (value: unknown): CustomFunctions.Error =>
  invalidValue(renderIssue(makeIssue('VALUE_NOT_NUMBER', { text: String(value) }), 'vi'));
