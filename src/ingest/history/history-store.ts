// What is kept of a helpdesk's history pages while they are read, one page at a
// time: per ticket the few fields a TicketRecord needs, the changes as columns
// (event-columns.ts), the side-loaded organizations' mapped values. When every
// page is read, `finish` sorts each ticket's changes, drops a change read twice,
// turns them into engine events (transitions.ts) and hands out the records.
import type { Niveau } from '../../contract/schema.ts';
import { niveaus } from '../../contract/schema.ts';
import type { Ticket } from '../../engine/ticket.ts';
import type { TicketRecord } from '../canonical.ts';
import type { MergedDuplicate } from '../duplicates.ts';
import { RowError, setAsideRecord } from '../row-error.ts';
import { reasonText, type SetAsideRecord } from '../set-aside.ts';
import type { Subject } from '../subject.ts';
import { EventColumns, FIELD_PRIORITY } from './event-columns.ts';
import { mapped } from './json-field.ts';
import type { HistoryMapping } from './mapping.ts';
import { historyEvents, type Change, type StatusClass } from './transitions.ts';

/** A ticket as its page describes it; client fields may wait for the organization. */
/** A ticket as its page says it: the engine ticket's own fields, and what the history adds. */
export interface HistoryTicket extends Pick<Ticket, 'id' | 'product' | 'type' | 'niveau' | 'reportedNiveau' | 'channel' | 'registeredAt'> {
  updatedAt: number | null;
  status: string;
  resolutionDate: number | null;
  /** Known from the ticket itself; null: from its organization (`orgId`). */
  clientId: string | null;
  clientName: string | null;
  orgId: string | null;
  file: number;
  item: number;
  /** The cleaned subject, when the mapping names one and the ticket has it (ingest/subject.ts). */
  subject?: Subject;
}

/** Events read, and where each ended: read = used + duplicates + with tickets set aside + set aside. */
export interface HistoryEventCounts {
  read: number;
  used: number;
  duplicates: number;
  ofSetAsideTickets: number;
  setAside: number;
}

const MINUTE_MS = 60_000;

export class HistoryStore {
  readonly events = new EventColumns();
  readonly setAside: SetAsideRecord[] = [];
  readonly merged: MergedDuplicate[] = [];
  ticketRows = 0;
  /** Changes set aside while reading (see rejectEvent). */
  private eventsSetAside = 0;
  latest: number | null = null;
  private readonly slots = new Map<string, number>();
  private readonly tickets: (HistoryTicket | undefined)[] = [];
  private readonly rejected = new Set<number>();
  /** A ticket with an unreadable change: the first such change's set-aside record. */
  private readonly badEvent = new Map<number, SetAsideRecord>();
  private readonly organizations = new Map<string, { clientId: string; clientName: string }>();
  private readonly classes: Map<string, StatusClass>;

  constructor(
    readonly mapping: HistoryMapping,
    /** Page files by position, as messages name them. */
    readonly files: string[],
  ) {
    this.classes = new Map();
    for (const cls of ['wait', 'done', 'other'] as const) for (const s of mapping.statuses[cls]) this.classes.set(s.trim().toLowerCase(), cls);
  }

  slotOf(id: string): number {
    let s = this.slots.get(id);
    if (s === undefined) {
      s = this.tickets.length;
      this.tickets.push(undefined);
      this.slots.set(id, s);
    }
    return s;
  }

  note(ms: number): void {
    if (this.latest === null || ms > this.latest) this.latest = ms;
  }

  organization(orgId: string, values: { clientId: string; clientName: string }): void {
    this.organizations.set(orgId, values);
  }

  /** A ticket read from a page; the same ticket in another page: the latest update wins, the other is merged. */
  ticket(t: HistoryTicket): void {
    this.ticketRows++;
    const slot = this.slotOf(t.id);
    const held = this.tickets[slot];
    if (held === undefined) {
      this.tickets[slot] = t;
      return;
    }
    const newer = (t.updatedAt ?? -Infinity) > (held.updatedAt ?? -Infinity) || ((t.updatedAt ?? -Infinity) === (held.updatedAt ?? -Infinity) && (t.file > held.file || (t.file === held.file && t.item > held.item)));
    const [kept, dropped] = newer ? [t, held] : [held, t];
    this.tickets[slot] = kept;
    this.merged.push({ ticketId: t.id, file: this.files[dropped.file], line: dropped.item, keptFile: this.files[kept.file], keptLine: kept.item });
  }

  /** A ticket item that could not be read: set aside; its changes go with it. */
  rejectTicket(id: string | undefined, file: number, item: number, e: RowError): void {
    this.ticketRows++;
    if (id !== undefined && id !== '') this.rejected.add(this.slotOf(id));
    this.setAside.push(setAsideRecord(this.files[file], item, e, id || undefined, 'ticket'));
  }

  /** Changes that could not be read (an audit without a time): set aside, and their ticket with them. */
  rejectEvent(id: string, file: number, item: number, e: RowError, changes: number): void {
    this.eventsSetAside += changes;
    const record = setAsideRecord(this.files[file], item, e, id, 'event');
    this.setAside.push(record);
    const slot = this.slotOf(id);
    if (!this.badEvent.has(slot)) this.badEvent.set(slot, record);
  }

  /** A status the helpdesk puts in its done category (Jira), when the mapping does not name it. */
  learnDone(status: string): void {
    const key = status.trim().toLowerCase();
    if (key !== '' && !this.classes.has(key)) this.classes.set(key, 'done');
  }

