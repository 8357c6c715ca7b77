/**
 * 'Tổng hợp': the province value of every indicator, grouped by logic-model stage, with how it
 * is computed, who reported it and how it compares with the Plan 17/KH-UBND targets.
 */
import type { Indicator } from '../catalog';
import { measureKey } from '../catalog/measures';
import { STAGES } from '../catalog/constants';
import { makeIssue, renderIssue } from '../issues';
import { methodRule } from '../method-rule';
import { HEADLINE, previousProvince } from '../previous/model';
import { formatTarget, type TargetStatus } from '../target-compare';
import {
  INTEGER_FORMAT,
  PERCENT_FORMAT,
  empty,
  fact,
  fit,
  groupRow,
  indicatorFormat,
  lines,
  num,
  text,
  time,
} from './cells';
import { linksOf, measureNote } from './links';
import { registerDef } from '../registers/definitions';
import { derivationsOf } from '../registers/derive';
import {
  milestoneStatus,
  REPORT_TARGET_YEARS,
  worstPathStyle,
  worstStyle,
  type ReportContext,
} from './context';
import {
  HEADERS,
  NO,
  PATH_LABELS,
  pathInWords,
  STAGE_LABELS,
  TARGET_STATUS_LABELS,
  TEXT,
  YES,
} from './labels';
import { REPORT_SHEETS } from './sheet-names';
import type { ReportCell, ReportColumn, ReportSheet } from './types';

const H = HEADERS.summary;

export const SUMMARY_COLUMNS: readonly ReportColumn[] = [
  { header: H.code, width: 8 },
  { header: H.name, width: 45 },
  { header: H.unit, width: 16 },
  { header: H.value, width: 16 },
  { header: H.previous, width: 16 },
  { header: H.method, width: 28 },
  { header: H.reporting, width: 11 },
  { header: H.leadReported, width: 12 },
  { header: H.target2025, width: 24 },
  { header: H.verdict2025, width: 16 },
  { header: H.target2030, width: 24 },
  { header: H.verdict2030, width: 16 },
  { header: H.path, width: 30 },
  { header: H.notes, width: 70 },
];

const WIDTH = SUMMARY_COLUMNS.length;

/** The target texts and verdicts of one indicator for one year: [target cell, verdict cell]. */
function targetCells(ctx: ReportContext, ind: Indicator, year: number): [ReportCell, ReportCell] {
  const links = linksOf(ctx, ind);
  if (links.length === 0) return [empty(), empty()];
  const set = links.filter(({ target }) => target.values[String(year)] !== undefined);
  if (set.length === 0) return [empty(), text(TEXT.summary.noTargetYear(year), 'muted')];

  const targetLines = set.map(({ link, target }) => {
    const related = link.comparable === 'related' ? ` — ${TEXT.summary.relatedOnly}` : '';
    return `${target.code}: ${formatTarget(target, year, 'vi')}${measureNote(ctx, ind, link)}${related}`;
  });
  const statuses: TargetStatus[] = set.map(({ link, target }) =>
    milestoneStatus(ctx.check(ind.code, target.code, measureKey(link.measure)), year),
  );
  const verdicts =
    set.length === 1
      ? [TARGET_STATUS_LABELS[statuses[0] ?? 'no-value']]
      : set.map(({ target }, i) => `${target.code}: ${TARGET_STATUS_LABELS[statuses[i] ?? 'no-value']}`);
  return [lines(targetLines), lines(verdicts, worstStyle(statuses))];
}

/** Whether the report year's value is on the straight path between two milestones, with the rule in words. */
function pathCell(ctx: ReportContext, ind: Indicator): ReportCell {
  const judged = linksOf(ctx, ind).filter(({ link }) => link.comparable === 'same');
  if (judged.length === 0) return empty();
  const checks = judged.flatMap(({ link, target }) => {
    const c = ctx.check(ind.code, target.code, measureKey(link.measure));
    return c === undefined ? [] : [{ c, target }];
  });
  const texts = checks.map(({ c, target }) => {
    const label = `${target.code}: ${PATH_LABELS[c.path.status]}`;
    const rule = pathInWords(c.path, target);
    return rule === '' ? label : `${label}. ${rule}`;
  });
  return lines(texts, worstPathStyle(checks.map(({ c }) => c.path.status)));
}

function notes(ctx: ReportContext, ind: Indicator): ReportCell {
  const flags = (ctx.result(ind.code)?.flags ?? []).map((f) => renderIssue(f, 'vi'));
  const lowConfidence = ind.targets.flatMap((link) => {
    const t = ctx.target(link.code);
    return t?.confidence === 'low'
      ? [renderIssue(makeIssue('TARGET_LOW_CONFIDENCE', { target: t.code }), 'vi')]
      : [];
  });
  return lines([...new Set([...flags, ...lowConfidence])]);
}

/** The register sheet an indicator's count comes from: its first register the run has (undefined: none). */
function registerSheetOf(ctx: ReportContext, ind: Indicator): string | undefined {
  const listed = new Set((ctx.run.registers ?? []).filter((u) => u.items.length > 0).map((u) => u.register));
  const dv = derivationsOf(ind.code).find((x) => listed.has(x.register));
  return dv === undefined ? undefined : registerDef(dv.register).sheetVi;
}

