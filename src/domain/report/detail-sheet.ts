/**
 * 'Chi tiết nguồn': one row per reported value (DetailRow) — where it was read and whether it
 * is part of the province figure. An Excel table, so it can be filtered by unit or indicator.
 */
import type { DetailRow, DetailUse } from '../consolidation/run-types';
import { renderIssue } from '../issues';
import { componentFormat, fit, num, text, time } from './cells';
import type { ReportContext } from './context';
import { DETAIL_USE_LABELS, HEADERS, NO_DETAIL, TEXT } from './labels';
import { REPORT_SHEETS } from './sheet-names';
import type { ReportCell, ReportColumn, ReportSheet, ReportStyle } from './types';

const H = HEADERS.detail;

export const DETAIL_TABLE = 'KHCN_ChiTiet';

export const DETAIL_COLUMNS: readonly ReportColumn[] = [
  { header: H.unit, width: 30 },
  { header: H.unitId, width: 16 },
  { header: H.indicator, width: 9 },
  { header: H.component, width: 36 },
  { header: H.value, width: 18 },
  { header: H.file, width: 30 },
  { header: H.sheet, width: 14 },
  { header: H.cell, width: 8 },
  { header: H.definedName, width: 30 },
  { header: H.templateVersion, width: 10 },
  { header: H.sha256, width: 34 },
  { header: H.readAt, width: 17 },
  { header: H.use, width: 13 },
  { header: H.note, width: 60 },
];

const WIDTH = DETAIL_COLUMNS.length;

const USE_STYLE: Readonly<Record<DetailUse, ReportStyle>> = {
  used: 'ok',
  superseded: 'muted',
  'not-used': 'warn',
};

function valueCell(ctx: ReportContext, d: DetailRow): ReportCell {
  if (typeof d.value === 'string') return text(d.value);
  const ind = ctx.indicator(d.indicator);
  return num(d.value, ind === undefined ? undefined : componentFormat(ind, d.component));
}

function detailRow(ctx: ReportContext, d: DetailRow): ReportCell[] {
  return fit(
    [
      text(d.unitNameVi),
      text(d.unitId),
      text(d.indicator),
      text(d.componentVi),
      valueCell(ctx, d),
      text(d.file),
      text(d.sheet),
      text(d.cell),
      text(d.definedName),
      text(d.templateVersion),
      text(d.sha256),
      time(d.readAt),
      text(DETAIL_USE_LABELS[d.use], USE_STYLE[d.use]),
      text(d.note === undefined ? undefined : renderIssue(d.note, 'vi')),
    ],
    WIDTH,
  );
}

export function detailSheet(ctx: ReportContext): ReportSheet {
  const { detail } = ctx.run;
  const rows =
    detail.length === 0 ? [fit([text(NO_DETAIL, 'muted')], WIDTH)] : detail.map((d) => detailRow(ctx, d));
  return {
    name: REPORT_SHEETS.detail,
    preamble: [[text(TEXT.detail.title, 'title')], [text(TEXT.detail.subtitle, 'subtitle')], []],
    columns: [...DETAIL_COLUMNS],
    rows,
    ...(detail.length === 0 ? {} : { table: { name: DETAIL_TABLE } }),
    freezeHeader: true,
  };
}
