// How the site writes numbers, shares, moments and durations for Dutch readers:
// always nl-NL and Europe/Amsterdam, never the machine's locale or zone.
const LOCALE = 'nl-NL';
const TIME_ZONE = 'Europe/Amsterdam';

const integer = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat(LOCALE, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
const dateTime = new Intl.DateTimeFormat(LOCALE, {
  timeZone: TIME_ZONE, weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit',
});
const date = new Intl.DateTimeFormat(LOCALE, { timeZone: TIME_ZONE, day: 'numeric', month: 'long', year: 'numeric' });
const numericDate = new Intl.DateTimeFormat(LOCALE, { timeZone: 'UTC', day: '2-digit', month: '2-digit', year: 'numeric' });
const shortDate = new Intl.DateTimeFormat(LOCALE, { timeZone: TIME_ZONE, day: 'numeric', month: 'short' });
const monthName = new Intl.DateTimeFormat(LOCALE, { timeZone: 'UTC', month: 'long', year: 'numeric' });
const monthShort = new Intl.DateTimeFormat(LOCALE, { timeZone: 'UTC', month: 'short', year: '2-digit' });

/** Shown where a figure has nothing to divide by or is not known. */
export const NONE = '–';

/** 12345 -> "12.345". */
export function formatNumber(n: number | null): string {
  return n === null ? NONE : integer.format(n);
}

/** 0.953 -> "95,3%". */
export function formatShare(fraction: number | null): string {
  return fraction === null ? NONE : percent.format(fraction);
}

// Pages show the same moments many times (tables, timelines): Intl formatting is
// the costly part of a large build, so results are kept (bounded).
const dateTimeCache = new Map<string, string>();

/** ISO instant -> "di 4 mrt 2025 14:05" in Amsterdam time. */
export function formatDateTime(iso: string | null): string {
  if (iso === null) return NONE;
  let text = dateTimeCache.get(iso);
  if (text === undefined) {
    if (dateTimeCache.size >= 200_000) dateTimeCache.clear();
    dateTimeCache.set(iso, (text = dateTime.format(new Date(iso))));
  }
  return text;
}

/** ISO instant or YYYY-MM-DD -> "4 maart 2025". */
export function formatDate(iso: string | null): string {
  if (iso === null) return NONE;
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? date.format(new Date(`${iso}T12:00:00+01:00`)) : date.format(new Date(iso));
}

/** A local date YYYY-MM-DD -> "17-01-2026" (tables of dates). */
export function formatDateNumeric(day: string | null): string {
  return day === null ? NONE : numericDate.format(new Date(`${day}T00:00:00Z`));
}

/** ISO instant -> "4 mrt" (axis labels). */
export function formatShortDate(ms: number): string {
  return shortDate.format(new Date(ms));
}

/** "2025-03" -> "maart 2025". */
export function formatMonth(month: string): string {
  return monthName.format(new Date(`${month}-15T00:00:00Z`));
}

/** "2025-03" -> "mrt 25" (chart axes). */
export function formatMonthShort(month: string): string {
  return monthShort.format(new Date(`${month}-15T00:00:00Z`));
}

/** Whole minutes -> "45 min", "3 u 20 min", "1.204 u". */
export function formatMinutes(minutes: number | null): string {
  if (minutes === null) return NONE;
  if (minutes < 60) return `${integer.format(minutes)} min`;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m === 0 || h >= 100 ? `${integer.format(h)} u` : `${integer.format(h)} u ${m} min`;
}
