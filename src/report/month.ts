// Report months in the contract's zone: the local month an instant falls in,
// and the instants a month starts and ends.
import { daysFromCivil } from '../engine/civil.ts';
import type { Zone } from '../engine/zone.ts';

const DAY_MS = 86_400_000;

/** Local `YYYY-MM` of an instant. */
export function monthOf(ms: number, zone: Zone): string {
  return new Date(ms + zone.offsetMs(ms)).toISOString().slice(0, 7);
}

/** Local `YYYY-MM-DD` of an instant. */
export function dateOf(ms: number, zone: Zone): string {
  return new Date(ms + zone.offsetMs(ms)).toISOString().slice(0, 10);
}

/** First instant of a local month (`YYYY-MM`). */
export function monthStart(month: string, zone: Zone): number {
  const [y, m] = month.split('-').map(Number);
  const local = daysFromCivil(y, m, 1) * DAY_MS;
  const r = zone.resolveLocal(local);
  return r.kind === 'nonexistent' ? local - zone.offsetMs(local - DAY_MS) : r.instantMs;
}

/** First instant after a local month. */
export function monthEnd(month: string, zone: Zone): number {
  const [y, m] = month.split('-').map(Number);
  return monthStart(m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`, zone);
}

/** Every month from `first` to `last` inclusive. */
export function monthRange(first: string, last: string): string[] {
  const out: string[] = [];
  let [y, m] = first.split('-').map(Number);
  const [ly, lm] = last.split('-').map(Number);
  while (y < ly || (y === ly && m <= lm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m === 12 ? ((y += 1), (m = 1)) : (m += 1);
  }
  return out;
}

/** The month `count` months after `month` (\`YYYY-MM\`). */
export function addMonths(month: string, count: number): string {
  const [y, m] = month.split('-').map(Number);
  const index = y * 12 + (m - 1) + count;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Months a report runs on after the month the data's period ends in, at most. */
export const MONTHS_AFTER_DATA = 12;

/**
 * The last month a report covers: the report moment's, but at most MONTHS_AFTER_DATA
 * months after the month the data's period ends in (pipeline/data-period.ts), so that
 * a report moment far beyond the data (--as-of 9999-12-31) builds no years of empty months.
 */
export function lastReportMonth(asOf: number, periodEnd: number | null, zone: Zone): string {
  const month = monthOf(asOf, zone);
  if (periodEnd === null) return month;
  const bound = addMonths(monthOf(periodEnd, zone), MONTHS_AFTER_DATA);
  return month < bound ? month : bound;
}

/** The months a report covers: from the first storing's registration (or the report moment) to lastReportMonth. */
export function reportMonths(registrations: Iterable<number>, asOf: number, periodEnd: number | null, zone: Zone): string[] {
  let first = asOf;
  for (const ms of registrations) if (ms < first) first = ms;
  return monthRange(monthOf(first, zone), lastReportMonth(asOf, periodEnd, zone));
}
