// Reads contract, releases and ticket data from disk and runs every ticket
// through the engine once. The one place where files meet the engine.
import { existsSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import { loadSlaFile, loadSlaFolder } from '../contract/load.ts';
import type { SlaSource } from '../contract/parse.ts';
import { compileContract, type CompiledContract, type Release } from '../engine/contract.ts';
import { createEngine, type Engine, type Evaluation } from '../engine/evaluate.ts';
import { zone } from '../engine/zone.ts';
import { readCanonical, type TicketRecord } from '../ingest/canonical.ts';
import { readReleases } from '../ingest/releases.ts';
import { reasonText, type SetAsideRecord } from '../ingest/set-aside.ts';
import { parseTimestamp } from '../ingest/timestamp.ts';

export interface DataPaths {
  sla: string;
  tickets: string;
  events?: string | null;
  releases?: string | null;
}

export interface Judged {
  evaluation: Evaluation;
  record: TicketRecord;
}

export interface JudgedData {
  slaSources: SlaSource[];
  contracts: CompiledContract[];
  releases: Release[];
  /** The engine the data was judged with, for re-judging at other moments (month ends). */
  engine: Engine;
  asOf: number;
  judged: Judged[];
  setAside: SetAsideRecord[];
  counts: { ticketRows: number; judged: number; setAside: number; eventRows: number; releaseRows: number };
}

export function loadContracts(slaPath: string): SlaSource[] {
  return statSync(slaPath).isDirectory() ? loadSlaFolder(slaPath) : [loadSlaFile(slaPath)];
}

/** Parses an --as-of value in the contract's zone; throws a usage-friendly message. */
export function parseAsOf(text: string, timeZone: string): number {
  const r = parseTimestamp(text, zone(timeZone));
  if (!r.ok) throw new Error(`--as-of "${text}" is geen geldig tijdstip (verwacht bijv. 2025-10-31T23:59 of 2025-11-01)`);
  return r.ms;
}

export async function judgeData(paths: DataPaths, asOfText?: string): Promise<JudgedData> {
  const slaSources = loadContracts(paths.sla);
  const contracts = slaSources.map((s) => compileContract(s.frontmatter));
  const timeZone = slaSources[0].frontmatter.timeZone;
  const display = (p: string) => relative(process.cwd(), p) || p;
  const releaseData = paths.releases && existsSync(paths.releases) ? await readReleases(paths.releases) : { releases: [], setAside: [], rows: 0 };
  const data = await readCanonical({ tickets: paths.tickets, events: paths.events, zone: zone(timeZone), displayName: display });
  const asOf = asOfText !== undefined ? parseAsOf(asOfText, timeZone) : (data.latestInstant ?? 0);
  const engine = createEngine({ contracts, releases: releaseData.releases });
  const judged: Judged[] = [];
  const setAside = [...releaseData.setAside, ...data.setAside];
  let ticketsSetAside = data.setAside.filter((s) => s.file === display(paths.tickets)).length;
  for (const record of data.records) {
    const r = engine.evaluate(record.ticket, asOf);
    if (r.kind === 'judged') {
      judged.push({ evaluation: r.evaluation, record });
      continue;
    }
    ticketsSetAside++;
    const { reason, at } = r.setAside;
    const eventIndex = at === undefined ? -1 : record.ticket.events.findIndex((e) => e.at === at);
    const onEvent = eventIndex >= 0 && record.eventsFile !== null;
    setAside.push({
      file: onEvent ? record.eventsFile! : record.file,
      line: onEvent ? record.eventLines[eventIndex] : record.line,
      reason,
      ticketId: record.ticket.id,
      message: `${reasonText[reason] ?? reason} (ticket ${record.ticket.id})`,
    });
  }
  return {
    slaSources,
    contracts,
    releases: releaseData.releases,
    engine,
    asOf,
    judged,
    setAside,
    counts: { ticketRows: data.ticketRows, judged: judged.length, setAside: ticketsSetAside, eventRows: data.eventRows, releaseRows: releaseData.rows },
  };
}
