import type { Output } from '../../src/cli/output';

/** An Output that keeps what the CLI prints, for assertions. */
export function captureOutput(): Output & { stdout: string; stderr: string } {
  const o = {
    stdout: '',
    stderr: '',
    lang: 'vi' as const,
    out: (t: string) => {
      o.stdout += `${t}\n`;
    },
    err: (t: string) => {
      o.stderr += `${t}\n`;
    },
  };
  return o;
}
