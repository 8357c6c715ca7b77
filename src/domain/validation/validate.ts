/**
 * In-place validation of a filled template, as a pure function of (catalogue, read model,
 * expectation). One pass reads every input name into a value and the issues explaining it;
 * `validateTemplate` returns the issues, `extractValues` the values (consolidation reuses them:
 * a missing, broken or invalid value is never a number, in particular never 0).
 */
import { zeroMeansNone, type Catalog, type Component, type Indicator, type UnitRole } from '../catalog';
import { makeIssue, type Issue, type IssueContext } from '../issues';
import { DATA_SHEET, derivedFormula, VALUE_COLUMN } from '../template/data-sheet';
import { columnNumber, parseCell } from '../a1';
import { IDENTITY_SHEET } from '../template/identity';
import type { TemplateIdentity } from '../template/layout-types';
import type { CellSink } from './cell-value';
import { hasEntry, readComponent, type ComponentValue } from './component-value';
import { checkIdentity, type Expectation } from './identity-rules';
import { rangeContains, type CellReading, type NameReading, type WorkbookReading } from './reading';
import { crossRuleIssues, derivedIssue } from './relations';
import { readSignOff, type SignOff } from './sign-off';
import { applyRegisterCounts } from './register-counts';
import { readRegisters } from './registers';
import type { RegisterKey } from '../catalog/schema';
import type { RegisterRow } from '../registers/rows';
import { inputSlots, type InputSlot } from './slots';

export type { Expectation } from './identity-rules';

export type ExtractedState =
  /** A valid value (possibly with warnings). */
  | 'ok'
  /** Nothing entered. */
  | 'empty'
  /** Entered but wrong (an error issue explains why): never used. */
  | 'invalid'
  /** A lead-only value in a cooperating unit's template: not used. */
  | 'ignored'
  /** The name is deleted or broken, or its sheet is gone: nothing could be read. */
  | 'unreadable';

export interface ExtractedComponent {
  key: string;
  state: ExtractedState;
  /** Present only when state is 'ok'. */
  value?: ComponentValue;
  definedName: string;
  sheet?: string;
  /** The name's range, 'E12' or 'E20:E69'; for a figure from a register, the table's first cell. */
  range?: string;
  /** The value is the unit's register figure (register-counts.ts), not the typed cell. */
  fromRegister?: RegisterKey;
}

export interface ExtractedIndicator {
  code: string;
  /** The unit's role; undefined when the file's unit is unknown. */
  role?: UnitRole;
  /** Anything typed into one of its inputs (an error value or a formula counts). */
  entered: boolean;
  components: ExtractedComponent[];
}

export interface ExtractedValues {
  identity?: TemplateIdentity;
  /** The unit the values belong to (the file's, else the expected one). */
  unitId?: string;
  indicators: ExtractedIndicator[];
  /** The sign-off block and whether the file counts as complete (absent only in hand-made values). */
  signOff?: SignOff;
  /** The rows of each register table the file has (checked; invalid rows left out). */
  registers?: Partial<Record<RegisterKey, RegisterRow[]>>;
}

export interface Analysis {
  issues: Issue[];
  values: ExtractedValues;
}

type Resolved = Extract<NameReading, { status: 'ok' }>;

/** The name as read, with a name pointing to a sheet that no longer exists counted as broken. */
function resolve(
  reading: WorkbookReading,
  name: string,
  sheets: ReadonlySet<string>,
): NameReading | undefined {
  const n = reading.names[name];
  if (n?.status === 'ok' && !sheets.has(n.sheet))
    return { status: 'broken', refersTo: `'${n.sheet}'!${n.range}` };
  return n;
}

const formulaKey = (f: string): string => f.replace(/^=/, '').replace(/\s+/g, '').toUpperCase();

/** The data sheet's formula cells by normalised formula, the first cell of each (built once per file). */
const formulaIndex = new WeakMap<WorkbookReading, Map<string, { sheet: string; address: string }>>();

