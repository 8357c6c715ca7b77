/**
 * `khcn consolidate <files or folders>... --out <report.xlsx> [--year 2026] [--deadline 2026-12-05]
 * [--units <list.json|list.xlsx>] [--received <log.csv|log.json|log.xlsx>] [--population <n>]
 * [--json]`: reads the units' filled templates and writes the consolidated report (summary, source
 * detail, submission status, conflicts, Plan 17 targets) as one .xlsx.
 *
 * A file's RECEIVED time is its modification time, unless the --received log (the office's
 * register of incoming documents, see ../received-log.ts) lists it.
 *
 * Exit 0 = the report was written, even when some files were rejected (the summary and the report
 * say which and why: a problem file is the units' business, not a failure of the run);
 * 2 = no report (bad options, no input file, bad --units or --received, output not writable).
 * 1 is not used. A --received entry naming no input file is only a warning (stderr).
 */
import type { Dirent } from 'node:fs';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import ExcelJS from 'exceljs';
import { BOUNDS, findUnit, type Catalog } from '../../domain/catalog';
import {
  DEFAULT_DEADLINE,
  DEFAULT_POPULATION_SOURCE,
  defaultExpectedUnits,
  OFFICIAL_POPULATION,
} from '../../domain/consolidation';
import type { ConsolidationRun, FileLine, RunOptions } from '../../domain/consolidation/run-types';
import { renderIssue, type Issue } from '../../domain/issues';
import { resolveUnit } from '../../app/generate-templates';
import { consolidateFiles, type ReceivedFileReader } from '../../app/consolidate';
import { cellText, headerKey } from '../xlsx/list-cells';
import { readReceivedPath } from '../xlsx/template-reader';
import { matchReceivedLog, readReceivedLog, ReceivedLogError, type ReceivedLog } from '../received-log';
import { writeReportXlsx } from '../../xlsx/report-writer';
import { printJson, type Output } from '../output';
import { progressBar, type ProgressStream } from '../progress';
import { EXIT, type ExitCode } from '../exit-codes';
import { checkWritable, writeAtomically, writeProblem } from '../write-file';
import { parseYear } from './template';
import { formatNumber, parseNumberText } from '../../domain/numbers';
import { viDateFromIso } from '../../domain/template/vi-format';
import { parseDayMonthYear, parseInstant } from '../../domain/vietnam-time';

const OVERRIDDEN_POPULATION_SOURCE = 'số liệu nhập khi tổng hợp (tham số --population)';

export interface ConsolidateArgs {
  out?: string;
  year?: string;
  deadline?: string;
  units?: string;
  received?: string;
  population?: string;
  json?: boolean;
}

export interface ConsolidateEnv {
  /** Where the progress bar goes (drawn only when it is a terminal); none in tests. */
  progress?: ProgressStream;
}

/** A usage problem: exit 2 with this message (Vietnamese, then English). */
class UsageError extends Error {}

// ---------------------------------------------------------------------------
// Option values

/** 'YYYY-MM-DD' or 'dd/mm/yyyy' (also d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy) → 'YYYY-MM-DD'. */
export function parseDeadline(text: string | undefined): string | undefined {
  if (text === undefined) return DEFAULT_DEADLINE;
  const t = text.trim();
  const iso = /^\d{4}-\d{2}-\d{2}$/.test(t) && !Number.isNaN(parseInstant(t)) ? t : parseDayMonthYear(t);
  const year = Number(iso?.slice(0, 4));
  return iso !== undefined && year >= 2020 && year <= 2100 ? iso : undefined;
}

/** A whole number of persons, typed either way: '3619433', '3.619.433', '3 619 433' or '3,619,433'. */
export function parsePopulation(text: string | undefined): number | undefined {
  if (text === undefined) return OFFICIAL_POPULATION;
  const parsed = parseNumberText(text);
  if ((parsed.kind !== 'number' && parsed.kind !== 'ambiguous') || parsed.percent) return undefined;
  // '3,619' reads 3.619 or 3619: only the whole-number reading is a number of persons.
  const readings = parsed.kind === 'number' ? [parsed.value] : parsed.readings;
  const whole = readings.filter((r) => Number.isInteger(r));
  const n = whole.length === 1 ? whole[0] : undefined;
  return n !== undefined && n >= 1 && n <= BOUNDS.population.max ? n : undefined;
}

