// A client page's month rows and breach list, as escaped HTML (see html.ts):
// they repeat on each of thousands of client pages. Columns match [klant].astro.
import type { ClientReport, TicketRow } from '../report/model.ts';
import type { CountKind } from '../report/count-sets.ts';
import { monthName, formatShare } from '../words/index.ts';
import { countLink } from './month-sections.ts';
import { html, type Html } from './html.ts';
import { paths, ticketAnchor } from './paths.ts';

/** `pdfMonth`: the month whose PDF reports the build writes (src/pdf/build-step.ts). Each count leads to the client's list of its storingen. */
export function clientMonthRowsHtml(client: ClientReport, pdfMonth: string): Html {
  return html`${client.months.map((m) => {
    const t = m.total;
    const p = m.periodCounts;
    const pdf = m.month === pdfMonth && m.tickets.length > 0 ? html`<a href="${paths.clientPdf(m.month, client.id)}">PDF</a>` : '–';
    const at = (kind: CountKind, n: number) => countLink(n, paths.clientCount(client.id, kind, m.month));
    // Resolved without a streeftijd to judge them by are in the period's count, not in the judged one.
    const unjudged = p.resolved !== t.resolved ? html` (${at('afgehandeld', p.resolved)} met of zonder streeftijd)` : '';
    return html`<tr data-month="${m.month}"><td data-sort="${m.month}"><a href="${paths.month(m.month)}">${monthName(m.month)}</a></td><td class="num" data-sort="${p.openAtStart}">${at('open-begin', p.openAtStart)}</td><td class="num" data-sort="${t.registered}">${at('geregistreerd', t.registered)}</td><td class="num" data-sort="${t.resolved}">${at('opgelost', t.resolved)}${unjudged}</td><td class="num" data-sort="${t.met}">${at('binnen', t.met)}</td><td class="num" data-sort="${t.breached}">${at('buiten', t.breached)}</td><td class="num" data-sort="${t.shareMet ?? ''}" data-figure="shareMet">${formatShare(t.shareMet)}</td><td class="num" data-sort="${t.shareStatusUpdatesOnTime ?? ''}">${formatShare(t.shareStatusUpdatesOnTime)}</td><td class="num" data-sort="${p.openAtEnd}">${at('open-einde', p.openAtEnd)}</td><td>${pdf}</td></tr>\n`;
  })}`;
}

export function breachListHtml(breaches: TicketRow[]): Html {
  return html`<ul class="breaches">${breaches.map(
    (t) => html`<li><a href="#${ticketAnchor(t.id)}">${t.id}</a>: ${monthName((t.resolvedMonth ?? t.registeredMonth))}, ${t.streeftijd}</li>`,
  )}</ul>`;
}
