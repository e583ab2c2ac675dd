// Reads an export's rows through its mapping, with column positions, value maps
// and date formats worked out once. Only the mapped columns are looked at: free
// text (descriptions, comments, requester names and e-mail addresses) never leaves
// the CSV parser. Every row ends in a batch (see export-batch.ts) as a ticket or a
// set-aside record. Uses no Node API but the CSV reader's, so it runs on a worker thread too.
import { productIds, ticketTypes } from '../contract/values.ts';
import { channels } from '../engine/ticket.ts';
import { zone as zoneOf, type Zone } from '../engine/zone.ts';
import { readCsv, type ByteRange, type CsvProblem, type CsvSink } from './csv.ts';
import { DataError } from './data-error.ts';
import { DateFormat } from './date-format.ts';
import type { Dialect } from './dialect.ts';
import { exportNumber } from './export-number.ts';
import { BatchBuilder, CODES, NUMBERS, type RowBatch } from './export-batch.ts';
import { IdSet, type IdSpan } from './id-set.ts';
import { ValueTable } from './value-table.ts';
import { referencedColumns } from './mapping-columns.ts';
import type { Mapping } from './mapping-schema.ts';
import { canBeReportMoment } from './report-moment.ts';
import { RowError, requireVisibleId, setAsideRecord, isUnsafeId } from './row-error.ts';
import { AMBIGUOUS_LOCAL_TIME, parseTimestamp, readTimestamp, type TimestampResult } from './timestamp.ts';
import { nfc } from './look-alike.ts';
import { visibleName } from './visible.ts';

/** Excel's rounding of a long number: "1.03006E+13", "1,03006E+13". */
const SCIENTIFIC = /^\d+(?:[.,]\d+)?[eE]\+?\d+$/;

/** SCIENTIFIC.test(s), without running the expression for the usual id (no "e" or "E" in it). */
function isScientific(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 69 || c === 101) return SCIENTIFIC.test(s);
  }
  return false;
}

/** Rows per batch (tickets and rows set aside): large enough that handing a batch on costs nothing per row. */
export const BATCH_ROWS = 8192;

/** How the file (or the part of it: see ByteRange) was read, after its last batch. */
export interface ReadEnd {
  rows: number;
  header: string[];
  dialect: Dialect;
  latest: number | null;
  /** The line after the last row. */
  line: number;
  /** For a part that stops before the end of the file: whether it ended with a complete row. */
  clean: boolean;
  /** What the ids of the rows that became tickets span. */
  idSpan: IdSpan;
  /** The line of a last row not followed by a line break (see CsvResult), else null. */
  openEnd: number | null;
}

/** Reads every row of an export (or of `range`) into batches, handed to `onBatch` in order (on whichever thread this runs). */
export async function readExportRows(path: string, mapping: Mapping, file: string, dialect: Dialect, onBatch: (batch: RowBatch) => void, range?: ByteRange): Promise<ReadEnd> {
  return (await readExportPart(path, mapping, file, dialect, onBatch, range)).end;
}

/** Like readExportRows, and also the raw ids (without the mapping's prefix) of the rows that became tickets. */
export async function readExportPart(path: string, mapping: Mapping, file: string, dialect: Dialect, onBatch: (batch: RowBatch) => void, range?: ByteRange): Promise<{ end: ReadEnd; ids: IdSet }> {
  const sink = new ExportSink(mapping, file, onBatch);
  const result = await readCsv(path, sink, dialect, range);
  sink.end();
  const ids = sink.ids;
  const end = { rows: result.rows, header: result.header, dialect: result.dialect, latest: sink.latest, line: result.line, clean: result.clean, idSpan: ids.span, openEnd: result.openEnd };
  return { end, ids };
}

/** Takes the CSV reader's rows and hands on batches; `latest` is the latest instant read. */
class ExportSink implements CsvSink {
  private reader: RowReader | null = null;
  private readonly out: BatchBuilder;

  constructor(
    private readonly mapping: Mapping,
    private readonly file: string,
    onBatch: (batch: RowBatch) => void,
  ) {
    this.out = new BatchBuilder(BATCH_ROWS, onBatch);
  }

