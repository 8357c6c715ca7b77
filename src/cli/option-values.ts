/** The values typed after the CLI's options (--year, --deadline, --population), checked. */
import { BOUNDS } from '../domain/catalog';
import { DEFAULT_DEADLINE, OFFICIAL_POPULATION } from '../domain/consolidation';
import { parseNumberText } from '../domain/numbers';
import { parseDayMonthYear, parseInstant } from '../domain/vietnam-time';

export const DEFAULT_YEAR = 2026;

/** The year of the evaluation: four digits, 2020–2100. */
export function parseYear(text: string | undefined): number | undefined {
  if (text === undefined) return DEFAULT_YEAR;
  const year = /^\d{4}$/.test(text.trim()) ? Number(text.trim()) : NaN;
  return year >= 2020 && year <= 2100 ? year : undefined;
}

/** 'YYYY-MM-DD' or 'dd/mm/yyyy' (also d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy) → 'YYYY-MM-DD'. */
export function parseDeadline(text: string | undefined): string | undefined {
  if (text === undefined) return DEFAULT_DEADLINE;
  const t = text.trim();
  const iso = /^\d{4}-\d{2}-\d{2}$/.test(t) && !Number.isNaN(parseInstant(t)) ? t : parseDayMonthYear(t);
  const year = Number(iso?.slice(0, 4));
  return iso !== undefined && year >= 2020 && year <= 2100 ? iso : undefined;
}

/** A whole number of persons, typed either way: '3619433', '3.619.433', '3 619 433' or '3,619,433'. */
export function parsePopulation(text: string | undefined): number | undefined {
  if (text === undefined) return OFFICIAL_POPULATION;
  const parsed = parseNumberText(text);
  if ((parsed.kind !== 'number' && parsed.kind !== 'ambiguous') || parsed.percent) return undefined;
  // '3,619' reads 3.619 or 3619: only the whole-number reading is a number of persons.
  const readings = parsed.kind === 'number' ? [parsed.value] : parsed.readings;
  const whole = readings.filter((r) => Number.isInteger(r));
  const n = whole.length === 1 ? whole[0] : undefined;
  return n !== undefined && n >= 1 && n <= BOUNDS.population.max ? n : undefined;
}
