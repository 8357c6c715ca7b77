import {
  catalogProblems,
  findIndicator,
  findTarget,
  findUnit,
  isoToExcelSerial,
  excelSerialToIso,
  loadCatalog,
  type Catalog,
  type Indicator,
} from '../../src/domain/catalog';
import { COMPONENT_TYPES, indicatorSchema } from '../../src/domain/catalog/schema';
import { CatalogError, validateCatalog } from '../../src/domain/catalog/validate';
import { col, readReference } from './reference-tables';

const catalog = loadCatalog();
const reference = readReference('evaluation-2026-indicators.tsv');

function ind(code: string): Indicator {
  const found = findIndicator(catalog, code);
  if (!found) throw new Error(`no indicator ${code}`);
  return found;
}

/** A deep, mutable copy of the catalogue for breaking it on purpose. */
function copy(): Catalog & { indicators: Indicator[] } {
  return structuredClone(catalog) as Catalog & { indicators: Indicator[] };
}

describe('catalogue equals the plan (reference/evaluation-2026-indicators.tsv)', () => {
  it('has the 50 indicators in the plan order', () => {
    expect(catalog.indicators.map((i) => i.code)).toEqual(reference.map((r) => col(r, 'code')));
  });

  it.each(reference.map((r) => [col(r, 'code'), r] as const))(
    '%s: name, lead, cooperating, deadline, group and stage are verbatim',
    (code, row) => {
      const i = ind(code);
      const [dd, mm, yyyy] = col(row, 'deadline').split('/');
      expect({
        nameVi: i.nameVi,
        leadUnitVi: i.leadUnitVi,
        cooperatingVi: i.cooperatingVi,
        deadline: i.deadline,
        group: i.group,
        groupNameVi: i.groupNameVi,
        stage: i.stage,
      }).toEqual({
        nameVi: col(row, 'name_vi'),
        leadUnitVi: col(row, 'lead_unit'),
        cooperatingVi: col(row, 'cooperating_units'),
        deadline: `${yyyy}-${mm}-${dd}`,
        group: col(row, 'group'),
        groupNameVi: col(row, 'group_name_vi'),
        stage: col(row, 'logic_stage'),
      });
    },
  );

  it('has 7 input, 9 science, 15 technology, 10 economic and 9 social indicators', () => {
    const counts = Object.fromEntries(
      ['I', 'II', 'III', 'IV', 'V'].map((g) => [g, catalog.indicators.filter((i) => i.group === g).length]),
    );
    expect(counts).toEqual({ I: 7, II: 9, III: 15, IV: 10, V: 9 });
  });

  it('reports to Sở KH&CN by 5 December 2026 and every definition is a working one', () => {
    expect(new Set(catalog.indicators.map((i) => i.deadline))).toEqual(new Set(['2026-12-05']));
    expect(catalog.indicators.every((i) => i.definitionStatus === 'working')).toBe(true);
  });
});

describe('every reference resolves', () => {
  const unitIds = new Set(catalog.units.map((u) => u.id));
  const unitCategories = new Set(catalog.units.flatMap((u) => u.categories));
  const targetCodes = new Set(catalog.targets.map((t) => t.code));

  it.each(catalog.indicators.map((i) => [i.code, i] as const))('%s', (_code, i) => {
    const keys = new Set(i.components.map((c) => c.key));
    expect(keys.size).toBe(i.components.length);
    if (i.headline.kind === 'component') expect(keys).toContain(i.headline.key);
    else expect(i.formula).toBeDefined();
    for (const arg of i.formula?.args ?? []) expect(keys).toContain(arg);
    for (const r of i.crossRules) for (const k of [...r.left, ...r.right]) expect(keys).toContain(k);
    for (const t of i.targets) {
      expect(targetCodes).toContain(t.code);
      if (typeof t.measure !== 'string' && 'growth' in t.measure) expect(keys).toContain(t.measure.growth);
      else if (typeof t.measure !== 'string') for (const k of t.measure.args) expect(keys).toContain(k);
      else if (t.measure === 'formula') expect(i.formula).toBeDefined();
      else if (t.measure !== 'value') expect(keys).toContain(t.measure);
    }
    expect(unitIds).toContain(i.leadUnitId);
    for (const id of i.cooperatingUnitIds) expect(unitIds).toContain(id);
    for (const cat of i.cooperatingCategories) expect(unitCategories).toContain(cat);
    expect(i.cooperatingUnitIds.length + i.cooperatingCategories.length).toBeGreaterThan(0);
  });

  it('has no integrity problems', () => {
    expect(catalogProblems(catalog)).toEqual([]);
  });
});

