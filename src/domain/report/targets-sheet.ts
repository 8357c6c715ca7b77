/**
 * 'Mục tiêu KH17': all targets of Plan 17/KH-UBND (Appendix I), grouped by section A–E, with
 * the value measured by the linked indicators and the verdict for 2025 and 2030.
 *
 * Beside the table (one blank column after it) a per-section block — Nhóm, Số mục tiêu, Đã đo
 * được, Đạt 2025 (tỉ lệ), Đạt 2030 (tỉ lệ) — sits in the first rows, under the sheet's header
 * row; the chart of the two rates points at its cells and is anchored below it.
 */
import { columnLetters } from '../a1';
import type { Target } from '../catalog';
import type { TargetCheck } from '../consolidation/targets';
import { makeIssue, renderIssue } from '../issues';
import { formatTarget, type TargetStatus } from '../target-compare';
import {
  INTEGER_FORMAT,
  PERCENT_FORMAT,
  blankRow,
  fit,
  groupRow,
  lines,
  measureFormat,
  num,
  text,
} from './cells';
import { REPORT_TARGET_YEARS, STATUS_STYLE, type ReportContext } from './context';
import { CONFIDENCE_LABELS, HEADERS, NOT_MEASURED, TARGET_STATUS_LABELS, TEXT } from './labels';
import { REPORT_SHEETS } from './sheet-names';
import { headerRowOf, type ChartSpec, type ReportCell, type ReportColumn, type ReportSheet } from './types';

const H = HEADERS.targets;
const B = HEADERS.sections;

export const TARGET_COLUMNS: readonly ReportColumn[] = [
  { header: H.code, width: 7 },
  { header: H.name, width: 50 },
  { header: H.unit, width: 14 },
  { header: H.target2025, width: 20 },
  { header: H.target2030, width: 20 },
  { header: H.indicators, width: 14 },
  { header: H.value, width: 14 },
  { header: H.verdict2025, width: 15 },
  { header: H.verdict2030, width: 15 },
  { header: H.confidence, width: 11 },
  { header: H.notes, width: 45 },
];

/** The per-section block, after one blank column. */
export const SECTION_COLUMNS: readonly ReportColumn[] = [
  { header: B.section, width: 36 },
  { header: B.count, width: 10 },
  { header: B.measured, width: 10 },
  { header: B.met2025, width: 12 },
  { header: B.met2030, width: 12 },
];

const GAP: ReportColumn = { header: '', width: 3 };
const TABLE_WIDTH = TARGET_COLUMNS.length;
/** 1-based column of the block's first column ('Nhóm'). */
export const SECTION_FIRST_COLUMN = TABLE_WIDTH + 2;

/** Precedence when several indicators measure one target: the most cautious verdict. */
const STATUS_ORDER: readonly TargetStatus[] = ['not-met', 'uncertain', 'met', 'no-value', 'no-target'];

/** The verdict of a target for a year: undefined when no indicator measures it. */
function targetStatus(t: Target, checks: readonly TargetCheck[], year: number): TargetStatus | undefined {
  if (t.values[String(year)] === undefined) return 'no-target';
  if (checks.length === 0) return undefined;
  return STATUS_ORDER.find((s) => checks.some((c) => c.status === s)) ?? 'no-value';
}

function verdictCell(status: TargetStatus | undefined): ReportCell {
  return status === undefined
    ? text(NOT_MEASURED, 'muted')
    : text(TARGET_STATUS_LABELS[status], STATUS_STYLE[status]);
}

interface TargetLine {
  target: Target;
  cells: ReportCell[];
  measured: boolean;
  statuses: Readonly<Record<number, TargetStatus | undefined>>;
}

function targetLine(ctx: ReportContext, t: Target): TargetLine {
  const links = ctx.catalog.indicators.flatMap((ind) =>
    ind.targets.filter((l) => l.code === t.code).map((link) => ({ ind, link })),
  );
  const checks = REPORT_TARGET_YEARS.map((y) => ctx.checksOfTarget(t.code, y));
  const measuredCheck = checks.flat().find((c) => c.value !== null);
  const measuredLink = links.find(
    ({ ind, link }) => ind.code === measuredCheck?.indicator && link.measure === measuredCheck.measure,
  );
  const valueFormat = t.isPercent
    ? PERCENT_FORMAT
    : measuredLink === undefined
      ? undefined
      : measureFormat(measuredLink.ind, measuredLink.link.measure);
  const [s2025, s2030] = REPORT_TARGET_YEARS.map((y, i) => targetStatus(t, checks[i] ?? [], y));
  // `t.note` is the catalogue maintainers' (English) reading note of the scanned plan: not shown.
  const notes = [
    ...links.flatMap(({ ind, link }) => [
      link.measure === 'value'
        ? ''
        : `${ind.code}: ${TEXT.summary.measureOf(ctx.componentLabel(ind.code, link.measure))}`,
      link.noteVi === undefined ? '' : `${ind.code}: ${link.noteVi}`,
    ]),
    t.confidence === 'low' ? renderIssue(makeIssue('TARGET_LOW_CONFIDENCE', { target: t.code }), 'vi') : '',
  ];
  return {
    target: t,
    measured: measuredCheck !== undefined,
    statuses: { [REPORT_TARGET_YEARS[0]]: s2025, [REPORT_TARGET_YEARS[1]]: s2030 },
    cells: [
      text(t.code),
      text(t.nameVi),
      text(t.unitVi),
      text(formatTarget(t, REPORT_TARGET_YEARS[0], 'vi')),
      text(formatTarget(t, REPORT_TARGET_YEARS[1], 'vi')),
      text(links.map(({ ind }) => ind.code).join(', ')),
      num(measuredCheck?.value ?? null, valueFormat),
      verdictCell(s2025),
      verdictCell(s2030),
      text(CONFIDENCE_LABELS[t.confidence], t.confidence === 'low' ? 'warn' : 'cell'),
      lines(notes),
    ],
  };
}

