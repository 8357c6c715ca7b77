/**
 * LibreOffice proof: templates written by exceljs, filled BY DEFINED NAME, opened and saved by
 * LibreOffice Calc (which computes every formula), then read back. The native formulas' results
 * must equal FORMULAS[fn].compute of the same inputs — i.e. a unit on Excel 2016 or LibreOffice
 * sees the numbers the KHCN.* custom functions and the consolidation give — and the defined
 * names and data validations must survive. One soffice call converts every file (it is slow).
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { loadCatalog } from '../../src/domain/catalog';
import type { Component, Indicator } from '../../src/domain/catalog/schema';
import { FORMULAS, type FormulaArg, type FormulaResult, type Num } from '../../src/domain/formulas';
import { buildTemplate } from '../../src/domain/template/build-template';
import { DATA_SHEET } from '../../src/domain/template/data-sheet';
import { IDENTITY_SHEET, parseIdentity } from '../../src/domain/template/identity';
import { NUMBER_LIST_ROWS } from '../../src/domain/template/inputs';
import type { DataValidationSpec, TemplateLayout } from '../../src/domain/template/layout-types';
import { writeTemplateXlsx } from '../../src/cli/xlsx/template-writer';
import { convertWithLibreOffice, describeWithLibreOffice, namedCells } from './libreoffice-helpers';

const catalog = loadCatalog();
const UNITS = ['so-khcn', 'thong-ke', 'so-tai-chinh', 'vp-ubnd', 'xp-07210', 'vien-truong-mau'];
type Scenario = 'valid' | 'edge';
const SCENARIOS: Scenario[] = ['valid', 'edge'];

/** What was typed into one input: a number, a text, blank, or the cells of a numeric block. */
type Filled = number | string | null | (number | null)[];

/** A deterministic fraction in [0.05, 0.5) from a text. */
function fraction(text: string): number {
  let h = 7;
  for (const ch of text) h = (h * 31 + ch.charCodeAt(0)) % 10_007;
  return 0.05 + (h / 10_007) * 0.45;
}

function validValue(ind: Indicator, c: Component): Filled {
  const f = fraction(`${ind.code}.${c.key}`);
  const upper = Math.min(c.warnAbove ?? c.max, c.max);
  const span = upper - c.min;
  switch (c.type) {
    case 'integer':
      return Math.round(c.min + span * f);
    case 'decimal':
    case 'money':
      return Math.round((c.min + span * f) * 100) / 100;
    case 'percent':
      return Math.round((c.min + span * f) * 1000) / 1000;
    case 'level':
      return 1 + (Math.floor(f * 18) % 9);
    case 'date':
      return Math.round(c.min + (c.max - c.min) * f);
    case 'text':
      return 'Ghi chú kiểm thử: =không phải công thức';
    case 'list':
      // A blank in the middle of the block: blanks are skipped by both implementations.
      return c.listItem === 'text' ? '10.1000/abc; 10.1000/def' : [12, 9, 7, 5, null, 3, 3, 1, 0, 4];
  }
}

/** Per indicator, one kind of trouble: blanks, zeros, negatives, part > total, fractions. */
function edgeValue(ind: Indicator, index: number, c: Component, position: number): Filled {
  const mode = index % 5;
  if (c.type === 'text' || (c.type === 'list' && c.listItem === 'text')) return mode === 0 ? null : 'x';
  const scalar = [null, 0, -5, position === 0 ? 100 : 7, 2.5][mode] ?? null;
  if (c.type === 'list') return [[], [0, 0], [3, -1], [100, 7], [2.5, 3]][mode] ?? [];
  return scalar;
}

/**
 * Valid values also keep every cross rule (part ≤ whole, chains included); parts that must add up
 * to a total are made to (the last part takes what the others leave).
 */
function keepCrossRules(ind: Indicator, values: Map<string, Filled>): void {
  for (let pass = 0; pass < 3; pass++) {
    for (const r of ind.crossRules) {
      const [l = '', rk = ''] = [r.left[0], r.right[0]];
      if (r.op === '=') {
        const total = values.get(rk);
        const parts = r.left.filter((k) => typeof values.get(k) === 'number');
        if (typeof total !== 'number' || parts.length !== r.left.length) continue;
        let rest = total;
        r.left.forEach((k, i) => {
          const part = i === r.left.length - 1 ? rest : Math.floor(rest / 2);
          values.set(k, part);
          rest -= part;
        });
        continue;
      }
      const left = values.get(l);
      const right = values.get(rk);
      if (r.left.length > 1 || r.right.length > 1) continue;
      if (typeof left !== 'number' || typeof right !== 'number') continue;
      if (r.op === '<=' && left > right) values.set(l, Math.floor(right / 2));
      if (r.op === '>=' && left < right) values.set(rk, Math.floor(left / 2));
    }
  }
}

