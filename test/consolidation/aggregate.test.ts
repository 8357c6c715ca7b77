/**
 * The statistics consolidation must get right, each with its expectation worked out by hand
 * (the arithmetic is in the comments, so a reviewer can check it without running anything).
 */
import { loadCatalog } from '../../src/domain/catalog';
import {
  compareTargets,
  consolidate,
  normalizeDoi,
  OFFICIAL_POPULATION,
  type ConsolidatedIndicator,
  type UnitSubmission,
} from '../../src/domain/consolidation';
import { renderIssue, type IssueCode } from '../../src/domain/issues';
import { submission, type Value } from './submission';

const catalog = loadCatalog();
const opts = { officialPopulation: OFFICIAL_POPULATION };

/** One unit's submission, read from "<unit>.xlsx". */
const unit = (unitId: string, byIndicator: Record<string, Record<string, Value>>): UnitSubmission =>
  submission(unitId, byIndicator);

function run(submissions: UnitSubmission[]): Map<string, ConsolidatedIndicator> {
  return new Map(consolidate(catalog, submissions, opts).map((r) => [r.code, r]));
}

function get(results: Map<string, ConsolidatedIndicator>, code: string): ConsolidatedIndicator {
  const r = results.get(code);
  if (r === undefined) throw new Error(`no result for ${code}`);
  return r;
}

const codes = (r: ConsolidatedIndicator): IssueCode[] => r.flags.map((f) => f.code);

describe('shape', () => {
  it('gives all 50 indicators in catalogue order; nobody reported → null, never 0', () => {
    const results = consolidate(catalog, [], opts);
    expect(results.map((r) => r.code)).toEqual(catalog.indicators.map((i) => i.code));
    expect(results).toHaveLength(50);
    for (const r of results) {
      expect(r.value).toBeNull();
      expect(codes(r)).toEqual(['INDICATOR_NO_DATA']);
      // Nothing reported is null; the reference population is the run's (here the fallback).
      for (const [key, c] of Object.entries(r.components))
        expect([r.code, key, c.value]).toEqual([
          r.code,
          key,
          key === 'population' ? OFFICIAL_POPULATION : null,
        ]);
      expect(r.usedValues).toEqual([]);
    }
  });
});

