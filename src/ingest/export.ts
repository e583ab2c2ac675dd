// Reads a helpdesk export (Zendesk, Jira Service Management, TOPdesk, ...) through
// its mapping into engine tickets. Only the mapped columns are looked at: free text
// (descriptions, comments, requester names and e-mail addresses) never leaves the
// CSV parser. Every row ends as a ticket record or a set-aside record.
import { basename } from 'node:path';
import { productIds, ticketTypes, type Niveau, type ProductId, type TicketType } from '../contract/schema.ts';
import { channels, type Channel, type Ticket } from '../engine/ticket.ts';
import { zone as zoneOf, type Zone } from '../engine/zone.ts';
import type { TicketRecord } from './canonical.ts';
import { readCsv, type CsvProblem, type CsvSink } from './csv.ts';
import { DateFormat } from './date-format.ts';
import type { Dialect } from './dialect.ts';
import { DataError } from './data-error.ts';
import { referencedColumns, type LoadedMapping } from './mapping-load.ts';
import type { Mapping } from './mapping-schema.ts';
import { laterMoment } from './report-moment.ts';
import { RowError, setAsideRecord, isUnsafeId } from './row-error.ts';
import type { SetAsideRecord } from './set-aside.ts';
import { parseTimestamp, readTimestamp, type TimestampResult } from './timestamp.ts';

export interface ExportData {
  records: TicketRecord[];
  setAside: SetAsideRecord[];
  rows: number;
  header: string[];
  dialect: Dialect;
  latestInstant: number | null;
}

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

