// A ticket's clock in words, moment by moment (a dossier shows the whole timeline
// of each breach): registration, clock start, every wait for the client, the
// status-update moment and the updates given, the report to the client due (4.6),
// the deadline, resolutions and reopens.
import type { ClockMoment, TicketRow } from '../report/model.ts';
import { formatDateTime } from './format.ts';
import { html, type Html } from './html.ts';
import { channelName } from './labels.ts';
import { statusUpdateGivenText } from '../report/status-update-text.ts';
import { clientReportDueMomentText, marginEndMomentText } from '../report/distribution-words.ts';

/** One moment of the storing's clock (model.ts ClockMoment) in the site's words. */
function momentSentence(m: ClockMoment): string {
  switch (m.kind) {
    case 'registered': return `Geregistreerd (${channelName[m.channel] ?? m.channel})`;
    case 'clock-start': return 'Klok start';
    case 'wait-start': return 'Wachten op de klant begint (klok staat stil)';
    case 'wait-end': return 'Wachten op de klant eindigt';
    case 'waiting-at-as-of': return 'Wacht nog op de klant op de peildatum';
    case 'status-update-due': return 'Statusupdate uiterlijk (4.6)';
    // On time or late on the clock, as the status-update result is (4.6).
    case 'status-update': return statusUpdateGivenText(m.onTime);
    case 'client-report-due': return clientReportDueMomentText;
    case 'deadline': return `Deadline (${m.streeftijd ?? 'streeftijd'})`;
    case 'margin-end': return marginEndMomentText(String(m.streeftijd ?? 'streeftijd'));
    case 'resolved': return 'Opgelost';
    case 'reopened': return 'Heropend (klok loopt weer)';
    case 'open-at-as-of': return 'Peildatum: nog open';
  }
}

export function clockMomentsHtml(t: TicketRow): Html {
  return html`<ol class="moments">${t.moments.map((m) => html`<li><time datetime="${m.at}">${formatDateTime(m.at)}</time> ${momentSentence(m)}</li>`)}</ol>`;
}
