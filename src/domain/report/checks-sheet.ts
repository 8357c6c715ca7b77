/**
 * 'Kiểm tra toàn tỉnh': the cross rules checked on the province figures (each rule's importance,
 * both sides' values and the units behind them, the verdict), then the cross-checks of every
 * official figure against the other reporters' values (difference, verdict).
 */
import type { Catalog, CrossRule } from '../catalog';
import { sideLabel } from '../cross-rules';
import { IMPORTANCE_VI, type ProvinceRuleCheck } from '../consolidation/province-checks';
import { beyondTolerance } from '../consolidation/official';
import type { CrossCheck } from '../consolidation/types';
import { renderIssue } from '../issues';
import { formatNumber } from '../numbers';
import { fit, groupRow, lines, num, text } from './cells';
import type { ReportContext } from './context';
import { CROSS_CHECK_LABELS, HEADERS, RULE_STATUS_LABELS, TEXT } from './labels';
import { REPORT_SHEETS } from './sheet-names';
import type { ReportCell, ReportColumn, ReportSheet, ReportStyle } from './types';

const H = HEADERS.checks;

export const CHECK_COLUMNS: readonly ReportColumn[] = [
  { header: H.indicator, width: 9 },
  { header: H.rule, width: 55 },
  { header: H.importance, width: 12 },
  { header: H.leftValue, width: 16 },
  { header: H.leftUnits, width: 30 },
  { header: H.rightValue, width: 16 },
  { header: H.rightUnits, width: 30 },
  { header: H.difference, width: 14 },
  { header: H.result, width: 22 },
  { header: H.notes, width: 60 },
];
const WIDTH = CHECK_COLUMNS.length;
const NUMBER = '#,##0.##';

const OP: Readonly<Record<CrossRule['op'], string>> = { '<=': '≤', '>=': '≥', '=': '=' };

const RULE_STYLE: Readonly<Record<ProvinceRuleCheck['status'], ReportStyle>> = {
  violated: 'bad',
  uncheckable: 'warn',
  holds: 'ok',
  skipped: 'muted',
};

function ruleRow(ctx: ReportContext, c: ProvinceRuleCheck): ReportCell[] {
  const ind = ctx.indicator(c.indicator);
  const label = (keys: readonly string[]): string =>
    ind === undefined ? keys.join(' + ') : sideLabel(ind, keys, 'vi');
  const names = (ids: readonly string[]): string[] => ids.map((id) => ctx.unitName(id));
  const style = c.status === 'violated' && c.rule.importance !== 'high' ? 'warn' : RULE_STYLE[c.status];
  const diff = c.left.value !== null && c.right.value !== null ? c.left.value - c.right.value : null;
  return fit(
    [
      text(c.indicator),
      text(`${label(c.rule.left)} ${OP[c.rule.op]} ${label(c.rule.right)}`),
      text(IMPORTANCE_VI[c.rule.importance]),
      num(c.left.value, NUMBER),
      lines(names(c.left.units)),
      num(c.right.value, NUMBER),
      lines(names(c.right.units)),
      num(diff, NUMBER),
      text(RULE_STATUS_LABELS[c.status], style),
      text(c.issue === undefined ? c.rule.reasonVi : renderIssue(c.issue, 'vi')),
    ],
    WIDTH,
  );
}

function crossCheckVerdict(x: CrossCheck): keyof typeof CROSS_CHECK_LABELS {
  if (x.officialValue === null) return x.substitute ? 'substitute' : 'missing';
  if (x.othersSum === null) return 'agrees';
  if (x.check === 'parts')
    return x.othersSum > x.officialValue && beyondTolerance(x.othersSum, x.officialValue)
      ? 'partsExceed'
      : 'agrees';
  return x.others.some((o) => beyondTolerance(o.value, x.officialValue ?? 0)) ? 'differs' : 'agrees';
}

const CROSS_STYLE: Readonly<Record<keyof typeof CROSS_CHECK_LABELS, ReportStyle>> = {
  agrees: 'ok',
  differs: 'warn',
  partsExceed: 'warn',
  substitute: 'warn',
  missing: 'bad',
};

function crossCheckRows(ctx: ReportContext, catalog: Catalog): ReportCell[][] {
  return catalog.indicators.flatMap((ind) => {
    const result = ctx.result(ind.code);
    return ind.components.flatMap((c) => {
      const x = result?.components[c.key]?.crossCheck;
      if (x === undefined) return [];
      const verdict = crossCheckVerdict(x);
      const others = x.others.map((o) => `${ctx.unitName(o.unitId)}: ${formatNumber(o.value, 'vi')}`);
      return [
        fit(
          [
            text(ind.code),
            text(
              `${c.labelVi} — ${TEXT.checks.crossCheckRule(ctx.unitName(x.officialUnit), x.check === 'parts')}`,
            ),
            text(''),
            num(x.officialValue, NUMBER),
            text(ctx.unitName(x.officialUnit)),
            num(x.othersSum, NUMBER),
            lines(others),
            num(x.difference, NUMBER),
            text(CROSS_CHECK_LABELS[verdict], CROSS_STYLE[verdict]),
            text(TEXT.checks.crossCheckNote(x.check === 'parts')),
          ],
          WIDTH,
        ),
      ];
    });
  });
}

export function checksSheet(ctx: ReportContext): ReportSheet {
  const checks = ctx.run.provinceChecks;
  const violated = checks.filter((c) => c.status === 'violated').length;
  const cross = crossCheckRows(ctx, ctx.catalog);
  return {
    name: REPORT_SHEETS.checks,
    preamble: [
      [text(TEXT.checks.title, 'title')],
      [text(TEXT.checks.subtitle(checks.length, violated), violated > 0 ? 'warn' : 'subtitle')],
      [],
    ],
    columns: [...CHECK_COLUMNS],
    rows: [
      groupRow(TEXT.checks.rulesGroup(checks.length, violated), WIDTH),
      ...checks.map((c) => ruleRow(ctx, c)),
      groupRow(TEXT.checks.crossGroup(cross.length), WIDTH),
      ...(cross.length === 0 ? [fit([text(TEXT.checks.noCrossCheck, 'muted')], WIDTH)] : cross),
    ],
    freezeHeader: true,
  };
}
