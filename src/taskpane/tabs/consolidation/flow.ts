/**
 * The "Tổng hợp" tab's work, without React: the list of picked files, reading them one by one as
 * soon as they arrive (the xlsx chunk is loaded once), the run + report computed from what was
 * read, and writing the report into the workbook. Components only render `getState()` and call
 * the actions; tests drive it directly with fake services.
 */
import { consolidateReceived, readReceivedFiles, type ConsolidationResult } from '../../../app/consolidate';
import type { ConsolidationServices, PickedFile, ReportWriteResult, XlsxTools } from '../../../app/ports';
import type { Catalog } from '../../../domain/catalog';
import { withManualTimes, type ReceivedLog } from '../../../domain/received-log';
import type { PreviousPeriod } from '../../../domain/previous/model';
import { DEFAULT_DEADLINE, defaultExpectedUnits, OFFICIAL_POPULATION } from '../../../domain/consolidation';
import type { ReceivedFile } from '../../../domain/consolidation/run-types';

export const DEFAULT_YEAR = 2026;
/** How the run names times the office typed in the pane (as a register's name). */
const MANUAL_SOURCE = 'sửa trong ngăn tác vụ';

export interface FlowOptions {
  year: number;
  /** 'YYYY-MM-DD'. */
  deadline: string;
  /** Files the office chose for their unit ("Dùng tệp này"), by name. */
  pinned: readonly string[];
}

export interface ReadProgress {
  /** Files of the list read so far, of all files in the list (a later pick extends `total`). */
  done: number;
  total: number;
  /** The file being read now; undefined once every file is read. */
  current?: string;
}

export type WriteState =
  | { kind: 'idle' }
  | { kind: 'writing' }
  | { kind: 'done'; result: ReportWriteResult }
  | { kind: 'error'; message: string };

export interface FlowState {
  /** Every picked file, in the order picked (no two with the same name, size and date). */
  files: readonly PickedFile[];
  /** Files of the last pick that were already in the list. */
  skipped: number;
  reading: boolean;
  /** null before the first file, and after "clear". */
  progress: ReadProgress | null;
  options: FlowOptions;
  /** The run and its report, once every picked file is read. */
  result: ConsolidationResult | null;
  /** The xlsx chunk could not be loaded, or the run could not be built. */
  failure: { kind: 'load' | 'compute'; message: string } | null;
  write: WriteState;
  /** The office's register of received files, when loaded: it gives the received times. */
  log: ReceivedLog | null;
  /** Received times the office corrected by hand, by file name (milliseconds): they win. */
  manualTimes: Readonly<Record<string, number>>;
  /** Last period's figures, when loaded (as --previous). */
  previous: PreviousPeriod | null;
}

