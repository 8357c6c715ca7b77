import { FORMULA_IDS } from '../../src/domain/catalog/schema';
import {
  FORMULAS,
  avgCitations,
  costPerPub,
  ftePer10k,
  fteFromShares,
  growth,
  hIndex,
  improvement,
  per10k,
  share,
  total,
  trlDistribution,
  trlMedian,
  type FormulaResult,
} from '../../src/domain/formulas';

const value = (r: FormulaResult): number => {
  if (!r.ok) throw new Error(`expected a value, got ${r.error} (${r.param})`);
  return r.value;
};

describe('ftePer10k / per10k', () => {
  it('computes per 10 000 population', () => {
    // 1 086 FTE / 3 619 433 persons × 10 000 = 3.00047…
    expect(value(ftePer10k(1086, 3_619_433))).toBeCloseTo(3.00047, 5);
    // 250 / 50 000 × 10 000 = 50
    expect(value(ftePer10k(250, 50_000))).toBe(50);
    // 7 patents / 70 000 × 10 000 = 1
    expect(value(per10k(7, 70_000))).toBe(1);
    // 0 / 1000 = 0
    expect(value(per10k(0, 1000))).toBe(0);
  });
  it('gives typed errors, never NaN or Infinity', () => {
    expect(ftePer10k(10, 0)).toEqual({ ok: false, error: 'DIV_ZERO', param: 'population' });
    expect(ftePer10k(null, 100)).toEqual({ ok: false, error: 'MISSING', param: 'fte' });
    expect(ftePer10k(5, undefined)).toEqual({ ok: false, error: 'MISSING', param: 'population' });
    expect(ftePer10k(-1, 100)).toEqual({ ok: false, error: 'NEGATIVE', param: 'fte' });
    expect(per10k(1, -100)).toEqual({ ok: false, error: 'NEGATIVE', param: 'population' });
    expect(per10k(Number.NaN, 100)).toEqual({ ok: false, error: 'OUT_OF_RANGE', param: 'count' });
    expect(per10k(1, Number.POSITIVE_INFINITY)).toEqual({
      ok: false,
      error: 'OUT_OF_RANGE',
      param: 'population',
    });
  });
  it('reports a blank before a negative or a zero anywhere (same order as the native formula)', () => {
    expect(ftePer10k(-1, null)).toMatchObject({ error: 'MISSING', param: 'population' });
    expect(ftePer10k(-1, 0)).toMatchObject({ error: 'NEGATIVE', param: 'fte' });
  });
});

describe('share', () => {
  it('is a fraction', () => {
    // 15 Q1 papers of 120 international papers = 0.125 (12,5 %)
    expect(value(share(15, 120))).toBe(0.125);
    // part = total -> 1
    expect(value(share(40, 40))).toBe(1);
    expect(value(share(0, 40))).toBe(0);
  });
  it('errors', () => {
    expect(share(41, 40)).toEqual({ ok: false, error: 'OUT_OF_RANGE', param: 'part' });
    expect(share(0, 0)).toEqual({ ok: false, error: 'DIV_ZERO', param: 'total' });
    expect(share(5, 0)).toEqual({ ok: false, error: 'DIV_ZERO', param: 'total' });
    expect(share(-1, 10)).toEqual({ ok: false, error: 'NEGATIVE', param: 'part' });
    expect(share(1, null)).toEqual({ ok: false, error: 'MISSING', param: 'total' });
  });
  it('compares the inputs, not the rounded quotient', () => {
    // (t + 1 ulp) / t may round to exactly 1; the part is still larger than the total.
    const t = 2 ** 53 - 1;
    expect(share(t + 1, t)).toMatchObject({ error: 'OUT_OF_RANGE' });
  });
});

describe('avgCitations / costPerPub', () => {
  it('divides', () => {
    // 345 citations / 30 papers = 11.5
    expect(value(avgCitations(345, 30))).toBe(11.5);
    // 12 500 million VND / 50 papers = 250 million VND per paper
    expect(value(costPerPub(12_500, 50))).toBe(250);
  });
  it('errors', () => {
    expect(avgCitations(10, 0)).toEqual({ ok: false, error: 'DIV_ZERO', param: 'papers' });
    expect(avgCitations(-3, 2)).toEqual({ ok: false, error: 'NEGATIVE', param: 'citations' });
    expect(costPerPub(undefined, 2)).toEqual({ ok: false, error: 'MISSING', param: 'spending' });
    expect(costPerPub(10, 0)).toEqual({ ok: false, error: 'DIV_ZERO', param: 'papers' });
  });
});

