// Installs fake `Office`, `Excel` and `CustomFunctions` globals, for jest tests and for the browser
// test host page (test/browser/host/fake-host.ts). The fakes cover what src/ uses; see excel-fake.ts.
import { FakeExcel, FakeOfficeError, type FakeExcelOptions, type WorkbookInit } from './excel-fake';

export interface FakeHostOptions {
  /** 'Excel' (default), another Office app, or null for a plain browser tab. */
  host?: 'Excel' | 'Word' | 'PowerPoint' | null;
  /** Office.PlatformType value; default 'OfficeOnline'. */
  platform?: string;
  /** Highest ExcelApi requirement set supported; default '1.17'. */
  excelApi?: string;
  /** Office UI language; default 'vi-VN'. */
  displayLanguage?: string;
  workbook?: WorkbookInit;
  excelOptions?: FakeExcelOptions;
}

/** Mirrors CustomFunctions.ErrorCode (its values are Excel's error texts). */
export const ERROR_CODES = {
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
  divisionByZero: '#DIV/0!',
  invalidNumber: '#NUM!',
  nullReference: '#NULL!',
  invalidName: '#NAME?',
  invalidReference: '#REF!',
} as const;

export class FakeCustomFunctionError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message ?? code);
    this.name = 'CustomFunctions.Error';
  }
}

type Fn = (...args: unknown[]) => unknown;

export class FakeCustomFunctions {
  readonly registry = new Map<string, Fn>();
  readonly Error = FakeCustomFunctionError;
  readonly ErrorCode = ERROR_CODES;

  associate(idOrMap: string | Record<string, Fn>, fn?: Fn): void {
    const entries = typeof idOrMap === 'string' ? [[idOrMap, fn] as const] : Object.entries(idOrMap);
    for (const [id, f] of entries) {
      if (typeof f !== 'function') throw new Error(`associate: ${id} is not a function`);
      this.registry.set(id.toUpperCase(), f);
    }
  }

  /** Calls a function as Excel would, returning its value or the error text Excel shows. */
  async invoke(id: string, args: unknown[]): Promise<{ value?: unknown; error?: string; message?: string }> {
    const f = this.registry.get(id.toUpperCase());
    if (!f) return { error: '#NAME?' };
    try {
      return { value: await f(...args) };
    } catch (e) {
      if (e instanceof FakeCustomFunctionError) return { error: e.code, message: e.message };
      return { error: '#VALUE!', message: String(e) };
    }
  }
}

/** true when `version` <= `max` ("1.10" > "1.9"). */
export function versionAtMost(version: string, max: string): boolean {
  const a = version.split('.').map(Number);
  const b = max.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x < y;
  }
  return true;
}

export function createFakeOffice(opts: FakeHostOptions) {
  const host = opts.host === undefined ? 'Excel' : opts.host;
  const platform = host === null ? null : (opts.platform ?? 'OfficeOnline');
  const sets: Record<string, string> =
    host === 'Excel'
      ? { ExcelApi: opts.excelApi ?? '1.17', SharedRuntime: '1.1', CustomFunctionsRuntime: '1.3' }
      : {};
  const info = { host, platform };
  return {
    HostType: { Excel: 'Excel', Word: 'Word', PowerPoint: 'PowerPoint', Outlook: 'Outlook' },
    PlatformType: { PC: 'PC', OfficeOnline: 'OfficeOnline', Mac: 'Mac', iOS: 'iOS', Android: 'Android' },
    context: {
      host,
      platform,
      displayLanguage: opts.displayLanguage ?? 'vi-VN',
      contentLanguage: opts.displayLanguage ?? 'vi-VN',
      requirements: {
        isSetSupported(name: string, minVersion?: string): boolean {
          const max = sets[name];
          return max !== undefined && versionAtMost(minVersion ?? '1.1', max);
        },
      },
    },
    /** Resolves asynchronously, like the real one. */
    onReady(callback?: (i: typeof info) => void): Promise<typeof info> {
      return new Promise((resolve) =>
        setTimeout(() => {
          callback?.(info);
          resolve(info);
        }, 0),
      );
    },
  };
}

