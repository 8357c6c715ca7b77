/**
 * The files of a consolidation: the files and folders given on the command line, folders walked
 * recursively, each file once, with the name it is shown by in the report and messages.
 */
import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';

export interface InputFile {
  /** Absolute path. */
  path: string;
  /** Shown in lines and issues: the base name, or a path relative to the common folder on a clash. */
  name: string;
}

export interface CollectedInputs {
  files: InputFile[];
  /** Inputs that do not exist (they are still read, so the report lists them as not found). */
  missing: string[];
  /** Hidden files, Office lock files (~$…) and system files left out of folders. */
  skipped: number;
}

const SYSTEM_FILES = new Set(['thumbs.db', 'desktop.ini']);
/** Left out of folder walks: hidden (also our temp files), Office lock files, Windows/macOS clutter. */
const skippedInFolder = (name: string): boolean =>
  name.startsWith('.') || name.startsWith('~$') || SYSTEM_FILES.has(name.toLowerCase());

async function realOrResolved(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    return resolve(path);
  }
}

/** The deepest folder containing every path. */
function commonFolder(paths: readonly string[]): string {
  const parts = paths.map((p) => dirname(p).split(sep));
  const first = parts[0] ?? [];
  let n = 0;
  while (n < first.length && parts.every((p) => p[n] === first[n])) n++;
  return first.slice(0, n).join(sep) || sep;
}

/** Base names, except that files sharing one keep their path below the folder they have in common. */
function displayNames(paths: readonly string[]): InputFile[] {
  const key = (p: string): string => basename(p).normalize('NFC').toLowerCase();
  const groups = new Map<string, string[]>();
  for (const p of paths) groups.set(key(p), [...(groups.get(key(p)) ?? []), p]);
  const files = paths.map((path) => {
    const group = groups.get(key(path)) ?? [];
    const name = group.length < 2 ? basename(path) : relative(commonFolder(group), path).split(sep).join('/');
    return { path, name: name.normalize('NFC') };
  });
  return files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.path < b.path ? -1 : 1));
}

/**
 * Every file given or found in the folders (recursively). Nothing of a unit is silently skipped:
 * a .pdf or .xls in a folder is read and reported as not being a template. The same file given
 * twice (or by a folder and by name) is read once; `outPath` (the report) and `optionFiles`
 * (the --units list, the --received log, which may sit in the same folder) are never read.
 */
export async function collectInputs(
  inputs: readonly string[],
  outPath?: string,
  optionFiles: readonly string[] = [],
): Promise<CollectedInputs> {
  const seen = new Map<string, string>(); // real path → path as found
  const visitedFolders = new Set<string>();
  const missing: string[] = [];
  let skipped = 0;
  const own = new Set(
    await Promise.all([...(outPath !== undefined ? [outPath] : []), ...optionFiles].map(realOrResolved)),
  );

  const addFile = async (path: string): Promise<void> => {
    const real = await realOrResolved(path);
    if (!own.has(real) && !seen.has(real)) seen.set(real, path);
  };
  const walk = async (folder: string): Promise<void> => {
    const real = await realOrResolved(folder);
    if (visitedFolders.has(real)) return; // a link back up the tree
    visitedFolders.add(real);
    let entries: Dirent[];
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch {
      return; // unreadable folder: nothing found in it
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const path = join(folder, e.name);
      if (skippedInFolder(e.name) || e.name === '__MACOSX') {
        skipped++;
        continue;
      }
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      if (e.isSymbolicLink()) {
        const info = await stat(path).catch(() => undefined);
        isDir = info?.isDirectory() ?? false;
        isFile = info?.isFile() ?? false;
      }
      if (isDir) await walk(path);
      else if (isFile) await addFile(path);
    }
  };

  for (const input of inputs) {
    const path = resolve(input);
    const info = await stat(path).catch(() => undefined);
    if (!info) {
      missing.push(input);
      await addFile(path);
    } else if (info.isDirectory()) await walk(path);
    else await addFile(path);
  }
  return { files: displayNames([...seen.values()]), missing, skipped };
}
