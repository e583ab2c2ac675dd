// A judged ticket as every report shows it (model.ts TicketRow): the engine's
// evaluation with instants in the contract's zone, durations in whole minutes,
// how late a breach was, and its clock as segments and dated moments. Pure.
import type { Calendar } from '../engine/calendar.ts';
import type { Evaluation } from '../engine/evaluate.ts';
import { niveauFlags } from '../engine/niveau.ts';
import type { Zone } from '../engine/zone.ts';
import { clockSegmentsFlat, type FlatSegments } from './clock-segments.ts';
import { instant, instantOrNull } from './instant.ts';
import type { ClockMoment, ClockSegment, Minutes, TicketRow } from './model.ts';

const MINUTE_MS = 60_000;
/** Shared by the rows without niveau changes; never written to. */
const NO_CHANGES: TicketRow['niveauChanges'] = [];

/** Whole minutes, rounded up: a begun minute counts. */
export function minutes(ms: number): Minutes;
export function minutes(ms: number | null): Minutes | null;
export function minutes(ms: number | null): Minutes | null {
  return ms === null ? null : (Math.ceil(ms / MINUTE_MS) as Minutes);
}

/** The flag that marks a ticket's figures as approximate (see pipeline/wait-total.ts). */
export const APPROXIMATE = 'approximate';

export interface RowContext {
  zone: Zone;
  asOf: number;
  /** The calendar of the contract version a ticket was judged by. */
  calendarOf(contractVersion: string): Calendar;
}

export function toTicketRow(e: Evaluation, recordFlags: readonly string[], ctx: RowContext): TicketRow {
  const t = e.ticket;
  const z = ctx.zone;
  const registeredAt = instant(t.registeredAt, z);
  const resolvedAt = instantOrNull(e.resolvedAt, z);
  const hersteltijdMinutes = minutes(e.hersteltijdMs);
  const targetMinutes = minutes(e.targetMs);
  const marginMinutes = minutes(e.marginMs);
  const limit = marginMinutes ?? targetMinutes;
  const row: TicketRow = {
    id: t.id,
    clientId: t.clientId,
    clientName: t.clientName,
    product: t.product,
    type: t.type,
    priority: t.niveau,
    reportedPriority: t.reportedNiveau,
    judgedPriority: e.niveau,
    channel: t.channel,
    contractVersion: e.contractVersion,
    streeftijd: e.streeftijd?.label ?? null,
    measure: e.measure,
    registeredMonth: registeredAt.slice(0, 7),
    resolvedMonth: resolvedAt === null ? null : resolvedAt.slice(0, 7),
    registeredAt,
    clockStart: instant(e.clockStart, z),
    deadline: instantOrNull(e.deadline, z),
    marginDeadline: instantOrNull(e.marginDeadline, z),
    statusUpdateDue: instantOrNull(e.statusUpdateDue, z),
    atRiskAt: instantOrNull(e.atRiskAt, z),
    resolvedAt,
    firstResolvedAt: instantOrNull(e.firstResolvedAt, z),
    waitingSince: instantOrNull(e.waitingSince, z),
    clientReportDue: instantOrNull(e.clientReportDue, z),
    asOf: instant(ctx.asOf, z),
    targetMinutes,
    marginMinutes,
    hersteltijdMinutes,
    firstHersteltijdMinutes: minutes(e.firstHersteltijdMs),
    consumedMinutes: minutes(e.consumedMs),
    remainingMinutes: minutes(e.remainingMs),
    waitingMinutes: minutes(e.waitingMs),
    // How late: the consumed time past the moment it became breached, the streeftijd or, for
    // "1 à 2 maanden", the end of the margin (4.6): resolved a minute after two months is a minute late.
    minutesLate:
      limit === null ? null
      : e.status === 'breached' && hersteltijdMinutes !== null ? ((hersteltijdMinutes - limit) as Minutes)
      : e.status === 'open-breached' ? ((minutes(e.consumedMs) - limit) as Minutes)
      : null,
    untilLateMinutes: e.status === 'open' && limit !== null ? minutes((e.marginMs ?? e.targetMs)! - e.consumedMs) : null,
    reopenCount: e.reopenCount,
    status: e.status,
    // Resolved: met inside the margin (4.6); open: past the streeftijd and not past the margin, so far.
    withinMargin: e.withinMargin ?? (e.resolvedAt === null && e.marginMs !== null && e.targetMs !== null ? e.status === 'open' && e.consumedMs > e.targetMs : null),
    statusUpdateMet: e.statusUpdateMet,
    atRisk: e.atRisk,
    sameDay: e.sameDay,
    overWeek: e.overWeek,
    clientReportMet: e.clientReportMet,
    note: e.note,
    flags: e.niveauRemarks.length ? [...recordFlags, ...niveauFlags(e.niveauRemarks)] : (recordFlags as string[]),
    approximate: recordFlags.includes(APPROXIMATE),
    niveauChanges: e.niveauRemarks.length === 0 ? NO_CHANGES : e.niveauRemarks.map((r) => ({ kind: r.kind, at: instant(r.at, z), from: r.from, to: r.to })),
    segments: segmentsOf(e, ctx),
    moments: [],
  };
  row.moments = momentsOf(e, row, z, ctx.asOf);
  return row;
}