function formulasOf(reading: WorkbookReading): Map<string, { sheet: string; address: string }> {
  let index = formulaIndex.get(reading);
  if (index === undefined) {
    index = new Map();
    for (const f of reading.formulas ?? []) {
      const key = formulaKey(f.formula);
      if (!index.has(key)) index.set(key, { sheet: f.sheet, address: f.address });
    }
    formulaIndex.set(reading, index);
  }
  return index;
}

/** Where the template computes the indicator's result: the cell holding the builder's formula. */
function resultCell(reading: WorkbookReading, ind: Indicator, present: readonly Component[]): IssueContext {
  if (present.length === 0 || !reading.formulas) return {};
  const index = formulasOf(reading);
  for (const mode of ['native', 'custom'] as const) {
    const f = derivedFormula(ind, present, mode);
    const cell = f === undefined ? undefined : index.get(formulaKey(f));
    if (cell) return { sheet: cell.sheet, cell: cell.address };
  }
  return {};
}

/**
 * Where an input name must point, when it points elsewhere: the data sheet (another, even the
 * hidden identity sheet, is a redirected name), the value column, one cell for a scalar and one
 * column for a number list. Rows may move (a user inserts rows inside a block). A renamed data
 * sheet whose names still resolve is a warning of its own (SHEET_MISSING), not repeated here.
 */
function wrongPlace(
  slot: InputSlot,
  name: Extract<NameReading, { status: 'ok' }>,
  renamed: boolean,
): string | undefined {
  const [a = '', b = a] = name.range.split(':');
  const from = parseCell(a);
  const to = parseCell(b);
  const isBlock = slot.component.type === 'list' && slot.component.listItem === 'number';
  const sheetOk = name.sheet === DATA_SHEET || (renamed && name.sheet !== IDENTITY_SHEET);
  const shapeOk =
    // No cells: a range too large to be read (a whole column or sheet).
    name.cells.length > 0 &&
    from !== undefined &&
    to !== undefined &&
    from.col === VALUE_COLUMN_NUMBER &&
    to.col === VALUE_COLUMN_NUMBER &&
    (isBlock || from.row === to.row);
  if (sheetOk && shapeOk) return undefined;
  const column = `cột ${VALUE_COLUMN} của trang “${DATA_SHEET}”`;
  return isBlock ? `một khối ô ở ${column}` : `một ô ở ${column}`;
}

const VALUE_COLUMN_NUMBER = columnNumber(VALUE_COLUMN);

class Analyzer {
  readonly issues: Issue[] = [];
  private readonly sheets: ReadonlySet<string>;
  private readonly dataSheetMissing: boolean;
  /** Every input cell that resolved, to tell merges spanning several inputs. */
  private readonly inputCells: { sheet: string; address: string }[] = [];

  constructor(
    private readonly reading: WorkbookReading,
    private readonly expect: Expectation,
  ) {
    this.sheets = new Set(reading.sheets.map((s) => s.name));
    this.dataSheetMissing = !this.sheets.has(DATA_SHEET);
  }

  /** The data sheet: an error when it is gone; a warning when renamed but the names still resolve. */
  checkSheet(slots: readonly InputSlot[]): void {
    if (!this.dataSheetMissing) return;
    const resolved = slots.filter((s) => resolve(this.reading, s.name, this.sheets)?.status === 'ok');
    const lost = resolved.length === 0 || slots.some((s) => s.expected && !resolved.includes(s));
    const ctx = { file: this.expect.file, severity: lost ? ('error' as const) : ('warning' as const) };
    this.issues.push(makeIssue('SHEET_MISSING', { name: DATA_SHEET }, ctx));
  }

  resolveAll(slots: readonly InputSlot[]): Map<string, NameReading | undefined> {
    const out = new Map<string, NameReading | undefined>();
    for (const s of slots) {
      const n = resolve(this.reading, s.name, this.sheets);
      out.set(s.name, n);
      if (n?.status === 'ok')
        for (const c of n.cells) this.inputCells.push({ sheet: n.sheet, address: c.address });
    }
    return out;
  }

