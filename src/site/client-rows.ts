// A client page's month rows and breach list, as escaped HTML (see html.ts):
// they repeat on each of thousands of client pages. Columns match [klant].astro.
import type { ClientReport, TicketRow } from '../report/model.ts';
import { monthName, formatNumber, formatShare } from '../words/index.ts';
import { html, type Html } from './html.ts';
import { paths, ticketAnchor } from './paths.ts';

/** `pdfMonth`: the month whose PDF reports the build writes (src/pdf/build-step.ts). */
export function clientMonthRowsHtml(client: ClientReport, pdfMonth: string): Html {
  return html`${client.months.map((m) => {
    const t = m.total;
    const pdf = m.month === pdfMonth && m.tickets.length > 0 ? html`<a href="${paths.clientPdf(m.month, client.id)}">PDF</a>` : '–';
    return html`<tr data-month="${m.month}"><td data-sort="${m.month}"><a href="${paths.month(m.month)}">${monthName(m.month)}</a></td><td class="num">${formatNumber(t.registered)}</td><td class="num">${formatNumber(t.resolved)}</td><td class="num">${formatNumber(t.met)}</td><td class="num">${formatNumber(t.breached)}</td><td class="num" data-sort="${t.shareMet ?? ''}">${formatShare(t.shareMet)}</td><td class="num" data-sort="${t.shareStatusUpdatesOnTime ?? ''}">${formatShare(t.shareStatusUpdatesOnTime)}</td><td class="num">${formatNumber(m.openAtEnd.length)}</td><td>${pdf}</td></tr>\n`;
  })}`;
}

export function breachListHtml(breaches: TicketRow[]): Html {
  return html`<ul class="breaches">${breaches.map(
    (t) => html`<li><a href="#${ticketAnchor(t.id)}">${t.id}</a>: ${monthName((t.resolvedMonth ?? t.registeredMonth))}, ${t.streeftijd}</li>`,
  )}</ul>`;
}
