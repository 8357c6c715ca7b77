import { formatNumber, formatNumberVi, parseNumberList, parseNumberText } from '../../src/domain/numbers';

const num = (value: number, format: 'plain' | 'vi' | 'en', percent = false) => ({
  kind: 'number',
  value,
  format,
  percent,
});

describe('parseNumberText', () => {
  it.each([
    // Vietnamese style: '.' thousands, ',' decimal
    ['1.234,5', num(1234.5, 'vi')],
    ['0,5', num(0.5, 'vi')],
    ['12,25', num(12.25, 'vi')],
    ['1.234.567', num(1_234_567, 'vi')],
    ['1.234.567,89', num(1_234_567.89, 'vi')],
    ['1234,567', num(1234.567, 'vi')], // 4 digits before ',' cannot be a thousands group
    ['0,234', num(0.234, 'vi')], // a thousands group never starts with 0
    [',5', num(0.5, 'vi')],
    ['12,5%', num(0.125, 'vi', true)],
    ['1.234,5 %', num(12.345, 'vi', true)],
    ['1 234,5', num(1234.5, 'vi')],
    // en-US style: ',' thousands, '.' decimal
    ['1,234.5', num(1234.5, 'en')],
    ['1,234,567', num(1_234_567, 'en')],
    ['12,345,678.9', num(12_345_678.9, 'en')],
    // the same in both conventions
    ['1234', num(1234, 'plain')],
    ['1 234', num(1234, 'plain')],
    ['1\u00a0234', num(1234, 'plain')], // non-breaking space
    ['1\u202f234\u202f567', num(1_234_567, 'plain')], // narrow no-break space
    ['1.5', num(1.5, 'plain')],
    ['0.234', num(0.234, 'plain')],
    ['1234.567', num(1234.567, 'plain')],
    ['.5', num(0.5, 'plain')],
    ['1 234.5', num(1234.5, 'plain')],
    ['-3', num(-3, 'plain')],
    ['\u22123', num(-3, 'plain')], // typographic minus
    ['+7', num(7, 'plain')],
    ['  42  ', num(42, 'plain')],
    ['0', num(0, 'plain')],
    ['-0', num(0, 'plain')],
    ['12.5%', num(0.125, 'plain', true)],
    ['7%', num(0.07, 'plain', true)],
    ['1.5E-3', num(0.0015, 'plain')],
  ])('%j', (text, expected) => {
    expect(parseNumberText(text)).toEqual(expected);
  });

  it.each([
    // [text, Vietnamese reading, en-US reading]
    ['1,234', 1.234, 1234],
    ['123,456', 123.456, 123_456],
    ['1.234', 1234, 1.234],
    ['1.000', 1000, 1],
    ['-1.234', -1234, -1.234],
  ])('%j is ambiguous: never guessed', (text, vi, en) => {
    expect(parseNumberText(text)).toEqual({ kind: 'ambiguous', readings: [vi, en], percent: false });
  });

  it('an ambiguous percentage keeps both readings as fractions', () => {
    // 1,234 % -> 0.01234 (vi) or 12.34 (en: 1234 %)
    expect(parseNumberText('1,234%')).toEqual({
      kind: 'ambiguous',
      readings: [0.01234, 12.34],
      percent: true,
    });
  });

  it.each(['', '   ', '\u00a0'])('%j is empty', (text) => {
    expect(parseNumberText(text)).toEqual({ kind: 'empty' });
  });

  it.each([
    'không',
    'Không có',
    'N/A',
    '-',
    '12 người',
    '1.2.3',
    '1,2,3',
    '1,234,5',
    '1.234.5',
    '1,234.567.8',
    '5,',
    '12 34',
    '0.234.567',
    '1e',
    '%',
    '--3',
    '(3)',
    '1.000 đ',
  ])('%j is invalid', (text) => {
    expect(parseNumberText(text)).toEqual({ kind: 'invalid' });
  });

  it('normalises to NFC before reading', () => {
    // "không" with a combining circumflex + acute, still not a number
    expect(parseNumberText('kho\u0302\u0301ng')).toEqual({ kind: 'invalid' });
  });
});

describe('parseNumberList', () => {
  it('splits on ; new lines and tabs, skipping empty items', () => {
    expect(parseNumberList('12;5;3')).toEqual({ values: [12, 5, 3] });
    expect(parseNumberList(' 12 ; 5 ;; 3 ; ')).toEqual({ values: [12, 5, 3] });
    expect(parseNumberList('12\n5\r\n3\t0')).toEqual({ values: [12, 5, 3, 0] });
    expect(parseNumberList('1,5; 2.000,25')).toEqual({ values: [1.5, 2000.25] });
    expect(parseNumberList('')).toEqual({ values: [] });
  });
  it('names the 1-based position of the first bad item', () => {
    expect(parseNumberList('12; x; 3')).toEqual({ error: { position: 2, item: 'x', reason: 'invalid' } });
    // ',' is not a separator: "12, 5, 3" is one bad item
    expect(parseNumberList('12, 5, 3')).toEqual({
      error: { position: 1, item: '12, 5, 3', reason: 'invalid' },
    });
    expect(parseNumberList('4;;1,234')).toEqual({
      error: { position: 2, item: '1,234', reason: 'ambiguous', readings: [1.234, 1234] },
    });
  });
});

describe('formatNumber', () => {
  it('uses the Vietnamese convention', () => {
    expect(formatNumberVi(1234.5)).toBe('1.234,5');
    expect(formatNumberVi(3_619_433)).toBe('3.619.433');
    expect(formatNumberVi(2.5, 2)).toBe('2,50');
    expect(formatNumberVi(-0.125)).toBe('-0,125');
  });
  it('formats English, percentages and ungrouped numbers', () => {
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
    expect(formatNumber(0.125, 'vi', { percent: true })).toBe('12,5%');
    expect(formatNumber(0.07, 'en', { percent: true })).toBe('7%');
    expect(formatNumber(1234, 'vi', { grouping: false })).toBe('1234');
    expect(formatNumber(Number.NaN, 'vi')).toBe('NaN');
  });
});
