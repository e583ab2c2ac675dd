// The dienstvenster calendar (4.1, 4.4): for every local day its opening window
// as instants, minus erkende feestdagen, with running totals so that "window time
// between two instants" and "the instant at which window time reaches X" are O(1)
// and O(log n). Windows are half-open, [open, close): 17:00 on a Tuesday is closed.
import { daysFromCivil, civilFromDays, hhmm, isoDate, isoWeekday, SUPPORTED_YEARS } from './civil.ts';
import { feestdagenOf, type FeestdagenConfig } from './feestdagen.ts';
import { zone, type Zone } from './zone.ts';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
export { SUPPORTED_YEARS };

export interface CalendarConfig {
  timeZone: string;
  /** Index 1 = Monday ... 7 = Sunday: [openMinutes, closeMinutes) or null when closed. */
  week: ([number, number] | null)[];
  feestdagen: FeestdagenConfig;
}

export class OutsideCalendarError extends Error {}

/** One local day as the `calendar` command shows it. */
export interface DayInfo {
  date: string;
  open: string | null;
  close: string | null;
  closed?: string;
}

export class Calendar {
  readonly zone: Zone;
  private readonly config: CalendarConfig;
  private fromYear = 0;
  private toYear = -1;
  private originDay = 0;
  /** Local midnight of day i (length n + 1). */
  dayStart = new Float64Array(0);
  openAt = new Float64Array(0);
  closeAt = new Float64Array(0);
  /** Window milliseconds before day i (length n + 1). */
  cum = new Float64Array(0);
  /** Werkdagen before day i (length n + 1), and the day index of each werkdag. */
  werkdagOrdinal = new Int32Array(0);
  werkdagen: number[] = [];
  closedReason: (string | null)[] = [];

  constructor(config: CalendarConfig) {
    this.config = config;
    this.zone = zone(config.timeZone);
  }

  /** Make sure whole years around these instants are built (call before relating instants). */
  cover(fromMs: number, toMs: number): void {
    const fromYear = new Date(fromMs).getUTCFullYear();
    const toYear = new Date(toMs).getUTCFullYear();
    if (fromYear < SUPPORTED_YEARS.from || toYear > SUPPORTED_YEARS.to) {
      throw new OutsideCalendarError(`buiten de ondersteunde periode ${SUPPORTED_YEARS.from}-${SUPPORTED_YEARS.to}`);
    }
    // A year of margin on each side: local days straddle UTC years.
    const from = fromYear - 1;
    const to = toYear + 1;
    if (this.toYear < this.fromYear) this.build(from, to);
    else if (from < this.fromYear || to > this.toYear) this.build(Math.min(from, this.fromYear), Math.max(to, this.toYear));
  }

  /** Index of the local day containing an instant. */
  dayIndex(ms: number): number {
    if (this.openAt.length === 0) this.cover(ms, ms);
    let i = Math.floor((ms - this.dayStart[0]) / DAY_MS);
    if (i < 0 || i >= this.openAt.length) {
      this.cover(ms, ms);
      i = Math.floor((ms - this.dayStart[0]) / DAY_MS);
    }
    if (i >= this.openAt.length) i = this.openAt.length - 1;
    while (i > 0 && ms < this.dayStart[i]) i--;
    while (ms >= this.dayStart[i + 1]) i++;
    return i;
  }

  /** Window time from the calendar's origin up to an instant. */
  windowTotal(ms: number): number {
    const i = this.dayIndex(ms);
    const t = ms - this.openAt[i];
    const len = this.closeAt[i] - this.openAt[i];
    return this.cum[i] + (t <= 0 ? 0 : t >= len ? len : t);
  }

