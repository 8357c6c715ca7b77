/**
 * The office's register of incoming documents (sổ theo dõi công văn đến) as "file name → when the
 * office received it, who sent it": its times replace the files' modification times, a poor proxy
 * (an attachment saved from e-mail gets the download time; a copy resets it). The same register
 * is read by `khcn consolidate --received` and by the task pane.
 *
 * A table (CSV, a sheet, or JSON turned into a table by the reader) with, in one of its first
 * rows, a file column (Tệp, Tên tệp, file…), a time column (Thời điểm nhận, Ngày nhận,
 * received_at…) and optionally a sender column (Đơn vị gửi, sender). Times: 'dd/mm/yyyy hh:mm',
 * 'dd/mm/yyyy' (00:00), ISO 8601, or a date cell; without an offset they are Vietnam time. Any
 * bad row is an issue naming the file and the row: a register that cannot be read is refused
 * whole rather than guessed.
 */
import { makeIssue, type Issue } from './issues';
import { cellText, findHeader, isDateCell, type UserCell, type UserTable } from './user-table';
import { displayVietnamTime, parseVietnamTime, vietnamWallClockToInstant } from './vietnam-time';

export interface ReceivedEntry {
  /** The file as the register names it. */
  file: string;
  /** When the office received it, milliseconds since the epoch. */
  at: number;
  /** Who sent it, as the register writes it (unit id, statistics code or name). */
  sender?: string;
  /** The row of the table. */
  row: number;
}

export interface ReceivedLog {
  file: string;
  entries: ReceivedEntry[];
}

const COLUMNS = {
  file: ['Tệp', 'Tên tệp', 'Tệp tin', 'file', 'Tên file', 'file name', 'filename', 'key'],
  time: [
    'Thời điểm nhận',
    'Thời gian nhận',
    'Ngày nhận',
    'Ngày giờ nhận',
    'received',
    'received at',
    'receivedAt',
    'value',
  ],
  sender: ['Đơn vị gửi', 'Người gửi', 'Nơi gửi', 'sender', 'from'],
} as const;
type Column = keyof typeof COLUMNS;

/** Times outside these years are typing mistakes, not receptions. */
const YEARS = { min: 2000, max: 2100 };
const MS_PER_DAY = 86_400_000;
const EXCEL_EPOCH_SERIAL = 25_569;

/** A time cell → milliseconds; NaN when it is not a time. A date cell is a wall clock in Vietnam. */
function instantOf(c: UserCell): number {
  if (c !== null && isDateCell(c)) {
    const ms = Math.round(((c.date - EXCEL_EPOCH_SERIAL) * MS_PER_DAY) / 1000) * 1000;
    return vietnamWallClockToInstant(ms);
  }
  // A number in the time column: an Excel date serial whose format was lost.
  if (typeof c === 'number') return c > 0 ? instantOf({ date: c }) : Number.NaN;
  return parseVietnamTime(cellText(c));
}

const shown = (c: UserCell | undefined): string =>
  c !== null && c !== undefined && isDateCell(c) ? String(c.date) : cellText(c);

