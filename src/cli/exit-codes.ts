/** Exit codes of `khcn`, documented in README.md. */
export const EXIT = {
  /** The command did its job (validation: no errors; warnings allowed). */
  ok: 0,
  /** The command ran but found errors in the data (validation). */
  dataErrors: 1,
  /** The command could not run: bad arguments, unreadable input, output not writable. */
  failed: 2,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
