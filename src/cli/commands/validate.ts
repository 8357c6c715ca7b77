/**
 * `khcn validate <file.xlsx>... [--unit <id>] [--year 2026] [--json]`: checks filled templates.
 * Exit 0 = no errors (warnings allowed), 1 = a file has errors, 2 = a file could not be read
 * (every other file is still validated). Human output is grouped by file, then by indicator.
 */
import { findIndicator, type Catalog } from '../../domain/catalog';
import { renderIssue, type Issue, type Severity } from '../../domain/issues';
import { statusText, type IndicatorSummary } from '../../domain/validation';
import { resolveUnit } from '../../domain/catalog';
import { validateWorkbooks, type FileValidation, type Verdict } from '../../app/validate-workbook';
import { readTemplateFile } from '../xlsx/template-reader';
import { printJson, type Output } from '../output';
import { stat } from 'node:fs/promises';
import { EXIT, type ExitCode } from '../exit-codes';
import { collectInputs } from '../inputs';
import { parseYear } from '../option-values';
import { say, type CliCode } from '../say';

export interface ValidateArgs {
  unit?: string;
  year?: string;
  json?: boolean;
}

const SEVERITY: Record<Severity, CliCode> = {
  error: 'SEVERITY_ERROR',
  warning: 'SEVERITY_WARNING',
  info: 'SEVERITY_INFO',
};
const EXIT_OF: Record<Verdict, ExitCode> = { ok: EXIT.ok, errors: EXIT.dataErrors, unreadable: EXIT.failed };

/** The file is named once in the heading, so lines leave it out. */
const line = (output: Output, issue: Issue): string =>
  `    ${say(output, SEVERITY[issue.severity])}: ${renderIssue({ ...issue, file: undefined }, output.lang)}`;

function indicatorHeading(catalog: Catalog, s: IndicatorSummary, output: Output): string {
  const ind = findIndicator(catalog, s.indicator);
  // Some plan names end with a full stop; the status follows after a colon.
  const name = ((output.lang === 'vi' ? ind?.nameVi : ind?.nameEn) ?? '').replace(/\.\s*$/, '');
  const status = statusText(s, output.lang);
  return `  ${say(output, 'VALIDATE_INDICATOR', { code: s.indicator, name: name ? ` – ${name}` : '', status })}`;
}

function countsLine(f: FileValidation, output: Output): string {
  const s = f.summary;
  const byStatus = (st: IndicatorSummary['status']): number =>
    s.byIndicator.filter((i) => i.status === st).length;
  const indicators = f.readable
    ? say(output, 'VALIDATE_INDICATOR_COUNTS', {
        valid: byStatus('valid'),
        invalid: byStatus('errors'),
        warned: byStatus('warnings'),
        empty: byStatus('empty'),
      })
    : '';
  return `  ${say(output, 'VALIDATE_COUNTS', { errors: s.errors, warnings: s.warnings, infos: s.infos })}${indicators}`;
}

function printFile(catalog: Catalog, f: FileValidation, output: Output): void {
  const unit = f.values?.identity;
  const about = unit
    ? say(output, 'VALIDATE_ABOUT', { unit: unit.unitName ?? unit.unitId, year: String(unit.year) })
    : '';
  const verdict = say(
    output,
    !f.readable ? 'VALIDATE_UNREADABLE' : f.summary.errors > 0 ? 'VALIDATE_HAS_ERRORS' : 'VALIDATE_PASSED',
  );
  const out = [say(output, 'VALIDATE_FILE', { file: f.file, about, verdict }), countsLine(f, output)];
  const general = f.issues.filter((i) => i.indicator === undefined);
  if (general.length > 0)
    out.push(`  ${say(output, 'VALIDATE_GENERAL')}`, ...general.map((i) => line(output, i)));
  for (const s of f.summary.byIndicator) {
    const own = f.issues.filter((i) => i.indicator === s.indicator);
    if (own.length > 0) out.push(indicatorHeading(catalog, s, output), ...own.map((i) => line(output, i)));
  }
  output.out(out.join('\n'));
}

function issueJson(i: Issue) {
  return {
    file: i.file,
    sheet: i.sheet,
    cell: i.cell,
    definedName: i.definedName,
    indicator: i.indicator,
    component: i.component,
    code: i.code,
    severity: i.severity,
    messageVi: renderIssue(i, 'vi'),
    messageEn: renderIssue(i, 'en'),
    params: i.params,
  };
}

function fileJson(f: FileValidation) {
  return {
    file: f.file,
    readable: f.readable,
    unitId: f.values?.unitId,
    year: f.values?.identity?.year,
    errors: f.summary.errors,
    warnings: f.summary.warnings,
    infos: f.summary.infos,
    indicators: f.summary.byIndicator.map((s) => ({
      ...s,
      statusVi: statusText(s, 'vi'),
      statusEn: statusText(s, 'en'),
    })),
    issues: f.issues.map(issueJson),
  };
}

const TOTAL: Record<Verdict, CliCode> = {
  ok: 'VALIDATE_TOTAL_OK',
  errors: 'VALIDATE_TOTAL_ERRORS',
  unreadable: 'VALIDATE_TOTAL_UNREADABLE',
};

export async function validateCommand(
  catalog: Catalog,
  files: readonly string[],
  args: ValidateArgs,
  output: Output,
): Promise<ExitCode> {
  if (files.length === 0) {
    output.err(say(output, 'FILES_MISSING'));
    return EXIT.failed;
  }
  const year = parseYear(args.year);
  if (year === undefined) {
    output.err(say(output, 'YEAR_INVALID', { value: args.year ?? '' }));
    return EXIT.failed;
  }
  const unit = args.unit === undefined ? undefined : resolveUnit(catalog, args.unit);
  if (args.unit !== undefined && unit === undefined) {
    output.err(say(output, 'UNIT_UNKNOWN', { id: args.unit }));
    return EXIT.failed;
  }
  // A folder stands for its files (subfolders too, as consolidate reads it); files keep their order.
  const paths: string[] = [];
  for (const input of files) {
    const isFolder = await stat(input).then(
      (i) => i.isDirectory(),
      () => false,
    );
    paths.push(...(isFolder ? (await collectInputs([input])).files.map((f) => f.path) : [input]));
  }
  const reader = { read: readTemplateFile };
  const run = await validateWorkbooks(catalog, reader, paths, { year, ...(unit ? { unitId: unit.id } : {}) });
  const exitCode = EXIT_OF[run.verdict];
  if (args.json) {
    printJson(output, { verdict: run.verdict, exitCode, files: run.files.map(fileJson) });
    return exitCode;
  }
  for (const f of run.files) printFile(catalog, f, output);
  output.out(`\n${say(output, TOTAL[run.verdict], { count: run.files.length })}`);
  return exitCode;
}
