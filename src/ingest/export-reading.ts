// What the export rules (export-rules.ts) make of one row, and the ticket record made
// of a row that became a ticket: the same for every reader of an export.
import { productIds, ticketTypes } from '../contract/schema.ts';
import { channels, type Ticket } from '../engine/ticket.ts';
import type { TicketRecord } from './canonical.ts';
import type { SetAsideRecord } from './set-aside.ts';
import { AMBIGUOUS_LOCAL_TIME } from './timestamp.ts';

/** A row that became a ticket, as the mapping reads it. */
export interface TicketReading extends Pick<Ticket, 'id' | 'clientId' | 'clientName' | 'product' | 'type' | 'niveau' | 'reportedNiveau' | 'channel' | 'registeredAt' | 'resolvedAt'> {
  kind: 'ticket';
  line: number;
  /** The id as written (trimmed, composed), without the mapping's prefix: what a repeat is recognised by. */
  rawId: string;
  // id: the mapping's prefix and the id as written; clientName as shown (control and invisible
  // characters written out), the client id when the cell is empty.
  /** Positions of clientId and clientName in the rules' `names` (a reader can pass a number on instead of the text). */
  clientRef: number;
  nameRef: number;
  updatedAt: number | null;
  waitTotalMinutes: number | null;
  reopens: number | null;
  /** The cleaned subject ('' for none: the mapping names no subject, or the cell is empty) and its length before a cut (0: not cut). */
  subject: string;
  subjectCutFrom: number;
  /** A wall time in the fall-back hour in registration or resolution (flag `ambiguous-local-time`). */
  ambiguous: boolean;
  /** The latest instant of the row that can be a report moment (-Infinity: none). */
  latest: number;
}

/** A row set aside, and the latest instant it read before the reason was found (-Infinity: none): that still counts for the report moment. */
export interface SetAsideReading {
  kind: 'set-aside';
  record: SetAsideRecord;
  latest: number;
}

export type RowReading = TicketReading | SetAsideReading;

/** The ids of the tickets read so far from the same export (a Set, or anything that answers `has`). */
export interface SeenIds {
  has(rawId: string): boolean;
}

/** A ticket reading to fill (export-rules.ts reuses one per export). */
export function emptyReading(): TicketReading {
  return {
    kind: 'ticket',
    line: 0,
    rawId: '',
    id: '',
    clientId: '',
    clientName: '',
    clientRef: 0,
    nameRef: 0,
    product: productIds[0],
    type: ticketTypes[0],
    niveau: 1,
    reportedNiveau: null,
    channel: channels[0],
    registeredAt: 0,
    resolvedAt: null,
    updatedAt: null,
    waitTotalMinutes: null,
    reopens: null,
    subject: '',
    subjectCutFrom: 0,
    ambiguous: false,
    latest: -Infinity,
  };
}

// Export tickets have no version, events or flags of their own: one shared, frozen
// empty list each (a million tickets do not need a million empty arrays). Code that
// adds to them replaces the list (see pipeline/wait-total.ts), never pushes.
const NO_LINES: number[] = Object.freeze([]) as unknown as number[];
const NO_EVENTS: Ticket['events'] = Object.freeze([]) as unknown as Ticket['events'];
const NO_FLAGS: string[] = Object.freeze([]) as unknown as string[];

/** The ticket record of a row read from `file`. */
export function exportRecord(r: Omit<TicketReading, 'kind' | 'rawId' | 'latest' | 'clientRef' | 'nameRef'>, file: string): TicketRecord {
  const record = plainRecord(r, file);
  if (r.subject !== '') {
    record.subject = r.subject;
    if (r.subjectCutFrom > 0) record.subjectCutFrom = r.subjectCutFrom;
  }
  return record;
}

function plainRecord(r: Omit<TicketReading, 'kind' | 'rawId' | 'latest' | 'clientRef' | 'nameRef'>, file: string): TicketRecord {
  return {
    ticket: {
      id: r.id,
      clientId: r.clientId,
      clientName: r.clientName,
      product: r.product,
      type: r.type,
      niveau: r.niveau,
      reportedNiveau: r.reportedNiveau,
      channel: r.channel,
      registeredAt: r.registeredAt,
      resolvedAt: r.resolvedAt,
      version: '',
      events: NO_EVENTS,
    },
    file,
    line: r.line,
    eventLines: NO_LINES,
    eventsFile: null,
    // One plain code per ticket, however many of its timestamps are ambiguous (README, `flags`).
    flags: r.ambiguous ? [AMBIGUOUS_LOCAL_TIME] : NO_FLAGS,
    updatedAt: r.updatedAt,
    waitTotalMinutes: r.waitTotalMinutes,
    reopens: r.reopens,
  };
}
