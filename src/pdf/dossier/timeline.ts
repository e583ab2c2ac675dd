// Each storing with a 4.6 finding (hersteltijd exceeded, or no status update in
// time) as a list of dated moments on its clock, read from the ticket row:
// registration, clock start, waits for the client, status updates given and due,
// the report to the client due (4.6),
// the deadline, resolutions and reopens; then the clause it breaches.
import type { ClockMoment, Instant, TicketRow } from '../../report/model.ts';
import type { DossierFinding } from '../../report/dossier.ts';
import { durationText, kindName } from '../format.ts';
import { bullet, ensureSpace, heading, paragraph, TYPE, type Doc } from '../layout.ts';
import { niveauLabel } from '../../report/niveau-text.ts';
import { statusUpdateGivenText } from '../../report/status-update-text.ts';
import { clientReportDueMomentText, marginEndMomentText } from '../../report/distribution-words.ts';
import type { DossierContext } from './figures.ts';
import { momentText } from './dates.ts';

/** Height of one body line with its gap, for keeping a timeline together. */
const LINE = TYPE.body * 1.45;

const CHANNELS: Record<string, string> = { phone: 'telefonisch', email: 'per e-mail', portal: 'via het portaal', monitoring: 'door monitoring' };

/** One moment of the storing's clock (model.ts ClockMoment) in the dossier's words. */
function momentSentence(m: ClockMoment, t: TicketRow): string {
  switch (m.kind) {
    case 'registered': return `Geregistreerd (${CHANNELS[m.channel] ?? `via ${m.channel}`} gemeld)`;
    case 'clock-start': return m.later ? 'Klok gestart (eerstvolgende opening van het dienstvenster)' : 'Klok gestart';
    case 'wait-start': return 'Wachten op Klant begonnen (klok staat stil)';
    case 'wait-end': return 'Wachten op Klant beëindigd (klok loopt weer)';
    case 'waiting-at-as-of': return 'Wachten op Klant loopt nog op de peildatum';
    // On time is judged on the clock, as the status-update result is (4.6).
    case 'status-update': return statusUpdateGivenText(m.onTime);
    case 'status-update-due': return 'Statusupdate uiterlijk (helft van de streeftijd, artikel 4.6)';
    case 'client-report-due': return clientReportDueMomentText;
    case 'deadline': return `Deadline: streeftijd (${m.streeftijd}) verstreken`;
    // "1 à 2 maanden" (4.6): still met, binnen marge, up to two months; breached only after.
    case 'margin-end': return marginEndMomentText(String(m.streeftijd));
    case 'reopened': return 'Heropend (klok loopt verder)';
    case 'resolved': return m.at === t.resolvedAt ? `Hersteld; hersteltijd ${durationText(t.hersteltijdMinutes, t.measure)}` : 'Hersteld gemeld';
    case 'open-at-as-of': return 'Peildatum: nog niet hersteld';
  }
}

/** The storing's moments in time order, each with its sentence. */
export function clockMoments(t: TicketRow): { at: Instant; text: string }[] {
  return t.moments.map((m) => ({ at: m.at, text: momentSentence(m, t) }));
}

/** The breached clause in words; the hersteltijd overrun in the storing's own measure, as in the table. */
function clauseText(f: DossierFinding, t: TicketRow): string {
  if (f.kind !== 'hersteltijd') return `Artikel ${f.clause}: ${f.text}`;
  const late = t.minutesLate;
  const what = late === null ? f.text : `Hersteld buiten de streeftijd (${t.streeftijd}): ${durationText(late, t.measure)} te laat.`;
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
