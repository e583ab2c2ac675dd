// The clock of one ticket: consumed time is a non-decreasing function of wall
// time that grows only while the clock runs (inside the dienstvenster, or at all
// times for calendar streeftijden) and never during a stop (a wait for the client,
// or the time between a resolution and a reopen). Every due moment is the first
// instant at which consumed time reaches a threshold.
import type { Calendar } from './calendar.ts';

/** What makes the clock run: dienstvenster time, or all wall time. */
export interface Measure {
  /** Running total of clock time up to an instant (any fixed origin). */
  total(ms: number): number;
  /** First instant at which the running total reaches `total`, at or after `fromMs`. */
  instantAt(total: number, fromMs: number): number;
}

export const wallTime: Measure = {
  total: (ms) => ms,
  instantAt: (total) => total,
};

export function windowTime(calendar: Calendar): Measure {
  return {
    total: (ms) => calendar.windowTotal(ms),
    instantAt: (total, fromMs) => calendar.instantAtWindowTotal(total, calendar.dayIndex(fromMs)),
  };
}

/**
 * Stops are a flat, sorted list of disjoint half-open intervals
 * [s0, e0, s1, e1, ...]: the clock does not run inside them.
 */
export type Stops = readonly number[];

/** Clock time consumed between `start` and `end`, stops excluded. */
export function consumed(m: Measure, stops: Stops, start: number, end: number): number {
  if (end <= start) return 0;
  let total = m.total(end) - m.total(start);
  for (let k = 0; k < stops.length; k += 2) {
    const s = stops[k] > start ? stops[k] : start;
    const e = stops[k + 1] < end ? stops[k + 1] : end;
    if (s >= end) break;
    if (e > s) total -= m.total(e) - m.total(s);
  }
  return total;
}

/** First instant at which consumed time since `start` reaches `amount` (stops extend it). */
export function instantAtConsumed(m: Measure, stops: Stops, start: number, amount: number): number {
  let target = m.total(start) + amount;
  for (let k = 0; k < stops.length; k += 2) {
    if (stops[k + 1] <= start) continue;
    const s = stops[k] > start ? stops[k] : start;
    const atStop = m.total(s);
    if (atStop >= target) break;
    target += m.total(stops[k + 1]) - atStop;
  }
  return m.instantAt(target, start);
}
