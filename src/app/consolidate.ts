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
import { buildRun } from '../domain/consolidation/run';
import type { ConsolidationRun, ReceivedFile, RunOptions } from '../domain/consolidation/run-types';
import { makeIssue, type Issue } from '../domain/issues';
import { matchReceivedLog, type ReceivedLog } from '../domain/received-log';
import { buildReport } from '../domain/report/build-report';
import type { ReportWorkbook } from '../domain/report/types';

/** Port: one input (a path, a picked File…) → the received file. Should not throw. */
export interface ReceivedFileReader<S> {
  /** How the input is named in lines and issues. */
  nameOf(source: S): string;
  read(source: S): Promise<ReceivedFile>;
  /** Files read at the same time (a pool of workers); 1 when absent. */
  concurrency?: number;
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

export async function readReceivedFiles<S>(
  sources: readonly S[],
  reader: ReceivedFileReader<S>,
  onProgress?: Progress,
): Promise<ReceivedFile[]> {
  const out: ReceivedFile[] = new Array<ReceivedFile>(sources.length);
  let next = 0;
  let done = 0;
  const readOne = async (source: S): Promise<ReceivedFile> => {
    try {
      return await reader.read(source);
    } catch {
      return failedRead(reader.nameOf(source), new Date(0).toISOString());
    }
  };
  const lane = async (): Promise<void> => {
    while (next < sources.length) {
      const i = next++;
      const source = sources[i] as S;
      out[i] = await readOne(source);
      onProgress?.(++done, sources.length, reader.nameOf(source));
    }
  };
  const lanes = Math.max(1, Math.min(reader.concurrency ?? 1, sources.length));
  await Promise.all(Array.from({ length: lanes }, lane));
  return out;
}

export interface ConsolidateExtras {
  /** The office's register of received files. */
  log?: ReceivedLog;
  onProgress?: Progress;
}

/** Reads every source, then builds the run and the report (pure). */
export async function consolidateFiles<S>(
  catalog: Catalog,
  sources: readonly S[],
  reader: ReceivedFileReader<S>,
  options: RunOptions,
  extras: ConsolidateExtras = {},
): Promise<ConsolidationResult> {
  const files = await readReceivedFiles(sources, reader, extras.onProgress);
  return consolidateReceived(catalog, files, options, extras.log);
}

/** The register's times and senders on the files it names. */
function withLog(files: readonly ReceivedFile[], log: ReceivedLog | undefined) {
  if (log === undefined) return { files, warnings: [], fromLog: new Set<string>() };
  const match = matchReceivedLog(
    log,
    files.map((f) => f.file),
  );
  const applied = files.map((f) => {
    const at = match.times.get(f.file);
    const sender = match.senders.get(f.file);
    return at === undefined ? f : { ...f, receivedAt: at, ...(sender !== undefined ? { sender } : {}) };
  });
  return { files: applied, warnings: match.warnings, fromLog: new Set(match.times.keys()) };
}

/** The pure half: already-read files → run + report (the task pane reads first, writes on click). */
export function consolidateReceived(
  catalog: Catalog,
  files: readonly ReceivedFile[],
  options: RunOptions,
  log?: ReceivedLog,
): ConsolidationResult {
  const logged = withLog(files, log);
  const run = buildRun(catalog, logged.files, options);
  return { run, report: buildReport(catalog, run), logWarnings: logged.warnings, fromLog: logged.fromLog };
}
