/**
 * Every bound the reader puts on a workbook, in one place: a damaged or crafted file is refused
 * (with its reason) before it can take the time or the memory of the batch.
 */
const MB = 1024 * 1024;

export const LIMITS = {
  /** Largest file accepted: a filled template is well under 1 MB. */
  fileBytes: 20 * MB,
  /** Largest part unpacked (a data sheet of a template is ~0.3 MB). */
  partBytes: 24 * MB,
  /** Largest total of the parts read unpacked. */
  readBytes: 48 * MB,
  /** Entries in the zip (a workbook has a few dozen). */
  entries: 10_000,
  /** Cells kept from one sheet (only wanted ones are kept; the others are skipped). */
  cells: 2_000_000,
  /** Merged areas considered on one sheet. */
  merges: 20_000,
  /** Shared strings of the workbook. */
  sharedStrings: 1_000_000,
  /** Characters of one cell, as Excel allows. */
  cellText: 32_767,
  /** Time one file may take to read in its worker (a template reads in well under 0.1 s). */
  readSeconds: 20,
  /** Heap of one reading worker (the CLI's worker_threads resourceLimits). */
  workerHeapMb: 256,
} as const;

export const MAX_FILE_BYTES = LIMITS.fileBytes;
