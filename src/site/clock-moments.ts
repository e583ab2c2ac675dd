// A ticket's clock in words, moment by moment (a dossier shows the whole timeline
// of each breach): registration, clock start, every wait for the client, the
// status-update moment and the updates given, the report to the client due (4.6),
// the deadline, resolutions and reopens.
import type { TicketRow } from '../report/build-model.ts';
import { formatDateTime } from './format.ts';
import { html, type Html } from './html.ts';
import { channelName } from './labels.ts';
import { statusUpdateGivenText } from '../report/status-update-text.ts';
import { clientReportDueMomentText, marginEndMomentText } from '../report/distribution-words.ts';

interface Moment {
  at: string;
  text: string;
}

const str = (v: unknown) => v as string | null;

function momentsOf(t: TicketRow): Moment[] {
  const list: Moment[] = [{ at: t.registeredAt as string, text: `Geregistreerd (${channelName[t.channel as string] ?? t.channel})` }];
  const add = (at: string | null, text: string) => at !== null && list.push({ at, text });
  add(str(t.clockStart), 'Klok start');
  for (const [from, to] of t.waits) {
    add(from, 'Wachten op de klant begint (klok staat stil)');
    add(to, to === t.asOf && t.waitingSince !== null ? 'Wacht nog op de klant op de peildatum' : 'Wachten op de klant eindigt');
  }
  add(str(t.statusUpdateDue), 'Statusupdate uiterlijk (4.6)');
  // On time or late on the clock, as the status-update result is (4.6).
  t.statusUpdates.forEach((u, i) => add(u, statusUpdateGivenText(t.statusUpdatesOnTime[i] ?? null)));
  add(str(t.clientReportDue), clientReportDueMomentText);
  add(str(t.deadline), `Deadline (${t.streeftijd ?? 'streeftijd'})`);
  add(str(t.marginDeadline), marginEndMomentText(String(t.streeftijd ?? 'streeftijd')));
  for (const [resolved, reopened] of t.reopenGaps) {
    add(resolved, 'Opgelost');
    add(reopened, 'Heropend (klok loopt weer)');
  }
  if (t.resolvedAt === null) add(str(t.asOf), 'Peildatum: nog open');
  else add(str(t.resolvedAt), 'Opgelost');
  // Same instant: keep the order above (registration before clock start, ...).
  return list.map((m, i) => ({ m, i, ms: Date.parse(m.at) })).sort((a, b) => a.ms - b.ms || a.i - b.i).map((x) => x.m);
}

export function clockMomentsHtml(t: TicketRow): Html {
  return html`<ol class="moments">${momentsOf(t).map((m) => html`<li><time datetime="${m.at}">${formatDateTime(m.at)}</time> ${m.text}</li>`)}</ol>`;
}
