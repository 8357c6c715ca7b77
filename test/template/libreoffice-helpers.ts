/** Shared by the LibreOffice tests: find soffice, convert many files in ONE call, read defined names. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import type ExcelJS from 'exceljs';

export const soffice = (process.env.PATH ?? '')
  .split(delimiter)
  .map((dir) => join(dir, 'soffice'))
  .find((p) => existsSync(p));

export const describeWithLibreOffice = soffice ? describe : describe.skip;
if (!soffice) {
  console.warn(
    'LibreOffice (soffice) is not on PATH: the LibreOffice template tests are SKIPPED. CI installs it.',
  );
}

/**
 * Opens and saves every input in LibreOffice (as xlsx by default: Calc recalculates every
 * formula; 'pdf' prints a workbook or a Word document).
 */
export function convertWithLibreOffice(
  inputs: readonly string[],
  outDir: string,
  profileDir: string,
  format = 'xlsx',
): void {
  const run = spawnSync(
    soffice ?? 'soffice',
    [
      `-env:UserInstallation=file://${profileDir}`,
      '--headless',
      '--norestore',
      '--convert-to',
      format,
      '--outdir',
      outDir,
      ...inputs,
    ],
    { encoding: 'utf8', timeout: 240_000 },
  );
  if (run.status !== 0) throw new Error(`soffice failed (${run.status}): ${run.stderr}`);
}

/** The sheet and cell addresses a workbook-scoped defined name points to. */
export function namedCells(wb: ExcelJS.Workbook, name: string): { sheet: string; cells: string[] } {
  const [range = ''] = wb.definedNames.getRanges(name).ranges;
  const m = /^'?(.+?)'?!\$([A-Z]+)\$(\d+)(?::\$([A-Z]+)\$(\d+))?$/.exec(range);
  if (!m) throw new Error(`${name}: unexpected range ${range}`);
  const [, sheet = '', col = '', from = '', , to = from] = m;
  const cells = Array.from({ length: Number(to) - Number(from) + 1 }, (_, i) => `${col}${Number(from) + i}`);
  return { sheet, cells };
}
