/**
 * In-place validation of a filled template (host-agnostic): adapters build a WorkbookReading,
 * the rules return Issues, and the values feed consolidation.
 */
export type {
  CellReading,
  CellValue,
  FormulaCell,
  NameReading,
  ReadOutcome,
  Scalar,
  SheetReading,
  TableReading,
  WorkbookReading,
} from './reading';
export {
  cellsInRange,
  columnLetters,
  columnNumber,
  MAX_NAME_CELLS,
  parseCell,
  parseReference,
  rangeContains,
} from './reading';
export type { ComponentValue } from './component-value';
export { isDoiList } from './component-value';
export { normalizeDoi } from '../doi';
export { parseDateText, serialToDisplayDate } from './cell-value';
export { compareVersions } from './identity-rules';
export type {
  Analysis,
  Expectation,
  ExtractedComponent,
  ExtractedIndicator,
  ExtractedState,
  ExtractedValues,
} from './validate';
export { analyzeTemplate, extractValues, validateTemplate } from './validate';
export type { Counts, IndicatorStatus, IndicatorSummary, ValidationSummary } from './summary';
export { statusText, summarize } from './summary';
