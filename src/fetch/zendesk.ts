// Zendesk's two incremental exports, saved page by page:
// - tickets, cursor-based: GET /api/v2/incremental/tickets/cursor.json?start_time=T, then
//   ?cursor=<after_cursor> until end_of_stream; a page holds `tickets`, `after_cursor`,
//   `after_url`, `before_cursor`, `before_url`, `end_of_stream` (and `organizations` with
//   include=organizations). The last page's after_cursor is where next month's fetch goes on;
//   it can be null when nothing was returned, then the position stays as it was.
// - ticket_events, time-based: GET /api/v2/incremental/ticket_events.json?start_time=T; a page
//   holds `ticket_events`, `next_page`, `count`, `end_time`, `end_of_stream`, and end_time is
//   the start_time of the next page ("the most recent time present in the result set ... use
//   as the start_time to fetch the next page").
// Shapes checked against developer.zendesk.com (Incremental Exports: JSON format, cursor-based
// and time-based pagination, 10 requests a minute, Retry-After), zenpy's
// zenpy/lib/generator.py (end_time as next start_time; a repeated end_time loops) and dlt's
// Zendesk example (next_page until end_of_stream). The URLs are built here from the base
// URL, never taken from after_url/next_page, so credentials never go to another host.
import { DateTime } from 'luxon';
import { FetchError, SetupError } from './fetch-error.ts';
import type { FetchState, PageStore, StreamState } from './page-store.ts';
import { pageObject, shapeError, type StreamSpec } from './stream.ts';

export interface ZendeskOptions {
  /** First fetch only: export what changed from this moment (Unix seconds). */
  since?: number;
  /** Side-load the organizations on the ticket pages. */
  includeOrganizations: boolean;
}

/** Zendesk refuses a start_time less than a minute old. */
const FRESH_S = 60;

export function zendeskStreams(options: ZendeskOptions): StreamSpec[] {
  return [ticketStream(options), eventStream()];
}

function ticketStream(options: ZendeskOptions): StreamSpec {
  const label = 'Zendesk tickets';
  const asked = new Set<string>();
  return {
    name: 'tickets',
    label,
    itemWord: 'tickets',
    request(state) {
      const query = new URLSearchParams();
      if (state.cursor !== undefined) {
        asked.add(state.cursor);
        query.set('cursor', state.cursor);
      } else query.set('start_time', String(state.startTime ?? 0));
      if (options.includeOrganizations) query.set('include', 'organizations');
      return { path: '/api/v2/incremental/tickets/cursor.json', query };
    },
    advance(json, state) {
      const page = pageObject(json, label);
      if (!Array.isArray(page.tickets)) throw shapeError(label, '"tickets" ontbreekt');
      if (typeof page.end_of_stream !== 'boolean') throw shapeError(label, '"end_of_stream" ontbreekt');
      const after = typeof page.after_cursor === 'string' && page.after_cursor !== '' ? page.after_cursor : undefined;
      if (!page.end_of_stream) {
        if (after === undefined) throw shapeError(label, 'geen "after_cursor" terwijl "end_of_stream" false is');
        if (asked.has(after)) throw repeated(label, 'dezelfde cursor');
      }
      const next: StreamState = after === undefined ? state : { ...state, cursor: after, startTime: undefined };
      return { items: page.tickets.length, next, end: page.end_of_stream };
    },
  };
}

function eventStream(): StreamSpec {
  const label = 'Zendesk ticket_events';
  const asked = new Set<number>();
  return {
    name: 'ticket_events',
    label,
    itemWord: 'events',
    request(state) {
      const startTime = state.startTime ?? 0;
      asked.add(startTime);
      return { path: '/api/v2/incremental/ticket_events.json', query: new URLSearchParams({ start_time: String(startTime) }) };
    },
    advance(json, state) {
      const page = pageObject(json, label);
      if (!Array.isArray(page.ticket_events)) throw shapeError(label, '"ticket_events" ontbreekt');
      if (typeof page.end_of_stream !== 'boolean') throw shapeError(label, '"end_of_stream" ontbreekt');
      const endTime = Number.isSafeInteger(page.end_time) && (page.end_time as number) >= 0 ? (page.end_time as number) : undefined;
      if (!page.end_of_stream) {
        if (endTime === undefined) throw shapeError(label, 'geen "end_time" terwijl "end_of_stream" false is');
        if (asked.has(endTime) || endTime < (state.startTime ?? 0)) throw repeated(label, `hetzelfde tijdstip (end_time ${endTime})`);
      }
      const next: StreamState = endTime === undefined ? state : { ...state, startTime: endTime };
      return { items: page.ticket_events.length, next, end: page.end_of_stream };
    },
  };
}

function repeated(label: string, what: string): FetchError {
  return new FetchError(
    `${label}: de helpdesk wijst opnieuw naar ${what} zonder het einde te melden (end_of_stream); het ophalen stopt om niet eindeloos dezelfde pagina's op te halen. De pagina's tot hier zijn opgeslagen.`,
  );
}

/**
 * Gets each stream ready for this run: a first fetch starts at --since (numbering after
 * any pages already in the folder), an interrupted one goes on where it stopped, a
 * finished one goes on from its last position for what is new. Returns the streams to run.
 */
export function prepareZendesk(state: FetchState, store: PageStore, options: ZendeskOptions, nowMs: number): { run: StreamSpec[]; upToDate: string[]; starts: string[] } {
  const streams = zendeskStreams(options);
  const unknown = streams.filter((s) => state.streams[s.name] === undefined);
  if (options.since !== undefined && unknown.length === 0) {
    throw new SetupError(`er is al een stand in ${store.statePath}; het ophalen gaat daar verder en --since geldt alleen de eerste keer. Kies een andere --cache om opnieuw te beginnen.`);
  }
  if (options.since === undefined && unknown.length > 0) {
    throw new SetupError(`de eerste keer ophalen heeft een begin nodig: --since JJJJ-MM-DD (tickets en events die vanaf dan zijn gewijzigd).`);
  }
  const run: StreamSpec[] = [];
  const upToDate: string[] = [];
  const starts: string[] = [];
  for (const spec of streams) {
    const saved = state.streams[spec.name];
    const current = saved ?? { pages: store.highestPage(spec.name), complete: false, startTime: options.since };
    const startTime = current.cursor === undefined ? (current.startTime ?? 0) : undefined;
    if (current.complete && startTime !== undefined && startTime > nowMs / 1000 - FRESH_S) {
      upToDate.push(spec.label);
      continue;
    }
    state.streams[spec.name] = current.complete ? { ...current, complete: false, runStartedAt: new Date(nowMs).toISOString() } : { ...current, runStartedAt: current.runStartedAt ?? new Date(nowMs).toISOString() };
    run.push(spec);
    starts.push(`${spec.label}: ${startWords(saved, options.since)}`);
  }
  return { run, upToDate, starts };
}

export function startWords(saved: StreamState | undefined, since: number | undefined): string {
  if (saved === undefined) return since === undefined ? 'eerste keer' : `eerste keer, wijzigingen vanaf ${DateTime.fromSeconds(since, { zone: 'Europe/Amsterdam' }).toFormat('yyyy-MM-dd HH:mm')} (Europe/Amsterdam)`;
  return saved.complete ? 'wat nieuw is sinds de vorige keer' : `verder waar het vorige ophalen bleef (na pagina ${saved.pages})`;
}
