/**
 * What `khcn consolidate` prints after writing the report: a few lines for the office (text), or
 * the `--json` summary scripts and tests read. Rendering only: every figure comes from the run.
 */
import { findUnit, type Catalog } from '../../domain/catalog';
import type { ConsolidationRun, FileLine } from '../../domain/consolidation/run-types';
import { renderIssue, type Issue } from '../../domain/issues';
import { formatNumber } from '../../domain/numbers';
import { viDateFromIso } from '../../domain/template/vi-format';
import type { Output } from '../output';
import { say } from '../say';

type UnitLine = ConsolidationRun['units'][number];

/** Expected units only, so that each list's length is the matching completeness count. */
const unitIds = (run: ConsolidationRun, pick: (u: UnitLine) => boolean): string[] =>
  run.units.filter((u) => u.expected && pick(u)).map((u) => u.unitId);

const received = (u: UnitLine): boolean =>
  u.state === 'on-time' || u.state === 'late' || u.state === 'errors';

function lists(run: ConsolidationRun) {
  return {
    missing: unitIds(run, (u) => u.state === 'missing'),
    late: unitIds(run, (u) => received(u) && u.timeliness === 'late'),
    unreadable: unitIds(run, (u) => u.state === 'unreadable'),
    withErrors: unitIds(run, (u) => u.state === 'errors'),
  };
}

const reasonIn = (issue: Issue | undefined, lang: 'vi' | 'en'): string =>
  issue ? renderIssue({ ...issue, file: undefined }, lang) : '';

const fileJson = (f: FileLine, fromLog: ReadonlySet<string>) => ({
  file: f.file,
  unitId: f.unitId ?? null,
  use: f.use,
  receivedAt: f.receivedAt,
  /** Where receivedAt comes from: the --received register, or the file's modification time. */
  receivedFrom: fromLog.has(f.file) ? 'log' : 'file-time',
  timeliness: f.timeliness ?? null,
  errors: f.errors,
  warnings: f.warnings,
  reason: f.reason
    ? { code: f.reason.code, messageVi: reasonIn(f.reason, 'vi'), messageEn: reasonIn(f.reason, 'en') }
    : null,
});

/** The files the office must choose between: ties and suspect files, per unit. */
const choices = (run: ConsolidationRun) =>
  run.conflicts.filter((c) => (c.kind === 'file-tie' || c.kind === 'identity-suspect') && c.files.length > 1);

/** The `--json` summary (its shape is what tests and scripts read); keys in a fixed order, absent values as null. */
export type ConsolidateSummary = ReturnType<typeof summaryJson>;

export function summaryJson(run: ConsolidationRun, output: string, fromLog: ReadonlySet<string> = new Set()) {
  const l = lists(run);
  return {
    output,
    year: run.options.year,
    deadline: run.options.deadline,
    files: run.files.map((f) => fileJson(f, fromLog)),
    completeness: run.completeness,
    missing: l.missing,
    late: l.late,
    unreadable: l.unreadable,
    withErrors: l.withErrors,
    conflicts: run.conflicts.length,
    /** Units whose file the office must choose (--prefer): the file used, then the others. */
    choices: choices(run).map((c) => ({
      unitId: c.unitId ?? null,
      kind: c.kind,
      used: c.usedFile ?? null,
      files: c.files,
    })),
    population: {
      value: run.population.value,
      from: run.population.from,
      ...(run.population.from === 'statistics'
        ? { unitId: run.population.unitId, file: run.population.source.file }
        : { source: run.population.sourceText }),
    },
    /** Province-level rules that are broken or could not be checked (the rest hold or were skipped). */
    provinceChecks: run.provinceChecks
      .filter((c) => c.status === 'violated' || c.status === 'uncheckable')
      .map((c) => ({
        indicator: c.indicator,
        rule: `${c.rule.left.join(' + ')} ${c.rule.op} ${c.rule.right.join(' + ')}`,
        importance: c.rule.importance,
        status: c.status,
        left: c.left.value,
        leftUnits: c.left.units,
        right: c.right.value,
        rightUnits: c.right.units,
        messageVi: c.issue === undefined ? null : renderIssue(c.issue, 'vi'),
      })),
    indicators: run.indicators.map((i) => ({
      code: i.code,
      value: i.value,
      ...(i.formulaValue !== undefined ? { formulaValue: i.formulaValue } : {}),
    })),
    targets: run.targetChecks.map((t) => ({
      indicator: t.indicator,
      target: t.target,
      measure: t.measure,
      comparable: t.comparable,
      value: t.value,
      milestones: t.milestones.map((m) => ({ year: m.year, status: m.status })),
      path: { status: t.path.status, expected: t.path.expected ?? null },
    })),
  };
}

const MAX_NAMES = 20;

export interface SummaryContext {
  catalog: Catalog;
  run: ConsolidationRun;
  /** The report as named on the command line. */
  path: string;
  /** The last line (default: the consolidated workbook was written). */
  written?: 'SUMMARY_WRITTEN' | 'REPORT_WRITTEN';
  /** Hidden, lock and system files left out of the folders. */
  skipped: number;
  /** The --received register, when given, and the files whose time it gave. */
  log?: { path: string; files: number };
}

