// Export rows in transit, as columns: what the row reader (on this thread or on a
// worker thread) has read of a batch of rows, and how that becomes ticket records.
// Columns of numbers cross a thread without being copied or parsed and cost no
// objects; the records are made once, on the thread that keeps them.
import type { Niveau } from '../contract/schema.ts';
import { productIds, ticketTypes } from '../contract/values.ts';
import { channels, type Ticket } from '../engine/ticket.ts';
import type { TicketRecord } from './canonical.ts';
import type { SetAsideRecord } from './set-aside.ts';

/** Codes per ticket: product, type (positions in productIds, ticketTypes), niveau, reported niveau (0: none), channel (position in channels). */
export const CODES = 5;
/** Numbers per ticket: line, registeredAt, resolvedAt, updatedAt, waitTotalMinutes, reopens (NaN: none). */
export const NUMBERS = 6;

export interface RowBatch {
  /** Ids of the rows that became tickets, in row order. */
  ids: string[];
  /** Client id and client name of each ticket: positions in the export's name table. */
  names: Uint32Array;
  /** Names first seen in this batch, in the order they join the name table. */
  newNames: string[];
  codes: Uint8Array;
  numbers: Float64Array;
  /** Remarks on a ticket (ambiguous local times: rare), by its position in the batch, in order. */
  flags: [number, string[]][];
  /** The batch's rows that could not be read, in row order. */
  setAside: SetAsideRecord[];
  /** For each of them, the latest instant it read that counts for the report moment (-Infinity: none). */
  setAsideLatest: number[];
}

/** Fills batches of `size` rows (tickets and rows set aside) and hands each on when it is full (and the last at `end`). */
export class BatchBuilder {
  private batch: RowBatch;
  private count = 0;

  constructor(
    private readonly size: number,
    private readonly flush: (batch: RowBatch) => void,
  ) {
    this.batch = this.empty();
  }

  newName(name: string): void {
    this.batch.newNames.push(name);
  }

  setAside(record: SetAsideRecord, latest: number): void {
    this.batch.setAside.push(record);
    this.batch.setAsideLatest.push(latest);
    this.endWhenFull();
  }

  ticket(id: string, client: number, name: number, codes: readonly number[], numbers: readonly number[], flags: string[] | null): void {
    const b = this.batch;
    const k = this.count++;
    b.ids.push(id);
    b.names[2 * k] = client;
    b.names[2 * k + 1] = name;
    for (let i = 0; i < CODES; i++) b.codes[k * CODES + i] = codes[i];
    for (let i = 0; i < NUMBERS; i++) b.numbers[k * NUMBERS + i] = numbers[i];
    if (flags !== null) b.flags.push([k, flags]);
    this.endWhenFull();
  }

  private endWhenFull(): void {
    if (this.count + this.batch.setAside.length === this.size) this.end();
  }

  end(): void {
    const b = this.batch;
    if (this.count === 0 && b.setAside.length === 0 && b.newNames.length === 0) return;
    if (this.count < this.size) {
      b.names = b.names.slice(0, 2 * this.count);
      b.codes = b.codes.slice(0, CODES * this.count);
      b.numbers = b.numbers.slice(0, NUMBERS * this.count);
    }
    this.batch = this.empty();
    this.count = 0;
    this.flush(b);
  }

  private empty(): RowBatch {
    const n = this.size;
    return { ids: [], names: new Uint32Array(2 * n), newNames: [], codes: new Uint8Array(CODES * n), numbers: new Float64Array(NUMBERS * n), flags: [], setAside: [], setAsideLatest: [] };
  }
}

// Export tickets have no events or flags of their own: one shared, frozen empty
// list each (a million tickets do not need a million empty arrays). Code that adds
// to them replaces the list (see pipeline/wait-total.ts), never pushes.
const NO_LINES: number[] = Object.freeze([]) as unknown as number[];
const NO_EVENTS: Ticket['events'] = Object.freeze([]) as unknown as Ticket['events'];
const NO_FLAGS: string[] = Object.freeze([]) as unknown as string[];

// Numbers come out of a Float64Array as doubles; a whole number that fits is
// stored as a small integer, not as a separate heap number per field and record.
const whole = (n: number): number => (n === (n | 0) ? n | 0 : n);
const orNull = (n: number): number | null => (n === n ? whole(n) : null);

/** Turns batches, in the order they were read, into ticket records and set-aside records. */
export class TicketMaker {
  readonly records: TicketRecord[] = [];
  readonly setAside: SetAsideRecord[] = [];
  /** See RowBatch. */
  readonly setAsideLatest: number[] = [];
  private readonly names: string[] = [];

  constructor(private readonly file: string) {}

  take(batch: RowBatch): void {
    for (const name of batch.newNames) this.names.push(name);
    const { ids, names, codes, numbers, flags } = batch;
    let flagged = 0;
    for (let k = 0; k < ids.length; k++) {
      const c = k * CODES;
      const x = k * NUMBERS;
      const ticket: Ticket = {
        id: ids[k],
        clientId: this.names[names[2 * k]],
        clientName: this.names[names[2 * k + 1]],
        product: productIds[codes[c]],
        type: ticketTypes[codes[c + 1]],
        niveau: codes[c + 2] as Niveau,
        reportedNiveau: codes[c + 3] === 0 ? null : (codes[c + 3] as Niveau),
        channel: channels[codes[c + 4]],
        registeredAt: numbers[x + 1],
        resolvedAt: orNull(numbers[x + 2]),
        version: '',
        events: NO_EVENTS,
      };
      let rowFlags = NO_FLAGS;
      if (flagged < flags.length && flags[flagged][0] === k) rowFlags = flags[flagged++][1];
      this.records.push({
        ticket,
        file: this.file,
        line: whole(numbers[x]),
        eventLines: NO_LINES,
        eventsFile: null,
        flags: rowFlags,
        updatedAt: orNull(numbers[x + 3]),
        waitTotalMinutes: orNull(numbers[x + 4]),
        reopens: orNull(numbers[x + 5]),
      });
    }
    for (const record of batch.setAside) this.setAside.push(record);
    for (const latest of batch.setAsideLatest) this.setAsideLatest.push(latest);
  }
}
