// Dates and times in Dutch: one format for the site and the PDFs alike. A moment is
// "02-01-2025 14:32", a day "02-01-2025": the Dutch numeric order (day, month,
// year, always read that way in the Netherlands), the year in full, the 24-hour
// clock, and the same width for every date so table columns line up and nothing
// is cut. Tables sort on the ISO value (data-sort), not on this text. Only a
// time axis names the weekday ("ma 03-03"), beside the date. Always Europe/Amsterdam,
// read from the ISO digits once the instant is in that zone, so nothing depends
// on the machine's time zone or locale.
import { daysFromCivil, daysInMonth, isoWeekday } from '../engine/civil.ts';
import { isoInZone, zone } from '../engine/zone.ts';
import { NONE } from './numbers.ts';

const TIME_ZONE = 'Europe/Amsterdam';
const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const WEEKDAYS = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'];
const monthShort = new Intl.DateTimeFormat('nl-NL', { timeZone: 'UTC', month: 'short', year: '2-digit' });

/** An ISO date, or an instant rewritten in Amsterdam time (the model's instants already are). */
function amsterdam(iso: string): string {
  if (iso.length === 10) return iso;
  return /[+-]\d{2}:\d{2}$/.test(iso) && amsterdamOffset(iso) ? iso : isoInZone(Date.parse(iso), zone(TIME_ZONE));
}

/** Whether an ISO instant's own offset is Amsterdam's at that instant. */
function amsterdamOffset(iso: string): boolean {
  const sign = iso.at(-6) === '-' ? -1 : 1;
  const offsetMs = sign * (Number(iso.slice(-5, -3)) * 60 + Number(iso.slice(-2))) * 60_000;
  return zone(TIME_ZONE).offsetMs(Date.parse(iso)) === offsetMs;
}

// Pages and PDFs show the same moments many times (tables, timelines): results are kept (bounded).
const dateTimeCache = new Map<string, string>();

/** A moment: ISO instant -> "04-03-2025 14:05" in Amsterdam time. */
export function formatDateTime(iso: string | null): string {
  if (iso === null) return NONE;
  let text = dateTimeCache.get(iso);
  if (text === undefined) {
    if (dateTimeCache.size >= 200_000) dateTimeCache.clear();
    const local = amsterdam(iso);
    dateTimeCache.set(iso, (text = `${formatDate(local)} ${local.slice(11, 16)}`));
  }
  return text;
}

/** A day: YYYY-MM-DD or an ISO instant (its Amsterdam date) -> "04-03-2025". */
export function formatDate(iso: string | null): string {
  if (iso === null) return NONE;
  const day = amsterdam(iso);
  return `${day.slice(8, 10)}-${day.slice(5, 7)}-${day.slice(0, 4)}`;
}

/** A time axis label: YYYY-MM-DD -> "di 04-03" (the year stands in the strip's first and last moments). */
export function formatAxisDay(day: string): string {
  return `${WEEKDAYS[isoWeekday(dayNumberOf(day)) - 1]} ${day.slice(8, 10)}-${day.slice(5, 7)}`;
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



/** Day number (days since 1970-01-01) of an ISO date or date-time's local date. */
export function dayNumberOf(iso: string): number {
  return daysFromCivil(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
}



/** "01-03-2026 t/m 31-03-2026" for two ISO dates. */
export function rangeText(from: string, to: string): string {
  return `${formatDate(from)} t/m ${formatDate(to)}`;
}


/** The instant an ISO string with offset names, for PDF metadata. */
export const instantOf = (iso: string): Date => new Date(Date.parse(iso));
