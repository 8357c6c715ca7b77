/**
 * One file picked or dropped in the task pane, read by the shared reader: the lean half of the
 * pane's xlsx tools (no exceljs), which also runs inside the pane's read worker.
 */
import type { PickedFile } from '../app/ports';
import type { ReceivedFile } from '../domain/consolidation/run-types';
import { makeIssue, type Issue } from '../domain/issues';
import { MAX_FILE_BYTES, sizeIssue } from './package-check';
import { readReceivedFile } from './received-file';

/** A picked file the reader never got to (too large, gone, timed out): a rejected line. */
export function unreadPicked(file: PickedFile, name: string, issue: Issue): ReceivedFile {
  return {
    file: name,
    receivedAt: new Date(file.lastModified).toISOString(),
    sha256: '',
    sizeBytes: file.size,
    outcome: { ok: false, issue },
  };
}

/** Checks the size first (an oversized file is never loaded), then reads; never throws. */
export async function readPickedFile(file: PickedFile, name: string = file.name): Promise<ReceivedFile> {
  const tooBig = sizeIssue(file.size, name, MAX_FILE_BYTES);
  if (tooBig) return unreadPicked(file, name, tooBig);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    // Moved, deleted or no longer readable since it was picked (or a dropped folder).
    return unreadPicked(file, name, makeIssue('FILE_NOT_FOUND', {}, { file: name }));
  }
  return readReceivedFile(name, bytes, new Date(file.lastModified).toISOString());
}
