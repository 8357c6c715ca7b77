/**
 * Test helpers: in-memory readings of a real unit's template (addresses from buildTemplate),
 * filled with valid values, so each rule test changes one thing; and template files on disk.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { isoToExcelSerial, loadCatalog, type Catalog, type Component } from '../../src/domain/catalog';
import { renderIssue, type Issue, type IssueCode } from '../../src/domain/issues';
import { buildTemplate } from '../../src/domain/template/build-template';
import { identityRows } from '../../src/domain/template/identity';
import type { TemplateLayout } from '../../src/domain/template/layout-types';
import { COMPLETE_VALUE, type SignOffField } from '../../src/domain/template/sign-off';
import {
  cellsInRange,
  type CellReading,
  type CellValue,
  type NameReading,
  type Scalar,
  type WorkbookReading,
} from '../../src/domain/validation';
import { writeTemplateXlsx } from '../../src/cli/xlsx/template-writer';

export const catalog: Catalog = loadCatalog();
export const GENERATED_AT = '2026-11-21T08:00:00.000Z';

export const num = (value: number): CellValue => ({ kind: 'number', value });
export const txt = (value: string): CellValue => ({ kind: 'text', value });
export const EMPTY: CellValue = { kind: 'empty' };

export const layoutOf = (unitId: string, year = 2026, cat: Catalog = catalog): TemplateLayout =>
  buildTemplate(cat, unitId, year, { formulaMode: 'native', generatedAt: GENERATED_AT });

/** Optional parts that must add up to a total (I.2's breakdowns): left blank by the valid fill. */
const isBreakdownPart = (c: Component): boolean =>
  !c.required &&
  catalog.indicators.some((ind) =>
    ind.crossRules.some((r) => r.op === '=' && r.left.includes(c.key) && ind.components.includes(c)),
  );

/**
 * A plausible valid value for a component (equal counts keep every "part ≤ whole" rule true;
 * optional breakdowns that must add up to a total stay blank).
 */
export function validValue(c: Component): CellValue[] {
  if (isBreakdownPart(c)) return [];
  switch (c.type) {
    case 'integer':
      return [num(5)];
    case 'decimal':
      return [num(2)];
    case 'money':
      return [num(100)];
    case 'percent':
      return [num(0.5)];
    case 'level':
      return [num(5)];
    case 'date':
      return [{ kind: 'date', value: isoToExcelSerial('2025-06-01') }];
    case 'text':
      return [txt('Theo báo cáo thống kê năm 2026')];
    case 'list':
      if (c.listItem === 'number') return [num(12), num(5), num(3)];
      return [txt(c.unitEn === 'DOI' ? '10.1234/abc.2026; 10.5555/xyz' : 'Mục A; Mục B')];
  }
}

/** A sign-off block filled and marked complete, as cell values. */
export const SIGNED: Readonly<Record<SignOffField, CellValue>> = {
  preparer: { kind: 'text', value: 'Nguyễn Văn An' },
  phone: { kind: 'text', value: '0222 3822 123' },
  head: { kind: 'text', value: 'Trần Thị Bình' },
  signedOn: { kind: 'date', value: isoToExcelSerial('2026-12-03') },
  complete: { kind: 'text', value: COMPLETE_VALUE },
};

/** A mutable reading of `unitId`'s template; `filled`: every input holds a valid value. */
export class TestReading {
  readonly layout: TemplateLayout;
  identity: [Scalar, Scalar][] | undefined;
  sheets = ['Hướng dẫn', 'Nhập liệu', 'Từ điển chỉ số', '_khcn'];
  names: Record<string, NameReading> = {};

  constructor(
    readonly unitId: string,
    filled = true,
    cat: Catalog = catalog,
  ) {
    this.layout = layoutOf(unitId, 2026, cat);
    this.identity = identityRows(this.layout.identity);
    for (const input of this.layout.inputs) {
      const cells: CellReading[] = (cellsInRange(input.range) ?? []).map((address) => ({
        address,
        value: EMPTY,
      }));
      this.names[input.name] = { status: 'ok', sheet: input.sheet, range: input.range, cells };
    }
    if (filled) {
      for (const input of this.layout.inputs) {
        const ind = catalog.indicators.find((i) => i.code === input.indicator);
        const comp = ind?.components.find((c) => c.key === input.component);
        if (comp) this.set(input.name, ...validValue(comp));
      }
    }
  }

  /** The cells of a name (throws if the name is not an 'ok' name of the template). */
  cells(name: string): CellReading[] {
    const n = this.names[name];
    if (n?.status !== 'ok') throw new Error(`${name} is not resolvable`);
    return n.cells as CellReading[];
  }

  cell(name: string, i = 0): CellReading {
    const c = this.cells(name)[i];
    if (!c) throw new Error(`${name} has no cell ${i}`);
    return c;
  }

  address(name: string, i = 0): string {
    return this.cell(name, i).address;
  }

  /** Sets the first cells of a name; the rest are emptied. */
  set(name: string, ...values: CellValue[]): this {
    this.cells(name).forEach((c, i) => {
      c.value = values[i] ?? EMPTY;
      delete c.formula;
    });
    return this;
  }

