/**
 * The feedback workbook: a copy of the unit's own file (exceljs keeps its sheets, names, validation
 * and protection) with each problem as a note on its cell, and a first sheet "Phản hồi" listing
 * every problem with where it is and what to do. Values stay values: nothing is written into the
 * unit's cells. Only files the hardened reader already read whole (used files) get here.
 */
import ExcelJS from 'exceljs';
import { FEEDBACK_SHEET, FEEDBACK_TEXT, problemText, type FeedbackItem } from '../domain/report/feedback';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E2F3' } };

export async function feedbackWorkbook(bytes: Uint8Array, item: FeedbackItem): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const T = FEEDBACK_TEXT;

  // Notes on the cells (several problems of one cell share its note, one per line).
  const notes = new Map<string, string[]>();
  for (const issue of item.issues) {
    if (issue.sheet === undefined || issue.cell === undefined) continue;
    const key = `${issue.sheet}\u0000${issue.cell}`;
    notes.set(key, [...(notes.get(key) ?? []), T.note(T.severity[issue.severity], problemText(issue))]);
  }
  for (const [key, lines] of notes) {
    const [sheet = '', cell = ''] = key.split('\u0000');
    const ws = wb.getWorksheet(sheet);
    if (ws !== undefined) ws.getCell(cell).note = lines.join('\n');
  }

  // The list, as the first sheet, active when the unit opens the file.
  const existing = wb.getWorksheet(FEEDBACK_SHEET);
  if (existing !== undefined) wb.removeWorksheet(existing.id);
  const ws = wb.addWorksheet(FEEDBACK_SHEET, { properties: { tabColor: { argb: 'FFC00000' } } });
  ws.columns = [6, 10, 14, 8, 10, 100].map((width) => ({ width }));
  ws.addRow([T.title(item.unitNameVi, item.file)]).font = { bold: true, size: 13 };
  ws.addRow([T.intro]);
  ws.addRow([]);
  const header = ws.addRow([...T.columns]);
  header.font = { bold: true };
  header.eachCell((c) => (c.fill = HEADER_FILL));
  item.issues.forEach((issue, i) => {
    const row = ws.addRow([
      i + 1,
      T.severity[issue.severity],
      issue.sheet ?? '',
      issue.cell ?? '',
      issue.indicator ?? '',
      problemText(issue),
    ]);
    row.alignment = { wrapText: true, vertical: 'top' };
    if (issue.severity === 'error') row.getCell(2).font = { bold: true, color: { argb: 'FFC00000' } };
  });
  // First in tab order and active (exceljs orders sheets by orderNo, which its typings leave out).
  type Ordered = { orderNo: number };
  const order = (s: ExcelJS.Worksheet): Ordered => s as unknown as Ordered;
  order(ws).orderNo = Math.min(...wb.worksheets.map((s) => order(s).orderNo)) - 1;
  wb.views = [
    { x: 0, y: 0, width: 28800, height: 15000, firstSheet: 0, activeTab: 0, visibility: 'visible' },
  ];
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
