// Each ticket's section on its client's page, as escaped HTML (see html.ts): a
// <details> folded by default (works without JavaScript), whose summary is the
// ticket and its result with the reason in one line (words/verdict.ts); unfolded,
// the facts, the drawn clock (running, outside the dienstvenster, waiting for the
// client, resolved until a reopen) over a time axis with dates, and on a dossier's
// page the moments in words. Styles in ClockLegend.astro.
import type { TicketRow } from '../report/model.ts';
import { formatDateTime, durationText, openTimeText, formatAxisDay, verdictText, kindName, productName, statusLabel, statusUpdateLabel, niveauLabel, clientReportLabel } from '../words/index.ts';
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

function drawing(id: string, view: ClockStrip, from: string, to: string): Html {
  const label = (x: number) => Math.min(STRIP_WIDTH - 24, Math.max(24, x));
  return html`<svg class="timeline" viewBox="0 0 ${STRIP_WIDTH} 74" role="img" aria-label="Tijdlijn van ticket ${id}, ${formatDateTime(from)} tot ${formatDateTime(to)}"><rect class="seg-outside" x="${view.outside.x}" y="14" width="${view.outside.width}" height="20"></rect>${view.paths.map(
    (p) => html`<path class="seg-${p.kind}" d="${p.d}"></path>`,
  )}${view.marks.map((m) =>
    m.kind === 'status-update'
      ? html`<path class="mark-status-update" d="M${m.x} 12l-4-7h8z"></path>`
      : html`<line class="mark-${m.kind}" x1="${m.x}" x2="${m.x}" y1="8" y2="40"></line>`,
  )}<path class="axis" d="M0 34.5H${STRIP_WIDTH}${view.ticks.map((t) => `M${t.x} 34v6`).join('')}"></path>${view.ticks.map(
    (t) => html`<text class="tick" x="${label(t.x)}" y="50" text-anchor="middle">${formatAxisDay(t.day)}</text>`,
  )}<text x="0" y="68">${formatDateTime(from)}</text><text x="${STRIP_WIDTH}" y="68" text-anchor="end">${formatDateTime(to)}</text></svg>`;
}

/**
 * `moments`: also list every moment of the clock in words (a dossier's breaches);
 * `open`: start unfolded (a dossier shows its few breaches whole).
 */
export function clockSectionsHtml(rows: TicketRow[], opts: { moments?: boolean; open?: boolean } = {}): Html {
  return html`${rows.map((t) => {
    const id = t.id;
    const l = statusLabel(t.status, t.withinMargin, t.atRisk);
    const view = clockStrip(t);
    return html`<details class="ticket" id="${ticketAnchor(id)}"${opts.open ? html` open` : ''}><summary><h3>${id} · ${kindName[t.type]} ${productName[t.product]}, niveau ${niveauLabel(t)}</h3> <span class="verdict tone-${l.tone}">${verdictText(t)}</span></summary>${facts(t)}${drawing(id, view, t.registeredAt, new Date(view.to).toISOString())}${opts.moments && clockMomentsHtml(t)}</details>\n`;
  })}`;
}
