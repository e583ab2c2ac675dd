// The default report moment is the latest instant in the data. An instant the
// engine cannot judge (after the supported period) does not count: one typo in a
// year (9999) would otherwise move the report moment there and set every open
// ticket aside as outside the supported period.
import { SUPPORTED_YEARS } from '../engine/civil.ts';

/** First instant after the supported period, as the engine's calendar counts years (UTC). */
const AFTER_SUPPORTED = Date.UTC(SUPPORTED_YEARS.to + 1, 0, 1);

/** Whether `ms` can be a report moment: it lies before the end of the supported period. */
export function canBeReportMoment(ms: number): boolean {
  return ms < AFTER_SUPPORTED;
}

/** The later of the latest so far and `ms`, when `ms` can be a report moment. */
export function laterMoment(latest: number | null, ms: number): number | null {
  return canBeReportMoment(ms) && (latest === null || ms > latest) ? ms : latest;
}
