// A judged ticket as the reports show it: the `evaluate` record, plus what the
// pages group by and the clock's stops a timeline draws (waits for the client,
// resolution-to-reopen gaps) and the status updates given, all as known at asOf.
import type { Niveau } from '../contract/schema.ts';
import type { Evaluation } from '../engine/evaluate.ts';
import type { NiveauRemark } from '../engine/niveau.ts';
import { readTimeline } from '../engine/timeline.ts';
import { isoInZone, type Zone } from '../engine/zone.ts';
import type { TicketRecord } from '../ingest/canonical.ts';
import { toEvaluationRecord, type EvaluationRecord } from '../pipeline/evaluation-record.ts';
import { monthOf } from './month.ts';

export type TicketRow = EvaluationRecord & {
  clientName: string;
  registeredMonth: string;
  resolvedMonth: string | null;
  /** Waits for the client, [start, end) as ISO; a wait still running ends at asOf. */
  waits: [string, string][];
  /** From a resolution to the reopen after it, [resolved, reopened) as ISO. */
  reopenGaps: [string, string][];
  /** Status updates given (4.6), as ISO. */
  statusUpdates: string[];
  /** For each status update given: on time on the clock (4.6), or null when there is no streeftijd. */
  statusUpdatesOnTime: (boolean | null)[];
  /** Niveau changes a report names (4.7), as ISO: after the first resolution, or lowered after the deadline passed. */
  niveauRemarks: { kind: NiveauRemark['kind']; at: string; from: Niveau | null; to: Niveau }[];
};

/**
 * V8 keeps a concatenated string as a tree of its pieces (a "cons string"), about
 * 0.2-0.5 kB for one ISO timestamp; reading it as a number flattens it in place.
 * 150,000 rows of a dozen timestamps each otherwise hold several hundred MB.
 */
function flat<T>(value: T): T {
  if (typeof value === 'string') (value as unknown as number) | 0;
  return value;
}

const timestampFields = ['registeredAt', 'clockStart', 'deadline', 'marginDeadline', 'statusUpdateDue', 'atRiskAt', 'resolvedAt', 'firstResolvedAt', 'waitingSince', 'asOf'] as const;

export function toTicketRow(e: Evaluation, record: TicketRecord, asOf: number, z: Zone): TicketRow {
  const t = e.ticket;
  const iso = (ms: number) => flat(isoInZone(ms, z));
  const waits: [string, string][] = [];
  if (t.events.some((ev) => ev.kind === 'waiting_start')) {
    const timeline = readTimeline(t, asOf);
    if (!('problem' in timeline)) {
      for (let k = 0; k < timeline.waitIntervals.length; k += 2) waits.push([iso(timeline.waitIntervals[k]), iso(timeline.waitIntervals[k + 1])]);
    }
  }
  const reopenGaps: [string, string][] = [];
  const statusUpdates: string[] = [];
  const statusUpdatesOnTime: (boolean | null)[] = [];
  const lateFrom = e.statusUpdateLateFrom;
  let resolvedSince: number | null = null;
  for (const ev of t.events) {
    if (ev.at > asOf) break;
    if (ev.kind === 'status_update') {
      statusUpdates.push(iso(ev.at));
      statusUpdatesOnTime.push(lateFrom === null ? null : ev.at < lateFrom);
    }
    else if (ev.kind === 'resolved') resolvedSince ??= ev.at;
    else if (ev.kind === 'reopened' && resolvedSince !== null) {
      reopenGaps.push([iso(resolvedSince), iso(ev.at)]);
      resolvedSince = null;
    }
  }
  const row = toEvaluationRecord(e, record, asOf, z);
  for (const key of timestampFields) flat(row[key]);
  // Added in place (not spread into a new object): every row keeps one compact shape.
  return Object.assign(row, {
    clientName: t.clientName,
    registeredMonth: monthOf(t.registeredAt, z),
    resolvedMonth: e.resolvedAt === null ? null : monthOf(e.resolvedAt, z),
    waits,
    reopenGaps,
    statusUpdates,
    statusUpdatesOnTime,
    niveauRemarks: e.niveauRemarks.map((r) => ({ kind: r.kind, at: iso(r.at), from: r.from, to: r.to })),
  });
}