interface Section {
  code: string;
  name: string;
  lines: TargetLine[];
}

function sectionsOf(ctx: ReportContext): Section[] {
  const sections = new Map<string, Section>();
  for (const t of ctx.catalog.targets) {
    const code = t.code.split('.')[0] ?? t.code;
    let s = sections.get(code);
    if (s === undefined) {
      s = { code, name: t.section, lines: [] };
      sections.set(code, s);
    }
    s.lines.push(targetLine(ctx, t));
  }
  return [...sections.values()];
}

/** Met / judged (met or not met) for a year; null when nothing could be judged. */
function metRate(ls: readonly TargetLine[], year: number): number | null {
  const judged = ls.filter((l) => l.statuses[year] === 'met' || l.statuses[year] === 'not-met');
  return judged.length === 0 ? null : judged.filter((l) => l.statuses[year] === 'met').length / judged.length;
}

function blockRow(label: string, ls: readonly TargetLine[], total: boolean): ReportCell[] {
  const style = total ? 'group' : 'cell';
  return [
    text(label, style),
    num(ls.length, INTEGER_FORMAT, style),
    num(ls.filter((l) => l.measured).length, INTEGER_FORMAT, style),
    num(metRate(ls, REPORT_TARGET_YEARS[0]), PERCENT_FORMAT, style),
    num(metRate(ls, REPORT_TARGET_YEARS[1]), PERCENT_FORMAT, style),
  ];
}

export interface TargetsPart {
  sheet: ReportSheet;
  chart: ChartSpec;
}

export function targetsSheet(ctx: ReportContext): TargetsPart {
  const sections = sectionsOf(ctx);
  const all = sections.flatMap((s) => s.lines);
  const T = TEXT.targets;
  const preamble: ReportCell[][] = [
    [text(T.title, 'title')],
    [text(T.subtitle(all.filter((l) => l.measured).length, all.length), 'subtitle')],
    [text(T.rateNote, 'subtitle')],
    [],
  ];

  const table: ReportCell[][] = sections.flatMap((s) => [
    groupRow(T.sectionGroup(s.code, s.name, s.lines.length), TABLE_WIDTH),
    ...s.lines.map((l) => fit(l.cells, TABLE_WIDTH)),
  ]);
  const block = [
    ...sections.map((s) => blockRow(T.section(s.code, s.name), s.lines, false)),
    blockRow(T.total, all, true),
  ];
  const height = Math.max(table.length, block.length);
  const rows = Array.from({ length: height }, (_, i) => [
    ...(table[i] ?? blankRow(TABLE_WIDTH)),
    ...blankRow(1),
    ...(block[i] ?? blankRow(SECTION_COLUMNS.length)),
  ]);

  const sheet: ReportSheet = {
    name: REPORT_SHEETS.targets,
    preamble,
    columns: [...TARGET_COLUMNS, GAP, ...SECTION_COLUMNS],
    rows,
    freezeHeader: true,
  };

  const first = headerRowOf(sheet) + 1;
  const last = first + sections.length - 1;
  const col = (offset: number): string => columnLetters(SECTION_FIRST_COLUMN + offset);
  const range = (offset: number): string => `${col(offset)}${first}:${col(offset)}${last}`;
  const chart: ChartSpec = {
    sheet: sheet.name,
    title: T.chartTitle,
    categories: range(0),
    series: [
      { name: T.series2025, values: range(3) },
      { name: T.series2030, values: range(4) },
    ],
    // Below the block (sections + total row), one row apart, about 20 rows high.
    from: `${col(0)}${last + 3}`,
    to: `${col(SECTION_COLUMNS.length - 1)}${last + 22}`,
    percent: true,
  };
  return { sheet, chart };
}