describe('ratios are Σnumerator ÷ Σdenominator', () => {
  // II.3 Q1 share. so-khcn: 1 of 2 papers in Q1 (50 %); the university: 2 of 18 (11.1 %).
  // Province = (1 + 2) ÷ (2 + 18) = 3 ÷ 20 = 0.15.
  // The mean of the unit rates would be (0.5 + 0.1111…) ÷ 2 = 0.30556 — twice too high.
  const a = unit('so-khcn', { 'II.3': { intl_papers: 2, q1_papers: 1 } });
  const b = unit('vien-truong-mau', { 'II.3': { intl_papers: 18, q1_papers: 2 } });

  it('pools the numerators and denominators, not the rates', () => {
    const r = get(run([a, b]), 'II.3');
    expect(r.value).toBeCloseTo(0.15, 12);
    expect(r.value).not.toBeCloseTo((1 / 2 + 2 / 18) / 2, 2);
    expect(r.rule).toBe('recompute');
    expect(r.components.intl_papers).toEqual({ value: 20, contributors: ['so-khcn', 'vien-truong-mau'] });
    expect(r.components.q1_papers).toEqual({ value: 3, contributors: ['so-khcn', 'vien-truong-mau'] });
    expect(r.ratioBase).toEqual({
      units: ['so-khcn', 'vien-truong-mau'],
      inputs: { q1_papers: 3, intl_papers: 20 },
    });
    // Papers are register counts: until the units give lists, the sum is marked (once).
    expect(codes(r)).toEqual(['REGISTER_COUNT_SUMMED']);
    expect(r.flags[0]).toMatchObject({ severity: 'info', indicator: 'II.3', params: { count: 2 } });
    expect(r.leadReported).toBe(true);
  });

  it('leaves a unit with a numerator but no denominator out of the ratio, and flags it', () => {
    // thong-ke reports 5 Q1 papers without its international papers. Adding its 5 to the
    // numerator only would give (3 + 5) ÷ 20 = 0.4; the ratio stays 3 ÷ 20 = 0.15.
    const c = unit('thong-ke', { 'II.3': { q1_papers: 5 } });
    const r = get(run([a, b, c]), 'II.3');
    expect(r.value).toBeCloseTo(0.15, 12);
    // The component still shows everything reported: 1 + 2 + 5 = 8.
    expect(r.components.q1_papers?.value).toBe(8);
    expect(r.ratioBase?.units).toEqual(['so-khcn', 'vien-truong-mau']);
    expect(codes(r)).toEqual(['REGISTER_COUNT_SUMMED', 'DERIVED_MISSING']);
    expect(r.flags[1]).toMatchObject({
      code: 'DERIVED_MISSING',
      severity: 'warning',
      indicator: 'II.3',
      component: 'intl_papers',
      file: 'thong-ke.xlsx',
    });
  });

  it('a ratio whose denominator nobody reported is null with a flag (missing ≠ zero)', () => {
    const r = get(run([unit('so-khcn', { 'II.4': { intl_coauthored: 4 } })]), 'II.4');
    expect(r.value).toBeNull();
    expect(r.components.intl_coauthored?.value).toBe(4);
    expect(r.components.intl_papers).toEqual({ value: null, contributors: [] });
    expect(r.flags).toHaveLength(1);
    expect(r.flags[0]).toMatchObject({
      code: 'DERIVED_MISSING',
      component: 'intl_papers',
      file: 'so-khcn.xlsx',
    });
  });

  it('an official denominator left blank by its source gives no share, with a flag', () => {
    // I.4: so-tai-chinh gives its S&T spending but not the total budget. The headline (the amount
    // the plan asks for) is 12 000; the share beside it cannot be computed.
    const r = get(run([unit('so-tai-chinh', { 'I.4': { spending: 12_000 } })]), 'I.4');
    expect(r.value).toBe(12_000);
    expect(r.formulaValue).toBeNull();
    expect(r.components.total_budget?.value).toBeNull();
    expect(codes(r)).toEqual(['VALUE_REQUIRED']);
    expect(r.flags[0]).toMatchObject({ component: 'total_budget', file: 'so-tai-chinh.xlsx' });
  });

  it('II.8 divides spending by the papers of the units that publish only', () => {
    // A: 900 million, 3 papers; B: 600 million, 2 papers; C: 400 million, 0 papers (publishes
    // nothing). Province = (900 + 600) ÷ (3 + 2) = 300 million per paper — not (1 900) ÷ 5 = 380.
    const r = get(
      run([
        unit('so-khcn', { 'II.8': { spending: 900, intl_papers: 3 } }),
        unit('vien-truong-mau', { 'II.8': { spending: 600, intl_papers: 2 } }),
        unit('thong-ke', { 'II.8': { spending: 400, intl_papers: 0 } }),
      ]),
      'II.8',
    );
    expect(r.value).toBeCloseTo(300, 12);
    expect(r.ratioBase).toEqual({
      units: ['so-khcn', 'vien-truong-mau'],
      inputs: { spending: 1_500, intl_papers: 5 },
    });
    expect(codes(r)).not.toContain('DERIVED_MISSING');
  });
});

