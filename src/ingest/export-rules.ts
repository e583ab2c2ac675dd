// The format rules of a helpdesk export: how one row reads through its mapping into
// a ticket, or why it is set aside. The only place that knows the mapped columns, the
// value maps, the timestamp formats and the reasons a row is set aside. Only the mapped
// columns are looked at: free text (descriptions, comments, requester names and e-mail
// addresses) never leaves the CSV parser.
//
// Pure: no file system, no threads, no clock. Both readers call it, row by row in file
// order: the plain one (export-reference.ts) and the fast one (export-fast/).
import { productIds, ticketTypes, type Niveau, type ProductId, type TicketType } from '../contract/schema.ts';
import { channels, type Channel } from '../engine/ticket.ts';
import { zone as zoneOf, type Zone } from '../engine/zone.ts';
import type { CsvProblem } from './csv.ts';
import { DataError } from './data-error.ts';
import { DateFormat } from './date-format.ts';
import { exportNumber } from './export-number.ts';
import { nfc } from './look-alike.ts';
import { referencedColumns } from './mapping-columns.ts';
import type { Mapping } from './mapping-schema.ts';
import { canBeReportMoment } from './report-moment.ts';
import { emptyReading, type RowReading, type SeenIds, type TicketReading } from './export-reading.ts';
import { RowError, requireVisibleId, setAsideRecord, isUnsafeId } from './row-error.ts';
import { parseTimestamp, readTimestamp, type TimestampResult } from './timestamp.ts';
import { cleanSubject } from './subject.ts';
import { ValueTable } from './value-table.ts';
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

interface Choice<T> {
  column: string;
  index: number;
  /** The value of a `value` field (the same for every row). */
  constant: T | null;
  /** Codes (positions in `values`) by the mapping's `map` keys trimmed, then lowercased; else the canonical values, accepted as written. */
  table: ValueTable;
  values: readonly T[];
  reason: string;
}

const NIVEAUS: readonly Niveau[] = [1, 2, 3];

/** Reads the rows of one export through its mapping; made once the header is read. */
export class ExportRules {
  private readonly zone: Zone;
  private readonly formats: DateFormat[];
  /** Every client id accepted and every client name shown so far, in the order first read. */
  readonly names: string[] = [];
  /** Position in `names` of each client id accepted and of each name (as written) shown. */
  private readonly clients = new Map<string, number>();
  private readonly shown = new Map<string, number>();
  /** Where readTimestamp puts a timestamp it read. */
  private readonly stamp = { ms: 0, ambiguous: false };
  /** The row's registration, resolution and last change as far as read (NaN: not read), and whether one is ambiguous. */
  private registered = NaN;
  private resolved = NaN;
  private updated = NaN;
  private ambiguous = false;
  private readonly columns: number;
  private readonly reading: TicketReading;
  private readonly idIndex: number;
  private readonly clientIndex: number;
  private readonly nameIndex: number;
  private readonly registeredIndex: number;
  private readonly resolvedIndex: number;
  private readonly updatedIndex: number;
  private readonly waitIndex: number;
  private readonly reopensIndex: number;
  private readonly subjectIndex: number;
  private readonly product: Choice<ProductId>;
  private readonly type: Choice<TicketType>;
  private readonly niveau: Choice<Niveau>;
  private readonly reported: Choice<Niveau> | null;
  private readonly channel: Choice<Channel>;

  /** Throws a DataError when a column the mapping names is not in the header. */
  constructor(
    private readonly mapping: Mapping,
    private readonly header: string[],
    private readonly file: string,
  ) {
    // The mapping was picked on the header as sniffed; this is the header as read (a
    // column missing here would be read at index -1 in every row).
    const missing = [...new Set(referencedColumns(mapping))].filter((c) => !header.includes(c));
    if (missing.length) throw new DataError(file, `kolom(men) uit de mapping ontbreken in de kop: ${missing.join(', ')}`);
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
    this.subjectIndex = f.subject ? header.indexOf(f.subject.column) : -1;
    this.product = this.choice(f.product, productIds, 'unknown-product');
    this.type = this.choice(f.type, ticketTypes, 'unknown-type');
    this.niveau = this.choice(f.niveau, NIVEAUS, 'unknown-niveau');
    this.reported = f.reportedNiveau ? this.choice(f.reportedNiveau, NIVEAUS, 'unknown-niveau') : null;
    this.channel = this.choice(f.channel, channels, 'unknown-channel');
    this.reading = emptyReading();
  }

