/**
 * `khcn consolidate <files or folders>... --out <report.xlsx> [--year 2026] [--deadline 2026-12-05]
 * [--units <list>] [--received <register>] [--population <n>] [--prefer <file>]... [--json]`:
 * reads the units' filled templates and writes the consolidated report as one .xlsx.
 * Orchestration only: option values (../option-values.ts), the lists (app/user-lists.ts), folder
 * walking (../inputs.ts), reading in bounded workers (../read-pool.ts), the use case
 * (app/consolidate.ts), atomic writing (../write-file.ts) and the summary (../render/).
 *
 * Exit 0 = the report was written, even when some files were rejected (the summary and the report
 * say which and why: a problem file is the units' business, not a failure of the run);
 * 2 = no report (bad options, no input file, bad --units or --received, output not writable).
 */
import { readFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { consolidateFiles, type ConsolidationResult, type ReceivedFileReader } from '../../app/consolidate';
import { loadExpectedUnits, loadReceivedLog } from '../../app/user-lists';
import { loadPrevious } from '../../app/previous';
import type { Catalog } from '../../domain/catalog';
import { DEFAULT_POPULATION_SOURCE, defaultExpectedUnits } from '../../domain/consolidation';
import type { ConsolidationRun, RunOptions } from '../../domain/consolidation/run-types';
import { feedbackFileName, feedbackItems } from '../../domain/report/feedback';
import { STORED_RUN_SHEET, storedRunRows } from '../../domain/consolidation/stored-run';
import type { Issue } from '../../domain/issues';
import type { ReceivedLog } from '../../domain/received-log';
import { writeReportXlsx } from '../../xlsx/report-writer';
import { EXIT, type ExitCode } from '../exit-codes';
import { collectInputs, type InputFile } from '../inputs';
import { parseDeadline, parsePopulation, parseYear } from '../option-values';
import { printJson, type Output } from '../output';
import { progressBar, type ProgressStream } from '../progress';
import { ReadPool, type PoolOptions, type WorkerScript } from '../read-pool';
import { summaryJson, summaryText } from '../render/consolidate-summary';
import { say, sayIssue } from '../say';
import { checkWritable, readFailure, writeAtomically, writeFailure } from '../write-file';
import { readReceivedPath } from '../xlsx/template-reader';

export interface ConsolidateArgs {
  out?: string;
  year?: string;
  deadline?: string;
  units?: string;
  received?: string;
  population?: string;
  prefer?: string[];
  /** Also write the reminder list (units to write to, with contact and message): .csv or .xlsx. */
  reminders?: string;
  /** Also write a feedback workbook for each unit whose used file has problems, into this folder. */
  feedback?: string;
  /** Last period's figures: an earlier consolidated workbook or a baseline table (khcn baseline). */
  previous?: string;
  json?: boolean;
}

export interface ConsolidateEnv {
  /** Where the progress bar goes (drawn only when it is a terminal); none in tests. */
  progress?: ProgressStream;
  /** The read worker: files are read in bounded processes; in this process when absent. */
  readWorker?: WorkerScript;
  /** The bounds of each read (tests lower them); LIMITS by default. */
  readLimits?: PoolOptions;
}

/**
 * What the command writes from the consolidation: the workbook (khcn consolidate) or the
 * evaluation report (khcn report, ./report.ts). Same reading, same run, same numbers.
 */
export interface Deliverable {
  ext: '.xlsx' | '.docx';
  /** The file named in the "--out missing" message. */
  example: string;
  /** The summary's last line: what was written where. */
  written: 'SUMMARY_WRITTEN' | 'REPORT_WRITTEN';
  write(catalog: Catalog, result: ConsolidationResult): Promise<Uint8Array>;
}

/** The consolidated workbook, with its run kept in a very hidden sheet for `khcn report`. */
export const CONSOLIDATED_WORKBOOK: Deliverable = {
  ext: '.xlsx',
  example: 'báo-cáo.xlsx',
  written: 'SUMMARY_WRITTEN',
  write: (_catalog, result) =>
    writeReportXlsx(result.report, {
      charts: true,
      data: { sheet: STORED_RUN_SHEET, rows: storedRunRows(result.run) },
    }),
};

/** Warnings printed about --received rows naming no input (a register lists other mail too). */
const MAX_LOG_WARNINGS = 10;

/** A usage problem: the command stops (exit 2) with these lines. */
class Stop extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join('\n'));
  }
}