describe('I.2: the statistics office gives the figure, the others are a cross-check', () => {
  // The example of the issue: Thống kê's R&D survey counts 600 persons (500 FTE); two institutes
  // report 120 + 4 persons (100 + 3 FTE), who are inside the survey. Population 3 700 000.
  const stats = unit('thong-ke', { 'I.2': { headcount: 600, fte: 500, population: 3_700_000 } });
  const a = unit('vien-truong-mau', { 'I.2': { headcount: 120, fte: 100 } });
  const b = unit('doanh-nghiep-mau', { 'I.2': { headcount: 4, fte: 3 } });

  it('takes the official figure and never adds the others on top', () => {
    const r = get(run([stats, a, b]), 'I.2');
    // 500 ÷ 3 700 000 × 10 000 = 1.351351…; summing every unit would give 603 → 1.6297.
    expect(r.value).toBeCloseTo(5_000_000 / 3_700_000, 12);
    expect(r.components.fte?.value).toBe(500);
    expect(r.components.headcount).toEqual({
      value: 600,
      contributors: ['thong-ke'],
      crossCheck: {
        officialUnit: 'thong-ke',
        officialValue: 600,
        check: 'parts',
        others: [
          { unitId: 'doanh-nghiep-mau', value: 4 },
          { unitId: 'vien-truong-mau', value: 120 },
        ],
        othersSum: 124,
        difference: 476, // 600 − 124: the survey also covers units that did not report
        substitute: false,
      },
    });
    expect(codes(r)).toEqual([]);
    // Only the official values are used (provenance).
    expect(new Set(r.usedValues.map((u) => u.unitId))).toEqual(new Set(['thong-ke']));
  });

  it('B.10 compares persons per 10 000: 600 ÷ 3 700 000 × 10 000 = 1.62, not 724 → 1.96', () => {
    const results = consolidate(catalog, [stats, a, b], opts);
    const b10 = compareTargets(catalog, results, 2026).find((c) => c.target === 'B.10');
    expect(b10?.measure).toBe('PER_10K(headcount,population)');
    expect(b10?.value).toBeCloseTo(6_000_000 / 3_700_000, 12);
    expect(b10?.value).toBeCloseTo(1.6216, 4);
  });

  it('warns when the parts reported by the others exceed the official figure', () => {
    // 120 + 500 = 620 persons reported by units inside a survey of 600: beyond the 1 % tolerance.
    const big = unit('doanh-nghiep-mau', { 'I.2': { headcount: 500, fte: 3 } });
    const r = get(run([stats, a, big]), 'I.2');
    expect(r.components.headcount?.value).toBe(600);
    expect(codes(r)).toEqual(['CROSS_CHECK_PARTS_EXCEED']);
    expect(r.flags[0]).toMatchObject({
      component: 'headcount',
      params: { count: 2, sum: 620, officialUnit: 'Thống kê tỉnh', officialValue: 600 },
    });
  });

  it('uses the others’ sum as a labelled substitute when the official source has not reported', () => {
    // No Thống kê file: FTE = 100 + 3 = 103 (a lower bound), flagged; population: the fallback.
    const r = get(run([a, b]), 'I.2');
    expect(r.components.fte).toMatchObject({
      value: 103,
      contributors: ['doanh-nghiep-mau', 'vien-truong-mau'],
    });
    expect(r.components.fte?.crossCheck).toMatchObject({
      officialValue: null,
      substitute: true,
      othersSum: 103,
    });
    expect(r.value).toBeCloseTo(1_030_000 / OFFICIAL_POPULATION, 12);
    expect(codes(r)).toEqual([
      'SUBMISSION_MISSING',
      'OFFICIAL_MISSING_SUBSTITUTE',
      'OFFICIAL_MISSING_SUBSTITUTE',
    ]);
    expect(r.flags[1]).toMatchObject({
      component: 'headcount',
      params: { officialUnit: 'Thống kê tỉnh', count: 2, value: 124 },
    });
    // The fallback population is not a reported value: no provenance, and no per-indicator flag.
    expect(r.components.population).toEqual({ value: OFFICIAL_POPULATION, contributors: [] });
    expect(r.usedValues.some((u) => u.component === 'population')).toBe(false);
  });

  it('every per-capita value uses the one reference population (I.2 and I.7 alike)', () => {
    const results = run([stats, unit('vien-thong-a', { 'I.7': { population_5g: 1_850_000 } })]);
    expect(get(results, 'I.2').components.population?.value).toBe(3_700_000);
    expect(get(results, 'I.7').components.population).toEqual({
      value: 3_700_000,
      contributors: ['thong-ke'],
    });
    // 1 850 000 ÷ 3 700 000 = 0.5
    expect(get(results, 'I.7').value).toBeCloseTo(0.5, 12);
  });
});

describe('h-index (II.7) from the merged citation lists', () => {
  it('recomputes h from the concatenated lists', () => {
    // A [10, 8, 5], B [6, 6, 1] → merged, descending: 10 8 6 6 5 1.
    // Paper k has ≥ k citations for k = 1..5 (5 ≥ 5), not for k = 6 (1 < 6) → h = 5.
    const r = get(
      run([
        unit('so-khcn', { 'II.7': { citations: [10, 8, 5] } }),
        unit('vien-truong-mau', { 'II.7': { citations: [6, 6, 1] } }),
      ]),
      'II.7',
    );
    expect(r.value).toBe(5);
    expect(r.components.citations?.value).toEqual([10, 8, 5, 6, 6, 1]);
  });

  it('is not the sum (nor the max) of the unit h-indices', () => {
    // A [10, 8, 5]: h = 3 (5 ≥ 3). B [4, 4, 4]: h = 3 (4 ≥ 3). Sum 6, max 3.
    // Merged 10 8 5 4 4 4: k = 4 → 4 ≥ 4 yes; k = 5 → 4 ≥ 5 no → h = 4.
    const r = get(
      run([
        unit('so-khcn', { 'II.7': { citations: [10, 8, 5] } }),
        unit('vien-truong-mau', { 'II.7': { citations: [4, 4, 4] } }),
      ]),
      'II.7',
    );
    expect(r.value).toBe(4);
    expect(r.rule).toBe('mergeList');
  });
});

