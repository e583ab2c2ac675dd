// Reads the canonical tickets.csv and events.csv into engine tickets. Every row
// ends in exactly one place: a ticket (or one of its events), or a set-aside record.
import { basename } from 'node:path';
import { niveaus, productIds, ticketTypes, type Niveau } from '../contract/schema.ts';
import type { Zone } from '../engine/zone.ts';
import { CHANGE_DECISIONS, channels, eventKinds, type Channel, type EventKind, type Ticket, type TicketEvent } from '../engine/ticket.ts';
import { streamCsv, type CsvRow } from './csv.ts';
import type { Encoding } from './dialect.ts';
import { DataError } from './data-error.ts';
import { RowError, requireVisibleId, setAsideRecord, isUnsafeId } from './row-error.ts';
import { nfc } from './look-alike.ts';
import { visibleName } from './visible.ts';
import { laterMoment } from './report-moment.ts';
import { reasonText, type SetAsideRecord } from './set-aside.ts';
import { cleanSubject } from './subject.ts';
import { AMBIGUOUS_LOCAL_TIME, parseTimestamp } from './timestamp.ts';

export const TICKET_COLUMNS = ['id', 'client_id', 'client_name', 'product', 'type', 'reported_priority', 'priority', 'channel', 'registered_at', 'resolved_at', 'version'] as const;
export const EVENT_COLUMNS = ['ticket_id', 'at', 'event', 'value'] as const;

/** A ticket with where it came from and remarks on its data. */
export interface TicketRecord {
  ticket: Ticket;
  file: string;
  line: number;
  /** Line of each event in `ticket.events` (same order). */
  eventLines: number[];
  eventsFile: string | null;
  flags: string[];
  /** Last change of the ticket as its source says it (decides duplicates); absent when the source has none. */
  updatedAt?: number | null;
  /** Total minutes waited for the client, from an export without wait intervals. */
  waitTotalMinutes?: number | null;
  /** Reopens counted by an export that does not say when they happened. */
  reopens?: number | null;
  /**
   * The ticket's subject, cleaned (ingest/subject.ts): set only when its source was asked to
   * read one (a mapping's `subject` field, or tickets.csv's `subject` column with --subjects).
   * Only the client's own reports show it (report/subjects.ts).
   */
  subject?: string;
  /** The subject's length in characters before it was cut, when it was. */
  subjectCutFrom?: number;
  /** Wall-clock minutes of the waits for the client in a helpdesk's status history (set only for a ticket read from one). */
  historyWaitMinutes?: number;
}

export interface CanonicalData {
  records: TicketRecord[];
  setAside: SetAsideRecord[];
  ticketRows: number;
  eventRows: number;
  /** Event rows that belong to a ticket row that was itself set aside. */
  eventRowsOfSetAsideTickets: number;
  /** Latest instant anywhere in the data: the default report moment. */
  latestInstant: number | null;
  /** The encoding tickets.csv was read in (Windows-1252 when a chunk after the first 64 KB turned out to be). */
  ticketsEncoding: Encoding;
  /** Line of the last row of tickets.csv and of events.csv when it has no line break after it (see CsvResult), else null. */
  ticketsOpenEnd: number | null;
  eventsOpenEnd: number | null;
  /** tickets.csv has a `subject` column that was not read (no `subjects`): said once, so it is not passed by silently. */
  subjectColumnUnread: boolean;
}

function columnIndex(header: string[], required: readonly string[], file: string): Record<string, number> {
  const index: Record<string, number> = {};
  const missing = required.filter((c) => !header.includes(c));
  if (missing.length) throw new DataError(file, `verplichte kolom(men) ontbreken in de kop: ${missing.join(', ')}`);
  required.forEach((c) => (index[c] = header.indexOf(c)));
  return index;
}

/** The optional column of tickets.csv with the ticket's subject: read only when asked (`subjects`), as it may hold patient data. */
export const SUBJECT_COLUMN = 'subject';

