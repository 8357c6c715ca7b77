/**
 * Use case: validate filled templates (`khcn validate`; the add-in's in-place check is
 * validate-in-place.ts). The reader is a port — the CLI passes the .xlsx reader — so the rules
 * and the verdict do not depend on how a file is read. A file that cannot be read is reported
 * and the others are still validated.
 */
import type { Catalog } from '../domain/catalog';
import { makeIssue, type Issue } from '../domain/issues';
import {
  analyzeTemplate,
  summarize,
  type Expectation,
  type ExtractedValues,
  type ValidationSummary,
} from '../domain/validation';
import type { ReadOutcome } from '../domain/validation/reading';

export type { ReadOutcome } from '../domain/validation/reading';

/** Port: turns a file into the read model, or into the one issue saying why it cannot be read. */
export interface WorkbookReader {
  /** `file` is how issues name the file. Should not throw; a throw is reported as FILE_CORRUPT. */
  read(path: string, file: string): Promise<ReadOutcome>;
}

export interface FileValidation {
  file: string;
  /** False when the file could not be read at all (its only issue says why). */
  readable: boolean;
  issues: Issue[];
  summary: ValidationSummary;
  values?: ExtractedValues;
}

/** 'unreadable' wins over 'errors': a file that could not be checked is the bigger problem. */
export type Verdict = 'ok' | 'errors' | 'unreadable';

export interface ValidationRun {
  files: FileValidation[];
  verdict: Verdict;
}

export async function validateWorkbook(
  catalog: Catalog,
  reader: WorkbookReader,
  path: string,
  expect: Expectation = {},
): Promise<FileValidation> {
  const file = expect.file ?? path;
  let outcome: ReadOutcome;
  try {
    outcome = await reader.read(path, file);
  } catch {
    outcome = { ok: false, issue: makeIssue('FILE_CORRUPT', {}, { file }) };
  }
  if (!outcome.ok) {
    const issues = [outcome.issue];
    return { file, readable: false, issues, summary: summarize(issues) };
  }
  const { issues, values } = analyzeTemplate(catalog, outcome.reading, { ...expect, file });
  return { file, readable: true, issues, summary: summarize(issues, values), values };
}

export function verdictOf(files: readonly FileValidation[]): Verdict {
  if (files.some((f) => !f.readable)) return 'unreadable';
  if (files.some((f) => f.summary.errors > 0)) return 'errors';
  return 'ok';
}

/** Validates the files one after another (bounded memory; a template reads in milliseconds). */
export async function validateWorkbooks(
  catalog: Catalog,
  reader: WorkbookReader,
  paths: readonly string[],
  expect: Omit<Expectation, 'file'> = {},
): Promise<ValidationRun> {
  const files: FileValidation[] = [];
  for (const path of paths) files.push(await validateWorkbook(catalog, reader, path, expect));
  return { files, verdict: verdictOf(files) };
}
