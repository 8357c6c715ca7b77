/**
 * `npm run bench` — reading and consolidating N unit workbooks, against a floor: a plain SheetJS
 * parse (`XLSX.read`, @e965/xlsx) of the same files. Printed side by side, never asserted.
 *
 *   npm run bench                      N = 100 and 1 000, seed 2026
 *   npm run bench -- --n 100,500       other sizes
 *   npm run bench -- --seed 7          another corpus (cached separately)
 *   npm run bench -- --repeat 5        5 runs of each phase (default 3), median reported
 *   npm run bench -- --quick           N = 20, one run, no pane figures
 *   npm run bench -- --no-pane         skip the task pane's figures (webpack build + Chromium)
 *
 * 1. Generates (or reuses, see scripts/bench/generate.ts) N filled templates per size, under
 *    out/bench/n<N>-seed<S>/files (not measured).
 * 2. For each N, each phase as its own process, measured as a whole process tree (CPU user+sys
 *    including child processes, wall time, peak RSS summed over the tree; bench/measure.ts):
 *    - floor: SheetJS XLSX.read of every file (scripts/bench/floor.mjs, plain JavaScript);
 *    - read:  the product's reader alone, compiled like the CLI (scripts/bench/read-phase.ts);
 *    - full:  `node bin/khcn.js consolidate <files> --out report.xlsx --json`, exactly as a user
 *             runs it (compiled CLI, files read in bounded child processes, report with charts);
 *    - addin: the "Tổng hợp" tab's path in Node over the in-memory Excel fake (wall time and the
 *             syncs of the write).
 *    Phases are interleaved --repeat times; the run with the median CPU time is reported.
 * 3. `khcn --help` CPU; the pane's initial JS (gzip), first render and reading 100 files in
 *    headless Chromium (bench/pane.ts).
 * The exit code is non-zero only when something fails (an exception, a generated file that does
 * not read cleanly, a command that exits non-zero).
 */
import { execFileSync, fork } from 'node:child_process';
import { cpus } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { loadCatalog } from '../src/domain/catalog';
import { ensureCorpus, type Corpus } from './bench/generate';
import { measure, type Measured } from './bench/measure';
import { paneFigures, type PaneFigures } from './bench/pane';
import type { PhaseResult } from './bench/phase';

const ROOT = join(__dirname, '..');
const CACHE = join(ROOT, 'out', 'bench');
const PHASE_ENTRY = join(__dirname, 'bench', 'phase.ts');
const READ_PHASE = join(ROOT, 'out', 'bench-dist', 'read-phase.mjs');
const DEFAULT_SIZES = [100, 1000];
const DEFAULT_SEED = 2026;
const DEFAULT_REPEAT = 3;
const PANE_FILES = 100;
const MB = 1024 * 1024;

class UsageError extends Error {}

interface Args {
  sizes: number[];
  seed: number;
  repeat: number;
  pane: boolean;
}

const USAGE = `Usage: npm run bench -- [--n 100,1000] [--seed 2026] [--repeat 3] [--quick] [--no-pane]
  --n       sizes to measure, comma-separated (default 100,1000)
  --seed    seed of the generated workbooks (default 2026)
  --repeat  runs of each phase; the run with the median time is reported (default 3, --quick: 1)
  --quick   N = 20 only, one run, no pane figures
  --no-pane skip the task pane's figures`;

function parseArgs(argv: readonly string[]): Args {
  let sizes = DEFAULT_SIZES;
  let seed = DEFAULT_SEED;
  let repeat: number | undefined;
  let quick = false;
  let pane = true;
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
      pane = false;
      sizes = [20];
    } else if (flag === '--no-pane') {
      pane = false;
    } else if (flag === '--help' || flag === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else throw new UsageError(`unknown option ${arg}`);
  }
  return { sizes, seed, repeat: repeat ?? (quick ? 1 : DEFAULT_REPEAT), pane };
}

/** The add-in phase in a fresh Node process (tsx loader), returning what it reports over IPC. */
function runAddinPhase(corpus: Corpus): Promise<PhaseResult> {
  return new Promise((resolve, reject) => {
    const child = fork(PHASE_ENTRY, ['addin', corpus.dir], {
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
          new Error(`add-in phase (N=${corpus.manifest.n}) ended with ${signal ?? `exit code ${code}`}`),
        );
    });
  });
}