export async function readCanonical(opts: { tickets: string; events?: string | null; zone: Zone; displayName?: (p: string) => string; subjects?: boolean }): Promise<CanonicalData> {
  const name = opts.displayName ?? ((p: string) => basename(p));
  const ticketsFile = name(opts.tickets);
  const setAside: SetAsideRecord[] = [];
  const byId = new Map<string, TicketRecord>();
  const rejectedIds = new Set<string>();
  let latest: number | null = null;
  const note = (ms: number) => {
    latest = laterMoment(latest, ms);
  };

  const time = (row: string[], idx: number, column: string, optional: boolean, flags: string[]): number | null => {
    const raw = (row[idx] ?? '').trim();
    if (raw === '') {
      if (optional) return null;
      throw new RowError('missing-value', column, raw);
    }
    const r = parseTimestamp(raw, opts.zone, 'reject');
    if (!r.ok) throw new RowError(r.reason, column, raw);
    if (r.ambiguous && !flags.includes(AMBIGUOUS_LOCAL_TIME)) flags.push(AMBIGUOUS_LOCAL_TIME);
    note(r.ms);
    return r.ms;
  };
  const oneOf = <T extends string | number>(raw: string, allowed: readonly T[], reason: string, column: string, optional = false): T | null => {
    const v = raw.trim();
    if (v === '' && optional) return null;
    const found = allowed.find((a) => String(a) === v);
    if (found === undefined) throw new RowError(v === '' ? 'missing-value' : reason, column, raw);
    return found;
  };

  let header: Record<string, number> | null = null;
  let subjectIndex = -1;
  let subjectColumnUnread = false;
  const { rows: ticketRows, dialect: ticketsDialect, openEnd: ticketsOpenEnd } = await streamCsv(opts.tickets, ({ fields, line, problem }: CsvRow, head) => {
    if (header === null) {
      header = columnIndex(head, TICKET_COLUMNS, ticketsFile);
      if (opts.subjects) subjectIndex = head.indexOf(SUBJECT_COLUMN);
      else subjectColumnUnread = head.includes(SUBJECT_COLUMN);
    }
    const c = header;
    const id = nfc((fields[c.id] ?? '').trim());
    try {
      if (problem) throw new RowError(problem);
      if (fields.length !== head.length) throw new RowError('wrong-column-count', undefined, `${fields.length} van ${head.length}`);
      if (id === '') throw new RowError('missing-value', 'id', '');
      requireVisibleId(id, 'id');
      if (byId.has(id) || rejectedIds.has(id)) throw new RowError('duplicate-id', 'id', id);
      const flags: string[] = [];
      const ticket: Ticket = {
        id,
        clientId: nfc(fields[c.client_id].trim()),
        clientName: visibleName(nfc(fields[c.client_name].trim())),
        product: oneOf(fields[c.product], productIds, 'unknown-product', 'product')!,
        type: oneOf(fields[c.type], ticketTypes, 'unknown-type', 'type')!,
        reportedNiveau: oneOf(fields[c.reported_priority], niveaus.map(String), 'unknown-niveau', 'reported_priority', true) === null ? null : (Number(fields[c.reported_priority]) as Niveau),
        niveau: Number(oneOf(fields[c.priority], niveaus.map(String), 'unknown-niveau', 'priority')) as Niveau,
        channel: oneOf(fields[c.channel], channels, 'unknown-channel', 'channel') as Channel,
        registeredAt: time(fields, c.registered_at, 'registered_at', false, flags)!,
        resolvedAt: time(fields, c.resolved_at, 'resolved_at', true, flags),
        version: visibleName((fields[c.version] ?? '').trim()),
        events: [],
      };
      if (ticket.clientId === '') throw new RowError('missing-value', 'client_id', '');
      requireVisibleId(ticket.clientId, 'client_id');
      if (isUnsafeId(ticket.clientId)) throw new RowError('unsafe-id', 'client_id', ticket.clientId);
      const record: TicketRecord = { ticket, file: ticketsFile, line, eventLines: [], eventsFile: null, flags };
      if (subjectIndex !== -1) {
        const subject = cleanSubject(fields[subjectIndex]);
        if (subject.text !== '') record.subject = subject.text;
        if (subject.cutFrom > 0) record.subjectCutFrom = subject.cutFrom;
      }
      byId.set(id, record);
    } catch (e) {
      if (!(e instanceof RowError)) throw e;
      if (id) rejectedIds.add(id);
      setAside.push(setAsideRecord(ticketsFile, line, e, id || undefined, 'ticket'));
    }
  });

  let eventRows = 0;
  let eventsOpenEnd: number | null = null;
  let eventRowsOfSetAsideTickets = 0;
  const badEventTickets = new Map<string, SetAsideRecord>();
  const pending = new Map<string, { event: TicketEvent; line: number }[]>();
  if (opts.events) {
    const eventsFile = name(opts.events);
    let eh: Record<string, number> | null = null;
    const result = await streamCsv(opts.events, ({ fields, line, problem }, head) => {
      eh ??= columnIndex(head, EVENT_COLUMNS, eventsFile);
      const ticketId = nfc((fields[eh.ticket_id] ?? '').trim());
      try {
        if (problem) throw new RowError(problem);
        if (fields.length !== head.length) throw new RowError('wrong-column-count', undefined, `${fields.length} van ${head.length}`);
        const rec = byId.get(ticketId);
        if (!rec) {
          // Events of a ticket that was itself set aside go with it, not counted twice as unknown.
          if (rejectedIds.has(ticketId)) throw new RowError('invalid-event-of-set-aside-ticket', 'ticket_id', ticketId);
          throw new RowError('unknown-ticket', 'ticket_id', ticketId);
        }
        const kind = oneOf(fields[eh.event], eventKinds, 'unknown-event', 'event') as EventKind;
        const flags: string[] = [];
        const atMs = time(fields, eh.at, 'at', false, flags)!;
        const value = (fields[eh.value] ?? '').trim();
        if (kind === 'priority_change') oneOf(value, niveaus.map(String), 'unknown-niveau', 'value');
        // Art. 6: a decision is accepted or refused; anything else (a typo) is set aside, never read as accepted.
        if (kind === 'change_decision') oneOf(value, CHANGE_DECISIONS, 'unknown-decision', 'value');
        for (const f of flags) if (!rec.flags.includes(f)) rec.flags.push(f);
        rec.eventsFile = eventsFile;
        let list = pending.get(ticketId);
        if (!list) pending.set(ticketId, (list = []));
        list.push({ event: { at: atMs, kind, value }, line });
      } catch (e) {
        if (!(e instanceof RowError)) throw e;
        const r = setAsideRecord(eventsFile, line, e, ticketId || undefined, 'event');
        if (e.reason === 'invalid-event-of-set-aside-ticket') eventRowsOfSetAsideTickets++;
        else setAside.push(r);
        if (byId.has(ticketId) && !badEventTickets.has(ticketId)) badEventTickets.set(ticketId, r);
      }
    });
    eventRows = result.rows;
    eventsOpenEnd = result.openEnd;
  }

  for (const [id, list] of pending) {
    const rec = byId.get(id)!;
    list.sort((a, b) => a.event.at - b.event.at || a.line - b.line);
    rec.ticket.events = list.map((x) => x.event);
    rec.eventLines = list.map((x) => x.line);
  }
  // A ticket with an unreadable event cannot be judged: its clock would be wrong.
  for (const [id, bad] of badEventTickets) {
    const rec = byId.get(id)!;
    byId.delete(id);
    eventRowsOfSetAsideTickets += rec.ticket.events.length;
    setAside.push({
      file: rec.file,
      line: rec.line,
      reason: 'invalid-event',
      ticketId: id,
      value: `${bad.file}:${bad.line}`,
      message: `${reasonText['invalid-event']} (${bad.file} regel ${bad.line}: ${bad.message})`,
      scope: 'ticket',
    });
  }
  return { records: [...byId.values()], setAside, ticketRows, eventRows, eventRowsOfSetAsideTickets, latestInstant: latest, ticketsEncoding: ticketsDialect.encoding, ticketsOpenEnd, eventsOpenEnd, subjectColumnUnread };
}
