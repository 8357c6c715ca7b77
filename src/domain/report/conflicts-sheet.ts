/**
 * 'Xung đột': duplicate files, files for another year, old templates and cooperating units
 * whose figure differs from the lead unit's — one row per ConflictRow, in run order.
 */
import type { ConflictRow } from '../consolidation/run-types';
import { renderIssue, type Severity } from '../issues';
import { fit, lines, text } from './cells';
import type { ReportContext } from './context';
import { CONFLICT_LABELS, HEADERS, NO_CONFLICT, TEXT } from './labels';
import { REPORT_SHEETS } from './sheet-names';
import type { ReportCell, ReportColumn, ReportSheet, ReportStyle } from './types';

const H = HEADERS.conflicts;

export const CONFLICTS_TABLE = 'KHCN_XungDot';

export const CONFLICT_COLUMNS: readonly ReportColumn[] = [
  { header: H.kind, width: 22 },
  { header: H.unit, width: 30 },
  { header: H.indicator, width: 9 },
  { header: H.component, width: 30 },
  { header: H.files, width: 34 },
  { header: H.usedFile, width: 30 },
  { header: H.description, width: 80 },
];

const WIDTH = CONFLICT_COLUMNS.length;

const SEVERITY_STYLE: Readonly<Record<Severity, ReportStyle>> = {
  error: 'bad',
  warning: 'warn',
  info: 'muted',
};

function conflictRow(ctx: ReportContext, c: ConflictRow): ReportCell[] {
  return fit(
    [
      text(CONFLICT_LABELS[c.kind], SEVERITY_STYLE[c.issue.severity]),
      text(c.unitId === undefined ? undefined : ctx.unitName(c.unitId)),
      text(c.indicator),
      text(
        c.indicator === undefined || c.component === undefined
          ? c.component
          : ctx.componentLabel(c.indicator, c.component),
      ),
      lines(c.files),
      text(c.usedFile),
      text(renderIssue(c.issue, 'vi')),
    ],
    WIDTH,
  );
}

export function conflictsSheet(ctx: ReportContext): ReportSheet {
  const { conflicts } = ctx.run;
  const rows =
    conflicts.length === 0
      ? [fit([text(NO_CONFLICT, 'ok')], WIDTH)]
      : conflicts.map((c) => conflictRow(ctx, c));
  return {
    name: REPORT_SHEETS.conflicts,
    preamble: [
      [text(TEXT.conflicts.title, 'title')],
      [text(TEXT.conflicts.count(conflicts.length), 'subtitle')],
      [],
    ],
    columns: [...CONFLICT_COLUMNS],
    rows,
    ...(conflicts.length === 0 ? {} : { table: { name: CONFLICTS_TABLE } }),
    freezeHeader: true,
  };
}
