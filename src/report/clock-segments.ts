// The clock of one ticket as segments from registration to its resolution
// (or the report moment): running, outside the dienstvenster (4.1, 4.4), waiting
// for the client (Hersteltijd, art. 1: not counted) or resolved until a reopen.
// Segments are half-open [from, to), in order, adjacent ones of a kind merged. Pure.
import type { Calendar } from '../engine/calendar.ts';
import type { SegmentKind } from './model.ts';

export type { SegmentKind };

export interface Segment {
  kind: SegmentKind;
  from: number;
  to: number;
}

export interface ClockInput {
  registeredAt: number;
  clockStart: number;
  /** Final resolution, or the report moment while open. */
  end: number;
  /** `kalender`: the clock runs at all times once started (weeks, months, releases). */
  measure: 'dienstvenster' | 'kalender';
  /** Waits for the client as flat pairs [from, to, from, to, ...] (the engine's form). */
  waits: readonly number[];
  /** Resolved until a reopen, as flat pairs like `waits`. */
  reopenGaps: readonly number[];
}

export function clockSegments(input: ClockInput, calendar: Calendar): Segment[] {
  const flat = clockSegmentsFlat(input, calendar, { kinds: [], bounds: [], count: 0 });
  return flat.kinds.slice(0, flat.count).map((kind, i) => ({ kind, from: flat.bounds[2 * i], to: flat.bounds[2 * i + 1] }));
}

/**
 * The segments in flat lists: the first `count` kinds, and their bounds [from, to, from, to, ...].
 * A caller that makes many rows passes the same lists each time (they are overwritten, not
 * grown anew), so that the clock of 150,000 storingen allocates nothing here.
 */
export interface FlatSegments {
  kinds: SegmentKind[];
  bounds: number[];
  count: number;
}

/** Writes the segments into `out` from its start and returns it. */
export function clockSegmentsFlat(input: ClockInput, calendar: Calendar, out: FlatSegments): FlatSegments {
  out.count = 0;
  const { waits, reopenGaps } = input;
  let cursor = input.registeredAt;
  if (waits.length > 0 || reopenGaps.length > 0) {
    const stops: Segment[] = [];
    for (let k = 0; k < reopenGaps.length; k += 2) stops.push({ kind: 'resolved', from: reopenGaps[k], to: reopenGaps[k + 1] });
    for (let k = 0; k < waits.length; k += 2) stops.push({ kind: 'waiting', from: waits[k], to: waits[k + 1] });
    stops.sort((a, b) => a.from - b.from);
    for (let k = 0; k < stops.length; k++) {
      const stop = stops[k];
      const from = Math.max(stop.from, input.registeredAt);
      const to = Math.min(stop.to, input.end);
      if (to <= cursor) continue;
      clockPiece(input, calendar, cursor, Math.max(cursor, from), out);
      push(out, stop.kind, Math.max(cursor, from), to);
      cursor = to;
    }
  }
  clockPiece(input, calendar, cursor, input.end, out);
  return out;
}

/** Appends [from, to) of a kind, joined to the last segment when it is of that kind and adjacent. */
function push(out: FlatSegments, kind: SegmentKind, from: number, to: number): void {
  if (to <= from) return;
  const n = out.count;
  if (n > 0 && out.kinds[n - 1] === kind && out.bounds[2 * n - 1] === from) out.bounds[2 * n - 1] = to;
  else {
    out.kinds[n] = kind;
    out.bounds[2 * n] = from;
    out.bounds[2 * n + 1] = to;
    out.count = n + 1;
  }
}

/** A stretch without stops: not running before clock start, else running inside the dienstvenster (or always). */
function clockPiece(input: ClockInput, calendar: Calendar, from: number, to: number, out: FlatSegments): void {
  if (to <= from) return;
  const started = Math.max(from, Math.min(input.clockStart, to));
  push(out, 'outside', from, started);
  if (input.measure === 'kalender') push(out, 'running', started, to);
  else windowPieces(calendar, started, to, out);
}

/** Splits [from, to) into the dienstvenster (running) and the rest (outside), day by day. */
function windowPieces(calendar: Calendar, from: number, to: number, out: FlatSegments): void {
  let i = calendar.dayIndex(from);
  let at = from;
  while (at < to) {
    // dayIndex may grow the calendar's arrays: read them only after it.
    const open = calendar.openAt[i];
    const close = calendar.closeAt[i];
    const next = Math.min(calendar.dayStart[i + 1], to);
    push(out, 'outside', at, Math.min(Math.max(open, at), next));
    push(out, 'running', Math.max(open, at), Math.min(close, next));
    push(out, 'outside', Math.max(close, at), next);
    at = next;
    if (at < to) i = calendar.dayIndex(at);
  }
}