// ---------------------------------------------------------------------------
// --units: the units expected to report

const ID_HEADERS = new Set(['id', 'ma don vi', 'ma dv', 'unit id', 'unitid', 'ma']);

/** A registry id or a commune's statistics code (Excel drops the leading 0 of 07210). */
function unitIdOf(catalog: Catalog, raw: string): string | undefined {
  const text = raw.trim();
  const unit =
    resolveUnit(catalog, text) ??
    resolveUnit(catalog, text.toLowerCase()) ??
    (/^\d{1,4}$/.test(text) ? resolveUnit(catalog, text.padStart(5, '0')) : undefined);
  return unit?.id;
}

/** First sheet: the column headed 'id' / 'Mã đơn vị' (values below it), else every value of column A. */
async function idsFromXlsx(path: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.worksheets[0];
  if (!ws) return [];
  let column = 1;
  let firstRow = 1;
  ws.getRow(1).eachCell((cell, col) => {
    if (firstRow === 1 && ID_HEADERS.has(headerKey(cellText(cell.value)))) {
      column = col;
      firstRow = 2;
    }
  });
  const out: string[] = [];
  for (let r = firstRow; r <= ws.rowCount; r++) {
    const text = cellText(ws.getRow(r).getCell(column).value);
    if (text !== '') out.push(text);
  }
  return out;
}

/** An array of ids (or of objects with `id`), or `{ units: [...] }` as `khcn units --json` prints. */
function idsFromJson(text: string): string[] | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return undefined;
  }
  if (data !== null && typeof data === 'object' && !Array.isArray(data) && 'units' in data) data = data.units;
  if (!Array.isArray(data)) return undefined;
  const ids: string[] = [];
  for (const item of data) {
    const id: unknown = item !== null && typeof item === 'object' && 'id' in item ? item.id : item;
    if (typeof id !== 'string' && typeof id !== 'number') return undefined;
    ids.push(String(id));
  }
  return ids;
}

export async function readExpectedUnits(catalog: Catalog, path: string): Promise<string[]> {
  const ext = extname(path).toLowerCase();
  let raw: string[] | undefined;
  try {
    if (ext === '.json') raw = idsFromJson(await readFile(path, 'utf8'));
    else if (ext === '.xlsx') raw = await idsFromXlsx(path);
    else
      throw new UsageError(
        `Tệp danh sách đơn vị "${path}" phải là .json hoặc .xlsx. / --units must be a .json or .xlsx file.`,
      );
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(
      `Không đọc được tệp danh sách đơn vị "${path}": ${(e as Error).message}. / Could not read the --units file.`,
    );
  }
  if (raw === undefined)
    throw new UsageError(
      `Tệp "${path}" không đúng dạng: cần một mảng mã đơn vị, ví dụ ["so-khcn", "thong-ke", "xp-07210"], ` +
        `hoặc mảng đối tượng có trường "id". / --units JSON must be an array of ids or of objects with "id".`,
    );
  const cleaned = raw.map((s) => s.trim()).filter((s) => s !== '');
  const unknown = [...new Set(cleaned.filter((s) => unitIdOf(catalog, s) === undefined))];
  if (unknown.length > 0)
    throw new UsageError(
      `Tệp "${path}" có ${unknown.length} mã đơn vị không có trong danh mục: ${unknown.join(', ')}. ` +
        `Xem mã đơn vị bằng lệnh "khcn units" (cột "Mã đơn vị"); xã, phường dùng mã dạng xp-<mã thống kê> ` +
        `hoặc mã thống kê. / Unknown unit ids in --units: ${unknown.join(', ')}.`,
    );
  const ids = [...new Set(cleaned.map((s) => unitIdOf(catalog, s) ?? s))];
  if (ids.length === 0)
    throw new UsageError(`Tệp "${path}" không có mã đơn vị nào. / The --units file lists no unit.`);
  return ids;
}