describe('DOI de-duplication (II.1)', () => {
  it('counts a paper shared by two units once', () => {
    // so-khcn: 3 papers, DOIs {10.1000/abc, 10.1000/xyz} → 3 − 2 = 1 without DOI.
    // university: 2 papers, DOIs {10.1000/abc} (the same paper) → 2 − 1 = 1 without DOI.
    // thong-ke: 1 paper but 2 DOIs {10.2000/q1, 10.2000/q2} → 1 − 2 floored at 0.
    // so-khcn + university: distinct {abc, xyz} = 2 → 2 + 1 + 1 = 4 (the naive sum 3 + 2 = 5 counts
    // abc twice); merged (2 + 1) − 2 = 1.
    // All three: distinct {abc, xyz, q1, q2} = 4 → 4 + 1 + 1 + 0 = 6; merged (2 + 1 + 2) − 4 = 1.
    const a = unit('so-khcn', {
      'II.1': { papers: 3, doi_list: ['10.1000/ABC', 'https://doi.org/10.1000/xyz'] },
    });
    const b = unit('vien-truong-mau', { 'II.1': { papers: 2, doi_list: ['doi:10.1000/abc'] } });
    const c = unit('thong-ke', { 'II.1': { papers: 1, doi_list: ['10.2000/q1', '10.2000/Q2'] } });

    const two = get(run([a, b]), 'II.1');
    expect(two.value).toBe(4);
    expect(two.components.papers?.value).toBe(5); // what the units reported, summed
    expect(two.components.doi_list?.value).toEqual(['10.1000/abc', '10.1000/xyz']);
    expect(codes(two)).toEqual(['LIST_DUPLICATES_MERGED']);
    expect(two.flags[0]).toMatchObject({ severity: 'info', component: 'doi_list', params: { count: 1 } });

    const three = get(run([a, b, c]), 'II.1');
    expect(three.value).toBe(6);
    expect(three.flags[0]?.params.count).toBe(1);
  });

  it('normalises DOIs: case and resolver prefixes', () => {
    expect(normalizeDoi(' https://doi.org/10.1000/AbC ')).toBe('10.1000/abc');
    expect(normalizeDoi('http://dx.doi.org/10.1000/x')).toBe('10.1000/x');
    expect(normalizeDoi('DOI: 10.1000/X')).toBe('10.1000/x');
  });

  it('counts papers of units without any DOI list', () => {
    // 7 + 3 = 10 papers, no DOI to compare: nothing merged.
    const r = get(
      run([unit('so-khcn', { 'II.1': { papers: 7 } }), unit('vien-truong-mau', { 'II.1': { papers: 3 } })]),
      'II.1',
    );
    expect(r.value).toBe(10);
    expect(codes(r)).toEqual([]);
  });
});

describe('missing is not zero', () => {
  it('a reported 0 is 0; a component nobody reported is null', () => {
    const results = run([unit('so-khcn', { 'II.2': { papers: 0 } })]);
    expect(get(results, 'II.2').value).toBe(0);
    const i1 = get(results, 'I.1');
    expect(i1.value).toBeNull();
    expect(codes(i1)).toEqual(['INDICATOR_NO_DATA']);
  });

  it('TOTAL sums the parts present; the part nobody reported stays null', () => {
    // I.1 = legal_docs + policy_docs = (2 + 3) + (nobody) = 5; policy_docs is null, not 0.
    const r = get(
      run([unit('so-khcn', { 'I.1': { legal_docs: 2 } }), unit('so-tu-phap', { 'I.1': { legal_docs: 3 } })]),
      'I.1',
    );
    expect(r.value).toBe(5);
    expect(r.components.policy_docs).toEqual({ value: null, contributors: [] });
  });
});

