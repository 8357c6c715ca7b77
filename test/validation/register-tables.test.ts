/**
 * Register tables read from a real file: another program (openpyxl) adds an Excel table named
 * KHCN_DS_PUBLICATIONS to a unit's template and fills it; the hardened reader finds the table by
 * name through the sheet's table part, and validation checks every row at its sheet cell.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { analyzeTemplate } from '../../src/domain/validation';
import { renderIssue } from '../../src/domain/issues';
import { readWorkbookSync } from '../../src/xlsx/read-workbook';
import { registerDef } from '../../src/domain/registers/definitions';
import type { TemplateLayout } from '../../src/domain/template/layout-types';
import {
  catalog,
  PYTHON,
  requireOpenpyxl,
  tempDir,
  validSpecValues,
  fillWithOpenpyxl,
  writeTemplate,
} from './helpers';

const dir = tempDir('khcn-register-');
const PUB = registerDef('publications');

/** Adds sheet "DS Công bố" with a table over B3:<last>, header + rows, to a copy of `src`. */
function withTable(src: string, dst: string, rows: (string | number | null)[][], ref?: string): void {
  const script = `
import json, sys, openpyxl
from openpyxl.worksheet.table import Table
from openpyxl.utils import get_column_letter
wb = openpyxl.load_workbook(sys.argv[1])
# The template's own (empty) register sheet is replaced by one whose table starts in column B.
if 'DS Công bố' in wb.sheetnames: del wb['DS Công bố']
ws = wb.create_sheet('DS Công bố')
header = json.loads(sys.argv[3]); rows = json.loads(sys.argv[4]); ref = json.loads(sys.argv[5])
ws.cell(row=1, column=2, value='Danh sách công bố')
for j, h in enumerate(header): ws.cell(row=3, column=2 + j, value=h)
for i, r in enumerate(rows):
    for j, v in enumerate(r): ws.cell(row=4 + i, column=2 + j, value=v)
last = get_column_letter(1 + len(header))
ws.add_table(Table(displayName='KHCN_DS_PUBLICATIONS', ref=ref or f'B3:{last}{3 + max(1, len(rows))}'))
wb.save(sys.argv[2])`;
  const header = PUB.columns.map((c) => c.headerVi);
  execFileSync(PYTHON, [
    '-c',
    script,
    src,
    dst,
    JSON.stringify(header),
    JSON.stringify(rows),
    JSON.stringify(ref ?? null),
  ]);
}

/** A row in the register's column order from { header: value }. */
const row = (values: Record<string, string | number>): (string | number | null)[] =>
  PUB.columns.map((c) => values[c.headerVi] ?? null);

