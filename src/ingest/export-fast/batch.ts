// Export rows in transit, as columns: what the row reader (on this thread or on a
// worker thread) has read of a batch of rows, and how that becomes ticket records.
// Columns of numbers cross a thread without being copied or parsed and cost no
// objects; client ids and names cross once each (a table of names); the records are
// made once, on the thread that keeps them, by the rules' own exportRecord.
import { productIds, ticketTypes, type Niveau } from '../../contract/schema.ts';
import { channels } from '../../engine/ticket.ts';
import type { TicketRecord } from '../canonical.ts';
import { emptyReading, exportRecord, type TicketReading } from '../export-reading.ts';
import type { SetAsideRecord } from '../set-aside.ts';

/** Codes per ticket: product, type (positions in productIds, ticketTypes), niveau, reported niveau (0: none), channel (position in channels), ambiguous (0 or 1). */
export const CODES = 6;
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
  /** Subject and its length before a cut (0: not cut) of each ticket, in row order; both empty when the mapping names no subject. */
  subjects: string[];
  subjectCuts: number[];
  /** The batch's rows that could not be read, in row order. */
  setAside: SetAsideRecord[];
  /** For each of them, the latest instant it read that counts for the report moment (-Infinity: none). */
  setAsideLatest: number[];
}

const NONE = NaN;

/** Fills batches of `size` rows (tickets and rows set aside) and hands each on when it is full (and the last at `end`). */
export class BatchBuilder {
  private batch: RowBatch;
  private count = 0;
  /** How many of the rules' names were sent. */
  private sent = 0;

  constructor(
    private readonly size: number,
    private readonly flush: (batch: RowBatch) => void,
    /** The rules' names (export-rules.ts), which the batches' name positions refer to. */
    private readonly names: () => readonly string[],
    /** Whether the mapping reads a subject (sent only then). */
    private readonly subjects = false,
  ) {
    this.batch = this.empty();
  }

  setAside(record: SetAsideRecord, latest: number): void {
    this.batch.setAside.push(record);
    this.batch.setAsideLatest.push(latest);
    this.endWhenFull();
  }

  ticket(r: TicketReading): void {
    const b = this.batch;
    const k = this.count++;
    b.ids.push(r.id);
    b.names[2 * k] = r.clientRef;
    b.names[2 * k + 1] = r.nameRef;
    const c = k * CODES;
    // Positions in lists of two to four values: found faster than in a Map.
    b.codes[c] = productIds.indexOf(r.product);
    b.codes[c + 1] = ticketTypes.indexOf(r.type);
    b.codes[c + 2] = r.niveau;
    b.codes[c + 3] = r.reportedNiveau ?? 0;
    b.codes[c + 4] = channels.indexOf(r.channel);
    b.codes[c + 5] = r.ambiguous ? 1 : 0;
    const x = k * NUMBERS;
    b.numbers[x] = r.line;
    b.numbers[x + 1] = r.registeredAt;
    b.numbers[x + 2] = r.resolvedAt ?? NONE;
    b.numbers[x + 3] = r.updatedAt ?? NONE;
    b.numbers[x + 4] = r.waitTotalMinutes ?? NONE;
    b.numbers[x + 5] = r.reopens ?? NONE;
    if (this.subjects) {
      b.subjects.push(r.subject);
      b.subjectCuts.push(r.subjectCutFrom);
    }
    this.endWhenFull();
  }

  private endWhenFull(): void {
    if (this.count + this.batch.setAside.length === this.size) this.end();
  }

  end(): void {
    const b = this.batch;
    const names = this.names();
    while (this.sent < names.length) b.newNames.push(names[this.sent++]);
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
    return { ids: [], names: new Uint32Array(2 * n), newNames: [], codes: new Uint8Array(CODES * n), numbers: new Float64Array(NUMBERS * n), subjects: [], subjectCuts: [], setAside: [], setAsideLatest: [] };
  }
}

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
  /** Each ticket of a batch as the rules read it (one object, filled again for every ticket). */
  private readonly reading = emptyReading();

  constructor(private readonly file: string) {}

  take(batch: RowBatch): void {
    for (const name of batch.newNames) this.names.push(name);
    const { ids, names, codes, numbers, subjects, subjectCuts } = batch;
    const withSubjects = subjects.length > 0;
    for (let k = 0; k < ids.length; k++) {
      const c = k * CODES;
      const x = k * NUMBERS;
      const r = this.reading;
      r.line = whole(numbers[x]);
      r.id = ids[k];
      r.clientId = this.names[names[2 * k]];
      r.clientName = this.names[names[2 * k + 1]];
      r.product = productIds[codes[c]];
      r.type = ticketTypes[codes[c + 1]];
      r.niveau = codes[c + 2] as Niveau;
      r.reportedNiveau = codes[c + 3] === 0 ? null : (codes[c + 3] as Niveau);
      r.channel = channels[codes[c + 4]];
      r.ambiguous = codes[c + 5] === 1;
      r.registeredAt = numbers[x + 1];
      r.resolvedAt = orNull(numbers[x + 2]);
      r.updatedAt = orNull(numbers[x + 3]);
      r.waitTotalMinutes = orNull(numbers[x + 4]);
      r.reopens = orNull(numbers[x + 5]);
      r.subject = withSubjects ? subjects[k] : '';
      r.subjectCutFrom = withSubjects ? subjectCuts[k] : 0;
      this.records.push(exportRecord(r, this.file));
    }
    for (const record of batch.setAside) this.setAside.push(record);
    for (const latest of batch.setAsideLatest) this.setAsideLatest.push(latest);
  }
}
