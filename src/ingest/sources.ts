// Reads every ticket source of a run: the canonical tickets.csv (with its
// events.csv) and any helpdesk exports, each recognised by its header. Returns
// the ticket records (duplicates across files merged), everything set aside,
// and per file what was read, so read = judged + set aside + merged can be shown.
import { open } from 'node:fs/promises';
import Papa from 'papaparse';
import type { Zone } from '../engine/zone.ts';
import { EVENT_COLUMNS, readCanonical, TICKET_COLUMNS, type TicketRecord } from './canonical.ts';
import { DataError } from './data-error.ts';
import { openLastRowWarning, subjectCutWarning, subjectNotReadWarning, type DataWarning } from './data-warning.ts';
import { detectDialect, type Dialect } from './dialect.ts';
import { mergeDuplicates, type MergedDuplicate, type WaitDisagreement } from './duplicates.ts';
import type { HistoryEventCounts } from './history/history-store.ts';
import type { LoadedHistoryMapping } from './history/mapping.ts';
import { isHistoryFolder, readHistory } from './history/read-history.ts';
import { readExport } from './export.ts';
import { pickMapping, type LoadedMapping } from './mapping-load.ts';
import type { SetAsideRecord } from './set-aside.ts';
import { SUBJECT_MAX_CHARS } from './subject.ts';
import { visibleShort } from './visible.ts';

export type SourceKind = 'tickets' | 'events' | 'export' | 'history';

/** One input file as read: how it was written and how many rows it had. */
export interface SourceFile {
  file: string;
  kind: SourceKind;
  /** The mapping file an export was read with. */
  mapping: string | null;
  encoding: Dialect['encoding'];
  delimiter: Dialect['delimiter'];
  rows: number;
  /** A folder of saved API pages (kind `history`): pages read, and JSON files that were no page. */
  pages?: number;
  skipped?: string[];
}

export interface SourceData {
  records: TicketRecord[];
  setAside: SetAsideRecord[];
  files: SourceFile[];
  /** Ticket rows read in all files (canonical and exports). */
  ticketRows: number;
  eventRows: number;
  eventRowsOfSetAsideTickets: number;
  duplicates: MergedDuplicate[];
  /** Event rows of ticket rows that were merged away as duplicates. */
  eventRowsOfMergedTickets: number;
  latestInstant: number | null;
  /** Rows read and judged that a person should look at (a last row without a line break). */
  warnings: DataWarning[];
  /** Status and priority changes read from history pages, and where each ended; null without history pages. */
  historyEvents: HistoryEventCounts | null;
  /** Tickets whose status history and CSV total wait disagree (see duplicates.ts). */
  waitDisagreements: WaitDisagreement[];
}

export interface SourceOptions {
  /** Ticket files in the order given: canonical tickets.csv or exports, told apart by their header. */
  tickets: string[];
  /** The canonical events.csv; it belongs to the (one) canonical tickets file. */
  events?: string | null;
  mappings: LoadedMapping[];
  /** Mappings of saved API pages (history/mapping.ts), for a folder given as a ticket source. */
  historyMappings?: LoadedHistoryMapping[];
  zone: Zone;
  displayName: (path: string) => string;
  /** Read the optional `subject` column of a canonical tickets.csv (off by default: subjects may hold patient data). */
  subjects?: boolean;
}

const SNIFF_BYTES = 64 * 1024;
/** Longest header row read: a file whose first row runs on past this is no CSV with a header. */
const MAX_HEADER_BYTES = 8 * 1024 * 1024;

/**
 * The header row of a file: its first row, read until it ends (a header with
 * thousands of columns can be longer than the first 64 KB, and a column cut off
 * at the end of a read would be taken for another column). Each read is twice
 * the one before, so even a header of megabytes is parsed only a few times.
 */
