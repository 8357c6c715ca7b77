/**
 * A plain table (title, columns, rows of text/number cells) that adapters render
 * as an xlsx sheet, a Markdown document or an Excel range.
 */
export interface TableColumn {
  key: string;
  headerVi: string;
  headerEn: string;
  /** Approximate width in characters, for spreadsheet adapters. */
  width?: number;
}

export type TableCell = string | number | null;

export interface Table {
  /** Vietnamese sheet name (≤ 31 characters, no []:*?/\ as Excel requires). */
  sheetName: string;
  titleVi: string;
  titleEn: string;
  columns: readonly TableColumn[];
  rows: readonly Record<string, TableCell>[];
}

const cellText = (cell: TableCell | undefined): string =>
  cell === null || cell === undefined ? '' : String(cell);

/** One section per row: long dictionary entries read better as sections than as a wide table. */
export function tableToMarkdown(table: Table, headingColumn: string, titleColumn: string): string {
  const lines = [`# ${table.titleVi}`, '', `_${table.titleEn}_`, ''];
  for (const row of table.rows) {
    lines.push(`## ${cellText(row[headingColumn])} — ${cellText(row[titleColumn])}`, '');
    for (const col of table.columns) {
      if (col.key === headingColumn || col.key === titleColumn) continue;
      const text = cellText(row[col.key]).replace(/\n/g, '<br>');
      if (text) lines.push(`- **${col.headerVi}** (${col.headerEn}): ${text}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