// ---------------------------------------------------------------------------
// Inputs: files and folders → the files to read, with the names shown in the report

export interface InputFile {
  /** Absolute path. */
  path: string;
  /** Shown in lines and issues: the base name, or a path relative to the common folder on a clash. */
  name: string;
}

export interface CollectedInputs {
  files: InputFile[];
  /** Inputs that do not exist (they are still read, so the report lists them as not found). */
  missing: string[];
  /** Hidden files, Office lock files (~$…) and system files left out of folders. */
  skipped: number;
}

const SYSTEM_FILES = new Set(['thumbs.db', 'desktop.ini']);
/** Left out of folder walks: hidden (also our temp files), Office lock files, Windows/macOS clutter. */
const skippedInFolder = (name: string): boolean =>
  name.startsWith('.') || name.startsWith('~$') || SYSTEM_FILES.has(name.toLowerCase());

async function realOrResolved(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    return resolve(path);
  }
}

/** The deepest folder containing every path. */
function commonFolder(paths: readonly string[]): string {
  const parts = paths.map((p) => dirname(p).split(sep));
  const first = parts[0] ?? [];
  let n = 0;
  while (n < first.length && parts.every((p) => p[n] === first[n])) n++;
  return first.slice(0, n).join(sep) || sep;
}

/** Base names, except that files sharing one keep their path below the folder they have in common. */
function displayNames(paths: readonly string[]): InputFile[] {
  const key = (p: string): string => basename(p).normalize('NFC').toLowerCase();
  const groups = new Map<string, string[]>();
  for (const p of paths) groups.set(key(p), [...(groups.get(key(p)) ?? []), p]);
  const files = paths.map((path) => {
    const group = groups.get(key(path)) ?? [];
    const name = group.length < 2 ? basename(path) : relative(commonFolder(group), path).split(sep).join('/');
    return { path, name: name.normalize('NFC') };
  });
  return files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.path < b.path ? -1 : 1));
}

/**
 * Every file given or found in the folders (recursively). Nothing of a unit is silently skipped:
 * a .pdf or .xls in a folder is read and reported as not being a template. The same file given
 * twice (or by a folder and by name) is read once; `outPath` (the report) and `optionFiles`
 * (the --units list, the --received log, which may sit in the same folder) are never read.
 */
export async function collectInputs(
  inputs: readonly string[],
  outPath: string,
  optionFiles: readonly string[] = [],
): Promise<CollectedInputs> {
  const seen = new Map<string, string>(); // real path → path as found
  const visitedFolders = new Set<string>();
  const missing: string[] = [];
  let skipped = 0;
  const own = new Set(await Promise.all([outPath, ...optionFiles].map(realOrResolved)));

  const addFile = async (path: string): Promise<void> => {
    const real = await realOrResolved(path);
    if (!own.has(real) && !seen.has(real)) seen.set(real, path);
  };
  const walk = async (folder: string): Promise<void> => {
    const real = await realOrResolved(folder);
    if (visitedFolders.has(real)) return; // a link back up the tree
    visitedFolders.add(real);
    let entries: Dirent[];
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch {
      return; // unreadable folder: nothing found in it
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const path = join(folder, e.name);
      if (skippedInFolder(e.name) || e.name === '__MACOSX') {
        skipped++;
        continue;
      }
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      if (e.isSymbolicLink()) {
        const info = await stat(path).catch(() => undefined);
        isDir = info?.isDirectory() ?? false;
        isFile = info?.isFile() ?? false;
      }
      if (isDir) await walk(path);
      else if (isFile) await addFile(path);
    }
  };

  for (const input of inputs) {
    const path = resolve(input);
    const info = await stat(path).catch(() => undefined);
    if (!info) {
      missing.push(input);
      await addFile(path);
    } else if (info.isDirectory()) await walk(path);
    else await addFile(path);
  }
  return { files: displayNames([...seen.values()]), missing, skipped };
}

// ---------------------------------------------------------------------------
// Output: checked before reading, written atomically

// ---------------------------------------------------------------------------
// Summary