describe('TRL (III.1): levels pooled across units', () => {
  it('gives the median and distribution of the pool, not of the unit medians', () => {
    // so-khcn: 2, 7 (its median 4.5); Sở Công Thương: 5, 6, 8, 9 (its median 7).
    // Pool sorted: 2 5 6 7 8 9 → median (6 + 7) ÷ 2 = 6.5. Mean of unit medians: 5.75.
    const r = get(
      run([
        unit('so-khcn', { 'III.1': { trl_1: 2, trl_2: 7 } }),
        unit('so-cong-thuong', { 'III.1': { trl_1: 5, trl_2: 6, trl_3: 8, trl_4: 9 } }),
      ]),
      'III.1',
    );
    expect(r.value).toBe(6.5);
    expect(r.distribution).toEqual({ 1: 0, 2: 1, 3: 0, 4: 0, 5: 1, 6: 1, 7: 1, 8: 1, 9: 1 });
    expect(r.rule).toBe('distribution');
  });
});

describe('official figure of the lead (V.5) and disagreements', () => {
  // Lead vp-ubnd: baseline 60, current 72.5 → improvement 72.5 − 60 = 12.5.
  const lead = unit('vp-ubnd', {
    'V.5': { baseline_score: 60, current_score: 72.5, method: 'SIPAS', evidence: 'Kết quả của VP' },
  });
  const health = unit('so-y-te', { 'V.5': { current_score: 80, evidence: 'Kết quả ngành y tế' } });
  const science = unit('so-khcn', { 'V.5': { baseline_score: 60 } });

  it('takes only the lead’s values and flags a cooperating unit that differs', () => {
    const r = get(run([lead, health, science]), 'V.5');
    expect(r.value).toBe(12.5);
    expect(r.rule).toBe('lead');
    expect(r.components.current_score).toMatchObject({ value: 72.5, contributors: ['vp-ubnd'] });
    // Sở Y tế's 80 is shown beside the official 72.5 (difference 7.5), never used.
    expect(r.components.current_score?.crossCheck).toMatchObject({
      officialValue: 72.5,
      difference: 7.5,
      substitute: false,
    });
    expect(r.components.method).toEqual({ value: 'SIPAS', contributors: ['vp-ubnd'] });
    // Evidence notes of every unit are kept, in unit-id order.
    expect(r.components.evidence?.value).toEqual(['Kết quả ngành y tế', 'Kết quả của VP']);
    // so-khcn agrees (60 = 60): one flag only, pointing at Sở Y tế's cell.
    expect(codes(r)).toEqual(['COOPERATING_DISAGREES']);
    expect(r.flags[0]).toMatchObject({
      severity: 'warning',
      indicator: 'V.5',
      component: 'current_score',
      file: 'so-y-te.xlsx',
      definedName: 'KHCN_V_5_current_score',
      params: { unit: 'Sở Y tế', value: 80, leadValue: 72.5 },
    });
    expect(r.usedValues.filter((u) => u.component === 'current_score').map((u) => u.unitId)).toEqual([
      'vp-ubnd',
    ]);
  });

  it('without the lead, another unit’s figure only stands in as a labelled substitute', () => {
    // Sở Y tế alone gives a current score (80), so-khcn alone a baseline (60): each stands in,
    // flagged; 80 − 60 = 20 is shown, never silently.
    const r = get(run([health, science]), 'V.5');
    expect(r.value).toBe(20);
    expect(r.components.current_score).toMatchObject({ value: 80, contributors: ['so-y-te'] });
    expect(r.leadReported).toBe(false);
    expect(codes(r)).toEqual([
      'SUBMISSION_MISSING',
      'OFFICIAL_MISSING_SUBSTITUTE',
      'OFFICIAL_MISSING_SUBSTITUTE',
    ]);
  });

  it('no substitute when the others disagree among themselves', () => {
    const other = unit('so-nnmt', { 'V.5': { current_score: 50 } });
    const r = get(run([health, other]), 'V.5');
    expect(r.components.current_score?.value).toBeNull();
    expect(codes(r)).toContain('OFFICIAL_MISSING_NO_SUBSTITUTE');
  });
});

