/**
 * `khcn consolidate --received <log.csv|log.json|log.xlsx>`: the office's register of incoming
 * documents (sổ theo dõi công văn đến) as a list "file name → when the office received it".
 * Its times replace the files' modification times, a poor proxy (an attachment saved from
 * e-mail gets the download time, a copy or a git checkout resets it).
 *
 * Formats:
 * - CSV: UTF-8 (optional BOM; UTF-16 with BOM too, as Excel's "Unicode Text"), separated by ';',
 *   ',' or tab (the one the header row uses most), fields may be quoted ("…", "" inside);
 * - Excel .xlsx: the first sheet; a date cell is an Excel date (a wall-clock time, Vietnam time);
 * - JSON: { "file name": "time", … } or [{ "file": "…", "receivedAt": "…" }, …].
 * CSV and Excel: a header row (one of the first 10 rows) with a file column (Tệp, Tên tệp,
 * file…) and a time column (Thời điểm nhận, Ngày nhận, received, received_at…), accents and
 * case ignored. Times: 'dd/mm/yyyy hh:mm', 'dd/mm/yyyy' (00:00) or ISO 8601; without an offset
 * they are Vietnam time (parseVietnamTime). Any unreadable log, missing column or bad time is an
 * error naming the file, the row and the value: the command stops (exit 2) rather than guess.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import ExcelJS from 'exceljs';
import { displayVietnamTime, parseVietnamTime, vietnamWallClockToInstant } from '../domain/vietnam-time';
import { cellText, headerKey } from './xlsx/list-cells';

/** The log cannot be used: the message (Vietnamese, then English) names the file, row and value. */
export class ReceivedLogError extends Error {}

export interface ReceivedEntry {
  /** The file as the log names it. */
  file: string;
  /** When the office received it, milliseconds since the epoch. */
  at: number;
  /** Row of the CSV or sheet (header = its own row number), or item of the JSON (from 1). */
  row: number;
}

export interface ReceivedLog {
  /** The log as given on the command line. */
  path: string;
  format: 'csv' | 'xlsx' | 'json';
  entries: ReceivedEntry[];
}

const FILE_HEADERS = new Set(['tep', 'ten tep', 'tep tin', 'file', 'ten file', 'file name', 'filename']);
const TIME_HEADERS = new Set([
  'thoi diem nhan',
  'thoi gian nhan',
  'ngay nhan',
  'ngay gio nhan',
  'received',
  'received at',
  'receivedat',
]);
/** Rows searched for the header row (a register often has a title above its table). */
const HEADER_ROWS = 10;
/** Times outside these years are typing mistakes, not receptions. */
const YEARS = { min: 2000, max: 2100 };

/** A time as found: text, or an Excel date / serial (wall-clock time). */
type RawTime = string | Date | number;

interface RawEntry {
  file: string;
  time: RawTime;
  row: number;
}

const where = (log: Pick<ReceivedLog, 'format'>, row: number): { vi: string; en: string } =>
  log.format === 'json' ? { vi: `mục ${row}`, en: `item ${row}` } : { vi: `dòng ${row}`, en: `row ${row}` };

function logError(path: string, vi: string, en: string): ReceivedLogError {
  return new ReceivedLogError(`Nhật ký nhận tệp "${path}": ${vi}. / Received log "${path}": ${en}.`);
}

const TIME_FORMS = 'cần dạng 05/12/2026 14:30, 05/12/2026 hoặc 2026-12-05T14:30:00+07:00';

const shown = (t: RawTime): string =>
  typeof t === 'string' ? t : t instanceof Date ? t.toISOString() : String(t);

/** Excel keeps a wall-clock time; rounded to the second (a serial's last bits are noise). */
const wallClock = (ms: number): number => vietnamWallClockToInstant(Math.round(ms / 1000) * 1000);

function instantOf(t: RawTime): number {
  if (t instanceof Date) return wallClock(t.getTime());
  // A number in the time column of a sheet: an Excel date serial whose format was lost.
  if (typeof t === 'number') return t > 0 ? wallClock((t - 25_569) * 86_400_000) : Number.NaN;
  return parseVietnamTime(t);
}

