// Dates as Vietnamese staff type and read them (dd/mm/yyyy), stored as 'YYYY-MM-DD'.

/** 'dd/mm/yyyy' (also d/m/yyyy, with '-' or '.') → 'YYYY-MM-DD'; undefined when not a real date. */
export function parseDayMonthYear(text: string): string | undefined {
  const m = /^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*$/.exec(text);
  if (!m) return undefined;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day)
    return undefined;
  return `${m[3]}-${pad(month)}-${pad(day)}`;
}

/** 'YYYY-MM-DD' → 'dd/mm/yyyy' (the text unchanged when it is not in that form). */
export function formatDayMonthYear(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

const VN_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/**
 * An ISO instant as 'dd/mm/yyyy hh:mm' in Vietnam time (UTC+7), the time zone the deadline is
 * judged in, whatever the computer's own setting; '' when not a date.
 */
export function formatVietnamTime(iso: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return '';
  const parts = Object.fromEntries(VN_TIME.formatToParts(new Date(t)).map((p) => [p.type, p.value]));
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}`;
}

const pad = (n: number) => String(n).padStart(2, '0');
