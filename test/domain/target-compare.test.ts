import type { Target, TargetValue } from '../../src/domain/catalog/schema';
import { targetSchema } from '../../src/domain/catalog/schema';
import { compareWithTarget, formatTarget, nextTargetYear } from '../../src/domain/target-compare';

/** A target with one value for 2030 (and whatever else is given), validated like catalogue data. */
function target(v2030: TargetValue | undefined, extra: Partial<Target> = {}): Target {
  return targetSchema.parse({
    code: 'A.1',
    section: 'A',
    nameVi: 'Chỉ tiêu thử',
    unitVi: '',
    isPercent: false,
    values: v2030 ? { '2030': v2030 } : {},
    monitoringAgencyVi: 'Sở KH&CN',
    timing: 'stock',
    better: 'higher',
    source: 'test',
    confidence: 'high',
    note: '',
    ...extra,
  });
}

const status = (value: number | null, t: Target, year = 2030) => compareWithTarget(value, t, year).status;

describe('compareWithTarget', () => {
  it('no target for the year, no value', () => {
    const t = target({ op: '>=', value: 9, raw: '≥ 9' });
    expect(compareWithTarget(12, t, 2026)).toEqual({
      status: 'no-target',
      targetText: '',
      lowConfidence: false,
    });
    expect(compareWithTarget(null, t, 2030)).toEqual({
      status: 'no-value',
      targetText: '≥ 9',
      lowConfidence: false,
    });
    expect(status(Number.NaN, t)).toBe('no-value');
  });

  it('>=, >, =, <=, <', () => {
    const ge = target({ op: '>=', value: 9, raw: '≥ 9' });
    expect([status(9, ge), status(10, ge), status(8.99, ge)]).toEqual(['met', 'met', 'not-met']);
    const gt = target({ op: '>', value: 9, raw: '> 9' });
    expect([status(9, gt), status(9.5, gt)]).toEqual(['not-met', 'met']);
    const eq = target({ op: '=', value: 1, raw: '100%' });
    expect([status(1, eq), status(0.99, eq)]).toEqual(['met', 'not-met']);
    const le = target({ op: '<=', value: 5, raw: '≤ 5' });
    expect([status(5, le), status(5.1, le)]).toEqual(['met', 'not-met']);
    const lt = target({ op: '<', value: 5, raw: '< 5' });
    expect([status(5, lt), status(4, lt)]).toEqual(['not-met', 'met']);
  });

  it('tolerates binary rounding of computed values', () => {
    // 0.1 + 0.2 = 0.30000000000000004 in binary: equal to 0.3, not above it
    const eq = target({ op: '=', value: 0.3, raw: '30%' });
    expect(status(0.1 + 0.2, eq)).toBe('met');
    const gt = target({ op: '>', value: 0.3, raw: '> 30%' });
    expect(status(0.1 + 0.2, gt)).toBe('not-met');
    // 0.7 × 3 = 2.0999999999999996, meets "≥ 2.1"
    const ge = target({ op: '>=', value: 2.1, raw: '≥ 2,1' });
    expect(status(0.7 * 3, ge)).toBe('met');
  });

  it('range: min..max inclusive; beyond the end that is better is met too', () => {
    const r = target({ op: 'range', min: 1.5, max: 2, raw: '1,5 – 2%' });
    // More is better (the default): 2,1 exceeds the top of the range, which is met.
    expect([status(1.4, r), status(1.5, r), status(1.8, r), status(2, r), status(2.1, r)]).toEqual([
      'not-met',
      'met',
      'met',
      'met',
      'met',
    ]);
    const lower = target({ op: 'range', min: 1.5, max: 2, raw: '1,5 – 2' }, { better: 'lower' });
    expect([status(1.4, lower), status(2, lower), status(2.1, lower)]).toEqual(['met', 'met', 'not-met']);
  });

  it('top: the value is a rank', () => {
    const top = target({ op: 'top', value: 10, raw: 'Top 10' });
    expect([status(1, top), status(10, top), status(11, top), status(0, top)]).toEqual([
      'met',
      'met',
      'not-met',
      'uncertain',
    ]);
  });

  it('trend: uncertain from one value, unless below its floor', () => {
    const trend = target({ op: 'trend', raw: 'Tăng dần theo từng năm' });
    expect(status(100, trend)).toBe('uncertain');
    const floored = target({ op: 'trend', floor: 0.03, raw: '≥3% và tăng dần' });
    expect([status(0.02, floored), status(0.05, floored)]).toEqual(['not-met', 'uncertain']);
  });

  it('text: compared with its number when it has one', () => {
    const aim = target({ op: 'text', value: 1, raw: 'Phấn đấu có 01 công trình' });
    expect([status(0, aim), status(1, aim), status(3, aim)]).toEqual(['not-met', 'met', 'met']);
    const vague = target({ op: 'text', raw: 'Hình thành hệ sinh thái' });
    expect(status(5, vague)).toBe('uncertain');
  });

  it('a low-confidence target keeps its status and is flagged', () => {
    const low = target({ op: '>=', value: 9, raw: '≥ 9' }, { confidence: 'low' });
    expect(compareWithTarget(10, low, 2030)).toEqual({
      status: 'met',
      targetText: '≥ 9',
      lowConfidence: true,
    });
    expect(compareWithTarget(8, low, 2030).status).toBe('not-met');
    const medium = target({ op: '>=', value: 9, raw: '≥ 9' }, { confidence: 'medium' });
    expect(compareWithTarget(10, medium, 2030).lowConfidence).toBe(false);
  });
});

