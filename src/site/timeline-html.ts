// Each ticket's section on its client's page, as escaped HTML (see html.ts): the
// moments in words and the drawn clock (running, outside the dienstvenster,
// waiting for the client, resolved until a reopen). Styles in site.css.
import type { Calendar } from '../engine/calendar.ts';
import type { TicketRow } from '../report/build-model.ts';
import { formatDateTime, durationText, formatShortDate, kindName, productName, statusLabel, statusUpdateLabel, niveauLabel, clientReportLabel } from '../words/index.ts';
import { html, type Html } from './html.ts';
import { ticketAnchor } from './paths.ts';
import { TIMELINE_WIDTH, timelineView, type TimelineView } from './timeline-view.ts';
import { clockMomentsHtml } from './clock-moments.ts';

const s = (v: unknown) => v as string | null;

function facts(t: TicketRow): Html {
  const target = t.targetMinutes === null ? '' : ` (${durationText(t.targetMinutes as number, t.measure as string)}${t.measure === 'kalender' ? ' kalendertijd' : ' in het dienstvenster'})`;
  return html`<p class="facts">Klokstart ${formatDateTime(s(t.clockStart))} · streeftijd ${t.streeftijd ?? 'geen'}${target}${
    t.statusUpdateDue !== null && html` · statusupdate uiterlijk ${formatDateTime(s(t.statusUpdateDue))} (${statusUpdateLabel(t.statusUpdateMet as boolean | null)})`}${
    t.clientReportDue !== null && html` · rapportage aan de klant uiterlijk ${formatDateTime(s(t.clientReportDue))} (${clientReportLabel(t.clientReportMet as boolean | null)})`}${
    t.deadline !== null && html` · deadline ${formatDateTime(s(t.deadline))}`}${
    t.statusUpdates.length > 0 && html` · statusupdates ${t.statusUpdates.map((u) => formatDateTime(u)).join(', ')}`}${
    t.reopenCount !== 0 && html` · eerst opgelost ${formatDateTime(s(t.firstResolvedAt))}, ${t.reopenCount}× heropend`}${
    t.waitingMinutes !== 0 && html` · wachten op de klant ${durationText(t.waitingMinutes as number, t.measure as string)} (telt niet mee)`}${
    t.resolvedAt === null && t.remainingMinutes !== null && html` · nog ${durationText(t.remainingMinutes as number, t.measure as string)}`}</p>`;
}

function drawing(id: string, view: TimelineView): Html {
  return html`<svg class="timeline" viewBox="0 0 ${TIMELINE_WIDTH} 62" role="img" aria-label="Tijdlijn van ticket ${id}"><rect class="seg-outside" x="${view.outside.x}" y="14" width="${view.outside.width}" height="20"></rect>${view.paths.map(
    (p) => html`<path class="seg-${p.kind}" d="${p.d}"></path>`,
  )}${view.marks.map((m) =>
    m.kind === 'status-update'
      ? html`<path class="mark-status-update" d="M${m.x} 12l-4-7h8z"></path>`
      : html`<line class="mark-${m.kind}" x1="${m.x}" x2="${m.x}" y1="8" y2="40"></line>`,
  )}<text x="0" y="54">${formatShortDate(view.from)}</text><text x="${TIMELINE_WIDTH}" y="54" text-anchor="end">${formatShortDate(view.to)}</text></svg>`;
}

/** `moments`: also list every moment of the clock in words (a dossier's breaches). */
export function timelineSectionsHtml(rows: TicketRow[], calendars: Map<string, Calendar>, opts: { moments?: boolean } = {}): Html {
  return html`${rows.map((t) => {
    const id = t.id as string;
    const l = statusLabel(s(t.status)!, t.withinMargin as boolean | null, t.atRisk as boolean | null);
    const view = timelineView(t, calendars.get(t.contractVersion as string)!);
    return html`<section class="ticket" id="${ticketAnchor(id)}"><h3>${id} · ${kindName[t.type as string]} ${productName[t.product as 'intramed']}, niveau ${niveauLabel(t)} · <span class="status tone-${l.tone}">${l.symbol} ${l.text}</span></h3>${facts(t)}${drawing(id, view)}${opts.moments && clockMomentsHtml(t)}</section>\n`;
  })}`;
}
