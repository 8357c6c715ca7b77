/**
 * Measuring one command of the benchmark as a user would run it, as a whole process tree:
 * - CPU: user + system time of the process and every process it waited for (its read workers),
 *   from this process's own children counters in /proc/self/stat (cutime + cstime), which the
 *   kernel adds up when each child is reaped;
 * - peak RSS: the largest sum of the resident memory of the process and its descendants,
 *   sampled every 20 ms from /proc;
 * - wall time.
 * Linux only (/proc); elsewhere CPU and RSS are reported as NaN.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

export interface Measured {
  cpuSeconds: number;
  wallSeconds: number;
  peakRssMb: number;
  stdout: string;
  stderr: string;
  code: number | null;
}

const PROC = existsSync('/proc/self/stat');
const TICKS = PROC ? Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100 : 100;

/** Fields of /proc/<pid>/stat after the command name (which may hold spaces and parentheses). */
function statFields(pid: number | 'self'): string[] | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return text.slice(text.lastIndexOf(')') + 2).split(' ');
  } catch {
    return undefined;
  }
}

/** CPU seconds of the waited-for children of this process (cutime + cstime). */
function childrenCpu(): number {
  const f = statFields('self');
  // After the name: state(0) ppid(1) … utime(11) stime(12) cutime(13) cstime(14).
  return f ? (Number(f[13]) + Number(f[14])) / TICKS : Number.NaN;
}

function treeRssMb(root: number): number {
  const parent = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    const pid = Number(name);
    if (!Number.isInteger(pid)) continue;
    const f = statFields(pid);
    if (f) parent.set(pid, Number(f[1]));
  }
  const inTree = (pid: number): boolean => {
    for (let p: number | undefined = pid, hops = 0; p !== undefined && hops < 64; p = parent.get(p), hops++)
      if (p === root) return true;
    return false;
  };
  let kb = 0;
  for (const pid of parent.keys()) {
    if (!inTree(pid)) continue;
    try {
      const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      kb += Number(m?.[1] ?? 0);
    } catch {
      // ended meanwhile
    }
  }
  return kb / 1024;
}

export function measure(command: string, args: readonly string[], cwd: string): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const cpuBefore = childrenCpu();
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    let peak = 0;
    const sample = (): void => {
      if (PROC && child.pid !== undefined) peak = Math.max(peak, treeRssMb(child.pid));
    };
    const timer = setInterval(sample, 20);
    child.on('error', (e) => {
      clearInterval(timer);
      reject(e);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      const wallSeconds = Number(process.hrtime.bigint() - started) / 1e9;
      resolve({
        cpuSeconds: childrenCpu() - cpuBefore,
        wallSeconds,
        peakRssMb: PROC ? peak : Number.NaN,
        stdout,
        stderr,
        code,
      });
    });
  });
}
