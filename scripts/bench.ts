/**
 * `npm run bench` — how the consolidation scales with the number of unit workbooks.
 *
 *   npm run bench                      N = 100 and 1 000, seed 2026
 *   npm run bench -- --n 100,500       other sizes
 *   npm run bench -- --seed 7          another corpus (cached separately)
 *   npm run bench -- --repeat 5        5 runs of each phase (default 3), median reported
 *   npm run bench -- --quick           N = 20, one run (a quick check of the whole pipeline)
 *
 * 1. Generates (or reuses, see scripts/bench/generate.ts) N filled templates per size, under
 *    out/bench/n<N>-seed<S>/files; the generation time is printed but not measured.
 * 2. For each N, three phases, each in a FRESH process (peak RSS per phase, see bench/phase.ts):
 *    parse only (the floor), the full headless consolidation (`khcn consolidate` in process,
 *    report with charts written to out/bench/n<N>-seed<S>/report.xlsx), and the add-in's path
 *    (read as picked files, consolidate, report without charts, insert it into the in-memory
 *    Excel fake), whose Excel.run syncs are counted. Each phase runs --repeat times (default 3),
 *    interleaved; the run with the median time is reported.
 * 3. Prints a table. Times are machine-dependent and never asserted; the exit code is non-zero
 *    only when something fails: an exception, or a generated file that does not read or
 *    validate cleanly (its issues are printed).
 */
import { fork } from 'node:child_process';
import { cpus } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadCatalog } from '../src/domain/catalog';
import { ensureCorpus, type Corpus } from './bench/generate';
import type { PhaseName, PhaseResult } from './bench/phase';

const ROOT = join(__dirname, '..');
const CACHE = join(ROOT, 'out', 'bench');
const PHASE_ENTRY = join(__dirname, 'bench', 'phase.ts');
const DEFAULT_SIZES = [100, 1000];
const DEFAULT_SEED = 2026;
const DEFAULT_REPEAT = 3;
const MB = 1024 * 1024;

class UsageError extends Error {}

interface Args {
  sizes: number[];
  seed: number;
  repeat: number;
}

const USAGE = `Usage: npm run bench -- [--n 100,1000] [--seed 2026] [--repeat 3] [--quick]
  --n       sizes to measure, comma-separated (default 100,1000)
  --seed    seed of the generated workbooks (default 2026)
  --repeat  runs of each phase; the run with the median time is reported (default 3, --quick: 1)
  --quick  N = 20 only`;

function parseArgs(argv: readonly string[]): Args {
  let sizes = DEFAULT_SIZES;
  let seed = DEFAULT_SEED;
  let repeat: number | undefined;
  let quick = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [flag, inline] = arg.includes('=') ? arg.split('=', 2) : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    if (flag === '--n') {
      sizes = value()
        .split(',')
        .map((s) => Number(s.trim().replace(/[_ ]/g, '')));
      if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new UsageError('--n: whole numbers ≥ 1');
    } else if (flag === '--seed') {
      seed = Number(value());
      if (!Number.isInteger(seed) || seed < 0) throw new UsageError('--seed: a whole number ≥ 0');
    } else if (flag === '--repeat') {
      repeat = Number(value());
      if (!Number.isInteger(repeat) || repeat < 1) throw new UsageError('--repeat: a whole number ≥ 1');
    } else if (flag === '--quick') {
      quick = true;
      sizes = [20];
    } else if (flag === '--help' || flag === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else throw new UsageError(`unknown option ${arg}`);
  }
  return { sizes, seed, repeat: repeat ?? (quick ? 1 : DEFAULT_REPEAT) };
}