  classOf = (status: string): StatusClass | null => this.classes.get(status.trim().toLowerCase()) ?? null;

  niveauOf = (priority: string): Niveau | null => {
    try {
      return mapped(this.mapping.fields.niveau, priority, niveaus, 'unknown-niveau');
    } catch (e) {
      if (e instanceof RowError) return null;
      throw e;
    }
  };

  /** Every ticket as a record (in the order first seen), every change accounted for. */
  finish(take: (record: TicketRecord) => void): HistoryEventCounts {
    const ev = this.events;
    const counts: HistoryEventCounts = { read: ev.size + this.eventsSetAside, used: 0, duplicates: 0, ofSetAsideTickets: 0, setAside: this.eventsSetAside };
    const { start, order } = ev.bySlot(this.tickets.length);
    const ids = [...this.slots.keys()];
    for (let slot = 0; slot < this.tickets.length; slot++) {
      const list = Array.from(order.subarray(start[slot], start[slot + 1]));
      list.sort((a, b) => ev.at[a] - ev.at[b] || ev.id[a] - ev.id[b] || a - b);
      const unique = list.filter((k, i) => i === 0 || !(ev.id[k] === ev.id[list[i - 1]]) || Number.isNaN(ev.id[k]));
      counts.duplicates += list.length - unique.length;
      const ticket = this.tickets[slot];
      const bad = this.badEvent.get(slot);
      if (ticket === undefined || bad !== undefined) {
        if (ticket === undefined && !this.rejected.has(slot)) {
          for (const k of unique) this.setAside.push(setAsideRecord(this.files[ev.file[k]], ev.item[k], new RowError('unknown-ticket', 'ticket_id', ids[slot]), ids[slot], 'event'));
          counts.setAside += unique.length;
        } else {
          counts.ofSetAsideTickets += unique.length;
          if (ticket !== undefined) this.setAside.push(this.ticketAside(ticket, 'invalid-event', `${bad!.file}:${bad!.line}`, `${reasonText['invalid-event']} (${bad!.file} item ${bad!.line}: ${bad!.message})`));
        }
        continue;
      }
      const record = this.record(ticket, unique);
      if (record === null) {
        counts.ofSetAsideTickets += unique.length;
        continue;
      }
      counts.used += unique.length;
      take(record);
    }
    return counts;
  }

  /** The ticket's record, or null when it was set aside (its reason recorded). */
  private record(t: HistoryTicket, changes: number[]): TicketRecord | null {
    const ev = this.events;
    const client = t.orgId === null ? { clientId: t.clientId ?? '', clientName: t.clientName ?? t.clientId ?? '' } : this.organizations.get(t.orgId);
    if (client === undefined || client.clientId === '') {
      const reason = client === undefined && t.orgId !== null ? 'unknown-organization' : 'missing-value';
      // The shipped mapping reads the debiteurnummer from the organization, which the ticket pages carry only when fetched with it.
      const hint = reason === 'unknown-organization' ? "; haal de ticketpagina's op met hun organisaties (sla-rapport fetch zendesk --include-organizations, in een nieuwe --cache)" : '';
      this.setAside.push(this.ticketAside(t, reason, t.orgId ?? '', `${reasonText[reason]}${t.orgId ? `: "${t.orgId}"` : ''} (ticket ${t.id})${hint}`));
      return null;
    }
    const list: Change[] = changes.map((k) => ({
      at: Math.floor(ev.at[k] / MINUTE_MS) * MINUTE_MS,
      field: (ev.field[k] & 1) === FIELD_PRIORITY ? 'priority' : 'status',
      from: ev.from[k] < 0 ? null : ev.value(ev.from[k]),
      to: ev.value(ev.to[k]),
      create: ev.field[k] >= 2,
    }));
    const last = changes.length ? ev.at[changes[changes.length - 1]] : -Infinity;
    const result = historyEvents({
      registeredAt: t.registeredAt,
      currentStatus: t.status,
      currentIsLatest: t.updatedAt === null || t.updatedAt >= Math.floor(last / MINUTE_MS) * MINUTE_MS,
      resolutionDate: t.resolutionDate,
      changes: list,
      historyRequired: this.mapping.api === 'zendesk',
      classOf: this.classOf,
      niveauOf: this.niveauOf,
    });
    if (!result.ok) {
      this.setAside.push(this.ticketAside(t, result.reason, result.value, `${reasonText[result.reason]}: "${result.value}" (ticket ${t.id})`));
      return null;
    }
    const ticket: Ticket = {
      id: t.id,
      clientId: client.clientId,
      clientName: client.clientName || client.clientId,
      product: t.product,
      type: t.type,
      niveau: t.niveau,
      reportedNiveau: t.reportedNiveau,
      channel: t.channel,
      registeredAt: t.registeredAt,
      resolvedAt: result.resolvedAt,
      version: '',
      events: result.events,
    };
    const line = t.item;
    const record: TicketRecord = { ticket, file: this.files[t.file], line, eventLines: result.events.map(() => line), eventsFile: null, flags: [], updatedAt: t.updatedAt, historyWaitMinutes: result.waitMinutes };
    if (t.subject !== undefined) {
      record.subject = t.subject.text;
      if (t.subject.cutFrom > 0) record.subjectCutFrom = t.subject.cutFrom;
    }
    return record;
  }

  private ticketAside(t: HistoryTicket, reason: string, value: string, message: string): SetAsideRecord {
    return { file: this.files[t.file], line: t.item, reason, ticketId: t.id, value, message, scope: 'ticket' };
  }
}
