// In-memory fake of the few Excel JavaScript API objects the add-in uses, strict where Excel is:
// - reading a property before `load(...)` + `context.sync()` throws a PropertyNotLoaded error;
// - writes, loads and method calls are QUEUED and applied in order at `sync()` (errors such as
//   ItemNotFound surface at sync, like Office.js; ops after a failing one are dropped);
// - `getItemOrNullObject` gives an object whose `isNullObject` is readable after sync;
// - every `sync()` (and the implicit flush at the end of `run`) is counted in `stats.syncs`.
// Not modelled: calculation (formula cells keep the value given by `evaluate`, default ''),
// worksheet-scoped names, whole-column addresses, names turning #REF! when their sheet is deleted.
// Modelled for templates: cell formats (font, fill, borders, alignment), merges, freeze panes,
// column widths / row heights, conditional formats (recorded), data validation, protection,
// `range.select()`, and `worksheet.onChanged` (fired by `FakeExcel.edit`, like a user typing). Add objects by extending FakeClientObject:
// declare `readers()` for loadable properties and queue writes with `this.queue(...)`.
// Modelled for consolidation: stable worksheet ids (`getItem(nameOrId)`), Excel's sheet-name
// rules on add and rename, "the last visible sheet" rules on delete and hide, cell formulas that
// follow a renamed sheet and turn `#REF!` when it is deleted (defined names do not),
// `workbook.insertWorksheetsFromBase64` (parses the .xlsx with fflate: sheet names, values,
// formulas; a clashing name becomes 'Name (2)'; `requestLimitBytes` simulates the web's 5 MB cap)
// and native charts (`worksheet.charts.add`, recorded on the sheet for assertions).
// Tables (ExcelApi 1.1–1.2): `worksheet.tables.add`, name and style, header / body / whole
// ranges, `workbook.tables` with `items/name`, `items/worksheet/name`, `items/rows/count` loads;
// a table goes with its sheet, and its name must be unique among tables and defined names.
// `office-addin-mock` was not used: it returns strings instead of throwing (see platform-facts.md).
import { unzipSync } from 'fflate';

export type FakeErrorCode =
  | 'PropertyNotLoaded'
  | 'ItemNotFound'
  | 'ItemAlreadyExists'
  | 'InvalidArgument'
  | 'InvalidReference'
  | 'InvalidOperation'
  | 'AccessDenied'
  | 'ValueNotLoaded'
  | 'RequestPayloadSizeLimitExceeded';

/** Shaped like OfficeExtension.Error: `code`, `message`, `debugInfo`. */
export class FakeOfficeError extends Error {
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(
    readonly code: FakeErrorCode,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
    this.debugInfo = { code, message, errorLocation };
  }
}

export type CellValue = string | number | boolean;

export interface DataValidationState {
  rule: Record<string, unknown>;
  prompt?: Record<string, unknown>;
  errorAlert?: Record<string, unknown>;
  ignoreBlanks: boolean;
}

export interface CellState {
  value: CellValue;
  formula?: string;
  numberFormat: string;
  fillColor?: string;
  bold: boolean;
  locked: boolean;
  validation?: DataValidationState;
  italic?: boolean;
  fontSize?: number;
  fontColor?: string;
  wrap?: boolean;
  horizontal?: string;
  vertical?: string;
  /** Border edges set to a visible style ('EdgeTop', 'InsideHorizontal', …). */
  borders?: string[];
}

export interface ConditionalFormatState {
  range: string;
  type: string;
  rule?: Record<string, unknown>;
  formula?: string;
  fill?: string;
  fontColor?: string;
}

export interface ChartSeriesState {
  name: string;
  /** Absolute reference with the sheet, e.g. `'Tổng hợp'!$C$5:$C$9`. */
  values: string;
  /** Category labels (set with `setXAxisValues`), same form; undefined = 1, 2, 3… */
  xAxisValues?: string;
}

export interface ChartAxisState {
  numberFormat?: string;
  minimum?: number | '';
  maximum?: number | '';
  majorUnit?: number | '';
  reversePlotOrder?: boolean;
  /** Where the other axis crosses this one ('Automatic', 'Maximum', …). */
  position?: string;
}

/** A chart added with `worksheet.charts.add` and what was set on it. */
export interface ChartState {
  /** Excel.ChartType value, e.g. 'BarClustered'. */
  type: string;
  seriesBy: string;
  /** The `sourceData` range as an absolute reference with the sheet. */
  source: string;
  title?: string;
  /** `setPosition` cells, A1 without '$'. */
  from?: string;
  to?: string;
  valueAxis: ChartAxisState;
  categoryAxis: ChartAxisState;
  legend: { visible?: boolean; position?: string };
  series: ChartSeriesState[];
}

export interface PageLayoutState {
  orientation?: string;
  paperSize?: string;
  zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  /** A1 rows address given to setPrintTitleRows, e.g. '$1:$7'. */
  printTitleRows?: string;
  headers?: Partial<
    Record<
      'leftHeader' | 'centerHeader' | 'rightHeader' | 'leftFooter' | 'centerFooter' | 'rightFooter',
      string
    >
  >;
}

export interface SheetState {
  /** Stable while the sheet exists (renames keep it), like Worksheet.id. */
  id: string;
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  /** Keyed by `row,column` (0-based). */
  cells: Map<string, CellState>;
  protection: { protected: boolean; options?: Record<string, unknown>; password?: string };
  /** Merged areas as A1 ranges without '$' (e.g. 'A1:H1'). */
  merges?: string[];
  freeze?: { rows: number; columns: number };
  /** Column index -> width in points; row index -> height in points. */
  columnWidths?: Map<number, number>;
  rowHeights?: Map<number, number>;
  conditionalFormats?: ConditionalFormatState[];
  /** worksheet.pageLayout (ExcelApi 1.9): what was set, as Excel would print it. */
  pageLayout?: PageLayoutState;
  /** Handlers added with `worksheet.onChanged.add`. */
  changeHandlers?: ((args: FakeChangedEventArgs) => unknown)[];
  charts?: ChartState[];
  /** Excel tables (ListObjects) on the sheet, in the order they were added. */
  tables?: TableState[];
}

/** An Excel table: its name (workbook-wide), range (header row included) and style. */
export interface TableState {
  name: string;
  /** 0-based bounds on the sheet, the header row first. */
  bounds: { row: number; column: number; rowCount: number; columnCount: number };
  headers: string[];
  style: string;
}

export interface FakeChangedEventArgs {
  type: 'WorksheetChanged';
  worksheetId: string;
  address: string;
  changeType: 'RangeEdited';
  source: 'Local';
}

export interface NameState {
  name: string;
  /** e.g. `=Sheet1!$A$1:$B$2` */
  formula: string;
  comment: string;
  visible: boolean;
}

export interface WorkbookState {
  name: string;
  sheets: SheetState[];
  activeSheet: string;
  /** Keyed by upper-cased name (Excel names are case-insensitive). */
  names: Map<string, NameState>;
  /** Set by `range.select()`. */
  selection?: { sheet: string; address: string };
  /** Counter behind the worksheet ids. */
  nextSheetId: number;
}

export interface WorkbookInit {
  name?: string;
  /** Sheet name -> rows of values (a string starting with '=' is a formula). */
  sheets?: Record<string, CellValue[][]>;
  /** Sheets (of `sheets`) that are not visible, as a workbook saved with hidden sheets has them. */
  visibility?: Record<string, 'Hidden' | 'VeryHidden'>;
  activeSheet?: string;
}

export interface FakeExcelOptions {
  /** Value shown for a formula cell (the fake does not calculate). */
  evaluate?: (formula: string, sheet: string, row: number, column: number) => CellValue;
  /**
   * Largest base64 `insertWorksheetsFromBase64` accepts, in characters; beyond it the sync fails
   * with RequestPayloadSizeLimitExceeded, as Excel on the web does past its 5 MB request cap.
   */
  requestLimitBytes?: number;
}

interface Bounds {
  row: number;
  column: number;
  rowCount: number;
  columnCount: number;
}

type Op = { label: string; apply: () => void };
type LoadArg = string | string[] | { select?: string | string[] };

const MAX_ROWS = 1048576;
const MAX_COLUMNS = 16384;

const err = (code: FakeErrorCode, message: string, where?: string) =>
  new FakeOfficeError(code, message, where);

