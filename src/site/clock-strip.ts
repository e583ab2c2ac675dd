// A ticket's clock drawn as an SVG strip: the model's clock segments (see
// src/report/clock-segments.ts) scaled to a fixed width (pieces narrower than the drawing merged), and the
// moments that matter (clock start, status update due, report to the client due,
// deadline, updates, resolution), over a time axis ticked at Amsterdam midnights.
import type { Instant, SegmentKind, TicketRow } from '../report/model.ts';
import { civilFromDays, isoDate } from '../engine/civil.ts';
import { zone } from '../engine/zone.ts';

export const STRIP_WIDTH = 720;

export interface StripMark {
  kind: 'clock-start' | 'status-update-due' | 'client-report-due' | 'deadline' | 'status-update' | 'resolved' | 'as-of';
  x: number;
  at: string;
}

export interface ClockStrip {
  from: number;
  to: number;
  /** The strip from registration to resolution (or asOf), drawn as "outside"; the other kinds on top. */
  outside: { x: number; width: number };
  /** One SVG path per kind of segment other than "outside". */
  paths: { kind: SegmentKind; d: string }[];
  marks: StripMark[];
  /** The time axis: local midnights (YYYY-MM-DD) inside the strip, at most MAX_TICKS, every 1, 2, 7, ... days. */
  ticks: { x: number; day: string }[];
}

const DAY_MS = 86_400_000;
const MAX_TICKS = 8;
/** Tick steps in days; weekly and longer steps start on a Monday. */
const STEPS = [1, 2, 3, 7, 14, 28, 56, 91, 182, 364];

const ms = (at: Instant) => Date.parse(at);

export function clockStrip(row: TicketRow): ClockStrip {
  const from = ms(row.registeredAt);
  const end = ms(row.resolvedAt ?? row.asOf);
  const deadline = row.deadline === null ? null : ms(row.deadline);
  const reportDue = row.clientReportDue === null ? null : ms(row.clientReportDue);
  const to = Math.max(end, deadline ?? end, reportDue ?? end, from + 60_000);
  const x = (t: number) => Math.round(((t - from) / (to - from)) * STRIP_WIDTH * 10) / 10;
  const segments = row.segments.map((s) => ({ kind: s.kind, from: ms(s.from), to: ms(s.to) }));
  const rects = new Map<SegmentKind, string[]>();
  let last: { kind: SegmentKind; x1: number } | null = null;
  const pieces: { kind: SegmentKind; x0: number; x1: number }[] = [];
  for (const s of segments) {
    const x0 = Math.max(x(s.from), last?.x1 ?? 0);
    const x1 = x(s.to);
    if (x1 <= x0) continue;
    const prev = pieces[pieces.length - 1];
    if (prev && prev.kind === s.kind && prev.x1 >= x0) prev.x1 = x1;
    else pieces.push({ kind: s.kind, x0, x1 });
    last = { kind: s.kind, x1 };
  }
  for (const p of pieces) {
    if (p.kind === 'outside') continue;
    const list = rects.get(p.kind) ?? [];
    list.push(`M${p.x0} 14h${Math.round((p.x1 - p.x0) * 10) / 10}v20h-${Math.round((p.x1 - p.x0) * 10) / 10}z`);
    rects.set(p.kind, list);
  }
  return { from, to, outside: { x: 0, width: x(end) }, paths: [...rects].map(([kind, d]) => ({ kind, d: d.join('') })), marks: marksOf(row, x), ticks: ticksOf(from, to, x) };
}

function marksOf(row: TicketRow, x: (t: number) => number): StripMark[] {
  const marks: StripMark[] = [];
  const add = (kind: StripMark['kind'], at: Instant | null) => {
    if (at !== null) marks.push({ kind, x: x(ms(at)), at });
  };
  add('clock-start', row.clockStart);
  add('status-update-due', row.statusUpdateDue);
  // 4.6: the report to the client, for an incident not resolved on its melding day.
  add('client-report-due', row.clientReportDue);
  add('deadline', row.deadline);
  for (const m of row.moments) if (m.kind === 'status-update') add('status-update', m.at);
  if (row.firstResolvedAt !== row.resolvedAt) add('resolved', row.firstResolvedAt);
  add('resolved', row.resolvedAt);
  if (row.resolvedAt === null) add('as-of', row.asOf);
  return marks;
}

/** Amsterdam midnights between `from` and `to` (epoch ms), spaced so no more than MAX_TICKS fit. */
function ticksOf(from: number, to: number, x: (t: number) => number): ClockStrip['ticks'] {
  const step = STEPS.find((s) => (to - from) / (s * DAY_MS) <= MAX_TICKS) ?? STEPS[STEPS.length - 1];
  const amsterdam = zone('Europe/Amsterdam');
  let day = Math.floor((from + amsterdam.offsetMs(from)) / DAY_MS) + 1;
  // 1970-01-01 was a Thursday: day numbers with (day + 3) % 7 === 0 are Mondays.
  if (step >= 7) day += (7 - ((day + 3) % 7)) % 7;
  const ticks: ClockStrip['ticks'] = [];
  for (; ; day += step) {
    const at = midnight(day);
    if (at >= to) return ticks;
    ticks.push({ x: x(at), day: isoDate(day) });
  }
}

// Every ticket's axis asks for the same few hundred days: each midnight is worked out once.
const midnights = new Map<number, number>();

/** The instant Amsterdam's local day `day` (days since 1970-01-01) begins; midnight always exists there. */
function midnight(day: number): number {
  let at = midnights.get(day);
  if (at === undefined) {
    const { year, month, day: date } = civilFromDays(day);
    const local = zone('Europe/Amsterdam').resolveLocal(Date.UTC(year, month - 1, date));
    midnights.set(day, (at = local.kind === 'nonexistent' ? Date.UTC(year, month - 1, date) : local.instantMs));
  }
  return at;
}
