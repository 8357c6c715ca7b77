/**
 * A one-line progress bar on stderr, redrawn in place with '\r':
 *   Đang đọc  37/120 [███░░░░░░░] 07210_Phuong_Bac_Giang.xlsx
 * Drawn only when the stream is a terminal: piped or redirected output (scripts, tests, log
 * files) gets nothing, so it never mixes bar fragments into what is saved.
 */

/** The part of a stream the bar needs (process.stderr in practice). */
export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

export interface ProgressBar {
  /** `done` of `total` items, `item` the one being reported. */
  update(done: number, total: number, item: string): void;
  /** A status without a count, e.g. "Đang ghi báo cáo…". */
  message(text: string): void;
  /** Erases the line (call before printing the result). */
  clear(): void;
}

const BAR_CELLS = 10;
/** Used when the terminal does not tell its width (0 or undefined, e.g. under `script`). */
const DEFAULT_COLUMNS = 80;
const widthOf = (columns: number | undefined): number =>
  columns !== undefined && columns >= 20 ? columns : DEFAULT_COLUMNS;
const CLEAR_LINE = '\r\u001b[K';

/** At most `max` code points (NFC keeps each Vietnamese letter one), with '…' when cut. */
function fit(text: string, max: number): string {
  const chars = [...text.normalize('NFC')];
  if (chars.length <= max) return chars.join('');
  return max <= 1 ? chars.slice(0, max).join('') : `${chars.slice(0, max - 1).join('')}…`;
}

/** The bar's text for one step (exported for tests). */
export function progressLine(
  label: string,
  done: number,
  total: number,
  item: string,
  columns?: number,
): string {
  const width = String(total).length;
  const filled = total > 0 ? Math.min(BAR_CELLS, Math.floor((done / total) * BAR_CELLS)) : 0;
  const bar = `${'█'.repeat(filled)}${'░'.repeat(BAR_CELLS - filled)}`;
  const head = `${label} ${String(done).padStart(width)}/${total} [${bar}] `;
  // One column less than the terminal: writing the last column wraps on some terminals.
  return fit(`${head}${item}`, Math.max(head.length, widthOf(columns) - 1));
}

const SILENT: ProgressBar = { update: () => undefined, message: () => undefined, clear: () => undefined };

/** A bar on `stream` when it is a terminal, otherwise one that does nothing. */
export function progressBar(stream: ProgressStream | undefined, label = 'Đang đọc'): ProgressBar {
  if (!stream?.isTTY) return SILENT;
  let shown = false;
  const draw = (text: string): void => {
    stream.write(`${CLEAR_LINE}${text}`);
    shown = true;
  };
  return {
    update: (done, total, item) => draw(progressLine(label, done, total, item, stream.columns)),
    message: (text) => draw(fit(text, widthOf(stream.columns) - 1)),
    clear: () => {
      if (shown) stream.write(CLEAR_LINE);
      shown = false;
    },
  };
}
