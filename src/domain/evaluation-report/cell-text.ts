/**
 * A report cell as the text a reader sees in Excel (Vietnamese convention), so the evaluation
 * report shows the consolidated workbook's numbers exactly as its cells display them.
 */
import { formatNumber } from '../numbers';
import { isDateFormat, isPercentFormat } from '../number-format';
import type { ReportCell } from '../report/types';

/** Decimals an Excel format shows ('0.0%' → 1, '#,##0' → 0, '#,##0.00' → 2). */
function decimalsOf(format: string): number {
  const dot = format.indexOf('.');
  if (dot < 0) return 0;
  return (/^[0#]+/.exec(format.slice(dot + 1))?.[0] ?? '').length;
}

/** An Excel serial (days since 1899-12-30) as dd/mm/yyyy, plus hh:mm when the format shows a time. */
function serialText(serial: number, withTime: boolean): string {
  const d = new Date(Math.round((serial - 25569) * 86_400_000));
  const two = (n: number): string => String(n).padStart(2, '0');
  const day = `${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
  return withTime ? `${day} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}` : day;
}

export function formatValue(v: number, numFmt: string | undefined): string {
  if (numFmt === undefined) return formatNumber(v, 'vi', { maxDecimals: 2 });
  if (isDateFormat(numFmt)) return serialText(v, /h/i.test(numFmt));
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
