/** A1 references shared by the adapters, and small pure helpers of the read model. */
import {
  cellsInRange,
  columnLetters,
  columnNumber,
  compareVersions,
  normalizeDoi,
  parseDateText,
  parseReference,
  rangeContains,
} from '../../src/domain/validation';
import { isoToExcelSerial } from '../../src/domain/catalog';

describe('parseReference', () => {
  it.each([
    ["'Nhập liệu'!$E$12", { sheet: 'Nhập liệu', range: 'E12' }],
    ["='Nhập liệu'!$E$20:$E$69", { sheet: 'Nhập liệu', range: 'E20:E69' }],
    ['Data!e5', { sheet: 'Data', range: 'E5' }],
    ["'It''s'!A1", { sheet: "It's", range: 'A1' }],
    // Whole columns and rows are places too (reported as such, never expanded).
    ["'Nhập liệu'!$E:$E", { sheet: 'Nhập liệu', range: 'E1:E1048576' }],
    ['Data!$3:$4', { sheet: 'Data', range: 'A3:XFD4' }],
  ])('%s', (text, expected) => {
    expect(parseReference(text)).toEqual(expected);
  });

  it.each([
    '#REF!',
    "'Nhập liệu'!#REF!",
    "'Nhập liệu'!$E$1,'Nhập liệu'!$E$3",
    '[1]Sheet1!$A$1',
    '12',
    'SUM(A1:A3)',
  ])('cannot follow %s', (text) => {
    expect(parseReference(text)).toBeUndefined();
  });
});

describe('cells and ranges', () => {
  it('lists a range row by row and refuses huge ranges', () => {
    expect(cellsInRange('E20:E22')).toEqual(['E20', 'E21', 'E22']);
    expect(cellsInRange('A1:B2')).toEqual(['A1', 'B1', 'A2', 'B2']);
    expect(cellsInRange('A1:A1048576')).toBeUndefined();
    expect(cellsInRange('XFE1')).toBeUndefined();
  });
  it('columns and containment', () => {
    expect(columnNumber('AB')).toBe(28);
    expect(columnLetters(28)).toBe('AB');
    expect(columnLetters(16_384)).toBe('XFD');
    expect(rangeContains('D12:E13', 'E13')).toBe(true);
    expect(rangeContains('D12:E13', 'F12')).toBe(false);
  });
});

describe('small helpers', () => {
  it('compareVersions compares parts as numbers', () => {
    expect(compareVersions('1.10', '1.9')).toBeGreaterThan(0);
    expect(compareVersions('1.0', '1')).toBe(0);
    expect(compareVersions('0.9', '1.0')).toBeLessThan(0);
  });
  it('parseDateText reads day/month/year and ISO, and rejects impossible dates', () => {
    expect(parseDateText('5/3/2026')).toBe(isoToExcelSerial('2026-03-05'));
    expect(parseDateText('2026-03-05')).toBe(isoToExcelSerial('2026-03-05'));
    expect(parseDateText('29/02/2025')).toBeUndefined();
    expect(parseDateText('03/2026')).toBeUndefined();
  });
  it('normalizeDoi strips resolvers and case', () => {
    expect(normalizeDoi(' https://dx.doi.org/10.1000/ABC ')).toBe('10.1000/abc');
    expect(normalizeDoi('doi: 10.1000/x')).toBe('10.1000/x');
  });
});
