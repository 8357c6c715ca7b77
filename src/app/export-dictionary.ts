/** Use case: export the indicator dictionary ("Từ điển chỉ số") as .xlsx or .md. */
import type { Catalog } from '../domain/catalog';
import { DICTIONARY_COLUMNS, buildDictionary } from '../domain/dictionary';
import { tableToMarkdown, type Table } from './table';

export interface TableFileSink {
  writeXlsx(path: string, tables: readonly Table[]): Promise<void>;
  writeText(path: string, text: string): Promise<void>;
}

export type DictionaryFormat = 'xlsx' | 'md';

export function dictionaryFormatOf(path: string): DictionaryFormat | undefined {
  const lower = path.toLowerCase();
  if (lower.endsWith('.xlsx')) return 'xlsx';
  if (lower.endsWith('.md')) return 'md';
  return undefined;
}

export function dictionaryTable(catalog: Catalog): Table {
  return {
    sheetName: 'Từ điển chỉ số',
    titleVi: `Từ điển chỉ số đánh giá KH, CN & ĐMST năm 2026 (danh mục ${catalog.version})`,
    titleEn: `Indicator dictionary, 2026 S&T and innovation evaluation (catalogue ${catalog.version})`,
    columns: DICTIONARY_COLUMNS,
    rows: buildDictionary(catalog),
  };
}

export async function exportDictionary(
  catalog: Catalog,
  path: string,
  format: DictionaryFormat,
  sink: TableFileSink,
): Promise<void> {
  const table = dictionaryTable(catalog);
  if (format === 'xlsx') await sink.writeXlsx(path, [table]);
  else await sink.writeText(path, tableToMarkdown(table, 'code', 'nameVi'));
}