describe('max for overlapping coverage (I.7)', () => {
  it('takes the largest coverage, over the reference population', () => {
    // 5G coverage: providers 2 000 000 and 3 000 000 overlap → 3 000 000; the statistics office
    // has not reported, so the fallback 3 619 433 → 3 000 000 ÷ 3 619 433 ≈ 0.828859.
    const r = get(
      run([
        unit('vien-thong-a', { 'I.7': { population_5g: 2_000_000, sites_5g: 40 } }),
        unit('vien-thong-b', { 'I.7': { population_5g: 3_000_000, sites_5g: 60 } }),
      ]),
      'I.7',
    );
    expect(r.value).toBeCloseTo(3_000_000 / OFFICIAL_POPULATION, 12);
    expect(r.value).toBeCloseTo(0.828859, 6);
    expect(r.components.population_5g).toEqual({ value: 3_000_000, contributors: ['vien-thong-b'] });
    expect(r.components.sites_5g?.value).toBe(100);
  });
});

describe('order independence', () => {
  const subs = [
    unit('so-khcn', {
      'I.2': { headcount: 150, fte: 120.5, population: 3_000_000 },
      'II.1': { papers: 3, doi_list: ['10.1000/ABC', '10.1000/xyz'] },
      'II.3': { intl_papers: 2, q1_papers: 1 },
      'II.7': { citations: [10, 8, 5] },
      'III.1': { trl_1: 2, trl_2: 7 },
      'V.5': { baseline_score: 61 },
    }),
    unit('vien-truong-mau', {
      'I.2': { headcount: 400, fte: 300 },
      'II.1': { papers: 2, doi_list: ['10.1000/abc'] },
      'II.3': { intl_papers: 18, q1_papers: 2 },
      'II.7': { citations: [4, 4, 4] },
    }),
    unit('thong-ke', { 'I.2': { population: 2_500_000 }, 'II.3': { q1_papers: 5 } }),
    unit('so-cong-thuong', { 'III.1': { trl_1: 5, trl_2: 6, trl_3: 8, trl_4: 9 } }),
    unit('vp-ubnd', { 'V.5': { baseline_score: 60, current_score: 72.5, method: 'SIPAS' } }),
  ];

  it('gives the same result for the submissions (and their values) in any order', () => {
    const expected = consolidate(catalog, subs, opts);
    const reversed = [...subs].reverse().map((s) => ({ ...s, values: [...s.values].reverse() }));
    const rotated = [...subs.slice(2), ...subs.slice(0, 2)];
    expect(consolidate(catalog, reversed, opts)).toEqual(expected);
    expect(consolidate(catalog, rotated, opts)).toEqual(expected);
  });

  it('sorts contributors and reporting units by id', () => {
    const r = get(run([...subs].reverse()), 'II.3');
    expect(r.reportingUnits).toEqual(['so-khcn', 'thong-ke', 'vien-truong-mau']);
    expect(r.components.q1_papers?.contributors).toEqual(['so-khcn', 'thong-ke', 'vien-truong-mau']);
  });
});

describe('input hygiene', () => {
  it('reads unit ids case-insensitively and keeps one value per unit (first source wins)', () => {
    // so-khcn sent two files: a.xlsx (4 papers) sorts before b.xlsx (9 papers) → 4, in any order.
    const first = { ...unit('SO-KHCN', { 'II.2': { papers: 9 } }) };
    const b = {
      ...first,
      values: first.values.map((v) => ({ ...v, source: { ...v.source, file: 'b.xlsx' } })),
    };
    const a = unit('so-khcn', { 'II.2': { papers: 4 } });
    const aFile = { ...a, values: a.values.map((v) => ({ ...v, source: { ...v.source, file: 'a.xlsx' } })) };
    expect(get(run([b, aFile]), 'II.2').components.papers).toEqual({ value: 4, contributors: ['so-khcn'] });
    expect(get(run([aFile, b]), 'II.2').value).toBe(4);
  });

  it('ignores a value whose shape does not fit its component', () => {
    // A text in a count cell is validation's error; consolidation neither counts it nor 0s it.
    const r = get(
      run([unit('so-khcn', { 'II.2': { papers: 'mười' } }), unit('so-y-te', { 'II.2': { papers: 2 } })]),
      'II.2',
    );
    expect(r.value).toBe(2);
    expect(r.reportingUnits).toEqual(['so-y-te']);
  });
});

