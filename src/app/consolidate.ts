/**
 * Use case: consolidate the received unit workbooks (`khcn consolidate` and the "Tổng hợp" tab).
 * Reading is a port — the CLI reads files from disk, the task pane reads picked File objects,
 * both through the shared xlsx reader — so the run and the report are the same code.
 * Files are read `reader.concurrency` at a time (1 by default), results kept in input order; a
 * file that fails in any way becomes a rejected line with its reason and never stops the batch.
 * The office's register of received files (received-log), when given, supplies the received
 * times and senders of the files it names.
 */
import type { Catalog } from '../domain/catalog';
import { buildRun, buildRunOfRecords } from '../domain/consolidation/run';
import { analyzeFile, type FileRecord } from '../domain/consolidation/run-files';
import type { ConsolidationRun, ReceivedFile, RunOptions } from '../domain/consolidation/run-types';
import { makeIssue, type Issue } from '../domain/issues';
import { matchReceivedLog, type LogMatch, type ReceivedLog } from '../domain/received-log';
import { buildReport } from '../domain/report/build-report';
import type { ReportWorkbook } from '../domain/report/types';

/** Port: one input (a path, a picked File…) → the received file. Should not throw. */
export interface ReceivedFileReader<S> {
  /** How the input is named in lines and issues. */
  nameOf(source: S): string;
  read(source: S): Promise<ReceivedFile>;
  /** Files read at the same time (a pool of workers); 1 when absent. */
  concurrency?: number;
  /**
   * Reads and analyses in one step, where reading happens elsewhere (the CLI's reading
   * processes): only the compact record comes back. Should not throw.
   */
  readAnalyzed?(source: S, job: AnalyzeRequest): Promise<FileRecord>;
}

/** What a file is analysed with: the run's year and deadline, the register's time and sender. */
export interface AnalyzeRequest {
  year: number;
  deadline: string;
  receivedAt?: string;
  sender?: string;
}

/** Called after each file: `done` of `total` files read, `file` the one just read. */
export type Progress = (done: number, total: number, file: string) => void;

export interface ConsolidationResult {
  run: ConsolidationRun;
  report: ReportWorkbook;
  /** Rows of the register naming no file, or several (ignored). */
  logWarnings: Issue[];
  /** Files whose received time the register gave. */
  fromLog: ReadonlySet<string>;
}

/** A reader that threw (it should not): the file is rejected as corrupt, the batch goes on. */
function failedRead(file: string, receivedAt: string): ReceivedFile {
  return {
    file,
    receivedAt,
    sha256: '',
    sizeBytes: 0,
    outcome: { ok: false, issue: makeIssue('FILE_CORRUPT', {}, { file }) },
  };
}

/**
 * Runs `work` on every source, `concurrency` at a time, handing each result to `take` (with its
 * index) as soon as it is ready, so the caller keeps only what it needs. A source whose work
 * throws (it should not) gets `failed`.
 */
async function eachSource<S, T>(
  sources: readonly S[],
  nameOf: (s: S) => string,
  concurrency: number,
  work: (s: S) => Promise<T>,
  failed: (s: S) => T,
  take: (result: T, index: number) => void,
  onProgress?: Progress,
): Promise<void> {
  let next = 0;
  let done = 0;
  const lane = async (): Promise<void> => {
    while (next < sources.length) {
      const i = next++;
      const source = sources[i] as S;
      let result: T;
      try {
        result = await work(source);
      } catch {
        result = failed(source);
      }
      take(result, i);
      onProgress?.(++done, sources.length, nameOf(source));
    }
  };
  const lanes = Math.max(1, Math.min(concurrency, sources.length));
  await Promise.all(Array.from({ length: lanes }, lane));
}

const failedSource =
  <S>(reader: ReceivedFileReader<S>) =>
  (source: S): ReceivedFile =>
    failedRead(reader.nameOf(source), new Date(0).toISOString());

/** Every source read, in the sources' order (the task pane keeps them to recompute on a change of options). */
export async function readReceivedFiles<S>(
  sources: readonly S[],
  reader: ReceivedFileReader<S>,
  onProgress?: Progress,
): Promise<ReceivedFile[]> {
  const out = new Array<ReceivedFile>(sources.length);
  await eachSource(
    sources,
    (s) => reader.nameOf(s),
    reader.concurrency ?? 1,
    (s) => reader.read(s),
    failedSource(reader),
    (file, i) => (out[i] = file),
    onProgress,
  );
  return out;
}

export interface ConsolidateExtras {
  /** The office's register of received files. */
  log?: ReceivedLog;
  onProgress?: Progress;
}

/**
 * Reads every source and analyses each file as soon as it is read (its read model is dropped
 * then: memory stays flat whatever the number of files), then builds the run and the report.
 */
export async function consolidateFiles<S>(
  catalog: Catalog,
  sources: readonly S[],
  reader: ReceivedFileReader<S>,
  options: RunOptions,
  extras: ConsolidateExtras = {},
): Promise<ConsolidationResult> {
  const log = logMatch(
    sources.map((s) => reader.nameOf(s)),
    extras.log,
  );
  const records: FileRecord[] = [];
  const { year, deadline } = options;
  const analyzeOne = async (source: S): Promise<FileRecord> => {
    const name = reader.nameOf(source);
    const receivedAt = log.match?.times.get(name);
    const sender = log.match?.senders.get(name);
    if (reader.readAnalyzed)
      return reader.readAnalyzed(source, {
        year,
        deadline,
        ...(receivedAt !== undefined ? { receivedAt } : {}),
        ...(sender !== undefined ? { sender } : {}),
      });
    return analyzeFile(catalog, withLog(await reader.read(source), log.match), options);
  };
  await eachSource(
    sources,
    (s) => reader.nameOf(s),
    reader.concurrency ?? 1,
    analyzeOne,
    (s) => analyzeFile(catalog, failedSource(reader)(s), options),
    (record) => records.push(record),
    extras.onProgress,
  );
  return resultOf(catalog, buildRunOfRecords(catalog, records, options), log);
}

interface LogUse {
  match?: LogMatch;
  warnings: Issue[];
  fromLog: Set<string>;
}

function logMatch(names: readonly string[], log: ReceivedLog | undefined): LogUse {
  if (log === undefined) return { warnings: [], fromLog: new Set() };
  const match = matchReceivedLog(log, names);
  return { match, warnings: match.warnings, fromLog: new Set(match.times.keys()) };
}

/** The register's time and sender on a file it names. */
function withLog(f: ReceivedFile, match: LogMatch | undefined): ReceivedFile {
  const at = match?.times.get(f.file);
  const sender = match?.senders.get(f.file);
  return at === undefined ? f : { ...f, receivedAt: at, ...(sender !== undefined ? { sender } : {}) };
}

function resultOf(catalog: Catalog, run: ConsolidationRun, log: LogUse): ConsolidationResult {
  return { run, report: buildReport(catalog, run), logWarnings: log.warnings, fromLog: log.fromLog };
}

/** The pure half: already-read files → run + report (the task pane reads first, writes on click). */
export function consolidateReceived(
  catalog: Catalog,
  files: readonly ReceivedFile[],
  options: RunOptions,
  log?: ReceivedLog,
): ConsolidationResult {
  const use = logMatch(
    files.map((f) => f.file),
    log,
  );
  const run = buildRun(
    catalog,
    files.map((f) => withLog(f, use.match)),
    options,
  );
  return resultOf(catalog, run, use);
}