  private base(slot: InputSlot): IssueContext {
    const c = slot.component;
    return {
      file: this.expect.file,
      indicator: slot.indicator.code,
      component: c.key,
      componentLabel: { vi: c.labelVi, en: c.labelEn },
      definedName: slot.name,
      ...(c.type === 'percent' ? { percent: true } : {}),
    };
  }

  private at(slot: InputSlot, sheet: string, cell: CellReading | undefined): IssueContext {
    return { ...this.base(slot), sheet, ...(cell ? { cell: cell.address } : {}) };
  }

  /** A merged input is an error when it lost its value (not top-left) or covers another input. */
  private checkMerges(slot: InputSlot, name: Resolved): void {
    const cell = name.cells.find((c) => c.merged !== undefined);
    const range = cell?.merged;
    if (cell === undefined || range === undefined) return;
    const topLeft = range.split(':')[0] === cell.address;
    const covered = this.inputCells.filter((c) => c.sheet === name.sheet && rangeContains(range, c.address));
    const severity = !topLeft || covered.length > 1 ? 'error' : 'warning';
    this.issues.push(
      makeIssue('MERGED_INPUT_CELL', { range }, { ...this.at(slot, name.sheet, cell), severity }),
    );
  }

  /** One slot: its name, then its cells. */
  slot(slot: InputSlot, name: NameReading | undefined): ExtractedComponent {
    const base = { key: slot.component.key, definedName: slot.name };
    if (name?.status !== 'ok') {
      if (!this.dataSheetMissing && (name !== undefined || slot.expected)) {
        const code = name === undefined ? 'NAME_MISSING' : 'NAME_BROKEN';
        this.issues.push(makeIssue(code, { name: slot.name }, this.base(slot)));
      }
      return { ...base, state: name === undefined && !slot.expected ? 'empty' : 'unreadable' };
    }
    const misplaced = wrongPlace(slot, name, this.dataSheetMissing);
    if (misplaced !== undefined) {
      const found = `'${name.sheet}'!${name.range}`;
      this.issues.push(
        makeIssue('NAME_WRONG_PLACE', { name: slot.name, expected: misplaced, found }, this.base(slot)),
      );
      return { ...base, state: 'unreadable' };
    }
    const where = { ...base, sheet: name.sheet, range: name.range };
    const first = name.cells[0];
    if (!slot.applies) {
      if (!hasEntry(name.cells)) return { ...where, state: 'empty' };
      const leadUnit = slot.indicator.leadUnitVi;
      this.issues.push(makeIssue('LEAD_ONLY_VALUE_IGNORED', { leadUnit }, this.at(slot, name.sheet, first)));
      return { ...where, state: 'ignored' };
    }
    this.checkMerges(slot, name);
    const sinkAt = (cell: CellReading): CellSink => ({
      ctx: this.at(slot, name.sheet, cell),
      out: this.issues,
    });
    const read = readComponent(slot.indicator, slot.component, name.cells, sinkAt);
    if (read.state === 'empty' && slot.component.required) {
      const c = slot.component;
      // "Enter 0 if there is none" is advice for counts; text and measures get their own message.
      const isText = c.type === 'text' || c.listItem === 'text';
      const code = isText ? 'TEXT_REQUIRED' : zeroMeansNone(c) ? 'VALUE_REQUIRED' : 'VALUE_REQUIRED_MEASURE';
      this.issues.push(makeIssue(code, {}, this.at(slot, name.sheet, first)));
    }
    return read.state === 'ok'
      ? { ...where, state: 'ok', value: read.value }
      : { ...where, state: read.state };
  }

