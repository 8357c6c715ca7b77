/**
 * `khcn validate <file.xlsx>... [--unit <id>] [--year 2026] [--json]`: checks filled templates.
 * Exit 0 = no errors (warnings allowed), 1 = a file has errors, 2 = a file could not be read
 * (every other file is still validated). Human output is grouped by file, then by indicator.
 */
import { findIndicator, type Catalog } from '../../domain/catalog';
import { renderIssue, type Issue, type Severity } from '../../domain/issues';
import { statusText, type IndicatorSummary } from '../../domain/validation';
import { resolveUnit } from '../../app/generate-templates';
import { validateWorkbooks, type FileValidation, type Verdict } from '../../app/validate-workbook';
import { readTemplateFile } from '../xlsx/template-reader';
import { printJson, type Output } from '../output';
import { EXIT, type ExitCode } from '../exit-codes';
import { parseYear } from './template';

export interface ValidateArgs {
  unit?: string;
  year?: string;
  json?: boolean;
}

const SEVERITY_VI: Record<Severity, string> = { error: 'LỖI', warning: 'CẢNH BÁO', info: 'THÔNG TIN' };
const EXIT_OF: Record<Verdict, ExitCode> = { ok: EXIT.ok, errors: EXIT.dataErrors, unreadable: EXIT.failed };

/** The file is named once in the heading, so lines leave it out. */
const line = (issue: Issue): string =>
  `    ${SEVERITY_VI[issue.severity]}: ${renderIssue({ ...issue, file: undefined }, 'vi')}`;

function indicatorHeading(catalog: Catalog, s: IndicatorSummary): string {
  // Some plan names end with a full stop; the status follows after a colon.
  const name = (findIndicator(catalog, s.indicator)?.nameVi ?? '').replace(/\.\s*$/, '');
  return `  Chỉ tiêu ${s.indicator}${name ? ` – ${name}` : ''}: ${statusText(s, 'vi')}`;
}

function countsLine(f: FileValidation): string {
  const s = f.summary;
  const byStatus = (st: IndicatorSummary['status']): number =>
    s.byIndicator.filter((i) => i.status === st).length;
  const indicators = f.readable
    ? `; chỉ tiêu: ${byStatus('valid')} hợp lệ, ${byStatus('errors')} có lỗi, ${byStatus('warnings')} cảnh báo, ${byStatus('empty')} chưa nhập`
    : '';
  return `  ${s.errors} lỗi, ${s.warnings} cảnh báo, ${s.infos} thông tin${indicators}`;
}

function printFile(catalog: Catalog, f: FileValidation, output: Output): void {
  const unit = f.values?.identity;
  const about = unit ? ` (đơn vị ${unit.unitName ?? unit.unitId}, năm ${unit.year})` : '';
  const verdict = !f.readable ? 'KHÔNG ĐỌC ĐƯỢC' : f.summary.errors > 0 ? 'CÓ LỖI' : 'ĐẠT';
  const out = [`Tệp “${f.file}”${about}: ${verdict}`, countsLine(f)];
  const general = f.issues.filter((i) => i.indicator === undefined);
  if (general.length > 0) out.push('  Chung:', ...general.map(line));
  for (const s of f.summary.byIndicator) {
    const own = f.issues.filter((i) => i.indicator === s.indicator);
    if (own.length > 0) out.push(indicatorHeading(catalog, s), ...own.map(line));
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

const TOTAL_VI: Record<Verdict, string> = {
  ok: 'Không có lỗi. / No errors.',
  errors: 'Có tệp có lỗi: hãy sửa theo hướng dẫn ở trên rồi kiểm tra lại. / Some files have errors.',
  unreadable: 'Có tệp không đọc được: xem lý do ở trên. / Some files could not be read.',
};

export async function validateCommand(
  catalog: Catalog,
  files: readonly string[],
  args: ValidateArgs,
  output: Output,
): Promise<ExitCode> {
  if (files.length === 0) {
    output.err('Thiếu tên tệp: khcn validate <tệp.xlsx>... / Missing file names.');
    return EXIT.failed;
  }
  const year = parseYear(args.year);
  if (year === undefined) {
    output.err(`Năm không hợp lệ: "${args.year ?? ''}" (cần năm có 4 chữ số, ví dụ 2026). / Invalid --year.`);
    return EXIT.failed;
  }
  const unit = args.unit === undefined ? undefined : resolveUnit(catalog, args.unit);
  if (args.unit !== undefined && unit === undefined) {
    output.err(`Không có đơn vị "${args.unit}" (xem "khcn units"). / Unknown unit "${args.unit}".`);
    return EXIT.failed;
  }
  const reader = { read: readTemplateFile };
  const run = await validateWorkbooks(catalog, reader, files, { year, ...(unit ? { unitId: unit.id } : {}) });
  const exitCode = EXIT_OF[run.verdict];
  if (args.json) {
    printJson(output, { verdict: run.verdict, exitCode, files: run.files.map(fileJson) });
    return exitCode;
  }
  for (const f of run.files) printFile(catalog, f, output);
  output.out(`\n${run.files.length} tệp. ${TOTAL_VI[run.verdict]}`);
  return exitCode;
}
