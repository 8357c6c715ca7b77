/**
 * buildEvaluationReport: the consolidation run → the draft evaluation report (báo cáo đánh giá),
 * headings following the plan: purpose and scope, method, results by stage and group, the Plan
 * 17/KH-UBND targets, data completeness and quality, conclusions (left to the office), annex.
 * Every number is taken from the same cells as the consolidated workbook (report/), so the two
 * always agree; text the office must write itself is a placeholder, never invented.
 */
import type { Catalog, Indicator } from '../catalog';
import { STAGES } from '../catalog/constants';
import type { ConsolidationRun } from '../consolidation/run-types';
import { buildDictionary, DICTIONARY_COLUMNS } from '../dictionary';
import { renderIssue } from '../issues';
import { methodRule } from '../method-rule';
import { formatNumberVi } from '../numbers';
import { indicatorFormat, num } from '../report/cells';
import { reportContext, type ReportContext } from '../report/context';
import { CONFLICT_LABELS, HEADERS, STAGE_LABELS, UNIT_STATE_LABELS } from '../report/labels';
import { headlineCounts } from '../report/summary-sheet';
import { targetSections, TARGET_COLUMNS } from '../report/targets-sheet';
import { viDateFromIso } from '../template/vi-format';
import { formatVietnamTime } from '../vietnam-time';
import { cellText } from '../report/cell-text';
import { R } from './labels';
import type { BarChart, Block, EvaluationReport, TableColumn } from './model';

/** The headline value as the summary sheet shows it ("Chưa tính được" when there is none). */
function valueText(ctx: ReportContext, ind: Indicator): string {
  const v = ctx.result(ind.code)?.value ?? null;
  return v === null ? R.results.notComputed : cellText(num(v, indicatorFormat(ind)));
}

const columns = (spec: readonly [string, number][]): TableColumn[] =>
  spec.map(([header, width]) => ({ header, width }));

function purpose(ctx: ReportContext): Block[] {
  const { catalog, run } = ctx;
  const year = run.options.year;
  const groups = [...new Map(catalog.indicators.map((i) => [i.group, i.groupNameVi])).entries()]
    .map(
      ([g, name]) =>
        `${catalog.indicators.filter((i) => i.group === g).length} chỉ tiêu ${name.toLowerCase()}`,
    )
    .join(', ');
  return [
    { kind: 'heading', level: 1, text: R.purpose.heading },
    {
      kind: 'paragraph',
      text: R.purpose.purpose(year, catalog.indicators.length, groups, catalog.targets.length),
    },
    {
      kind: 'paragraph',
      text: R.purpose.scope(year, run.completeness.expected, viDateFromIso(run.options.deadline)),
    },
    { kind: 'placeholder', text: R.purpose.placeholder },
  ];
}

function method(ctx: ReportContext): Block[] {
  const { catalog, run } = ctx;
  const stages = STAGES.map(
    (s) => `${STAGE_LABELS[s]}: ${catalog.indicators.filter((i) => i.stage === s).length} chỉ tiêu`,
  ).join('; ');
  const p = run.population;
  const source = p.from === 'statistics' ? `${ctx.unitName(p.unitId)}, tệp ${p.source.file}` : p.sourceText;
  const working = catalog.indicators.filter((i) => i.definitionStatus === 'working').length;
  return [
    { kind: 'heading', level: 1, text: R.method.heading },
    { kind: 'paragraph', text: R.method.logic(stages) },
    { kind: 'paragraph', text: R.method.rulesIntro },
    { kind: 'bullets', items: [...R.method.rules] },
    { kind: 'paragraph', text: R.method.population(formatNumberVi(p.value), source) },
    ...(working > 0
      ? [{ kind: 'paragraph', text: R.method.working(working, catalog.indicators.length) } as const]
      : []),
  ];
}

export function stageChart(ctx: ReportContext): BarChart {
  const inStage = STAGES.map((s) => ctx.catalog.indicators.filter((i) => i.stage === s));
  const computed = inStage.map(
    (list) => list.filter((i) => (ctx.result(i.code)?.value ?? null) !== null).length,
  );
  return {
    id: 'giai-doan',
    title: R.results.chartTitle,
    categories: STAGES.map((s) => STAGE_LABELS[s]),
    series: [
      { name: R.results.seriesComputed, values: computed },
      { name: R.results.seriesMissing, values: inStage.map((list, i) => list.length - (computed[i] ?? 0)) },
    ],
    stacked: true,
    yAxisName: R.results.axisIndicators,
  };
}