describe('nextTargetYear', () => {
  it('finds the milestone at or after a year', () => {
    const t = target(undefined, {
      values: { '2025': { op: '>=', value: 1, raw: '1' }, '2030': { op: '>=', value: 2, raw: '2' } },
    });
    expect([nextTargetYear(t, 2025), nextTargetYear(t, 2026), nextTargetYear(t, 2031)]).toEqual([
      2025,
      2030,
      undefined,
    ]);
  });
});

describe('formatTarget', () => {
  it('compact text in both languages', () => {
    expect(formatTarget(target({ op: '>=', value: 9, raw: '' }), 2030, 'vi')).toBe('≥ 9');
    expect(formatTarget(target({ op: '<=', value: 1500.5, raw: '' }), 2030, 'vi')).toBe('≤ 1.500,5');
    expect(formatTarget(target({ op: '<=', value: 1500.5, raw: '' }), 2030, 'en')).toBe('≤ 1,500.5');
    expect(formatTarget(target({ op: '=', value: 100, raw: '' }), 2030, 'vi')).toBe('= 100');
    expect(formatTarget(target({ op: 'range', min: 20, max: 25, raw: '' }), 2030, 'vi')).toBe('20 – 25');
    expect(formatTarget(target({ op: 'top', value: 10, raw: '' }), 2030, 'vi')).toBe('Top 10');
    expect(formatTarget(target({ op: 'trend', raw: '' }), 2030, 'vi')).toBe('Tăng dần');
    expect(formatTarget(target({ op: 'trend', raw: '' }), 2030, 'en')).toBe('Increasing');
    expect(formatTarget(target({ op: 'text', value: 1, raw: 'Phấn đấu có 01 công trình' }), 2030, 'vi')).toBe(
      'Phấn đấu ≥ 1',
    );
    expect(formatTarget(target({ op: 'text', raw: 'Hình thành hệ sinh thái' }), 2030, 'en')).toBe(
      'Hình thành hệ sinh thái',
    );
    expect(formatTarget(target(undefined), 2030, 'vi')).toBe('');
  });

  it('percent targets are shown as percentages (stored as fractions)', () => {
    const pct = { isPercent: true };
    expect(formatTarget(target({ op: '>=', value: 0.6, raw: '' }, pct), 2030, 'vi')).toBe('≥ 60%');
    expect(formatTarget(target({ op: 'range', min: 0.015, max: 0.02, raw: '' }, pct), 2030, 'vi')).toBe(
      '1,5% – 2%',
    );
    expect(formatTarget(target({ op: 'trend', floor: 0.03, raw: '' }, pct), 2030, 'vi')).toBe(
      '≥ 3%, tăng dần',
    );
    // a rank is never a percentage
    expect(formatTarget(target({ op: 'top', value: 10, raw: '' }, pct), 2030, 'en')).toBe('Top 10');
  });

  it('marks low confidence', () => {
    const low = target({ op: '>=', value: 9, raw: '' }, { confidence: 'low' });
    expect(formatTarget(low, 2030, 'vi')).toBe('≥ 9 (độ tin cậy thấp)');
    expect(formatTarget(low, 2030, 'en')).toBe('≥ 9 (low confidence)');
  });
});