describe('growth / improvement', () => {
  it('growth = current / previous − 1', () => {
    // 132 / 120 − 1 = 1.1 − 1 = 0.1 (+10 %)
    expect(value(growth(132, 120))).toBeCloseTo(0.1, 12);
    // 90 / 120 − 1 = −0.25
    expect(value(growth(90, 120))).toBe(-0.25);
    // 0 / 5 − 1 = −1 (fell to zero)
    expect(value(growth(0, 5))).toBe(-1);
  });
  it('growth errors', () => {
    expect(growth(5, 0)).toEqual({ ok: false, error: 'DIV_ZERO', param: 'previous' });
    expect(growth(5, -2)).toEqual({ ok: false, error: 'NEGATIVE', param: 'previous' });
    expect(growth(-5, 2)).toEqual({ ok: false, error: 'NEGATIVE', param: 'current' });
    expect(growth(null, 2)).toEqual({ ok: false, error: 'MISSING', param: 'current' });
  });
  it('improvement = current − baseline (points)', () => {
    // 52.4 − 48.1 = 4.3
    expect(value(improvement(52.4, 48.1))).toBeCloseTo(4.3, 12);
    // 40 − 45 = −5: a decline is a value, not an error
    expect(value(improvement(40, 45))).toBe(-5);
    expect(improvement(40, null)).toEqual({ ok: false, error: 'MISSING', param: 'baseline' });
    expect(improvement(-1, 3)).toEqual({ ok: false, error: 'NEGATIVE', param: 'current' });
  });
});

describe('hIndex', () => {
  it('is the largest h with h papers cited at least h times', () => {
    // sorted 10,8,5,4,3: 10≥1, 8≥2, 5≥3, 4≥4, 3<5 -> h = 4
    expect(value(hIndex([3, 10, 4, 8, 5]))).toBe(4);
    // 25,8,5,3,3: 25≥1, 8≥2, 5≥3, 3<4 -> h = 3
    expect(value(hIndex([25, 8, 5, 3, 3]))).toBe(3);
    // one paper with 100 citations -> h = 1
    expect(value(hIndex([100]))).toBe(1);
    // 1,1,1 -> 1≥1, 1<2 -> h = 1
    expect(value(hIndex([1, 1, 1]))).toBe(1);
    // papers never cited: explicit zeros -> h = 0
    expect(value(hIndex([0, 0]))).toBe(0);
    // 5,5,5,5,5 -> h = 5 (bounded by the number of papers)
    expect(value(hIndex([5, 5, 5, 5, 5]))).toBe(5);
  });
  it('ignores blanks', () => {
    // blanks skipped: 6,6,null,6 -> 3 papers ≥ 3 -> h = 3
    expect(value(hIndex([6, null, 6, undefined, 6]))).toBe(3);
  });
  it('errors', () => {
    expect(hIndex([])).toEqual({ ok: false, error: 'EMPTY_LIST', param: 'citations' });
    expect(hIndex([null, undefined])).toEqual({ ok: false, error: 'EMPTY_LIST', param: 'citations' });
    expect(hIndex([3, -1, 2])).toEqual({ ok: false, error: 'NEGATIVE', param: 'citations', index: 1 });
    expect(hIndex([3, 2.5])).toEqual({ ok: false, error: 'NOT_INTEGER', param: 'citations', index: 1 });
    // Negative wins over non-integer wherever they are (the native formula tests them in this order).
    expect(hIndex([2.5, -1])).toMatchObject({ error: 'NEGATIVE', index: 1 });
    expect(hIndex([1, Number.NaN])).toMatchObject({ error: 'OUT_OF_RANGE', index: 1 });
  });
});

describe('fteFromShares', () => {
  it('sums the R&D time shares', () => {
    // 1 + 0.5 + 0.25 + 0 = 1.75 FTE
    expect(value(fteFromShares([1, 0.5, 0.25, 0]))).toBe(1.75);
    // blank skipped: 0.5 + 0.5 = 1
    expect(value(fteFromShares([0.5, null, 0.5]))).toBe(1);
  });
  it('errors', () => {
    expect(fteFromShares([0.5, 1.2])).toEqual({
      ok: false,
      error: 'OUT_OF_RANGE',
      param: 'shares',
      index: 1,
    });
    expect(fteFromShares([-0.1])).toEqual({ ok: false, error: 'OUT_OF_RANGE', param: 'shares', index: 0 });
    expect(fteFromShares([Number.NaN])).toMatchObject({ error: 'OUT_OF_RANGE' });
    expect(fteFromShares([null])).toEqual({ ok: false, error: 'EMPTY_LIST', param: 'shares' });
  });
});