describe('components', () => {
  const all = catalog.indicators.flatMap((i) => i.components.map((c) => [`${i.code}.${c.key}`, c] as const));

  it.each(all)('%s has labels, units and finite bounds in both languages', (_id, c) => {
    expect(c.labelVi.trim()).not.toBe('');
    expect(c.labelEn.trim()).not.toBe('');
    expect(c.unitVi.trim()).not.toBe('');
    expect(c.unitEn.trim()).not.toBe('');
    expect(Number.isFinite(c.min) && Number.isFinite(c.max)).toBe(true);
    expect(c.min).toBeLessThanOrEqual(c.max);
    if (c.warnAbove !== undefined) {
      expect(c.warnAbove).toBeGreaterThan(c.min);
      expect(c.warnAbove).toBeLessThanOrEqual(c.max);
    }
    expect(COMPONENT_TYPES).toContain(c.type);
  });

  it('uses the documented bounds per type', () => {
    for (const [id, c] of all) {
      const bounds = [c.min, c.max];
      if (c.type === 'percent') expect([id, bounds]).toEqual([id, [0, 1]]);
      if (c.type === 'level') expect([id, bounds]).toEqual([id, [1, 9]]);
      if (c.type === 'date') expect([id, bounds]).toEqual([id, [43831, 47848]]); // 2020-01-01, 2030-12-31
      if (c.type === 'money') expect([id, bounds]).toEqual([id, [0, 1e9]]);
      if (c.type === 'integer' || c.type === 'decimal') expect(c.min).toBeGreaterThanOrEqual(0);
    }
  });

  it('converts dates to Excel serials and back', () => {
    expect(isoToExcelSerial('2020-01-01')).toBe(43831);
    expect(isoToExcelSerial('2026-12-05')).toBe(46361);
    expect(excelSerialToIso(47848)).toBe('2030-12-31');
    expect(() => isoToExcelSerial('05/12/2026')).toThrow(RangeError);
  });

  it('takes values only the lead knows from the lead (its official figure), and adds or counts the rest', () => {
    for (const i of catalog.indicators) {
      for (const c of i.components) {
        if (c.scope === 'lead' && c.type !== 'text' && c.type !== 'date')
          expect([i.code, c.key, c.role, c.officialUnit]).toEqual([i.code, c.key, 'official', undefined]);
        if (i.aggregation === 'sum' && ['integer', 'money', 'decimal'].includes(c.type)) {
          expect([i.code, c.key, ['sum', 'register', 'official'].includes(c.role)]).toEqual([
            i.code,
            c.key,
            true,
          ]);
        }
      }
    }
  });

  it('gives every component a reporting role and every indicator the reason in words', () => {
    const roles = new Set(catalog.indicators.flatMap((i) => i.components.map((c) => c.role)));
    expect(roles).toEqual(new Set(['official', 'sum', 'max', 'register', 'list', 'note', 'population']));
    for (const i of catalog.indicators) {
      expect(i.reportingVi.length).toBeGreaterThan(20);
      expect(i.reportingEn.length).toBeGreaterThan(20);
    }
  });

  it('warns below the maximum: a warning threshold at the maximum could never fire', () => {
    for (const i of catalog.indicators)
      for (const c of i.components)
        if (c.warnAbove !== undefined)
          expect([i.code, c.key, c.warnAbove < c.max]).toEqual([i.code, c.key, true]);
    // II.6 citations and a provincial budget of 60 000 000 million VND (normal, not "unusual").
    const citations = ind('II.6').components.find((c) => c.key === 'citations');
    expect(citations!.warnAbove).toBeLessThan(citations!.max);
    const budget = ind('I.4').components.find((c) => c.key === 'total_budget');
    expect(budget!.warnAbove).toBeGreaterThan(60_000_000);
  });
});

