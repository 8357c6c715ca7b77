/**
 * 'Mục tiêu KH17': all targets of Plan 17/KH-UBND (Appendix I), grouped by section A–E, with
 * the value measured by the linked indicators and the verdict for 2025 and 2030.
 *
 * Beside the table (one blank column after it) a per-section block — Nhóm, Số mục tiêu, Đã đo
 * được, Đạt 2025 (tỷ lệ), Đạt 2030 (tỷ lệ) — sits in the first rows, under the sheet's header
 * row; the chart of the two rates points at its cells and is anchored below it.
 */
import { columnLetters } from '../a1';
import type { Target } from '../catalog';
import type { TargetCheck } from '../consolidation/targets';
import { makeIssue, renderIssue } from '../issues';
import { formatTarget, type TargetStatus } from '../target-compare';
import { measureKey } from '../catalog/measures';
import type { PathStatus } from '../consolidation/targets';
import { measureNote } from './links';
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
import {
  milestoneStatus,
  PATH_STYLE,
  REPORT_TARGET_YEARS,
  STATUS_STYLE,
  type ReportContext,
} from './context';
import {
  COMPARABLE_LABELS,
  CONFIDENCE_LABELS,
  HEADERS,
  NOT_MEASURED,
  PATH_LABELS,
  pathInWords,
  TARGET_STATUS_LABELS,
  TEXT,
  TIMING_LABELS,
} from './labels';
import { REPORT_SHEETS } from './sheet-names';
import { headerRowOf, type ChartSpec, type ReportCell, type ReportColumn, type ReportSheet } from './types';

const H = HEADERS.targets;
const B = HEADERS.sections;

export const TARGET_COLUMNS: readonly ReportColumn[] = [
  { header: H.code, width: 7 },
  { header: H.name, width: 50 },
  { header: H.unit, width: 14 },
  { header: H.timing, width: 16 },
  { header: H.target2025, width: 20 },
  { header: H.target2030, width: 20 },
  { header: H.indicators, width: 14 },
  { header: H.comparable, width: 16 },
  { header: H.value, width: 14 },
  { header: H.verdict2025, width: 15 },
  { header: H.verdict2030, width: 15 },
  { header: H.path, width: 30 },
  { header: H.confidence, width: 11 },
  { header: H.notes, width: 45 },
];

/** The per-section block, after one blank column: counts, so an unmeasured group shows as such. */
export const SECTION_COLUMNS: readonly ReportColumn[] = [
  { header: B.section, width: 36 },
  { header: B.count, width: 10 },
  { header: B.measured, width: 12 },
  { header: B.met, width: 12 },
  { header: B.onTrack, width: 12 },
];

const GAP: ReportColumn = { header: '', width: 3 };
const TABLE_WIDTH = TARGET_COLUMNS.length;
/** 1-based column of the block's first column ('Nhóm'). */
export const SECTION_FIRST_COLUMN = TABLE_WIDTH + 2;

/** Precedence when several indicators measure one target: the most cautious verdict. */
const STATUS_ORDER: readonly TargetStatus[] = [
  'not-met',
  'uncertain',
  'pending',
  'met',
  'no-value',
  'related',
  'no-target',
];
const PATH_ORDER: readonly PathStatus[] = ['behind', 'on-track', 'no-value', 'no-path', 'related'];

/** The verdict of a target for a year: undefined when no indicator measures it at all. */
function targetStatus(t: Target, checks: readonly TargetCheck[], year: number): TargetStatus | undefined {
  if (t.values[String(year)] === undefined) return 'no-target';
  if (checks.length === 0) return undefined;
  const statuses = checks.map((c) => milestoneStatus(c, year));
  return STATUS_ORDER.find((s) => statuses.includes(s)) ?? 'no-value';
}

function pathStatus(checks: readonly TargetCheck[]): TargetCheck['path'] | undefined {
  const order = (c: TargetCheck): number => PATH_ORDER.indexOf(c.path.status);
  return [...checks].sort((a, b) => order(a) - order(b))[0]?.path;
}

function verdictCell(status: TargetStatus | undefined): ReportCell {
  return status === undefined
    ? text(NOT_MEASURED, 'muted')
    : text(TARGET_STATUS_LABELS[status], STATUS_STYLE[status]);
}

export interface TargetLine {
  target: Target;
  cells: ReportCell[];
  /** A same-measure indicator gives a value. */
  measured: boolean;
  met: boolean;
  onTrack: boolean;
}