export interface FlowDeps {
  services: ConsolidationServices;
  catalog: Catalog;
  now?: () => Date;
  /** Lets the browser paint between two files (a file's parse is mostly synchronous). */
  yieldToUi?: () => Promise<void>;
  options?: Partial<FlowOptions>;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Least time between two redraws of the progress bar while reading. */
const PROGRESS_MS = 50;

/** `name`, or 'name (2).xlsx', 'name (3).xlsx'… when `taken` already holds it. */
export function distinctName(name: string, taken: readonly string[]): string {
  const used = new Set(taken.map((t) => t.toLowerCase()));
  if (!used.has(name.toLowerCase())) return name;
  const dot = name.lastIndexOf('.');
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  for (let i = 2; ; i++) {
    const candidate = `${stem} (${i})${ext}`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

export const fileKey = (f: PickedFile): string => `${f.name}\u0000${f.size}\u0000${f.lastModified}`;

export const errorMessage = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export class ConsolidationFlow {
  private state: FlowState;
  private readonly listeners = new Set<() => void>();
  private readonly services: ConsolidationServices;
  private catalog: Catalog;
  private readonly now: () => Date;
  private readonly yieldToUi: () => Promise<void>;
  private tools: Promise<XlsxTools> | undefined;
  /** Read files, in the order of `state.files` (a prefix of it while reading). */
  private received: ReceivedFile[] = [];
  /** The picked file behind each line's name (for the feedback copy of a unit's own file). */
  private readonly byName = new Map<string, PickedFile>();
  /** Bumped by clear(): a file read for an older list is dropped. */
  private generation = 0;
  private loop: Promise<void> | undefined;
  private readAt = '';

  constructor(deps: FlowDeps) {
    this.services = deps.services;
    this.catalog = deps.catalog;
    this.now = deps.now ?? (() => new Date());
    this.yieldToUi = deps.yieldToUi ?? nextTask;
    this.state = {
      files: [],
      skipped: 0,
      reading: false,
      progress: null,
      options: { year: DEFAULT_YEAR, deadline: DEFAULT_DEADLINE, pinned: [], ...deps.options },
      result: null,
      failure: null,
      write: { kind: 'idle' },
      log: null,
      manualTimes: {},
      previous: null,
    };
  }

  readonly getState = (): FlowState => this.state;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Appends the files not yet in the list and starts reading them. Ignored while writing. */
  readonly addFiles = (picked: Iterable<PickedFile>): void => {
    if (this.state.write.kind === 'writing') return;
    const known = new Set(this.state.files.map(fileKey));
    const added: PickedFile[] = [];
    let skipped = 0;
    for (const f of picked) {
      const key = fileKey(f);
      if (known.has(key)) skipped++;
      else {
        known.add(key);
        added.push(f);
      }
    }
    if (added.length === 0) {
      this.set({ skipped });
      return;
    }
    this.set({
      files: [...this.state.files, ...added],
      skipped,
      result: null,
      failure: null,
      write: { kind: 'idle' },
    });
    void this.readPending();
  };

  /** Empties the list; a file being read is dropped when it arrives. */
  readonly clear = (): void => {
    if (this.state.write.kind === 'writing') return;
    this.generation++;
    this.received = [];
    this.byName.clear();
    this.set({ files: [], skipped: 0, progress: null, result: null, failure: null, write: { kind: 'idle' } });
  };

  /** Reads the files left unread (after the xlsx chunk failed to load). */
  readonly retry = (): void => {
    void this.readPending();
  };

  readonly setOptions = (options: Partial<FlowOptions>): void => {
    const next = { ...this.state.options, ...options };
    const same = (a: FlowOptions, b: FlowOptions): boolean =>
      a.year === b.year && a.deadline === b.deadline && a.pinned.join('\u0000') === b.pinned.join('\u0000');
    if (same(next, this.state.options)) return;
    this.set({ options: next, write: { kind: 'idle' } });
    if (!this.state.reading) this.compute();
  };

  /** Takes one file off the list (and out of the run): a wrong or test file the office picked. */
  readonly remove = (name: string): void => {
    if (this.state.reading || this.state.write.kind === 'writing') return;
    const picked = this.byName.get(name);
    if (picked === undefined) return;
    this.byName.delete(name);
    this.received = this.received.filter((r) => r.file !== name);
    const files = this.state.files.filter((f) => f !== picked);
    const pinned = this.state.options.pinned.filter((p) => p !== name);
    this.set({ files, options: { ...this.state.options, pinned }, write: { kind: 'idle' } });
    if (files.length === 0) this.set({ progress: null, result: null });
    else this.set({ progress: this.progressAt() });
    this.compute();
  };

  /** The register of received files (null: none): received times come from it, then recompute. */
  readonly setLog = (log: ReceivedLog | null): void => {
    if (this.state.write.kind === 'writing') return;
    this.set({ log, write: { kind: 'idle' } });
    if (!this.state.reading) this.compute();
  };

  /** Last period's figures (null: none), then recompute. */
  readonly setPrevious = (previous: PreviousPeriod | null): void => {
    if (this.state.write.kind === 'writing') return;
    this.set({ previous, write: { kind: 'idle' } });
    if (!this.state.reading) this.compute();
  };

  /** The office's own received time for one file (null: back to the register or the file date). */
  readonly setReceivedAt = (name: string, at: number | null): void => {
    if (this.state.write.kind === 'writing') return;
    const { [name]: _old, ...rest } = this.state.manualTimes;
    this.set({ manualTimes: at === null ? rest : { ...rest, [name]: at }, write: { kind: 'idle' } });
    if (!this.state.reading) this.compute();
  };

  /** The picked file a line names (undefined after "clear"). */
  readonly fileNamed = (name: string): PickedFile | undefined => this.byName.get(name);

  /** The office chooses this file for its unit (and no longer another file of that unit). */
  readonly pin = (file: string): void => {
    const line = this.state.result?.run.files.find((f) => f.file === file);
    if (!line) return;
    const sameUnit = new Set(
      (this.state.result?.run.files ?? []).filter((f) => f.unitId === line.unitId).map((f) => f.file),
    );
    this.setOptions({ pinned: [...this.state.options.pinned.filter((p) => !sameUnit.has(p)), file] });
  };

  /** Writes the report into the workbook (replacing an earlier run's sheets). Never throws. */
  readonly write = async (): Promise<ReportWriteResult | null> => {
    const result = this.state.result;
    if (!result || this.state.reading || this.state.write.kind === 'writing') return null;
    this.set({ write: { kind: 'writing' } });
    try {
      const tools = await this.loadTools();
      const base64 = await tools.reportBase64(result.report);
      const written = await this.services.host.writeReport(base64, result.report);
      this.set({ write: { kind: 'done', result: written } });
      return written;
    } catch (e) {
      this.set({ write: { kind: 'error', message: errorMessage(e) } });
      return null;
    }
  };

  /** Resolves when no file is being read (tests, and anything that must wait for the run). */
  whenIdle(): Promise<void> {
    return this.loop ?? Promise.resolve();
  }

  private set(patch: Partial<FlowState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of [...this.listeners]) l();
  }

  /** The xlsx chunk, loaded once; a failed load is tried again next time. */
  /** Another unit registry: the files already read are consolidated again with it. */
  readonly setCatalog = (catalog: Catalog): void => {
    if (catalog === this.catalog) return;
    this.catalog = catalog;
    if (!this.state.reading) this.compute();
  };

  /** Loads the reading code and starts its workers while the user picks files. */
  readonly prepare = (): void => {
    this.loadTools().then(
      (tools) => tools.warmUp?.(),
      () => undefined, // reported when files are read
    );
  };

  private loadTools(): Promise<XlsxTools> {
    this.tools ??= this.services.loadXlsx().catch((e: unknown) => {
      this.tools = undefined;
      throw e;
    });
    return this.tools;
  }

  private readPending(): Promise<void> {
    this.loop ??= this.readLoop();
    return this.loop;
  }

  private async readLoop(): Promise<void> {
    this.set({ reading: true, failure: null, progress: this.progressAt() });
    let tools: XlsxTools;
    try {
      tools = await this.loadTools();
    } catch (e) {
      this.loop = undefined;
      this.set({ reading: false, progress: null, failure: { kind: 'load', message: errorMessage(e) } });
      return;
    }
    // state.files is read afresh each turn: files added meanwhile join this session.
    while (this.received.length < this.state.files.length) {
      const generation = this.generation;
      const batch = this.state.files.slice(this.received.length);
      // Picked files from different folders may share a name: number the later ones, as lines
      // and issues must tell them apart (the browser gives no folder).
      const taken = this.received.map((r) => r.file);
      const names = new Map<PickedFile, string>();
      for (const f of batch) {
        const name = distinctName(f.name, taken);
        names.set(f, name);
        this.byName.set(name, f);
        taken.push(name);
      }
      const inThread = (tools.concurrency ?? 1) <= 1;
      const done = this.received.length;
      let finished = 0;
      let current: string | undefined;
      // The bar counts the whole list; it names the file most recently started.
      let shownAt = 0;
      // Files read in workers: the bar is redrawn at most every PROGRESS_MS (and for the last
      // file), as a redraw per file would keep the UI thread busier than the reading.
      const show = (last = false): void => {
        if (generation !== this.generation) return;
        const now = Date.now();
        if (!inThread && !last && now - shownAt < PROGRESS_MS) return;
        shownAt = now;
        const total = this.state.files.length;
        this.set({
          progress: { done: done + finished, total, ...(current !== undefined ? { current } : {}) },
        });
      };
      const reader = {
        nameOf: (f: PickedFile) => names.get(f) ?? f.name,
        read: async (f: PickedFile) => {
          current = names.get(f) ?? f.name;
          show();
          const r = await tools.readPicked(f, names.get(f));
          // Read in this thread, a file's parse is mostly synchronous: let the browser paint.
          if (inThread) await this.yieldToUi();
          return r;
        },
        concurrency: tools.concurrency ?? 1,
      };
      const read = await readReceivedFiles(batch, reader, () => {
        finished++;
        if (finished === batch.length) current = undefined;
        show(finished === batch.length);
      });
      if (generation !== this.generation) continue; // cleared meanwhile
      this.received.push(...read);
      this.set({ progress: this.progressAt() });
    }
    // Set synchronously with the end of the loop, so a later addFiles starts a new one.
    this.loop = undefined;
    this.readAt = this.now().toISOString();
    const progress = this.state.files.length > 0 ? this.progressAt() : null;
    this.set({ reading: false, progress });
    this.compute();
  }

  private progressAt(current?: string): ReadProgress {
    return {
      done: this.received.length,
      total: this.state.files.length,
      ...(current === undefined ? {} : { current }),
    };
  }

  private compute(): void {
    if (this.state.files.length === 0 || this.received.length < this.state.files.length) {
      this.set({ result: null });
      return;
    }
    try {
      const { year, deadline, pinned } = this.state.options;
      const result = consolidateReceived(
        this.catalog,
        this.received,
        {
          year,
          deadline,
          pinned,
          expectedUnits: defaultExpectedUnits(this.catalog),
          readAt: this.readAt || this.now().toISOString(),
          officialPopulation: OFFICIAL_POPULATION,
          ...(this.state.previous ? { previous: this.state.previous } : {}),
        },
        withManualTimes(this.state.log, this.state.manualTimes, MANUAL_SOURCE),
      );
      this.set({ result, failure: null });
    } catch (e) {
      this.set({ result: null, failure: { kind: 'compute', message: errorMessage(e) } });
    }
  }
}