/** The lists clockSegmentsFlat writes into, for one row after another. */
const scratch: FlatSegments = { kinds: [], bounds: [], count: 0 };

function segmentsOf(e: Evaluation, ctx: RowContext): ClockSegment[] {
  const { kinds, bounds, count } = clockSegmentsFlat(
    { registeredAt: e.ticket.registeredAt, clockStart: e.clockStart, end: e.resolvedAt ?? ctx.asOf, measure: e.measure, waits: e.waitIntervals, reopenGaps: e.reopenGaps },
    ctx.calendarOf(e.contractVersion),
    scratch,
  );
  const out: ClockSegment[] = new Array(count);
  for (let i = 0; i < count; i++) out[i] = { kind: kinds[i], from: instant(bounds[2 * i], ctx.zone), to: instant(bounds[2 * i + 1], ctx.zone) };
  return out;
}

/**
 * The clock's moments in time order: registration, clock start, every wait for the client,
 * the status-update moment and the updates given (on time on the clock, 4.6), the report to
 * the client due (4.6), the deadline and the margin's end, resolutions and reopens, and the
 * report moment while open. Equal instants keep the order they are listed in here.
 */
function momentsOf(e: Evaluation, row: TicketRow, z: Zone, asOf: number): ClockMoment[] {
  const t = e.ticket;
  // The moments and, alongside, their epoch ms to sort by, written into lists kept from row to row
  // (a plain helper, not a closure: rows are many); the row gets a copy of exactly its moments.
  const m = moments;
  m.count = 0;
  push(m, t.registeredAt, { kind: 'registered', at: row.registeredAt, channel: t.channel });
  push(m, e.clockStart, { kind: 'clock-start', at: row.clockStart, later: e.clockStart > t.registeredAt });
  const waits = e.waitIntervals;
  for (let k = 0; k < waits.length; k += 2) {
    push(m, waits[k], { kind: 'wait-start', at: instant(waits[k], z) });
    const stillWaiting = e.waitingSince !== null && e.resolvedAt === null && k === waits.length - 2;
    push(m, waits[k + 1], { kind: stillWaiting ? 'waiting-at-as-of' : 'wait-end', at: instant(waits[k + 1], z) });
  }
  if (e.statusUpdateDue !== null) push(m, e.statusUpdateDue, { kind: 'status-update-due', at: row.statusUpdateDue! });
  const lateFrom = e.statusUpdateLateFrom;
  for (let k = 0; k < e.statusUpdates.length; k++) {
    const u = e.statusUpdates[k];
    push(m, u, { kind: 'status-update', at: instant(u, z), onTime: lateFrom === null ? null : u < lateFrom });
  }
  if (e.clientReportDue !== null) push(m, e.clientReportDue, { kind: 'client-report-due', at: row.clientReportDue! });
  if (e.deadline !== null) push(m, e.deadline, { kind: 'deadline', at: row.deadline!, streeftijd: row.streeftijd });
  if (e.marginDeadline !== null) push(m, e.marginDeadline, { kind: 'margin-end', at: row.marginDeadline!, streeftijd: row.streeftijd });
  const gaps = e.reopenGaps;
  for (let k = 0; k < gaps.length; k += 2) {
    push(m, gaps[k], { kind: 'resolved-before-reopen', at: instant(gaps[k], z) });
    push(m, gaps[k + 1], { kind: 'reopened', at: instant(gaps[k + 1], z) });
  }
  if (e.resolvedAt === null) push(m, asOf, { kind: 'open-at-as-of', at: row.asOf });
  else push(m, e.resolvedAt, { kind: 'resolved', at: row.resolvedAt! });
  // A stable insertion sort on a handful of moments, mostly in order already.
  const { list, at, count } = m;
  for (let i = 1; i < count; i++) {
    const moment = list[i];
    const ms = at[i];
    let j = i - 1;
    while (j >= 0 && at[j] > ms) {
      list[j + 1] = list[j];
      at[j + 1] = at[j];
      j--;
    }
    list[j + 1] = moment;
    at[j + 1] = ms;
  }
  return list.slice(0, count);
}

/** The moments being gathered for one row, and their epoch ms. */
interface MomentList {
  list: ClockMoment[];
  at: number[];
  count: number;
}

const moments: MomentList = { list: [], at: [], count: 0 };

function push(m: MomentList, ms: number, moment: ClockMoment): void {
  m.list[m.count] = moment;
  m.at[m.count] = ms;
  m.count++;
}
