// The `evaluate` output contract: one flat record per judged ticket, instants as
// ISO 8601 with offset, durations in whole minutes. Extend it; never rename or reshape.
import type { Evaluation } from '../engine/evaluate.ts';
import { niveauFlags } from '../engine/niveau.ts';
import { isoInZone, zone, type Zone } from '../engine/zone.ts';
import type { TicketRecord } from '../ingest/canonical.ts';
import type { JudgedData } from './judge-data.ts';
import { APPROXIMATE, minutes } from '../report/ticket-row.ts';

export const EVALUATION_FIELDS = [
  'id', 'clientId', 'product', 'type', 'priority', 'reportedPriority', 'channel', 'contractVersion', 'streeftijd', 'measure',
  'registeredAt', 'clockStart', 'deadline', 'marginDeadline', 'statusUpdateDue', 'atRiskAt', 'resolvedAt', 'firstResolvedAt',
  'targetMinutes', 'hersteltijdMinutes', 'firstHersteltijdMinutes', 'consumedMinutes', 'remainingMinutes', 'waitingMinutes',
  'reopenCount', 'status', 'withinMargin', 'statusUpdateMet', 'atRisk', 'waitingSince', 'note', 'flags', 'asOf',
  // Added after the first version (fields are only ever appended):
  'approximate',
  // 4.6 for incidents (null where it does not apply): resolved on the melding day, hersteltijd
  // over a week, and the report to the client when not resolved that day.
  'sameDay', 'overWeek', 'clientReportDue', 'clientReportMet',
  'judgedPriority', 'marginMinutes',
] as const;

export type EvaluationRecord = Record<(typeof EVALUATION_FIELDS)[number], string | number | boolean | null | string[]>;


export function toEvaluationRecord(e: Evaluation, record: TicketRecord, asOf: number, z: Zone): EvaluationRecord {
  const iso = (ms: number | null) => (ms === null ? null : isoInZone(ms, z));
  const t = e.ticket;
  return {
    id: t.id,
    clientId: t.clientId,
    product: t.product,
    type: t.type,
    priority: t.niveau,
    reportedPriority: t.reportedNiveau,
    channel: t.channel,
    contractVersion: e.contractVersion,
    streeftijd: e.streeftijd?.label ?? null,
    measure: e.measure,
    registeredAt: iso(t.registeredAt),
    clockStart: iso(e.clockStart),
    deadline: iso(e.deadline),
    marginDeadline: iso(e.marginDeadline),
    statusUpdateDue: iso(e.statusUpdateDue),
    atRiskAt: iso(e.atRiskAt),
    resolvedAt: iso(e.resolvedAt),
    firstResolvedAt: iso(e.firstResolvedAt),
    targetMinutes: minutes(e.targetMs),
    hersteltijdMinutes: minutes(e.hersteltijdMs),
    firstHersteltijdMinutes: minutes(e.firstHersteltijdMs),
    consumedMinutes: minutes(e.consumedMs),
    remainingMinutes: minutes(e.remainingMs),
    waitingMinutes: minutes(e.waitingMs),
    reopenCount: e.reopenCount,
    status: e.status,
    withinMargin: e.withinMargin,
    statusUpdateMet: e.statusUpdateMet,
    atRisk: e.atRisk,
    waitingSince: iso(e.waitingSince),
    note: e.note,
    flags: e.niveauRemarks.length ? [...record.flags, ...niveauFlags(e.niveauRemarks)] : record.flags,
    asOf: iso(asOf),
    approximate: record.flags.includes(APPROXIMATE),
    sameDay: e.sameDay,
    overWeek: e.overWeek,
    clientReportDue: iso(e.clientReportDue),
    clientReportMet: e.clientReportMet,
    judgedPriority: e.niveau,
    marginMinutes: minutes(e.marginMs),
  };
}

/** Every judged ticket's record, in the order judged: what `evaluate` prints and the build writes to beoordelingen.json. */
export function* evaluationRecords(data: Pick<JudgedData, 'judged' | 'asOf' | 'slaSources'>): Generator<EvaluationRecord> {
  const z = zone(data.slaSources[0].frontmatter.timeZone);
  for (const { evaluation, record } of data.judged) yield toEvaluationRecord(evaluation, record, data.asOf, z);
}

/**
 * A text cell a spreadsheet would run as a formula (it starts with = + - @, a tab or a carriage
 * return) gets a leading apostrophe and quotes, as OWASP's advice on CSV injection says. Only
 * text: numbers (a negative remainingMinutes), booleans and ISO instants (they start with the
 * year) are written as they are. In practice this can touch the cells that come from input
 * files or the SLA: id, clientId, contractVersion, streeftijd and flags.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

function csvCell(v: EvaluationRecord[keyof EvaluationRecord]): string {
  if (v === null) return '';
  const s = Array.isArray(v) ? v.join(' ') : String(v);
  if (typeof v !== 'number' && typeof v !== 'boolean' && FORMULA_START.test(s)) return `"'${s.replace(/"/g, '""')}"`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsvLine(r: EvaluationRecord): string {
  return EVALUATION_FIELDS.map((f) => csvCell(r[f])).join(',');
}
