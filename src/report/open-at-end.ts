// What was open at a month's end, read from each storing's judged clock: no new
// judgement. A storing is open at a moment T when it was registered by T and not
// in a resolved state then (its final resolution at or before T, or a resolution
// at or before T that was reopened after it). Its consumed time at T is measured on
// its clock with the stops it has (a wait running at T stops the clock up to T
// either way). Its deadline is the one known then: the stops up to T, a wait
// running at T ending there. Its niveau and streeftijd are those it is judged by
// (4.7: the niveau in force at its first resolution), as in every other figure.
import { consumed, instantAtConsumed, wallTime, type Measure } from '../engine/clock.ts';
import type { Evaluation } from '../engine/evaluate.ts';
import type { Zone } from '../engine/zone.ts';
import { instantOrNull } from './instant.ts';
import type { Minutes, OpenAtEnd, StoringKind } from './model.ts';
import { minutes } from './ticket-row.ts';

/** Whether the storing was open at `end` (epoch ms; events at `end` count as happened). */
export function openAt(e: Evaluation, end: number): boolean {
  if (e.ticket.registeredAt > end) return false;
  if (e.resolvedAt !== null && e.resolvedAt <= end) return false;
  const gaps = e.reopenGaps;
  for (let k = 0; k < gaps.length; k += 2) if (gaps[k] <= end && end < gaps[k + 1]) return false;
  return true;
}

/** The storing as it stood at `end`, measured on its clock; call only when openAt(e, end). */
export function openRowAt(e: Evaluation, end: number, windowMeasure: Measure, zone: Zone): OpenAtEnd {
  const measure = e.measure === 'kalender' ? wallTime : windowMeasure;
  const consumedMs = consumed(measure, e.stops, e.clockStart, end);
  const limitMs = e.marginMs ?? e.targetMs;
  const breached = limitMs !== null && consumedMs > limitMs;
  const withinMargin = e.marginMs === null || e.targetMs === null ? null : consumedMs > e.targetMs && !breached;
  return {
    id: e.ticket.id,
    clientId: e.ticket.clientId,
    product: e.ticket.product,
    type: e.ticket.type as StoringKind,
    niveau: e.niveau,
    measure: e.measure,
    deadline: instantOrNull(dueKnownAt(e, end, measure, e.targetMs, e.deadline), zone),
    marginDeadline: instantOrNull(dueKnownAt(e, end, measure, e.marginMs, e.marginDeadline), zone),
    consumedMinutes: minutes(consumedMs),
    remainingMinutes: e.targetMs === null ? null : minutes(Math.max(0, e.targetMs - consumedMs)),
    untilLateMinutes: limitMs === null || breached ? null : minutes(limitMs - consumedMs),
    minutesLate: breached ? ((minutes(consumedMs) - minutes(limitMs!)) as Minutes) : null,
    status: breached ? 'open-breached' : 'open',
    withinMargin,
    // At risk from the first instant three quarters (atRiskFraction) of the streeftijd were consumed, until breached.
    atRisk: e.atRiskAt === null ? null : end >= e.atRiskAt && !breached,
  };
}

/**
 * The moment `amountMs` of clock time is consumed (the deadline for the streeftijd, the margin's end
 * for its margin), as known at `end`: later stops were not known then, and a stop running at `end`
 * ends there. `finalDue` is that moment as judged with every stop.
 */
function dueKnownAt(e: Evaluation, end: number, measure: Measure, amountMs: number | null, finalDue: number | null): number | null {
  if (amountMs === null) return null;
  const stops = e.stops;
  if (stops.length === 0 || stops[stops.length - 1] <= end) return finalDue;
  const known: number[] = [];
  for (let k = 0; k < stops.length && stops[k] < end; k += 2) known.push(stops[k], Math.min(stops[k + 1], end));
  return instantAtConsumed(measure, known, e.clockStart, amountMs);
}
