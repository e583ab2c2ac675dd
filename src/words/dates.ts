// Dates and times in Dutch. Two visible formats for now: the site's (Intl, nl-NL,
// always Europe/Amsterdam: "di 4 mrt 2025 14:05") and the PDFs' ("03-12-2025 10:15",
// "di 3 maart 2026 16:45"). The PDFs' are read from the digits of the model's ISO
// strings, which already carry the contract's zone and offset, so they never depend
// on the machine's time zone or locale.
import { daysFromCivil, daysInMonth, isoWeekday } from '../engine/civil.ts';
import { NONE } from './numbers.ts';

const LOCALE = 'nl-NL';
const TIME_ZONE = 'Europe/Amsterdam';
const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const WEEKDAYS = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'];

const dateTime = new Intl.DateTimeFormat(LOCALE, {
  timeZone: TIME_ZONE, weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit',
});
const date = new Intl.DateTimeFormat(LOCALE, { timeZone: TIME_ZONE, day: 'numeric', month: 'long', year: 'numeric' });
const shortDate = new Intl.DateTimeFormat(LOCALE, { timeZone: TIME_ZONE, day: 'numeric', month: 'short' });
const monthShort = new Intl.DateTimeFormat(LOCALE, { timeZone: 'UTC', month: 'short', year: '2-digit' });

// Pages show the same moments many times (tables, timelines): Intl formatting is
// the costly part of a large build, so results are kept (bounded).
const dateTimeCache = new Map<string, string>();

/** Site: ISO instant -> "di 4 mrt 2025 14:05" in Amsterdam time. */
export function formatDateTime(iso: string | null): string {
  if (iso === null) return NONE;
  let text = dateTimeCache.get(iso);
  if (text === undefined) {
    if (dateTimeCache.size >= 200_000) dateTimeCache.clear();
    dateTimeCache.set(iso, (text = dateTime.format(new Date(iso))));
  }
  return text;
}

/** Site: ISO instant or YYYY-MM-DD -> "4 maart 2025". */
export function formatDate(iso: string | null): string {
  if (iso === null) return NONE;
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? date.format(new Date(`${iso}T12:00:00+01:00`)) : date.format(new Date(iso));
}

/** A local date YYYY-MM-DD -> "17-01-2026" (tables of dates). */
export function formatDateNumeric(day: string | null): string {
  return day === null ? NONE : `${day.slice(8, 10)}-${day.slice(5, 7)}-${day.slice(0, 4)}`;
}

/** Site: epoch ms -> "4 mrt" (axis labels). */
export function formatShortDate(ms: number): string {
  return shortDate.format(new Date(ms));
}

/** "2025-03" -> "mrt 25" (chart axes). */
export function formatMonthShort(month: string): string {
  return monthShort.format(new Date(`${month}-15T00:00:00Z`));
}

/** "2025-12" -> "december 2025". */
export function monthName(month: string): string {
  return `${MONTHS[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
}

/** "2025-12" -> "1 t/m 31 december 2025". */
export function periodText(month: string): string {
  return `1 t/m ${daysInMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7)))} ${monthName(month)}`;
}

/** "31 januari 2026" for an ISO date or date-time (its own local date). */
export function dateText(iso: string): string {
  return `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
}

/** "03-12-2025 10:15" for an ISO date-time with offset. */
export function dateTimeText(iso: string | null): string {
  if (iso === null) return NONE;
  return `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)} ${iso.slice(11, 16)}`;
}

/** Day number (days since 1970-01-01) of an ISO date or date-time's local date. */
export function dayNumberOf(iso: string): number {
  return daysFromCivil(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
}

/** "di 3 maart 2026" for an ISO date or date-time. */
export function weekdayDateText(iso: string): string {
  return `${WEEKDAYS[isoWeekday(dayNumberOf(iso)) - 1]} ${dateText(iso)}`;
}

/** "di 3 maart 2026 16:45" for an ISO date-time with offset. */
export function momentText(iso: string): string {
  return `${weekdayDateText(iso)} ${iso.slice(11, 16)}`;
}

/** "1 maart 2026 t/m 31 maart 2026" for two ISO dates. */
export function rangeText(from: string, to: string): string {
  return `${dateText(from)} t/m ${dateText(to)}`;
}


/** The instant an ISO string with offset names, for PDF metadata. */
export const instantOf = (iso: string): Date => new Date(Date.parse(iso));