describe('compareTargets', () => {
  // I.4: 12 000 ÷ 1 000 000 = 1,2 % → B.1 "≥1,0%" (2025) met; 2030 "≥1,5%" is not due in 2026.
  // Path 2025 → 2030: 1 % + (1,5 % − 1 %) × 1/5 = 1,1 % in 2026; 1,2 % ≥ 1,1 % → on track.
  // I.2: 400 persons ÷ 2 400 000 × 10 000 = 1,667 persons per 10 000 → B.10 "≥9" (2025) not met;
  // path 9 + (13 − 9)/5 = 9,8 → behind. C.4: researchers 350 vs "≥300" met.
  const results = consolidate(
    catalog,
    [
      unit('so-tai-chinh', { 'I.4': { spending: 12_000, total_budget: 1_000_000 } }),
      unit('thong-ke', {
        'I.2': { headcount: 400, fte: 120, headcount_researchers: 350, population: 2_400_000 },
      }),
      unit('so-khcn', { 'IV.6': { innovative_startups: 40 } }),
    ],
    opts,
  );
  const checks = compareTargets(catalog, results, 2026);
  const pick = (indicator: string, target: string) =>
    checks.find((c) => c.indicator === indicator && c.target === target);

  it('judges the milestone of 2025, and says a 2030 milestone is not due yet', () => {
    const b1 = pick('I.4', 'B.1');
    expect(b1).toMatchObject({ measure: 'formula', comparable: 'same', lowConfidence: false });
    expect(b1?.value).toBeCloseTo(0.012, 12);
    expect(b1?.milestones).toEqual([
      { year: 2025, status: 'met', targetText: '≥1,0%' },
      { year: 2030, status: 'pending', targetText: '≥1,5%' },
    ]);
    expect(pick('I.2', 'C.4')).toMatchObject({ measure: 'headcount_researchers', value: 350 });
    expect(pick('I.2', 'C.4')?.milestones[0]?.status).toBe('met');
  });

  it('judges the report year against the straight path between the milestones', () => {
    const b1 = pick('I.4', 'B.1')?.path;
    expect(b1).toMatchObject({ status: 'on-track', year: 2026, from: 2025, to: 2030 });
    expect(b1?.expected).toBeCloseTo(0.011, 12);
    const b10 = pick('I.2', 'B.10');
    expect(b10?.value).toBeCloseTo(5 / 3, 12);
    expect(b10?.milestones[0]?.status).toBe('not-met');
    expect(b10?.path.status).toBe('behind');
    expect(b10?.path.expected).toBeCloseTo(9.8, 12);
  });

  it('gives no verdict to a related measure (a yearly flow against a stock target)', () => {
    // IV.6 counts start-ups founded in 2026; D.2 counts all start-ups in the province.
    const d2 = pick('IV.6', 'D.2');
    expect(d2).toMatchObject({ comparable: 'related', value: 40 });
    expect(d2?.milestones.map((m) => m.status)).toEqual(['related', 'related']);
    expect(d2?.path.status).toBe('related');
  });

  it('an indicator nobody reported has no value to judge; one row per link', () => {
    expect(pick('II.1', 'C.9')).toMatchObject({ value: null });
    expect(pick('II.1', 'C.9')?.milestones[0]?.status).toBe('no-value');
    expect(pick('II.1', 'C.9')?.path.status).toBe('no-value');
    const links = catalog.indicators.reduce((n, i) => n + i.targets.length, 0);
    expect(checks).toHaveLength(links);
  });
});

describe('flags render', () => {
  it('every flag renders in both languages without a missing parameter', () => {
    const results = consolidate(
      catalog,
      [
        unit('so-khcn', {
          'I.2': { fte: 10, population: 1 },
          'II.1': { papers: 1, doi_list: ['10.1000/a'] },
          'II.3': { q1_papers: 1 },
          'III.1': { trl_1: 10 },
          'V.6': { baseline_score: 1 },
        }),
        unit('vien-truong-mau', { 'II.1': { papers: 1, doi_list: ['10.1000/A'] } }),
        unit('so-y-te', { 'V.5': { current_score: 3 } }),
      ],
      opts,
    );
    const flags = results.flatMap((r) => r.flags);
    // no data, fallback, submission missing, required, disagreement, merged, derived failures
    expect(new Set(flags.map((f) => f.code)).size).toBeGreaterThanOrEqual(7);
    for (const f of flags) {
      for (const lang of ['vi', 'en'] as const) expect(renderIssue(f, lang)).not.toContain('[?]');
    }
  });
});