function fillValues(layout: TemplateLayout, scenario: Scenario): Map<string, Filled> {
  const out = new Map<string, Filled>();
  (layout.indicators ?? []).forEach((rows, index) => {
    const ind = catalog.indicators.find((i) => i.code === rows.code);
    if (!ind) throw new Error(rows.code);
    const present = layout.inputs.filter((i) => i.indicator === ind.code).map((i) => i.component);
    const values = new Map<string, Filled>();
    ind.components
      .filter((c) => present.includes(c.key))
      .forEach((c, position) =>
        values.set(c.key, scenario === 'valid' ? validValue(ind, c) : edgeValue(ind, index, c, position)),
      );
    if (scenario === 'valid') keepCrossRules(ind, values);
    for (const [key, v] of values) out.set(`KHCN_${ind.code.replace(/\./g, '_')}_${key}`, v);
  });
  return out;
}

/** Cells of a defined name as exceljs reads it: "'Nhập liệu'!$E$20:$E$69" → sheet + addresses. */
async function fillByName(path: string, values: Map<string, Filled>): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  for (const [name, value] of values) {
    const { sheet, cells } = namedCells(wb, name);
    const ws = wb.getWorksheet(sheet);
    if (!ws) throw new Error(sheet);
    const list = Array.isArray(value) ? value : [value];
    if (list.length > cells.length) throw new Error(`${name}: too many values`);
    list.forEach((v, i) => {
      ws.getCell(cells[i] ?? '').value = v;
    });
  }
  await wb.xlsx.writeFile(path);
}

/** The cached value LibreOffice leaves in a formula cell: a number, a text, or an error code. */
function cached(cell: ExcelJS.Cell): number | string | undefined {
  if (!cell.formula) throw new Error(`${cell.address} is no formula`);
  // cell.result, not cell.value.result: exceljs drops falsy results (0) from `value`.
  const r = cell.result as unknown;
  if (r !== null && typeof r === 'object' && 'error' in r) return String((r as { error: string }).error);
  return r as number | string | undefined;
}

/** What the native formula must show for a FormulaResult (see the mapping in formulas.ts). */
function expectedCell(result: FormulaResult): number | string {
  if (result.ok) return result.value;
  switch (result.error) {
    case 'MISSING':
    case 'EMPTY_LIST':
      return '';
    case 'DIV_ZERO':
      return '#DIV/0!';
    default:
      return '#NUM!';
  }
}

function computeArgs(ind: Indicator, values: Map<string, Filled>): FormulaArg[] {
  return (ind.formula?.args ?? []).map((key) => {
    const v = values.get(`KHCN_${ind.code.replace(/\./g, '_')}_${key}`);
    if (Array.isArray(v)) return v as readonly Num[];
    return typeof v === 'number' ? v : null;
  });
}

const VALIDATION_TYPE: Record<DataValidationSpec['kind'], string> = {
  whole: 'whole',
  decimal: 'decimal',
  list: 'list',
  date: 'date',
  textLength: 'textLength',
};

