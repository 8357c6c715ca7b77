/**
 * Reading unit workbooks in separate processes, each file under a time and a memory bound: a file
 * that exceeds them becomes one rejected file (FILE_READ_TIMEOUT, FILE_READ_OUT_OF_MEMORY), its
 * process is replaced, and the batch always finishes. With the catalogue, each file is analysed
 * where it is read and only its compact record comes back.
 *
 * Processes rather than worker_threads: a worker's resourceLimits do not hold for one large
 * allocation (decoding a big XML part), which aborts the WHOLE process instead of the worker
 * (nodejs/node#47224, reproduced here with Node 20); a child process that aborts is just an exit.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { findUnit, loadCatalog, type Catalog } from '../domain/catalog';
import { analyzeFile, type FileRecord } from '../domain/consolidation/run-files';
import type { ReceivedFile } from '../domain/consolidation/run-types';
import { makeIssue, type Issue } from '../domain/issues';
import { unpackRegisters } from './register-transfer';
import { LIMITS } from '../xlsx/limits';
import { failedPath } from './xlsx/template-reader';

/** What a file is analysed with: the run's year and deadline, the register's time and sender. */
export interface AnalyzeJob {
  year: number;
  deadline: string;
  receivedAt?: string;
  sender?: string;
}

export interface ReadJob {
  id: number;
  path: string;
  name: string;
  /** Analyse in the reading process and send back only the record. */
  analyze?: AnalyzeJob;
}

/** To a reading process: the catalogue (once: the built-in one by name, a registry's in full), then jobs. */
export type WorkerMessage = { catalog: Catalog } | { builtinCatalog: true } | ReadJob;

/** From a reading process. */
type Reply = { id: number; file: ReceivedFile } | { id: number; record: FileRecord };

/** Where the reading process's code is: the compiled read-worker.mjs. */
export interface WorkerScript {
  path: string;
  execArgv?: string[];
}

export interface PoolOptions {
  size?: number;
  /** Per file (default LIMITS.readSeconds). */
  timeoutMs?: number;
  /** Heap of each process (default LIMITS.workerHeapMb). */
  heapMb?: number;
}

interface Pending {
  job: ReadJob;
  resolve: (reply: ReceivedFile | FileRecord) => void;
}

interface Slot {
  child: ChildProcess;
  current?: Pending;
  timer?: NodeJS.Timeout;
}

type Failure = 'timeout' | 'memory' | 'crash';

/**
 * Reading processes: one per core beyond the first, at most 3. Each costs ~70–110 MB: on the
 * 2-core machines the office uses, one process keeps a 1,000-file batch under 250 MB, and reading
 * then costs no more CPU than a plain SheetJS parse (see README, benchmark).
 */
const defaultPoolSize = (): number => Math.max(1, Math.min(3, availableParallelism() - 1));

/**
 * A small young generation: the reading process stays lean (a template's parse makes little
 * garbage). `--single-threaded`: no background compiler and GC threads, which in a short-lived
 * reader cost more CPU than they save (measured: ~0.2 s less CPU at 100 files, same at 1,000).
 */
const READER_FLAGS = ['--max-semi-space-size=4', '--single-threaded'];

/** V8 aborts (SIGABRT, exit 134) when the heap limit is reached. */
const outOfMemory = (code: number | null, signal: NodeJS.Signals | null): boolean =>
  signal === 'SIGABRT' || code === 134;

export class ReadPool {
  readonly size: number;
  private readonly timeoutMs: number;
  private readonly heapMb: number;
  private readonly queue: Pending[] = [];
  private readonly idle: Slot[] = [];
  private readonly slots = new Set<Slot>();
  private nextId = 1;

  /**
   * With `catalog`, files can be analysed where they are read (analyze()): it is sent to each
   * reading process once.
   */
  constructor(
    private readonly script: WorkerScript,
    options: PoolOptions = {},
    private readonly catalog?: Catalog,
  ) {
    this.size = options.size ?? defaultPoolSize();
    this.timeoutMs = options.timeoutMs ?? LIMITS.readSeconds * 1000;
    this.heapMb = options.heapMb ?? LIMITS.workerHeapMb;
  }

  /** Never rejects: a file the process could not finish is a failed outcome naming why. */
  read(path: string, name: string): Promise<ReceivedFile> {
    return this.submit({ id: this.nextId++, path, name }) as Promise<ReceivedFile>;
  }