function entryOf(path: string, format: ReceivedLog['format'], raw: RawEntry): ReceivedEntry {
  const at = where({ format }, raw.row);
  const file = raw.file.trim();
  const empty = typeof raw.time === 'string' && raw.time.trim() === '';
  if (file === '')
    throw logError(
      path,
      `${at.vi} có thời điểm nhận "${shown(raw.time)}" nhưng thiếu tên tệp`,
      `${at.en} has a time but no file name`,
    );
  if (empty)
    throw logError(path, `${at.vi}: tệp "${file}" thiếu thời điểm nhận`, `${at.en}: no time for "${file}"`);
  const ms = instantOf(raw.time);
  const year = Number.isNaN(ms) ? Number.NaN : new Date(ms).getUTCFullYear();
  if (!(year >= YEARS.min && year <= YEARS.max))
    throw logError(
      path,
      `${at.vi}: thời điểm nhận "${shown(raw.time)}" của tệp "${file}" không hợp lệ (${TIME_FORMS})`,
      `${at.en}: invalid time "${shown(raw.time)}" for "${file}"`,
    );
  return { file, at: ms, row: raw.row };
}

// ---------------------------------------------------------------------------
// Tables (CSV and Excel): a header row, then one file per row

interface TableRow {
  row: number;
  cells: RawTime[];
}

const isEmpty = (t: RawTime | undefined): boolean =>
  t === undefined || (typeof t === 'string' && t.trim() === '');

/** The header row and its two columns, or an error saying which column is missing. */
function tableEntries(path: string, format: 'csv' | 'xlsx', rows: readonly TableRow[]): RawEntry[] {
  let firstHeaderish: { row: number; missing: 'file' | 'time' } | undefined;
  for (const { row, cells } of rows.slice(0, HEADER_ROWS)) {
    const keys = cells.map((c) => (typeof c === 'string' ? headerKey(c) : ''));
    const fileCol = keys.findIndex((k) => FILE_HEADERS.has(k));
    const timeCol = keys.findIndex((k) => TIME_HEADERS.has(k));
    if (fileCol >= 0 && timeCol >= 0) {
      const out: RawEntry[] = [];
      for (const r of rows) {
        if (r.row <= row) continue;
        const file = r.cells[fileCol];
        const time = r.cells[timeCol];
        if (isEmpty(file) && isEmpty(time)) continue;
        out.push({ file: isEmpty(file) ? '' : shown(file ?? ''), time: time ?? '', row: r.row });
      }
      return out;
    }
    if (!firstHeaderish && (fileCol >= 0 || timeCol >= 0))
      firstHeaderish = { row, missing: fileCol >= 0 ? 'time' : 'file' };
  }
  const columns =
    'cột tên tệp ("Tệp" hoặc "Tên tệp") và cột thời điểm nhận ("Thời điểm nhận" hoặc "Ngày nhận")';
  if (firstHeaderish?.missing === 'time')
    throw logError(
      path,
      `dòng tiêu đề (dòng ${firstHeaderish.row}) thiếu cột thời điểm nhận ("Thời điểm nhận" hoặc "Ngày nhận")`,
      `the header row (row ${firstHeaderish.row}) has no received-time column ("received_at")`,
    );
  if (firstHeaderish?.missing === 'file')
    throw logError(
      path,
      `dòng tiêu đề (dòng ${firstHeaderish.row}) thiếu cột tên tệp ("Tệp" hoặc "Tên tệp")`,
      `the header row (row ${firstHeaderish.row}) has no file column ("file")`,
    );
  throw logError(
    path,
    `không tìm thấy dòng tiêu đề có ${columns} trong ${HEADER_ROWS} dòng đầu` +
      (format === 'csv' ? ' (tệp CSV cần lưu dạng UTF-8, phân cách bằng dấu ; hoặc ,)' : ''),
    `no header row with a file column and a received-time column in the first ${HEADER_ROWS} rows`,
  );
}

/** UTF-8 (BOM or not) or UTF-16 LE with BOM; anything else is refused rather than misread. */
function decodeText(path: string, bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw logError(
      path,
      'tệp không phải văn bản UTF-8 (trong Excel, hãy lưu bằng "CSV UTF-8 (Comma delimited)")',
      'not UTF-8 text (save it as "CSV UTF-8" in Excel)',
    );
  }
}