describe('statistical definitions', () => {
  const rule = (code: string, left: string, right: string) =>
    ind(code).crossRules.some(
      (r) => r.left.join('+') === left && r.op === '<=' && r.right.join('+') === right,
    );

  it('I.2 is FTE per 10,000 population from the statistics office’s survey and the reference population', () => {
    const i = ind('I.2');
    expect(i.formula).toMatchObject({ fn: 'FTE_PER_10K', args: ['fte', 'population'] });
    expect(i.aggregation).toBe('recompute');
    expect(i.components.find((c) => c.key === 'population')).toMatchObject({
      role: 'population',
      officialUnit: 'thong-ke',
    });
    for (const key of ['fte', 'headcount'])
      expect(i.components.find((c) => c.key === key)).toMatchObject({
        role: 'official',
        crossCheck: 'parts',
      });
    expect(i.leadUnitId).toBe('thong-ke');
    expect(rule('I.2', 'fte', 'headcount')).toBe(true);
    // Frascati: researchers, technicians, support staff (FTE ≤ headcount each), by sex and sector.
    for (const occ of ['researchers', 'technicians', 'support'])
      expect(rule('I.2', `fte_${occ}`, `headcount_${occ}`)).toBe(true);
    const sums = i.crossRules
      .filter((r) => r.op === '=')
      .map((r) => `${r.left.join('+')}=${r.right.join('')}`);
    expect(sums).toEqual([
      'headcount_researchers+headcount_technicians+headcount_support=headcount',
      'fte_researchers+fte_technicians+fte_support=fte',
      'headcount_female+headcount_male=headcount',
      'headcount_business+headcount_government+headcount_higher_ed+headcount_nonprofit=headcount',
      'fte_business+fte_government+fte_higher_ed+fte_nonprofit=fte',
    ]);
    // B.10 counts persons: compared with the headcount rate, as the same measure.
    expect(i.targets.find((t) => t.code === 'B.10')).toMatchObject({
      measure: { fn: 'PER_10K', args: ['headcount', 'population'] },
      comparable: 'same',
    });
  });

  it('I.4 and I.5 come from Sở Tài chính; I.7 telecom figures only from telecom providers', () => {
    for (const key of ['spending', 'total_budget'])
      expect(ind('I.4').components.find((c) => c.key === key)).toMatchObject({
        role: 'official',
        scope: 'lead',
      });
    expect(ind('I.4').leadUnitId).toBe('so-tai-chinh');
    expect(ind('I.4').headline).toEqual({ kind: 'component', key: 'spending' });
    expect(ind('I.4').components.find((c) => c.key === 'managed_spending')).toMatchObject({ role: 'sum' });
    const i7 = ind('I.7');
    expect(i7.components.find((c) => c.key === 'population_5g')).toMatchObject({
      role: 'max',
      scope: { categories: ['telecom'] },
    });
    for (const key of ['fixed_subscribers', 'gigabit_subscribers', 'sites_5g'])
      expect(i7.components.find((c) => c.key === key)).toMatchObject({
        role: 'sum',
        scope: { categories: ['telecom'] },
      });
    expect(i7.components.find((c) => c.key === 'population')).toMatchObject({
      role: 'population',
      scope: 'official',
    });
  });

  it('links targets as the same measure only when they are; the others are only related', () => {
    const links = catalog.indicators.flatMap((i) =>
      i.targets.map((t) => [`${i.code}→${t.code}`, t.comparable] as const),
    );
    const related = links.filter(([, c]) => c === 'related').map(([l]) => l);
    expect(new Set(related)).toEqual(
      new Set([
        'I.7→A.3',
        'III.8→C.6',
        'III.10→D.6',
        'IV.3→B.5',
        'IV.5→C.8',
        'IV.6→D.2',
        'IV.6→C.1',
        'III.7→D.14',
      ]),
    );
    // A yearly flow is never the same measure as a stock target (catalogProblems refuses it).
    expect(findTarget(catalog, 'D.2')?.timing).toBe('stock');
    expect(findTarget(catalog, 'C.9')?.timing).toBe('flow');
    expect(findTarget(catalog, 'B.1')?.timing).toBe('rate');
    expect(findTarget(catalog, 'D.1')?.better).toBe('lower');
  });

  it('II.8 divides by the papers of the units that publish; IV.5 is a count', () => {
    expect(ind('II.8').ratioUnits).toBe('positive-denominator');
    expect(ind('IV.5').headline).toEqual({ kind: 'component', key: 'beneficiaries' });
    expect(ind('IV.5').components.find((c) => c.key === 'active_enterprises')).toMatchObject({
      role: 'official',
      officialUnit: 'thong-ke',
    });
  });

  it('keeps the subset rules of the issue', () => {
    expect(rule('II.3', 'q1_papers', 'intl_papers')).toBe(true);
    expect(rule('II.4', 'intl_coauthored', 'intl_papers')).toBe(true);
    expect(rule('III.8', 'commercialised', 'results')).toBe(true);
  });

  it('gives every share a numerator ≤ denominator rule', () => {
    const shares = catalog.indicators.filter((i) => i.formula?.fn === 'SHARE');
    expect(shares.length).toBeGreaterThanOrEqual(10);
    for (const i of shares) {
      const [part = '', whole = ''] = i.formula?.args ?? [];
      expect([i.code, rule(i.code, part, whole)]).toEqual([i.code, true]);
      expect(i.formula?.resultType).toBe('percent');
    }
  });

  it('III.1 pools up to ten optional TRL levels and reports their distribution', () => {
    const i = ind('III.1');
    const keys = Array.from({ length: 10 }, (_, n) => `trl_${n + 1}`);
    expect(i.components.map((c) => c.key)).toEqual(keys);
    for (const c of i.components) expect(c).toMatchObject({ type: 'level', min: 1, max: 9, required: false });
    expect(i.formula).toMatchObject({ fn: 'TRL_MEDIAN', args: keys });
    expect(i.aggregation).toBe('distribution');
  });

  it('II.7 computes the h-index from a merged citation list, never a sum', () => {
    const i = ind('II.7');
    expect(i.components.find((c) => c.key === 'citations')).toMatchObject({
      type: 'list',
      listItem: 'number',
      role: 'list',
    });
    expect(i.formula).toMatchObject({ fn: 'HINDEX', args: ['citations'] });
    expect(i.aggregation).toBe('mergeList');
  });

  it('II.1 counts a paper co-authored by two units once (DOI list, dedupCount)', () => {
    const i = ind('II.1');
    expect(i.aggregation).toBe('dedupCount');
    expect(i.headline).toEqual({ kind: 'component', key: 'papers' });
    expect(i.components.find((c) => c.key === 'doi_list')).toMatchObject({ type: 'list', listItem: 'text' });
    expect(i.targets).toEqual([{ code: 'C.9', measure: 'value', comparable: 'same' }]);
  });

  it('I.4 gives the amount, and its budget share (lead-only total budget) is compared with B.1', () => {
    const i = ind('I.4');
    expect(i.formula).toMatchObject({
      fn: 'SHARE',
      args: ['spending', 'total_budget'],
      resultType: 'percent',
    });
    expect(i.components.find((c) => c.key === 'total_budget')).toMatchObject({
      scope: 'lead',
      type: 'money',
    });
    expect(i.targets.map((t) => t.code)).toEqual(['B.1']);
  });

  it('III.7 headline is the TOTAL of patents / utility solutions, IC layouts and varieties', () => {
    const i = ind('III.7');
    expect(i.headline).toEqual({ kind: 'formula' });
    expect(i.formula).toMatchObject({ fn: 'TOTAL', args: ['patents_utility', 'ic_layouts', 'varieties'] });
  });

  it.each(['V.5', 'V.6', 'V.7', 'V.8', 'V.9'])(
    '%s ("Mức độ …") is a lead-only improvement of a documented score',
    (code) => {
      const i = ind(code);
      expect(i.formula).toMatchObject({ fn: 'IMPROVEMENT', args: ['current_score', 'baseline_score'] });
      expect(i.aggregation).toBe('lead');
      const method = i.components.find((c) => c.key === 'method');
      expect(method).toMatchObject({ type: 'text', required: true, scope: 'lead' });
      for (const key of ['baseline_score', 'current_score']) {
        expect(i.components.find((c) => c.key === key)).toMatchObject({ min: 0, max: 100, scope: 'lead' });
      }
    },
  );

  it('links the indicators to the matching provincial targets', () => {
    const links = catalog.indicators.flatMap((i) => i.targets.map((t) => `${i.code}↔${t.code}`));
    for (const expected of [
      'I.2↔B.10',
      'II.1↔C.9',
      'I.4↔B.1',
      'III.2↔C.7',
      'III.7↔D.9',
      'III.8↔C.6',
      'IV.6↔D.2',
      'IV.5↔C.8',
      'I.7↔A.1',
      'IV.3↔B.5',
      'III.10↔D.6',
    ]) {
      expect(links).toContain(expected);
    }
  });

  it('compares percentages only with percentages', () => {
    const percent = (i: Indicator, key: string): boolean | undefined =>
      i.components.find((c) => c.key === key)?.type === 'percent';
    for (const i of catalog.indicators) {
      for (const link of i.targets) {
        const target = findTarget(catalog, link.code);
        const m = link.measure;
        const formulaPercent = (fn: string): boolean => fn === 'SHARE' || fn === 'GROWTH';
        const measurePercent =
          typeof m !== 'string'
            ? 'growth' in m || formulaPercent(m.fn)
            : m === 'formula'
              ? i.formula?.resultType === 'percent'
              : m === 'value'
                ? i.headline.kind === 'formula'
                  ? i.formula?.resultType === 'percent'
                  : percent(i, i.headline.key)
                : percent(i, m);
        expect([i.code, link.code, measurePercent]).toEqual([i.code, link.code, target?.isPercent]);
      }
    }
  });
});