/** The value of a string of 1 to 15 decimal digits, or -1 for anything else (the same as Number(s) for such a string). */
function digitsValue(s: string): number {
  const n = s.length;
  if (n === 0 || n > 15) return -1;
  let v = 0;
  for (let i = 0; i < n; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}
const NUMBER = /^\d+(?:[.,]\d+)?$/;
// Export tickets have no events or flags of their own: one shared, frozen empty
// list each (a million tickets do not need a million empty arrays). Code that adds
// to them replaces the list (see pipeline/wait-total.ts), never pushes.
const NO_LINES: number[] = Object.freeze([]) as unknown as number[];
const NO_EVENTS: Ticket['events'] = Object.freeze([]) as unknown as Ticket['events'];
const NO_FLAGS: string[] = Object.freeze([]) as unknown as string[];

export async function readExport(path: string, loaded: LoadedMapping, file = basename(path), dialect?: Dialect): Promise<ExportData> {
  const sink = new ExportSink(loaded.mapping, file);
  const result = await readCsv(path, sink, dialect);
  return { records: sink.records, setAside: sink.setAside, rows: result.rows, header: result.header, dialect: result.dialect, latestInstant: sink.reader?.latest ?? null };
}

/** Takes the parser's rows: each ends as a ticket record or a set-aside record. */
class ExportSink implements CsvSink {
  readonly records: TicketRecord[] = [];
  readonly setAside: SetAsideRecord[] = [];
  reader: RowReader | null = null;

  constructor(
    private readonly mapping: Mapping,
    private readonly file: string,
  ) {}

  header(header: string[]): void {
    // The mapping was picked on the header as sniffed; this is the header as read (a
    // column missing here would be read at index -1 in every row).
    const missing = [...new Set(referencedColumns(this.mapping))].filter((c) => !header.includes(c));
    if (missing.length) throw new DataError(this.file, `kolom(men) uit de mapping ontbreken in de kop: ${missing.join(', ')}`);
    this.reader = new RowReader(this.mapping, header, this.file);
  }

  row(fields: string[], line: number, problem: CsvProblem): void {
    const r = this.reader!.read(fields, line, problem);
    if ('ticket' in r) this.records.push(r);
    else this.setAside.push(r);
  }
}

interface Choice<T> {
  column: string;
  index: number;
  constant: T | undefined;
  map: Map<string, T> | null;
  /** Canonical values accepted as written when there is no map. */
  plain: Map<string, T>;
  reason: string;
}

/** One export's rows read with column positions, value maps and date formats worked out once. */
class RowReader {
  latest: number | null = null;
  /** Remarks on the row being read (ambiguous local times); null while there are none. */
  private flags: string[] | null = null;
  /** Where readTimestamp puts a timestamp it read. */
  private readonly stamp = { ms: 0, ambiguous: false };
  private readonly zone: Zone;
  private readonly formats: DateFormat[];
  private readonly ids = new Set<string>();
  private readonly names = new Map<string, string>();
  private readonly idIndex: number;
  private readonly clientIndex: number;
  private readonly nameIndex: number;
  private readonly registeredIndex: number;
  private readonly resolvedIndex: number;
  private readonly updatedIndex: number;
  private readonly waitIndex: number;
  private readonly reopensIndex: number;
  private readonly product: Choice<ProductId>;
  private readonly type: Choice<TicketType>;
  private readonly niveau: Choice<Niveau>;
  private readonly reported: Choice<Niveau> | null;
  private readonly channel: Choice<Channel>;
  private readonly columns: number;

  constructor(
    private readonly mapping: Mapping,
    private readonly header: string[],
    private readonly file: string,
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
    const niveauPlain = new Map<string, Niveau>([['1', 1], ['2', 2], ['3', 3]]);
    this.product = this.choice(f.product, new Map(productIds.map((p) => [p, p])), 'unknown-product');
    this.type = this.choice(f.type, new Map(ticketTypes.map((t) => [t, t])), 'unknown-type');
    this.niveau = this.choice(f.niveau, niveauPlain, 'unknown-niveau');
    this.reported = f.reportedNiveau ? this.choice(f.reportedNiveau, niveauPlain, 'unknown-niveau') : null;
    this.channel = this.choice(f.channel, new Map(channels.map((c) => [c, c])), 'unknown-channel');
  }

  private choice<T>(field: { column?: string; map?: Record<string, unknown>; value?: unknown }, plain: Map<string, T>, reason: string): Choice<T> {
    if (field.value !== undefined) return { column: '', index: -1, constant: field.value as T, map: null, plain, reason };
    let map: Map<string, T> | null = null;
    if (field.map) {
      map = new Map();
      for (const [k, v] of Object.entries(field.map)) map.set(k.trim(), v as T);
      for (const [k, v] of Object.entries(field.map)) if (!map.has(k.trim().toLowerCase())) map.set(k.trim().toLowerCase(), v as T);
    }
    return { column: field.column!, index: this.header.indexOf(field.column!), constant: undefined, map, plain, reason };
  }

  read(fields: string[], line: number, problem: CsvProblem): TicketRecord | SetAsideRecord {
    let id = '';
    try {
      if (problem) throw new RowError(problem);
      if (fields.length !== this.columns) throw new RowError('wrong-column-count', undefined, `${fields.length} van ${this.columns}`);
      id = this.ticketId(fields[this.idIndex]);
      if (this.ids.has(id)) throw new RowError('duplicate-id', this.header[this.idIndex], fields[this.idIndex].trim());
      const ticket = this.ticket(id, fields);
      this.flags = null;
      ticket.registeredAt = this.time(fields, this.registeredIndex, false, 'registered_at')!;
      ticket.resolvedAt = this.time(fields, this.resolvedIndex, true, 'resolved_at');
      const updatedAt = this.time(fields, this.updatedIndex, true, null);
      const waitTotalMinutes = this.count(fields, this.waitIndex);
      const reopens = this.count(fields, this.reopensIndex);
      this.ids.add(id);
      return { ticket, file: this.file, line, eventLines: NO_LINES, eventsFile: null, flags: this.flags ?? NO_FLAGS, updatedAt, waitTotalMinutes, reopens };
    } catch (e) {
      if (!(e instanceof RowError)) throw e;
      return setAsideRecord(this.file, line, e, id || undefined, 'ticket');
    }
  }

  private ticketId(raw: string): string {
    const column = this.header[this.idIndex];
    const id = raw.trim();
    if (id === '') throw new RowError('missing-value', column, '');
    if (isScientific(id)) throw new RowError('excel-scientific-id', column, id);
    return own(this.mapping.idPrefix + id);
  }

  private ticket(id: string, fields: string[]): Ticket {
    const clientColumn = this.header[this.clientIndex];
    const clientRaw = fields[this.clientIndex].trim();
    if (clientRaw === '') throw new RowError('missing-value', clientColumn, '');
    if (isScientific(clientRaw)) throw new RowError('excel-scientific-id', clientColumn, clientRaw);
    if (isUnsafeId(clientRaw)) throw new RowError('unsafe-id', clientColumn, clientRaw);
    const clientId = this.intern(clientRaw);
    const nameRaw = this.nameIndex === -1 ? '' : fields[this.nameIndex].trim();
    return {
      id,
      clientId,
      clientName: nameRaw === '' ? clientId : this.intern(nameRaw),
      product: this.pick(this.product, fields)!,
      type: this.pick(this.type, fields)!,
      niveau: this.pick(this.niveau, fields)!,
      reportedNiveau: this.reported === null ? null : this.pick(this.reported, fields, true),
      channel: this.pick(this.channel, fields)!,
      registeredAt: 0,
      resolvedAt: null,
      version: '',
      events: NO_EVENTS,
    };
  }

  private pick<T>(c: Choice<T>, fields: string[], optional = false): T | null {
    if (c.index === -1) return c.constant!;
    const raw = fields[c.index].trim();
    const table = c.map !== null ? c.map : c.plain;
    // Exact spelling first (the usual case), then case-insensitively.
    const found = table.get(raw) ?? table.get(raw.toLowerCase());
    if (found !== undefined) return found;
    if (raw === '') {
      if (optional) return null;
      throw new RowError('missing-value', c.column, '');
    }
    throw new RowError(c.reason, c.column, raw);
  }

  private time(fields: string[], index: number, optional: boolean, flagName: string | null): number | null {
    if (index === -1) return null;
    const raw = fields[index].trim();
    const column = this.header[index];
    if (raw === '') {
      if (optional) return null;
      throw new RowError('missing-value', column, raw);
    }
    let ms: number;
    let ambiguous: boolean;
    let r: TimestampResult | null = null;
    for (let k = 0; k < this.formats.length && r === null; k++) r = this.formats[k].parse(raw, this.zone);
    if (r === null && readTimestamp(raw, this.zone, this.stamp)) {
      // The common case, without a result object per timestamp.
      ms = this.stamp.ms;
      ambiguous = this.stamp.ambiguous;
    } else {
      r ??= parseTimestamp(raw, this.zone);
      if (!r.ok) throw new RowError(r.reason, column, raw);
      ms = r.ms;
      ambiguous = r.ambiguous;
    }
    if (ambiguous && flagName !== null) (this.flags ??= []).push(`ambiguous-local-time:${flagName}`);
    this.latest = laterMoment(this.latest, ms);
    return ms;
  }

  private count(fields: string[], index: number): number | null {
    if (index === -1) return null;
    const raw = fields[index].trim();
    if (raw === '' || raw === '-') return null;
    const whole = digitsValue(raw);
    if (whole !== -1) return whole;
    if (!NUMBER.test(raw)) throw new RowError('bad-number', this.header[index], raw);
    return Number(raw.replace(',', '.'));
  }

  /** One copy per distinct client, detached from the parser's chunk. */
  private intern(raw: string): string {
    let s = this.names.get(raw);
    if (s === undefined) this.names.set(raw, (s = own(raw)));
    return s;
  }
}

/**
 * A copy of a string that does not keep the parser's input chunk alive (V8 keeps
 * substrings of 13+ characters as slices of their parent): memory stays flat.
 */
function own(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}
