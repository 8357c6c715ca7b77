/**
 * One measured phase of `npm run bench`, run in a FRESH process (so its peak RSS is its own):
 *
 *   tsx scripts/bench/phase.ts <parse|full|addin> <corpus dir>
 *
 * - parse: every file through the shared reader (bytes → WorkbookReading), nothing else: the floor.
 * - full:  `khcn consolidate <files> --out <dir>/report.xlsx --json`, in process (src/cli/main.ts):
 *          collect, read, validate, run, report, .xlsx with charts, atomic write.
 * - addin: the "Tổng hợp" tab's path: each file as a picked File through XlsxTools.readPicked,
 *          consolidateReceived, XlsxTools.reportBase64 (no charts), then
 *          createConsolidationHost().writeReport against the in-memory Excel fake (twice: a first
 *          insertion, then a re-run replacing it), counting the fake's syncs.
 *
 * The result goes to the parent over IPC (or to stdout as one JSON line when run by hand).
 * Times cover the work only, not the start-up of the process (module loading).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { PickedFile } from '../../src/app/ports';
import { consolidateReceived } from '../../src/app/consolidate';
import { main } from '../../src/cli/main';
import { OFFICIAL_POPULATION } from '../../src/domain/consolidation';
import { readTemplateFile } from '../../src/cli/xlsx/template-reader';
import { loadCatalog } from '../../src/domain/catalog';
import {
  DEFAULT_DEADLINE,
  DEFAULT_POPULATION_SOURCE,
  defaultExpectedUnits,
} from '../../src/domain/consolidation';
import { renderIssue, type Issue } from '../../src/domain/issues';
import { analyzeTemplate } from '../../src/domain/validation';
import { createConsolidationHost } from '../../src/excel/consolidation-writer';
import { createXlsxTools } from '../../src/xlsx/pane-tools';
import { readWorkbookBytes } from '../../src/xlsx/read-workbook';
import { installFakeHost } from '../../test/fakes/office-fake';
import { YEAR } from './generate';

export type PhaseName = 'parse' | 'full' | 'addin';

export interface PhaseResult {
  phase: PhaseName;
  files: number;
  /** Wall time of the measured work, seconds. */
  seconds: number;
  /** process.resourceUsage().maxRSS at the end, MB. */
  peakRssMb: number;
  /** RSS once the modules are loaded, before the work, MB. */
  startRssMb: number;
  /** Generated files that failed (unreadable, rejected, validation errors), with their issues. */
  failures: string[];
  /** full: the report file; addin: the base64 the host inserts. */
  reportBytes?: number;
  /** full: files used / superseded / rejected, warnings; addin: syncs of each write… */
  details: Record<string, number | string>;
}

const MB = 1024 * 1024;
const rssMb = (): number => process.memoryUsage().rss / MB;
const peakRssMb = (): number => process.resourceUsage().maxRSS / 1024;

async function listFiles(dir: string): Promise<string[]> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.xlsx')).sort();
  return names.map((n) => join(dir, n));
}

const render = (issue: Issue): string => `${renderIssue(issue, 'en')} | ${renderIssue(issue, 'vi')}`;

/** Why a generated file is not clean: read it again and list its error issues (not timed). */
async function explain(path: string, file: string): Promise<string> {
  const read = await readTemplateFile(path, file);
  if (!read.ok) return render(read.issue); // names the file
  const errors = analyzeTemplate(loadCatalog(), read.reading, { file, year: YEAR }).issues.filter(
    (i) => i.severity === 'error',
  );
  return [`${file}: ${errors.length} error(s)`, ...errors.map((i) => `  - ${render(i)}`)].join('\n');
}

async function parsePhase(filesDir: string): Promise<Omit<PhaseResult, 'peakRssMb' | 'startRssMb'>> {
  const paths = await listFiles(filesDir);
  const failures: string[] = [];
  let names = 0;
  const started = performance.now();
  for (const path of paths) {
    const bytes = await readFile(path);
    const name = path.slice(filesDir.length + 1);
    const read = await readWorkbookBytes(bytes, name);
    if (read.ok) names += Object.keys(read.reading.names).length;
    else failures.push(render(read.issue)); // names the file
  }
  const seconds = (performance.now() - started) / 1000;
  return { phase: 'parse', files: paths.length, seconds, failures, details: { names } };
}

interface SummaryFile {
  file: string;
  use: string;
  errors: number;
  warnings: number;
  reason: { code: string } | null;
}