export async function sniffHeader(path: string, dialect: Dialect): Promise<string[]> {
  const handle = await open(path, 'r');
  try {
    const decoder = new TextDecoder(dialect.encoding);
    let text = '';
    for (let read = 0, size = SNIFF_BYTES; ; size *= 2) {
      const buffer = Buffer.alloc(size);
      const { bytesRead } = await handle.read(buffer, 0, size, read);
      read += bytesRead;
      const end = bytesRead < size;
      text += decoder.decode(buffer.subarray(0, bytesRead), { stream: !end });
      // A second row (even an empty one) means the first has ended.
      const rows = Papa.parse<string[]>(text, { delimiter: dialect.delimiter, newline: dialect.newline, preview: 2 }).data;
      if (end || rows.length > 1) return (rows[0] ?? []).map((h, i) => (i === 0 ? h.replace(/^\uFEFF/, '') : h).trim());
      if (read >= MAX_HEADER_BYTES) throw new DataError(path, `de eerste regel (de kop) is langer dan ${MAX_HEADER_BYTES / 1024 / 1024} MB; dit is geen CSV-bestand met een kopregel`);
    }
  } finally {
    await handle.close();
  }
}

/** Header cells quoted when no mapping fits, and the longest cell shown: enough to recognise the export. */
const HEADER_CELLS_SHOWN = 8;
const HEADER_CELL_CHARS = 40;

/** The first header cells for a message, each cut and written out (a header is data: it may carry escape sequences). */
function shownHeader(header: string[]): string {
  const cells = header.slice(0, HEADER_CELLS_SHOWN).map((h) => visibleShort(h, HEADER_CELL_CHARS));
  return `${cells.join(', ')}${header.length > HEADER_CELLS_SHOWN ? ', ...' : ''}`;
}

export function isCanonicalTickets(header: string[]): boolean {
  return TICKET_COLUMNS.every((c) => header.includes(c));
}

export function isCanonicalEvents(header: string[]): boolean {
  return EVENT_COLUMNS.every((c) => header.includes(c));
}

export async function readSources(opts: SourceOptions): Promise<SourceData> {
  const sources: TicketRecord[][] = [];
  const setAside: SetAsideRecord[] = [];
  const files: SourceFile[] = [];
  let ticketRows = 0;
  let eventRows = 0;
  let eventRowsOfSetAsideTickets = 0;
  let latest: number | null = null;
  let eventsTaken = false;
  const warnings: DataWarning[] = [];
  let historyEvents: HistoryEventCounts | null = null;
  const historyMerged: MergedDuplicate[] = [];
  for (const path of opts.tickets) {
    const file = opts.displayName(path);
    if (isHistoryFolder(path)) {
      const data = readHistory(path, { mappings: opts.historyMappings ?? [], zone: opts.zone, displayName: opts.displayName });
      sources.push(data.records);
      subjectCuts(warnings, file, data.records);
      append(setAside, data.setAside);
      append(historyMerged, data.merged);
      files.push({ file, kind: 'history', mapping: data.mappings.join(', '), encoding: 'utf-8', delimiter: ',', rows: data.ticketRows, pages: data.pages, skipped: data.skipped });
      ticketRows += data.ticketRows;
      historyEvents = addCounts(historyEvents, data.events);
      latest = later(latest, data.latestInstant);
      continue;
    }
    const dialect = await detectDialect(path);
    const header = await sniffHeader(path, dialect);
    if (isCanonicalTickets(header) || header.length === 0) {
      const events: string | null = eventsTaken ? null : (opts.events ?? null);
      eventsTaken ||= events !== null;
      const data = await readCanonical({ tickets: path, events, zone: opts.zone, displayName: opts.displayName, subjects: opts.subjects === true });
      sources.push(data.records);
      subjectCuts(warnings, file, data.records);
      if (data.subjectColumnUnread) warnings.push(subjectNotReadWarning(file));
      append(setAside, data.setAside);
      files.push({ file, kind: 'tickets', mapping: null, encoding: data.ticketsEncoding, delimiter: dialect.delimiter, rows: data.ticketRows });
      if (events) {
        const ed = await detectDialect(events);
        files.push({ file: opts.displayName(events), kind: 'events', mapping: null, encoding: ed.encoding, delimiter: ed.delimiter, rows: data.eventRows });
      }
      openEnd(warnings, file, data.ticketsOpenEnd, data.records);
      if (events) openEnd(warnings, opts.displayName(events), data.eventsOpenEnd, data.records, true);
      ticketRows += data.ticketRows;
      eventRows += data.eventRows;
      eventRowsOfSetAsideTickets += data.eventRowsOfSetAsideTickets;
      latest = later(latest, data.latestInstant);
      continue;
    }
    if (isCanonicalEvents(header)) throw new DataError(file, 'dit is een gebeurtenissenbestand (events.csv); geef het op met --events');
    const mapping = pickMapping(header, opts.mappings, file);
    if (mapping === null) {
      throw new DataError(file, `geen mapping past bij de kop (${shownHeader(header)}); voeg er een toe in data/mappings/`);
    }
    const data = await readExport(path, mapping, file, dialect);
    sources.push(data.records);
    subjectCuts(warnings, file, data.records);
    append(setAside, data.setAside);
    files.push({ file, kind: 'export', mapping: opts.displayName(mapping.file), encoding: data.dialect.encoding, delimiter: dialect.delimiter, rows: data.rows });
    openEnd(warnings, file, data.openEnd, data.records);
    ticketRows += data.rows;
    latest = later(latest, data.latestInstant);
  }
  if (opts.events && !eventsTaken) throw new DataError(opts.displayName(opts.events), 'gebeurtenissen horen bij een canoniek tickets.csv, en dat is niet opgegeven');
  const merged = mergeDuplicates(sources);
  append(warnings, merged.warnings);
  // The same ticket twice in one helpdesk's pages (a later export repeats an updated ticket) is merged, like across files.
  const duplicates = historyMerged.length ? [...historyMerged, ...merged.merged] : merged.merged;
  return {
    records: merged.records,
    setAside,
    files,
    ticketRows,
    eventRows,
    eventRowsOfSetAsideTickets,
    duplicates,
    eventRowsOfMergedTickets: merged.mergedEventRows,
    latestInstant: latest,
    warnings,
    historyEvents,
    waitDisagreements: merged.waitDisagreements,
  };
}

