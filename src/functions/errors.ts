// Turns a domain FormulaResult into what a custom function returns or throws.
// Messages come from the domain's issue catalogue (Vietnamese), never built here.
// Excel shows a custom message only for #VALUE! and #N/A, so failures that need an explanation
// use those two codes; a zero denominator is the familiar #DIV/0!.
import type { FormulaId } from '../domain/catalog/schema';
import type { FormulaErrorCode, FormulaResult } from '../domain/formulas';
import { issueFromFormulaFailure, renderIssue } from '../domain/issues';

type ExcelErrorKind = 'invalidValue' | 'notAvailable' | 'divisionByZero';

const ERROR_KIND: Record<FormulaErrorCode, ExcelErrorKind> = {
  MISSING: 'notAvailable', // a blank input: no value yet, as #N/A means in Excel
  EMPTY_LIST: 'notAvailable',
  DIV_ZERO: 'divisionByZero',
  NEGATIVE: 'invalidValue',
  NOT_INTEGER: 'invalidValue',
  OUT_OF_RANGE: 'invalidValue',
};

/** The CustomFunctions.Error for a failed formula; the message is the Vietnamese issue text. */
export function toExcelError(
  id: FormulaId,
  failure: Extract<FormulaResult, { ok: false }>,
): CustomFunctions.Error {
  const kind = ERROR_KIND[failure.error];
  if (kind === 'divisionByZero') return new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero);
  const message = renderIssue(issueFromFormulaFailure(id, failure), 'vi');
  return new CustomFunctions.Error(CustomFunctions.ErrorCode[kind], message);
}

/** The value of a successful formula; throws the matching Excel error otherwise. */
export function toExcelResult(id: FormulaId, result: FormulaResult): number {
  if (result.ok) return result.value;
  throw toExcelError(id, result);
}
