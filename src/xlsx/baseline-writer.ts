/**
 * The baseline workbook the office fills from last year's report (`khcn baseline --out`): one
 * sheet "Kỳ trước" with the period's year above a table of every row to type — the province's
 * values, then each unit's — and a yellow, number-only value column. Read back by
 * domain/previous/baseline-table.ts (the same headers), through --previous or the pane.
 */
import ExcelJS from 'exceljs';
import type { Catalog } from '../domain/catalog';
import {
  BASELINE_HEADERS,
  BASELINE_SHEET,
  baselineRows,
  YEAR_LABEL,
} from '../domain/previous/baseline-table';

const FILL = (argb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });
const HEADER_ROW = 4;

export async function baselineWorkbook(catalog: Catalog, year: number): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'khcn';
  const ws = wb.addWorksheet(BASELINE_SHEET, {
    views: [{ state: 'frozen', ySplit: HEADER_ROW }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  ws.columns = [12, 30, 10, 22, 60, 14, 18].map((width) => ({ width }));
  ws.getCell('A1').value = `SỐ LIỆU KỲ TRƯỚC (NĂM ${year}) – ĐÁNH GIÁ KH, CN & ĐMST`;
  ws.getCell('A1').font = { bold: true, size: 13 };
  ws.getCell('A2').value = YEAR_LABEL;
  ws.getCell('B2').value = year;
  ws.getCell('B2').fill = FILL('FFFFF2CC');
  ws.getCell('A3').value =
    'Ghi số liệu năm trước (theo báo cáo đã gửi Bộ) vào cột “Giá trị kỳ trước”; để trống nếu không có. ' +
    'Dòng “TINH” là số toàn tỉnh, các dòng khác là số của từng đơn vị. Dùng lại: khcn consolidate … --previous <tệp này>.';
  ws.getCell('A3').font = { italic: true };
  const header = ws.getRow(HEADER_ROW);
  header.values = Object.values(BASELINE_HEADERS);
  header.font = { bold: true };
  header.eachCell((c) => (c.fill = FILL('FFD9E2F3')));
  const rows = baselineRows(catalog);
  rows.forEach((r, i) => {
    const row = ws.getRow(HEADER_ROW + 1 + i);
    row.values = [r.unitId, r.unitName, r.indicator, r.component, r.componentVi, r.unitOfMeasure, null];
    const value = row.getCell(7);
    value.fill = FILL('FFFFF2CC');
    value.numFmt = '#,##0.##';
    value.dataValidation = {
      type: 'decimal',
      operator: 'greaterThanOrEqual',
      formulae: [0],
      allowBlank: true,
      showErrorMessage: true,
      errorTitle: 'Giá trị kỳ trước',
      error: 'Nhập một số (không âm); để trống nếu không có.',
    };
  });
  ws.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: HEADER_ROW + rows.length, column: 7 } };
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