const reasonText = (issue: Issue | undefined): string =>
  issue ? renderIssue({ ...issue, file: undefined }, 'vi') : '';

/** Expected units only, so that each list's length is the matching completeness count. */
const unitIds = (run: ConsolidationRun, pick: (u: ConsolidationRun['units'][number]) => boolean): string[] =>
  run.units.filter((u) => u.expected && pick(u)).map((u) => u.unitId);

const received = (u: ConsolidationRun['units'][number]): boolean =>
  u.state === 'on-time' || u.state === 'late' || u.state === 'errors';

function lists(run: ConsolidationRun) {
  return {
    missing: unitIds(run, (u) => u.state === 'missing'),
    late: unitIds(run, (u) => received(u) && u.timeliness === 'late'),
    unreadable: unitIds(run, (u) => u.state === 'unreadable'),
    withErrors: unitIds(run, (u) => u.state === 'errors'),
  };
}

const fileJson = (f: FileLine, fromLog: ReadonlySet<string>) => ({
  file: f.file,
  unitId: f.unitId ?? null,
  use: f.use,
  receivedAt: f.receivedAt,
  /** Where receivedAt comes from: the --received log, or the file's modification time. */
  receivedFrom: fromLog.has(f.file) ? 'log' : 'file-time',
  timeliness: f.timeliness ?? null,
  errors: f.errors,
  warnings: f.warnings,
  reason: f.reason
    ? {
        code: f.reason.code,
        messageVi: reasonText(f.reason),
        messageEn: renderIssue({ ...f.reason, file: undefined }, 'en'),
      }
    : null,
});

/** The --json summary; keys in a fixed order, absent values as null. */
/** The `--json` summary (its shape is what tests and scripts read). */
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
/** Warnings printed about --received entries naming no input (a register lists other mail too). */
const MAX_LOG_WARNINGS = 10;

/** ' (66,7%)', Vietnamese decimal comma; '' when nothing is expected. */
const percent = (rate: number | null): string =>
  rate === null ? '' : ` (${formatNumber(rate, 'vi', { percent: true, maxDecimals: 1 })})`;

function unitNames(catalog: Catalog, ids: readonly string[]): string {
  const names = ids.slice(0, MAX_NAMES).map((id) => findUnit(catalog, id)?.nameVi ?? id);
  const more = ids.length - MAX_NAMES;
  return more > 0 ? `${names.join('; ')}; … và ${more} đơn vị khác` : names.join('; ');
}

function fileBlock(title: string, files: readonly FileLine[]): string[] {
  if (files.length === 0) return [];
  return [`${title} (${files.length}):`, ...files.map((f) => `  – ${f.file}: ${reasonText(f.reason)}`)];
}

/** Where the received times come from, when a --received log was given. */
interface LogUse {
  path: string;
  /** Files whose time the log gives. */
  files: number;
}

function receivedLine(log: LogUse, total: number): string {
  const rest = total - log.files;
  return (
    `Thời điểm nhận: ${log.files}/${total} tệp theo nhật ký nhận tệp ${log.path}` +
    (rest > 0 ? `, ${rest} tệp còn lại theo thời gian sửa tệp.` : '.')
  );
}