function addCounts(a: HistoryEventCounts | null, b: HistoryEventCounts): HistoryEventCounts {
  if (a === null) return { ...b };
  return { read: a.read + b.read, used: a.used + b.used, duplicates: a.duplicates + b.duplicates, ofSetAsideTickets: a.ofSetAsideTickets + b.ofSetAsideTickets, setAside: a.setAside + b.setAside };
}

/** Flag of a ticket read from a last row without a line break after it (see data-warning.ts). */
export const OPEN_LAST_ROW = 'open-last-row';

/**
 * This product's rule for a file that ends without a line break: its last row is
 * judged as read (a complete row cannot be told from one cut inside an unquoted
 * field), with a warning naming file and line, and its ticket flagged (for an
 * events file: the ticket of that event).
 */
function openEnd(warnings: DataWarning[], file: string, line: number | null, records: TicketRecord[], events = false): void {
  if (line === null) return;
  warnings.push(openLastRowWarning(file, line));
  for (let k = records.length - 1; k >= 0; k--) {
    const r = records[k];
    // Flag lists may be shared and frozen (export-reading.ts): replaced, never pushed to.
    if (events ? r.eventsFile === file && r.eventLines.includes(line) : r.line === line) {
      r.flags = [...r.flags, OPEN_LAST_ROW];
      return;
    }
  }
}

/** A warning for every subject that was cut (ingest/subject.ts), at its row. */
function subjectCuts(warnings: DataWarning[], file: string, records: TicketRecord[]): void {
  for (let k = 0; k < records.length; k++) {
    const r = records[k];
    if (r.subjectCutFrom !== undefined) warnings.push(subjectCutWarning(r.file, r.line, r.subjectCutFrom, SUBJECT_MAX_CHARS));
  }
}

function later(a: number | null, b: number | null): number | null {
  return a === null ? b : b === null ? a : Math.max(a, b);
}

/** Appends without spreading (a spread of a very long list overflows the stack). */
function append<T>(to: T[], items: T[]): void {
  for (let k = 0; k < items.length; k++) to.push(items[k]);
}