describe('trlMedian / trlDistribution', () => {
  it('median; even count -> mean of the two middle levels', () => {
    // sorted 2,3,7 -> 3
    expect(value(trlMedian([7, 2, 3]))).toBe(3);
    // sorted 2,3,6,9 -> (3 + 6) / 2 = 4.5
    expect(value(trlMedian([9, 3, 2, 6]))).toBe(4.5);
    // single level
    expect(value(trlMedian([null, 5]))).toBe(5);
  });
  it('errors', () => {
    expect(trlMedian([])).toEqual({ ok: false, error: 'EMPTY_LIST', param: 'levels' });
    expect(trlMedian([3, 10])).toEqual({ ok: false, error: 'OUT_OF_RANGE', param: 'levels', index: 1 });
    expect(trlMedian([0])).toEqual({ ok: false, error: 'OUT_OF_RANGE', param: 'levels', index: 0 });
    expect(trlMedian([-2])).toMatchObject({ error: 'OUT_OF_RANGE' });
    expect(trlMedian([3, 4.5])).toEqual({ ok: false, error: 'NOT_INTEGER', param: 'levels', index: 1 });
    // out of range wins over non-integer (native formula order)
    expect(trlMedian([4.5, 12])).toMatchObject({ error: 'OUT_OF_RANGE', index: 1 });
  });
  it('distribution counts each level 1–9, skipping blanks and invalid levels', () => {
    const d = trlDistribution([1, 3, 3, 9, null, 0, 4.5, 10]);
    expect(d).toEqual({ 1: 1, 2: 0, 3: 2, 4: 0, 5: 0, 6: 0, 7: 0, 8: 0, 9: 1 });
  });
});

describe('total', () => {
  it('sums the present parts', () => {
    // 1 200 + 300 + 45.5 = 1 545.5; blank skipped
    expect(value(total([1200, null, 300, 45.5]))).toBe(1545.5);
    expect(value(total([0]))).toBe(0);
  });
  it('errors', () => {
    expect(total([null, undefined])).toEqual({ ok: false, error: 'MISSING', param: 'parts' });
    expect(total([])).toEqual({ ok: false, error: 'MISSING', param: 'parts' });
    expect(total([5, -1])).toEqual({ ok: false, error: 'NEGATIVE', param: 'parts', index: 1 });
  });
});