function notLoaded(prop: string): FakeOfficeError {
  // Same wording as Office.js so failures read the same in tests and in Excel.
  return err(
    'PropertyNotLoaded',
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

function clone<T>(v: T): T {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T);
}

function propList(arg: LoadArg | undefined): string[] | undefined {
  if (arg === undefined) return undefined;
  const sel = typeof arg === 'object' && !Array.isArray(arg) ? arg.select : arg;
  if (sel === undefined) return undefined;
  const list = Array.isArray(sel) ? sel : sel.split(',');
  return list.map((p) => p.trim()).filter((p) => p.length > 0);
}

// ---------- A1 addresses ----------

export function columnName(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function parseCell(ref: string): { row: number; column: number } | undefined {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/i.exec(ref);
  if (!m || !m[1] || !m[2]) return undefined;
  let column = 0;
  for (const ch of m[1].toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  const row = Number(m[2]);
  if (row < 1 || row > MAX_ROWS || column > MAX_COLUMNS) return undefined;
  return { row: row - 1, column: column - 1 };
}

/** Parses `A1` or `A1:C3` (with optional `$`); whole rows/columns are not supported. */
export function parseAddress(address: string): Bounds {
  const parts = address.split(':');
  const a = parts[0] === undefined ? undefined : parseCell(parts[0]);
  const b =
    parts.length === 2 && parts[1] !== undefined ? parseCell(parts[1]) : parts.length === 1 ? a : undefined;
  if (!a || !b || parts.length > 2)
    throw err('InvalidArgument', `The argument is invalid: address '${address}'.`);
  const row = Math.min(a.row, b.row);
  const column = Math.min(a.column, b.column);
  return {
    row,
    column,
    rowCount: Math.abs(a.row - b.row) + 1,
    columnCount: Math.abs(a.column - b.column) + 1,
  };
}

function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function formatAddress(sheet: string, b: Bounds, absolute = false): string {
  const d = absolute ? '$' : '';
  const cell = (r: number, c: number) => `${d}${columnName(c)}${d}${r + 1}`;
  const tl = cell(b.row, b.column);
  const br = cell(b.row + b.rowCount - 1, b.column + b.columnCount - 1);
  return `${quoteSheet(sheet)}!${tl}${b.rowCount === 1 && b.columnCount === 1 ? '' : `:${br}`}`;
}

function intersects(a: Bounds, b: Bounds): boolean {
  return (
    a.row < b.row + b.rowCount &&
    b.row < a.row + a.rowCount &&
    a.column < b.column + b.columnCount &&
    b.column < a.column + a.columnCount
  );
}

const ERROR_VALUES = new Set([
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#GETTING_DATA',
]);

/** Excel.RangeValueType of a shown value. */
function valueType(v: CellValue | null): string {
  if (v === '' || v === null) return 'Empty';
  if (typeof v === 'number') return 'Double';
  if (typeof v === 'boolean') return 'Boolean';
  return ERROR_VALUES.has(v) ? 'Error' : 'String';
}

// ---------- request context and base object ----------

export class FakeRequestContext {
  readonly workbook: FakeWorkbook;
  /** Office.js has trackedObjects; here they are no-ops so code using them runs. */
  readonly trackedObjects = { add: (_o: unknown) => undefined, remove: (_o: unknown) => undefined };
  private ops: Op[] = [];

  constructor(readonly excel: FakeExcel) {
    this.workbook = new FakeWorkbook(this);
  }

  /** Number of queued operations not yet sent. */
  get pending(): number {
    return this.ops.length;
  }

  enqueue(op: Op): void {
    this.ops.push(op);
  }

  /** Applies queued ops in order; the first failure rejects and drops the rest (no rollback). */
  async sync(): Promise<void> {
    this.excel.stats.syncs += 1;
    const ops = this.ops;
    this.ops = [];
    this.excel.stats.ops += ops.length;
    await Promise.resolve(); // a round trip is always asynchronous
    for (const op of ops) op.apply();
  }
}

export abstract class FakeClientObject {
  private readonly loaded = new Map<string, unknown>();
  /** 'unknown' until the sync that resolves a getItemOrNullObject. */
  protected nullState: 'present' | 'null' | 'unknown' = 'present';

  constructor(protected readonly ctx: FakeRequestContext) {}

  /** Loadable scalar properties, read from the live state when the load op runs at sync. */
  protected abstract readers(): Record<string, () => unknown>;

  /** Navigation properties for paths like `format/fill/color`. */
  protected children(): Record<string, FakeClientObject> {
    return {};
  }

  get isNullObject(): boolean {
    if (this.nullState === 'unknown') throw notLoaded('isNullObject');
    return this.nullState === 'null';
  }

  load(props?: LoadArg): this {
    const list = propList(props);
    for (const p of list ?? Object.keys(this.readers())) {
      const slash = p.indexOf('/');
      if (slash > 0) {
        const child = this.children()[p.slice(0, slash)];
        if (!child) throw err('InvalidArgument', `Unknown property path '${p}'.`);
        child.load(p.slice(slash + 1));
        continue;
      }
      this.queue(`load ${p}`, () => this.snapshot([p]), { allowNull: true });
    }
    return this;
  }

  /** Office.js' toJSON gives the loaded properties as a plain object. */
  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }

  /** Copies the named properties from the live state into the proxy (called at sync). */
  snapshot(props: readonly string[]): void {
    if (this.nullState === 'null') return;
    const readers = this.readers();
    for (const p of props) {
      const read = readers[p];
      if (!read) throw err('InvalidArgument', `The property '${p}' does not exist on this object.`);
      this.loaded.set(p, clone(read()));
    }
  }

  protected get<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw notLoaded(prop);
    return this.loaded.get(prop) as T;
  }

  /** Queues a write or method call; on a null object it fails at sync like Excel. */
  /** A property write that edits every cell of `range` at sync (formats, fonts, fills). */
  protected queueEachCell(range: FakeRange, label: string, put: (cell: CellState) => void): void {
    this.queue(label, () => range.eachCell(put, true));
  }

  protected queue(label: string, apply: () => void, opts: { allowNull?: boolean } = {}): void {
    this.ctx.enqueue({
      label,
      apply: () => {
        if (this.nullState === 'null' && !opts.allowNull) {
          throw err('ItemNotFound', `The requested resource doesn't exist (${label} on a null object).`);
        }
        apply();
      },
    });
  }
}

// ---------- workbook ----------

export class FakeWorkbook extends FakeClientObject {
  readonly worksheets: FakeWorksheetCollection;
  readonly names: FakeNamedItemCollection;
  readonly tables: FakeTableCollection;

  constructor(ctx: FakeRequestContext) {
    super(ctx);
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.names = new FakeNamedItemCollection(ctx);
    this.tables = new FakeTableCollection(ctx);
  }

  protected readers() {
    return { name: () => this.ctx.excel.state.name };
  }

  protected override children() {
    return { worksheets: this.worksheets, names: this.names };
  }

  get name(): string {
    return this.get('name');
  }

  /**
   * Inserts the worksheets of an .xlsx (base64) and gives their ids, readable after sync. All or
   * nothing: a file that is not an .xlsx, or over `requestLimitBytes`, fails the sync unchanged.
   */
  insertWorksheetsFromBase64(
    base64File: string,
    options: {
      positionType?: string;
      relativeTo?: FakeWorksheet | string;
      sheetNamesToInsert?: string[];
    } = {},
  ): FakeClientResult<string[]> {
    const result = new FakeClientResult<string[]>();
    this.queue('insertWorksheetsFromBase64', () => {
      const limit = this.ctx.excel.options.requestLimitBytes;
      if (limit !== undefined && base64File.length > limit) {
        throw err(
          'RequestPayloadSizeLimitExceeded',
          'The request payload size has exceeded the limit. Please refer to the documentation: https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins.',
        );
      }
      const wanted = options.sheetNamesToInsert ?? [];
      const parsed = parseXlsx(base64File).filter(
        (p) =>
          wanted.length === 0 || wanted.some((w) => w.toLocaleUpperCase() === p.name.toLocaleUpperCase()),
      );
      if (parsed.length === 0)
        throw err('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
      const wb = this.ctx.excel.state;
      const worksheets = this.ctx.workbook.worksheets;
      let at = wb.sheets.length;
      const position = options.positionType ?? 'End';
      if (position === 'Beginning') at = 0;
      else if (position === 'Before' || position === 'After') {
        const rel = options.relativeTo;
        const target =
          rel === undefined ? undefined : typeof rel === 'string' ? worksheets.findKey(rel) : rel.sheet();
        if (!target) throw err('ItemNotFound', "The requested resource doesn't exist (relativeTo).");
        at = wb.sheets.indexOf(target) + (position === 'After' ? 1 : 0);
      } else if (position !== 'End' && position !== 'None') {
        throw err('InvalidArgument', `The argument is invalid: positionType '${position}'.`);
      }
      const added = parsed.map((p) => {
        const sheet = newSheet(
          wb,
          uniqueSheetName(p.name, (n) => worksheets.find(n) !== undefined),
        );
        sheet.visibility = p.visibility;
        sheet.cells = p.cells;
        // Reserve the name before the next sheet is named.
        wb.sheets.splice(at, 0, sheet);
        at += 1;
        return sheet;
      });
      result.resolve(added.map((a) => a.id));
    });
    return result;
  }
}

/** Like OfficeExtension.ClientResult: `value` is readable once the sync that fills it ran. */
export class FakeClientResult<T> {
  private state: { ok: true; value: T } | { ok: false } = { ok: false };
  get value(): T {
    if (!this.state.ok) {
      throw err(
        'ValueNotLoaded',
        'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
      );
    }
    return this.state.value;
  }
  /** @internal */
  resolve(value: T): void {
    this.state = { ok: true, value: clone(value) };
  }
}

// ---------- worksheets ----------

const SHEET_NAME_BAD = /[[\]:*?/\\]/;

export class FakeWorksheetCollection extends FakeClientObject {
  protected readers() {
    return {};
  }

  private get state(): WorkbookState {
    return this.ctx.excel.state;
  }

  /** `load('items/name')`, `load('name')` and `load()` all load the items. */
  override load(props?: LoadArg): this {
    const list = (propList(props) ?? []).map((p) => p.replace(/^items\//, '')).filter((p) => p !== 'items');
    this.queue('load items', () => {
      const items = this.state.sheets.map((s) => {
        const ws = new FakeWorksheet(this.ctx, s);
        // 'protection/protected' loads the navigation property of each item.
        const nested = list.filter((p) => p.startsWith('protection/'));
        const own = list.filter((p) => !p.includes('/'));
        ws.snapshot(own.length > 0 || nested.length > 0 ? own : ws.scalarNames());
        if (nested.length > 0) ws.protection.snapshot(nested.map((p) => p.slice('protection/'.length)));
        return ws;
      });
      this.itemsLoaded = items;
    });
    return this;
  }

  private itemsLoaded?: FakeWorksheet[];

  get items(): FakeWorksheet[] {
    if (!this.itemsLoaded) throw notLoaded('items');
    return this.itemsLoaded;
  }

  /** By name, case-insensitively (Excel's rule for sheet names). */
  find(name: string): SheetState | undefined {
    const key = name.toLocaleUpperCase();
    return this.state.sheets.find((s) => s.name.toLocaleUpperCase() === key);
  }

  /** `getItem(key)`: a worksheet id, else a name. */
  findKey(key: string): SheetState | undefined {
    return this.state.sheets.find((s) => s.id === key) ?? this.find(key);
  }

  getItem(name: string): FakeWorksheet {
    const ws = new FakeWorksheet(this.ctx);
    this.queue(`getItem ${name}`, () => {
      const s = this.findKey(name);
      if (!s) throw err('ItemNotFound', `The requested resource doesn't exist: worksheet '${name}'.`);
      ws.bind(s);
    });
    return ws;
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    const ws = new FakeWorksheet(this.ctx);
    ws.markUnknown();
    this.queue(`getItemOrNullObject ${name}`, () => ws.bind(this.findKey(name) ?? null));
    return ws;
  }

  getActiveWorksheet(): FakeWorksheet {
    const ws = new FakeWorksheet(this.ctx);
    this.queue('getActiveWorksheet', () => ws.bind(this.find(this.state.activeSheet) ?? null));
    return ws;
  }

  add(name?: string): FakeWorksheet {
    const ws = new FakeWorksheet(this.ctx);
    this.queue(`add ${name ?? ''}`, () => {
      let n = name;
      for (let i = this.state.sheets.length + 1; n === undefined; i++) {
        if (!this.find(`Sheet${i}`)) n = `Sheet${i}`;
      }
      checkSheetName(n);
      if (this.find(n)) throw err('ItemAlreadyExists', `A worksheet named '${n}' already exists.`);
      const s = newSheet(this.state, n);
      this.state.sheets.push(s);
      ws.bind(s);
    });
    return ws;
  }
}

/** Excel's rules: 1–31 characters, none of [ ] : * ? / \, no apostrophe first or last, not 'History'. */
function checkSheetName(n: string): void {
  if (n.length === 0 || n.length > 31 || SHEET_NAME_BAD.test(n) || /^'|'$/.test(n) || /^history$/i.test(n)) {
    throw err('InvalidArgument', `The argument is invalid: sheet name '${n}'.`);
  }
}

/** Ids shaped like Excel's: `{00000000-0001-0000-0000-000000000000}`, one counter per workbook. */
function newSheet(wb: Pick<WorkbookState, 'nextSheetId'>, name: string): SheetState {
  const n = wb.nextSheetId;
  wb.nextSheetId += 1;
  const id = `{00000000-0001-0000-${n.toString(16).toUpperCase().padStart(4, '0')}-000000000000}`;
  return { id, name, visibility: 'Visible', cells: new Map(), protection: { protected: false } };
}

/** 'Name', else 'Name (2)', 'Name (3)'… shortened to fit 31 characters, as Excel names a copy. */
function uniqueSheetName(name: string, taken: (n: string) => boolean): string {
  if (!taken(name)) return name;
  for (let k = 2; ; k++) {
    const suffix = ` (${k})`;
    const candidate = `${name.slice(0, 31 - suffix.length)}${suffix}`;
    if (!taken(candidate)) return candidate;
  }
}

const escapeRegExp = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Cell formulas of every sheet that refer to sheet `from` now refer to `to` (a rename), or to
 * `#REF!` (`to` null: the sheet was deleted), as Excel rewrites them.
 */
function retargetFormulas(wb: WorkbookState, from: string, to: string | null): void {
  const quoted = `'${escapeRegExp(from.replace(/'/g, "''"))}'!`;
  const bare = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(from) ? `|(?<![\\p{L}\\p{N}_.'])${escapeRegExp(from)}!` : '';
  const pattern = new RegExp(`${quoted}${bare}`, 'giu');
  const replacement = to === null ? '#REF!' : `${quoteSheet(to)}!`;
  for (const sheet of wb.sheets) {
    for (const cell of sheet.cells.values()) {
      if (cell.formula === undefined) continue;
      pattern.lastIndex = 0;
      if (pattern.test(cell.formula)) cell.formula = cell.formula.replace(pattern, replacement);
    }
  }
}

function visibleCount(wb: WorkbookState): number {
  return wb.sheets.filter((s) => s.visibility === 'Visible').length;
}

function blankCell(): CellState {
  return { value: '', numberFormat: 'General', bold: false, locked: true };
}

export class FakeWorksheet extends FakeClientObject {
  private target?: SheetState;
  readonly protection: FakeWorksheetProtection;
  readonly freezePanes: FakeFreezePanes;
  readonly onChanged: FakeEventHandlers;
  readonly charts: FakeChartCollection;
  readonly pageLayout: FakePageLayout;
  readonly tables: FakeTableCollection;

  constructor(ctx: FakeRequestContext, target?: SheetState) {
    super(ctx);
    this.target = target;
    this.tables = new FakeTableCollection(ctx, this);
    this.pageLayout = new FakePageLayout(ctx, this);
    this.protection = new FakeWorksheetProtection(ctx, this);
    this.freezePanes = new FakeFreezePanes(ctx, this);
    this.onChanged = new FakeEventHandlers(ctx, this);
    this.charts = new FakeChartCollection(ctx, this);
  }

  /** @internal */
  bind(s: SheetState | null): void {
    if (s) {
      this.target = s;
      this.nullState = 'present';
    } else {
      this.nullState = 'null';
    }
  }

  /** @internal */
  markUnknown(): void {
    this.nullState = 'unknown';
  }

  /** @internal the live sheet (only valid while ops run at sync). */
  sheet(): SheetState {
    if (!this.target) throw err('ItemNotFound', "The requested resource doesn't exist (worksheet).");
    return this.target;
  }

  scalarNames(): string[] {
    return Object.keys(this.readers());
  }

  protected readers() {
    return {
      name: () => this.sheet().name,
      visibility: () => this.sheet().visibility,
      position: () => this.ctx.excel.state.sheets.indexOf(this.sheet()),
      id: () => this.sheet().id,
    };
  }

  protected override children() {
    return { protection: this.protection };
  }

  get name(): string {
    return this.get('name');
  }
  set name(v: string) {
    this.queue('set name', () => {
      checkSheetName(v);
      const clash = this.ctx.workbook.worksheets.find(v);
      if (clash && clash !== this.sheet())
        throw err('ItemAlreadyExists', `A worksheet named '${v}' already exists.`);
      const wb = this.ctx.excel.state;
      const old = this.sheet().name;
      if (wb.activeSheet === old) wb.activeSheet = v;
      if (wb.selection?.sheet === old) wb.selection.sheet = v;
      this.sheet().name = v;
      if (old !== v) retargetFormulas(wb, old, v);
    });
  }
  get visibility(): SheetState['visibility'] {
    return this.get('visibility');
  }
  /** Excel refuses to hide the last visible sheet. */
  set visibility(v: SheetState['visibility']) {
    this.queue('set visibility', () => {
      if (!['Visible', 'Hidden', 'VeryHidden'].includes(v))
        throw err('InvalidArgument', `The argument is invalid: visibility '${v}'.`);
      const sheet = this.sheet();
      if (v !== 'Visible' && sheet.visibility === 'Visible' && visibleCount(this.ctx.excel.state) <= 1)
        throw err('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
      sheet.visibility = v;
    });
  }
  get position(): number {
    return this.get('position');
  }
  get id(): string {
    return this.get('id');
  }

  activate(): void {
    this.queue('activate', () => {
      this.ctx.excel.state.activeSheet = this.sheet().name;
    });
  }

  /** Excel refuses to delete the last visible sheet; formulas that pointed at it become #REF!. */
  delete(): void {
    this.queue('delete', () => {
      const wb = this.ctx.excel.state;
      const sheet = this.sheet();
      if (wb.sheets.length <= 1)
        throw err('InvalidOperation', 'A workbook must contain at least one worksheet.');
      if (sheet.visibility === 'Visible' && visibleCount(wb) <= 1)
        throw err('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
      wb.sheets = wb.sheets.filter((s) => s !== sheet);
      if (wb.selection?.sheet === sheet.name) delete wb.selection;
      if (wb.activeSheet === sheet.name) {
        const next = wb.sheets.find((s) => s.visibility === 'Visible') ?? wb.sheets[0];
        if (next) wb.activeSheet = next.name;
      }
      retargetFormulas(wb, sheet.name, null);
    });
  }

  getRange(address = 'A1'): FakeRange {
    return new FakeRange(this.ctx, this, () => parseAddress(address));
  }

  getRangeByIndexes(row: number, column: number, rowCount: number, columnCount: number): FakeRange {
    return new FakeRange(this.ctx, this, () => {
      if (row < 0 || column < 0 || rowCount < 1 || columnCount < 1) {
        throw err('InvalidArgument', 'The argument is invalid: getRangeByIndexes.');
      }
      return { row, column, rowCount, columnCount };
    });
  }

  /** Smallest range holding every non-empty cell (A1 for an empty sheet, like Excel). */
  getUsedRange(): FakeRange {
    return new FakeRange(this.ctx, this, () => {
      let r0 = Infinity;
      let c0 = Infinity;
      let r1 = -1;
      let c1 = -1;
      for (const [key, cell] of this.sheet().cells) {
        if (cell.value === '' && cell.formula === undefined) continue;
        const [r, c] = key.split(',').map(Number) as [number, number];
        r0 = Math.min(r0, r);
        c0 = Math.min(c0, c);
        r1 = Math.max(r1, r);
        c1 = Math.max(c1, c);
      }
      if (r1 < 0) return { row: 0, column: 0, rowCount: 1, columnCount: 1 };
      return { row: r0, column: c0, rowCount: r1 - r0 + 1, columnCount: c1 - c0 + 1 };
    });
  }
}

export class FakeFreezePanes extends FakeClientObject {
  constructor(
    ctx: FakeRequestContext,
    private readonly ws: FakeWorksheet,
  ) {
    super(ctx);
  }
  protected readers() {
    return {};
  }
  private set(rows: number, columns: number): void {
    this.queue('freeze', () => {
      this.ws.sheet().freeze = { rows, columns };
    });
  }
  freezeRows(count = 1): void {
    this.set(count, 0);
  }
  freezeColumns(count = 1): void {
    this.set(0, count);
  }
  /** Freezes the rows above and the columns left of the range's bottom-right cell + 1 (as Excel). */
  freezeAt(range: FakeRange | string): void {
    this.queue('freezeAt', () => {
      const b = typeof range === 'string' ? parseAddress(range) : range.cells().b;
      this.ws.sheet().freeze = { rows: b.row + b.rowCount, columns: b.column + b.columnCount };
    });
  }
  unfreeze(): void {
    this.queue('unfreeze', () => {
      delete this.ws.sheet().freeze;
    });
  }
}

/** `worksheet.onChanged`: handlers are registered at sync; `remove()` needs a sync of the same context. */
export class FakeEventHandlers {
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly ws: FakeWorksheet,
  ) {}

  add(handler: (args: FakeChangedEventArgs) => unknown): { context: FakeRequestContext; remove(): void } {
    let sheet: SheetState | undefined;
    this.ctx.enqueue({
      label: 'onChanged.add',
      apply: () => {
        sheet = this.ws.sheet();
        (sheet.changeHandlers ??= []).push(handler);
      },
    });
    return {
      context: this.ctx,
      remove: () =>
        this.ctx.enqueue({
          label: 'onChanged.remove',
          apply: () => {
            if (sheet?.changeHandlers)
              sheet.changeHandlers = sheet.changeHandlers.filter((h) => h !== handler);
          },
        }),
    };
  }
}

/**
 * worksheet.pageLayout (ExcelApi 1.9), write-only here: orientation, paperSize, zoom (fit to pages),
 * setPrintTitleRows and headersFooters.defaultForAllPages. Values outside Excel's enums are refused.
 */
export class FakePageLayout extends FakeClientObject {
  readonly headersFooters: { readonly defaultForAllPages: FakeHeaderFooter };
  constructor(
    ctx: FakeRequestContext,
    private readonly ws: FakeWorksheet,
  ) {
    super(ctx);
    this.headersFooters = { defaultForAllPages: new FakeHeaderFooter(ctx, ws) };
  }
  protected readers() {
    return {};
  }
  private layout(): PageLayoutState {
    return (this.ws.sheet().pageLayout ??= {});
  }
  set orientation(v: string) {
    this.queue('pageLayout.orientation', () => {
      if (v !== 'Portrait' && v !== 'Landscape') throw err('InvalidArgument', `Invalid orientation: ${v}`);
      this.layout().orientation = v;
    });
  }
  set paperSize(v: string) {
    this.queue('pageLayout.paperSize', () => {
      if (!['A4', 'Letter', 'A3', 'Legal'].includes(v))
        throw err('InvalidArgument', `Invalid paperSize: ${v}`);
      this.layout().paperSize = v;
    });
  }
  set zoom(v: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number }) {
    this.queue('pageLayout.zoom', () => {
      this.layout().zoom = { ...v };
    });
  }
  setPrintTitleRows(rows: string): void {
    this.queue('pageLayout.setPrintTitleRows', () => {
      if (!/^\$?\d+:\$?\d+$/.test(rows)) throw err('InvalidArgument', `Invalid print title rows: ${rows}`);
      this.layout().printTitleRows = rows;
    });
  }
}

export class FakeHeaderFooter {
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly ws: FakeWorksheet,
  ) {}
  private put(key: keyof NonNullable<PageLayoutState['headers']>, v: string): void {
    this.ctx.enqueue({
      label: `headersFooters.${key}`,
      apply: () => {
        const l = (this.ws.sheet().pageLayout ??= {});
        (l.headers ??= {})[key] = v;
      },
    });
  }
  set leftHeader(v: string) {
    this.put('leftHeader', v);
  }
  set rightHeader(v: string) {
    this.put('rightHeader', v);
  }
  set centerFooter(v: string) {
    this.put('centerFooter', v);
  }
}

export class FakeWorksheetProtection extends FakeClientObject {
  constructor(
    ctx: FakeRequestContext,
    private readonly ws: FakeWorksheet,
  ) {
    super(ctx);
  }

  protected readers() {
    return {
      protected: () => this.ws.sheet().protection.protected,
      options: () => this.ws.sheet().protection.options ?? {},
    };
  }

  get protected(): boolean {
    return this.get('protected');
  }
  get options(): Record<string, unknown> {
    return this.get('options');
  }

  protect(options?: Record<string, unknown>, password?: string): void {
    this.queue('protect', () => {
      const p = this.ws.sheet().protection;
      if (p.protected) throw err('InvalidOperation', 'The worksheet is already protected.');
      Object.assign(p, { protected: true, options: clone(options), password });
    });
  }

  unprotect(password?: string): void {
    this.queue('unprotect', () => {
      const p = this.ws.sheet().protection;
      if (p.password !== undefined && p.password !== password)
        throw err('InvalidArgument', 'The password is incorrect.');
      this.ws.sheet().protection = { protected: false };
    });
  }
}

// ---------- ranges ----------

export class FakeRange extends FakeClientObject {
  private bounds?: Bounds;
  readonly format: FakeRangeFormat;
  readonly dataValidation: FakeDataValidation;
  readonly conditionalFormats: FakeConditionalFormatCollection;

  constructor(
    ctx: FakeRequestContext,
    readonly worksheet: FakeWorksheet,
    resolveBounds: () => Bounds,
  ) {
    super(ctx);
    // Address errors surface at sync, like Office.js.
    this.queue('resolve range', () => {
      this.bounds = resolveBounds();
    });
    this.format = new FakeRangeFormat(ctx, this);
    this.dataValidation = new FakeDataValidation(ctx, this);
    this.conditionalFormats = new FakeConditionalFormatCollection(ctx, this);
  }

  /** @internal the range as 'A1:B2' without the sheet (only valid at sync). */
  a1(): string {
    return formatAddress('x', this.cells().b).replace(/^x!/, '');
  }

  /** @internal the range's cells, created on demand (only valid at sync). */
  cells(): { b: Bounds; at: (r: number, c: number) => CellState } {
    const b = this.bounds;
    if (!b) throw err('InvalidReference', 'The range is not resolved.');
    const sheet = this.worksheet.sheet();
    return {
      b,
      at: (r, c) => {
        const key = `${b.row + r},${b.column + c}`;
        let cell = sheet.cells.get(key);
        if (!cell) {
          cell = blankCell();
          sheet.cells.set(key, cell);
        }
        return cell;
      },
    };
  }

  /** @internal reads a 2-D grid of one cell property. */
  grid<T>(pick: (cell: CellState, r: number, c: number) => T): T[][] {
    const { b, at } = this.cells();
    return Array.from({ length: b.rowCount }, (_, r) =>
      Array.from({ length: b.columnCount }, (_, c) => pick(at(r, c), r, c)),
    );
  }

  /** @internal writes a 2-D grid whose size must match the range; refuses locked cells on a protected sheet. */
  write<T>(label: string, input: unknown, put: (cell: CellState, v: T, r: number, c: number) => void): void {
    this.queue(label, () => {
      const { b } = this.cells();
      if (
        !Array.isArray(input) ||
        input.length !== b.rowCount ||
        !input.every((row) => Array.isArray(row) && row.length === b.columnCount)
      ) {
        throw err(
          'InvalidArgument',
          `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${label}).`,
        );
      }
      this.eachCell((cell, r, c) => put(cell, (input as T[][])[r]![c]!, r, c), true);
    });
  }

  /** @internal visits every cell; `editing` enforces sheet protection. */
  eachCell(visit: (cell: CellState, r: number, c: number) => void, editing: boolean): void {
    const { b, at } = this.cells();
    const sheet = this.worksheet.sheet();
    for (let r = 0; r < b.rowCount; r++) {
      for (let c = 0; c < b.columnCount; c++) {
        const cell = at(r, c);
        if (editing && sheet.protection.protected && cell.locked) {
          throw err('AccessDenied', `The cell is protected: ${formatAddress(sheet.name, b)}.`);
        }
        visit(cell, r, c);
      }
    }
  }

  private display(cell: CellState, r: number, c: number): CellValue {
    if (cell.formula === undefined) return cell.value;
    const b = this.cells().b;
    const evaluate = this.ctx.excel.options.evaluate;
    return evaluate
      ? evaluate(cell.formula, this.worksheet.sheet().name, b.row + r, b.column + c)
      : cell.value;
  }

  protected readers() {
    return {
      address: () => formatAddress(this.worksheet.sheet().name, this.cells().b),
      rowCount: () => this.cells().b.rowCount,
      columnCount: () => this.cells().b.columnCount,
      rowIndex: () => this.cells().b.row,
      columnIndex: () => this.cells().b.column,
      values: () => this.grid((cell, r, c) => this.display(cell, r, c)),
      text: () => this.grid((cell, r, c) => String(this.display(cell, r, c))),
      formulas: () => this.grid((cell, r, c) => cell.formula ?? this.display(cell, r, c)),
      numberFormat: () => this.grid((cell) => cell.numberFormat),
      valueTypes: () => this.grid((cell, r, c) => valueType(this.display(cell, r, c))),
    };
  }

  protected override children() {
    return { format: this.format, dataValidation: this.dataValidation };
  }

  get address(): string {
    return this.get('address');
  }
  get rowCount(): number {
    return this.get('rowCount');
  }
  get columnCount(): number {
    return this.get('columnCount');
  }
  get rowIndex(): number {
    return this.get('rowIndex');
  }
  get columnIndex(): number {
    return this.get('columnIndex');
  }
  get text(): string[][] {
    return this.get('text');
  }
  get valueTypes(): string[][] {
    return this.get('valueTypes');
  }

  merge(across = false): void {
    this.queue('merge', () => {
      const { b } = this.cells();
      const sheet = this.worksheet.sheet();
      const areas = across
        ? Array.from({ length: b.rowCount }, (_, r) => ({ ...b, row: b.row + r, rowCount: 1 }))
        : [b];
      for (const a of areas) {
        const text = formatAddress('x', a).replace(/^x!/, '');
        const overlaps = (sheet.merges ?? []).some((m) => intersects(parseAddress(m), a));
        if (overlaps) throw err('InvalidOperation', `Cannot merge ${text}: it overlaps a merged area.`);
        (sheet.merges ??= []).push(text);
      }
    });
  }

  select(): void {
    this.queue('select', () => {
      const sheet = this.worksheet.sheet();
      this.ctx.excel.state.activeSheet = sheet.name;
      this.ctx.excel.state.selection = { sheet: sheet.name, address: this.a1() };
    });
  }

  get values(): CellValue[][] {
    return this.get('values');
  }
  /** A string starting with '=' becomes a formula, as when typed in Excel. */
  set values(v: CellValue[][]) {
    this.write<CellValue>('set values', clone(v), (cell, x, r, c) => this.setCell(cell, x, r, c));
  }

  get formulas(): CellValue[][] {
    return this.get('formulas');
  }
  set formulas(v: CellValue[][]) {
    this.write<CellValue>('set formulas', clone(v), (cell, x, r, c) => this.setCell(cell, x, r, c));
  }

  get numberFormat(): string[][] {
    return this.get('numberFormat');
  }
  set numberFormat(v: string[][]) {
    this.write<string | null>('set numberFormat', clone(v), (cell, x) => {
      if (x !== null) cell.numberFormat = x;
    });
  }

  private setCell(cell: CellState, x: CellValue | null, r: number, c: number): void {
    if (x === null) return; // Office.js: a null entry leaves the cell unchanged
    if (typeof x === 'string' && x.startsWith('=') && x.length > 1) {
      cell.formula = x;
      const b = this.cells().b;
      const evaluate = this.ctx.excel.options.evaluate;
      cell.value = evaluate ? evaluate(x, this.worksheet.sheet().name, b.row + r, b.column + c) : '';
    } else {
      delete cell.formula;
      cell.value = x;
    }
  }

  clear(): void {
    this.queue('clear', () =>
      this.eachCell((cell) => {
        Object.assign(cell, blankCell(), { locked: cell.locked });
        delete cell.formula;
        delete cell.fillColor;
        delete cell.validation;
      }, true),
    );
  }
}

export class FakeRangeFormat extends FakeClientObject {
  readonly fill: FakeRangeFill;
  readonly font: FakeRangeFont;
  readonly protection: FakeFormatProtection;
  readonly borders: FakeRangeBorders;

  constructor(
    ctx: FakeRequestContext,
    readonly range: FakeRange,
  ) {
    super(ctx);
    this.fill = new FakeRangeFill(ctx, range);
    this.font = new FakeRangeFont(ctx, range);
    this.protection = new FakeFormatProtection(ctx, range);
    this.borders = new FakeRangeBorders(ctx, range);
  }

  protected readers() {
    return {
      wrapText: () => uniform(this.range, (c) => c.wrap ?? false),
      horizontalAlignment: () => uniform(this.range, (c) => c.horizontal ?? 'General'),
      verticalAlignment: () => uniform(this.range, (c) => c.vertical ?? 'Bottom'),
    };
  }

  protected override children() {
    return { fill: this.fill, font: this.font, protection: this.protection, borders: this.borders };
  }

  get wrapText(): boolean | null {
    return this.get('wrapText');
  }
  set wrapText(v: boolean) {
    this.queueEachCell(this.range, 'set wrapText', (c) => {
      c.wrap = v;
    });
  }
  get horizontalAlignment(): string | null {
    return this.get('horizontalAlignment');
  }
  set horizontalAlignment(v: string) {
    this.queueEachCell(this.range, 'set horizontalAlignment', (c) => {
      c.horizontal = v;
    });
  }
  get verticalAlignment(): string | null {
    return this.get('verticalAlignment');
  }
  set verticalAlignment(v: string) {
    this.queueEachCell(this.range, 'set verticalAlignment', (c) => {
      c.vertical = v;
    });
  }
  /** Points; set on every column of the range. */
  set columnWidth(v: number) {
    this.queue('set columnWidth', () => {
      const { b } = this.range.cells();
      const sheet = this.range.worksheet.sheet();
      for (let c = 0; c < b.columnCount; c++) (sheet.columnWidths ??= new Map()).set(b.column + c, v);
    });
  }
  /** Points; set on every row of the range. */
  set rowHeight(v: number) {
    this.queue('set rowHeight', () => {
      const { b } = this.range.cells();
      const sheet = this.range.worksheet.sheet();
      for (let r = 0; r < b.rowCount; r++) (sheet.rowHeights ??= new Map()).set(b.row + r, v);
    });
  }
}

const BORDER_INDEXES = [
  'EdgeTop',
  'EdgeBottom',
  'EdgeLeft',
  'EdgeRight',
  'InsideVertical',
  'InsideHorizontal',
  'DiagonalDown',
  'DiagonalUp',
];

export class FakeRangeBorders extends FakeClientObject {
  constructor(
    ctx: FakeRequestContext,
    private readonly range: FakeRange,
  ) {
    super(ctx);
  }
  protected readers() {
    return {};
  }
  getItem(index: string): FakeRangeBorder {
    if (!BORDER_INDEXES.includes(index)) throw err('InvalidArgument', `Unknown border index '${index}'.`);
    return new FakeRangeBorder(this.ctx, this.range, index);
  }
}

export class FakeRangeBorder extends FakeClientObject {
  constructor(
    ctx: FakeRequestContext,
    private readonly range: FakeRange,
    private readonly index: string,
  ) {
    super(ctx);
  }
  protected readers() {
    return {};
  }
  /** Records the edge on every cell of the range ('None' removes it). */
  set style(v: string) {
    this.queue(`set border ${this.index}`, () =>
      this.range.eachCell((cell) => {
        const set = new Set(cell.borders ?? []);
        if (v === 'None') set.delete(this.index);
        else set.add(this.index);
        cell.borders = [...set].sort();
      }, true),
    );
  }
  set color(_v: string) {
    this.queue(`set border color ${this.index}`, () => undefined);
  }
}

/** `range.conditionalFormats.add(type)`: the formats are recorded on the sheet for assertions. */
export class FakeConditionalFormatCollection extends FakeClientObject {
  constructor(
    ctx: FakeRequestContext,
    private readonly range: FakeRange,
  ) {
    super(ctx);
  }
  protected readers() {
    return {};
  }
  add(type: string): FakeConditionalFormat {
    const record: ConditionalFormatState = { range: '', type };
    this.queue(`conditionalFormats.add ${type}`, () => {
      record.range = this.range.a1();
      (this.range.worksheet.sheet().conditionalFormats ??= []).push(record);
    });
    return new FakeConditionalFormat(this.ctx, record);
  }
  clearAll(): void {
    this.queue('conditionalFormats.clearAll', () => {
      const sheet = this.range.worksheet.sheet();
      sheet.conditionalFormats = [];
    });
  }
}

export class FakeConditionalFormat {
  readonly textComparison: { format: FakeCfFormat; rule: Record<string, unknown> };
  readonly custom: { format: FakeCfFormat; rule: { formula: string } };

  constructor(ctx: FakeRequestContext, record: ConditionalFormatState) {
    const format = new FakeCfFormat(ctx, record);
    const set = (label: string, apply: () => void) => ctx.enqueue({ label, apply });
    this.textComparison = {
      format,
      set rule(v: Record<string, unknown>) {
        set('set textComparison.rule', () => {
          record.rule = clone(v);
        });
      },
      get rule(): Record<string, unknown> {
        return record.rule ?? {};
      },
    };
    this.custom = {
      format,
      rule: {
        set formula(v: string) {
          set('set custom.rule.formula', () => {
            record.formula = v;
          });
        },
        get formula(): string {
          return record.formula ?? '';
        },
      },
    };
  }
}

export class FakeCfFormat {
  readonly fill: { color: string };
  readonly font: { color: string };
  constructor(ctx: FakeRequestContext, record: ConditionalFormatState) {
    const set = (label: string, apply: () => void) => ctx.enqueue({ label, apply });
    this.fill = {
      set color(v: string) {
        set('set cf fill', () => {
          record.fill = v.toUpperCase();
        });
      },
      get color(): string {
        return record.fill ?? '';
      },
    };
    this.font = {
      set color(v: string) {
        set('set cf font', () => {
          record.fontColor = v.toUpperCase();
        });
      },
      get color(): string {
        return record.fontColor ?? '';
      },
    };
  }
}

/** Excel returns one value for a uniform range and null for a mixed one. */
function uniform<T>(range: FakeRange, pick: (cell: CellState) => T): T | null {
  const all = range.grid(pick).flat();
  const first = all[0] as T;
  return all.every((v) => v === first) ? first : null;
}

export class FakeRangeFill extends FakeClientObject {
  constructor(
    ctx: FakeRequestContext,
    private readonly range: FakeRange,
  ) {
    super(ctx);
  }
  protected readers() {
    return { color: () => uniform(this.range, (c) => c.fillColor ?? '#FFFFFF') };
  }
  get color(): string | null {
    return this.get('color');
  }
  set color(v: string | null) {
    this.queue('set fill.color', () =>
      this.range.eachCell((cell) => {
        cell.fillColor = v === null ? undefined : v.toUpperCase();
      }, true),
    );
  }
  clear(): void {
    this.queue('fill.clear', () =>
      this.range.eachCell((cell) => {
        delete cell.fillColor;
      }, true),
    );
  }
}

export class FakeRangeFont extends FakeClientObject {
  constructor(
    ctx: FakeRequestContext,
    private readonly range: FakeRange,
  ) {
    super(ctx);
  }
  protected readers() {
    return {
      bold: () => uniform(this.range, (c) => c.bold),
      italic: () => uniform(this.range, (c) => c.italic ?? false),
      size: () => uniform(this.range, (c) => c.fontSize ?? 11),
      color: () => uniform(this.range, (c) => c.fontColor ?? '#000000'),
    };
  }
  get bold(): boolean | null {
    return this.get('bold');
  }
  set bold(v: boolean) {
    this.queueEachCell(this.range, 'set font.bold', (cell) => {
      cell.bold = v;
    });
  }
  get italic(): boolean | null {
    return this.get('italic');
  }
  set italic(v: boolean) {
    this.queueEachCell(this.range, 'set font.italic', (cell) => {
      cell.italic = v;
    });
  }
  get size(): number | null {
    return this.get('size');
  }
  set size(v: number) {
    this.queueEachCell(this.range, 'set font.size', (cell) => {
      cell.fontSize = v;
    });
  }
  get color(): string | null {
    return this.get('color');
  }
  set color(v: string) {
    this.queueEachCell(this.range, 'set font.color', (cell) => {
      cell.fontColor = v.toUpperCase();
    });
  }
}

export class FakeFormatProtection extends FakeClientObject {
  constructor(
    ctx: FakeRequestContext,
    private readonly range: FakeRange,
  ) {
    super(ctx);
  }
  protected readers() {
    return { locked: () => uniform(this.range, (c) => c.locked) };
  }
  get locked(): boolean | null {
    return this.get('locked');
  }
  /** Excel refuses to change locking on a protected sheet. */
  set locked(v: boolean) {
    this.queue('set protection.locked', () => {
      if (this.range.worksheet.sheet().protection.protected) {
        throw err('AccessDenied', 'Cannot change cell locking while the worksheet is protected.');
      }
      this.range.eachCell((cell) => {
        cell.locked = v;
      }, false);
    });
  }
}

/** Rule kinds as in Excel.DataValidationRule -> Excel.DataValidationType. */
const RULE_TYPES: Record<string, string> = {
  wholeNumber: 'WholeNumber',
  decimal: 'Decimal',
  textLength: 'TextLength',
  date: 'Date',
  time: 'Time',
  list: 'List',
  custom: 'Custom',
};

export class FakeDataValidation extends FakeClientObject {
  constructor(
    ctx: FakeRequestContext,
    private readonly range: FakeRange,
  ) {
    super(ctx);
  }

  private first(): DataValidationState | undefined {
    return this.range.grid((c) => c.validation)[0]?.[0];
  }

  protected readers() {
    return {
      rule: () => this.first()?.rule ?? {},
      type: () => {
        const key = Object.keys(this.first()?.rule ?? {})[0];
        return key === undefined ? 'None' : (RULE_TYPES[key] ?? 'Inconsistent');
      },
      prompt: () => this.first()?.prompt ?? { showPrompt: false, title: '', message: '' },
      errorAlert: () =>
        this.first()?.errorAlert ?? { showAlert: true, style: 'Stop', title: '', message: '' },
      ignoreBlanks: () => this.first()?.ignoreBlanks ?? true,
    };
  }

  private update(label: string, change: (v: DataValidationState) => void): void {
    this.queue(label, () =>
      this.range.eachCell((cell) => {
        const v = cell.validation ?? { rule: {}, ignoreBlanks: true };
        change(v);
        cell.validation = v;
      }, true),
    );
  }

  get rule(): Record<string, unknown> {
    return this.get('rule');
  }
  set rule(v: Record<string, unknown>) {
    const keys = Object.keys(v);
    this.update('set dataValidation.rule', (s) => {
      if (keys.length !== 1 || !RULE_TYPES[keys[0]!]) {
        throw err('InvalidArgument', 'A data validation rule needs exactly one known rule type.');
      }
      s.rule = clone(v);
    });
  }
  get type(): string {
    return this.get('type');
  }
  get prompt(): Record<string, unknown> {
    return this.get('prompt');
  }
  set prompt(v: Record<string, unknown>) {
    this.update('set dataValidation.prompt', (s) => {
      s.prompt = clone(v);
    });
  }
  get errorAlert(): Record<string, unknown> {
    return this.get('errorAlert');
  }
  set errorAlert(v: Record<string, unknown>) {
    this.update('set dataValidation.errorAlert', (s) => {
      s.errorAlert = clone(v);
    });
  }
  get ignoreBlanks(): boolean {
    return this.get('ignoreBlanks');
  }
  set ignoreBlanks(v: boolean) {
    this.update('set dataValidation.ignoreBlanks', (s) => {
      s.ignoreBlanks = v;
    });
  }
  clear(): void {
    this.queue('dataValidation.clear', () =>
      this.range.eachCell((cell) => {
        delete cell.validation;
      }, true),
    );
  }
}

// ---------- tables ----------

const TABLE_NAME_OK = /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u;

/** Every table of the workbook with its sheet, in sheet order. */
function allTables(wb: WorkbookState): { sheet: SheetState; table: TableState }[] {
  return wb.sheets.flatMap((sheet) => (sheet.tables ?? []).map((table) => ({ sheet, table })));
}

/** `workbook.tables` (every table) or `worksheet.tables` (the sheet's). */
export class FakeTableCollection extends FakeClientObject {
  private itemsLoaded?: FakeTable[];

  constructor(
    ctx: FakeRequestContext,
    private readonly worksheet?: FakeWorksheet,
  ) {
    super(ctx);
  }

  protected readers() {
    return { count: () => this.found().length };
  }

  private found(): { sheet: SheetState; table: TableState }[] {
    const all = allTables(this.ctx.excel.state);
    return this.worksheet ? all.filter((t) => t.sheet === this.worksheet?.sheet()) : all;
  }

  get count(): number {
    return this.get('count');
  }

  /** `items/name`, `items/style`, `items/worksheet/name`, `items/rows/count`, `items/columns/count`. */
  override load(props?: LoadArg): this {
    const list = (propList(props) ?? []).map((p) => p.replace(/^items\//, '')).filter((p) => p !== 'items');
    if (list.includes('count')) return super.load('count');
    this.queue('load tables', () => {
      this.itemsLoaded = this.found().map(({ sheet, table }) => {
        const t = new FakeTable(this.ctx, sheet, table);
        const own = list.filter((p) => !p.includes('/'));
        t.snapshot(own.length > 0 || list.length > 0 ? own : t.scalarNames());
        for (const p of list.filter((x) => x.startsWith('worksheet/')))
          t.worksheet.snapshot([p.slice('worksheet/'.length)]);
        for (const p of list.filter((x) => x.startsWith('rows/'))) t.rows.snapshot([p.slice('rows/'.length)]);
        for (const p of list.filter((x) => x.startsWith('columns/')))
          t.columns.snapshot([p.slice('columns/'.length)]);
        for (const p of list.filter((x) => x.includes('/') && !/^(worksheet|rows|columns)\//.test(x)))
          throw err('InvalidArgument', `Unknown property path '${p}'.`);
        return t;
      });
    });
    return this;
  }

  get items(): FakeTable[] {
    if (!this.itemsLoaded) throw notLoaded('items');
    return this.itemsLoaded;
  }

  getItem(name: string): FakeTable {
    const t = new FakeTable(this.ctx);
    this.queue(`getItem table ${name}`, () => {
      const found = this.found().find((x) => x.table.name.toLocaleUpperCase() === name.toLocaleUpperCase());
      if (!found) throw err('ItemNotFound', `The requested resource doesn't exist: table '${name}'.`);
      t.bind(found.sheet, found.table);
    });
    return t;
  }

  /** Excel refuses a table over another one; without headers it names the columns Column1, Column2… */
  add(address: string | FakeRange, hasHeaders: boolean): FakeTable {
    const t = new FakeTable(this.ctx);
    const ws = this.worksheet;
    const range = typeof address === 'string' ? (ws ? ws.getRange(address) : undefined) : address;
    if (!range)
      throw new Error('fake: workbook.tables.add needs a range object or a sheet-qualified address');
    this.queue('add table', () => {
      const { b, at } = range.cells();
      const sheet = range.worksheet.sheet();
      if ((sheet.tables ?? []).some((x) => intersects(x.bounds, b)))
        throw err('InvalidOperation', 'A table cannot overlap another table.');
      if (sheet.protection.protected) throw err('AccessDenied', 'The sheet is protected.');
      const headers = Array.from({ length: b.columnCount }, (_, c) => {
        const v = hasHeaders ? String(at(0, c).value) : '';
        return v === '' ? `Column${c + 1}` : v;
      });
      const bounds = hasHeaders ? b : { ...b, rowCount: b.rowCount + 1 };
      const n = allTables(this.ctx.excel.state).length + 1;
      const table: TableState = { name: `Table${n}`, bounds, headers, style: 'TableStyleMedium2' };
      sheet.tables = [...(sheet.tables ?? []), table];
      t.bind(sheet, table);
    });
    return t;
  }
}

export class FakeTable extends FakeClientObject {
  private target?: { sheet: SheetState; table: TableState };
  readonly worksheet: FakeWorksheet;
  readonly rows: FakeTableParts;
  readonly columns: FakeTableParts;

  constructor(ctx: FakeRequestContext, sheet?: SheetState, table?: TableState) {
    super(ctx);
    this.worksheet = new FakeWorksheet(ctx, sheet);
    this.rows = new FakeTableParts(ctx, this, 'rows');
    this.columns = new FakeTableParts(ctx, this, 'columns');
    if (sheet && table) this.target = { sheet, table };
  }

  /** @internal */
  bind(sheet: SheetState, table: TableState): void {
    this.target = { sheet, table };
    this.worksheet.bind(sheet);
  }

  /** @internal the live table (only valid at sync). */
  state(): TableState {
    if (!this.target) throw err('ItemNotFound', "The requested resource doesn't exist (table).");
    return this.target.table;
  }

  scalarNames(): string[] {
    return Object.keys(this.readers());
  }

  protected readers() {
    return { name: () => this.state().name, style: () => this.state().style };
  }

  protected override children() {
    return { worksheet: this.worksheet, rows: this.rows, columns: this.columns };
  }

  get name(): string {
    return this.get('name');
  }
  set name(v: string) {
    this.queue('set table name', () => {
      const wb = this.ctx.excel.state;
      const key = v.toLocaleUpperCase();
      if (!TABLE_NAME_OK.test(v) || v.length > 255 || /^[A-Z]{1,3}\d+$/i.test(v) || /^[RC]$/i.test(v))
        throw err('InvalidArgument', `The argument is invalid: table name '${v}'.`);
      const clash = allTables(wb).some(
        (x) => x.table !== this.state() && x.table.name.toLocaleUpperCase() === key,
      );
      if (clash || wb.names.has(key)) throw err('ItemAlreadyExists', `The name '${v}' is already used.`);
      this.state().name = v;
    });
  }
  get style(): string {
    return this.get('style');
  }
  set style(v: string) {
    this.queue('set table style', () => {
      this.state().style = v;
    });
  }

  private rangeOf(pick: (b: TableState['bounds']) => TableState['bounds']): FakeRange {
    return new FakeRange(this.ctx, this.worksheet, () => pick(this.state().bounds));
  }

  getRange(): FakeRange {
    return this.rangeOf((b) => b);
  }
  getHeaderRowRange(): FakeRange {
    return this.rangeOf((b) => ({ ...b, rowCount: 1 }));
  }
  /** The rows below the header (Excel keeps at least one, empty). */
  getDataBodyRange(): FakeRange {
    return this.rangeOf((b) => ({ ...b, row: b.row + 1, rowCount: Math.max(1, b.rowCount - 1) }));
  }
}

/** `table.rows` / `table.columns`: their count (the data rows; the columns). */
export class FakeTableParts extends FakeClientObject {
  constructor(
    ctx: FakeRequestContext,
    private readonly table: FakeTable,
    private readonly part: 'rows' | 'columns',
  ) {
    super(ctx);
  }
  protected readers() {
    const b = () => this.table.state().bounds;
    return { count: () => (this.part === 'rows' ? Math.max(1, b().rowCount - 1) : b().columnCount) };
  }
  get count(): number {
    return this.get('count');
  }
}

// ---------- defined names (workbook scope) ----------

const NAME_OK = /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u;

export class FakeNamedItemCollection extends FakeClientObject {
  private itemsLoaded?: FakeNamedItem[];

  protected readers() {
    return {};
  }

  private get map(): Map<string, NameState> {
    return this.ctx.excel.state.names;
  }

  override load(props?: LoadArg): this {
    const list = (propList(props) ?? []).map((p) => p.replace(/^items\//, '')).filter((p) => p !== 'items');
    this.queue('load names', () => {
      this.itemsLoaded = [...this.map.values()].map((n) => {
        const item = new FakeNamedItem(this.ctx, n);
        item.snapshot(list.length > 0 ? list : item.scalarNames());
        return item;
      });
    });
    return this;
  }

  get items(): FakeNamedItem[] {
    if (!this.itemsLoaded) throw notLoaded('items');
    return this.itemsLoaded;
  }

  /** `reference` is a Range or a formula text such as `=Sheet1!$A$1`. */
  add(name: string, reference: FakeRange | string, comment = ''): FakeNamedItem {
    const item = new FakeNamedItem(this.ctx);
    this.queue(`names.add ${name}`, () => {
      if (!NAME_OK.test(name) || parseCellLike(name))
        throw err('InvalidArgument', `The name '${name}' is not valid.`);
      if (this.map.has(name.toLocaleUpperCase()))
        throw err('ItemAlreadyExists', `The name '${name}' already exists.`);
      const formula =
        typeof reference === 'string'
          ? reference.startsWith('=')
            ? reference
            : `=${reference}`
          : `=${formatAddress(reference.worksheet.sheet().name, reference.cells().b, true)}`;
      const state: NameState = { name, formula, comment, visible: true };
      this.map.set(name.toLocaleUpperCase(), state);
      item.bind(state);
    });
    return item;
  }

  getItem(name: string): FakeNamedItem {
    const item = new FakeNamedItem(this.ctx);
    this.queue(`names.getItem ${name}`, () => {
      const s = this.map.get(name.toLocaleUpperCase());
      if (!s) throw err('ItemNotFound', `The requested resource doesn't exist: name '${name}'.`);
      item.bind(s);
    });
    return item;
  }

  getItemOrNullObject(name: string): FakeNamedItem {
    const item = new FakeNamedItem(this.ctx);
    item.markUnknown();
    this.queue(`names.getItemOrNullObject ${name}`, () =>
      item.bind(this.map.get(name.toLocaleUpperCase()) ?? null),
    );
    return item;
  }
}

function parseCellLike(name: string): boolean {
  return parseCell(name) !== undefined || /^R\d*C\d*$/i.test(name);
}

export class FakeNamedItem extends FakeClientObject {
  private target?: NameState;

  constructor(ctx: FakeRequestContext, target?: NameState) {
    super(ctx);
    this.target = target;
  }

  /** @internal */
  bind(s: NameState | null): void {
    if (s) {
      this.target = s;
      this.nullState = 'present';
    } else this.nullState = 'null';
  }
  /** @internal */
  markUnknown(): void {
    this.nullState = 'unknown';
  }

  private named(): NameState {
    if (!this.target) throw err('ItemNotFound', "The requested resource doesn't exist (name).");
    return this.target;
  }

  scalarNames(): string[] {
    return Object.keys(this.readers());
  }

  protected readers() {
    return {
      name: () => this.named().name,
      formula: () => this.named().formula,
      comment: () => this.named().comment,
      visible: () => this.named().visible,
      type: () => 'Range',
    };
  }

  get name(): string {
    return this.get('name');
  }
  get formula(): string {
    return this.get('formula');
  }
  set formula(v: string) {
    this.queue('set name.formula', () => {
      this.named().formula = v.startsWith('=') ? v : `=${v}`;
    });
  }
  get comment(): string {
    return this.get('comment');
  }
  get visible(): boolean {
    return this.get('visible');
  }
  set visible(v: boolean) {
    this.queue('set name.visible', () => {
      this.named().visible = v;
    });
  }

  /** The range the name refers to (ItemNotFound at sync when it is not a plain range). */
  getRange(): FakeRange {
    const ws = new FakeWorksheet(this.ctx);
    const range = new FakeRange(this.ctx, ws, () => {
      const m = /^=?(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(this.named().formula);
      const name = m ? (m[1]?.replace(/''/g, "'") ?? m[2] ?? '') : '';
      const found = this.ctx.workbook.worksheets.find(name);
      if (!m || !found || m[3]!.includes('#REF!'))
        throw err('ItemNotFound', `The name '${this.named().name}' does not refer to a range.`);
      ws.bind(found);
      return parseAddress(m[3]!.replace(/\$/g, ''));
    });
    return range;
  }

  delete(): void {
    this.queue('name.delete', () => {
      this.ctx.excel.state.names.delete(this.named().name.toLocaleUpperCase());
    });
  }
}

// ---------- charts ----------

const CHART_TYPES = new Set([
  'BarClustered',
  'BarStacked',
  'ColumnClustered',
  'ColumnStacked',
  'Line',
  'Pie',
  'XYScatter',
]);
const SERIES_BY = new Set(['Auto', 'Columns', 'Rows']);

/** `worksheet.charts`: `add` records a ChartState on the sheet at sync. */
export class FakeChartCollection extends FakeClientObject {
  constructor(
    ctx: FakeRequestContext,
    private readonly ws: FakeWorksheet,
  ) {
    super(ctx);
  }
  protected readers() {
    return { count: () => this.ws.sheet().charts?.length ?? 0 };
  }
  get count(): number {
    return this.get('count');
  }

  /** One series per column (or row) of `sourceData`, named 'Series1'…; no header detection. */
  add(type: string, sourceData: FakeRange, seriesBy = 'Auto'): FakeChart {
    const chart = new FakeChart(this.ctx);
    this.queue(`charts.add ${type}`, () => {
      if (!CHART_TYPES.has(type))
        throw err('InvalidArgument', `The argument is invalid: chart type '${type}'.`);
      if (!SERIES_BY.has(seriesBy))
        throw err('InvalidArgument', `The argument is invalid: seriesBy '${seriesBy}'.`);
      const b = sourceData.cells().b;
      const sheet = sourceData.worksheet.sheet().name;
      const byColumns = seriesBy === 'Columns' || (seriesBy === 'Auto' && b.rowCount >= b.columnCount);
      const count = byColumns ? b.columnCount : b.rowCount;
      const state: ChartState = {
        type,
        seriesBy,
        source: formatAddress(sheet, b, true),
        valueAxis: {},
        categoryAxis: {},
        legend: {},
        series: Array.from({ length: count }, (_, i) => ({
          name: `Series${i + 1}`,
          values: formatAddress(
            sheet,
            byColumns
              ? { ...b, column: b.column + i, columnCount: 1 }
              : { ...b, row: b.row + i, rowCount: 1 },
            true,
          ),
        })),
      };
      (this.ws.sheet().charts ??= []).push(state);
      chart.bind(state);
    });
    return chart;
  }
}

/** Base of the chart objects: writes are queued and fail at sync if the chart was not added. */
abstract class FakeChartPart extends FakeClientObject {
  constructor(
    ctx: FakeRequestContext,
    protected readonly owner: { state(): ChartState },
  ) {
    super(ctx);
  }
  protected readers() {
    return {};
  }
  protected edit(label: string, change: (chart: ChartState) => void): void {
    this.queue(label, () => change(this.owner.state()));
  }
}

export class FakeChart extends FakeClientObject {
  private target?: ChartState;
  readonly title: FakeChartTitle;
  readonly axes: { valueAxis: FakeChartAxis; categoryAxis: FakeChartAxis };
  readonly legend: FakeChartLegend;
  readonly series: FakeChartSeriesCollection;

  constructor(ctx: FakeRequestContext) {
    super(ctx);
    const owner = { state: () => this.state() };
    this.title = new FakeChartTitle(ctx, owner);
    this.axes = {
      valueAxis: new FakeChartAxis(ctx, owner, 'valueAxis'),
      categoryAxis: new FakeChartAxis(ctx, owner, 'categoryAxis'),
    };
    this.legend = new FakeChartLegend(ctx, owner);
    this.series = new FakeChartSeriesCollection(ctx, owner);
  }

  /** @internal */
  bind(state: ChartState): void {
    this.target = state;
  }

  /** @internal the recorded chart (only valid at sync, once `add` ran). */
  state(): ChartState {
    if (!this.target) throw err('ItemNotFound', "The requested resource doesn't exist (chart).");
    return this.target;
  }

  protected readers() {
    return { type: () => this.state().type };
  }

  /** Cells are A1 strings (or ranges) on the chart's sheet. */
  setPosition(startCell: FakeRange | string, endCell?: FakeRange | string): void {
    this.queue('chart.setPosition', () => {
      const cell = (c: FakeRange | string) => {
        const b = typeof c === 'string' ? parseAddress(c) : c.cells().b;
        return formatAddress('x', { ...b, rowCount: 1, columnCount: 1 }).replace(/^x!/, '');
      };
      const state = this.state();
      state.from = cell(startCell);
      if (endCell !== undefined) state.to = cell(endCell);
    });
  }
}

export class FakeChartTitle extends FakeChartPart {
  set text(v: string) {
    this.edit('set chart.title.text', (c) => {
      c.title = v;
    });
  }
}

export class FakeChartLegend extends FakeChartPart {
  set visible(v: boolean) {
    this.edit('set chart.legend.visible', (c) => {
      c.legend.visible = v;
    });
  }
  set position(v: string) {
    this.edit('set chart.legend.position', (c) => {
      if (!['Top', 'Bottom', 'Left', 'Right', 'Corner', 'Custom', 'Invalid'].includes(v))
        throw err('InvalidArgument', `The argument is invalid: legend position '${v}'.`);
      c.legend.position = v;
    });
  }
}

export class FakeChartAxis extends FakeChartPart {
  constructor(
    ctx: FakeRequestContext,
    owner: { state(): ChartState },
    private readonly which: 'valueAxis' | 'categoryAxis',
  ) {
    super(ctx, owner);
  }
  private assign<K extends keyof ChartAxisState>(key: K, v: ChartAxisState[K], valid = true): void {
    this.edit(`set ${this.which}.${key}`, (c) => {
      if (!valid)
        throw err('InvalidArgument', `The argument is invalid: ${this.which}.${key} '${String(v)}'.`);
      c[this.which][key] = v;
    });
  }
  set numberFormat(v: string) {
    this.assign('numberFormat', v);
  }
  /** A number, or '' for automatic. */
  set minimum(v: number | '') {
    this.assign('minimum', v, v === '' || Number.isFinite(v));
  }
  set maximum(v: number | '') {
    this.assign('maximum', v, v === '' || Number.isFinite(v));
  }
  set majorUnit(v: number | '') {
    this.assign('majorUnit', v, v === '' || (Number.isFinite(v) && v > 0));
  }
  set reversePlotOrder(v: boolean) {
    this.assign('reversePlotOrder', v);
  }
  set position(v: string) {
    this.assign('position', v, ['Automatic', 'Maximum', 'Minimum', 'Custom'].includes(v));
  }
}

export class FakeChartSeriesCollection extends FakeChartPart {
  getItemAt(index: number): FakeChartSeries {
    const series = new FakeChartSeries(this.ctx, this.owner);
    this.edit(`series.getItemAt ${index}`, (c) => {
      const s = c.series[index];
      if (!s) throw err('InvalidArgument', `The argument is invalid: series index ${index}.`);
      series.bind(s);
    });
    return series;
  }
  /** A new series without values (set them with `setValues`). */
  add(name?: string, index?: number): FakeChartSeries {
    const series = new FakeChartSeries(this.ctx, this.owner);
    this.edit('series.add', (c) => {
      const s: ChartSeriesState = { name: name ?? `Series${c.series.length + 1}`, values: '' };
      c.series.splice(index ?? c.series.length, 0, s);
      series.bind(s);
    });
    return series;
  }
}

export class FakeChartSeries extends FakeChartPart {
  private target?: ChartSeriesState;
  /** @internal */
  bind(s: ChartSeriesState): void {
    this.target = s;
  }
  private edited(label: string, change: (s: ChartSeriesState) => void): void {
    this.edit(label, () => {
      if (!this.target) throw err('ItemNotFound', "The requested resource doesn't exist (series).");
      change(this.target);
    });
  }
  set name(v: string) {
    this.edited('set series.name', (s) => {
      s.name = v;
    });
  }
  setValues(sourceData: FakeRange): void {
    this.edited('series.setValues', (s) => {
      s.values = formatAddress(sourceData.worksheet.sheet().name, sourceData.cells().b, true);
    });
  }
  setXAxisValues(sourceData: FakeRange): void {
    this.edited('series.setXAxisValues', (s) => {
      s.xAxisValues = formatAddress(sourceData.worksheet.sheet().name, sourceData.cells().b, true);
    });
  }
}

// ---------- reading an .xlsx (insertWorksheetsFromBase64) ----------

interface ParsedSheet {
  name: string;
  visibility: SheetState['visibility'];
  cells: Map<string, CellState>;
}

function base64Bytes(base64: string): Uint8Array {
  let binary: string;
  try {
    binary = atob(base64);
  } catch {
    throw err('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function xmlText(s: string): string {
  return s.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(amp|lt|gt|quot|apos));/gi, (_m, hex, dec, named) => {
    if (hex) return String.fromCodePoint(parseInt(String(hex), 16));
    if (dec) return String.fromCodePoint(Number(dec));
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[
      String(named).toLowerCase()
    ]!;
  });
}

function attrs(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:]+)="([^"]*)"/g)) out[m[1]!] = xmlText(m[2]!);
  return out;
}

/** Text of the `<t>` runs inside an `<si>` or `<is>` (phonetic runs left out). */
function runsText(xml: string): string {
  const plain = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '');
  return [...plain.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map((m) => xmlText(m[1]!)).join('');
}

/** Sheet names, states and cell values/formulas of an .xlsx (styles are not read). */
function parseXlsx(base64: string): ParsedSheet[] {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(base64Bytes(base64));
  } catch {
    throw err('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
  }
  const text = (path: string): string | undefined => {
    const f = files[path];
    return f ? new TextDecoder().decode(f) : undefined;
  };
  const workbook = text('xl/workbook.xml');
  if (workbook === undefined)
    throw err('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
  const rels = new Map<string, string>();
  for (const m of (text('xl/_rels/workbook.xml.rels') ?? '').matchAll(/<Relationship\b[^>]*>/g)) {
    const a = attrs(m[0]);
    if (a.Id && a.Target) rels.set(a.Id, a.Target.startsWith('/') ? a.Target.slice(1) : `xl/${a.Target}`);
  }
  const shared = [...(text('xl/sharedStrings.xml') ?? '').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
    runsText(m[1]!),
  );
  const states: Record<string, SheetState['visibility']> = { hidden: 'Hidden', veryHidden: 'VeryHidden' };
  return [...workbook.matchAll(/<sheet\b[^>]*>/g)].map((m) => {
    const a = attrs(m[0]);
    const path = rels.get(a['r:id'] ?? '');
    return {
      name: a.name ?? '',
      visibility: states[a.state ?? ''] ?? 'Visible',
      cells: path ? parseSheetCells(text(path) ?? '', shared) : new Map(),
    };
  });
}

function parseSheetCells(xml: string, shared: readonly string[]): Map<string, CellState> {
  const cells = new Map<string, CellState>();
  for (const m of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const a = attrs(m[1] ?? '');
    const at = a.r === undefined ? undefined : parseCell(a.r);
    if (!at) continue;
    const inner = m[2] ?? '';
    const v = /<v>([\s\S]*?)<\/v>/.exec(inner)?.[1];
    const f = /<f(?:\s[^>]*)?>([\s\S]*?)<\/f>/.exec(inner)?.[1];
    let value: CellValue = '';
    switch (a.t) {
      case 's':
        value = shared[Number(v)] ?? '';
        break;
      case 'inlineStr':
        value = runsText(/<is>([\s\S]*?)<\/is>/.exec(inner)?.[1] ?? '');
        break;
      case 'str':
      case 'e':
        value = v === undefined ? '' : xmlText(v);
        break;
      case 'b':
        value = v === '1';
        break;
      default:
        value = v === undefined ? '' : Number(v);
    }
    if (value === '' && f === undefined) continue;
    const cell = blankCell();
    cell.value = value;
    if (f !== undefined) cell.formula = `=${xmlText(f)}`;
    cells.set(`${at.row},${at.column}`, cell);
  }
  return cells;
}

// ---------- Excel.run ----------

export interface FakeStats {
  /** context.sync() calls, plus the implicit flush at the end of run when ops are pending. */
  syncs: number;
  /** Excel.run calls. */
  runs: number;
  /** Operations sent (loads, writes, method calls). */
  ops: number;
}

export class FakeExcel {
  readonly stats: FakeStats = { syncs: 0, runs: 0, ops: 0 };
  readonly state: WorkbookState;

  constructor(
    init: WorkbookInit = {},
    readonly options: FakeExcelOptions = {},
  ) {
    this.state = workbookState(init);
  }

  /**
   * Like Excel.run: new context per batch; queued ops left at the end are flushed. The
   * `run(context | object, batch)` form reuses that context (as Office.js does, e.g. to remove
   * an event handler with the context that added it).
   */
  async run<T>(
    first:
      ((context: FakeRequestContext) => Promise<T>) | FakeRequestContext | { context: FakeRequestContext },
    second?: (context: FakeRequestContext) => Promise<T>,
  ): Promise<T> {
    this.stats.runs += 1;
    const batch = typeof first === 'function' ? first : second;
    if (!batch) throw new Error('fake: run needs a batch function');
    const context =
      typeof first === 'function'
        ? new FakeRequestContext(this)
        : first instanceof FakeRequestContext
          ? first
          : first.context;
    const result = await batch(context);
    if (context.pending > 0) await context.sync();
    return result;
  }

  /**
   * A user typing into cells (no sync counted): a string starting with '=' is a formula. Fires
   * the sheet's onChanged handlers asynchronously, like Excel.
   */
  edit(sheet: string, address: string, rows: CellValue[][]): void {
    const s = this.sheet(sheet);
    const b = parseAddress(address);
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        const key = `${b.row + r},${b.column + c}`;
        const cell = s.cells.get(key) ?? blankCell();
        if (s.protection.protected && cell.locked) throw new Error(`fake: ${sheet}!${address} is locked`);
        if (typeof v === 'string' && v.startsWith('=')) {
          cell.formula = v;
          cell.value = this.options.evaluate?.(v, s.name, b.row + r, b.column + c) ?? '';
        } else {
          delete cell.formula;
          cell.value = v;
        }
        s.cells.set(key, cell);
      }),
    );
    const args: FakeChangedEventArgs = {
      type: 'WorksheetChanged',
      worksheetId: s.id,
      address: formatAddress('x', b).replace(/^x!/, ''),
      changeType: 'RangeEdited',
      source: 'Local',
    };
    for (const h of s.changeHandlers ?? []) setTimeout(() => void h(args), 0);
  }

  resetStats(): void {
    Object.assign(this.stats, { syncs: 0, runs: 0, ops: 0 });
  }

  // --- direct state access for test assertions (no queue, no sync count) ---

  sheet(name: string): SheetState {
    const s = this.state.sheets.find((x) => x.name.toLocaleUpperCase() === name.toLocaleUpperCase());
    if (!s) throw new Error(`fake: no sheet '${name}'`);
    return s;
  }

  cell(sheet: string, address: string): CellState {
    const b = parseAddress(address);
    return this.sheet(sheet).cells.get(`${b.row},${b.column}`) ?? blankCell();
  }

  /** Values of a range as Excel would return them. */
  values(sheet: string, address: string): CellValue[][] {
    const b = parseAddress(address);
    const s = this.sheet(sheet);
    return Array.from({ length: b.rowCount }, (_, r) =>
      Array.from(
        { length: b.columnCount },
        (_, c) => s.cells.get(`${b.row + r},${b.column + c}`)?.value ?? '',
      ),
    );
  }
}

function workbookState(init: WorkbookInit): WorkbookState {
  const entries = Object.entries(init.sheets ?? { Sheet1: [] });
  const ids = { nextSheetId: 0 };
  const sheets = entries.map(([name, rows]) => {
    const s = newSheet(ids, name);
    s.visibility = init.visibility?.[name] ?? 'Visible';
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        const cell = blankCell();
        if (typeof v === 'string' && v.startsWith('=')) cell.formula = v;
        else cell.value = v;
        s.cells.set(`${r},${c}`, cell);
      }),
    );
    return s;
  });
  return {
    name: init.name ?? 'Book1.xlsx',
    sheets,
    activeSheet: init.activeSheet ?? sheets[0]?.name ?? 'Sheet1',
    names: new Map(),
    nextSheetId: ids.nextSheetId,
  };
}
