// The site search's index (src/browser/site-search.ts reads it): every client with
// its name, debiteurnummer and page, and the ids of its tickets. Written once per
// build as one static JSON file (/zoekindex.json), so search works offline and
// from any file server. Per client, so a ticket's page and anchor need no more
// than its client's place in the list.
import type { ReportModel } from '../report/model.ts';
import { reportIndex } from './report-index.ts';
import { paths, ticketAnchor } from './paths.ts';

/** A client: [debiteurnummer, name, page path, ticket ids]; a ticket id whose anchor is not "t-<id>" is written as [id, anchor]. */
export type SearchClient = [id: string, name: string, path: string, tickets: (string | [id: string, anchor: string])[]];

export interface SearchIndex {
  clients: SearchClient[];
}

export const SEARCH_INDEX_PATH = '/zoekindex.json';

export function searchIndex(model: ReportModel): SearchIndex {
  const index = reportIndex(model);
  return {
    clients: model.clients.map((c) => [
      c.id,
      c.name,
      paths.client(c.id),
      (index.clientTickets.get(c.id) ?? []).map((t) => (ticketAnchor(t.id) === `t-${t.id}` ? t.id : [t.id, ticketAnchor(t.id)])),
    ]),
  };
}