function results(ctx: ReportContext): Block[] {
  const C = R.results.columns;
  const h = headlineCounts(ctx);
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: R.results.heading },
    { kind: 'paragraph', text: R.results.overview(h.computed, h.indicators) },
    { kind: 'chart', chart: stageChart(ctx), caption: R.results.chartCaption },
  ];
  STAGES.forEach((stage, i) => {
    const inStage = ctx.catalog.indicators.filter((ind) => ind.stage === stage);
    if (inStage.length === 0) return;
    blocks.push({ kind: 'heading', level: 2, text: R.results.stageHeading(i + 1, STAGE_LABELS[stage]) });
    for (const group of [...new Set(inStage.map((ind) => ind.group))]) {
      const inGroup = inStage.filter((ind) => ind.group === group);
      blocks.push({
        kind: 'heading',
        level: 3,
        text: R.results.groupHeading(group, inGroup[0]?.groupNameVi ?? ''),
      });
      blocks.push({
        kind: 'table',
        caption: R.results.tableCaption(group),
        columns: columns([
          [C.code, 8],
          [C.name, 38],
          [C.value, 14],
          [C.unit, 12],
          [C.rule, 18],
          [C.units, 10],
        ]),
        rows: inGroup.map((ind) => [
          ind.code,
          ind.nameVi,
          valueText(ctx, ind),
          ind.unitOfMeasureVi,
          methodRule(ctx.catalog, ind),
          String(ctx.result(ind.code)?.reportingUnits.length ?? 0),
        ]),
      });
    }
    blocks.push({ kind: 'placeholder', text: R.results.placeholder(STAGE_LABELS[stage]) });
  });
  return blocks;
}

export function targetsChart(ctx: ReportContext): BarChart {
  const sections = targetSections(ctx);
  const B = HEADERS.sections;
  const count = (pick: (l: (typeof sections)[number]['lines'][number]) => boolean) =>
    sections.map((s) => s.lines.filter(pick).length);
  return {
    id: 'muc-tieu',
    title: R.targets.chartTitle,
    categories: sections.map((s) => `${s.code}. ${s.name}`),
    series: [
      { name: B.count, values: sections.map((s) => s.lines.length) },
      { name: B.measured, values: count((l) => l.measured) },
      { name: B.met, values: count((l) => l.met) },
      { name: B.onTrack, values: count((l) => l.onTrack) },
    ],
    stacked: false,
    yAxisName: B.count,
  };
}

function targets(ctx: ReportContext): Block[] {
  const h = headlineCounts(ctx);
  const T = HEADERS.targets;
  const pick = [T.code, T.name, T.target2025, T.value, T.verdict2025, T.path, T.confidence] as const;
  const index = pick.map((header) => TARGET_COLUMNS.findIndex((c) => c.header === header));
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: R.targets.heading },
    {
      kind: 'paragraph',
      text: R.targets.headline(h),
    },
    ...(h.lowConfidence > 0
      ? [{ kind: 'paragraph', text: R.targets.lowConfidence(h.lowConfidence) } as const]
      : []),
    { kind: 'chart', chart: targetsChart(ctx), caption: R.targets.chartCaption },
  ];
  for (const s of targetSections(ctx)) {
    blocks.push({
      kind: 'heading',
      level: 2,
      text: R.targets.sectionHeading(s.code, s.name, s.lines.length),
    });
    blocks.push({
      kind: 'table',
      caption: R.targets.tableCaption(s.code),
      columns: columns([
        [T.code, 7],
        [T.name, 35],
        [T.target2025, 13],
        [T.value, 12],
        [T.verdict2025, 11],
        [T.path, 13],
        [T.confidence, 9],
      ]),
      rows: s.lines.map((l) =>
        index.map((i, k) => {
          const text = cellText(l.cells[i]);
          // The code carries the low-confidence mark too, so it is seen where the eye starts.
          return k === 0 && l.target.confidence === 'low' ? `${text}${R.targets.lowMark}` : text;
        }),
      ),
    });
  }
  blocks.push({ kind: 'placeholder', text: R.targets.placeholder });
  return blocks;
}

/** A titled list: its table, or one sentence when it has no rows. */
function section(
  heading: string,
  none: string,
  caption: string,
  spec: readonly [string, number][],
  rows: string[][],
): Block[] {
  return [
    { kind: 'heading', level: 2, text: heading },
    rows.length === 0
      ? { kind: 'paragraph', text: none }
      : { kind: 'table', caption, columns: columns(spec), rows },
  ];
}