  /** First instant at which windowTotal reaches `total`, searching from day `fromDay`. */
  instantAtWindowTotal(total: number, fromDay: number): number {
    while (this.cum[this.cum.length - 1] < total) this.cover(this.dayStart[this.dayStart.length - 1], this.dayStart[this.dayStart.length - 1] + 366 * DAY_MS);
    // smallest i >= fromDay with cum[i + 1] >= total: gallop forward (due moments are
    // usually days away, the calendar spans years), then bisect the bracket.
    const last = this.openAt.length - 1;
    let lo = fromDay;
    let step = 1;
    while (lo + step < last && this.cum[lo + step + 1] < total) {
      lo += step;
      step *= 2;
    }
    let hi = Math.min(lo + step, last);
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cum[mid + 1] >= total) hi = mid;
      else lo = mid + 1;
    }
    return this.openAt[lo] + (total - this.cum[lo]);
  }

  /** The instant itself when inside a window, else the next opening (4.4: clock start). */
  nextOpening(ms: number): number {
    let i = this.dayIndex(ms);
    if (ms < this.closeAt[i]) return ms < this.openAt[i] ? this.openAt[i] : ms;
    for (i++; ; i++) {
      if (i >= this.openAt.length) this.cover(this.dayStart[i - 1], this.dayStart[i - 1] + 366 * DAY_MS);
      if (this.closeAt[i] > this.openAt[i]) return this.openAt[i];
    }
  }

  /** Day index of the n-th werkdag after day i (i itself need not be a werkdag). */
  werkdagAfter(i: number, n: number): number {
    const k = this.werkdagOrdinal[i + 1] + n - 1;
    while (k >= this.werkdagen.length) this.cover(this.dayStart[this.dayStart.length - 1], this.dayStart[this.dayStart.length - 1] + 366 * DAY_MS);
    return this.werkdagen[k];
  }

  /** The instant on day `toDay` showing the same local clock time as `ms` (on day `fromDay`). */
  sameLocalTime(ms: number, fromDay: number, toDay: number): number {
    const ds = this.dayStart;
    if (ds[fromDay + 1] - ds[fromDay] === DAY_MS && ds[toDay + 1] - ds[toDay] === DAY_MS) {
      return ds[toDay] + (ms - ds[fromDay]);
    }
    const localMs = ms + this.zone.offsetMs(ms) - this.dayNumber(fromDay) * DAY_MS;
    return this.instantOfLocal(this.dayNumber(toDay), localMs / MINUTE_MS);
  }

  /** Local day number (days since 1970-01-01) of day index i. */
  dayNumber(i: number): number {
    return this.originDay + i;
  }

  /** Day index of a local day number. */
  indexOfDayNumber(dayNumber: number): number {
    const i = dayNumber - this.originDay;
    if (i < 0 || i >= this.openAt.length) {
      const { year } = civilFromDays(dayNumber);
      const mid = Date.UTC(year, 6, 1);
      this.cover(mid, mid);
      return dayNumber - this.originDay;
    }
    return i;
  }

  /** Every day of a year with its dienstvenster, for the `calendar` command. */
  year(year: number): DayInfo[] {
    const days: DayInfo[] = [];
    const first = daysFromCivil(year, 1, 1);
    const last = daysFromCivil(year, 12, 31);
    this.cover(Date.UTC(year, 6, 1), Date.UTC(year, 6, 1));
    for (let d = first; d <= last; d++) {
      const i = d - this.originDay;
      const reason = this.closedReason[i];
      const date = isoDate(d);
      if (reason) {
        days.push({ date, open: null, close: null, closed: reason });
      } else {
        const [open, close] = this.config.week[isoWeekday(d)]!;
        days.push({ date, open: hhmm(open), close: hhmm(close) });
      }
    }
    return days;
  }

  /** Rebuilds every array for the new range: read an array only after any call that may grow it. */
  private build(fromYear: number, toYear: number): void {
    const originDay = daysFromCivil(fromYear, 1, 1);
    const endDay = daysFromCivil(toYear + 1, 1, 1);
    const closedDates = new Map<string, string>();
    for (let y = fromYear; y <= toYear; y++) {
      for (const [date, name] of feestdagenOf(y, this.config.feestdagen)) closedDates.set(date, name);
    }
    const n = endDay - originDay;
    const dayStart = new Float64Array(n + 1);
    const openAt = new Float64Array(n);
    const closeAt = new Float64Array(n);
    const cum = new Float64Array(n + 1);
    const werkdagOrdinal = new Int32Array(n + 1);
    const werkdagen: number[] = [];
    const closedReason = new Array<string | null>(n);
    cum[0] = 0;
    werkdagOrdinal[0] = 0;
    for (let i = 0; i <= n; i++) {
      const d = originDay + i;
      dayStart[i] = this.instantOfLocal(d, 0);
      if (i === n) break;
      const window = this.config.week[isoWeekday(d)];
      const holiday = closedDates.get(isoDate(d));
      if (window && !holiday) {
        openAt[i] = this.instantOfLocal(d, window[0]);
        closeAt[i] = this.instantOfLocal(d, window[1]);
        closedReason[i] = null;
        werkdagen.push(i);
      } else {
        openAt[i] = closeAt[i] = dayStart[i];
        closedReason[i] = holiday ?? 'weekend';
      }
      cum[i + 1] = cum[i] + (closeAt[i] - openAt[i]);
      werkdagOrdinal[i + 1] = werkdagen.length;
    }
    Object.assign(this, { fromYear, toYear, originDay, dayStart, openAt, closeAt, cum, werkdagOrdinal, werkdagen, closedReason });
  }

  private instantOfLocal(dayNumber: number, minutes: number): number {
    const local = dayNumber * DAY_MS + minutes * MINUTE_MS;
    const r = this.zone.resolveLocal(local);
    // A window edge inside a DST gap is read with the offset before the jump (02:30 -> 03:30).
    return r.kind === 'nonexistent' ? local - this.zone.offsetMs(local - DAY_MS) : r.instantMs;
  }
}
