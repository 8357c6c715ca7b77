import { withUnits } from '../../src/domain/registry';
import { excelSerialToIso, indicatorsForUnit, loadCatalog, type Catalog } from '../../src/domain/catalog';
import type { Component, Indicator } from '../../src/domain/catalog/schema';
import { FORMULAS } from '../../src/domain/formulas';
import { buildTemplate, UnknownUnitError } from '../../src/domain/template/build-template';
import { DATA_SHEET } from '../../src/domain/template/data-sheet';
import {
  identityRows,
  IDENTITY_SHEET,
  inputsChecksum,
  parseIdentity,
} from '../../src/domain/template/identity';
import { NUMBER_LIST_ROWS, VALIDATION_LIMITS } from '../../src/domain/template/inputs';
import type { CellSpec, SheetSpec, TemplateLayout } from '../../src/domain/template/layout-types';
import { TEMPLATE_VERSION } from '../../src/domain/template/layout-types';
import { inputName, parseInputName } from '../../src/domain/template/names';
import { NUMBER_FORMATS, STYLES } from '../../src/domain/template/styles';

const catalog: Catalog = loadCatalog();
const GENERATED_AT = '2026-11-21T08:00:00.000Z';
const build = (unitId: string, formulaMode: 'native' | 'custom' = 'native'): TemplateLayout =>
  buildTemplate(catalog, unitId, 2026, { formulaMode, generatedAt: GENERATED_AT });

const ALL = catalog.units.map((u) => [u.id, build(u.id)] as const);

const sheet = (layout: TemplateLayout, name: string): SheetSpec => {
  const s = layout.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
};

/** Every A1 address of 'E20' or 'E20:E69' (one column). */
function addresses(range: string): string[] {
  const [from = '', to = from] = range.split(':');
  const col = from.replace(/\d+/g, '');
  const start = Number(from.slice(col.length));
  const end = Number(to.slice(col.length));
  return Array.from({ length: end - start + 1 }, (_, i) => `${col}${start + i}`);
}

function cellAt(s: SheetSpec, address: string): CellSpec {
  const c = s.cells.find((x) => x.address === address);
  if (!c) throw new Error(`no cell ${address} on ${s.name}`);
  return c;
}

function component(code: string, key: string): { ind: Indicator; c: Component } {
  const ind = catalog.indicators.find((i) => i.code === code);
  const c = ind?.components.find((x) => x.key === key);
  if (!ind || !c) throw new Error(`${code}.${key}`);
  return { ind, c };
}

describe('buildTemplate: sheets', () => {
  it('gives every unit the four sheets (and its register sheets after the data sheet), with valid Excel sheet names', () => {
    for (const [, layout] of ALL) {
      const registers = layout.sheets.filter((s) => s.role === 'register').map((s) => s.name);
      expect(layout.sheets.map((s) => s.name)).toEqual([
        'Hướng dẫn',
        'Nhập liệu',
        ...registers,
        'Từ điển chỉ số',
        '_khcn',
      ]);
      for (const s of layout.sheets) {
        expect(s.name.length).toBeLessThanOrEqual(31);
        expect(s.name).not.toMatch(/[[\]:*?/\\]/);
        expect(s.name).not.toMatch(/^'|'$/);
      }
    }
  });

  it('protects every visible sheet but the register sheets (tables grow), and leaves only the identity sheet very hidden and unprotected', () => {
    for (const [, layout] of ALL) {
      for (const s of layout.sheets) {
        expect(s.visibility).toBe(s.role === 'identity' ? 'veryHidden' : 'visible');
        expect(s.protect).toBe(s.role !== 'identity' && s.role !== 'register');
      }
    }
  });

  it('never writes a cell twice, keeps formulas without "=" and uses known styles', () => {
    for (const [, layout] of ALL) {
      for (const s of layout.sheets) {
        const seen = new Set(s.cells.map((c) => c.address));
        expect(seen.size).toBe(s.cells.length);
        for (const c of s.cells) {
          if (c.formula !== undefined) expect(c.formula.startsWith('=')).toBe(false);
          if (c.style !== undefined) expect(STYLES[c.style]).toBeDefined();
        }
      }
    }
  });

  it("keeps formulas within Excel's limits (8 192 characters, 64 nesting levels, 255-character texts)", () => {
    for (const [, layout] of ALL) {
      for (const c of sheet(layout, DATA_SHEET).cells) {
        if (c.formula === undefined) continue;
        expect(c.formula.length).toBeLessThanOrEqual(8192);
        let depth = 0;
        let max = 0;
        for (const ch of c.formula.replace(/"(?:[^"]|"")*"/g, '""')) {
          depth += ch === '(' ? 1 : ch === ')' ? -1 : 0;
          max = Math.max(max, depth);
        }
        expect(depth).toBe(0);
        expect(max).toBeLessThanOrEqual(64);
        for (const m of c.formula.matchAll(/"((?:[^"]|"")*)"/g))
          expect((m[1] ?? '').length).toBeLessThanOrEqual(255);
      }
    }
  });

  it('freezes the header rows of the data and dictionary sheets', () => {
    const layout = build('so-khcn');
    expect(sheet(layout, DATA_SHEET).freeze).toEqual({ rows: 3, columns: 0 });
    expect(sheet(layout, 'Từ điển chỉ số').freeze?.rows).toBe(3);
  });

  it('throws UnknownUnitError for an id that is not in the registry', () => {
    expect(() => build('khong-co')).toThrow(UnknownUnitError);
  });

  it('is deterministic: the same inputs give the same layout', () => {
    expect(JSON.stringify(build('thong-ke'))).toBe(JSON.stringify(build('thong-ke')));
  });
});

