// Host ports: what the task pane and the use cases need from the host (Excel), as plain
// interfaces. src/excel implements them with Office.js; tests pass fakes. No Office types here.
import type { Catalog } from '../domain/catalog';
import type { ConsolidationRun, ReceivedFile } from '../domain/consolidation/run-types';
import type { EvaluationReport } from '../domain/evaluation-report/model';
import type { FeedbackItem } from '../domain/report/feedback';
import type { ReportWorkbook } from '../domain/report/types';
import type { TemplateLayout } from '../domain/template/layout-types';
import type { WorkbookReading } from '../domain/validation/reading';

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
  /** Names of the visible worksheets in tab order (hidden ones, e.g. `_khcn`, are left out). */
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

// ---------------------------------------------------------------------------
// Templates: inserting a unit's template into the open workbook ("Mẫu biểu")

/** What the workbook already holds under the template's sheet names (asked before replacing). */
export interface ExistingTemplate {
  /** Sheets of an earlier template (its identity sheet exists): replaced after confirmation. */
  templateSheets: readonly string[];
  /** Sheets named like a template sheet that are NOT part of a template: never touched. */
  conflicts: readonly string[];
  /** The earlier template's identity, when readable. */
  unitId?: string;
  unitName?: string;
  year?: number;
}

export interface TemplateWriteResult {
  /** Sheets written, in order (the identity sheet is very hidden). */
  sheets: readonly string[];
  /** Input names whose values were carried over from the replaced template. */
  keptNames: readonly string[];
  /** Names that held values but could not be carried over (gone from the new layout, or no room). */
  droppedNames: readonly string[];
}

/**
 * Writes template layouts (src/domain/template) into the open workbook. Implemented by
 * src/excel/template-writer.ts; every method is one Excel.run.
 */
export interface TemplateHost {
  /** Which of `sheetNames` exist, and whether they belong to an earlier template (1–2 syncs). */
  inspect(sheetNames: readonly string[]): Promise<ExistingTemplate>;
  /**
   * Deletes `replaceSheets` (only an earlier template's own sheets), writes `layout`, carries
   * over the values of inputs whose defined name still exists, then protects. At most 3 syncs.
   */
  writeTemplate(
    layout: TemplateLayout,
    opts: { replaceSheets: readonly string[] },
  ): Promise<TemplateWriteResult>;
}

// ---------------------------------------------------------------------------
// In-place validation ("Kiểm tra")

/** The read model plus what the marks need to know about the sheets. */
export interface HostReading {
  reading: WorkbookReading;
  /** Sheets currently protected (marks unprotect and re-protect them in the same batch). */
  protectedSheets: readonly string[];
}

/** The fill of an input cell or range: an issue colour, or the input style's own fill. */
export interface CellMark {
  sheet: string;
  /** 'E12' or 'E20:E69'. */
  address: string;
  /** RGB hex without '#'. */
  fill: string;
}

/** The add-in's status text next to an indicator's first input. */
export interface StatusMark {
  sheet: string;
  address: string;
  text: string;
  /** RGB hex without '#', or null for no fill. */
  fill: string | null;
}

export interface MarkPlan {
  /** Applied in order: a range's base fill first, then its cells with issues. */
  cells: readonly CellMark[];
  statuses: readonly StatusMark[];
  /** Header of the status column, written with the statuses. */
  header?: StatusMark;
  protectedSheets: readonly string[];
}

/** Office.js side of validation; implemented by src/excel/template-reader.ts + marks.ts. */
export interface ValidationHost {
  /**
   * One sync (names, sheets, identity rows and the data sheet's used range together); two only
   * when input names point to another sheet than the one(s) they pointed to before.
   */
  read(): Promise<HostReading>;
  /** One sync. Touches only the cells and statuses listed in `plan`. */
  mark(plan: MarkPlan): Promise<void>;
  /** Activates the sheet and selects the cell; false when the sheet is gone. */
  selectCell(sheet: string, address: string): Promise<boolean>;
  /**
   * Calls `onChange` with the changed address whenever cells of `sheet` change (not debounced).
   * Resolves to a function that removes the handler.
   */
  watch(sheet: string, onChange: (address: string) => void): Promise<() => Promise<void>>;
}

