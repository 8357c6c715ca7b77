import { loadCatalog, parseTargetCell } from '../../src/domain/catalog';
import { TARGET_YEARS, targetValueSchema } from '../../src/domain/catalog/schema';
import { isPercentUnit } from '../../src/domain/catalog/targets';
import { col, readReference } from './reference-tables';

const catalog = loadCatalog();
const reference = readReference('resolution57-targets.tsv');

describe('parseTargetCell', () => {
  it.each([
    // Vietnamese decimal comma; percentages become fractions
    ['≥1,0%', true, { op: '>=', value: 0.01 }],
    ['≥2,5%', true, { op: '>=', value: 0.025 }],
    ['≥60%', true, { op: '>=', value: 0.6 }],
    ['>55%', true, { op: '>', value: 0.55 }],
    ['16,5%', true, { op: '>=', value: 0.165 }], // no binary noise (0.16499999…)
    ['>0,7', false, { op: '>', value: 0.7 }],
    ['≥0,75', false, { op: '>=', value: 0.75 }],
    ['≥1.200', false, { op: '>=', value: 1200 }], // dots separate thousands
    ['≥54', false, { op: '>=', value: 54 }],
    // a bare value is a level to reach; an explicit '=' stays '='
    ['100%', true, { op: '>=', value: 1 }],
    ['1', false, { op: '>=', value: 1 }],
    ['=100', false, { op: '=', value: 100 }],
    ['≤5%', true, { op: '<=', value: 0.05 }],
    ['15-20', false, { op: 'range', min: 15, max: 20 }],
    ['50 – 70', false, { op: 'range', min: 50, max: 70 }],
    ['10-15%', true, { op: 'range', min: 0.1, max: 0.15 }],
    ['Top 10', false, { op: 'top', value: 10 }],
    ['Top 6', false, { op: 'top', value: 6 }],
    ['Tăng dần theo từng năm', true, { op: 'trend' }],
    ['≥3% và tăng dần theo yêu cầu phát triển', true, { op: 'trend', floor: 0.03 }],
    ['Phấn đấu có 01 công trình', false, { op: 'text', value: 1 }],
    ['Chưa xác định', false, { op: 'text' }],
  ] as const)('%s (percent: %s)', (raw, isPercent, expected) => {
    const parsed = parseTargetCell(raw, isPercent);
    expect(parsed).toEqual({ ...expected, raw });
    expect(targetValueSchema.safeParse(parsed).success).toBe(true);
  });

  it('returns undefined for an empty cell', () => {
    expect(parseTargetCell('', true)).toBeUndefined();
    expect(parseTargetCell('   ', false)).toBeUndefined();
  });

  it('keeps the raw text exactly as written', () => {
    expect(parseTargetCell(' ≥1,0% ', true)?.raw).toBe(' ≥1,0% ');
  });

  it('reads decomposed (NFD) Vietnamese text like NFC', () => {
    expect(parseTargetCell('Tăng dần theo từng năm'.normalize('NFD'), false)?.op).toBe('trend');
  });
});