function indicatorRow(ctx: ReportContext, ind: Indicator, method: string): ReportCell[] {
  const result = ctx.result(ind.code);
  const register = registerSheetOf(ctx, ind);
  const value = num(result?.value ?? null, indicatorFormat(ind));
  const [t2025, v2025] = targetCells(ctx, ind, REPORT_TARGET_YEARS[0]);
  const [t2030, v2030] = targetCells(ctx, ind, REPORT_TARGET_YEARS[1]);
  const path = pathCell(ctx, ind);
  const leadReported = result?.leadReported === true;
  return fit(
    [
      text(ind.code),
      text(ind.nameVi),
      text(ind.unitOfMeasureVi),
      // A value (not an empty cell) links to the list it was counted from.
      register === undefined || value.v === null ? value : { ...value, link: { sheet: register } },
      num(previousProvince(ctx.run.options.previous, ind.code, HEADLINE) ?? null, indicatorFormat(ind)),
      text(method),
      num(result?.reportingUnits.length ?? 0, INTEGER_FORMAT),
      text(leadReported ? YES : NO, leadReported ? 'ok' : 'warn'),
      t2025,
      v2025,
      t2030,
      v2030,
      path,
      notes(ctx, ind),
    ],
    WIDTH,
  );
}

function stageLabel(indicators: readonly Indicator[]): string {
  const groups = [...new Map(indicators.map((i) => [i.group, `${i.group}. ${i.groupNameVi}`])).values()];
  return groups.join('; ');
}

/**
 * Indicators computed by working definitions (pending the Ministry's methodology): said once
 * above the table rather than on every row, as today it concerns all of them.
 */
function workingNote(ctx: ReportContext): ReportCell[][] {
  const all = ctx.catalog.indicators;
  const working = all.filter((i) => i.definitionStatus === 'working').length;
  if (working === 0) return [];
  const message = renderIssue(makeIssue('DEFINITION_WORKING', {}), 'vi');
  return [[text(TEXT.summary.workingNote(working, all.length, message), 'subtitle')]];
}

/** The headline counts (summary sheet and evaluation report): a target counts once. */
export interface HeadlineCounts {
  computed: number;
  indicators: number;
  judged: number;
  targets: number;
  met: number;
  notMet: number;
  onTrack: number;
  behind: number;
  lowConfidence: number;
}

/**
 * How many indicators have a value, and how the Plan 17 targets compared on the same measure
 * stand (a target counts once, met if one of its same-measure checks is met).
 */
export function headlineCounts(ctx: ReportContext): HeadlineCounts {
  const { run, catalog } = ctx;
  const same = run.targetChecks.filter((t) => t.comparable === 'same');
  const targetsWith = (pick: (t: (typeof same)[number]) => boolean): number =>
    new Set(same.filter(pick).map((t) => t.target)).size;
  const milestone2025 = (t: (typeof same)[number]) => t.milestones.find((m) => m.year === 2025)?.status;
  return {
    computed: run.indicators.filter((i) => i.value !== null && i.value !== undefined).length,
    indicators: catalog.indicators.length,
    judged: targetsWith((t) => t.value !== null && t.value !== undefined),
    targets: catalog.targets.length,
    met: targetsWith((t) => milestone2025(t) === 'met'),
    notMet: targetsWith((t) => milestone2025(t) === 'not-met'),
    onTrack: targetsWith((t) => t.path.status === 'on-track'),
    behind: targetsWith((t) => t.path.status === 'behind'),
    lowConfidence: catalog.targets.filter((t) => t.confidence === 'low').length,
  };
}

function headlineFacts(ctx: ReportContext): ReportCell[][] {
  const S = TEXT.summary;
  const h = headlineCounts(ctx);
  return [
    fact(S.computed, text(S.computedValue(h.computed, h.indicators))),
    fact(S.targets, text(S.targetsValue(h))),
    fact(S.lowConfidence, num(h.lowConfidence, INTEGER_FORMAT)),
  ];
}

/** The one reference population, where it comes from, and the run's own flags (a fallback). */
function populationFacts(ctx: ReportContext): ReportCell[][] {
  const p = ctx.run.population;
  const from =
    p.from === 'statistics'
      ? TEXT.summary.populationFrom(ctx.unitName(p.unitId), p.source.file)
      : p.sourceText;
  return [
    [...fact(TEXT.summary.population, num(p.value, INTEGER_FORMAT)), text(from)],
    ...ctx.run.flags.map((f) => [text(renderIssue(f, 'vi'), 'warn')]),
  ];
}

export function summarySheet(ctx: ReportContext): ReportSheet {
  const { run } = ctx;
  const rows: ReportCell[][] = [];
  for (const stage of STAGES) {
    const inStage = ctx.catalog.indicators.filter((i) => i.stage === stage);
    if (inStage.length === 0) continue;
    rows.push(groupRow(TEXT.summary.group(STAGE_LABELS[stage], stageLabel(inStage)), WIDTH));
    for (const ind of inStage) {
      rows.push(indicatorRow(ctx, ind, methodRule(ctx.catalog, ind)));
    }
  }
  const c = run.completeness;
  const S = TEXT.summary;
  return {
    name: REPORT_SHEETS.summary,
    preamble: [
      [text(TEXT.reportTitle(run.options.year), 'title')],
      fact(S.consolidatedAt, time(run.options.readAt)),
      fact(S.files, num(run.files.length, INTEGER_FORMAT)),
      fact(S.filesUsed, num(run.files.filter((f) => f.use === 'used').length, INTEGER_FORMAT)),
      fact(S.expected, num(c.expected, INTEGER_FORMAT)),
      fact(S.received, num(c.received, INTEGER_FORMAT)),
      fact(S.rate, num(c.rate, PERCENT_FORMAT)),
      ...headlineFacts(ctx),
      ...populationFacts(ctx),
      [text(S.blankNote, 'subtitle')],
      [text(S.targetNote, 'subtitle')],
      [text(S.methodNote, 'subtitle')],
      ...workingNote(ctx),
      [],
    ],
    columns: [...SUMMARY_COLUMNS],
    rows,
    freezeHeader: true,
  };
}
