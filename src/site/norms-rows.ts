// Rows of the norms page's ticket lists, as escaped HTML (see html.ts): at 5,000
// clients these lists run to thousands of rows. Columns match normen.astro.
import type { NormsReport, TicketRef } from '../report/norms-report.ts';
import { formatDateTime, changeOutcomeLabel, type StatusLabel } from '../words/index.ts';
import { html, type Html } from './html.ts';
import { paths } from './paths.ts';

const statusCell = (l: StatusLabel) => html`<td class="status tone-${l.tone}">${l.symbol} ${l.text}</td>`;

function refCells(r: TicketRef, clientNames: Map<string, string>): Html {
  return html`<td><a href="${paths.ticket(r.clientId, r.id)}">${r.id}</a></td><td>${clientNames.get(r.clientId) ?? r.clientId}</td><td data-sort="${r.registeredAt}">${formatDateTime(r.registeredAt)}</td>`;
}

/** Ticket, client, registered. */
export function ticketRefRowsHtml(rows: TicketRef[], clientNames: Map<string, string>): Html {
  return html`${rows.map((r) => html`<tr data-ticket="${r.id}">${refCells(r, clientNames)}</tr>\n`)}`;
}

/** Ticket, client, registered, version, versions supported then (2.6). */
export function outsideSupportRowsHtml(rows: NormsReport['outsideSupport'], clientNames: Map<string, string>): Html {
  return html`${rows.map((r) => html`<tr data-ticket="${r.id}">${refCells(r, clientNames)}<td>${r.version}</td><td>${r.supported.join(', ')}</td></tr>\n`)}`;
}

/** Ticket, client, registered, decided, inform by, informed, outcome (art. 6). */
export function changeRowsHtml(rows: NormsReport['changes'], clientNames: Map<string, string>): Html {
  return html`${rows.map(
    (r) =>
      html`<tr data-ticket="${r.id}">${refCells(r, clientNames)}<td data-sort="${r.decidedAt ?? ''}">${formatDateTime(r.decidedAt)}</td><td data-sort="${r.informBy ?? ''}">${formatDateTime(r.informBy)}</td><td data-sort="${r.informedAt ?? ''}">${formatDateTime(r.informedAt)}</td>${statusCell(changeOutcomeLabel(r.outcome))}</tr>\n`,
  )}`;
}