/** Everything the "Mẫu biểu" and "Kiểm tra" tabs need from the host. */
export interface TemplateServices {
  templates: TemplateHost;
  validation: ValidationHost;
}

// ---------------------------------------------------------------------------
// Consolidation ("Tổng hợp")

/** A workbook the user picked or dropped (a DOM File satisfies this). */
export interface PickedFile {
  readonly name: string;
  /** Milliseconds since the epoch: taken as the time the office received the file. */
  readonly lastModified: number;
  readonly size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface ReportWriteResult {
  /** The report's sheets as they are named in the workbook now, in tab order. */
  sheets: readonly string[];
  /** How many sheets of an earlier consolidation were replaced. */
  replaced: number;
  /** Charts added. */
  charts: number;
}

/**
 * Office.js side of consolidation; implemented by src/excel/consolidation-writer.ts. One
 * Excel.run with at most 3 syncs whatever the number of units: the report's sheets arrive as
 * one .xlsx (base64) built by the same writer as the CLI's, so Excel inserts them in one call.
 */
export interface ConsolidationHost {
  /**
   * Replaces the sheets written by an earlier run (and only those), inserts the report's
   * sheets, adds its charts and activates the summary.
   */
  writeReport(xlsxBase64: string, report: ReportWorkbook): Promise<ReportWriteResult>;
  /**
   * The targets sheet of the last consolidation written into this workbook, as Excel displays it
   * (cell texts); null when the workbook holds none. 2 syncs.
   */
  readTargetsSheet(): Promise<SheetTexts | null>;
  /** Activates `sheet` and selects `address`; false when the sheet is gone. */
  selectCell(sheet: string, address: string): Promise<boolean>;
}

/** A sheet's used range as displayed texts; `rows[0]` is sheet row `firstRow` (1-based). */
export interface SheetTexts {
  sheet: string;
  rows: string[][];
  firstRow: number;
}

/** The xlsx work of the "Tổng hợp" tab: reading (lean, in workers), writing the report (exceljs, loaded on first use). */
export interface XlsxTools {
  /**
   * Reads one picked file; never throws (a bad file becomes a rejected ReceivedFile). `name`
   * (default: the file's own) is how lines and issues name it.
   */
  readPicked(file: PickedFile, name?: string): Promise<ReceivedFile>;
  /** Files read at the same time (read workers); 1 when absent. */
  concurrency?: number;
  /** Starts the read workers ahead of the first file (the tab is open: files are coming). */
  warmUp?(): void;
  /** The report as .xlsx bytes without charts (the host adds native charts), base64. */
  reportBase64(report: ReportWorkbook): Promise<string>;
}

/** Everything the "Tổng hợp" tab needs from outside the pane. */
export interface ConsolidationServices {
  host: ConsolidationHost;
  /** Loads the xlsx chunk once; later calls return the same tools. */
  loadXlsx(): Promise<XlsxTools>;
  /** The evaluation report (.docx bytes), its writer and chart drawing loaded on first use. */
  writeEvaluation(report: EvaluationReport): Promise<Uint8Array>;
  /** A unit's own file with its problems as cell notes and a list sheet ("Phiếu phản hồi"). */
  feedbackWorkbook(bytes: Uint8Array, item: FeedbackItem): Promise<Uint8Array>;
  /** The reminder list as CSV for mail merge (UTF-8 with BOM), and how many units it names. */
  remindersCsv(catalog: Catalog, run: ConsolidationRun): Promise<{ bytes: Uint8Array; count: number }>;
}

// ---------------------------------------------------------------------------
// The office's unit registry in the workbook

/** The registry's tables as text rows (the units with their header row; the office's contact). */
export interface StoredRegistry {
  units: readonly (readonly string[])[];
  office: readonly (readonly string[])[];
}

/** Office.js side: the registry kept in very hidden sheets of the open workbook. */
export interface RegistryStore {
  read(): Promise<StoredRegistry | undefined>;
  write(registry: StoredRegistry): Promise<void>;
  clear(): Promise<void>;
}
