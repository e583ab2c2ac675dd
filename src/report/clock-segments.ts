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
  waits: [number, number][];
  reopenGaps: [number, number][];
}

export function clockSegments(input: ClockInput, calendar: Calendar): Segment[] {
  const out: Segment[] = [];
  const push = (kind: SegmentKind, from: number, to: number) => {
    if (to <= from) return;
    const last = out[out.length - 1];
    if (last && last.kind === kind && last.to === from) last.to = to;
    else out.push({ kind, from, to });
  };
  const stops = [
    ...input.reopenGaps.map(([from, to]) => ({ kind: 'resolved' as const, from, to })),
    ...input.waits.map(([from, to]) => ({ kind: 'waiting' as const, from, to })),
  ].sort((a, b) => a.from - b.from);
  let cursor = input.registeredAt;
  for (const stop of stops) {
    const from = Math.max(stop.from, input.registeredAt);
    const to = Math.min(stop.to, input.end);
    if (to <= cursor) continue;
    clockPiece(input, calendar, cursor, Math.max(cursor, from), push);
    push(stop.kind, Math.max(cursor, from), to);
    cursor = to;
  }
  clockPiece(input, calendar, cursor, input.end, push);
  return out;
}

type Push = (kind: SegmentKind, from: number, to: number) => void;

/** A stretch without stops: not running before clock start, else running inside the dienstvenster (or always). */
function clockPiece(input: ClockInput, calendar: Calendar, from: number, to: number, push: Push): void {
  if (to <= from) return;
  const started = Math.max(from, Math.min(input.clockStart, to));
  push('outside', from, started);
  if (input.measure === 'kalender') push('running', started, to);
  else windowPieces(calendar, started, to, push);
}

/** Splits [from, to) into the dienstvenster (running) and the rest (outside), day by day. */
function windowPieces(calendar: Calendar, from: number, to: number, push: Push): void {
  let i = calendar.dayIndex(from);
  let at = from;
  while (at < to) {
    // dayIndex may grow the calendar's arrays: read them only after it.
    const open = calendar.openAt[i];
    const close = calendar.closeAt[i];
    const next = Math.min(calendar.dayStart[i + 1], to);
    push('outside', at, Math.min(Math.max(open, at), next));
    push('running', Math.max(open, at), Math.min(close, next));
    push('outside', Math.max(close, at), next);
    at = next;
    if (at < to) i = calendar.dayIndex(at);
  }
}