describe('buildTemplate: inputs and defined names', () => {
  it("has exactly the unit's indicators, in catalogue order, for every unit", () => {
    for (const [id, layout] of ALL) {
      const expected = indicatorsForUnit(catalog, id).map((a) => a.indicator.code);
      expect([id, layout.indicators?.map((i) => i.code)]).toEqual([id, expected]);
      expect(layout.inputs.every((i) => expected.includes(i.indicator))).toBe(true);
    }
    expect(build('xp-07210').indicators?.map((i) => i.code)).toEqual(['I.1', 'I.6']);
  });

  it('names follow KHCN_<code>_<component> and are unique (case-insensitively) in every template', () => {
    for (const [, layout] of ALL) {
      const lower = layout.inputs.map((i) => i.name.toLowerCase());
      expect(new Set(lower).size).toBe(lower.length);
      for (const i of layout.inputs) {
        expect(i.name).toBe(inputName(i.indicator, i.component));
        expect(parseInputName(i.name)).toEqual({ indicator: i.indicator, component: i.component });
        expect(i.sheet).toBe(DATA_SHEET);
      }
    }
  });

  it('gives lead-only components to the lead unit only, and shared ones to every unit assigned', () => {
    for (const [id, layout] of ALL) {
      for (const { indicator, role } of indicatorsForUnit(catalog, id)) {
        const present = new Set(
          layout.inputs.filter((i) => i.indicator === indicator.code).map((i) => i.component),
        );
        for (const c of indicator.components) {
          if (c.scope === 'all')
            expect([indicator.code, c.key, present.has(c.key)]).toEqual([indicator.code, c.key, true]);
          if (c.scope === 'lead')
            expect([indicator.code, c.key, present.has(c.key)]).toEqual([
              indicator.code,
              c.key,
              role === 'lead',
            ]);
        }
      }
    }
    const names = (id: string) => build(id).inputs.map((i) => i.name);
    expect(names('thong-ke')).toContain('KHCN_I_2_population');
    expect(names('so-khcn')).toContain('KHCN_I_2_fte');
  });

  it('puts a component only in the templates of the units its scope names', () => {
    const names = (id: string) => new Set(build(id).inputs.map((i) => i.name));
    const telecom = names('vien-thong-mau');
    const dept = names('so-cong-thuong');
    const lead = names('so-khcn');
    // I.7: coverage, subscriptions and 5G sites come from telecom providers only.
    for (const key of ['population_5g', 'fixed_subscribers', 'gigabit_subscribers', 'sites_5g']) {
      expect(telecom.has(`KHCN_I_7_${key}`)).toBe(true);
      expect(dept.has(`KHCN_I_7_${key}`)).toBe(false);
      expect(lead.has(`KHCN_I_7_${key}`)).toBe(false);
    }
    expect(dept.has('KHCN_I_7_research_computing')).toBe(true);
    // The one reference population: only the statistics office enters it (in I.2), nobody in I.7.
    expect(names('thong-ke').has('KHCN_I_2_population')).toBe(true);
    for (const [id] of ALL) expect(names(id).has('KHCN_I_7_population')).toBe(false);
    // IV.5 active enterprises: the statistics office's figure, not the lead's.
    expect(names('thong-ke').has('KHCN_IV_5_active_enterprises')).toBe(true);
    expect(lead.has('KHCN_IV_5_active_enterprises')).toBe(false);
    // I.2 by sector of performance: only the statistics office's survey knows the sectors.
    expect(names('thong-ke').has('KHCN_I_2_headcount_business')).toBe(true);
    expect(names('vien-truong-mau').has('KHCN_I_2_headcount_business')).toBe(false);
    expect(names('vien-truong-mau').has('KHCN_I_2_headcount_researchers')).toBe(true);
    expect(names('so-khcn')).not.toContain('KHCN_I_2_population');
  });

  it('every input cell is unlocked, formatted and validated by the bounds of its component', () => {
    for (const [, layout] of ALL) {
      const data = sheet(layout, DATA_SHEET);
      for (const input of layout.inputs) {
        const { ind, c } = component(input.indicator, input.component);
        const cells = addresses(input.range);
        expect(cells).toHaveLength(c.type === 'list' && c.listItem === 'number' ? NUMBER_LIST_ROWS : 1);
        for (const address of cells) {
          const cell = cellAt(data, address);
          expect(cell.locked).toBe(false);
          expect(cell.style).toBe(c.required ? 'input' : 'inputOptional');
          const v = cell.validation;
          if (!v) throw new Error(`${input.name} has no validation`);
          expect(v.titleVi.length).toBeLessThanOrEqual(VALIDATION_LIMITS.title);
          expect(v.promptVi.length).toBeLessThanOrEqual(VALIDATION_LIMITS.prompt);
          expect(v.errorVi.length).toBeLessThanOrEqual(VALIDATION_LIMITS.error);
          expect(v.titleVi).toContain(ind.code);
          switch (c.type) {
            case 'integer':
              expect(v).toMatchObject({ kind: 'whole', min: c.min, max: c.max });
              expect(cell.numberFormat).toBe(NUMBER_FORMATS.integer);
              break;
            case 'decimal':
            case 'money':
            case 'percent':
              expect(v).toMatchObject({ kind: 'decimal', min: c.min, max: c.max });
              expect(cell.numberFormat).toBe(NUMBER_FORMATS[c.type]);
              break;
            case 'level':
              expect(v).toMatchObject({ kind: 'list', items: [1, 2, 3, 4, 5, 6, 7, 8, 9] });
              expect(cell.numberFormat).toBe('0');
              break;
            case 'date':
              expect(v).toMatchObject({
                kind: 'date',
                min: excelSerialToIso(c.min),
                max: excelSerialToIso(c.max),
              });
              expect(cell.numberFormat).toBe('dd/mm/yyyy');
              break;
            case 'text':
              expect(v).toMatchObject({ kind: 'textLength', max: c.max });
              expect(cell.numberFormat).toBe('@');
              break;
            case 'list':
              if (c.listItem === 'text') expect(v).toMatchObject({ kind: 'textLength', max: c.max });
              else expect(v).toMatchObject({ kind: 'whole', min: c.min, max: c.max });
              break;
          }
        }
      }
    }
  });

  it('writes Vietnamese prompts with Vietnamese number formatting', () => {
    const data = sheet(build('thong-ke'), DATA_SHEET);
    const headcount = build('thong-ke').inputs.find((i) => i.name === 'KHCN_I_2_headcount');
    const v = cellAt(data, headcount?.range ?? '').validation;
    expect(v?.promptVi).toBe(
      'Nhập số nguyên từ 0 đến 5.000.000 (người). Trên 200.000 sẽ được cảnh báo để kiểm tra lại. Bắt buộc nhập.',
    );
    expect(v?.errorVi).toContain('phải là số nguyên từ 0 đến 5.000.000 (người)');
  });

  it('names a vertical block for numeric lists and one cell for text lists', () => {
    const layout = build('so-khcn');
    const citations = layout.inputs.find((i) => i.name === 'KHCN_II_7_citations');
    expect(citations?.range).toMatch(/^E(\d+):E(\d+)$/);
    expect(addresses(citations?.range ?? '')).toHaveLength(NUMBER_LIST_ROWS);
    expect(layout.inputs.find((i) => i.name === 'KHCN_II_1_doi_list')?.range).toMatch(/^E\d+$/);
  });

  it('keeps evidence cells (column F, same row) unlocked and unnamed', () => {
    const layout = build('so-khcn');
    const data = sheet(layout, DATA_SHEET);
    for (const input of layout.inputs) {
      for (const address of addresses(input.range)) {
        const f = cellAt(data, address.replace(/^E/, 'F'));
        expect(f.locked).toBe(false);
        expect(f.numberFormat).toBe('@');
      }
    }
    const unlocked = data.cells.filter((c) => !c.locked).map((c) => c.address[0]);
    expect(new Set(unlocked)).toEqual(new Set(['E', 'F']));
  });
});