  /**
   * The file read and analysed in a reading process (the pool needs the catalogue); a file the
   * process could not finish is analysed here as the failed file it is.
   */
  async analyze(path: string, name: string, analyze: AnalyzeJob): Promise<FileRecord> {
    const catalog = this.catalog;
    if (catalog === undefined) throw new Error('ReadPool.analyze needs the catalogue');
    const reply = await this.submit({ id: this.nextId++, path, name, analyze });
    if (!('outcome' in reply)) {
      // The unit as an object of this process's catalogue, not a copy.
      const unit = reply.unit === undefined ? undefined : (findUnit(catalog, reply.unit.id) ?? reply.unit);
      return { ...reply, ...(unit !== undefined ? { unit } : {}) };
    }
    const file = {
      ...reply,
      ...(analyze.receivedAt !== undefined ? { receivedAt: analyze.receivedAt } : {}),
      ...(analyze.sender !== undefined ? { sender: analyze.sender } : {}),
    };
    return analyzeFile(catalog, file, analyze);
  }

  private submit(job: ReadJob): Promise<ReceivedFile | FileRecord> {
    return new Promise((resolve) => {
      this.queue.push({ job, resolve });
      this.pump();
    });
  }

  /** Ends the idle processes (call when every read has resolved). */
  async close(): Promise<void> {
    const all = [...this.slots];
    this.slots.clear();
    this.idle.length = 0;
    await Promise.all(
      all.map(
        (s) =>
          new Promise<void>((done) => {
            if (s.child.exitCode !== null || s.child.signalCode !== null) return done();
            s.child.once('exit', () => done());
            s.child.disconnect();
          }),
      ),
    );
  }

  private pump(): void {
    while (this.queue.length > 0) {
      const slot = this.idle.pop() ?? (this.slots.size < this.size ? this.spawn() : undefined);
      if (slot === undefined) return;
      const pending = this.queue.shift() as Pending;
      slot.current = pending;
      slot.timer = setTimeout(() => this.fail(slot, 'timeout'), this.timeoutMs);
      slot.child.send(pending.job satisfies WorkerMessage);
    }
  }

  private spawn(): Slot {
    const child = fork(this.script.path, [], {
      execArgv: [...(this.script.execArgv ?? []), ...READER_FLAGS, `--max-old-space-size=${this.heapMb}`],
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
    });
    const slot: Slot = { child };
    this.slots.add(slot);
    if (this.catalog !== undefined)
      child.send(
        (this.catalog === loadCatalog()
          ? { builtinCatalog: true }
          : { catalog: this.catalog }) satisfies WorkerMessage,
      );
    child.on('message', (msg: Reply) => {
      const pending = slot.current;
      if (pending === undefined || pending.job.id !== msg.id) return;
      clearTimeout(slot.timer);
      slot.current = undefined;
      pending.resolve('record' in msg ? unpackRegisters(msg.record) : msg.file);
      if (this.slots.has(slot)) this.idle.push(slot);
      this.pump();
    });
    child.on('error', () => this.fail(slot, 'crash'));
    child.on('exit', (code, signal) => this.fail(slot, outOfMemory(code, signal) ? 'memory' : 'crash'));
    return slot;
  }

  /** The process is lost (timeout, out of memory, crash): its file is rejected, a new process will come. */
  private fail(slot: Slot, why: Failure): void {
    if (!this.slots.delete(slot)) return;
    clearTimeout(slot.timer);
    const idleAt = this.idle.indexOf(slot);
    if (idleAt >= 0) this.idle.splice(idleAt, 1);
    slot.child.kill('SIGKILL');
    const pending = slot.current;
    slot.current = undefined;
    if (pending !== undefined) {
      const { path, name } = pending.job;
      void failedPath(path, name, this.issue(why, name)).then(pending.resolve);
    }
    this.pump();
  }

  private issue(why: Failure, file: string): Issue {
    if (why === 'timeout')
      return makeIssue('FILE_READ_TIMEOUT', { seconds: this.timeoutMs / 1000 }, { file });
    if (why === 'memory') return makeIssue('FILE_READ_OUT_OF_MEMORY', { mb: this.heapMb }, { file });
    return makeIssue('FILE_CORRUPT', {}, { file });
  }
}
