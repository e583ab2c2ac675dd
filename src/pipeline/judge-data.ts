// Reads contract, releases and ticket data from disk and runs every ticket
// through the engine once. The one place where files meet the engine.
import { existsSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import { leveranciersPathFor, loadLeveranciers, type LeveranciersContent } from '../contract/leveranciers.ts';
import { loadSlaFile, loadSlaFolder } from '../contract/load.ts';
import type { SlaSource } from '../contract/parse.ts';
import { compileContract, type CompiledContract, type Release } from '../engine/contract.ts';
import { createEngine, type Evaluation } from '../engine/evaluate.ts';
import { isoInZone, zone, type Zone } from '../engine/zone.ts';
import type { TicketRecord } from '../ingest/canonical.ts';
import type { MergedDuplicate } from '../ingest/duplicates.ts';
import { settleClientNames } from '../ingest/client-names.ts';
import { mixedScriptWarnings } from '../ingest/look-alike.ts';
import type { DataWarning } from '../ingest/data-warning.ts';
import { DataError } from '../ingest/data-error.ts';
import { requireRegularFile } from '../ingest/input-file.ts';
import { loadMappings } from '../ingest/mapping-load.ts';
import type { WaitDisagreement } from '../ingest/duplicates.ts';
import type { HistoryEventCounts } from '../ingest/history/history-store.ts';
import { loadHistoryMappings } from '../ingest/history/mapping.ts';
import { isHistoryFolder } from '../ingest/history/read-history.ts';
import { readReleases } from '../ingest/releases.ts';
import { reasonText, type SetAsideRecord } from '../ingest/set-aside.ts';
import { readSources, type SourceFile } from '../ingest/sources.ts';
import { parseTimestamp } from '../ingest/timestamp.ts';
import { latestMoment, periodEnd, SILENCE_MS } from './data-period.ts';
import { inFileOrder } from './file-order.ts';
import { approximateFlags, placeWaitTotal } from './wait-total.ts';

export const DEFAULT_MAPPINGS = 'data/mappings';

/**
 * 4.6 for a ticket from a helpdesk export, which records no status updates and no
 * other report to the client: a resolution within half the streeftijd (or by the
 * report's due moment) still shows the norm met (the engine counts the resolution
 * itself), but a later one cannot tell a late report from an unrecorded one, so it
 * is not judged (null), never "te laat".
 */
function withoutStatusUpdates(evaluation: Evaluation): Evaluation {
  if (evaluation.statusUpdateMet !== false && evaluation.clientReportMet !== false) return evaluation;
  return {
    ...evaluation,
    statusUpdateMet: evaluation.statusUpdateMet === false ? null : evaluation.statusUpdateMet,
    clientReportMet: evaluation.clientReportMet === false ? null : evaluation.clientReportMet,
  };
}

export interface DataPaths {
  sla: string;
  /** The first ticket file (canonical tickets.csv or an export); null when only exports are given. */
  tickets: string | null;
  events?: string | null;
  releases?: string | null;
  /** More ticket files: helpdesk exports (or canonical tickets files), or folders of saved API pages, read after `tickets`. */
  exports?: string[];
  /** Folder (or file) of mappings for exports; default data/mappings. */
  mappings?: string;
  /** Read the optional `subject` column of a canonical tickets.csv (an export's subject is read when its mapping names it). */
  subjects?: boolean;
}

export interface Judged {
  evaluation: Evaluation;
  record: TicketRecord;
}

/** Read = judged + set aside + merged, for ticket rows; the other counts are context. */
export interface Counts {
  /** Ticket rows read in all ticket files. */
  ticketRows: number;
  judged: number;
  /** Ticket rows set aside (unreadable, or not judgeable by the engine). */
  setAside: number;
  /** Ticket rows merged away as duplicates of a row in another file. */
  duplicatesMerged: number;
  /** Judged tickets whose figures are approximate (total wait only, or reopens at unknown moments). */
  approximate: number;
  eventRows: number;
  releaseRows: number;
  /** Changes read from status histories and where each ended (read = used + duplicates + with tickets set aside + set aside); null without history pages. */
  historyEvents: HistoryEventCounts | null;
}

export interface JudgedData {
  slaSources: SlaSource[];
  /** The Leveranciers' names, logos and helpdesk (content/leveranciers.yaml beside the SLA folder). */
  leveranciers: LeveranciersContent;
  contracts: CompiledContract[];
  releases: Release[];
  asOf: number;
  /** The last moment of the data's period (see data-period.ts); null without tickets. */
  periodEnd: number | null;
  judged: Judged[];
  /** Every row set aside, in file and line order (see file-order.ts). */
  setAside: SetAsideRecord[];
  counts: Counts;
  /** Every input file: kind, mapping, dialect and rows. */
  files: SourceFile[];
  /** Ticket rows merged away, and the row that was kept instead. */
  duplicates: MergedDuplicate[];
  /** Rows judged that a person should look at (a last row without a line break, one client with two names), in file and line order. */
  warnings: DataWarning[];
  /** Tickets whose status history and an export's total wait differ by more than a few minutes (the history was judged). */
  waitDisagreements: WaitDisagreement[];
}

export function loadContracts(slaPath: string): SlaSource[] {
  const sources = statSync(slaPath).isDirectory() ? loadSlaFolder(slaPath) : [loadSlaFile(slaPath)];
  // Every instant of a report is written in one zone: versions in different zones cannot share one report.
  const zones = [...new Set(sources.map((s) => s.frontmatter.timeZone))];
  if (zones.length > 1) throw new DataError(slaPath, `de SLA-versies noemen verschillende tijdzones (${zones.join(', ')}); één rapportage rekent in één tijdzone`);
  return sources;
}

/** An --as-of value that is no moment: a usage error (exit 2), not a crash. */
export class AsOfError extends Error {}

/** Parses an --as-of value in the contract's zone. */
export function parseAsOf(text: string, timeZone: string): number {
  const r = parseTimestamp(text, zone(timeZone));
  if (!r.ok) throw new AsOfError(`--as-of "${text}" is geen geldig tijdstip (verwacht bijv. 2025-10-31T23:59 of 2025-11-01)`);
  return r.ms;
}

export async function judgeData(paths: DataPaths, asOfText?: string): Promise<JudgedData> {
  const slaSources = loadContracts(paths.sla);
  const leveranciers = loadLeveranciers(leveranciersPathFor(paths.sla), slaSources);
  const contracts = slaSources.map((s) => compileContract(s.frontmatter));
  const timeZone = slaSources[0].frontmatter.timeZone;
  const mappings = loadMappings(paths.mappings ?? DEFAULT_MAPPINGS);
  const historyMappings = loadHistoryMappings(paths.mappings ?? DEFAULT_MAPPINGS);
  // Before any data is read: a wrong --as-of should not wait for a large export.
  const givenAsOf = asOfText !== undefined ? parseAsOf(asOfText, timeZone) : null;
  const display = (p: string) => relative(process.cwd(), p) || p;
  // A ticket source may be a folder of saved API pages (history/read-history.ts checks its files).
  for (const file of [paths.tickets, ...(paths.exports ?? [])]) {
    if (file && !isHistoryFolder(file)) requireRegularFile(file, display(file));
  }
  for (const file of [paths.events, paths.releases]) {
    if (file) requireRegularFile(file, display(file));
  }
  const releaseData = paths.releases && existsSync(paths.releases) ? await readReleases(paths.releases) : { releases: [], setAside: [], rows: 0 };
  const data = await readSources({
    tickets: [...(paths.tickets === null ? [] : [paths.tickets]), ...(paths.exports ?? [])],
    events: paths.events,
    mappings,
    historyMappings,
    subjects: paths.subjects === true,
    zone: zone(timeZone),
    displayName: display,
  });
  const latest = data.records.map((r) => latestMoment(r.ticket, r.updatedAt));
  const end = periodEnd(latest);
  // The latest moment in the data, unless it lies beyond the period (a ticket, or a row
  // set aside for another reason): then the latest moment of the period's tickets.
  const defaultAsOf = data.latestInstant !== null && end !== null && data.latestInstant > end + SILENCE_MS ? end : (data.latestInstant ?? 0);
  const asOf = givenAsOf ?? defaultAsOf;
  const engine = createEngine({ contracts, releases: releaseData.releases });
  const judged: Judged[] = [];
  const setAside: SetAsideRecord[] = [...releaseData.setAside];
  for (const r of data.setAside) setAside.push(r);
  let approximate = 0;
  const exports = new Set(data.files.filter((f) => f.kind === 'export').map((f) => f.file));
  const zoned = zone(timeZone);
  for (let k = 0; k < data.records.length; k++) {
    const record = data.records[k];
    if (end !== null && latest[k] > end) {
      setAside.push(beyondPeriod(record, latest[k], end, zoned));
      continue;
    }
    const why = approximateFlags(record);
    if (why.length) {
      record.flags = [...record.flags, ...why];
      placeWaitTotal(record, engine, asOf);
    }
    const r = engine.evaluate(record.ticket, asOf);
    if (r.kind === 'judged') {
      // Status updates are recorded in neither an export nor a status history (see withoutStatusUpdates).
      const unrecorded = exports.has(record.file) || record.historyWaitMinutes !== undefined;
      judged.push({ evaluation: unrecorded ? withoutStatusUpdates(r.evaluation) : r.evaluation, record });
      if (why.length) approximate++;
      continue;
    }
    setAside.push(engineSetAside(record, r.setAside.reason, r.setAside.at));
  }
  // Names are settled among the tickets judged: those are the ones every page and PDF shows.
  const judgedRecords = judged.map((j) => j.record);
  const fileOrder = data.files.map((f) => f.file);
  const warnings = [...data.warnings, ...settleClientNames(judgedRecords, fileOrder), ...mixedScriptWarnings(judgedRecords, fileOrder)];
  const ticketsSetAside = setAside.reduce((n, r) => n + (r.scope === 'ticket' ? 1 : 0), 0);
  return {
    slaSources,
    leveranciers,
    contracts,
    releases: releaseData.releases,
    asOf,
    periodEnd: end,
    judged,
    setAside: inFileOrder(setAside, data.files),
    counts: {
      ticketRows: data.ticketRows,
      judged: judged.length,
      setAside: ticketsSetAside,
      duplicatesMerged: data.duplicates.length,
      approximate,
      eventRows: data.eventRows,
      releaseRows: releaseData.rows,
      historyEvents: data.historyEvents,
    },
    files: data.files,
    duplicates: data.duplicates,
    warnings: inFileOrder(warnings, data.files),
    waitDisagreements: data.waitDisagreements,
  };
}

/** A ticket whose latest moment lies beyond the data's period: set aside where that moment is written. */
function beyondPeriod(record: TicketRecord, latest: number, end: number, z: Zone): SetAsideRecord {
  const r = engineSetAside(record, 'beyond-data-period', latest);
  const date = (ms: number) => isoInZone(ms, z).slice(0, 10);
  return { ...r, value: date(latest), message: `${reasonText['beyond-data-period']}: ${date(latest)}; de gegevens lopen tot ${date(end)} (ticket ${record.ticket.id})` };
}

/** Where the engine's objection points: the event's row when it names an event, else the ticket's row. */
function engineSetAside(record: TicketRecord, reason: string, at: number | undefined): SetAsideRecord {
  const eventIndex = at === undefined ? -1 : record.ticket.events.findIndex((e) => e.at === at);
  const onEvent = eventIndex >= 0 && record.eventsFile !== null;
  return {
    file: onEvent ? record.eventsFile! : record.file,
    line: onEvent ? record.eventLines[eventIndex] : record.line,
    reason,
    ticketId: record.ticket.id,
    message: `${reasonText[reason] ?? reason} (ticket ${record.ticket.id})`,
    scope: 'ticket',
  };
}
