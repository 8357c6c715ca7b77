/**
 * The CLI side of reading unit workbooks: file system access only. Reading the bytes is the
 * shared code of src/xlsx (read-workbook.ts, received-file.ts), the same as in the task pane.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ReceivedFile } from '../../domain/consolidation/run-types';
import { makeIssue, type Issue } from '../../domain/issues';
import { MAX_FILE_BYTES, sizeIssue } from '../../xlsx/package-check';
import { readWorkbookBytes, type ReadOutcome } from '../../xlsx/read-workbook';
import { readReceivedFile } from '../../xlsx/received-file';

export type { ReadOutcome };

type Opened =
  | { ok: true; bytes: Uint8Array; size: number; mtime: Date }
  | { ok: false; outcome: ReadOutcome; size?: number; mtime?: Date };

/** Stat, refuse a folder or an oversized file before reading it, then read the bytes. */
async function open(path: string, file: string): Promise<Opened> {
  const notFound: Opened = {
    ok: false,
    outcome: { ok: false, issue: makeIssue('FILE_NOT_FOUND', {}, { file }) },
  };
  try {
    const info = await stat(path);
    if (!info.isFile()) return notFound;
    const tooBig = sizeIssue(info.size, file, MAX_FILE_BYTES);
    if (tooBig)
      return { ok: false, outcome: { ok: false, issue: tooBig }, size: info.size, mtime: info.mtime };
    return { ok: true, bytes: await readFile(path), size: info.size, mtime: info.mtime };
  } catch {
    return notFound;
  }
}

/**
 * Reads `path`; `file` is how issues name it (default: the path as given). Never throws for a
 * bad file: a missing, unreadable, oversized, encrypted, macro-enabled or damaged file gives
 * `{ ok: false, issue }`.
 */
export async function readTemplateFile(path: string, file: string = path): Promise<ReadOutcome> {
  const opened = await open(path, file);
  return opened.ok ? readWorkbookBytes(opened.bytes, basename(path), file) : opened.outcome;
}

/** SHA-256 of a file, streamed (an oversized file is hashed without being loaded). */
function hashFile(path: string): Promise<string> {
  return new Promise((resolve) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => resolve(hash.digest('hex')))
      .on('error', () => resolve(''));
  });
}

/** A file whose reading failed outside the reader (a worker timed out or ran out of memory). */
export async function failedPath(path: string, file: string, issue: Issue): Promise<ReceivedFile> {
  const info = await stat(path).catch(() => undefined);
  return {
    file,
    receivedAt: (info?.mtime ?? new Date(0)).toISOString(),
    sha256: info ? await hashFile(path) : '',
    sizeBytes: info?.size ?? 0,
    outcome: { ok: false, issue },
  };
}

/**
 * One received workbook for consolidation: received at its modification time. Never throws: a
 * missing file gives FILE_NOT_FOUND (sha256 '', size 0, received at the epoch).
 */
export async function readReceivedPath(path: string, file: string): Promise<ReceivedFile> {
  const opened = await open(path, file);
  if (opened.ok) return readReceivedFile(file, opened.bytes, opened.mtime.toISOString());
  return {
    file,
    receivedAt: (opened.mtime ?? new Date(0)).toISOString(),
    sha256: opened.size !== undefined ? await hashFile(path) : '',
    sizeBytes: opened.size ?? 0,
    outcome: opened.outcome,
  };
}
