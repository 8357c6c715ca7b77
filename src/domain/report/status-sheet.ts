/**
 * 'Tình trạng nộp': the counts and rates of submission, then the expected units as an Excel
 * table (one row per UnitStatusRow), then — after a blank row, outside the table — the
 * received files with what became of each. Both blocks share the sheet's columns; the files
 * block has its own header row.
 */
import { findUnit } from '../catalog';
import type { FileLine, FileUse, UnitState, UnitStatusRow } from '../consolidation/run-types';
import { makeIssue, renderIssue } from '../issues';
import {
  INTEGER_FORMAT,
  PERCENT_FORMAT,
  PLAIN_INTEGER_FORMAT,
  blankRow,
  day,
  fact,
  fit,
  groupRow,
  headerRow,
  num,
  text,
  time,
} from './cells';
import type { ReportContext } from './context';
import type { Completion } from '../validation/sign-off';
import {
  COMPLETION_LABELS,
  FILE_USE_LABELS,
  HEADERS,
  NO,
  NO_FILE,
  NO_UNIT,
  TEXT,
  TIMELINESS_LABELS,
  UNIT_KIND_LABELS,
  UNIT_STATE_LABELS,
  UNKNOWN_UNIT,
  YES,
} from './labels';
import { REPORT_SHEETS } from './sheet-names';
import type { ReportCell, ReportColumn, ReportSheet, ReportStyle } from './types';
import { viDateFromIso } from '../template/vi-format';

const H = HEADERS.status;

export const STATUS_TABLE = 'KHCN_TinhTrang';

export const STATUS_COLUMNS: readonly ReportColumn[] = [
  { header: H.index, width: 6 },
  { header: H.unit, width: 36 },
  { header: H.unitId, width: 18 },
  { header: H.kind, width: 12 },
  { header: H.expected, width: 9 },
  { header: H.state, width: 15 },
  { header: H.timeliness, width: 12 },
  { header: H.completion, width: 14 },
  { header: H.file, width: 32 },
  { header: H.receivedAt, width: 17 },
  { header: H.fileCount, width: 7 },
  { header: H.errors, width: 7 },
  { header: H.warnings, width: 9 },
  { header: H.assigned, width: 11 },
  { header: H.reported, width: 11 },
  { header: H.note, width: 60 },
  { header: H.contact, width: 40 },
  { header: H.sha256, width: 34 },
];

const WIDTH = STATUS_COLUMNS.length;

/** Headers of the received-files block, column by column under the units table's. */
export const FILE_BLOCK_HEADERS: readonly string[] = Object.values(HEADERS.files);

export const STATE_STYLE: Readonly<Record<UnitState, ReportStyle>> = {
  'on-time': 'ok',
  late: 'warn',
  missing: 'bad',
  unreadable: 'bad',
  errors: 'bad',
};

const USE_STYLE: Readonly<Record<FileUse, ReportStyle>> = {
  used: 'ok',
  superseded: 'muted',
  rejected: 'bad',
};

const countStyle = (n: number, style: ReportStyle): ReportStyle => (n > 0 ? style : 'cell');

function timeliness(t: FileLine['timeliness']): ReportCell {
  return t === undefined ? text(undefined) : text(TIMELINESS_LABELS[t], t === 'late' ? 'warn' : 'cell');
}

const COMPLETION_STYLE: Readonly<Record<Completion, ReportStyle>> = {
  complete: 'ok',
  blocked: 'bad',
  draft: 'warn',
  unmarked: 'muted',
};

function completion(c: Completion | undefined): ReportCell {
  return c === undefined ? text(undefined) : text(COMPLETION_LABELS[c], COMPLETION_STYLE[c]);
}

function unitNote(ctx: ReportContext, u: UnitStatusRow, file: FileLine | undefined): string | undefined {
  if (u.state === 'missing') {
    const issue = makeIssue('SUBMISSION_MISSING', {
      unit: u.unitNameVi,
      deadline: viDateFromIso(ctx.run.options.deadline),
    });
    return renderIssue(issue, 'vi');
  }
  return file?.reason === undefined ? undefined : renderIssue(file.reason, 'vi');
}

/** Who to call about a unit's report: the registry's person, phone and e-mail. */
function contactOf(ctx: ReportContext, unitId: string): string | undefined {
  const c = findUnit(ctx.catalog, unitId)?.contact;
  const parts = [c?.person, c?.phone, c?.email].filter((p): p is string => p !== undefined && p !== '');
  return parts.length > 0 ? parts.join(' · ') : undefined;
}