function targetLine(ctx: ReportContext, t: Target): TargetLine {
  const links = ctx.catalog.indicators.flatMap((ind) =>
    ind.targets.filter((l) => l.code === t.code).map((link) => ({ ind, link })),
  );
  const checks = ctx.checksOfTarget(t.code);
  const same = checks.filter((c) => c.comparable === 'same');
  const shown = same.find((c) => c.value !== null) ?? checks.find((c) => c.value !== null);
  const shownLink = links.find(
    ({ ind, link }) => ind.code === shown?.indicator && measureKey(link.measure) === shown.measure,
  );
  const valueFormat = t.isPercent
    ? PERCENT_FORMAT
    : shownLink === undefined
      ? undefined
      : measureFormat(shownLink.ind, shownLink.link.measure);
  const judged = same.length > 0 ? same : checks;
  const [s2025, s2030] = REPORT_TARGET_YEARS.map((y) => targetStatus(t, judged, y));
  const path = pathStatus(judged);
  const comparable =
    links.length === 0 ? '' : same.length > 0 ? COMPARABLE_LABELS.same : COMPARABLE_LABELS.related;
  // `t.note` is the catalogue maintainers' (English) reading note of the scanned plan: not shown.
  const notes = [
    ...links.flatMap(({ ind, link }) => [
      measureNote(ctx, ind, link) === '' ? '' : `${ind.code}${measureNote(ctx, ind, link)}`,
      link.noteVi === undefined ? '' : `${ind.code}: ${link.noteVi}`,
    ]),
    path === undefined ? '' : pathInWords(path, t),
    t.confidence === 'low' ? renderIssue(makeIssue('TARGET_LOW_CONFIDENCE', { target: t.code }), 'vi') : '',
  ];
  return {
    target: t,
    measured: same.some((c) => c.value !== null),
    met: same.length > 0 && s2025 === 'met',
    onTrack: path?.status === 'on-track',
    cells: [
      text(t.code),
      text(t.nameVi),
      text(t.unitVi),
      text(TIMING_LABELS[t.timing]),
      text(formatTarget(t, REPORT_TARGET_YEARS[0], 'vi')),
      text(formatTarget(t, REPORT_TARGET_YEARS[1], 'vi')),
      text(links.map(({ ind }) => ind.code).join(', ')),
      text(comparable, same.length === 0 && links.length > 0 ? 'muted' : 'cell'),
      num(shown?.value ?? null, valueFormat),
      verdictCell(s2025),
      verdictCell(s2030),
      path === undefined
        ? text(NOT_MEASURED, 'muted')
        : text(PATH_LABELS[path.status], PATH_STYLE[path.status]),
      text(CONFIDENCE_LABELS[t.confidence], t.confidence === 'low' ? 'warn' : 'cell'),
      lines(notes),
    ],
  };
}

export interface TargetSection {
  code: string;
  name: string;
  lines: TargetLine[];
}

/** The targets by plan section (A, B, …), each line with its sheet cells and verdict flags. */
export function targetSections(ctx: ReportContext): TargetSection[] {
  const sections = new Map<string, TargetSection>();
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

function blockRow(label: string, ls: readonly TargetLine[], total: boolean): ReportCell[] {
  const style = total ? 'group' : 'cell';
  const count = (f: (l: TargetLine) => boolean): ReportCell =>
    num(ls.filter(f).length, INTEGER_FORMAT, style);
  return [
    text(label, style),
    num(ls.length, INTEGER_FORMAT, style),
    count((l) => l.measured),
    count((l) => l.met),
    count((l) => l.onTrack),
  ];
}

export interface TargetsPart {
  sheet: ReportSheet;
  chart: ChartSpec;
}

export function targetsSheet(ctx: ReportContext): TargetsPart {
  const sections = targetSections(ctx);
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
      { name: T.seriesCount, values: range(1) },
      { name: T.seriesMeasured, values: range(2) },
      { name: T.seriesMet, values: range(3) },
      { name: T.seriesOnTrack, values: range(4) },
    ],
    // Below the block (sections + total row), one row apart, about 20 rows high.
    from: `${col(0)}${last + 3}`,
    to: `${col(SECTION_COLUMNS.length - 1)}${last + 22}`,
    percent: false,
  };
  return { sheet, chart };
}
