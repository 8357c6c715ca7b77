// Host ports: what the task pane and the use cases need from the host (Excel), as plain
// interfaces. src/excel implements them with Office.js; tests pass fakes. No Office types here.

/** Where the add-in is running and what it can do there. */
export interface HostInfo {
  /** 'excel' inside Excel; 'outside' in another Office app or a plain browser tab. */
  readonly kind: 'excel' | 'outside';
  /** `Office.context.requirements.isSetSupported(set, version)`; always false outside Excel. */
  supports(set: string, version: string): boolean;
  /** e.g. 'PC', 'Mac', 'OfficeOnline' (Office.PlatformType), when known. */
  readonly platform?: string;
  /** Office UI language, e.g. 'vi-VN', when known. */
  readonly displayLanguage?: string;
}

/** A requirement set, e.g. `{ set: 'ExcelApi', version: '1.8' }`. */
export interface Requirement {
  readonly set: string;
  readonly version: string;
}

/** What the shell shows about the open workbook. */
export interface WorkbookSummary {
  /** File name, e.g. "Bao_cao_KHCN.xlsx" ('' for a new, unsaved workbook on some hosts). */
  readonly name: string;
  /** Worksheet names in tab order. */
  readonly sheets: readonly string[];
  /** Name of the active worksheet. */
  readonly activeSheet: string;
}

/**
 * Excel operations used by the task pane. Each method is one `Excel.run` with one
 * `context.sync()` per phase (see src/excel/services.ts). Later issues add methods here.
 */
export interface ExcelServices {
  /** Workbook name, sheet names and active sheet in a single round trip. */
  getWorkbookSummary(): Promise<WorkbookSummary>;
  /** Worksheet names in tab order. */
  listSheets(): Promise<string[]>;
  /** Activates the named sheet; resolves false if it does not exist. */
  activateSheet(name: string): Promise<boolean>;
}
