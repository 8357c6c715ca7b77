/**
 * The task pane's xlsx tools (XlsxTools port). Reading is lean (picked-file.ts: the shared reader,
 * run in the pane's read worker in Excel); writing the report needs exceljs, loaded through
 * `import()` the first time a report is written, so it never weighs on the pane's start.
 */
import type { PickedFile, XlsxTools } from '../app/ports';
import type { ReceivedFile } from '../domain/consolidation/run-types';
import type { ReportWorkbook } from '../domain/report/types';
import { readPickedFile } from './picked-file';

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

/** The report without charts (the add-in adds native charts after inserting the sheets), base64. */
export async function reportBase64(report: ReportWorkbook): Promise<string> {
  const { writeReportXlsx } = await import(/* webpackChunkName: "report-writer" */ './report-writer');
  return bytesToBase64(await writeReportXlsx(report, { charts: false }));
}

/** Reading in this thread (tests, and the fallback when workers are unavailable). */
export function createXlsxTools(): XlsxTools {
  return {
    readPicked: (file: PickedFile, name?: string): Promise<ReceivedFile> => readPickedFile(file, name),
    reportBase64,
  };
}