  /**
   * One data row: a ticket, or the reason it is set aside. `seen` holds the ids of
   * the tickets before it in the file (a repeat is set aside as `duplicate-id`);
   * the caller adds the id of a ticket to it. A ticket's reading is one object,
   * filled again for every row (a million rows make no million readings): take what
   * you keep from it before reading the next row.
   */
  read(fields: string[], line: number, problem: CsvProblem, seen: SeenIds): RowReading {
    let id = '';
    this.registered = this.resolved = this.updated = NaN;
    this.ambiguous = false;
    try {
      if (problem) throw new RowError(problem);
      if (fields.length !== this.columns) throw new RowError('wrong-column-count', undefined, `${fields.length} van ${this.columns}`);
      // The id is looked up first: a repeat is a duplicate-id whatever else is wrong with it.
      const rawId = this.rawId(fields[this.idIndex]);
      id = this.mapping.idPrefix + rawId;
      if (seen.has(rawId)) throw new RowError('duplicate-id', this.header[this.idIndex], rawId);
      const clientRef = this.client(fields);
      const nameRef = this.nameIndex === -1 || this.nameIndex === this.clientIndex ? clientRef : this.name(nfc(fields[this.nameIndex].trim()), clientRef);
      const product = this.pick(this.product, fields)!;
      const type = this.pick(this.type, fields)!;
      const niveau = this.pick(this.niveau, fields)!;
      const reportedNiveau = this.reported === null ? null : this.pick(this.reported, fields, true);
      const channel = this.pick(this.channel, fields)!;
      const registeredAt = (this.registered = this.time(fields, this.registeredIndex, false, true));
      const resolved = (this.resolved = this.time(fields, this.resolvedIndex, true, true));
      const updated = (this.updated = this.time(fields, this.updatedIndex, true, false));
      const waitTotalMinutes = this.count(fields, this.waitIndex, 'minutes');
      const reopens = this.count(fields, this.reopensIndex, 'count');
      const r = this.reading;
      r.line = line;
      r.rawId = own(rawId);
      r.id = own(id);
      r.clientId = this.names[clientRef];
      r.clientName = this.names[nameRef];
      r.clientRef = clientRef;
      r.nameRef = nameRef;
      r.product = product;
      r.type = type;
      r.niveau = niveau;
      r.reportedNiveau = reportedNiveau;
      r.channel = channel;
      r.registeredAt = registeredAt;
      r.resolvedAt = orNull(resolved);
      r.updatedAt = orNull(updated);
      r.waitTotalMinutes = waitTotalMinutes;
      r.reopens = reopens;
      if (this.subjectIndex === -1) {
        r.subject = '';
        r.subjectCutFrom = 0;
      } else {
        const subject = cleanSubject(fields[this.subjectIndex]);
        r.subject = own(subject.text);
        r.subjectCutFrom = subject.cutFrom;
      }
      r.ambiguous = this.ambiguous;
      r.latest = latestOf(registeredAt, resolved, updated);
      return r;
    } catch (e) {
      if (!(e instanceof RowError)) throw e;
      // A row set aside still counts what it read before the reason was found.
      return { kind: 'set-aside', record: setAsideRecord(this.file, line, e, id ? own(id) : undefined, 'ticket'), latest: this.readSoFar() };
    }
  }

