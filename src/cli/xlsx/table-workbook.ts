/** Writes plain tables as xlsx sheets with exceljs (header row, filters, frozen panes, wrapping). */
import ExcelJS from 'exceljs';
import type { Table } from '../../app/table';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F5C99' } };

export function addTableSheet(workbook: ExcelJS.Workbook, table: Table): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(table.sheetName, { views: [{ state: 'frozen', ySplit: 3 }] });
  sheet.getCell('A1').value = table.titleVi;
  sheet.getCell('A1').font = { bold: true, size: 14 };
  sheet.getCell('A2').value = table.titleEn;
  sheet.getCell('A2').font = { italic: true, color: { argb: 'FF555555' } };
  sheet.columns = table.columns.map((c) => ({ key: c.key, width: c.width ?? 18 }));
  const header = sheet.getRow(3);
  table.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = `${c.headerVi}\n(${c.headerEn})`;
    cell.font = { bold: true, color: { argb: 'FFFFFFFF' } };
    cell.fill = HEADER_FILL;
    cell.alignment = { wrapText: true, vertical: 'middle' };
  });
  for (const row of table.rows) {
    // Values are written as values: a text starting with '=' stays text in exceljs.
    const added = sheet.addRow(table.columns.map((c) => row[c.key] ?? null));
    added.alignment = { wrapText: true, vertical: 'top' };
  }
  sheet.autoFilter = {
    from: { row: 3, column: 1 },
    to: { row: 3 + table.rows.length, column: table.columns.length },
  };
  return sheet;
}

export async function writeTablesXlsx(path: string, tables: readonly Table[]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'khcn';
  for (const table of tables) addTableSheet(workbook, table);
  await workbook.xlsx.writeFile(path);
}
