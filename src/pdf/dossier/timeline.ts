// Each storing with a 4.6 finding (hersteltijd exceeded, or no status update in
// time) as a list of dated moments on its clock, read from the ticket row:
// registration, clock start, waits for the client, status updates given and due,
// the report to the client due (4.6),
// the deadline, resolutions and reopens; then the clause it breaches.
import type { TicketRow } from '../../report/build-model.ts';
import type { DossierFinding } from '../../report/dossier.ts';
import { durationText, kindName } from '../format.ts';
import { bullet, ensureSpace, heading, paragraph, TYPE, type Doc } from '../layout.ts';
import { minutesLate } from '../../report/lateness.ts';
import { niveauLabel } from '../../report/niveau-text.ts';
import { statusUpdateGivenText } from '../../report/status-update-text.ts';
import { clientReportDueMomentText, marginEndMomentText } from '../../report/distribution-words.ts';
import type { DossierContext } from './figures.ts';
import { instantMs, momentText } from './dates.ts';

export interface ClockMoment {
  /** ISO date-time with offset, in the contract's zone. */
  at: string;
  text: string;
}

/** Height of one body line with its gap, for keeping a timeline together. */
const LINE = TYPE.body * 1.45;

const CHANNELS: Record<string, string> = { phone: 'telefonisch', email: 'per e-mail', portal: 'via het portaal', monitoring: 'door monitoring' };

function startMoments(t: TicketRow): ClockMoment[] {
  const registered = t.registeredAt as string;
  const channel = CHANNELS[t.channel as string] ?? `via ${t.channel}`;
  const out: ClockMoment[] = [{ at: registered, text: `Geregistreerd (${channel} gemeld)` }];
  if (t.clockStart) {
    const later = instantMs(t.clockStart as string) > instantMs(registered);
    out.push({ at: t.clockStart as string, text: later ? 'Klok gestart (eerstvolgende opening van het dienstvenster)' : 'Klok gestart' });
  }
  return out;
}

function waitMoments(t: TicketRow): ClockMoment[] {
  return t.waits.flatMap(([start, end]) => {
    const running = t.waitingSince !== null && end === t.asOf;
    return [
      { at: start, text: 'Wachten op Klant begonnen (klok staat stil)' },
      { at: end, text: running ? 'Wachten op Klant loopt nog op de peildatum' : 'Wachten op Klant beëindigd (klok loopt weer)' },
    ];
  });
}

/** On time is judged on the clock, as the status-update result is (4.6): after a 17:00 due moment with the clock stopped, 17:30 is on time. */
function statusUpdateMoments(t: TicketRow): ClockMoment[] {
  const due = t.statusUpdateDue as string | null;
  const given = t.statusUpdates.map((at, i) => ({ at, text: statusUpdateGivenText(t.statusUpdatesOnTime[i] ?? null) }));
  return due === null ? given : [...given, { at: due, text: 'Statusupdate uiterlijk (helft van de streeftijd, artikel 4.6)' }];
}

/** 4.6: an incident not resolved on its melding day must be reported to the client by this moment. */
function clientReportMoments(t: TicketRow): ClockMoment[] {
  return t.clientReportDue ? [{ at: t.clientReportDue as string, text: clientReportDueMomentText }] : [];
}

function endMoments(t: TicketRow): ClockMoment[] {
  const out: ClockMoment[] = [];
  if (t.deadline) out.push({ at: t.deadline as string, text: `Deadline: streeftijd (${t.streeftijd}) verstreken` });
  // "1 à 2 maanden" (4.6): still met, binnen marge, up to two months; breached only after.
  if (t.marginDeadline) out.push({ at: t.marginDeadline as string, text: marginEndMomentText(String(t.streeftijd)) });
  for (const [resolved, reopened] of t.reopenGaps) out.push({ at: resolved, text: 'Hersteld gemeld' }, { at: reopened, text: 'Heropend (klok loopt verder)' });
  if (t.resolvedAt) {
    out.push({ at: t.resolvedAt as string, text: `Hersteld; hersteltijd ${durationText(t.hersteltijdMinutes as number | null, t.measure as string)}` });
  } else {
    out.push({ at: t.asOf as string, text: 'Peildatum: nog niet hersteld' });
  }
  return out;
}

/** The ticket's moments in time order (ties keep the order registration … resolution). */
export function clockMoments(t: TicketRow): ClockMoment[] {
  const all = [...startMoments(t), ...waitMoments(t), ...statusUpdateMoments(t), ...clientReportMoments(t), ...endMoments(t)];
  return all.map((m, i) => ({ m, i })).sort((a, b) => instantMs(a.m.at) - instantMs(b.m.at) || a.i - b.i).map(({ m }) => m);
}

/** The breached clause in words; the hersteltijd overrun in the storing's own measure, as in the table. */
function clauseText(f: DossierFinding, t: TicketRow): string {
  if (f.kind !== 'hersteltijd') return `Artikel ${f.clause}: ${f.text}`;
  const late = minutesLate(t);
  const what = late === null ? f.text : `Hersteld buiten de streeftijd (${t.streeftijd}): ${durationText(late, t.measure as string)} te laat.`;
  return `Artikel ${f.clause}: ${what}`;
}

function ticketTimeline(doc: Doc, t: TicketRow, found: DossierFinding[], ctx: DossierContext): void {
  const moments = clockMoments(t);
  // Keep a timeline on one page when it fits on one.
  ensureSpace(doc, Math.min((moments.length + found.length + 2) * LINE, 400));
  const title = `${t.id}: ${ctx.productName(t.product as string)}, ${kindName(t.type as string)} niveau ${niveauLabel(t)}, streeftijd ${t.streeftijd ?? '–'}`;
  paragraph(doc, title, { bold: true });
  for (const m of moments) bullet(doc, `${momentText(m.at)}  ${m.text}`);
  for (const f of found) paragraph(doc, clauseText(f, t));
  doc.moveDown(0.4);
}

export function breachTimelines(doc: Doc, ctx: DossierContext): void {
  heading(doc, 'Overschrijdingen met hun tijdlijn');
  const byTicket = new Map<string, DossierFinding[]>();
  for (const f of ctx.dossier.findings) {
    if (f.clause !== '4.6') continue;
    byTicket.set(f.ticketId, [...(byTicket.get(f.ticketId) ?? []), f]);
  }
  const breached = ctx.dossier.storingen.filter((t) => byTicket.has(String(t.id)));
  if (breached.length === 0) {
    paragraph(doc, 'Geen overschrijdingen: elke storing is binnen de streeftijd hersteld (of nog binnen de streeftijd open), met de statusupdates op tijd.');
    return;
  }
  paragraph(doc, 'Per storing de momenten op de klok van het contract, in de tijd van het contract (Nederlandse tijd), en de bepaling die niet is nagekomen.', { muted: true });
  for (const t of breached) ticketTimeline(doc, t, byTicket.get(String(t.id))!, ctx);
}
