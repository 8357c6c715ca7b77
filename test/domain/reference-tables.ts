/** Reads the verbatim reference tables in reference/ (tests only: the domain cannot use fs). */
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Rows keyed by the header; the reference files have no quoting. */
export function readReference(file: string): Record<string, string>[] {
  const sep = file.endsWith('.csv') ? ',' : '\t';
  const text = readFileSync(path.join(__dirname, '..', '..', 'reference', file), 'utf8');
  const [header = '', ...lines] = text.split(/\r?\n/).filter((l) => l !== '');
  const cols = header.split(sep);
  return lines.map((line) => {
    const cells = line.split(sep);
    return Object.fromEntries(cols.map((c, i) => [c, cells[i] ?? '']));
  });
}

/** The value of a column, failing loudly if the column does not exist. */
export function col(row: Record<string, string>, name: string): string {
  const v = row[name];
  if (v === undefined) throw new Error(`no column ${name}`);
  return v;
}
