// Reads a folder of saved helpdesk API pages (each file one response body, any
// name ending in .json, in any order) into ticket records with their exact waits
// for the client. A page's kind is told by its content: `tickets` and
// `ticket_events` (Zendesk), `issues` (Jira). Pages are read one at a time and
// dropped; only per-ticket state is kept (history-store.ts), so memory grows with
// the tickets, not with the pages. A page that is not valid JSON (cut off) is set
// aside with its file named; a JSON file that is no page of either helpdesk (a
// fetch's own state file) is listed as skipped.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Zone } from '../../engine/zone.ts';
import type { TicketRecord } from '../canonical.ts';
import { DataError } from '../data-error.ts';
import type { MergedDuplicate } from '../duplicates.ts';
import { requireRegularFile } from '../input-file.ts';
import { reasonText, type SetAsideRecord } from '../set-aside.ts';
import { HistoryStore, type HistoryEventCounts } from './history-store.ts';
import { readJiraIssues } from './jira-page.ts';
import type { HistoryApi, LoadedHistoryMapping } from './mapping.ts';
import { readZendeskEvents, readZendeskTickets } from './zendesk-page.ts';

export interface HistoryData {
  records: TicketRecord[];
  setAside: SetAsideRecord[];
  merged: MergedDuplicate[];
  /** Ticket (issue) items read in all pages. */
  ticketRows: number;
  events: HistoryEventCounts;
  pages: number;
  /** JSON files that are no page of a helpdesk, not read. */
  skipped: string[];
  /** The mapping each helpdesk's pages were read with. */
  mappings: string[];
  latestInstant: number | null;
}

export interface HistoryOptions {
  mappings: LoadedHistoryMapping[];
  zone: Zone;
  displayName: (path: string) => string;
  /** Receives each record instead of the list (the benchmark counts them without keeping them). */
  take?: (record: TicketRecord) => void;
}

type PageKind = 'zendesk-tickets' | 'zendesk-events' | 'jira-issues';

function pageKind(page: unknown): PageKind | null {
  if (page === null || typeof page !== 'object' || Array.isArray(page)) return null;
  const p = page as Record<string, unknown>;
  if (Array.isArray(p.tickets)) return 'zendesk-tickets';
  if (Array.isArray(p.ticket_events)) return 'zendesk-events';
  if (Array.isArray(p.issues)) return 'jira-issues';
  return null;
}

/** The page files of a folder, by name (the order does not change the result). */
export function pageFiles(folder: string): string[] {
  return readdirSync(folder)
    .filter((f) => f.toLowerCase().endsWith('.json'))
    .sort()
    .map((f) => join(folder, f));
}

export function isHistoryFolder(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
}

export function readHistory(folder: string, opts: HistoryOptions): HistoryData {
  const shown = opts.displayName(folder);
  const files = pageFiles(folder);
  if (files.length === 0) throw new DataError(shown, 'map bevat geen paginabestanden (.json) van Zendesk of Jira');
  const names = files.map(opts.displayName);
  const stores = new Map<HistoryApi, HistoryStore>();
  const storeFor = (api: HistoryApi): HistoryStore => {
    let store = stores.get(api);
    if (store === undefined) stores.set(api, (store = new HistoryStore(mappingFor(api, opts.mappings, shown).mapping, names)));
    return store;
  };
  const invalid: SetAsideRecord[] = [];
  const skipped: string[] = [];
  let pages = 0;
  files.forEach((path, k) => {
    requireRegularFile(path, names[k]);
    let page: unknown;
    try {
      page = JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
    } catch {
      invalid.push({ file: names[k], line: 1, reason: 'invalid-page', message: `${reasonText['invalid-page']}: de tickets en gebeurtenissen in dit bestand zijn niet gelezen`, scope: 'page' });
      return;
    }
    const kind = pageKind(page);
    if (kind === null) {
      skipped.push(names[k]);
      return;
    }
    pages++;
    const p = page as Record<string, unknown>;
    if (kind === 'zendesk-tickets') readZendeskTickets(p, storeFor('zendesk'), k, opts.zone);
    else if (kind === 'zendesk-events') readZendeskEvents(p, storeFor('zendesk'), k, opts.zone);
    else readJiraIssues(p, storeFor('jira'), k, opts.zone);
  });
  const records: TicketRecord[] = [];
  const take = opts.take ?? ((r: TicketRecord) => records.push(r));
  const events: HistoryEventCounts = { read: 0, used: 0, duplicates: 0, ofSetAsideTickets: 0, setAside: 0 };
  const setAside = [...invalid];
  const merged: MergedDuplicate[] = [];
  let ticketRows = 0;
  let latest: number | null = null;
  for (const store of stores.values()) {
    const counts = store.finish(take);
    for (const key of Object.keys(events) as (keyof HistoryEventCounts)[]) events[key] += counts[key];
    for (const r of store.setAside) setAside.push(r);
    for (const m of store.merged) merged.push(m);
    ticketRows += store.ticketRows;
    if (store.latest !== null && (latest === null || store.latest > latest)) latest = store.latest;
  }
  const mappings = [...stores.keys()].map((api) => opts.displayName(mappingFor(api, opts.mappings, shown).file));
  return { records, setAside, merged, ticketRows, events, pages, skipped, mappings, latestInstant: latest };
}

/** The one history mapping for the helpdesk; none or several stop the command, naming the folder. */
function mappingFor(api: HistoryApi, mappings: LoadedHistoryMapping[], folder: string): LoadedHistoryMapping {
  const fits = mappings.filter((m) => m.mapping.api === api);
  const name = api === 'zendesk' ? 'Zendesk' : 'Jira';
  if (fits.length === 0) throw new DataError(folder, `geen mapping voor pagina's van ${name} (een mapping met "api: ${api}" in data/mappings/ of --mappings)`);
  if (fits.length > 1) throw new DataError(folder, `meerdere mappings voor pagina's van ${name}: ${fits.map((m) => m.file).join(', ')}; geef er één op met --mappings BESTAND`);
  return fits[0];
}