  /** Cross rules, then the derived result when the indicator has no error so far. */
  relations(
    ind: Indicator,
    present: readonly Component[],
    components: readonly ExtractedComponent[],
    from: number,
  ): void {
    const values = new Map<string, ComponentValue>();
    for (const c of components) if (c.value) values.set(c.key, c.value);
    const byKey = new Map(components.map((c) => [c.key, c]));
    const where = (key: string): IssueContext => {
      const c = byKey.get(key);
      const comp = ind.components.find((x) => x.key === key);
      const cell = c?.range?.split(':')[0];
      return {
        file: this.expect.file,
        indicator: ind.code,
        component: key,
        ...(comp ? { componentLabel: { vi: comp.labelVi, en: comp.labelEn } } : {}),
        ...(c?.definedName ? { definedName: c.definedName } : {}),
        ...(c?.sheet ? { sheet: c.sheet } : {}),
        ...(cell ? { cell } : {}),
        ...(comp?.type === 'percent' ? { percent: true } : {}),
      };
    };
    this.issues.push(...crossRuleIssues(ind, { values, where }));
    if (this.issues.slice(from).some((i) => i.severity === 'error')) return;
    // The result cell is looked up only for an issue to point at (rare): not for every indicator.
    const derived = derivedIssue(ind, { values, where }, { file: this.expect.file, indicator: ind.code });
    if (derived) this.issues.push({ ...derived, ...resultCell(this.reading, ind, present) });
  }
}

/** Validates and extracts in one pass; see validateTemplate and extractValues. */
export function analyzeTemplate(
  catalog: Catalog,
  reading: WorkbookReading,
  expect: Expectation = {},
): Analysis {
  const id = checkIdentity(catalog, reading, expect);
  const a = new Analyzer(reading, expect);
  a.issues.push(...id.issues);
  const slots = inputSlots(catalog, id.unitId, Object.keys(reading.names));
  a.checkSheet(slots);
  const names = a.resolveAll(slots);
  const indicators: ExtractedIndicator[] = [];
  for (const ind of catalog.indicators) {
    const own = slots.filter((s) => s.indicator.code === ind.code);
    if (own.length === 0) continue;
    const from = a.issues.length;
    const components = own.map((s) => a.slot(s, names.get(s.name)));
    const role = own[0]?.role;
    const present = own.filter((s) => s.applies && s.role !== undefined).map((s) => s.component);
    a.relations(ind, present, components, from);
    const entered = own.some((s) => {
      const n = names.get(s.name);
      return s.applies && n?.status === 'ok' && hasEntry(n.cells);
    });
    indicators.push({ code: ind.code, ...(role ? { role } : {}), entered, components });
  }
  const registers = readRegisters(reading, expect.file ?? '');
  a.issues.push(...registers.issues);
  const year = id.identity?.year ?? expect.year;
  if (year !== undefined)
    applyRegisterCounts(indicators, registers.rows, reading, year, expect.file ?? '', a.issues);
  // Last: completion depends on every other error of the file.
  const errors = a.issues.filter((i) => i.severity === 'error').length;
  const signed = readSignOff(reading, expect.file, errors);
  a.issues.push(...signed.issues);
  const values: ExtractedValues = {
    ...(id.identity ? { identity: id.identity } : {}),
    ...(id.unitId !== undefined ? { unitId: id.unitId } : {}),
    indicators,
    signOff: signed.signOff,
    ...(Object.keys(registers.rows).length > 0 ? { registers: registers.rows } : {}),
  };
  return { issues: a.issues, values };
}

/** Every issue of a filled template: identity, structure, each input, cross rules, derived results. */
export function validateTemplate(
  catalog: Catalog,
  reading: WorkbookReading,
  expect: Expectation = {},
): Issue[] {
  return analyzeTemplate(catalog, reading, expect).issues;
}

/** The values per indicator and component; anything not valid is marked, never turned into 0. */
export function extractValues(catalog: Catalog, reading: WorkbookReading): ExtractedValues {
  return analyzeTemplate(catalog, reading).values;
}
