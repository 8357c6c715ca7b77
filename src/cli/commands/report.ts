/**
 * `khcn report <consolidated.xlsx | files or folders...> --out <bao-cao-danh-gia-2026.docx>`:
 * the draft evaluation report (app/evaluation-report.ts; charts rasterised with resvg).
 * - one workbook written by `khcn consolidate`: its stored run, so the report has exactly that
 *   workbook's numbers;
 * - otherwise the units' files: the same reading and consolidation as `khcn consolidate`
 *   (./consolidate.ts, same options), then the report.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { makeEvaluationReport, storedRunIn, type StoredRunLookup } from '../../app/evaluation-report';
import type { Catalog } from '../../domain/catalog';
import { STORED_RUN_SHEET } from '../../domain/consolidation/stored-run';
import { formatVietnamTime } from '../../domain/vietnam-time';
import { MAX_FILE_BYTES } from '../../xlsx/limits';
import { readUserTables } from '../../xlsx/user-table';
import { EXIT, type ExitCode } from '../exit-codes';
import type { Output } from '../output';
import { say } from '../say';
import { checkWritable, writeAtomically, writeFailure } from '../write-file';
import { rasterizeWithResvg } from '../rasterize';
import {
  consolidateCommand,
  type ConsolidateArgs,
  type ConsolidateEnv,
  type Deliverable,
} from './consolidate';

const EXAMPLE = 'bao-cao-danh-gia-2026.docx';

async function evaluationDocx(
  catalog: Catalog,
  run: Parameters<typeof makeEvaluationReport>[1],
): Promise<Uint8Array> {
  const { evaluationDocx: write } = await import('../../docx/evaluation-docx');
  return makeEvaluationReport(catalog, run, (report) => write(report, rasterizeWithResvg));
}

export const EVALUATION_REPORT: Deliverable = {
  ext: '.docx',
  example: EXAMPLE,
  written: 'REPORT_WRITTEN',
  write: (catalog, result) => evaluationDocx(catalog, result.run),
};

/** A single .xlsx input that is a consolidated workbook: its stored run ('none' for anything else). */
async function storedRunOf(input: string): Promise<StoredRunLookup> {
  if (extname(input).toLowerCase() !== '.xlsx') return { kind: 'none' };
  try {
    const path = resolve(input);
    if ((await stat(path)).size > MAX_FILE_BYTES) return { kind: 'none' };
    // Only the hidden sheet: the visible ones of a large consolidation are not needed here.
    return storedRunIn(await readUserTables(await readFile(path), input, new Set([STORED_RUN_SHEET])));
  } catch {
    // Not readable here: the consolidation path reads it again and says why.
    return { kind: 'none' };
  }
}

export async function reportCommand(
  catalog: Catalog,
  inputs: readonly string[],
  args: ConsolidateArgs,
  output: Output,
  env: ConsolidateEnv = {},
): Promise<ExitCode> {
  const [only] = inputs;
  const stored =
    inputs.length === 1 && only !== undefined ? await storedRunOf(only) : { kind: 'none' as const };
  if (stored.kind === 'none')
    return consolidateCommand(catalog, inputs, args, output, env, EVALUATION_REPORT);
  const file = only ?? '';
  if (stored.kind === 'bad') {
    const code = stored.reason === 'format' ? 'STORED_RUN_FORMAT' : 'STORED_RUN_DAMAGED';
    output.err(say(output, code, { file, sheet: STORED_RUN_SHEET }));
    return EXIT.failed;
  }
  if (!args.out) {
    output.err(say(output, 'OUT_MISSING', { what: EXAMPLE }));
    return EXIT.failed;
  }
  if (extname(args.out).toLowerCase() !== '.docx') {
    output.err(say(output, 'OUT_EXTENSION', { file: args.out, ext: '.docx' }));
    return EXIT.failed;
  }
  const run = stored.run;
  const c = run.completeness;
  output.out(
    say(output, 'REPORT_FROM_WORKBOOK', {
      file,
      at: formatVietnamTime(run.options.readAt),
      files: run.files.length,
      units: c.received,
      expected: c.expected,
    }),
  );
  try {
    const outPath = resolve(args.out);
    await checkWritable(outPath);
    await writeAtomically(outPath, await evaluationDocx(catalog, run));
  } catch (e) {
    output.err(writeFailure(output, args.out, e));
    return EXIT.failed;
  }
  output.out(say(output, 'REPORT_WRITTEN', { file: args.out }));
  return EXIT.ok;
}
