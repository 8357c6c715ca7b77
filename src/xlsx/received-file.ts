/**
 * One received unit workbook, from its bytes: what the consolidation run needs (hash, size, read
 * outcome). The CLI (cli/xlsx/template-reader.ts) and the task pane call this same function.
 */
import type { ReceivedFile } from '../domain/consolidation/run-types';
import { makeIssue } from '../domain/issues';
import { MAX_FILE_BYTES, sizeIssue } from './package-check';
import { readWorkbookBytes } from './read-workbook';
import { sha256Hex } from './sha256';

export { MAX_FILE_BYTES };

/**
 * `file` names the file everywhere (its extension is checked), `receivedAt` is ISO 8601. Never
 * throws: a file that cannot be read (too large, encrypted, damaged…) has a failed `outcome`.
 * An oversized file is refused before parsing; its hash is still computed (the bytes are here).
 */
export async function readReceivedFile(
  file: string,
  bytes: Uint8Array,
  receivedAt: string,
): Promise<ReceivedFile> {
  const base = { file, receivedAt, sizeBytes: bytes.length };
  let sha256 = '';
  try {
    const tooBig = sizeIssue(bytes.length, file, MAX_FILE_BYTES);
    sha256 = await sha256Hex(bytes);
    if (tooBig) return { ...base, sha256, outcome: { ok: false, issue: tooBig } };
    return { ...base, sha256, outcome: await readWorkbookBytes(bytes, file, file) };
  } catch {
    return { ...base, sha256, outcome: { ok: false, issue: makeIssue('FILE_CORRUPT', {}, { file }) } };
  }
}