async function fullPhase(
  dir: string,
  filesDir: string,
): Promise<Omit<PhaseResult, 'peakRssMb' | 'startRssMb'>> {
  const out = join(dir, 'report.xlsx');
  let stdout = '';
  let stderr = '';
  const output = {
    out: (t: string) => void (stdout += `${t}\n`),
    err: (t: string) => void (stderr += `${t}\n`),
    lang: 'vi' as const,
  };
  const started = performance.now();
  const code = await main(['consolidate', filesDir, '--out', out, '--json'], output);
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) throw new Error(`khcn consolidate exited with ${code}:\n${stderr}`);
  const summary = JSON.parse(stdout) as {
    files: SummaryFile[];
    completeness: Record<string, number | null>;
    conflicts: number;
  };
  const failures: string[] = [];
  for (const f of summary.files.filter((x) => x.use === 'rejected' || x.errors > 0)) {
    failures.push(await explain(join(filesDir, f.file), f.file));
  }
  const count = (use: string) => summary.files.filter((f) => f.use === use).length;
  return {
    phase: 'full',
    files: summary.files.length,
    seconds,
    failures,
    reportBytes: (await stat(out)).size,
    details: {
      used: count('used'),
      superseded: count('superseded'),
      rejected: count('rejected'),
      warnings: summary.files.reduce((s, f) => s + f.warnings, 0),
      received: summary.completeness.received ?? 0,
      expected: summary.completeness.expected ?? 0,
      late: summary.completeness.late ?? 0,
      conflicts: summary.conflicts,
      report: out,
    },
  };
}

/** A file on disk as the task pane gets it from the file picker. */
async function picked(path: string, name: string): Promise<PickedFile> {
  const info = await stat(path);
  return {
    name,
    size: info.size,
    lastModified: info.mtimeMs,
    arrayBuffer: async () => {
      const b = await readFile(path);
      return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
    },
  };
}

async function addinPhase(filesDir: string): Promise<Omit<PhaseResult, 'peakRssMb' | 'startRssMb'>> {
  const catalog = loadCatalog();
  const paths = await listFiles(filesDir);
  const tools = createXlsxTools();
  const host = installFakeHost({
    workbook: {
      name: 'Tong_hop_2026.xlsx',
      sheets: { 'Ghi chú': [['Việc cần làm', 12]] },
      activeSheet: 'Ghi chú',
    },
  });
  try {
    const started = performance.now();
    const received = [];
    for (const path of paths)
      received.push(await tools.readPicked(await picked(path, path.slice(filesDir.length + 1))));
    const { run, report } = consolidateReceived(catalog, received, {
      year: YEAR,
      deadline: DEFAULT_DEADLINE,
      expectedUnits: defaultExpectedUnits(catalog),
      readAt: new Date().toISOString(),
      officialPopulation: OFFICIAL_POPULATION,
      populationSource: DEFAULT_POPULATION_SOURCE,
    });
    const consolidated = performance.now();
    const base64 = await tools.reportBase64(report);
    const writer = createConsolidationHost();
    const first = await writer.writeReport(base64, report);
    const firstStats = { ...host.excel.stats };
    host.excel.resetStats();
    const again = await writer.writeReport(base64, report);
    const againStats = { ...host.excel.stats };
    const ended = performance.now();
    const failures = run.files
      .filter((f) => f.use === 'rejected' || f.errors > 0)
      .map((f) => `${f.file}: ${f.errors} error(s)${f.reason ? `, ${render(f.reason)}` : ''}`);
    return {
      phase: 'addin',
      files: paths.length,
      seconds: (ended - started) / 1000,
      failures,
      reportBytes: base64.length,
      details: {
        readConsolidateSeconds: (consolidated - started) / 1000,
        writeSeconds: (ended - consolidated) / 1000,
        syncsFirst: firstStats.syncs,
        syncsReplace: againStats.syncs,
        runs: firstStats.runs + againStats.runs,
        sheets: first.sheets.length,
        charts: first.charts,
        replaced: again.replaced,
      },
    };
  } finally {
    host.uninstall();
  }
}

async function runPhase(phase: string, dir: string): Promise<PhaseResult> {
  const filesDir = join(dir, 'files');
  const startRssMb = rssMb();
  let result: Omit<PhaseResult, 'peakRssMb' | 'startRssMb'>;
  if (phase === 'parse') result = await parsePhase(filesDir);
  else if (phase === 'full') result = await fullPhase(dir, filesDir);
  else if (phase === 'addin') result = await addinPhase(filesDir);
  else throw new Error(`unknown phase "${phase}" (parse, full or addin)`);
  return { ...result, peakRssMb: peakRssMb(), startRssMb };
}

if (require.main === module) {
  const [phase = '', dir = ''] = process.argv.slice(2);
  runPhase(phase, dir).then(
    (result) => {
      if (process.send) process.send(result, () => process.exit(0));
      else process.stdout.write(`${JSON.stringify(result)}\n`);
    },
    (e: unknown) => {
      process.stderr.write(
        `bench phase ${phase} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`,
      );
      process.exit(1);
    },
  );
}
