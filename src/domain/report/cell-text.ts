/**
 * A report cell as the text a reader sees in Excel (Vietnamese convention), so the evaluation
 * report shows the consolidated workbook's numbers exactly as its cells display them.
 */
import { formatNumber } from '../numbers';
import { isDateFormat, isPercentFormat } from '../number-format';
import type { ReportCell } from './types';
import { vietnamTextOfSerial } from '../vietnam-time';

/** Decimals an Excel format shows ('0.0%' → 1, '#,##0' → 0, '#,##0.00' → 2). */
function decimalsOf(format: string): number {
  const dot = format.indexOf('.');
  if (dot < 0) return 0;
  return (/^[0#]+/.exec(format.slice(dot + 1))?.[0] ?? '').length;
}

function formatValue(v: number, numFmt: string | undefined): string {
  if (numFmt === undefined) return formatNumber(v, 'vi', { maxDecimals: 2 });
  if (isDateFormat(numFmt)) return vietnamTextOfSerial(v, /h/i.test(numFmt));
  const decimals = decimalsOf(numFmt);
  const grouping = numFmt.includes(',');
  if (isPercentFormat(numFmt)) return formatNumber(v, 'vi', { percent: true, decimals, grouping });
  return formatNumber(v, 'vi', { decimals, grouping });
}

export function cellText(cell: ReportCell | undefined): string {
  const v = cell?.v;
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return formatValue(v, cell?.numFmt);
  if (typeof v === 'boolean') return v ? 'Có' : 'Không';
  return v;
}
