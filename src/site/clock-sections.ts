// Each ticket's section on its client's page, as escaped HTML (see html.ts): the
// moments in words and the drawn clock (running, outside the dienstvenster,
// waiting for the client, resolved until a reopen). Styles in site.css.
import type { TicketRow } from '../report/model.ts';
import { formatDateTime, durationText, openTimeText, formatShortDate, kindName, productName, statusLabel, statusUpdateLabel, niveauLabel, clientReportLabel } from '../words/index.ts';
import { html, type Html } from './html.ts';
import { ticketAnchor } from './paths.ts';
import { STRIP_WIDTH, clockStrip, type ClockStrip } from './clock-strip.ts';
import { clockMomentsHtml } from './clock-moments.ts';


const statusUpdatesGiven = (t: TicketRow) => t.moments.flatMap((m) => (m.kind === 'status-update' ? [m.at] : []));

function facts(t: TicketRow): Html {
  const target = t.targetMinutes === null ? '' : ` (${durationText(t.targetMinutes, t.measure)}${t.measure === 'kalender' ? ' kalendertijd' : ' in het dienstvenster'})`;
  return html`<p class="facts">Klokstart ${formatDateTime(t.clockStart)} · streeftijd ${t.streeftijd ?? 'geen'}${target}${
    t.statusUpdateDue !== null && html` · statusupdate uiterlijk ${formatDateTime(t.statusUpdateDue)} (${statusUpdateLabel(t.statusUpdateMet)})`}${
    t.clientReportDue !== null && html` · rapportage aan de klant uiterlijk ${formatDateTime(t.clientReportDue)} (${clientReportLabel(t.clientReportMet)})`}${
    t.deadline !== null && html` · deadline ${formatDateTime(t.deadline)}`}${
    statusUpdatesGiven(t).length > 0 && html` · statusupdates ${statusUpdatesGiven(t).map((u) => formatDateTime(u)).join(', ')}`}${
    t.reopenCount !== 0 && html` · eerst opgelost ${formatDateTime(t.firstResolvedAt)}, ${t.reopenCount}× heropend`}${
    t.waitingMinutes !== 0 && html` · wachten op de klant ${durationText(t.waitingMinutes, t.measure)} (telt niet mee)`}${
    t.resolvedAt === null && html` · ${openTimeText(t)}`}</p>`;
}

function drawing(id: string, view: ClockStrip): Html {
  return html`<svg class="timeline" viewBox="0 0 ${STRIP_WIDTH} 62" role="img" aria-label="Tijdlijn van ticket ${id}"><rect class="seg-outside" x="${view.outside.x}" y="14" width="${view.outside.width}" height="20"></rect>${view.paths.map(
    (p) => html`<path class="seg-${p.kind}" d="${p.d}"></path>`,
  )}${view.marks.map((m) =>
    m.kind === 'status-update'
      ? html`<path class="mark-status-update" d="M${m.x} 12l-4-7h8z"></path>`
      : html`<line class="mark-${m.kind}" x1="${m.x}" x2="${m.x}" y1="8" y2="40"></line>`,
  )}<text x="0" y="54">${formatShortDate(view.from)}</text><text x="${STRIP_WIDTH}" y="54" text-anchor="end">${formatShortDate(view.to)}</text></svg>`;
}

/** `moments`: also list every moment of the clock in words (a dossier's breaches). */
export function clockSectionsHtml(rows: TicketRow[], opts: { moments?: boolean } = {}): Html {
  return html`${rows.map((t) => {
    const id = t.id;
    const l = statusLabel(t.status, t.withinMargin, t.atRisk);
    const view = clockStrip(t);
    return html`<section class="ticket" id="${ticketAnchor(id)}"><h3>${id} · ${kindName[t.type]} ${productName[t.product]}, niveau ${niveauLabel(t)} · <span class="status tone-${l.tone}">${l.symbol} ${l.text}</span></h3>${facts(t)}${drawing(id, view)}${opts.moments && clockMomentsHtml(t)}</section>\n`;
  })}`;
}
