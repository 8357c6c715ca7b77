/**
 * Checks against last year and against peers, and growth targets, with every expected number
 * worked out by hand here.
 */
import { findUnit, type ReportingUnit } from '../../src/domain/catalog';
import {
  buildRun,
  defaultExpectedUnits,
  DEFAULT_DEADLINE,
  type RunOptions,
} from '../../src/domain/consolidation';
import { modifiedZ } from '../../src/domain/consolidation/plausibility';
import { inputName } from '../../src/domain/template/names';
import { templateFileName } from '../../src/domain/template/file-name';
import { unitValueKey, type PreviousPeriod } from '../../src/domain/previous/model';
import { renderIssue } from '../../src/domain/issues';
import { catalog, num, TestReading } from '../validation/helpers';

const OPTIONS: RunOptions = {
  year: 2026,
  deadline: DEFAULT_DEADLINE,
  expectedUnits: defaultExpectedUnits(catalog),
  readAt: '2026-12-06T02:00:00.000Z',
  officialPopulation: 3_619_433,
};
const communes = catalog.units.filter((u) => u.kind === 'commune').slice(0, 6) as ReportingUnit[];
const LEGAL = inputName('I.1', 'legal_docs');

function fileOf(unit: ReportingUnit, legal: number) {
  const reading = new TestReading(unit.id).set(LEGAL, num(legal)).build();
  return {
    file: templateFileName(unit),
    receivedAt: '2026-12-01T03:00:00Z',
    sha256: unit.id.padEnd(64, '0'),
    sizeBytes: 1000,
    outcome: { ok: true as const, reading },
  };
}

const previous = (
  units: PreviousPeriod['units'],
  province: PreviousPeriod['province'] = {},
): PreviousPeriod => ({
  year: 2025,
  source: 'ky-truoc.xlsx',
  province,
  units,
});

describe('the modified z-score', () => {
  it('is 0.6745 (x − median) / MAD, MAD the median of the absolute deviations', () => {
    // median of 2,3,3,4,5,40 = 3.5; deviations 1.5,0.5,0.5,0.5,1.5,36.5 → MAD = (0.5 + 1.5) / 2 = 1
    const z = modifiedZ([2, 3, 3, 4, 5, 40]);
    expect(z?.median).toBe(3.5);
    expect(z?.z[5]).toBeCloseTo(0.6745 * 36.5, 10);
    expect(z?.z[0]).toBeCloseTo(-0.6745 * 1.5, 10);
  });

  it('is undefined when more than half the values are equal (MAD = 0)', () => {
    expect(modifiedZ([0, 0, 0, 0, 7])).toBeUndefined();
  });
});

describe('warnings across files', () => {
  const values = [2, 3, 3, 4, 5, 40];
  const files = communes.map((u, i) => fileOf(u, values[i] ?? 0));

  it('an outlier among the communes is a warning at its cell, naming the median and the peers', () => {
    const run = buildRun(catalog, files, OPTIONS);
    const flagged = run.files.flatMap((f) =>
      f.issues.filter((i) => i.code === 'VALUE_OUTLIER_PEERS').map((i) => [f.unitId, i]),
    );
    expect(flagged.map(([u]) => u)).toEqual([communes[5]?.id]);
    const issue = flagged[0]?.[1];
    expect(issue).toMatchObject({
      severity: 'warning',
      indicator: 'I.1',
      component: 'legal_docs',
      definedName: LEGAL,
      params: { value: 40, median: 3.5, peers: 6, categoryVi: 'UBND xã, phường' },
    });
    expect(typeof issue === 'object' && renderIssue(issue, 'vi')).toContain('trung vị 3,5 của 6 đơn vị');
    // A warning never blocks: the value is in the province sum 2+3+3+4+5+40 = 57.
    expect(run.indicators.find((i) => i.code === 'I.1')?.components.legal_docs?.value).toBe(57);
  });

  it('a big change against the unit’s own last-year value is a warning naming that value', () => {
    const [a, b] = communes;
    if (!a || !b) throw new Error('communes');
    // Last year: a had 10 (now 2: ÷5 and 8 fewer → warning); b had 4 (now 3: a small change).
    const prev = previous({
      [a.id]: { [unitValueKey('I.1', 'legal_docs')]: 10 },
      [b.id]: { [unitValueKey('I.1', 'legal_docs')]: 4 },
    });
    const run = buildRun(catalog, files, { ...OPTIONS, previous: prev });
    const changes = run.files.flatMap((f) =>
      f.issues.filter((i) => i.code === 'VALUE_CHANGE_VS_PREVIOUS').map((i) => ({ unit: f.unitId, i })),
    );
    expect(changes.map((c) => c.unit)).toEqual([a.id]);
    expect(changes[0]?.i.params).toMatchObject({ value: 2, previous: 10, year: '2025' });
    expect(renderIssue(changes[0]!.i, 'vi')).toContain('so với năm 2025 (10)');
  });
});

describe('growth targets from the previous period', () => {
  const khcn = findUnit(catalog, 'so-khcn');
  if (!khcn) throw new Error('so-khcn');
  const reading = new TestReading('so-khcn')
    .set(inputName('II.3', 'intl_papers'), num(33))
    .set(inputName('II.3', 'q1_papers'), num(5))
    .set(inputName('III.2', 'patent_utility_apps'), num(23))
    .build();
  const file = {
    file: templateFileName(khcn),
    receivedAt: '2026-12-01T03:00:00Z',
    sha256: 'a'.repeat(64),
    sizeBytes: 1000,
    outcome: { ok: true as const, reading },
  };
  const check = (run: ReturnType<typeof buildRun>, target: string, indicator: string) =>
    run.targetChecks.find((c) => c.target === target && c.indicator === indicator);

  it('C.14 and D.14 are this year ÷ last year − 1 of the province figures', () => {
    const prev = previous({}, { 'II.3': { intl_papers: 30 }, 'III.2': { patent_utility_apps: 20 } });
    const run = buildRun(catalog, [file], { ...OPTIONS, previous: prev });
    expect(check(run, 'C.14', 'II.3')?.value).toBeCloseTo(33 / 30 - 1, 12); // +10 %
    const d14 = check(run, 'D.14', 'III.2');
    expect(d14?.value).toBeCloseTo(23 / 20 - 1, 12); // +15 %
    // D.14 asks ≥ 16 % by 2030: 15 % is not there yet (pending, not failed).
    expect(d14?.milestones).toEqual([{ year: 2030, status: 'pending', targetText: '16%' }]);
    expect(check(run, 'C.14', 'II.3')?.milestones[0]?.status).toBe('met');
  });

  it('without last year’s figure there is no growth (never 0 %)', () => {
    const run = buildRun(catalog, [file], OPTIONS);
    expect(check(run, 'C.14', 'II.3')?.value).toBeNull();
    expect(check(run, 'D.14', 'III.2')?.value).toBeNull();
  });
});