describe('a register table added and filled by openpyxl', () => {
  let filled: string;
  let template: string;
  let layout: TemplateLayout;
  beforeAll(async () => {
    requireOpenpyxl();
    const t = await writeTemplate(dir, 'so-khcn', 'so-khcn.xlsx');
    layout = t.layout;
    template = join(dir, 'so-khcn-filled.xlsx');
    fillWithOpenpyxl(t.path, template, { values: validSpecValues(t.layout) });
    filled = join(dir, 'with-table.xlsx');
    withTable(template, filled, [
      row({
        DOI: 'https://doi.org/10.5555/XYZ.1',
        'Tên bài': 'Bài A',
        'Loại công bố': 'Bài báo quốc tế',
        'Năm xuất bản': 2026,
        'WoS/Scopus': 'Có',
      }),
      row({
        DOI: '10.5555/xyz.1',
        'Tên bài': 'Bài A lặp',
        'Loại công bố': 'Bài báo quốc tế',
        'Năm xuất bản': 2026,
      }),
      row({ 'Tên bài': 'Bài B', 'Loại công bố': 'Sách', 'Năm xuất bản': 2026 }),
      row({ 'Tên bài': 'Bài C', 'Loại công bố': 'Giáo trình', 'Năm xuất bản': 2025, ISSN: '0378-5955' }),
    ]);
  });

  it('is read by name, every row with its sheet row, cells left to right', () => {
    const out = readWorkbookSync(readFileSync(filled), 'with-table.xlsx');
    if (!out.ok) throw new Error(renderIssue(out.issue, 'vi'));
    const t = out.reading.tables?.KHCN_DS_PUBLICATIONS;
    expect(t?.status).toBe('ok');
    if (t?.status !== 'ok') return;
    expect([t.sheet, t.range]).toEqual(['DS Công bố', 'B3:N7']);
    expect(t.rows.map((r) => r.row)).toEqual([3, 4, 5, 6, 7]);
    expect(t.rows[1]?.cells[0]).toEqual({ kind: 'text', value: 'https://doi.org/10.5555/XYZ.1' });
  });

  it('is checked row by row: issues name the sheet and the cell; the valid rows are the unit’s items', () => {
    const out = readWorkbookSync(readFileSync(filled), 'with-table.xlsx');
    if (!out.ok) throw new Error('unreadable');
    const a = analyzeTemplate(catalog, out.reading, { file: 'with-table.xlsx' });
    const reg = a.issues.filter((i) => i.code.startsWith('REGISTER_') && !i.code.endsWith('_DIFFERS'));
    // Row 5 repeats row 4's DOI (B5); row 6's kind "Sách" is not in the list (D6).
    expect(reg.map((i) => [i.code, i.sheet, i.cell])).toEqual([
      ['REGISTER_DUPLICATE_IN_UNIT', 'DS Công bố', 'B5'],
      ['REGISTER_VALUE_INVALID', 'DS Công bố', 'D6'],
    ]);
    expect(renderIssue(reg[1]!, 'vi')).toContain('trang “DS Công bố”, ô D6');
    expect(a.values.registers?.publications?.map((r) => [r.source.row, r.key ?? r.titleKey])).toEqual([
      [4, '10.5555/xyz.1'],
      [7, 'bai c|2025'],
    ]);
  });

  it('gives the unit its counts from its own list, and says where a typed count disagrees', () => {
    const out = readWorkbookSync(readFileSync(filled), 'with-table.xlsx');
    if (!out.ok) throw new Error('unreadable');
    const a = analyzeTemplate(catalog, out.reading, { file: 'with-table.xlsx' });
    const component = (code: string, key: string) =>
      a.values.indicators.find((i) => i.code === code)?.components.find((c) => c.key === key);
    // Valid rows: 'Bài A' (international, WoS/Scopus, 2026) and 'Bài C' (a 2025 textbook).
    expect(component('II.1', 'papers')).toMatchObject({
      state: 'ok',
      value: { kind: 'number', value: 1 },
      fromRegister: 'publications',
      sheet: 'DS Công bố',
      range: 'B3',
    });
    expect(component('II.5', 'textbooks')?.value).toEqual({ kind: 'number', value: 0 });
    expect(component('II.4', 'intl_coauthored')?.value).toEqual({ kind: 'number', value: 0 });
    // The typed II.1 count (validSpecValues) is not 1: a warning on its cell of the data sheet.
    const typed = validSpecValues(layout);
    const differs = a.issues.find((i) => i.code === 'REGISTER_COUNT_DIFFERS' && i.indicator === 'II.1');
    expect(differs).toMatchObject({
      sheet: 'Nhập liệu',
      definedName: 'KHCN_II_1_papers',
      severity: 'warning',
    });
    expect(differs?.params).toMatchObject({ typed: typed.KHCN_II_1_papers?.[0], derived: 1 });
    expect(typed.KHCN_II_1_papers?.[0]).not.toBe(1);
  });

  it('a table over a runaway range is not read, and says so', () => {
    const huge = join(dir, 'huge.xlsx');
    withTable(
      template,
      huge,
      [row({ 'Tên bài': 'Bài A', 'Loại công bố': 'Giáo trình', 'Năm xuất bản': 2026 })],
      'B3:N40000',
    );
    const out = readWorkbookSync(readFileSync(huge), 'huge.xlsx');
    if (!out.ok) throw new Error('unreadable');
    expect(out.reading.tables?.KHCN_DS_PUBLICATIONS?.status).toBe('too-large');
    const a = analyzeTemplate(catalog, out.reading, { file: 'huge.xlsx' });
    expect(a.issues.filter((i) => i.code.startsWith('REGISTER_')).map((i) => i.code)).toEqual([
      'REGISTER_TABLE_TOO_LARGE',
    ]);
  });
});