/** A list file (--units, --received) read through its use case; its issues stop the command. */
async function optionList<T extends { issues: Issue[] }>(
  output: Output,
  path: string,
  option: string,
  load: (bytes: Uint8Array, file: string) => Promise<T>,
): Promise<T> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(resolve(path));
  } catch (e) {
    throw new Stop([readFailure(output, path, option, e)]);
  }
  const parsed = await load(bytes, path);
  const errors = parsed.issues.filter((i) => i.severity === 'error');
  if (errors.length > 0)
    throw new Stop([
      ...errors.map((i) => sayIssue(output, i)),
      say(output, 'LIST_HAS_ERRORS', { file: path, option }),
    ]);
  return parsed;
}

async function runOptions(catalog: Catalog, args: ConsolidateArgs, output: Output): Promise<RunOptions> {
  const year = parseYear(args.year);
  if (year === undefined) throw new Stop([say(output, 'YEAR_INVALID', { value: args.year ?? '' })]);
  const deadline = parseDeadline(args.deadline);
  if (deadline === undefined)
    throw new Stop([say(output, 'DEADLINE_INVALID', { value: args.deadline ?? '' })]);
  const population = parsePopulation(args.population);
  if (population === undefined)
    throw new Stop([say(output, 'POPULATION_INVALID', { value: args.population ?? '' })]);
  const expectedUnits =
    args.units === undefined
      ? defaultExpectedUnits(catalog)
      : ((await optionList(output, args.units, '--units', (b, f) => loadExpectedUnits(catalog, b, f))).ids ??
        []);
  return {
    year,
    deadline,
    expectedUnits,
    readAt: new Date().toISOString(),
    officialPopulation: population,
    populationSource:
      args.population === undefined ? DEFAULT_POPULATION_SOURCE : say(output, 'POPULATION_FROM_OPTION'),
    ...(args.prefer !== undefined && args.prefer.length > 0 ? { pinned: args.prefer } : {}),
  };
}

/** The output file and the inputs, checked before anything is read. */
async function plan(
  inputs: readonly string[],
  args: ConsolidateArgs,
  output: Output,
  deliverable: Deliverable,
) {
  if (inputs.length === 0) throw new Stop([say(output, 'INPUTS_MISSING')]);
  if (!args.out) throw new Stop([say(output, 'OUT_MISSING', { what: deliverable.example })]);
  if (extname(args.out).toLowerCase() !== deliverable.ext)
    throw new Stop([say(output, 'OUT_EXTENSION', { file: args.out, ext: deliverable.ext })]);
  const outPath = resolve(args.out);
  if (args.reminders !== undefined) {
    const ext = extname(args.reminders).toLowerCase();
    if (ext !== '.csv' && ext !== '.xlsx')
      throw new Stop([say(output, 'OUT_EXTENSION', { file: args.reminders, ext: '.csv / .xlsx' })]);
  }
  const optionFiles = [args.units, args.received, args.previous].filter((p): p is string => p !== undefined);
  const found = await collectInputs(inputs, outPath, optionFiles);
  if (found.missing.length === inputs.length)
    throw new Stop([say(output, 'INPUTS_NONE_EXIST', { inputs: inputs.join(', ') })]);
  const missing = new Set(found.missing.map((m) => resolve(m)));
  if (found.files.every((f) => missing.has(f.path)))
    throw new Stop([
      say(output, 'INPUTS_NO_FILE', { inputs: inputs.filter((i) => !missing.has(resolve(i))).join(', ') }),
    ]);
  for (const p of args.prefer ?? [])
    if (!found.files.some((f) => f.name === p)) throw new Stop([say(output, 'PREFER_UNKNOWN', { file: p })]);
  for (const [shown, path] of [
    [args.out, outPath],
    ...(args.reminders === undefined ? [] : [[args.reminders, resolve(args.reminders)]]),
  ] as const) {
    try {
      await checkWritable(path);
    } catch (e) {
      throw new Stop([writeFailure(output, shown, e)]);
    }
  }
  return { outPath, found };
}

function printLogWarnings(output: Output, warnings: readonly Issue[]): void {
  for (const w of warnings.slice(0, MAX_LOG_WARNINGS))
    output.err(say(output, 'LOG_WARNING', { text: sayIssue(output, w) }));
  if (warnings.length > MAX_LOG_WARNINGS)
    output.err(say(output, 'LOG_MORE_WARNINGS', { count: warnings.length - MAX_LOG_WARNINGS }));
}

/**
 * Reads in bounded processes when the worker script is known (each file analysed there, only
 * its record sent back), else in this process.
 */
