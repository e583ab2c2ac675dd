// One paged export followed to its end: ask for the page the state points at, read
// where the next page is, save the page, then the state. A page whose "next" points
// back at a page already asked for in this run is not saved, and the fetch stops:
// following it would loop.
import { FetchError } from './fetch-error.ts';
import type { HttpClient } from './http.ts';
import type { FetchState, PageStore, StreamState } from './page-store.ts';

export interface Step {
  /** Items on the page (tickets, events, issues). */
  items: number;
  /** The state after this page (pages and complete are filled in by the loop). */
  next: StreamState;
  /** The page was the last one. */
  end: boolean;
}

export interface StreamSpec {
  /** File prefix and key in state.json: `tickets`, `ticket_events`, `search`. */
  name: string;
  /** For people: `Zendesk tickets`. */
  label: string;
  /** What the items are called in progress lines. */
  itemWord: string;
  request(state: StreamState): { path: string; query: URLSearchParams };
  /** Reads a page; throws FetchError on a page it cannot follow (also a repeated cursor). */
  advance(json: unknown, state: StreamState): Step;
}

export interface StreamTotals {
  label: string;
  itemWord: string;
  pages: number;
  items: number;
}

export async function runStream(spec: StreamSpec, http: HttpClient, store: PageStore, state: FetchState, log: (line: string) => void): Promise<StreamTotals> {
  const totals = { label: spec.label, itemWord: spec.itemWord, pages: 0, items: 0 };
  let current = state.streams[spec.name];
  for (;;) {
    const number = current.pages + 1;
    const { path, query } = spec.request(current);
    const page = await http.getPage(path, query, `${spec.label}, pagina ${number}`);
    const step = spec.advance(page.json, current);
    const file = store.savePage(spec.name, number, page.bytes);
    current = { ...step.next, pages: number, complete: step.end };
    state.streams[spec.name] = current;
    store.writeState(state);
    totals.pages += 1;
    totals.items += step.items;
    log(`${spec.label}: pagina ${number} opgeslagen, ${step.items} ${spec.itemWord} (deze keer ${totals.pages} ${totals.pages === 1 ? 'pagina' : "pagina's"}, ${totals.items} ${spec.itemWord}): ${file}`);
    if (step.end) return totals;
  }
}

/** The page as an object, or a FetchError naming what is missing. */
export function pageObject(json: unknown, label: string): Record<string, unknown> {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) throw shapeError(label, 'de pagina is geen JSON-object');
  return json as Record<string, unknown>;
}

export function shapeError(label: string, reason: string): FetchError {
  return new FetchError(`${label}: onverwachte pagina van de helpdesk (${reason}); deze pagina is niet opgeslagen.`);
}
