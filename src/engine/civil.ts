// Proleptic Gregorian calendar arithmetic on day numbers (days since 1970-01-01),
// so the engine can step through dates without allocating Date objects.

/** Years the calendar will build; instants outside are reported, not judged. */
export const SUPPORTED_YEARS = { from: 1970, to: 2199 } as const;

/** Day number of a civil date (month 1-12). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Civil date of a day number. */
export function civilFromDays(dayNumber: number): { year: number; month: number; day: number } {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** ISO weekday of a day number: 1 = Monday ... 7 = Sunday. */
export function isoWeekday(dayNumber: number): number {
  return ((((dayNumber + 3) % 7) + 7) % 7) + 1;
}

export function daysInMonth(year: number, month: number): number {
  return daysFromCivil(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - daysFromCivil(year, month, 1);
}

/** The same day of the month `months` later, capped at the month's last day (luxon's rule). */
export function addMonths(dayNumber: number, months: number): number {
  const { year, month, day } = civilFromDays(dayNumber);
  const total = year * 12 + (month - 1) + months;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return daysFromCivil(y, m, Math.min(day, daysInMonth(y, m)));
}

const pad2 = (n: number) => (n < 10 ? '0' : '') + n;

/** `YYYY-MM-DD` of a day number. */
export function isoDate(dayNumber: number): string {
  const { year, month, day } = civilFromDays(dayNumber);
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/** `HH:MM` of minutes since midnight. */
export function hhmm(minutes: number): string {
  return `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;
}