function summaryText(
  catalog: Catalog,
  run: ConsolidationRun,
  path: string,
  skipped: number,
  log: LogUse | undefined,
): string {
  const by = (use: FileLine['use']) => run.files.filter((f) => f.use === use);
  const c = run.completeness;
  const l = lists(run);
  const out = [
    `Tổng hợp số liệu năm ${run.options.year} (hạn nộp ${viDateFromIso(run.options.deadline)}): ` +
      `đã đọc ${run.files.length} tệp — ${by('used').length} tệp được dùng, ` +
      `${by('superseded').length} tệp bị thay thế, ${by('rejected').length} tệp bị loại.`,
    ...(log ? [receivedLine(log, run.files.length)] : []),
    ...fileBlock('Tệp bị loại', by('rejected')),
    ...fileBlock('Tệp bị thay thế bởi tệp mới hơn của cùng đơn vị', by('superseded')),
    `Đã nhận báo cáo của ${c.received}/${c.expected} đơn vị phải báo cáo${percent(c.rate)}: ` +
      `${c.onTime} đúng hạn, ${c.late} nộp muộn` +
      (c.withErrors > 0 ? `; ${c.withErrors} đơn vị có lỗi số liệu (xem trang “Tình trạng nộp”).` : '.'),
    `Chưa nộp: ${c.missing} đơn vị (danh sách ở trang “Tình trạng nộp” của báo cáo).`,
  ];
  if (l.unreadable.length > 0)
    out.push(
      `Chỉ gửi tệp không dùng được (không đọc được hoặc bị loại) (${l.unreadable.length}): ${unitNames(catalog, l.unreadable)}.`,
    );
  if (l.late.length > 0) out.push(`Nộp muộn (${l.late.length}): ${unitNames(catalog, l.late)}.`);
  if (c.unexpected > 0)
    out.push(`Có ${c.unexpected} đơn vị không thuộc danh sách phải báo cáo nhưng đã gửi tệp.`);
  if (run.conflicts.length > 0)
    out.push(`Có ${run.conflicts.length} xung đột số liệu (xem trang “Xung đột” của báo cáo).`);
  const p = run.population;
  out.push(
    `Dân số tham chiếu: ${formatNumber(p.value, 'vi')} người ` +
      (p.from === 'statistics'
        ? `(theo ${findUnit(catalog, p.unitId)?.nameVi ?? p.unitId}, tệp “${p.source.file}”).`
        : `(chưa có số của Thống kê tỉnh, tạm dùng số theo ${p.sourceText}).`),
  );
  const broken = run.provinceChecks.filter((c) => c.status === 'violated');
  if (broken.length > 0) {
    const high = broken.filter((c) => c.rule.importance === 'high').length;
    out.push(
      `Kiểm tra toàn tỉnh: ${broken.length} quy tắc bị vi phạm (${high} mức quan trọng cao), xem trang “Kiểm tra toàn tỉnh”:`,
      ...broken
        .slice(0, MAX_NAMES)
        .map((c) => `  – ${c.issue === undefined ? c.indicator : renderIssue(c.issue, 'vi')}`),
    );
  }
  if (skipped > 0) out.push(`Bỏ qua ${skipped} tệp ẩn, tệp khóa của Office (~$…) hoặc tệp hệ thống.`);
  out.push(`Đã ghi báo cáo tổng hợp vào ${path}`);
  return out.join('\n');
}

// ---------------------------------------------------------------------------

async function runOptions(catalog: Catalog, args: ConsolidateArgs): Promise<RunOptions> {
  const year = parseYear(args.year);
  if (year === undefined)
    throw new UsageError(
      `Năm không hợp lệ: "${args.year ?? ''}" (cần năm có 4 chữ số, ví dụ 2026). / Invalid --year.`,
    );
  const deadline = parseDeadline(args.deadline);
  if (deadline === undefined)
    throw new UsageError(
      `Hạn nộp không hợp lệ: "${args.deadline ?? ''}" (cần ngày dạng 2026-12-05 hoặc 05/12/2026). / Invalid --deadline.`,
    );
  const population = parsePopulation(args.population);
  if (population === undefined)
    throw new UsageError(
      `Số dân không hợp lệ: "${args.population ?? ''}" (cần số nguyên dương, ví dụ 3619433 hoặc 3.619.433). / Invalid --population.`,
    );
  const expectedUnits =
    args.units === undefined ? defaultExpectedUnits(catalog) : await readExpectedUnits(catalog, args.units);
  return {
    year,
    deadline,
    expectedUnits,
    readAt: new Date().toISOString(),
    officialPopulation: population,
    populationSource:
      args.population === undefined ? DEFAULT_POPULATION_SOURCE : OVERRIDDEN_POPULATION_SOURCE,
  };
}

