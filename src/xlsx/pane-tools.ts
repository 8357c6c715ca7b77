/**
 * The task pane's xlsx tools (XlsxTools port): the shared reader and report writer, in the
 * browser. Loaded only through `import(/* webpackChunkName: "xlsx" *\/ './xlsx/pane-tools')` in
 * src/main.tsx, so exceljs lives in its own chunk, fetched when the user first picks files.
 */
import type { PickedFile, XlsxTools } from '../app/ports';
import type { ReceivedFile } from '../domain/consolidation/run-types';
import { makeIssue } from '../domain/issues';
import { readReceivedFile } from './received-file';
import { writeReportXlsx } from './report-writer';

/** Bytes → base64 without Node's Buffer; chunked so String.fromCharCode never gets too many arguments. */
export function bytesToBase64(bytes: Uint8Array | ArrayBuffer): string {
  const u8 = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const CHUNK = 0x8000;
  let binary = '';
  for (let i = 0; i < u8.length; i += CHUNK) {
    binary += String.fromCharCode(...u8.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}

export function createXlsxTools(): XlsxTools {
  return {
    async readPicked(file: PickedFile, name: string = file.name): Promise<ReceivedFile> {
      const receivedAt = new Date(file.lastModified).toISOString();
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(await file.arrayBuffer());
      } catch {
        // Moved, deleted or no longer readable since it was picked (or a dropped folder).
        const issue = makeIssue('FILE_NOT_FOUND', {}, { file: name });
        return {
          file: name,
          receivedAt,
          sha256: '',
          sizeBytes: file.size,
          outcome: { ok: false, issue },
        };
      }
      return readReceivedFile(name, bytes, receivedAt);
    },
    async reportBase64(report) {
      // No charts in the file: the add-in adds native charts after inserting the sheets.
      return bytesToBase64(await writeReportXlsx(report, { charts: false }));
    },
  };
}