  /**
   * Adds the sign-off block's names (a template without them is 'unmarked'); blank fields stay
   * empty. Defaults: signed and marked complete.
   */
  signOff(values: Partial<Record<SignOffField, CellValue>> = SIGNED): this {
    for (const s of this.layout.signOff ?? []) {
      const cells: CellReading[] = [{ address: s.range, value: values[s.field] ?? EMPTY }];
      this.names[s.name] = { status: 'ok', sheet: s.sheet, range: s.range, cells };
    }
    return this;
  }

  identityValue(key: string, value: Scalar): this {
    const row = this.identity?.find(([k]) => k === key);
    if (row) row[1] = value;
    return this;
  }

  build(): WorkbookReading {
    const formulas = this.layout.sheets.flatMap((s) =>
      s.cells.flatMap((c) => (c.formula ? [{ sheet: s.name, address: c.address, formula: c.formula }] : [])),
    );
    return {
      ...(this.identity ? { identityRows: this.identity } : {}),
      sheets: this.sheets.map((name) => ({ name, visibility: name === '_khcn' ? 'veryHidden' : 'visible' })),
      names: this.names,
      formulas,
    };
  }
}

export const codes = (issues: readonly Issue[]): IssueCode[] => issues.map((i) => i.code);
export const only = (issues: readonly Issue[], code: IssueCode): Issue[] =>
  issues.filter((i) => i.code === code);
export const vi = (i: Issue): string => renderIssue(i, 'vi');

export function tempDir(prefix = 'khcn-validate-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Writes `unitId`'s template (as `khcn template` does) and returns its path and layout. */
export async function writeTemplate(dir: string, unitId: string, name = `${unitId}.xlsx`) {
  const layout = layoutOf(unitId);
  const path = join(dir, name);
  await writeTemplateXlsx(path, layout);
  return { path, layout };
}

const excelValue = (v: CellValue): ExcelJS.CellValue =>
  v.kind === 'empty' || v.kind === 'invalid'
    ? null
    : v.kind === 'date'
      ? new Date((v.value - 25_569) * 86_400_000)
      : v.value;

/**
 * Gives every input of a template file a valid value with exceljs, except the names in `override`,
 * and signs it off as complete (SIGNED; override a KHCN_KY_… / KHCN_HOAN_THANH name to change it).
 */
export async function fillTemplateFile(
  path: string,
  layout: TemplateLayout,
  override: Record<string, ExcelJS.CellValue> = {},
): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  for (const input of layout.inputs) {
    const comp = catalog.indicators
      .find((i) => i.code === input.indicator)
      ?.components.find((c) => c.key === input.component);
    const ws = wb.getWorksheet(input.sheet);
    if (!comp || !ws) throw new Error(input.name);
    const values = input.name in override ? [override[input.name]] : validValue(comp).map(excelValue);
    const cells = cellsInRange(input.range) ?? [];
    values.forEach((v, i) => {
      ws.getCell(cells[i] ?? '').value = v ?? null;
    });
  }
  for (const s of layout.signOff ?? []) {
    const ws = wb.getWorksheet(s.sheet);
    if (!ws) throw new Error(s.name);
    ws.getCell(s.range).value = s.name in override ? (override[s.name] ?? null) : excelValue(SIGNED[s.field]);
  }
  await wb.xlsx.writeFile(path);
}

export const PYTHON = '/usr/bin/python3';
const FILL_SCRIPT = join(__dirname, 'fill_template.py');

/** Fails loudly (never skips): the "filled by another program" tests are the headline ones. */
export function requireOpenpyxl(): void {
  try {
    execFileSync(PYTHON, ['-c', 'import openpyxl'], { stdio: 'ignore' });
  } catch {
    throw new Error(
      `${PYTHON} cannot import openpyxl: install the Debian package python3-openpyxl (apt-get install python3-openpyxl).`,
    );
  }
}

/** Runs fill_template.py (openpyxl, by defined names) on `src`, writing `dst`. */
export function fillWithOpenpyxl(src: string, dst: string, spec: object): void {
  // The spec lives apart from dst: a folder of filled files holds nothing else.
  const specPath = join(mkdtempSync(join(tmpdir(), 'khcn-spec-')), 'spec.json');
  writeFileSync(specPath, JSON.stringify(spec));
  execFileSync(PYTHON, [FILL_SCRIPT, src, dst, specPath], { stdio: 'pipe' });
}

/** Values for every input of a layout, as openpyxl writes them (numbers, text, lists by cell). */
export function validSpecValues(layout: TemplateLayout): Record<string, (string | number)[]> {
  const out: Record<string, (string | number)[]> = {};
  for (const input of layout.inputs) {
    const comp = catalog.indicators
      .find((i) => i.code === input.indicator)
      ?.components.find((c) => c.key === input.component);
    if (!comp) continue;
    out[input.name] = validValue(comp).map((v) =>
      v.kind === 'number' || v.kind === 'date' ? v.value : v.kind === 'text' ? v.value : '',
    );
  }
  return { ...out, ...signedOff(layout) };
}

/** The sign-off block filled and marked complete (signed 03/12/2026). */
export function signedOff(
  layout: TemplateLayout,
  mark: string = COMPLETE_VALUE,
): Record<string, (string | number)[]> {
  const value: Record<SignOffField, string | number> = {
    preparer: 'Nguyễn Văn An',
    phone: '0222 3822 123',
    head: 'Trần Thị Bình',
    signedOn: isoToExcelSerial('2026-12-03'),
    complete: mark,
  };
  return Object.fromEntries((layout.signOff ?? []).map((s) => [s.name, [value[s.field]]]));
}