export interface FakeHost {
  excel: FakeExcel;
  office: ReturnType<typeof createFakeOffice>;
  customFunctions: FakeCustomFunctions;
  /** Restores the globals that were there before. */
  uninstall(): void;
}

/** Installs the fakes as globals `Office`, `Excel`, `CustomFunctions` on `target`. */
export function installFakeHost(opts: FakeHostOptions = {}, target: object = globalThis): FakeHost {
  const excel = new FakeExcel(opts.workbook, opts.excelOptions);
  const office = createFakeOffice(opts);
  const customFunctions = new FakeCustomFunctions();
  const excelGlobal = {
    run: <T>(...args: Parameters<FakeExcel['run']>) => excel.run(...args) as Promise<T>,
    ErrorCodes: {
      itemNotFound: 'ItemNotFound',
      propertyNotLoaded: 'PropertyNotLoaded',
      invalidArgument: 'InvalidArgument',
      itemAlreadyExists: 'ItemAlreadyExists',
    },
    SheetVisibility: { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' },
    DataValidationType: { list: 'List', wholeNumber: 'WholeNumber', decimal: 'Decimal', custom: 'Custom' },
    DataValidationAlertStyle: { stop: 'Stop', warning: 'Warning', information: 'Information' },
    DataValidationOperator: {
      between: 'Between',
      lessThanOrEqualTo: 'LessThanOrEqualTo',
      greaterThanOrEqualTo: 'GreaterThanOrEqualTo',
    },
    ConditionalFormatType: { containsText: 'ContainsText', custom: 'Custom' },
    ConditionalTextOperator: { beginsWith: 'BeginsWith', contains: 'Contains' },
    BorderIndex: {
      edgeTop: 'EdgeTop',
      edgeBottom: 'EdgeBottom',
      edgeLeft: 'EdgeLeft',
      edgeRight: 'EdgeRight',
      insideVertical: 'InsideVertical',
      insideHorizontal: 'InsideHorizontal',
    },
    BorderLineStyle: { continuous: 'Continuous', none: 'None' },
    HorizontalAlignment: { left: 'Left', center: 'Center', right: 'Right', general: 'General' },
    WorksheetPositionType: {
      none: 'None',
      before: 'Before',
      after: 'After',
      beginning: 'Beginning',
      end: 'End',
    },
    ChartType: {
      barClustered: 'BarClustered',
      barStacked: 'BarStacked',
      columnClustered: 'ColumnClustered',
      columnStacked: 'ColumnStacked',
      line: 'Line',
      pie: 'Pie',
      xyscatter: 'XYScatter',
    },
    ChartSeriesBy: { auto: 'Auto', columns: 'Columns', rows: 'Rows' },
    ChartAxisPosition: { automatic: 'Automatic', maximum: 'Maximum', minimum: 'Minimum', custom: 'Custom' },
    ChartLegendPosition: { top: 'Top', bottom: 'Bottom', left: 'Left', right: 'Right', corner: 'Corner' },
    VerticalAlignment: { top: 'Top', center: 'Center', bottom: 'Bottom' },
  };
  const g = target as Record<string, unknown>;
  const before = {
    Office: g.Office,
    Excel: g.Excel,
    CustomFunctions: g.CustomFunctions,
    OfficeExtension: g.OfficeExtension,
  };
  // Plain browser tab: office.js still defines Office (onReady gives host null) but Excel is unusable.
  g.Office = office;
  g.Excel = opts.host === undefined || opts.host === 'Excel' ? excelGlobal : undefined;
  g.CustomFunctions = customFunctions;
  g.OfficeExtension = { Error: FakeOfficeError };
  return {
    excel,
    office,
    customFunctions,
    uninstall() {
      Object.assign(g, before);
    },
  };
}