/** How names are compared: '/' for '\', NFC, case ignored. */
const nameKey = (name: string): string =>
  name.trim().replace(/\\/g, '/').replace(/^\.\//, '').normalize('NFC').toLowerCase();
const baseKey = (key: string): string => key.slice(key.lastIndexOf('/') + 1);

export interface LogParse {
  log?: ReceivedLog;
  /** Errors: the register is refused (the first rows that are wrong, each named). */
  issues: Issue[];
}

/** The register from its table (the first table holding the columns). */
export function parseReceivedLog(tables: readonly UserTable[]): LogParse {
  const file = tables[0]?.file ?? '';
  for (const table of tables) {
    const header = findHeader<Column>(table, COLUMNS, ['file', 'time']);
    if (header === undefined) continue;
    const where = { file, ...(table.sheet !== undefined ? { sheet: table.sheet } : {}) };
    const { file: fc, time: tc, sender: sc } = header.columns;
    const issues: Issue[] = [];
    const entries: ReceivedEntry[] = [];
    for (const r of table.rows.slice(header.index + 1)) {
      const name = cellText(r.cells[fc ?? 0]);
      const time = r.cells[tc ?? 0] ?? null;
      const timeText = shown(time);
      if (name === '' && timeText === '') continue;
      const row = String(r.row);
      if (name === '') {
        issues.push(makeIssue('RECEIVED_LOG_NO_FILE', { row, time: timeText }, where));
        continue;
      }
      if (timeText === '') {
        issues.push(makeIssue('RECEIVED_LOG_NO_TIME', { row, name }, where));
        continue;
      }
      const at = instantOf(time);
      const year = Number.isNaN(at) ? Number.NaN : new Date(at).getUTCFullYear();
      if (!(year >= YEARS.min && year <= YEARS.max)) {
        issues.push(makeIssue('RECEIVED_LOG_BAD_TIME', { row, name, time: timeText }, where));
        continue;
      }
      const sender = sc === undefined ? '' : cellText(r.cells[sc]);
      entries.push({ file: name, at, row: r.row, ...(sender !== '' ? { sender } : {}) });
    }
    // The same file twice: fine with the same time, an error with two different times.
    const first = new Map<string, ReceivedEntry>();
    for (const e of entries) {
      const before = first.get(nameKey(e.file));
      if (before !== undefined && before.at !== e.at) {
        issues.push(
          makeIssue(
            'RECEIVED_LOG_TWO_TIMES',
            {
              name: e.file,
              firstRow: String(before.row),
              firstTime: displayVietnamTime(before.at),
              row: String(e.row),
              time: displayVietnamTime(e.at),
            },
            where,
          ),
        );
      }
      if (before === undefined) first.set(nameKey(e.file), e);
    }
    if (issues.length === 0 && first.size === 0) issues.push(makeIssue('RECEIVED_LOG_EMPTY', {}, where));
    return issues.length > 0 ? { issues } : { log: { file, entries: [...first.values()] }, issues };
  }
  return { issues: [makeIssue('RECEIVED_LOG_NO_HEADER', {}, { file })] };
}

export interface LogMatch {
  /** Input name (as the adapter shows it) → received time from the register, ISO 8601 UTC. */
  times: Map<string, string>;
  /** Input name → sender, when the register names one. */
  senders: Map<string, string>;
  /** Entries naming no input, or several, or a second time: warnings (the rows are ignored). */
  warnings: Issue[];
}

/**
 * Which input each entry names: the name shown (base name, or the path below the common folder
 * when base names clash), case ignored; otherwise the same base name when exactly one input has
 * it. An exact name wins over a base name, an earlier row over a later one.
 */
export function matchReceivedLog(log: ReceivedLog, names: readonly string[]): LogMatch {
  const byName = new Map(names.map((n) => [nameKey(n), n]));
  const byBase = new Map<string, string[]>();
  for (const n of names) {
    const b = baseKey(nameKey(n));
    byBase.set(b, [...(byBase.get(b) ?? []), n]);
  }
  const times = new Map<string, string>();
  const senders = new Map<string, string>();
  const source = new Map<string, ReceivedEntry>();
  const warnings: Issue[] = [];
  const where = { file: log.file };
  const take = (name: string, e: ReceivedEntry): void => {
    times.set(name, new Date(e.at).toISOString());
    if (e.sender !== undefined) senders.set(name, e.sender);
    source.set(name, e);
  };
  const rest: ReceivedEntry[] = [];
  for (const e of log.entries) {
    const name = byName.get(nameKey(e.file));
    if (name === undefined) rest.push(e);
    else take(name, e);
  }
  for (const e of rest) {
    const row = String(e.row);
    const candidates = byBase.get(baseKey(nameKey(e.file))) ?? [];
    const [only] = candidates;
    if (candidates.length === 0)
      warnings.push(makeIssue('RECEIVED_LOG_UNMATCHED', { row, name: e.file }, where));
    else if (candidates.length > 1)
      warnings.push(
        makeIssue('RECEIVED_LOG_AMBIGUOUS', { row, name: e.file, candidates: candidates.join(', ') }, where),
      );
    else if (only !== undefined) {
      const earlier = source.get(only);
      if (earlier === undefined) take(only, e);
      else if (earlier.at !== e.at)
        warnings.push(
          makeIssue(
            'RECEIVED_LOG_SECOND_TIME',
            { row, name: only, firstRow: String(earlier.row), firstTime: displayVietnamTime(earlier.at) },
            where,
          ),
        );
    }
  }
  return { times, senders, warnings };
}

/**
 * The register with the office's own corrections of received times (entered in the task pane, one
 * per file, milliseconds): they come after the register's rows, so they win for their file.
 */
export function withManualTimes(
  log: ReceivedLog | null,
  times: Readonly<Record<string, number>>,
  source: string,
): ReceivedLog | undefined {
  const manual = Object.entries(times).map(([file, at]) => ({ file, at, row: 0 }));
  if (manual.length === 0) return log ?? undefined;
  return { file: log?.file ?? source, entries: [...(log?.entries ?? []), ...manual] };
}