/** The separator the first line uses most, outside quotes: ';', ',' or tab (',' by default). */
function separatorOf(text: string): string {
  const counts = new Map<string, number>([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best = ',';
  for (const [sep, n] of counts) if (n > (counts.get(best) ?? 0)) best = sep;
  return best;
}

/** RFC 4180 records, each with the line it starts on (a quoted field may span lines). */
function parseCsv(text: string, sep: string = separatorOf(text)): TableRow[] {
  const rows: TableRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  const endRecord = (): void => {
    cells.push(cell);
    rows.push({ row: start, cells });
    cells = [];
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        cell += ch;
      }
    } else if (ch === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (ch === sep) {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      start = line;
    } else cell += ch;
  }
  if (cell !== '' || cells.length > 0) endRecord();
  return rows;
}

async function xlsxRows(path: string): Promise<TableRow[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.worksheets[0];
  if (!ws) return [];
  const rows: TableRow[] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const cells: RawTime[] = [];
    for (let c = 1; c <= row.cellCount; c++) {
      let v = row.getCell(c).value;
      if (v !== null && typeof v === 'object' && 'result' in v) v = v.result as ExcelJS.CellValue;
      cells.push(v instanceof Date || typeof v === 'number' ? v : cellText(v));
    }
    rows.push({ row: r, cells });
  }
  return rows;
}

// ---------------------------------------------------------------------------
// JSON

function jsonEntries(path: string, text: string): RawEntry[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw logError(path, `không phải JSON hợp lệ (${(e as Error).message})`, 'invalid JSON');
  }
  const shape = 'cần đối tượng {"tên tệp": "thời điểm nhận"} hoặc mảng [{"file": "…", "receivedAt": "…"}]';
  if (data === null || typeof data !== 'object')
    throw logError(path, `không đúng dạng: ${shape}`, 'expected an object or an array');
  if (!Array.isArray(data))
    return Object.entries(data).map(([file, time], i) => {
      if (typeof time !== 'string')
        throw logError(
          path,
          `mục ${i + 1}: thời điểm nhận của tệp "${file}" phải là chuỗi, ví dụ "05/12/2026 14:30"`,
          `item ${i + 1}: the time of "${file}" must be a string`,
        );
      return { file, time, row: i + 1 };
    });
  return data.map((item: unknown, i) => {
    const fields =
      item !== null && typeof item === 'object' && !Array.isArray(item) ? Object.entries(item) : [];
    const file = fields.find(([k]) => FILE_HEADERS.has(headerKey(k)))?.[1];
    const time = fields.find(([k]) => TIME_HEADERS.has(headerKey(k)))?.[1];
    if (typeof file !== 'string' || typeof time !== 'string')
      throw logError(
        path,
        `mục ${i + 1} không đúng dạng: cần {"file": "tên tệp", "receivedAt": "05/12/2026 14:30"}`,
        `item ${i + 1} must be {"file": "…", "receivedAt": "…"} with string values`,
      );
    return { file, time, row: i + 1 };
  });
}

// ---------------------------------------------------------------------------