function unitRow(ctx: ReportContext, u: UnitStatusRow, index: number): ReportCell[] {
  const file = u.file === undefined ? undefined : ctx.run.files.find((f) => f.file === u.file);
  return fit(
    [
      num(index, PLAIN_INTEGER_FORMAT),
      text(u.unitNameVi),
      text(u.unitId),
      text(UNIT_KIND_LABELS[u.kind]),
      text(u.expected ? YES : NO, u.expected ? 'cell' : 'warn'),
      text(UNIT_STATE_LABELS[u.state], STATE_STYLE[u.state]),
      timeliness(u.timeliness),
      completion(u.completion),
      text(u.file),
      time(u.receivedAt),
      num(u.fileCount, INTEGER_FORMAT, countStyle(u.fileCount - 1, 'warn')),
      num(u.errors, INTEGER_FORMAT, countStyle(u.errors, 'bad')),
      num(u.warnings, INTEGER_FORMAT, countStyle(u.warnings, 'warn')),
      num(u.indicatorsAssigned, INTEGER_FORMAT),
      num(u.indicatorsReported, INTEGER_FORMAT),
      text(unitNote(ctx, u, file)),
      text(contactOf(ctx, u.unitId)),
      text(file?.sha256),
    ],
    WIDTH,
  );
}

function fileRow(f: FileLine, index: number): ReportCell[] {
  return fit(
    [
      num(index, PLAIN_INTEGER_FORMAT),
      text(f.unitNameVi ?? (f.unitId === undefined ? UNKNOWN_UNIT : undefined), f.unitId ? 'cell' : 'muted'),
      text(f.unitId),
      num(f.year, PLAIN_INTEGER_FORMAT),
      text(f.templateVersion),
      text(FILE_USE_LABELS[f.use], USE_STYLE[f.use]),
      timeliness(f.timeliness),
      completion(f.completion),
      text(f.file),
      time(f.receivedAt),
      num(f.sizeBytes / 1024, '#,##0.0'),
      num(f.errors, INTEGER_FORMAT, countStyle(f.errors, 'bad')),
      num(f.warnings, INTEGER_FORMAT, countStyle(f.warnings, 'warn')),
      num(f.valuesRead, INTEGER_FORMAT),
      num(f.valuesUsed, INTEGER_FORMAT),
      text(f.reason === undefined ? undefined : renderIssue(f.reason, 'vi')),
      text(undefined),
      text(f.sha256),
    ],
    WIDTH,
  );
}

export function statusSheet(ctx: ReportContext): ReportSheet {
  const { run } = ctx;
  const c = run.completeness;
  const S = TEXT.status;
  const units = run.units.map((u, i) => unitRow(ctx, u, i + 1));
  const files =
    run.files.length === 0
      ? [fit([text(NO_FILE, 'muted')], WIDTH)]
      : run.files.map((f, i) => fileRow(f, i + 1));
  const rows = [
    ...(units.length === 0 ? [fit([text(NO_UNIT, 'muted')], WIDTH)] : units),
    blankRow(WIDTH),
    groupRow(S.filesGroup(run.files.length), WIDTH),
    headerRow(FILE_BLOCK_HEADERS, WIDTH),
    ...files,
  ];
  const count = (label: string, n: number): ReportCell[] => fact(label, num(n, INTEGER_FORMAT));
  return {
    name: REPORT_SHEETS.status,
    preamble: [
      [text(S.title(run.options.year), 'title')],
      fact(S.deadline, day(run.options.deadline)),
      count(S.expected, c.expected),
      count(S.received, c.received),
      count(S.onTime, c.onTime),
      count(S.late, c.late),
      count(S.missing, c.missing),
      count(S.unreadable, c.unreadable),
      count(S.withErrors, c.withErrors),
      count(S.unexpected, c.unexpected),
      fact(S.rate, num(c.rate, PERCENT_FORMAT)),
      fact(S.onTimeRate, num(c.onTimeRate, PERCENT_FORMAT)),
      [],
    ],
    columns: [...STATUS_COLUMNS],
    rows,
    ...(units.length === 0 ? {} : { table: { name: STATUS_TABLE, rowCount: units.length } }),
    freezeHeader: true,
  };
}