  get latest(): number | null {
    return this.reader?.latest ?? null;
  }

  get ids(): IdSet {
    return this.reader?.ids ?? new IdSet();
  }

  header(header: string[]): void {
    // The mapping was picked on the header as sniffed; this is the header as read (a
    // column missing here would be read at index -1 in every row).
    const missing = [...new Set(referencedColumns(this.mapping))].filter((c) => !header.includes(c));
    if (missing.length) throw new DataError(this.file, `kolom(men) uit de mapping ontbreken in de kop: ${missing.join(', ')}`);
    this.reader = new RowReader(this.mapping, header, this.file, this.out);
  }

  row(fields: string[], line: number, problem: CsvProblem): void {
    this.reader!.read(fields, line, problem);
  }

  /** After the last row: hands on the last, partly filled batch. */
  end(): void {
    this.out.end();
  }
}

interface Choice {
  column: string;
  index: number;
  /** The code of a `value` field (the same for every row). */
  constant: number;
  /** The mapping's `map` with its keys trimmed, then lowercased; else the canonical values, accepted as written. */
  table: ValueTable;
  reason: string;
}

/** Canonical values and their codes (see export-batch.ts). */
const codesOf = <T>(values: readonly T[]) => new Map(values.map((v, k) => [String(v), k]));
const NIVEAU_CODES = new Map([['1', 1], ['2', 2], ['3', 3]]);

class RowReader {
  /** The latest instant read that can be a report moment (see report-moment.ts); -Infinity: none yet. */
  private latestMs = -Infinity;
  /** Remarks on the row being read (an ambiguous local time); null while there are none. */
  private flags: string[] | null = null;
  /** Where readTimestamp puts a timestamp it read. */
  private readonly stamp = { ms: 0, ambiguous: false };
  /** The row's codes and numbers as they are read (see export-batch.ts). */
  private readonly codes = new Array<number>(CODES).fill(0);
  private readonly numbers = new Array<number>(NUMBERS).fill(0);
  private readonly zone: Zone;
  private readonly formats: DateFormat[];
  readonly ids = new IdSet();
  /** Position in the name table of each client id (checked: safe to name a file) and of each client name. */
  private readonly clients = new Map<string, number>();
  private readonly names = new Map<string, number>();
  private tableSize = 0;
  private readonly idIndex: number;
  private readonly clientIndex: number;
  private readonly nameIndex: number;
  private readonly registeredIndex: number;
  private readonly resolvedIndex: number;
  private readonly updatedIndex: number;
  private readonly waitIndex: number;
  private readonly reopensIndex: number;
  private readonly choices: [product: Choice, type: Choice, niveau: Choice, reported: Choice | null, channel: Choice];
  private readonly columns: number;

  constructor(
    private readonly mapping: Mapping,
    private readonly header: string[],
    private readonly file: string,
    private readonly out: BatchBuilder,
  ) {
    const f = mapping.fields;
    this.zone = zoneOf(mapping.timeZone);
    this.formats = mapping.dateFormats.map((d) => new DateFormat(d));
    this.columns = header.length;
    this.idIndex = header.indexOf(f.id.column);
    this.clientIndex = header.indexOf(f.clientId.column);
    this.nameIndex = f.clientName ? header.indexOf(f.clientName.column) : -1;
    this.registeredIndex = header.indexOf(f.registeredAt.column);
    this.resolvedIndex = f.resolvedAt ? header.indexOf(f.resolvedAt.column) : -1;
    this.updatedIndex = f.updatedAt ? header.indexOf(f.updatedAt.column) : -1;
    this.waitIndex = f.waitTotalMinutes ? header.indexOf(f.waitTotalMinutes.column) : -1;
    this.reopensIndex = f.reopens ? header.indexOf(f.reopens.column) : -1;
    this.choices = [
      this.choice(f.product, codesOf(productIds), 'unknown-product'),
      this.choice(f.type, codesOf(ticketTypes), 'unknown-type'),
      this.choice(f.niveau, NIVEAU_CODES, 'unknown-niveau'),
      f.reportedNiveau ? this.choice(f.reportedNiveau, NIVEAU_CODES, 'unknown-niveau') : null,
      this.choice(f.channel, codesOf(channels), 'unknown-channel'),
    ];
  }