/** How names are compared: '/' for '\', NFC, case ignored. */
const nameKey = (name: string): string =>
  name.trim().replace(/\\/g, '/').replace(/^\.\//, '').normalize('NFC').toLowerCase();
const baseKey = (key: string): string => key.slice(key.lastIndexOf('/') + 1);

/** Reads and checks the whole log; throws ReceivedLogError (the command exits 2). */
export async function readReceivedLog(path: string): Promise<ReceivedLog> {
  const ext = extname(path).toLowerCase();
  const format = ext === '.csv' ? 'csv' : ext === '.json' ? 'json' : ext === '.xlsx' ? 'xlsx' : undefined;
  if (format === undefined)
    throw logError(path, 'phải là tệp .csv, .json hoặc .xlsx', 'must be a .csv, .json or .xlsx file');
  let raw: RawEntry[];
  try {
    if (format === 'xlsx') raw = tableEntries(path, format, await xlsxRows(path));
    else {
      const text = decodeText(path, await readFile(path));
      raw = format === 'csv' ? tableEntries(path, format, parseCsv(text)) : jsonEntries(path, text);
    }
  } catch (e) {
    if (e instanceof ReceivedLogError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'không tìm thấy tệp'
        : code === 'EISDIR'
          ? 'đây là một thư mục'
          : `không đọc được tệp (${(e as Error).message})`;
    throw logError(path, why, 'cannot read the file');
  }
  const entries = raw.map((r) => entryOf(path, format, r));
  if (entries.length === 0)
    throw logError(path, 'không có dòng nào ghi tên tệp và thời điểm nhận', 'no entry');
  // The same file twice: fine with the same time, an error with two different times.
  const first = new Map<string, ReceivedEntry>();
  for (const e of entries) {
    const before = first.get(nameKey(e.file));
    if (before && before.at !== e.at) {
      const [a, b] = [where({ format }, before.row), where({ format }, e.row)];
      throw logError(
        path,
        `tệp "${e.file}" được ghi hai lần với thời điểm nhận khác nhau ` +
          `(${a.vi}: ${displayVietnamTime(before.at)}; ${b.vi}: ${displayVietnamTime(e.at)})`,
        `"${e.file}" is listed twice with different times (${a.en}, ${b.en})`,
      );
    }
    if (!before) first.set(nameKey(e.file), e);
  }
  return { path, format, entries: [...first.values()] };
}

export interface LogMatch {
  /** Input name (as the command shows it) → received time from the log, ISO 8601 UTC. */
  times: Map<string, string>;
  /** Entries naming no input, or several: one warning line each (Vietnamese / English). */
  warnings: string[];
}

/**
 * Which input each entry names: the name the command shows (base name, or the path below the
 * common folder when base names clash), case ignored; otherwise the same base name when exactly
 * one input has it (an entry with a folder, or a plain name for a file shown with its folder).
 * An exact name wins over a base name, an earlier row over a later one (a warning when their
 * times differ).
 */
export function matchReceivedLog(log: ReceivedLog, names: readonly string[]): LogMatch {
  const byName = new Map(names.map((n) => [nameKey(n), n]));
  const byBase = new Map<string, string[]>();
  for (const n of names) {
    const b = baseKey(nameKey(n));
    byBase.set(b, [...(byBase.get(b) ?? []), n]);
  }
  const times = new Map<string, string>();
  /** The entry each input's time comes from. */
  const source = new Map<string, ReceivedEntry>();
  const warnings: string[] = [];
  const warn = (e: ReceivedEntry, vi: string, en: string): void => {
    const at = where(log, e.row);
    warnings.push(
      `Cảnh báo: nhật ký nhận tệp "${log.path}", ${at.vi}: ${vi} (bỏ qua ${at.vi} này). ` +
        `/ Warning: received log, ${at.en}: ${en} (ignored).`,
    );
  };
  const rest: ReceivedEntry[] = [];
  for (const e of log.entries) {
    const name = byName.get(nameKey(e.file));
    if (name === undefined) rest.push(e);
    else {
      times.set(name, new Date(e.at).toISOString());
      source.set(name, e);
    }
  }
  for (const e of rest) {
    const candidates = byBase.get(baseKey(nameKey(e.file))) ?? [];
    const [only] = candidates;
    if (candidates.length === 0)
      warn(
        e,
        `không có tệp "${e.file}" trong các tệp được tổng hợp`,
        `"${e.file}" is not among the input files`,
      );
    else if (candidates.length > 1)
      warn(
        e,
        `tên "${e.file}" khớp với nhiều tệp (${candidates.join(', ')}); hãy ghi tên kèm thư mục như trên`,
        `"${e.file}" matches several files; write the name with its folder`,
      );
    else if (only !== undefined) {
      const earlier = source.get(only);
      if (earlier === undefined) {
        times.set(only, new Date(e.at).toISOString());
        source.set(only, e);
      } else if (earlier.at !== e.at) {
        const first = where(log, earlier.row);
        warn(
          e,
          `tệp "${only}" đã có thời điểm nhận khác ở ${first.vi} (${displayVietnamTime(earlier.at)}), ` +
            `dùng thời điểm đó`,
          `"${only}" already has another time at ${first.en}, which is used`,
        );
      }
    }
  }
  return { times, warnings };
}
