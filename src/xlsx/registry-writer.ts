/**
 * Writes the editable unit registry (`khcn registry`) as an .xlsx: the units sheet as an Excel
 * table with a drop-down for "Nhóm" and "Phải báo cáo", the categories (with each one's stand-in
 * template), and the office's contact. Plain exceljs on bytes: CLI and task pane alike.
 */
import ExcelJS from 'exceljs';
import { REGISTRY_SHEETS, type RegistryWorkbook } from '../domain/registry';
import { REPORT_STYLES } from '../domain/report/styles';
import { toExcelStyle } from './excel-style';

const HEADER = toExcelStyle(REPORT_STYLES.header);
/** Room for the units the office adds (validation ranges stay bounded: see platform facts). */
const ROOM = 5_000;
const WIDTHS = [22, 48, 36, 34, 16, 12, 24, 28, 16, 12];

function headerRow(ws: ExcelJS.Worksheet, headers: readonly string[]): void {
  const row = ws.getRow(1);
  headers.forEach((h, i) => {
    const cell = row.getCell(i + 1);
    cell.value = h;
    cell.style = HEADER;
  });
  ws.views = [{ state: 'frozen', ySplit: 1 }];
}

export async function writeRegistryXlsx(model: RegistryWorkbook): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'khcn';
  const units = wb.addWorksheet(REGISTRY_SHEETS.units);
  units.columns = model.units.headers.map((_, i) => ({ width: WIDTHS[i] ?? 18 }));
  units.addTable({
    name: 'KHCN_DonVi',
    ref: 'A1',
    headerRow: true,
    style: { theme: 'TableStyleLight9', showRowStripes: true },
    columns: model.units.headers.map((name) => ({ name, filterButton: true })),
    // Values as text: ids, tax codes and statistics codes keep their leading zeros.
    rows: model.units.rows.length > 0 ? model.units.rows : [model.units.headers.map(() => '')],
  });
  units.views = [{ state: 'frozen', ySplit: 1 }];
  const last = 1 + Math.max(model.units.rows.length, 1) + ROOM;
  const categoryCol = 4;
  const flagCol = 10;
  const categories = model.categories.rows.length;
  for (let r = 2; r <= last; r++) {
    for (const col of [1, 5, 6]) units.getCell(r, col).numFmt = '@';
    units.getCell(r, categoryCol).dataValidation = {
      type: 'list',
      allowBlank: false,
      formulae: [`'${REGISTRY_SHEETS.categories}'!$A$2:$A$${categories + 1}`],
      showInputMessage: true,
      promptTitle: 'Nhóm đơn vị',
      prompt: 'Chọn nhóm; đơn vị thuộc nhiều nhóm: ghi các nhóm cách nhau bằng dấu chấm phẩy (;).',
      // A unit in two categories types them joined by ';', which a list would refuse.
      showErrorMessage: false,
    };
    units.getCell(r, flagCol).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: ['"có,không"'],
      showErrorMessage: true,
      errorTitle: 'Phải báo cáo',
      error: 'Chọn “có” hoặc “không”.',
    };
  }

  const cats = wb.addWorksheet(REGISTRY_SHEETS.categories);
  cats.columns = [{ width: 38 }, { width: 22 }, { width: 28 }, { width: 60 }];
  headerRow(cats, model.categories.headers);
  for (const row of model.categories.rows) cats.addRow(row).alignment = { wrapText: true, vertical: 'top' };

  const office = wb.addWorksheet(REGISTRY_SHEETS.office);
  office.columns = [{ width: 26 }, { width: 60 }];
  headerRow(office, ['Thông tin', 'Nội dung']);
  for (const [label, value] of model.office) office.addRow([label, value]);

  return new Uint8Array(await wb.xlsx.writeBuffer());
}