export function summaryText(output: Output, ctx: SummaryContext): string {
  const { catalog, run } = ctx;
  const t = (code: Parameters<typeof say>[1], params?: Parameters<typeof say>[2]): string =>
    say(output, code, params);
  const nameOf = (id: string | undefined): string =>
    id === undefined
      ? '?'
      : ((output.lang === 'vi' ? findUnit(catalog, id)?.nameVi : findUnit(catalog, id)?.nameEn) ?? id);
  const unitNames = (ids: readonly string[]): string => {
    const names = ids.slice(0, MAX_NAMES).map(nameOf).join('; ');
    return ids.length > MAX_NAMES
      ? t('SUMMARY_MORE_UNITS', { units: names, count: ids.length - MAX_NAMES })
      : names;
  };
  const fileBlock = (
    code: 'SUMMARY_REJECTED' | 'SUMMARY_SUPERSEDED',
    files: readonly FileLine[],
  ): string[] =>
    files.length === 0
      ? []
      : [
          t(code, { count: files.length }),
          ...files.map((f) =>
            t('SUMMARY_FILE_LINE', { file: f.file, reason: reasonIn(f.reason, output.lang) }),
          ),
        ];
  const by = (use: FileLine['use']) => run.files.filter((f) => f.use === use);
  const c = run.completeness;
  const l = lists(run);
  const out = [
    t('SUMMARY_FILES', {
      year: String(run.options.year),
      deadline: viDateFromIso(run.options.deadline),
      files: run.files.length,
      used: by('used').length,
      superseded: by('superseded').length,
      rejected: by('rejected').length,
    }),
  ];
  if (ctx.log) {
    const rest = run.files.length - ctx.log.files;
    const params = { fromLog: ctx.log.files, files: run.files.length, log: ctx.log.path, rest };
    out.push(t(rest > 0 ? 'SUMMARY_RECEIVED_REST' : 'SUMMARY_RECEIVED_FROM_LOG', params));
  }
  out.push(
    ...fileBlock('SUMMARY_REJECTED', by('rejected')),
    ...fileBlock('SUMMARY_SUPERSEDED', by('superseded')),
  );
  const rate =
    c.rate === null ? '' : ` (${formatNumber(c.rate, output.lang, { percent: true, maxDecimals: 1 })})`;
  out.push(
    t('SUMMARY_COMPLETENESS', {
      received: c.received,
      expected: c.expected,
      rate,
      onTime: c.onTime,
      late: c.late,
    }),
  );
  if (c.withErrors > 0) out.push(t('SUMMARY_WITH_ERRORS', { count: c.withErrors }));
  out.push(t('SUMMARY_MISSING', { count: c.missing }));
  if (l.unreadable.length > 0)
    out.push(t('SUMMARY_UNREADABLE', { count: l.unreadable.length, units: unitNames(l.unreadable) }));
  if (l.late.length > 0) out.push(t('SUMMARY_LATE', { count: l.late.length, units: unitNames(l.late) }));
  if (c.unexpected > 0) out.push(t('SUMMARY_UNEXPECTED', { count: c.unexpected }));
  if (run.conflicts.length > 0) out.push(t('SUMMARY_CONFLICTS', { count: run.conflicts.length }));
  const toChoose = choices(run);
  if (toChoose.length > 0)
    out.push(
      t('SUMMARY_CHOICES', { count: toChoose.length }),
      ...toChoose.map((ch) =>
        t('SUMMARY_CHOICE_LINE', {
          unit: nameOf(ch.unitId),
          used: ch.usedFile ?? '',
          others: ch.files.filter((f) => f !== ch.usedFile).join(', '),
        }),
      ),
    );
  const p = run.population;
  const value = formatNumber(p.value, output.lang);
  out.push(
    p.from === 'statistics'
      ? t('SUMMARY_POPULATION_STATISTICS', { value, unit: nameOf(p.unitId), file: p.source.file })
      : t('SUMMARY_POPULATION_FALLBACK', { value, source: p.sourceText }),
  );
  const broken = run.provinceChecks.filter((check) => check.status === 'violated');
  if (broken.length > 0)
    out.push(
      t('SUMMARY_PROVINCE_VIOLATED', {
        count: broken.length,
        high: broken.filter((check) => check.rule.importance === 'high').length,
      }),
      ...broken.slice(0, MAX_NAMES).map((check) =>
        t('SUMMARY_ISSUE_LINE', {
          text: check.issue === undefined ? check.indicator : renderIssue(check.issue, output.lang),
        }),
      ),
    );
  if (ctx.skipped > 0) out.push(t('SUMMARY_SKIPPED', { count: ctx.skipped }));
  out.push(t(ctx.written ?? 'SUMMARY_WRITTEN', { file: ctx.path }));
  return out.join('\n');
}
