// A ticket's events read as of a moment: the stops of its clock (waits for the
// client, and resolution-to-reopen gaps), first and final resolution, the first
// status update. Inconsistent histories are reported with a reason code.
import type { Ticket } from './ticket.ts';

export type HistoryProblem =
  | 'resolved-before-registered'
  | 'event-before-registration'
  | 'overlapping-waits'
  | 'wait-end-without-start'
  | 'wait-never-ends'
  | 'reopened-while-open'
  | 'resolved-twice'
  | 'resolution-mismatch'
  | 'wait-while-resolved'
  | 'niveau-mismatch';

export interface History {
  /** Flat sorted disjoint [start, end) pairs during which the clock stops. */
  stops: number[];
  /** Client-wait milliseconds only (excluding resolution gaps), for reporting. */
  waitIntervals: number[];
  /** Flat [resolved, reopened) pairs: from a resolution to the reopen after it. */
  reopenGaps: number[];
  /** Every status update given (4.6), in order. */
  statusUpdates: number[];
  firstResolvedAt: number | null;
  /** Final resolution as of the moment; null when open then. */
  resolvedAt: number | null;
  reopenCount: number;
  firstStatusUpdateAt: number | null;
  lastNiveauChangeAt: number | null;
  /** Start of a wait still running at the as-of moment (open tickets only). */
  waitingSince: number | null;
}

/**
 * Reads the ticket's history as of `asOf` (events after it are not yet known).
 * The whole history is checked first, so a ticket is judged the same way at any moment.
 */
export function readHistory(ticket: Ticket, asOf: number): History | HistoryError {
  const events = ticket.events;
  const known = (events.length === 0 || events[events.length - 1].at <= asOf) && (ticket.resolvedAt === null || ticket.resolvedAt <= asOf);
  // When everything happened by asOf, one pass both checks the history and reads it.
  if (known) return walk(ticket, asOf, true);
  const full = walk(ticket, Infinity, true);
  return 'problem' in full ? full : walk(ticket, asOf, false);
}

export interface HistoryError {
  problem: HistoryProblem;
  at?: number;
}

function walk(ticket: Ticket, asOf: number, checkAll: boolean): History | HistoryError {
  const { registeredAt } = ticket;
  const finalAt = ticket.resolvedAt;
  if (finalAt !== null && finalAt < registeredAt) return { problem: 'resolved-before-registered' };
  const waits: number[] = [];
  const gaps: number[] = [];
  let waitingSince: number | null = null;
  let resolvedSince: number | null = null;
  let firstResolvedAt: number | null = null;
  let lastReopenAt: number | null = null;
  let reopenCount = 0;
  let firstStatusUpdateAt: number | null = null;
  let statusUpdates: number[] = NONE;
  let lastNiveauChangeAt: number | null = null;
  let lastNiveauValue: string | null = null;

  for (const e of ticket.events) {
    if (e.at > asOf) break;
    if (e.at < registeredAt) return { problem: 'event-before-registration', at: e.at };
    switch (e.kind) {
      case 'waiting_start':
        if (waitingSince !== null) return { problem: 'overlapping-waits', at: e.at };
        if (resolvedSince !== null) return { problem: 'wait-while-resolved', at: e.at };
        waitingSince = e.at;
        break;
      case 'waiting_end':
        if (waitingSince === null) return { problem: 'wait-end-without-start', at: e.at };
        waits.push(waitingSince, e.at);
        waitingSince = null;
        break;
      case 'resolved':
        if (resolvedSince === e.at) break;
        if (resolvedSince !== null) return { problem: 'resolved-twice', at: e.at };
        // Art. 1: a wait for the client must have ended by a resolution, also one later reopened.
        if (waitingSince !== null) return { problem: 'wait-never-ends', at: waitingSince };
        resolvedSince = e.at;
        firstResolvedAt ??= e.at;
        break;
      case 'reopened':
        if (resolvedSince === null) return { problem: 'reopened-while-open', at: e.at };
        gaps.push(resolvedSince, e.at);
        resolvedSince = null;
        lastReopenAt = e.at;
        reopenCount++;
        break;
      case 'status_update':
        firstStatusUpdateAt ??= e.at;
        if (statusUpdates === NONE) statusUpdates = [];
        statusUpdates.push(e.at);
        break;
      case 'priority_change':
        // 4.7: the Leverancier sets the final niveau while handling; a change after the
        // first resolution does not move the clock.
        if (firstResolvedAt === null && (finalAt === null || e.at < finalAt)) lastNiveauChangeAt = e.at;
        lastNiveauValue = e.value;
        break;
      default:
        break;
    }
  }

  // The tickets file's niveau is the final one: the last niveau change must agree with it.
  if (checkAll && lastNiveauValue !== null && lastNiveauValue !== String(ticket.niveau)) return { problem: 'niveau-mismatch' };
  // The tickets file's resolution is the final one; the events may or may not repeat it.
  if (checkAll) {
    const consistent =
      finalAt === null
        ? resolvedSince === null
        : resolvedSince === null
          ? lastReopenAt === null || finalAt >= lastReopenAt
          : resolvedSince === finalAt;
    if (!consistent) return { problem: 'resolution-mismatch', at: resolvedSince ?? finalAt ?? undefined };
  }
  if (finalAt !== null && finalAt <= asOf) {
    resolvedSince = finalAt;
    firstResolvedAt ??= finalAt;
  }
  const resolvedAt = resolvedSince;
  if (checkAll && resolvedAt !== null) {
    // A wait for the client must end by the resolution (a wait recorded as ending later never ended before it).
    for (let k = 0; k < waits.length; k += 2) {
      if (waits[k] < resolvedAt && waits[k + 1] > resolvedAt) return { problem: 'wait-never-ends', at: waits[k] };
    }
  }
  if (waitingSince !== null) {
    if (checkAll && resolvedAt !== null && waitingSince < resolvedAt) return { problem: 'wait-never-ends', at: waitingSince };
    if (resolvedAt === null && asOf !== Infinity) waits.push(waitingSince, asOf);
  }
  return {
    stops: mergeIntervals(waits, gaps),
    waitIntervals: waits,
    reopenGaps: gaps,
    statusUpdates,
    firstResolvedAt,
    resolvedAt,
    reopenCount,
    firstStatusUpdateAt,
    lastNiveauChangeAt,
    waitingSince: resolvedAt === null ? waitingSince : null,
  };
}

/** Shared by the many tickets without status updates; never written to. */
const NONE: number[] = [];

/** Union of two sorted flat interval lists, as one sorted disjoint list. */
function mergeIntervals(a: number[], b: number[]): number[] {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  const pairs: [number, number][] = [];
  for (let k = 0; k < a.length; k += 2) pairs.push([a[k], a[k + 1]]);
  for (let k = 0; k < b.length; k += 2) pairs.push([b[k], b[k + 1]]);
  pairs.sort((x, y) => x[0] - y[0]);
  const out: number[] = [];
  for (const [s, e] of pairs) {
    if (out.length && s <= out[out.length - 1]) out[out.length - 1] = Math.max(out[out.length - 1], e);
    else out.push(s, e);
  }
  return out;
}
