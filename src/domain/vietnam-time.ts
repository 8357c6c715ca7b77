/**
 * Vietnam time (UTC+7, no daylight saving), the one place dates and times are read and shown for
 * the consolidation (run, report, CLI, task pane): the deadline is a calendar day there, and
 * submission times are shown as the office's clock shows them. Parsing never depends on the
 * machine's time zone: an ISO time without an offset is read as Vietnam time.
 */

const VN_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/** Minutes east of UTC of an ISO offset ('Z', '+07:00', '-0530', '+07'). */
function offsetMinutes(zone: string): number {
  if (zone.toUpperCase() === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0'));
}

/**
 * An ISO 8601 date or date-time → milliseconds since the epoch; NaN when it is not one.
 * Without an offset the time is Vietnam time (a date alone is its midnight there).
 */
export function parseInstant(text: string): number {
  const m = ISO.exec(text.trim());
  if (!m) return Number.NaN;
  const [y, mo, d, h, mi, s, frac] = [m[1], m[2], m[3], m[4], m[5], m[6], m[7]].map((x) => x ?? '0');
  const zone = m[8];
  const ms = Number(`0.${frac}`) * 1000;
  const local = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), ms);
  const check = new Date(local);
  // Reject 2026-02-30, 25:00 and 10:75 rather than letting Date roll them over.
  if (
    check.getUTCDate() !== Number(d) ||
    check.getUTCMonth() !== Number(mo) - 1 ||
    Number(h) > 23 ||
    Number(mi) > 59 ||
    Number(s) > 59
  ) {
    return Number.NaN;
  }
  const offset = zone === undefined ? VN_OFFSET_MS : offsetMinutes(zone) * 60_000;
  return local - offset;
}

/** 'dd/mm/yyyy' (also '-' or '.') with an optional time 'hh:mm' or 'hh:mm:ss' ('14h30' too), either order. */
const VN_DAY = String.raw`(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})`;
const VN_CLOCK = String.raw`(\d{1,2})[:hH](\d{2})(?::(\d{2}))?`;
const VN_DATE_TIME = new RegExp(`^${VN_DAY}(?:(?:\\s*,\\s*|\\s+)${VN_CLOCK})?$`);
const VN_TIME_DATE = new RegExp(`^${VN_CLOCK}(?:\\s*,\\s*|\\s+)${VN_DAY}$`);

/**
 * A time as people write it in Vietnam → milliseconds since the epoch; NaN when it is not one.
 * Accepts 'dd/mm/yyyy hh:mm[:ss]' (also '-' or '.' in the date, '14h30', the time first:
 * '14:30 05/12/2026'), 'dd/mm/yyyy' alone, and ISO 8601 (`parseInstant`). Without an offset
 * the time is Vietnam time; a date alone is 00:00 of that day in Vietnam (like parseInstant),
 * so a date-only time on the deadline day is on time.
 */
export function parseVietnamTime(text: string): number {
  const t = text.trim();
  const dt = VN_DATE_TIME.exec(t);
  const td = dt ? undefined : VN_TIME_DATE.exec(t);
  const [d, mo, y, h, mi, s] = dt
    ? [dt[1], dt[2], dt[3], dt[4], dt[5], dt[6]]
    : td
      ? [td[4], td[5], td[6], td[1], td[2], td[3]]
      : [];
  if (d === undefined || mo === undefined || y === undefined) return parseInstant(t);
  const pad = (x: string | undefined): string => (x ?? '0').padStart(2, '0');
  // Through the ISO reader: the same checks (31/02, 25:00), the same Vietnam offset.
  return parseInstant(`${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}`);
}

/**
 * A date-time whose UTC fields are a Vietnam wall-clock time (what Excel holds: a date cell has
 * no time zone, and exceljs reads it as that time in UTC) → the instant, in milliseconds.
 */
export const vietnamWallClockToInstant = (utcFieldsMs: number): number => utcFieldsMs - VN_OFFSET_MS;

/**
 * The first instant AFTER the deadline day 'YYYY-MM-DD' in Vietnam time: a file received
 * before it is on time ('2026-12-05' → 2026-12-05T17:00:00Z). Throws on a malformed deadline
 * (the adapters check the option before calling).
 */
export function deadlineCutoff(deadline: string): number {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(deadline) ? parseInstant(deadline) : Number.NaN;
  if (Number.isNaN(day)) throw new RangeError(`Invalid deadline "${deadline}": expected YYYY-MM-DD`);
  return day + DAY_MS;
}

/** On time when received before the cutoff; undefined when the time is unknown (never held against a unit). */
export function timelinessOf(receivedMs: number, cutoff: number): 'on-time' | 'late' | undefined {
  if (Number.isNaN(receivedMs)) return undefined;
  return receivedMs < cutoff ? 'on-time' : 'late';
}

const two = (n: number): string => String(n).padStart(2, '0');

/** 'dd/mm/yyyy' (also d/m/yyyy, with '-' or '.') → 'YYYY-MM-DD'; undefined when not a real date. */
export function parseDayMonthYear(text: string): string | undefined {
  const m = new RegExp(`^${VN_DAY}$`).exec(text.replace(/\s+/g, ''));
  if (!m) return undefined;
  const iso = `${m[3]}-${two(Number(m[2]))}-${two(Number(m[1]))}`;
  return Number.isNaN(parseInstant(iso)) ? undefined : iso;
}

/** An instant → 'dd/mm/yyyy hh:mm' in Vietnam time. */
export function displayVietnamTime(ms: number): string {
  const t = new Date(ms + VN_OFFSET_MS);
  const day = `${two(t.getUTCDate())}/${two(t.getUTCMonth() + 1)}/${t.getUTCFullYear()}`;
  return `${day} ${two(t.getUTCHours())}:${two(t.getUTCMinutes())}`;
}

/** An ISO instant → 'dd/mm/yyyy hh:mm' in Vietnam time; '' when it is not one. */
export function formatVietnamTime(iso: string): string {
  const ms = parseInstant(iso);
  return Number.isNaN(ms) ? '' : displayVietnamTime(ms);
}

/** Excel serial of 1970-01-01 (1900 date system). */
const UNIX_EPOCH_SERIAL = 25_569;
/** Serials below 61 fall before 1900-03-01, where Excel's 1900 leap-year bug shifts days. */
const FIRST_SAFE_SERIAL = 61;

/**
 * An ISO 8601 date or timestamp → Excel serial of its Vietnam wall-clock time, whole seconds
 * (an offset is converted; none means Vietnam time already; a date alone gives a whole day).
 * Undefined for anything else.
 */
export function excelSerialVietnam(iso: string): number | undefined {
  const ms = parseInstant(iso);
  if (Number.isNaN(ms)) return undefined;
  const seconds = Math.round((ms + VN_OFFSET_MS) / 1000);
  const serial = seconds / (DAY_MS / 1000) + UNIX_EPOCH_SERIAL;
  return serial >= FIRST_SAFE_SERIAL ? serial : undefined;
}

/** An Excel serial of Vietnam wall-clock time (excelSerialVietnam's inverse) → 'dd/mm/yyyy[ hh:mm]'. */
export function vietnamTextOfSerial(serial: number, withTime: boolean): string {
  const shown = displayVietnamTime(
    vietnamWallClockToInstant(Math.round((serial - UNIX_EPOCH_SERIAL) * DAY_MS)),
  );
  return withTime ? shown : shown.slice(0, 10);
}