describe('buildTemplate: results and status', () => {
  it('native results are FORMULAS[fn].excel over the defined names of the inputs', () => {
    const layout = build('thong-ke');
    const i2 = layout.indicators?.find((i) => i.code === 'I.2');
    const data = sheet(layout, DATA_SHEET);
    expect(cellAt(data, i2?.resultCell ?? '').formula).toBe(
      FORMULAS.FTE_PER_10K.excel(['KHCN_I_2_fte', 'KHCN_I_2_population']),
    );
    expect(cellAt(data, i2?.resultCell ?? '').numberFormat).toBe('#,##0.00');
  });

  it('custom results call KHCN.<FN> with the same names', () => {
    const layout = build('so-khcn', 'custom');
    const data = sheet(layout, DATA_SHEET);
    const cell = (code: string) =>
      cellAt(data, layout.indicators?.find((i) => i.code === code)?.resultCell ?? '');
    expect(cell('III.1').formula).toBe(
      `KHCN.TRL_MEDIAN(${Array.from({ length: 10 }, (_, i) => `KHCN_III_1_trl_${i + 1}`).join(',')})`,
    );
    expect(cell('II.7').formula).toBe('KHCN.HINDEX(KHCN_II_7_citations)');
    expect(cell('II.3').numberFormat).toBe('0.0%');
  });

  it('has a result cell exactly when every argument of the formula is in the template', () => {
    for (const [, layout] of ALL) {
      const names = new Set(layout.inputs.map((i) => i.name));
      for (const rows of layout.indicators ?? []) {
        const ind = catalog.indicators.find((i) => i.code === rows.code);
        const f = ind?.formula;
        const complete = f !== undefined && f.args.every((k) => names.has(inputName(rows.code, k)));
        expect([rows.code, rows.resultCell !== undefined]).toEqual([rows.code, complete]);
      }
    }
    // A department cooperating on I.2 has no population: the rate is computed for the province.
    expect(build('so-khcn').indicators?.find((i) => i.code === 'I.2')?.resultCell).toBeUndefined();
  });

  it('gives every indicator a status formula and every component row its own', () => {
    const layout = build('so-khcn');
    const data = sheet(layout, DATA_SHEET);
    for (const rows of layout.indicators ?? [])
      expect(cellAt(data, rows.statusCell).formula).toMatch(/^IF\(/);
    for (const input of layout.inputs) {
      const first = addresses(input.range)[0] ?? '';
      expect(cellAt(data, first.replace(/^E/, 'H')).formula).toContain(input.name);
    }
  });

  it('colours the status and result columns', () => {
    const formats = sheet(build('so-khcn'), DATA_SHEET).conditionalFormats ?? [];
    expect(formats.map((f) => f.style)).toEqual([
      'legendError',
      'legendError',
      'legendWarning',
      'legendWarning',
      'legendOk',
    ]);
  });
});

describe('buildTemplate: identity and instructions', () => {
  it('records template, catalogue, unit, year, time, mode and a checksum of the input names', () => {
    const layout = build('xp-07210');
    expect(layout.identity).toEqual({
      templateVersion: TEMPLATE_VERSION,
      catalogVersion: catalog.version,
      unitId: 'xp-07210',
      unitName: 'Phường Bắc Giang',
      year: 2026,
      generatedAt: GENERATED_AT,
      formulaMode: 'native',
      inputCount: layout.inputs.length,
      inputsChecksum: inputsChecksum(layout.inputs.map((i) => i.name)),
    });
    const id = sheet(layout, IDENTITY_SHEET);
    const rows = identityRows(layout.identity);
    expect(id.cells.filter((c) => c.address.startsWith('A')).map((c) => c.value)).toEqual(
      rows.map((r) => r[0]),
    );
    expect(parseIdentity(rows)).toEqual({ ok: true, identity: layout.identity });
  });

  it('parses identity values read back as text and reports missing keys', () => {
    expect(parseIdentity([['year', '2026']])).toMatchObject({ ok: false });
    const parsed = parseIdentity([
      ['templateVersion', '1.0'],
      ['catalogVersion', '2026.1'],
      ['unitId', 'so-khcn'],
      ['year', '2026'],
      ['generatedAt', GENERATED_AT],
    ]);
    expect(parsed).toEqual({
      ok: true,
      identity: {
        templateVersion: '1.0',
        catalogVersion: '2026.1',
        unitId: 'so-khcn',
        year: 2026,
        generatedAt: GENERATED_AT,
      },
    });
  });

  it('checksums do not depend on order and change when a name is missing', () => {
    expect(inputsChecksum(['b', 'a'])).toBe(inputsChecksum(['a', 'b']));
    expect(inputsChecksum(['a'])).not.toBe(inputsChecksum(['a', 'b']));
    expect(inputsChecksum([])).toMatch(/^[0-9a-f]{8}$/);
  });

  it('tells the unit its name, the deadline, the steps, the colours and a contact placeholder', () => {
    const text = sheet(build('so-khcn'), 'Hướng dẫn')
      .cells.map((c) => String(c.value ?? ''))
      .join('\n');
    expect(text).toContain('Sở Khoa học và Công nghệ');
    expect(text).toContain('05/12/2026');
    // Seven steps, and one more for a unit with register sheets (Sở KH&CN has all seven).
    expect(text).toContain('Bước 8');
    expect(text).not.toContain('Bước 9');
    expect(text).toContain('"DS Công bố", "DS Sở hữu trí tuệ"');
    const none = catalog.units.find((u) => build(u.id).sheets.every((s) => s.role !== 'register'));
    const plain = sheet(build(none!.id), 'Hướng dẫn')
      .cells.map((c) => String(c.value ?? ''))
      .join('\n');
    expect(plain).toContain('Bước 7');
    expect(plain).not.toContain('Bước 8');
    // The built-in registry has no contact details: they stay visibly to be completed.
    expect(text).toContain('CẦN BỔ SUNG');
    expect(text).toContain('Sở Khoa học và Công nghệ tỉnh Bắc Ninh');
    const styles = sheet(build('so-khcn'), 'Hướng dẫn').cells.map((c) => c.style);
    for (const s of [
      'legendInput',
      'inputOptional',
      'legendDerived',
      'legendError',
      'legendWarning',
    ] as const)
      expect(styles).toContain(s);
  });

  it("shows the office's contact from the registry instead of the placeholder", () => {
    const office = {
      nameVi: 'Sở KH&CN Bắc Ninh – Phòng Quản lý khoa học',
      person: 'Nguyễn Thị Lan',
      phone: '0222 3822 111',
      email: 'qlkh.skhcn@bacninh.gov.vn',
    };
    const withOffice = withUnits(catalog, catalog.units, office);
    const layout = buildTemplate(withOffice, 'so-khcn', 2026, {
      formulaMode: 'native',
      generatedAt: '2026-11-21T08:00:00Z',
    });
    const text = sheet(layout, 'Hướng dẫn')
      .cells.map((c) => String(c.value ?? ''))
      .join('\n');
    for (const v of Object.values(office)) expect(text).toContain(v);
    expect(text).not.toContain('CẦN BỔ SUNG');
  });

  it("lists the unit's indicators in its dictionary sheet", () => {
    const dict = sheet(build('xp-07210'), 'Từ điển chỉ số');
    const codes = dict.cells.filter((c) => c.address.startsWith('A') && /^\w+\.\d+$/.test(String(c.value)));
    expect(codes.map((c) => c.value)).toEqual(
      indicatorsForUnit(catalog, 'xp-07210').map((a) => a.indicator.code),
    );
  });
});