describe('FORMULAS registry', () => {
  it('has a complete, bilingual entry for every FormulaId', () => {
    expect(Object.keys(FORMULAS).sort()).toEqual([...FORMULA_IDS].sort());
    for (const id of FORMULA_IDS) {
      const f = FORMULAS[id];
      expect(f.id).toBe(id);
      for (const text of [f.nameVi, f.nameEn, f.descriptionVi, f.descriptionEn])
        expect(text.trim()).not.toBe('');
      expect(f.params.length).toBeGreaterThan(0);
      for (const p of f.params) {
        expect(p.name).toMatch(/^[a-z][A-Za-z0-9]*$/);
        expect(p.labelVi.trim()).not.toBe('');
        expect(p.labelEn.trim()).not.toBe('');
      }
    }
  });

  it('compute() delegates to the pure functions', () => {
    expect(FORMULAS.FTE_PER_10K.compute([250, 50_000])).toEqual(ftePer10k(250, 50_000));
    expect(FORMULAS.SHARE.compute([15, 120])).toEqual({ ok: true, value: 0.125 });
    expect(FORMULAS.GROWTH.compute([5, 0])).toEqual({ ok: false, error: 'DIV_ZERO', param: 'previous' });
    expect(FORMULAS.HINDEX.compute([[3, 10, 4, 8, 5]])).toEqual({ ok: true, value: 4 });
    expect(FORMULAS.TRL_MEDIAN.compute([[9, 3, 2, 6]])).toEqual({ ok: true, value: 4.5 });
    // TOTAL is repeatable: numbers and ranges mix; 1 + 2 + 3 + 4 = 10
    expect(FORMULAS.TOTAL.compute([1, [2, null, 3], 4])).toEqual({ ok: true, value: 10 });
    // a one-cell range passed for a number is that number; a longer one is an error
    expect(FORMULAS.PER_10K.compute([[7], 70_000])).toEqual({ ok: true, value: 1 });
    expect(FORMULAS.PER_10K.compute([[7, 8], 70_000])).toMatchObject({
      ok: false,
      error: 'OUT_OF_RANGE',
      param: 'count',
    });
    // missing arguments are blanks
    expect(FORMULAS.PER_10K.compute([7])).toMatchObject({ error: 'MISSING', param: 'population' });
    expect(FORMULAS.HINDEX.compute([])).toMatchObject({ error: 'EMPTY_LIST' });
  });

  describe('native Excel formulas', () => {
    const argsFor = (id: (typeof FORMULA_IDS)[number]): string[] =>
      FORMULAS[id].params[0]?.kind === 'list'
        ? ['B2:B21', 'C2:C5'].slice(0, id === 'TOTAL' ? 2 : 1)
        : ['B2', 'C2'];

    it.each(FORMULA_IDS)('%s: no "=", balanced, Excel 2016 + LibreOffice functions only', (id) => {
      const f = FORMULAS[id].excel(argsFor(id));
      expect(f.startsWith('=')).toBe(false);
      let depth = 0;
      for (const ch of f.replace(/"[^"]*"/g, '')) {
        depth += ch === '(' ? 1 : ch === ')' ? -1 : 0;
        expect(depth).toBeGreaterThanOrEqual(0);
      }
      expect(depth).toBe(0);
      const used = new Set([...f.matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((m) => m[1]));
      const allowed = [
        'IF',
        'OR',
        'AND',
        'NOT',
        'ISNUMBER',
        'COUNT',
        'COUNTIF',
        'SUM',
        'SUMPRODUCT',
        'MEDIAN',
        'INT',
        'ROW',
        'MIN',
      ];
      for (const fn of used) expect(allowed).toContain(fn);
      expect(f).not.toMatch(/INDIRECT|OFFSET|NOW\(|TODAY\(|RAND/); // not volatile
    });

    it('writes the scalar guards in order: blank "", text #VALUE!, negative #NUM!, zero #DIV/0!', () => {
      expect(FORMULAS.FTE_PER_10K.excel(['B2', 'C2'])).toBe(
        'IF(OR(B2="",C2=""),"",IF(OR(NOT(ISNUMBER(B2)),NOT(ISNUMBER(C2))),#VALUE!,' +
          'IF(OR(B2<0,C2<0),#NUM!,IF(C2=0,#DIV/0!,B2/C2*10000))))',
      );
      expect(FORMULAS.SHARE.excel(['B2', 'C2'])).toContain('IF(C2=0,#DIV/0!,IF(B2>C2,#NUM!,B2/C2))');
      expect(FORMULAS.GROWTH.excel(['B2', 'C2'])).toContain('IF(C2=0,#DIV/0!,B2/C2-1)');
      expect(FORMULAS.IMPROVEMENT.excel(['B2', 'C2'])).toMatch(/,B2-C2\)\)\)$/);
    });

    it('h-index over a range is non-volatile', () => {
      expect(FORMULAS.HINDEX.excel(['KHCN_II_7_citations'])).toBe(
        'IF(SUMPRODUCT(--(KHCN_II_7_citations<>""))>COUNT(KHCN_II_7_citations),#VALUE!,' +
          'IF(COUNT(KHCN_II_7_citations)=0,"",' +
          'IF(COUNTIF(KHCN_II_7_citations,"<0")>0,#NUM!,' +
          'IF(SUMPRODUCT(--(KHCN_II_7_citations<>INT(KHCN_II_7_citations)))>0,#NUM!,' +
          'SUMPRODUCT(--(COUNTIF(KHCN_II_7_citations,">="&(ROW(KHCN_II_7_citations)-MIN(ROW(KHCN_II_7_citations))+1))' +
          '>=(ROW(KHCN_II_7_citations)-MIN(ROW(KHCN_II_7_citations))+1)))))))',
      );
    });

    it('TOTAL takes any number of references', () => {
      expect(FORMULAS.TOTAL.excel(['B2', 'B3:B5'])).toBe(
        'IF(SUMPRODUCT(--(B2<>""))+SUMPRODUCT(--(B3:B5<>""))>COUNT(B2,B3:B5),#VALUE!,' +
          'IF(COUNT(B2,B3:B5)=0,"",IF(COUNTIF(B2,"<0")+COUNTIF(B3:B5,"<0")>0,#NUM!,SUM(B2,B3:B5))))',
      );
    });

    it('rejects a wrong number of references', () => {
      expect(() => FORMULAS.SHARE.excel(['B2'])).toThrow(RangeError);
      expect(() => FORMULAS.HINDEX.excel(['B2:B9', 'C2:C9'])).toThrow(RangeError);
      expect(() => FORMULAS.TOTAL.excel([])).toThrow(RangeError);
    });
  });
});

describe('TRL_MEDIAN with one cell per technology (III.1 trl_1 … trl_10)', () => {
  it('reads every argument, not only the first', () => {
    // levels 3, 5, 7 -> median 5; blanks are skipped
    expect(FORMULAS.TRL_MEDIAN.compute([[3], [5], [null], [7]])).toEqual({ ok: true, value: 5 });
    const native = FORMULAS.TRL_MEDIAN.excel(['E10', 'E11', 'E12']);
    expect(native).toContain('MEDIAN(E10,E11,E12)');
  });
});
