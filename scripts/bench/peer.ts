// The peer: dayjs + dayjs-business-time doing the dienstvenster work for one
// ticket with the library's own API. Needs process.env.TZ = 'Europe/Amsterdam'
// (dayjs works in the process's local time); bench.ts sets it before loading this.
import dayjs, { type Dayjs } from 'dayjs';
import businessTime from 'dayjs-business-time';

dayjs.extend(businessTime);

export interface PeerSetup {
  /** ISO weekday 1..7 -> [open, close] as "HH:MM", or null. */
  week: (readonly [string, string] | null)[];
  /** Feestdagen on weekdays, "YYYY-MM-DD". */
  holidays: string[];
}

const NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

/** dayjs day() (0 = Sunday) -> [openMinutes, closeMinutes] or null; for capping werkdag ends. */
let windowByDay: ([number, number] | null)[] = [];

export function configurePeer(setup: PeerSetup): void {
  const map: Record<string, { start: string; end: string }[] | null> = {};
  windowByDay = [];
  for (let d = 0; d < 7; d++) {
    const w = setup.week[d === 0 ? 7 : d];
    map[NAMES[d]] = w ? [{ start: `${w[0]}:00`, end: `${w[1]}:00` }] : null;
    windowByDay[d] = w ? [toMinutes(w[0]), toMinutes(w[1])] : null;
  }
  dayjs.setBusinessTime(map as unknown as Parameters<typeof dayjs.setBusinessTime>[0]);
  dayjs.setHolidays(setup.holidays);
}

function toMinutes(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

/** What the peer is asked for one ticket (instants as epoch ms). */
export interface PeerTicket {
  registeredAt: number;
  resolvedAt: number | null;
  /** Flat [start, end) pairs of waits for the client; an open wait ends at asOf. */
  waits: number[];
  target: { unit: 'uren' | 'werkdagen'; amount: number };
}

export interface PeerResult {
  clockStart: number;
  /** Clock start as the library gives it (nextBusinessTime), before the half-open adaption. */
  rawClockStart: number;
  deadline: number;
  hersteltijdMinutes: number | null;
}

/** The day's closing instant of a Dayjs on a business day. */
function closingOf(d: Dayjs): Dayjs {
  const w = windowByDay[d.day()]!;
  return d.startOf('day').add(w[1], 'minute');
}

/**
 * Clock start: the library's nextBusinessTime(). The library's windows are closed
 * intervals ([08:00, 17:00], 17:00 counts as business time); the contract's are
 * half-open, so a start that lands exactly on a closing instant moves to the next
 * opening (expressed with the library: one minute later, nextBusinessTime()).
 */
export function peerClockStart(registeredAt: number, halfOpen = true): Dayjs {
  const s = dayjs(registeredAt).nextBusinessTime();
  if (halfOpen && s.isBusinessDay() && s.valueOf() === closingOf(s).valueOf()) return s.add(1, 'minute').nextBusinessTime();
  return s;
}

export function peerJudge(t: PeerTicket, halfOpen = true): PeerResult {
  const raw = dayjs(t.registeredAt).nextBusinessTime();
  const start = halfOpen ? peerClockStart(t.registeredAt, true) : raw;

  // The target in business minutes.
  let targetMinutes: number;
  if (t.target.unit === 'uren') targetMinutes = t.target.amount * 60;
  else {
    // "N werkdagen": same clock time on the N-th following business day, capped at that day's window.
    let end = start.addBusinessDays(t.target.amount);
    const w = windowByDay[end.day()]!;
    const open = end.startOf('day').add(w[0], 'minute');
    const close = end.startOf('day').add(w[1], 'minute');
    if (end.isAfter(close)) end = close;
    if (end.isBefore(open)) end = open;
    targetMinutes = start.businessMinutesDiff(end);
  }

  // Deadline: add business minutes, skipping the business time inside waits.
  let cursor = start;
  let remaining = targetMinutes;
  let deadline: Dayjs | null = null;
  for (let k = 0; k < t.waits.length; k += 2) {
    if (t.waits[k + 1] <= cursor.valueOf()) continue;
    const ws = dayjs(Math.max(t.waits[k], cursor.valueOf()));
    const reached = cursor.addBusinessMinutes(remaining);
    if (!reached.isAfter(ws)) {
      deadline = reached;
      break;
    }
    remaining -= cursor.businessMinutesDiff(ws);
    cursor = dayjs(t.waits[k + 1]);
  }
  deadline ??= cursor.addBusinessMinutes(remaining);

  // Hersteltijd: business minutes from clock start to resolution, minus those inside waits.
  let hersteltijdMinutes: number | null = null;
  if (t.resolvedAt !== null) {
    const resolved = dayjs(t.resolvedAt);
    hersteltijdMinutes = t.resolvedAt > start.valueOf() ? start.businessMinutesDiff(resolved) : 0;
    for (let k = 0; k < t.waits.length; k += 2) {
      const s = Math.max(t.waits[k], start.valueOf());
      const e = Math.min(t.waits[k + 1], t.resolvedAt);
      if (e > s) hersteltijdMinutes -= dayjs(s).businessMinutesDiff(dayjs(e));
    }
  }
  return { clockStart: start.valueOf(), rawClockStart: raw.valueOf(), deadline: deadline.valueOf(), hersteltijdMinutes };
}