export async function consolidateCommand(
  catalog: Catalog,
  inputs: readonly string[],
  args: ConsolidateArgs,
  output: Output,
  env: ConsolidateEnv = {},
): Promise<ExitCode> {
  const fail = (message: string): ExitCode => {
    output.err(message);
    return EXIT.failed;
  };
  if (inputs.length === 0)
    return fail(
      'Thiếu tệp hoặc thư mục cần tổng hợp: khcn consolidate <tệp hoặc thư mục>... --out <báo-cáo.xlsx>. ' +
        '/ Missing input files or folders.',
    );
  if (!args.out)
    return fail('Thiếu --out <báo-cáo.xlsx> (tệp báo cáo tổng hợp). / Missing --out <file.xlsx>.');
  if (extname(args.out).toLowerCase() !== '.xlsx')
    return fail(`Tệp "${args.out}" phải có đuôi .xlsx. / The output file must end in .xlsx.`);
  const outPath = resolve(args.out);

  let options: RunOptions;
  let log: ReceivedLog | undefined;
  try {
    options = await runOptions(catalog, args);
    if (args.received !== undefined) log = await readReceivedLog(args.received);
  } catch (e) {
    if (e instanceof UsageError || e instanceof ReceivedLogError) return fail(e.message);
    throw e;
  }

  const optionFiles = [args.units, args.received].filter((p): p is string => p !== undefined);
  const found = await collectInputs(inputs, outPath, optionFiles);
  if (found.missing.length === inputs.length)
    return fail(
      `Không tìm thấy ${inputs.length > 1 ? 'tệp, thư mục nào trong số' : 'tệp hoặc thư mục'}: ` +
        `${inputs.join(', ')}. Hãy kiểm tra lại đường dẫn. / No input exists.`,
    );
  const missing = new Set(found.missing.map((m) => resolve(m)));
  if (found.files.every((f) => missing.has(f.path)))
    return fail(
      `Không tìm thấy tệp nào trong: ${inputs.filter((i) => !missing.has(resolve(i))).join(', ')}. ` +
        '/ No file found in the inputs.',
    );
  for (const m of found.missing)
    output.err(
      `Không tìm thấy "${m}" (tệp này được ghi vào danh sách tệp bị loại của báo cáo). / Not found.`,
    );

  try {
    await checkWritable(outPath);
  } catch (e) {
    return fail(`Không ghi được tệp "${args.out}": ${writeProblem(e)}. / Cannot write the output file.`);
  }

  // The log's times replace the modification times of the files it names.
  const match = log
    ? matchReceivedLog(
        log,
        found.files.map((f) => f.name),
      )
    : undefined;
  const warnings = match?.warnings ?? [];
  for (const warning of warnings.slice(0, MAX_LOG_WARNINGS)) output.err(warning);
  if (warnings.length > MAX_LOG_WARNINGS)
    output.err(
      `… và ${warnings.length - MAX_LOG_WARNINGS} cảnh báo khác về nhật ký nhận tệp (các dòng đó bị bỏ qua). ` +
        `/ … and ${warnings.length - MAX_LOG_WARNINGS} more warnings about the received log.`,
    );
  const logTimes = match?.times ?? new Map<string, string>();

  const bar = progressBar(env.progress);
  const reader: ReceivedFileReader<InputFile> = {
    nameOf: (f) => f.name,
    read: async (f) => {
      const received = await readReceivedPath(f.path, f.name);
      const logged = logTimes.get(f.name);
      return logged === undefined ? received : { ...received, receivedAt: logged };
    },
  };
  bar.update(0, found.files.length, '');
  const { run, report } = await consolidateFiles(catalog, found.files, reader, options, (done, total, file) =>
    bar.update(done, total, file),
  );
  bar.message('Đang ghi báo cáo tổng hợp…');
  try {
    await writeAtomically(outPath, await writeReportXlsx(report, { charts: true }));
  } catch (e) {
    bar.clear();
    return fail(`Không ghi được tệp "${args.out}": ${writeProblem(e)}. / Cannot write the output file.`);
  }
  bar.clear();

  const fromLog = new Set(logTimes.keys());
  if (args.json) printJson(output, summaryJson(run, args.out, fromLog));
  else
    output.out(
      summaryText(
        catalog,
        run,
        args.out,
        found.skipped,
        log ? { path: log.path, files: fromLog.size } : undefined,
      ),
    );
  return EXIT.ok;
}