describe('the 78 targets of Plan 17/KH-UBND', () => {
  it('are all there, in the plan order', () => {
    expect(catalog.targets.map((t) => t.code)).toEqual(reference.map((r) => col(r, 'code')));
    expect(catalog.targets).toHaveLength(78);
  });

  it('keep the confidence counts of the reference (41 high, 18 medium, 19 low)', () => {
    const count = (xs: readonly string[]) =>
      xs.reduce<Record<string, number>>((acc, x) => ({ ...acc, [x]: (acc[x] ?? 0) + 1 }), {});
    const expected = count(reference.map((r) => col(r, 'confidence')));
    expect(count(catalog.targets.map((t) => t.confidence))).toEqual(expected);
    expect(expected).toEqual({ high: 41, medium: 18, low: 19 });
  });

  it.each(reference.map((r) => [col(r, 'code'), r] as const))(
    '%s keeps name, unit, agency, source, confidence, note and every cell verbatim',
    (code, row) => {
      const t = catalog.targets.find((x) => x.code === code);
      expect(t).toMatchObject({
        section: col(row, 'section'),
        nameVi: col(row, 'name_vi'),
        unitVi: col(row, 'unit'),
        monitoringAgencyVi: col(row, 'monitoring_agency'),
        source: col(row, 'source'),
        confidence: col(row, 'confidence'),
        note: col(row, 'note'),
      });
      for (const year of TARGET_YEARS) {
        const raw = col(row, `t${year}`);
        expect([year, t?.values[String(year)]?.raw]).toEqual([year, raw === '' ? undefined : raw]);
      }
    },
  );

  it('never shows a low-confidence target without saying why', () => {
    const low = catalog.targets.filter((t) => t.confidence === 'low');
    expect(low.length).toBe(19);
    for (const t of low) expect([t.code, t.note.length > 0]).toEqual([t.code, true]);
  });

  it('stores percentage targets as fractions', () => {
    for (const t of catalog.targets.filter((x) => x.isPercent)) {
      for (const v of Object.values(t.values)) {
        const numbers =
          v.op === 'range' ? [v.min, v.max] : v.op === 'trend' ? [v.floor ?? 0] : [v.value ?? 0];
        for (const n of numbers) expect([t.code, n >= 0 && n <= 1]).toEqual([t.code, true]);
      }
    }
  });

  it('reads the units: % (of anything) is a percentage; people, ranks, indexes are not', () => {
    expect(isPercentUnit('% dân số')).toBe(true);
    expect(isPercentUnit('% GRDP')).toBe(true);
    const byCode = (code: string) => catalog.targets.find((t) => t.code === code);
    expect(byCode('A.1')?.isPercent).toBe(true);
    expect(byCode('B.10')?.isPercent).toBe(false);
    expect(byCode('D.1')?.isPercent).toBe(false);
    expect(byCode('E.1')?.isPercent).toBe(false);
    expect(byCode('E.29')?.isPercent).toBe(false);
  });

  it('parses the hand-checked cells of the plan', () => {
    const v = (code: string, year: number) =>
      catalog.targets.find((t) => t.code === code)?.values[String(year)];
    expect(v('B.1', 2025)).toEqual({ op: '>=', value: 0.01, raw: '≥1,0%' });
    expect(v('B.10', 2045)).toEqual({ op: '>=', value: 54, raw: '≥54' });
    expect(v('B.2', 2030)).toEqual({
      op: 'trend',
      floor: 0.03,
      raw: '≥3% và tăng dần theo yêu cầu phát triển',
    });
    expect(v('C.10', 2025)).toEqual({ op: 'text', value: 1, raw: 'Phấn đấu có 01 công trình' });
    expect(v('C.11', 2030)).toEqual({ op: 'range', min: 15, max: 20, raw: '15-20' });
    expect(v('D.1', 2045)).toEqual({ op: 'top', value: 6, raw: 'Top 6' });
    expect(v('D.13', 2025)).toEqual({ op: '>', value: 0.7, raw: '>0,7' });
    // "Tăng dần" after a numeric milestone: that milestone (>0,7 in 2025) is its floor.
    expect(v('D.13', 2030)).toEqual({ op: 'trend', floor: 0.7, raw: 'Tăng dần theo từng năm' });
    expect(v('D.14', 2035)).toEqual({ op: '>=', value: 0.165, raw: '16,5%' });
    expect(v('E.1', 2045)).toEqual({ op: '>=', value: 1, raw: '≥1,0' });
    expect(v('C.11', 2025)).toBeUndefined();
  });

  it('turns every written cell into a comparable value, except the one aspiration', () => {
    const text = catalog.targets.flatMap((t) =>
      Object.entries(t.values)
        .filter(([, v]) => v.op === 'text')
        .map(([y]) => `${t.code}/${y}`),
    );
    expect(text).toEqual(['C.10/2025']);
  });
});