function fileReader(
  catalog: Catalog,
  env: ConsolidateEnv,
): { reader: ReceivedFileReader<InputFile>; close: () => Promise<void> } {
  if (env.readWorker === undefined)
    return {
      reader: { nameOf: (f) => f.name, read: (f) => readReceivedPath(f.path, f.name) },
      close: async () => {},
    };
  const pool = new ReadPool(env.readWorker, env.readLimits, catalog);
  return {
    reader: {
      nameOf: (f) => f.name,
      read: (f) => pool.read(f.path, f.name),
      readAnalyzed: (f, job) => pool.analyze(f.path, f.name, job),
      concurrency: pool.size,
    },
    close: () => pool.close(),
  };
}

/**
 * A feedback workbook (a copy of the unit's own file with its problems as cell notes) for each unit
 * whose used file has problems, into `folder`. A file that cannot be copied is said and skipped.
 */
async function writeFeedback(
  output: Output,
  folder: string,
  files: readonly InputFile[],
  run: ConsolidationRun,
): Promise<number> {
  const { feedbackWorkbook } = await import('../../xlsx/feedback-writer');
  const byName = new Map(files.map((f) => [f.name, f.path]));
  let written = 0;
  for (const item of feedbackItems(run)) {
    const path = byName.get(item.file);
    if (path === undefined) continue;
    const target = join(resolve(folder), feedbackFileName(item.file));
    try {
      await writeAtomically(target, await feedbackWorkbook(new Uint8Array(await readFile(path)), item));
      written++;
    } catch (e) {
      output.err(writeFailure(output, target, e));
    }
  }
  return written;
}

export async function consolidateCommand(
  catalog: Catalog,
  inputs: readonly string[],
  args: ConsolidateArgs,
  output: Output,
  env: ConsolidateEnv = {},
  deliverable: Deliverable = CONSOLIDATED_WORKBOOK,
): Promise<ExitCode> {
  let options: RunOptions;
  let log: ReceivedLog | undefined;
  let planned: Awaited<ReturnType<typeof plan>>;
  try {
    options = await runOptions(catalog, args, output);
    if (args.previous !== undefined) {
      const load = (bytes: Uint8Array, file: string) => loadPrevious(catalog, bytes, file, options.year);
      const { previous } = await optionList(output, args.previous, '--previous', load);
      if (previous) options = { ...options, previous };
    }
    if (args.received !== undefined)
      log = (await optionList(output, args.received, '--received', loadReceivedLog)).log;
    planned = await plan(inputs, args, output, deliverable);
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    for (const line of e.lines) output.err(line);
    return EXIT.failed;
  }
  const { outPath, found } = planned;
  for (const m of found.missing) output.err(say(output, 'INPUT_NOT_FOUND', { input: m }));

  const bar = progressBar(env.progress, say(output, 'PROGRESS_READING'));
  bar.update(0, found.files.length, '');
  const { reader, close } = fileReader(catalog, env);
  const result = await consolidateFiles(catalog, found.files, reader, options, {
    ...(log ? { log } : {}),
    onProgress: (done, total, file) => bar.update(done, total, file),
  }).finally(close);
  bar.message(say(output, 'PROGRESS_WRITING'));
  try {
    await writeAtomically(outPath, await deliverable.write(catalog, result));
  } catch (e) {
    bar.clear();
    output.err(writeFailure(output, args.out ?? outPath, e));
    return EXIT.failed;
  }
  let reminded: number | undefined;
  if (args.reminders !== undefined) {
    const format = extname(args.reminders).toLowerCase() === '.csv' ? 'csv' : 'xlsx';
    try {
      const { remindersFile } = await import('../../xlsx/reminders-file');
      const file = await remindersFile(catalog, result.run, format);
      await writeAtomically(resolve(args.reminders), file.bytes);
      reminded = file.count;
    } catch (e) {
      bar.clear();
      output.err(writeFailure(output, args.reminders, e));
      return EXIT.failed;
    }
  }
  const feedback =
    args.feedback === undefined
      ? undefined
      : await writeFeedback(output, args.feedback, found.files, result.run);
  bar.clear();
  printLogWarnings(output, result.logWarnings);
  const path = args.out ?? outPath;
  if (args.json) printJson(output, summaryJson(result.run, path, result.fromLog));
  else {
    output.out(
      summaryText(output, {
        catalog,
        run: result.run,
        path,
        written: deliverable.written,
        skipped: found.skipped,
        ...(log && args.received !== undefined
          ? { log: { path: args.received, files: result.fromLog.size } }
          : {}),
      }),
    );
    if (reminded !== undefined && args.reminders !== undefined)
      output.out(say(output, 'REMINDERS_WRITTEN', { count: reminded, file: args.reminders }));
    if (feedback !== undefined && args.feedback !== undefined)
      output.out(say(output, 'FEEDBACK_WRITTEN', { count: feedback, folder: args.feedback }));
  }
  return EXIT.ok;
}