describe('validation', () => {
  it('accepts a plain copy and returns it frozen', () => {
    const validated = validateCatalog(copy());
    expect(validated.indicators).toHaveLength(50);
    // The built-in catalogue is not re-validated at start: this is its check.
    expect(validated).toEqual(loadCatalog());
    expect(Object.isFrozen(validated.indicators[0]?.components[0])).toBe(true);
  });

  it('is memoised and frozen', () => {
    expect(loadCatalog()).toBe(catalog);
    expect(Object.isFrozen(catalog.indicators)).toBe(true);
    expect(() => {
      (catalog.indicators as Indicator[]).pop();
    }).toThrow(TypeError);
  });

  it('every indicator passes the zod schema on its own', () => {
    for (const i of catalog.indicators) expect(indicatorSchema.safeParse(i).success).toBe(true);
  });

  const breakages: [string, (c: ReturnType<typeof copy>) => void, RegExp][] = [
    [
      'a component with min > max (zod)',
      (c) => {
        const comp = c.indicators[0]?.components[0];
        if (comp) comp.min = comp.max + 1;
      },
      /min must be <= max/,
    ],
    [
      'a formula argument that is not a component',
      (c) => {
        const f = c.indicators[1]?.formula;
        if (f) f.args[0] = 'fte_typo';
      },
      /I\.2: formula argument 'fte_typo' is not a component/,
    ],
    [
      'a link to a target that does not exist',
      (c) => c.indicators[1]?.targets.push({ code: 'B.99', measure: 'value', comparable: 'same' }),
      /I\.2: target B\.99 does not exist/,
    ],
    [
      'a yearly flow linked as the same measure as a stock target',
      (c) => {
        const link = c.indicators.find((x) => x.code === 'IV.6')?.targets.find((t) => t.code === 'D.2');
        if (link) link.comparable = 'same';
      },
      /IV\.6: D\.2 is a stock but 'innovative_startups' is a flow/,
    ],
    [
      'a share without its numerator ≤ denominator rule',
      (c) => {
        const i = c.indicators.find((x) => x.code === 'II.3');
        if (i) i.crossRules = [];
      },
      /II\.3: SHARE needs the cross rule q1_papers <= intl_papers/,
    ],
    [
      'an unknown lead unit',
      (c) => {
        const i = c.indicators[0];
        if (i) i.leadUnitId = 'so-khong-co';
      },
      /lead unit 'so-khong-co' is not in the registry/,
    ],
    [
      'a headline component that does not exist',
      (c) => {
        const i = c.indicators.find((x) => x.code === 'I.3');
        if (i) i.headline = { kind: 'component', key: 'groups' };
      },
      /I\.3: headline 'groups' is not a numeric component/,
    ],
    [
      'a percentage measure linked to a count target',
      (c) =>
        c.indicators
          .find((x) => x.code === 'II.3')
          ?.targets.push({ code: 'C.9', measure: 'value', comparable: 'same' }),
      /C\.9 is not a percentage/,
    ],
    [
      'a repeated indicator code',
      (c) => {
        const first = c.indicators[0];
        if (first) c.indicators.push(structuredClone(first));
      },
      /indicator I\.1 is repeated/,
    ],
  ];

  it.each(breakages)('rejects %s', (_name, breakIt, message) => {
    const broken = copy();
    breakIt(broken);
    expect(() => validateCatalog(broken)).toThrow(CatalogError);
    expect(() => validateCatalog(broken)).toThrow(message);
  });
});

describe('look-ups', () => {
  it('finds indicators, units and targets regardless of case and spaces', () => {
    expect(findIndicator(catalog, ' ii.1 ')?.code).toBe('II.1');
    expect(findIndicator(catalog, 'VI.1')).toBeUndefined();
    expect(findUnit(catalog, 'SO-KHCN')?.nameVi).toBe('Sở Khoa học và Công nghệ');
    expect(findTarget(catalog, 'b.10')?.unitVi).toBe('Người/vạn dân');
    expect(findTarget(catalog, 'F.1')).toBeUndefined();
  });
});