  get latest(): number | null {
    return this.latestMs === -Infinity ? null : this.latestMs;
  }

  private choice(field: { column?: string; map?: Record<string, unknown>; value?: unknown }, plain: Map<string, number>, reason: string): Choice {
    const code = (v: unknown) => plain.get(String(v))!;
    if (field.value !== undefined) return { column: '', index: -1, constant: code(field.value), table: new ValueTable(new Map()), reason };
    if (field.map) {
      const map = new Map<string, number>();
      for (const [k, v] of Object.entries(field.map)) map.set(k.trim(), code(v));
      for (const [k, v] of Object.entries(field.map)) if (!map.has(k.trim().toLowerCase())) map.set(k.trim().toLowerCase(), code(v));
      return { column: field.column!, index: this.header.indexOf(field.column!), constant: -1, table: new ValueTable(map), reason };
    }
    return { column: field.column!, index: this.header.indexOf(field.column!), constant: -1, table: new ValueTable(plain), reason };
  }

  read(fields: string[], line: number, problem: CsvProblem): void {
    let id = '';
    // No timestamps read yet in this row (see readSoFar: what they are counted by).
    this.numbers[1] = this.numbers[2] = this.numbers[3] = NaN;
    try {
      if (problem) throw new RowError(problem);
      if (fields.length !== this.columns) throw new RowError('wrong-column-count', undefined, `${fields.length} van ${this.columns}`);
      const raw = this.rawId(fields[this.idIndex]);
      id = this.mapping.idPrefix + raw;
      if (this.ids.has(raw)) throw new RowError('duplicate-id', this.header[this.idIndex], raw);
      const client = this.client(fields);
      const name = this.nameIndex === -1 || this.nameIndex === this.clientIndex ? client : this.name(nfc(fields[this.nameIndex].trim()), client);
      const [product, type, niveau, reported, channel] = this.choices;
      const codes = this.codes;
      codes[0] = this.pick(product, fields);
      codes[1] = this.pick(type, fields);
      codes[2] = this.pick(niveau, fields);
      codes[3] = reported === null ? 0 : this.pick(reported, fields, true);
      codes[4] = this.pick(channel, fields);
      this.flags = null;
      const numbers = this.numbers;
      numbers[0] = line;
      numbers[1] = this.time(fields, this.registeredIndex, false, true);
      numbers[2] = this.time(fields, this.resolvedIndex, true, true);
      numbers[3] = this.time(fields, this.updatedIndex, true, false);
      numbers[4] = this.count(fields, this.waitIndex, 'minutes');
      numbers[5] = this.count(fields, this.reopensIndex, 'count');
      this.ids.add(raw);
      this.out.ticket(own(id), client, name, codes, numbers, this.flags);
      this.counted(this.readSoFar());
    } catch (e) {
      if (!(e instanceof RowError)) throw e;
      // A row set aside still counts what it read before the reason was found.
      const latest = this.readSoFar();
      this.out.setAside(setAsideRecord(this.file, line, e, id ? own(id) : undefined, 'ticket'), latest);
      this.counted(latest);
    }
  }

  private counted(latest: number): void {
    if (latest > this.latestMs) this.latestMs = latest;
  }

  /**
   * The latest instant of the row being read that can be a report moment
   * (-Infinity: none): of the timestamps it read (before a reason to set it aside
   * was found, if any).
   */
  private readSoFar(): number {
    let latest = -Infinity;
    for (let k = 1; k <= 3; k++) {
      const ms = this.numbers[k];
      if (ms > latest && canBeReportMoment(ms)) latest = ms;
    }
    return latest;
  }