function quality(ctx: ReportContext): Block[] {
  const Q = R.quality;
  const U = Q.unitColumns;
  const K = Q.conflictColumns;
  const P = Q.checkColumns;
  const flagged = ctx.run.units.filter((u) => u.expected && u.state !== 'on-time');
  const checks = ctx.run.provinceChecks.flatMap((p) =>
    p.issue === undefined ? [] : [{ p, issue: p.issue }],
  );
  return [
    { kind: 'heading', level: 1, text: Q.heading },
    { kind: 'paragraph', text: Q.completeness(ctx.run.completeness) },
    ...section(
      Q.unitsHeading,
      Q.allOnTime,
      Q.unitsCaption,
      [
        [U.unit, 40],
        [U.state, 18],
        [U.file, 24],
        [U.received, 18],
      ],
      flagged.map((u) => [
        u.unitNameVi,
        UNIT_STATE_LABELS[u.state],
        u.file ?? '',
        u.receivedAt === undefined ? '' : formatVietnamTime(u.receivedAt),
      ]),
    ),
    ...section(
      Q.conflictsHeading,
      Q.conflictsNone,
      Q.conflictsCaption,
      [
        [K.kind, 16],
        [K.unit, 22],
        [K.indicator, 10],
        [K.detail, 52],
      ],
      ctx.run.conflicts.map((k) => [
        CONFLICT_LABELS[k.kind],
        k.unitId === undefined ? '' : ctx.unitName(k.unitId),
        k.indicator ?? '',
        renderIssue(k.issue, 'vi'),
      ]),
    ),
    ...section(
      Q.checksHeading,
      Q.checksNone,
      Q.checksCaption,
      [
        [P.indicator, 12],
        [P.detail, 88],
      ],
      checks.map(({ p, issue }) => [p.indicator, renderIssue(issue, 'vi')]),
    ),
    { kind: 'placeholder', text: Q.placeholder },
  ];
}

function conclusion(): Block[] {
  const C = R.conclusion;
  return [
    { kind: 'heading', level: 1, text: C.heading },
    { kind: 'heading', level: 2, text: C.assessment },
    { kind: 'placeholder', text: C.assessmentPlaceholder },
    { kind: 'heading', level: 2, text: C.recommendations },
    { kind: 'placeholder', text: C.recommendationsPlaceholder },
  ];
}

const ANNEX_KEYS = ['code', 'nameVi', 'stage', 'formula', 'aggregation', 'lead'] as const;
const ANNEX_WIDTHS = [7, 25, 12, 22, 20, 14];

function annex(catalog: Catalog): Block[] {
  const dictionary = buildDictionary(catalog);
  const header = (key: string): string => DICTIONARY_COLUMNS.find((c) => c.key === key)?.headerVi ?? key;
  return [
    { kind: 'heading', level: 1, text: R.annex.heading },
    { kind: 'paragraph', text: R.annex.intro },
    {
      kind: 'table',
      caption: R.annex.caption,
      columns: ANNEX_KEYS.map((k, i) => ({ header: header(k), width: ANNEX_WIDTHS[i] ?? 10 })),
      rows: dictionary.map((row) => ANNEX_KEYS.map((k) => row[k] ?? '')),
    },
  ];
}

export function buildEvaluationReport(catalog: Catalog, run: ConsolidationRun): EvaluationReport {
  const ctx = reportContext(catalog, run);
  const year = run.options.year;
  return {
    parentAgency: R.parentAgency,
    agency: R.agency,
    documentNumber: R.documentNumber,
    nation: R.nation,
    motto: R.motto,
    placeDate: R.placeDate(year),
    title: R.title,
    subtitle: R.subtitle(year),
    draftNote: R.draftNote(
      formatVietnamTime(run.options.readAt),
      run.files.length,
      run.files.filter((f) => f.use === 'used').length,
    ),
    blocks: [
      ...purpose(ctx),
      ...method(ctx),
      ...results(ctx),
      ...targets(ctx),
      ...quality(ctx),
      ...conclusion(),
      ...annex(catalog),
    ],
    recipients: [...R.recipients],
    signer: R.signer,
    runningHead: R.runningHead(year),
    documentTitle: R.documentTitle(year),
    createdAt: run.options.readAt,
  };
}
