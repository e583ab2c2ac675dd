// Dutch wording of the dossier's dates: the model's ISO strings are already in
// the contract's zone (Europe/Amsterdam), so the words come from their digits and
// civil-day arithmetic, never from a Date in the machine's zone or locale.
import { daysFromCivil, isoWeekday } from '../../engine/civil.ts';
import { dateText } from '../format.ts';

const WEEKDAYS = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'];

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

/** Instants of ISO strings with (possibly different) offsets, compared. */
export const instantMs = (iso: string): number => Date.parse(iso);
