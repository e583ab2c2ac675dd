// A month page's comparison, its clients and its clients with repeated breaches, as
// escaped HTML (see html.ts): the client list runs to thousands of rows. Every count
// leads to the list of exactly the storingen it counts (paths.monthCount, paths.clientCount).
import type { CountKind } from '../report/count-sets.ts';
import type { ClientMonth, ClientReport, DossierRef, FigureChange, KeyFigures, MonthReport } from '../report/model.ts';
import { changeText, formatNumber, formatShare, monthName, pointsText } from '../words/index.ts';
import { html, type Html } from './html.ts';
import { paths } from './paths.ts';

/** A count as a link to its storingen (plain when there are none to list); `text` when the link says more than the number. */
export function countLink(n: number, href: string, text = formatNumber(n)): Html {
  return n === 0 ? html`${text}` : html`<a href="${href}">${text}</a>`;
}

const rows: { label: string; kind: CountKind; of: (f: KeyFigures) => number; change: (c: FigureChange['change']) => string }[] = [
  { label: 'Geregistreerd', kind: 'geregistreerd', of: (f) => f.registered, change: (c) => changeText(c.registered) },
  { label: 'Opgelost (getoetst aan de streeftijd)', kind: 'opgelost', of: (f) => f.resolved, change: (c) => changeText(c.resolved) },
  { label: 'Binnen streeftijd', kind: 'binnen', of: (f) => f.met, change: (c) => `${pointsText(c.shareMetPoints)} (${changeText(c.met)})` },
  { label: 'Buiten streeftijd', kind: 'buiten', of: (f) => f.breached, change: (c) => changeText(c.breached) },
  { label: 'Open aan het einde', kind: 'open-einde', of: (f) => f.openAtEnd, change: (c) => changeText(c.openAtEnd) },
];

/** A figure of a month: within streeftijd as "4 van 6 (66,7%)", other counts as they are; each a link. */
function figureCell(f: KeyFigures, month: string, row: (typeof rows)[number]): Html {
  const n = countLink(row.of(f), paths.monthCount(month, row.kind));
  if (row.kind !== 'binnen') return html`<td class="num">${n}</td>`;
  return html`<td class="num">${n} van ${formatNumber(f.resolved)} (${formatShare(f.shareMet)})</td>`;
}

/** The comparison's header cells: this month, the month before and the same month last year with their differences. */
export function comparisonHeadHtml(m: MonthReport): Html {
  const then = (c: FigureChange | null, what: string) =>
    html`<th scope="col" class="num">${c ? monthName(c.month) : `${what} (niet in het rapport)`}</th><th scope="col" class="num">Verschil met ${c ? monthName(c.month) : what}</th>`;
  return html`<tr><th scope="col">Kerncijfer</th><th scope="col" class="num">${monthName(m.month)}</th>${then(m.comparison.againstPreviousMonth, 'vorige maand')}${then(m.comparison.againstLastYear, 'zelfde maand vorig jaar')}</tr>`;
}

/** One row per key figure: this month, then each earlier month with this month's difference against it. */
export function comparisonRowsHtml(m: MonthReport, now: KeyFigures): Html {
  const then = (c: FigureChange | null, row: (typeof rows)[number]) =>
    c ? html`${figureCell(c.figures, c.month, row)}<td class="num" data-figure="change-${row.kind}">${row.change(c.change)}</td>` : html`<td class="num">–</td><td class="num">–</td>`;
  return html`${rows.map(
    (row) => html`<tr data-figure="${row.kind}"><th scope="row">${row.label}</th>${figureCell(now, m.month, row)}${then(m.comparison.againstPreviousMonth, row)}${then(m.comparison.againstLastYear, row)}</tr>\n`,
  )}`;
}

/** The clients with storingen in the month and their period's counts, each leading to the client's list. */
export function monthClientRowsHtml(list: { client: ClientReport; month: ClientMonth }[]): Html {
  return html`${list.map(({ client, month: cm }) => {
    const p = cm.periodCounts;
    const at = (kind: CountKind, n: number) => html`<td class="num" data-sort="${n}">${countLink(n, paths.clientCount(client.id, kind, cm.month))}</td>`;
    return html`<tr data-client="${client.id}"><td><a href="${paths.client(client.id)}">${client.name}</a></td><td>${client.id}</td>${at('open-begin', p.openAtStart)}${at('geregistreerd', p.registered)}${at('afgehandeld', p.resolved)}${at('buiten', cm.total.breached)}${at('open-einde', p.openAtEnd)}</tr>\n`;
  })}`;
}

/** Clients with repeated breaches: breaches in the month (to the client's list of them), and the months with breaches. */
/** The dossier for the Article 5 conversation (5.1, 5.2): the complaint's, or the one ready without a complaint; "–" in other months. */
function dossierCell(ref: DossierRef | null): Html {
  if (ref === null) return html`–`;
  const what = ref.kind === 'klacht' ? `klacht ${ref.complaintId}` : 'zonder klacht';
  return html`<a href="${paths.dossier(ref)}">dossier (${what})</a> · <a href="${paths.dossierPdfOf(ref)}">PDF</a>`;
}

export function repeatedRowsHtml(m: MonthReport): Html {
  return html`${m.repeatedBreaches.map(
    (r) =>
      html`<tr data-client="${r.clientId}"><td><a href="${paths.client(r.clientId)}">${r.clientName}</a></td><td data-dossier>${dossierCell(r.dossier)}</td><td>${r.clientId}</td><td class="num">${countLink(r.breachesInMonth, paths.clientCount(r.clientId, 'buiten', m.month))}</td><td>${r.monthsWithBreaches.map((month, i) => html`${i > 0 ? ', ' : ''}<a href="${paths.clientCount(r.clientId, 'buiten', month)}">${monthName(month)}</a>`)}</td></tr>\n`,
  )}`;
}
