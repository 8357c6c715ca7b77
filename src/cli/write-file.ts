/**
 * Writing the CLI's output files safely: checked before a long run (fail early), written to a
 * temporary file next to the target and renamed (an old report is never half-overwritten), and
 * every failure explained in Vietnamese (a report open in Excel on Windows is the usual one).
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Output } from './output';
import { say, type CliCode } from './say';

const WRITE_PROBLEMS: Readonly<Record<string, CliCode>> = {
  EACCES: 'WRITE_NO_PERMISSION',
  EPERM: 'WRITE_NO_PERMISSION',
  EBUSY: 'WRITE_BUSY',
  EISDIR: 'WRITE_IS_FOLDER',
  ENOTDIR: 'WRITE_NOT_FOLDER',
  EEXIST: 'WRITE_NOT_FOLDER',
  ENOSPC: 'WRITE_DISK_FULL',
  EROFS: 'WRITE_READ_ONLY',
};

/** "Không ghi được tệp “x”: <why>." — the usual causes in words, else the system's message. */
export function writeFailure(output: Output, file: string, e: unknown): string {
  const code = WRITE_PROBLEMS[(e as NodeJS.ErrnoException).code ?? ''];
  const reason = code === undefined ? (e as Error).message : say(output, code);
  return say(output, 'WRITE_FAILED', { file, reason });
}

/** "Không đọc được tệp “x” (--units): <why>." */
export function readFailure(output: Output, file: string, option: string, e: unknown): string {
  const errno = (e as NodeJS.ErrnoException).code;
  const reason =
    errno === 'ENOENT'
      ? say(output, 'READ_NOT_FOUND')
      : errno === 'EISDIR'
        ? say(output, 'READ_IS_FOLDER')
        : (e as Error).message;
  return say(output, 'OPTION_FILE_UNREADABLE', { file, option, reason });
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
