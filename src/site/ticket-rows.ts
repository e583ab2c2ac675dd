// The rows of the ticket and open-ticket tables, as escaped HTML (see html.ts).
// Columns match the headers in TicketTable.astro and OpenTable.astro.
import type { OpenAtEnd, TicketRow } from '../report/model.ts';
import { deadlineText, formatDateTime, durationText, openTimeText, kindName, productName, statusLabel, type StatusLabel, niveauLabel } from '../words/index.ts';
import { html, type Html } from './html.ts';
import { paths, ticketAnchor } from './paths.ts';

const statusCell = (l: StatusLabel) => html`<td class="status tone-${l.tone}">${l.symbol} ${l.text}</td>`;

/** The subject under the ticket's link, on the client's own page only. */
const subjectLine = (subject: string | undefined) => (subject === undefined ? '' : html`<br><span class="subject" data-pagefind-ignore>${subject}</span>`);

/**
 * `counts`: per storing the counts it is in (report/count-sets.ts), written on its row so that a
 * link "?telt=<token>" shows exactly a count's storingen. The niveau filter compares the judged niveau.
 */
export function ticketRowsHtml(rows: TicketRow[], opts: { showClient: boolean; localLinks: boolean; subjects?: ReadonlyMap<string, string>; counts?: Map<string, string[]> }): Html {
  return html`${rows.map((t) => {
    const id = t.id;
    const href = opts.localLinks ? `#${ticketAnchor(id)}` : paths.ticket(t.clientId, id);
    const minutes = (t.hersteltijdMinutes ?? t.consumedMinutes);
    const counts = opts.counts ? html` data-counts="${opts.counts.get(id)?.join(' ') ?? ''}"` : '';
    return html`<tr data-ticket="${id}"${counts}><td><a href="${href}">${id}</a>${subjectLine(opts.subjects?.get(id))}</td>${opts.showClient ? html`<td>${t.clientName}</td>` : ''}<td>${productName[t.product]}</td><td>${kindName[t.type]}</td><td data-value="${t.judgedPriority}">${niveauLabel(t)}</td><td data-sort="${t.registeredAt}">${formatDateTime(t.registeredAt)}</td><td data-sort="${t.resolvedAt ?? ''}">${formatDateTime(t.resolvedAt)}</td><td class="num" data-sort="${minutes ?? ''}">${durationText(minutes, t.measure)}</td><td>${t.streeftijd ?? '–'}</td>${statusCell(statusLabel(t.status, t.withinMargin, t.atRisk))}</tr>\n`;
  })}`;
}

/** The deadline with the margin's end for "1 à 2 maanden" (4.6), as the PDF writes it; sorted by the moment it becomes late. */
function deadlineCell(o: OpenAtEnd): Html {
  const late = o.withinMargin && o.marginDeadline !== null ? o.marginDeadline : o.deadline;
  return html`<td data-sort="${late ?? ''}">${deadlineText(o)}</td>`;
}

/** Open storingen in the order given (the model lists them by urgency: the latest first, then the least time left). */
export function openRowsHtml(rows: OpenAtEnd[], clientNames: Map<string, string>): Html {
  return html`${rows.map(
    (o) =>
      html`<tr data-ticket="${o.id}"><td><a href="${paths.ticket(o.clientId, o.id)}">${o.id}</a></td><td>${clientNames.get(o.clientId) ?? o.clientId}</td><td>${productName[o.product]}</td><td>${kindName[o.type]}</td><td>${o.niveau}</td>${deadlineCell(o)}<td class="num" data-sort="${o.consumedMinutes}">${durationText(o.consumedMinutes, o.measure)}</td><td class="num" data-sort="${o.minutesLate !== null ? -o.minutesLate : (o.untilLateMinutes ?? '')}">${openTimeText(o)}</td>${statusCell(statusLabel(o.status, o.withinMargin, o.atRisk))}</tr>\n`,
  )}`;
}
