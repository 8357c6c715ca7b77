/**
 * Vietnam time (UTC+7) helpers of the run: ISO instants, times as Vietnamese offices write them
 * ('05/12/2026 14:30'), and Excel wall-clock dates. Nothing depends on the machine's time zone.
 */
import {
  deadlineCutoff,
  displayVietnamTime,
  parseInstant,
  parseVietnamTime,
  timelinessOf,
  vietnamWallClockToInstant,
} from '../../src/domain/vietnam-time';

const at = (iso: string): number => Date.parse(iso);

describe('parseInstant', () => {
  it('reads ISO 8601 with or without an offset (none = Vietnam time)', () => {
    expect(parseInstant('2026-12-05T14:30:00Z')).toBe(at('2026-12-05T14:30:00Z'));
    expect(parseInstant('2026-12-05T14:30+07:00')).toBe(at('2026-12-05T07:30:00Z'));
    expect(parseInstant('2026-12-05 14:30')).toBe(at('2026-12-05T07:30:00Z'));
    expect(parseInstant('2026-12-05')).toBe(at('2026-12-04T17:00:00Z'));
  });

  it('rejects what Date would roll over', () => {
    for (const t of ['2026-02-30', '2026-12-05T25:00', '2026-12-05T10:75', '2026-12-05T10:30:60', 'x'])
      expect(parseInstant(t)).toBeNaN();
  });
});

describe('parseVietnamTime', () => {
  it('reads dd/mm/yyyy hh:mm in Vietnam time, with the usual variants', () => {
    const expected = at('2026-12-05T07:30:00Z'); // 14:30 in Vietnam
    for (const t of [
      '05/12/2026 14:30',
      '5/12/2026 14:30',
      '05-12-2026 14:30',
      '05.12.2026 14:30:00',
      '05/12/2026, 14:30',
      '05/12/2026 14h30',
      '14:30 05/12/2026',
      ' 05/12/2026  14:30 ',
    ])
      expect({ t, ms: parseVietnamTime(t) }).toEqual({ t, ms: expected });
    expect(parseVietnamTime('05/12/2026 8:05:09')).toBe(at('2026-12-05T01:05:09Z'));
  });

  it('reads a date alone as 00:00 of that day in Vietnam: on time on the deadline day', () => {
    const ms = parseVietnamTime('05/12/2026');
    expect(ms).toBe(at('2026-12-04T17:00:00Z'));
    expect(displayVietnamTime(ms)).toBe('05/12/2026 00:00');
    expect(timelinessOf(ms, deadlineCutoff('2026-12-05'))).toBe('on-time');
    expect(timelinessOf(parseVietnamTime('06/12/2026'), deadlineCutoff('2026-12-05'))).toBe('late');
  });

  it('also reads ISO 8601 (parseInstant)', () => {
    expect(parseVietnamTime('2026-12-05T14:30:00+07:00')).toBe(at('2026-12-05T07:30:00Z'));
    expect(parseVietnamTime('2026-12-05 14:30')).toBe(at('2026-12-05T07:30:00Z'));
  });

  it('rejects impossible dates and times, and other text', () => {
    for (const t of [
      '31/11/2026 10:00',
      '29/02/2026',
      '05/12/2026 24:00',
      '05/12/2026 10:60',
      '12/2026',
      '05/12/26 10:00',
      'hôm qua',
      '',
    ])
      expect({ t, ms: parseVietnamTime(t) }).toEqual({ t, ms: Number.NaN });
  });
});

it('vietnamWallClockToInstant: an Excel date (wall clock in UTC fields) → the instant', () => {
  // Excel's 05/12/2026 14:30, as exceljs reads it.
  const cell = new Date(Date.UTC(2026, 11, 5, 14, 30));
  expect(displayVietnamTime(vietnamWallClockToInstant(cell.getTime()))).toBe('05/12/2026 14:30');
  expect(vietnamWallClockToInstant(cell.getTime())).toBe(at('2026-12-05T07:30:00Z'));
});
