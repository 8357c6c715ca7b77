/**
 * The consolidated report (pure): buildReport turns a ConsolidationRun into sheets, tables and
 * a chart as plain data; the exceljs writer and the add-in present it.
 */
export { buildReport } from './build-report';
export { REPORT_STYLES } from './styles';
export { REPORT_SHEETS, type ReportSheetKey } from './sheet-names';
export { headerRowOf } from './types';
export type * from './types';
export { TIME_FORMAT, DATE_FORMAT, PERCENT_FORMAT } from './cells';
export { excelSerialVietnam } from '../vietnam-time';
export { DETAIL_TABLE } from './detail-sheet';
export { STATUS_TABLE } from './status-sheet';
export { CONFLICTS_TABLE } from './conflicts-sheet';
export * as REPORT_LABELS from './labels';