/** The compiled CLI (dist-cli/) and the compiled read phase, so no phase pays for compiling TypeScript. */
async function compile(): Promise<void> {
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build-cli.mjs')], { cwd: ROOT, stdio: 'inherit' });
  await build({
    entryPoints: [join(__dirname, 'bench', 'read-phase.ts')],
    outfile: READ_PHASE,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
}

type Phase = 'floor' | 'read' | 'full';
const PHASES: readonly Phase[] = ['floor', 'read', 'full'];

function commandOf(phase: Phase, corpus: Corpus): string[] {
  const node = process.execPath;
  if (phase === 'floor') return [node, join(__dirname, 'bench', 'floor.mjs'), corpus.filesDir];
  if (phase === 'read') return [node, READ_PHASE, corpus.filesDir];
  return [
    node,
    join(ROOT, 'bin', 'khcn.js'),
    'consolidate',
    corpus.filesDir,
    '--out',
    join(corpus.dir, 'report.xlsx'),
    '--json',
  ];
}

/** The run with the median CPU time (the upper middle one for an even count). */
function median<T>(runs: readonly T[], key: (r: T) => number): T {
  const sorted = [...runs].sort((a, b) => key(a) - key(b));
  const r = sorted[Math.floor(sorted.length / 2)];
  if (r === undefined) throw new Error('no run');
  return r;
}

const s = (x: number, digits = 2): string => (Number.isFinite(x) ? x.toFixed(digits) : 'n/a');
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

interface Row {
  corpus: Corpus;
  phases: Record<Phase, Measured>;
  addin: PhaseResult;
}

function mainTable(rows: readonly Row[]): string {
  const out: string[][] = [];
  for (const { corpus, phases } of rows) {
    const floor = phases.floor;
    for (const phase of PHASES) {
      const m = phases[phase];
      out.push([
        thousands(corpus.manifest.n),
        phase === 'floor'
          ? 'SheetJS XLSX.read (floor)'
          : phase === 'read'
            ? 'product: read phase'
            : 'product: khcn consolidate',
        s(m.cpuSeconds),
        s(m.wallSeconds),
        s(m.peakRssMb, 0),
        s((m.peakRssMb * 1024) / corpus.manifest.n, 0),
        phase === 'floor' ? '1.00' : s(m.cpuSeconds / floor.cpuSeconds),
      ]);
    }
  }
  return table(['N', 'what', 'CPU (s)', 'wall (s)', 'peak RSS (MB)', 'RSS KB/file', 'CPU ÷ floor'], out, 2);
}

/** Register rows read and consolidated per second of wall time (the rows of every file). */
function registerTable(rows: readonly Row[]): string {
  return table(
    ['N', 'register rows', 'read phase (rows/s)', 'khcn consolidate (rows/s)'],
    rows.map(({ corpus, phases }) => [
      thousands(corpus.manifest.n),
      thousands(corpus.registerRows),
      thousands(Math.round(corpus.registerRows / phases.read.wallSeconds)),
      thousands(Math.round(corpus.registerRows / phases.full.wallSeconds)),
    ]),
  );
}

function addinTable(rows: readonly Row[]): string {
  return table(
    ['N', 'read+consolidate (s)', 'report b64 + write (s)', 'add-in total (s)', 'syncs first / replace'],
    rows.map(({ corpus, addin }) => [
      thousands(corpus.manifest.n),
      s(Number(addin.details.readConsolidateSeconds)),
      s(Number(addin.details.writeSeconds)),
      s(addin.seconds),
      `${addin.details.syncsFirst} / ${addin.details.syncsReplace}`,
    ]),
  );
}

function corpusLine(c: Corpus): string {
  const files = c.manifest.files.length;
  const how = c.generated ? `generated in ${s(c.seconds, 1)} s (not measured)` : 'reused from cache';
  return `N=${thousands(c.manifest.n)}: ${thousands(files)} files of ${c.units} units, ${thousands(c.registerRows)} register rows, ${s(c.bytes / MB)} MB, ${how} — ${relative(ROOT, c.filesDir)}`;
}

async function helpCpu(): Promise<Measured> {
  const runs: Measured[] = [];
  for (let i = 0; i < 5; i++)
    runs.push(await measure(process.execPath, [join(ROOT, 'bin', 'khcn.js'), '--help'], ROOT));
  return median(runs, (r) => r.cpuSeconds);
}

function paneTable(p: PaneFigures): string {
  return table(
    ['task pane', 'measured', 'target'],
    [
      [
        `initial JS, gzip (${p.initialScripts.map((x) => x.file.replace(/\.[0-9a-f]{8}\.js$/, '.js')).join(' + ')})`,
        `${s(p.initialGzipKb, 1)} KB`,
        '≤ 200 KB',
      ],
      ['first render (headless Chromium, fake host)', `${s(p.firstRenderMs, 0)} ms`, '≤ 1000 ms'],
      [`reading ${p.readFiles} dropped files`, `${s(p.readMs / 1000)} s`, '≤ 2 s'],
    ],
    1,
  );
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const catalog = loadCatalog();
  console.log(
    `khcn bench — seed ${args.seed}, N = ${args.sizes.join(', ')}, ${args.repeat} run(s) per phase ` +
      `(node ${process.version}, ${cpus().length} CPUs)`,
  );
  await compile();

  const corpora: Corpus[] = [];
  for (const n of args.sizes) {
    console.log(`Preparing N=${thousands(n)}…`);
    const corpus = await ensureCorpus(catalog, { n, seed: args.seed, root: CACHE }, (l) => console.log(l));
    console.log(corpusLine(corpus));
    corpora.push(corpus);
  }

  const rows: Row[] = [];
  const failures: string[] = [];
  for (const corpus of corpora) {
    const n = thousands(corpus.manifest.n);
    const runs: Record<Phase, Measured[]> = { floor: [], read: [], full: [] };
    const addins: PhaseResult[] = [];
    // Phases interleaved (floor, read, full, add-in, floor…): a passing load hits them alike.
    for (let k = 1; k <= args.repeat; k++) {
      for (const phase of PHASES) {
        process.stdout.write(`N=${n}: ${phase}${args.repeat > 1 ? ` (run ${k}/${args.repeat})` : ''}… `);
        const [cmd = '', ...rest] = commandOf(phase, corpus);
        const m = await measure(cmd, rest, ROOT);
        if (m.code !== 0) failures.push(`[N=${n}, ${phase}] exit ${m.code}: ${m.stderr.slice(0, 2000)}`);
        console.log(`CPU ${s(m.cpuSeconds)} s, wall ${s(m.wallSeconds)} s, peak RSS ${s(m.peakRssMb, 0)} MB`);
        runs[phase].push(m);
        if (phase === 'full' && k === 1 && m.code === 0) {
          const summary = JSON.parse(m.stdout) as { files: { use: string; errors: number; file: string }[] };
          for (const f of summary.files.filter((x) => x.use === 'rejected' || x.errors > 0))
            failures.push(`[N=${n}] ${f.file}: ${f.use}, ${f.errors} error(s)`);
        }
      }
      process.stdout.write(`N=${n}: add-in path${args.repeat > 1 ? ` (run ${k}/${args.repeat})` : ''}… `);
      const a = await runAddinPhase(corpus);
      console.log(`${s(a.seconds)} s`);
      if (k === 1) for (const f of a.failures) failures.push(`[N=${n}, add-in] ${f}`);
      addins.push(a);
    }
    rows.push({
      corpus,
      phases: {
        floor: median(runs.floor, (r) => r.cpuSeconds),
        read: median(runs.read, (r) => r.cpuSeconds),
        full: median(runs.full, (r) => r.cpuSeconds),
      },
      addin: median(addins, (r) => r.seconds),
    });
  }

  const help = await helpCpu();
  let pane: PaneFigures | undefined;
  if (args.pane) {
    console.log('Task pane: production build (webpack) and the test host…');
    execFileSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production'], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const corpus = corpora[0];
    if (corpus) {
      const files = corpus.manifest.files.slice(0, PANE_FILES).map((f) => join(corpus.filesDir, f.file));
      pane = await paneFigures(join(ROOT, 'dist'), files);
    }
  }

  console.log('');
  console.log(mainTable(rows));
  console.log('');
  console.log('Registers (rows of the KHCN_DS_ tables, over the wall time of the whole phase):');
  console.log(registerTable(rows));
  console.log('');
  console.log(
    `khcn --help: CPU ${s(help.cpuSeconds)} s, wall ${s(help.wallSeconds)} s (median of 5; target CPU ≤ 0.25 s)`,
  );
  console.log('');
  console.log(
    'Add-in path in Node (picked files → consolidateReceived → report without charts → Excel fake):',
  );
  console.log(addinTable(rows));
  if (pane) {
    console.log('');
    console.log(paneTable(pane));
  }
  console.log('');
  console.log(
    'CPU = user + system time of the whole process tree (the CLI reads files in child processes); ' +
      'peak RSS = largest sum over the tree, sampled every 20 ms; each phase in a fresh process, the run ' +
      `with the median CPU of ${args.repeat} reported. Targets (issue #12): khcn consolidate ≤ 1.3× the ` +
      "floor's CPU; peak RSS ≤ 250 MB at 1,000 files and flat per file. Machine-dependent: never asserted.",
  );

  if (failures.length > 0) {
    console.error(`\n${failures.length} problem(s):`);
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