  /** The id as written (trimmed), without the mapping's prefix. */
  private rawId(value: string): string {
    const column = this.header[this.idIndex];
    const raw = nfc(value.trim());
    if (raw === '') throw new RowError('missing-value', column, '');
    if (isScientific(raw)) throw new RowError('excel-scientific-id', column, raw);
    requireVisibleId(raw, column);
    return raw;
  }

  private client(fields: string[]): number {
    const column = this.header[this.clientIndex];
    const raw = nfc(fields[this.clientIndex].trim());
    if (raw === '') throw new RowError('missing-value', column, '');
    const position = this.clients.get(raw);
    if (position !== undefined) return position;
    if (isScientific(raw)) throw new RowError('excel-scientific-id', column, raw);
    requireVisibleId(raw, column);
    if (isUnsafeId(raw)) throw new RowError('unsafe-id', column, raw);
    return this.newName(raw, this.clients);
  }

  /** The client's name; the client id (`client`) when the cell is empty. Control and invisible characters are shown written out. */
  private name(raw: string, client: number): number {
    if (raw === '') return client;
    return this.names.get(raw) ?? this.newName(raw, this.names, visibleName(raw));
  }

  /** Adds a name to the name table (and `raw` to `index`): its position. */
  private newName(raw: string, index: Map<string, number>, shown = raw): number {
    const position = this.tableSize++;
    const key = own(raw);
    index.set(key, position);
    this.out.newName(shown === raw ? key : own(shown));
    return position;
  }

  private pick(c: Choice, fields: string[], optional = false): number {
    if (c.index === -1) return c.constant;
    const raw = fields[c.index].trim();
    // Exact spelling first (the usual case), then case-insensitively.
    let found = c.table.get(raw);
    if (found === -1) found = c.table.get(raw.toLowerCase());
    if (found !== -1) return found;
    if (raw === '') {
      if (optional) return 0;
      throw new RowError('missing-value', c.column, '');
    }
    throw new RowError(c.reason, c.column, raw);
  }

  /** The instant in the column, NaN for none (an empty optional cell, or no such column). */
  private time(fields: string[], index: number, optional: boolean, flagged: boolean): number {
    if (index === -1) return NaN;
    const value = fields[index];
    let ms: number;
    let ambiguous: boolean;
    // The common case first: an ISO timestamp as written (no spaces around it, so no
    // trimming), when the mapping names no formats of its own, which go before ISO.
    if (this.formats.length === 0 && readTimestamp(value, this.zone, this.stamp)) {
      ms = this.stamp.ms;
      ambiguous = this.stamp.ambiguous;
    } else {
      const raw = value.trim();
      const column = this.header[index];
      if (raw === '') {
        if (optional) return NaN;
        throw new RowError('missing-value', column, raw);
      }
      let r: TimestampResult | null = null;
      for (let k = 0; k < this.formats.length && r === null; k++) r = this.formats[k].parse(raw, this.zone);
      r ??= parseTimestamp(raw, this.zone, 'reject');
      if (!r.ok) throw new RowError(r.reason, column, raw);
      ms = r.ms;
      ambiguous = r.ambiguous;
    }
    // One plain code per ticket, however many of its timestamps are ambiguous (README, `flags`).
    if (ambiguous && flagged && this.flags === null) this.flags = [AMBIGUOUS_LOCAL_TIME];
    return ms;
  }

  /**
   * The number in the column (see export-number.ts), NaN for none. Minutes may have a
   * fraction, rounded down to whole minutes (every duration is whole minutes, and a
   * total wait never credits more than the export says); a count may not.
   */
  private count(fields: string[], index: number, kind: 'minutes' | 'count'): number {
    if (index === -1) return NaN;
    const raw = fields[index].trim();
    if (raw === '' || raw === '-') return NaN;
    const n = exportNumber(raw);
    if (n !== n || (kind === 'count' && !Number.isInteger(n))) throw new RowError('bad-number', this.header[index], raw);
    return Math.floor(n);
  }
}

/**
 * A copy of a string that does not keep the parser's input chunk alive (V8 keeps
 * substrings of 13+ characters as slices of their parent): memory stays flat.
 */
function own(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}