  private choice<T>(field: { column?: string; map?: Record<string, unknown>; value?: unknown }, values: readonly T[], reason: string): Choice<T> {
    const plain = new Map(values.map((v, k) => [String(v), k]));
    const code = (v: unknown) => plain.get(String(v))!;
    if (field.value !== undefined) return { column: '', index: -1, constant: values[code(field.value)], table: new ValueTable(new Map()), values, reason };
    let table = plain;
    if (field.map) {
      table = new Map<string, number>();
      for (const [k, v] of Object.entries(field.map)) table.set(k.trim(), code(v));
      for (const [k, v] of Object.entries(field.map)) if (!table.has(k.trim().toLowerCase())) table.set(k.trim().toLowerCase(), code(v));
    }
    return { column: field.column!, index: this.header.indexOf(field.column!), constant: null, table: new ValueTable(table), values, reason };
  }

  /**
   * The latest instant of the row being read that can be a report moment
   * (-Infinity: none): of the timestamps it read (before a reason to set it aside
   * was found, if any).
   */
  private readSoFar(): number {
    return latestOf(this.registered, this.resolved, this.updated);
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

  /** The client id's position in `names`: checked once per id (safe to name a file). */
  private client(fields: string[]): number {
    const column = this.header[this.clientIndex];
    const raw = nfc(fields[this.clientIndex].trim());
    if (raw === '') throw new RowError('missing-value', column, '');
    const known = this.clients.get(raw);
    if (known !== undefined) return known;
    if (isScientific(raw)) throw new RowError('excel-scientific-id', column, raw);
    requireVisibleId(raw, column);
    if (isUnsafeId(raw)) throw new RowError('unsafe-id', column, raw);
    return this.newName(raw, this.clients, raw);
  }

  /** The position in `names` of the client's name; of the client id (`client`) when the cell is empty. Control and invisible characters are shown written out. */
  private name(raw: string, client: number): number {
    if (raw === '') return client;
    return this.shown.get(raw) ?? this.newName(raw, this.shown, visibleName(raw));
  }

  /** Adds `shown` to `names` (and `raw` to `index`): its position. */
  private newName(raw: string, index: Map<string, number>, shown: string): number {
    const position = this.names.length;
    const key = own(raw);
    index.set(key, position);
    this.names.push(shown === raw ? key : own(shown));
    return position;
  }

  /** The value of a choice column; null only for an empty optional cell. */
  private pick<T>(c: Choice<T>, fields: string[], optional = false): T | null {
    if (c.index === -1) return c.constant;
    const raw = fields[c.index].trim();
    // Exact spelling first (the usual case), then case-insensitively.
    let found = c.table.get(raw);
    if (found === -1) found = c.table.get(raw.toLowerCase());
    if (found !== -1) return c.values[found];
    if (raw === '') {
      if (optional) return null;
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
    if (ambiguous && flagged) this.ambiguous = true;
    return ms;
  }

  /**
   * The number in the column (see export-number.ts), null for none. Minutes may have a
   * fraction, rounded down to whole minutes (every duration is whole minutes, and a
   * total wait never credits more than the export says); a count may not.
   */
  private count(fields: string[], index: number, kind: 'minutes' | 'count'): number | null {
    if (index === -1) return null;
    const raw = fields[index].trim();
    if (raw === '' || raw === '-') return null;
    const n = exportNumber(raw);
    if (n !== n || (kind === 'count' && !Number.isInteger(n))) throw new RowError('bad-number', this.header[index], raw);
    return Math.floor(n);
  }
}

/** The latest of a row's instants (NaN: not read) that can be a report moment; -Infinity: none. */
function latestOf(a: number, b: number, c: number): number {
  let latest = -Infinity;
  if (a > latest && canBeReportMoment(a)) latest = a;
  if (b > latest && canBeReportMoment(b)) latest = b;
  if (c > latest && canBeReportMoment(c)) latest = c;
  return latest;
}

const orNull = (ms: number): number | null => (ms === ms ? ms : null);

/**
 * A copy of a string that does not keep the parser's input chunk alive (V8 keeps
 * substrings of 13+ characters as slices of their parent): memory stays flat.
 */
function own(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}
