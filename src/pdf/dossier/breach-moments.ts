// Each storing with a 4.6 finding (hersteltijd exceeded, or no status update in
// time) as a list of dated moments on its clock (worded in words/moments.ts, as on
// the site), then the clause it breaches.
import type { TicketRow } from '../../report/model.ts';
import type { DossierFinding } from '../../report/dossier.ts';
import { clockMoments, kindWord, formatDateTime, niveauLabel } from '../../words/index.ts';
import { bullet, ensureSpace, heading, paragraph, TYPE, type Doc } from '../layout.ts';
import type { DossierContext } from './figures.ts';

/** Height of one body line with its gap, for keeping a storing's moments together. */
const LINE = TYPE.body * 1.45;

/** The breached clause in the finding's own words (the overrun in the storing's measure, as in the table). */
const clauseText = (f: DossierFinding): string => `Artikel ${f.clause}: ${f.text}`;

function storingMoments(doc: Doc, t: TicketRow, found: DossierFinding[], ctx: DossierContext): void {
  const moments = clockMoments(t);
  // Keep a storing's moments on one page when it fits on one.
  ensureSpace(doc, Math.min((moments.length + found.length + 2) * LINE, 400));
  const title = `${t.id}: ${ctx.productName(t.product)}, ${kindWord(t.type)} niveau ${niveauLabel(t)}, streeftijd ${t.streeftijd ?? '–'}`;
  paragraph(doc, title, { bold: true });
  for (const m of moments) bullet(doc, `${formatDateTime(m.at)}  ${m.text}`);
  for (const f of found) paragraph(doc, clauseText(f));
  doc.moveDown(0.4);
}

export function breachMoments(doc: Doc, ctx: DossierContext): void {
  heading(doc, 'Overschrijdingen met hun tijdlijn');
  const byTicket = new Map<string, DossierFinding[]>();
  for (const f of ctx.dossier.findings) {
    if (f.clause !== '4.6') continue;
    byTicket.set(f.ticketId, [...(byTicket.get(f.ticketId) ?? []), f]);
  }
  const breached = ctx.dossier.storingen.filter((t) => byTicket.has(t.id));
  if (breached.length === 0) {
    paragraph(doc, 'Geen overschrijdingen: elke storing is binnen de streeftijd hersteld (of nog binnen de streeftijd open), met de statusupdates op tijd.');
    return;
  }
  paragraph(doc, 'Per storing de momenten op de klok van het contract, in de tijd van het contract (Nederlandse tijd), en de bepaling die niet is nagekomen.', { muted: true });
  for (const t of breached) storingMoments(doc, t, byTicket.get(t.id)!, ctx);
}