/** Runs one phase in a fresh Node process (tsx loader), returning what it reports over IPC. */
function runPhase(phase: PhaseName, corpus: Corpus): Promise<PhaseResult> {
  return new Promise((resolve, reject) => {
    const child = fork(PHASE_ENTRY, [phase, corpus.dir], {
      cwd: ROOT,
      execArgv: ['--import', pathToFileURL(require.resolve('tsx')).href],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let result: PhaseResult | undefined;
    child.on('message', (m) => {
      result = m as PhaseResult;
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (result) resolve(result);
      else
        reject(
          new Error(`phase ${phase} (N=${corpus.manifest.n}) ended with ${signal ?? `exit code ${code}`}`),
        );
    });
  });
}

// ---------------------------------------------------------------------------
// Output

const PHASES = ['parse', 'full', 'addin'] as const;

/** The run with the median time (the upper middle one for an even count). */
function median(runs: readonly PhaseResult[]): PhaseResult {
  const sorted = [...runs].sort((a, b) => a.seconds - b.seconds);
  const r = sorted[Math.floor(sorted.length / 2)];
  if (!r) throw new Error('no run');
  return r;
}

const s = (x: number, digits = 2): string => x.toFixed(digits);
const mb = (bytes: number): string => (bytes / MB).toFixed(2);
const thousands = (n: number): string => n.toLocaleString('en-US');

/** An aligned plain-text table: text columns left, numbers right. */
function table(headers: readonly string[], rows: readonly (readonly string[])[], left = 0): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((c, i) => (i < left ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join(' | ')
      .trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('-+-'), ...rows.map(line)].join('\n');
}

interface Measured {
  corpus: Corpus;
  parse: PhaseResult;
  full: PhaseResult;
  addin: PhaseResult;
}

function mainTable(results: readonly Measured[]): string {
  return table(
    [
      'N',
      'files',
      'parse only (s)',
      'full consolidation (s)',
      'ratio full/parse',
      'peak RSS parse (MB)',
      'peak RSS full (MB)',
      'syncs (add-in write)',
      'report size (MB)',
    ],
    results.map(({ corpus, parse, full, addin }) => [
      thousands(corpus.manifest.n),
      thousands(parse.files),
      s(parse.seconds),
      s(full.seconds),
      s(full.seconds / parse.seconds),
      s(parse.peakRssMb, 0),
      s(full.peakRssMb, 0),
      `${addin.details.syncsFirst} / ${addin.details.syncsReplace}`,
      mb(full.reportBytes ?? 0),
    ]),
  );
}

function addinTable(results: readonly Measured[]): string {
  return table(
    [
      'N',
      'read+consolidate (s)',
      'report b64 + write (s)',
      'add-in total (s)',
      'peak RSS add-in (MB)',
      'base64 (MB)',
      'sheets',
      'charts',
    ],
    results.map(({ corpus, addin }) => [
      thousands(corpus.manifest.n),
      s(Number(addin.details.readConsolidateSeconds)),
      s(Number(addin.details.writeSeconds)),
      s(addin.seconds),
      s(addin.peakRssMb, 0),
      mb(addin.reportBytes ?? 0),
      String(addin.details.sheets),
      String(addin.details.charts),
    ]),
  );
}

function corpusLine(c: Corpus): string {
  const files = c.manifest.files.length;
  const how = c.generated
    ? `generated in ${s(c.seconds, 1)} s (${s((c.seconds * 1000) / files, 0)} ms/file; not measured)`
    : 'reused from cache';
  return (
    `N=${thousands(c.manifest.n)}: ${thousands(files)} files of ${c.units} units, ${mb(c.bytes)} MB, ${how} — ` +
    relative(ROOT, c.filesDir)
  );
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const catalog = loadCatalog();
  console.log(
    `khcn bench — seed ${args.seed}, N = ${args.sizes.join(', ')}, ${args.repeat} run(s) per phase ` +
      `(node ${process.version}, ${cpus().length} CPUs)`,
  );

  const corpora: Corpus[] = [];
  for (const n of args.sizes) {
    console.log(`Preparing N=${thousands(n)}…`);
    const corpus = await ensureCorpus(catalog, { n, seed: args.seed, root: CACHE }, (l) => console.log(l));
    console.log(corpusLine(corpus));
    corpora.push(corpus);
  }

  const results: Measured[] = [];
  const failures: string[] = [];
  for (const corpus of corpora) {
    const n = thousands(corpus.manifest.n);
    const measured: Partial<Measured> = { corpus };
    const runs: Record<PhaseName, PhaseResult[]> = { parse: [], full: [], addin: [] };
    // Phases interleaved (parse, full, addin, parse…): a passing load on the machine hits them alike.
    for (let k = 1; k <= args.repeat; k++) {
      for (const phase of PHASES) {
        process.stdout.write(`N=${n}: ${phase}${args.repeat > 1 ? ` (run ${k}/${args.repeat})` : ''}… `);
        const r = await runPhase(phase, corpus);
        console.log(
          `${s(r.seconds)} s, peak RSS ${s(r.peakRssMb, 0)} MB (${s(r.startRssMb, 0)} MB after start-up)`,
        );
        if (k === 1) for (const f of r.failures) failures.push(`[N=${n}, ${phase}] ${f}`);
        runs[phase].push(r);
      }
    }
    for (const phase of PHASES) measured[phase] = median(runs[phase]);
    const full = measured.full;
    if (full)
      console.log(
        `  consolidation: ${full.details.used} files used, ${full.details.superseded} superseded, ` +
          `${full.details.rejected} rejected; ${full.details.received}/${full.details.expected} expected units ` +
          `received (${full.details.late} late); ${full.details.warnings} warnings; report ${relative(ROOT, String(full.details.report))}`,
      );
    results.push(measured as Measured);
  }

  console.log('');
  console.log(mainTable(results));
  console.log('');
  console.log('Add-in path (picked files → consolidateReceived → report without charts → Excel fake):');
  console.log(addinTable(results));
  console.log('');
  console.log(
    'parse only = shared reader, bytes → WorkbookReading, each reading dropped once read; full = `khcn consolidate --json` in process ' +
      '(read, validate, run, report, .xlsx with charts, write). Each phase in a fresh process, ' +
      `the run with the median time of ${args.repeat} reported; peak RSS = ` +
      'maxRSS of that process (includes ~the start-up RSS of Node + tsx + modules). syncs = Excel.run ' +
      'syncs of the add-in write, first insertion / re-run replacing it. Times vary by machine: not asserted.',
  );

  if (failures.length > 0) {
    console.error(`\n${failures.length} generated file(s) failed — the generator must produce valid files:`);
    for (const f of failures) console.error(f);
    return 1;
  }
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    if (e instanceof UsageError) {
      console.error(`${e.message}\n${USAGE}`);
      process.exitCode = 2;
      return;
    }
    console.error('bench failed:', e instanceof Error ? (e.stack ?? e.message) : e);
    process.exitCode = 1;
  },
);
