/**
 * The add-in phase of `npm run bench`, run in a FRESH process: the "Tổng hợp" tab's path in
 * Node: each file as a picked File through XlsxTools.readPicked, consolidateReceived,
 * XlsxTools.reportBase64 (no charts), then createConsolidationHost().writeReport against the
 * in-memory Excel fake (twice: a first insertion, then a re-run replacing it), counting the
 * fake's syncs. The result goes to the parent over IPC (or to stdout as one JSON line).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { PickedFile } from '../../src/app/ports';
import { consolidateReceived } from '../../src/app/consolidate';
import { OFFICIAL_POPULATION } from '../../src/domain/consolidation';
import { loadCatalog } from '../../src/domain/catalog';
import {
  DEFAULT_DEADLINE,
  DEFAULT_POPULATION_SOURCE,
  defaultExpectedUnits,
} from '../../src/domain/consolidation';
import { renderIssue, type Issue } from '../../src/domain/issues';
import { createConsolidationHost } from '../../src/excel/consolidation-writer';
import { createXlsxTools } from '../../src/xlsx/pane-tools';
import { installFakeHost } from '../../test/fakes/office-fake';
import { YEAR } from './generate';

export type PhaseName = 'addin';

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
  if (phase === 'addin') result = await addinPhase(filesDir);
  else throw new Error(`unknown phase "${phase}" (addin)`);
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
