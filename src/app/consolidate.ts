/**
 * Use case: consolidate the received unit workbooks (`khcn consolidate` and the "Tổng hợp" tab).
 * Reading is a port — the CLI reads files from disk, the task pane reads picked File objects,
 * both through the shared xlsx reader — so the run and the report are the same code.
 * Files are read one after another (bounded memory); a file that fails in any way becomes a
 * rejected line with its reason and never stops the batch.
 */
import type { Catalog } from '../domain/catalog';
import { buildRun } from '../domain/consolidation/run';
import type { ConsolidationRun, ReceivedFile, RunOptions } from '../domain/consolidation/run-types';
import { makeIssue } from '../domain/issues';
import { buildReport } from '../domain/report/build-report';
import type { ReportWorkbook } from '../domain/report/types';

/** Port: one input (a path, a picked File…) → the received file. Should not throw. */
export interface ReceivedFileReader<S> {
  /** How the input is named in lines and issues. */
  nameOf(source: S): string;
  read(source: S): Promise<ReceivedFile>;
}

/** Called after each file: `done` of `total` files read, `file` the one just read. */
export type Progress = (done: number, total: number, file: string) => void;

export interface ConsolidationResult {
  run: ConsolidationRun;
  report: ReportWorkbook;
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
  const out: ReceivedFile[] = [];
  for (const source of sources) {
    const name = reader.nameOf(source);
    let received: ReceivedFile;
    try {
      received = await reader.read(source);
    } catch {
      received = failedRead(name, new Date(0).toISOString());
    }
    out.push(received);
    onProgress?.(out.length, sources.length, name);
  }
  return out;
}

/** Reads every source, then builds the run and the report (pure). */
export async function consolidateFiles<S>(
  catalog: Catalog,
  sources: readonly S[],
  reader: ReceivedFileReader<S>,
  options: RunOptions,
  onProgress?: Progress,
): Promise<ConsolidationResult> {
  const files = await readReceivedFiles(sources, reader, onProgress);
  return consolidateReceived(catalog, files, options);
}

/** The pure half: already-read files → run + report (the task pane reads first, writes on click). */
export function consolidateReceived(
  catalog: Catalog,
  files: readonly ReceivedFile[],
  options: RunOptions,
): ConsolidationResult {
  const run = buildRun(catalog, files, options);
  return { run, report: buildReport(catalog, run) };
}
