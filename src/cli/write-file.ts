/**
 * Writing the CLI's output files safely: checked before a long run (fail early), written to a
 * temporary file next to the target and renamed (an old report is never half-overwritten), and
 * every failure explained in Vietnamese (a report open in Excel on Windows is the usual one).
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export function writeProblem(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'không có quyền ghi, hoặc tệp đang được mở trong Excel (hãy đóng tệp rồi chạy lại)';
    case 'EBUSY':
      return 'tệp đang được mở trong chương trình khác, ví dụ Excel (hãy đóng tệp rồi chạy lại)';
    case 'EISDIR':
      return 'đây là một thư mục, cần tên tệp .xlsx';
    case 'ENOTDIR':
    case 'EEXIST':
      return 'một phần của đường dẫn là tệp, không phải thư mục';
    case 'ENOSPC':
      return 'ổ đĩa đã đầy';
    case 'EROFS':
      return 'ổ đĩa chỉ cho phép đọc';
    default:
      return (e as Error).message;
  }
}

const tempPathFor = (path: string): string =>
  join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);

/** Fails early (before reading 120 files) when the report cannot be written. */
export async function checkWritable(path: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const info = await stat(path).catch(() => undefined);
  if (info?.isDirectory()) throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
  // An existing report open in Excel (Windows) cannot be replaced: opening it for writing tells.
  if (info) await (await open(path, 'r+')).close();
  const probe = tempPathFor(path);
  await writeFile(probe, '', { flag: 'wx' });
  await rm(probe, { force: true });
}

/** Writes a temp file next to `path`, then renames it: an old report is never half-overwritten. */
export async function writeAtomically(path: string, data: Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = tempPathFor(path);
  try {
    await writeFile(temp, data, { flag: 'wx' });
    await rename(temp, path);
  } catch (e) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw e;
  }
}