describeWithLibreOffice('templates in LibreOffice Calc (native formulas = FORMULAS.compute)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'khcn-lo-'));
  const layouts = new Map<string, TemplateLayout>();
  const filled = new Map<string, Map<string, Filled>>();
  const results = new Map<string, ExcelJS.Workbook>();
  const file = (unit: string, scenario: Scenario) => `${unit}__${scenario}.xlsx`;
  /** What the comparisons covered: formula ids and kinds of result ('number', '', '#DIV/0!'…). */
  const covered = { formulas: new Set<string>(), outcomes: new Set<string>() };

  beforeAll(async () => {
    mkdirSync(join(dir, 'in'));
    for (const unit of UNITS) {
      const layout = buildTemplate(catalog, unit, 2026, {
        formulaMode: 'native',
        generatedAt: '2026-11-21T08:00:00.000Z',
      });
      layouts.set(unit, layout);
      for (const scenario of SCENARIOS) {
        const path = join(dir, 'in', file(unit, scenario));
        await writeTemplateXlsx(path, layout);
        const values = fillValues(layout, scenario);
        await fillByName(path, values);
        filled.set(file(unit, scenario), values);
      }
    }
    const inputs = readdirSync(join(dir, 'in')).map((f) => join(dir, 'in', f));
    convertWithLibreOffice(inputs, join(dir, 'out'), join(dir, 'profile'));
    for (const f of readdirSync(join(dir, 'in'))) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(join(dir, 'out', f));
      results.set(f, wb);
    }
  }, 300_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const cases = UNITS.flatMap((unit) => SCENARIOS.map((scenario) => [unit, scenario] as const));

  it.each(cases)('%s (%s): every result equals FORMULAS.compute of the same inputs', (unit, scenario) => {
    const layout = layouts.get(unit);
    const wb = results.get(file(unit, scenario));
    const values = filled.get(file(unit, scenario));
    if (!layout || !wb || !values) throw new Error('not converted');
    const ws = wb.getWorksheet(DATA_SHEET);
    if (!ws) throw new Error(DATA_SHEET);
    let checked = 0;
    for (const rows of layout.indicators ?? []) {
      if (rows.resultCell === undefined) continue;
      const ind = catalog.indicators.find((i) => i.code === rows.code);
      if (!ind?.formula) throw new Error(rows.code);
      const expected = expectedCell(FORMULAS[ind.formula.fn].compute(computeArgs(ind, values)));
      const actual = cached(ws.getCell(rows.resultCell));
      covered.formulas.add(ind.formula.fn);
      covered.outcomes.add(typeof expected === 'number' ? 'number' : expected);
      if (typeof expected === 'number') {
        expect([rows.code, typeof actual]).toEqual([rows.code, 'number']);
        expect(actual as number).toBeCloseTo(expected, 9);
      } else if (expected === '') {
        // LibreOffice saves an empty text result as <v></v>, which exceljs reads as no value; the
        // status cell next to it proves the row was computed.
        expect([rows.code, actual ?? '']).toEqual([rows.code, '']);
        expect(typeof cached(ws.getCell(rows.statusCell))).toBe('string');
      } else {
        expect([rows.code, actual]).toEqual([rows.code, expected]);
      }
      checked += 1;
    }
    expect(checked).toBeGreaterThan(0);
  });

  it.each(cases)('%s (%s): defined names, validations and identity survive LibreOffice', (unit, scenario) => {
    const layout = layouts.get(unit);
    const wb = results.get(file(unit, scenario));
    if (!layout || !wb) throw new Error('not converted');
    const ws = wb.getWorksheet(DATA_SHEET);
    if (!ws) throw new Error(DATA_SHEET);
    const data = layout.sheets.find((s) => s.name === DATA_SHEET);
    for (const input of layout.inputs) {
      const { sheet, cells } = namedCells(wb, input.name);
      expect(sheet).toBe(DATA_SHEET);
      expect(cells[0]).toBe(input.range.split(':')[0]);
      expect(cells).toHaveLength(input.range.includes(':') ? NUMBER_LIST_ROWS : 1);
      const spec = data?.cells.find((c) => c.address === cells[0])?.validation;
      const dv = ws.getCell(cells[0] ?? '').dataValidation;
      expect([input.name, dv?.type]).toEqual([input.name, spec ? VALIDATION_TYPE[spec.kind] : undefined]);
      expect(ws.getCell(cells[cells.length - 1] ?? '').dataValidation?.type).toBe(dv?.type);
    }
    const id = wb.getWorksheet(IDENTITY_SHEET);
    if (!id) throw new Error(IDENTITY_SHEET);
    const rows: [unknown, unknown][] = [];
    id.eachRow((row) => rows.push([row.getCell(1).value, row.getCell(2).value]));
    expect(parseIdentity(rows)).toEqual({ ok: true, identity: layout.identity });
    // LibreOffice has no "very hidden": it keeps the sheet hidden.
    expect(id.state).not.toBe('visible');
  });

  it('covered every formula of the catalogue and every kind of result', () => {
    const used = new Set(catalog.indicators.flatMap((i) => (i.formula ? [i.formula.fn] : [])));
    expect([...covered.formulas].sort()).toEqual([...used].sort());
    expect([...covered.outcomes].sort()).toEqual(['', '#DIV/0!', '#NUM!', 'number']);
  });

  it('status cells: complete valid data reads "Đã nhập đủ"; blanks and negatives are flagged', () => {
    for (const unit of UNITS) {
      const layout = layouts.get(unit);
      const valid = results.get(file(unit, 'valid'))?.getWorksheet(DATA_SHEET);
      const edge = results.get(file(unit, 'edge'))?.getWorksheet(DATA_SHEET);
      if (!layout || !valid || !edge) throw new Error('not converted');
      (layout.indicators ?? []).forEach((rows, index) => {
        const hasInputs = layout.inputs.some((i) => i.indicator === rows.code);
        if (!hasInputs) return;
        expect([unit, rows.code, cached(valid.getCell(rows.statusCell))]).toEqual([
          unit,
          rows.code,
          'Đã nhập đủ',
        ]);
        const status = String(cached(edge.getCell(rows.statusCell)));
        if (index % 5 === 0)
          expect([rows.code, status]).toEqual([rows.code, expect.stringMatching(/^Chưa nhập/)]);
        const numeric = layout.inputs.some((i) => {
          const c = catalog.indicators
            .find((x) => x.code === rows.code)
            ?.components.find((k) => k.key === i.component);
          return i.indicator === rows.code && c !== undefined && c.type !== 'text' && c.listItem !== 'text';
        });
        if (index % 5 === 2 && numeric)
          expect([rows.code, status]).toEqual([rows.code, expect.stringMatching(/^Lỗi/)]);
      });
    }
  });
});
