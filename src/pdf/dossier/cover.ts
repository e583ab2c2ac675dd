// The dossier's opening: who and which period it is about, the complaint on file
// (Article 5) and the plan van aanpak: due at the discussion + the agreed weeks (5.2).
import type { ComplaintState } from '../../norms/complaints.ts';
import type { Dossier } from '../../report/dossier.ts';
import type { SlaSummary } from '../../report/sla-summary.ts';
import { complaintTextOf, count, formatDate, formatDateTime, dayNumberOf, noComplaintText, rangeText, readyReasonText } from '../../words/index.ts';
import { COLOR, contentWidth, FONT, heading, keyValues, left, paragraph, TYPE, type Doc } from '../layout.ts';

export const dossierTitle = (d: Dossier): string => (d.complaint ? `Klachtdossier ${d.complaint.complaint.id}` : 'Dossier artikel 5');

/** The complaint on file at the top: its number and what the client raised; or that there is none, and why the dossier was made. */
function complaintRows(d: Dossier): [string, string][] {
  const c = d.complaint;
  if (c === null) {
    const rows: [string, string][] = [['Klacht', `${noComplaintText} (dossier ter voorbereiding van een gesprek)`]];
    if (d.readyFor) rows.push(['Aanleiding', readyReasonText(d.readyFor)]);
    return rows;
  }
  return [
    ['Klacht', c.complaint.id],
    ['Wat de klant meldt', complaintTextOf(c.complaint)],
    ['Ontvangen', formatDate(c.complaint.received)],
    ['Besproken', c.complaint.discussed ? formatDate(c.complaint.discussed) : 'nog niet besproken'],
  ];
}

export function cover(doc: Doc, d: Dossier, sla: SlaSummary): void {
  doc.font(FONT.bold).fontSize(TYPE.title).fillColor(COLOR.text).text(dossierTitle(d), left(doc), doc.y, { width: contentWidth(doc) });
  const about = d.complaint ? 'in de periode van de klacht' : 'in de periode van het dossier';
  doc.font(FONT.regular).fontSize(TYPE.body).fillColor(COLOR.muted).text(`Storingen, hersteltijden en statusupdates van één klant ${about} (artikel 5 van de SLA)`, { width: contentWidth(doc) });
  doc.moveDown(1);
  keyValues(doc, [
    ['Klant', d.clientName],
    ['Debiteurnummer', d.clientId],
    ['Periode', `${rangeText(d.from, d.to)} (datum van registratie)`],
    ...complaintRows(d),
    ['Peildatum', formatDateTime(d.asOf)],
    ['Contract', `${sla.title}, versie ${sla.version} (geldig vanaf ${formatDate(sla.validFrom)})`],
  ]);
}

const days = (n: number) => count(n, 'dag', 'dagen');

/** What the reader needs to know about the plan van aanpak, in one or two sentences. */
export function planText(c: ComplaintState): string {
  const { discussed, planDelivered } = c.complaint;
  if (c.status === 'nog-niet-besproken' || discussed === null || c.planDue === null) {
    return 'De klacht is nog niet besproken. De termijn voor het plan van aanpak begint bij de bespreking (artikel 5.2).';
  }
  const weeks = (dayNumberOf(c.planDue) - dayNumberOf(discussed)) / 7;
  const due = `Besproken op ${formatDate(discussed)}; het plan van aanpak moet uiterlijk ${formatDate(c.planDue)} geleverd zijn (bespreking + ${weeks} weken, artikel 5.2).`;
  switch (c.status) {
    case 'plan-tijdig':
      return `${due} Geleverd op ${formatDate(planDelivered!)}: op tijd.`;
    case 'plan-te-laat':
      return `${due} Geleverd op ${formatDate(planDelivered!)}: ${days(dayNumberOf(planDelivered!) - dayNumberOf(c.planDue))} te laat.`;
    case 'plan-verlopen':
      return `${due} Nog niet geleverd: de termijn is ${days(-(c.daysRemaining ?? 0))} verstreken.`;
    default:
      return `${due} Nog niet geleverd: ${c.daysRemaining === 0 ? 'vandaag is de laatste dag' : `nog ${days(c.daysRemaining ?? 0)}`}.`;
  }
}

export function complaintPlan(doc: Doc, d: Dossier, sla: SlaSummary): void {
  heading(doc, 'Plan van aanpak (artikel 5.2)');
  if (d.complaint === null) {
    paragraph(doc, 'Voor deze klant en periode is geen klacht ingediend; er loopt dus geen termijn voor een plan van aanpak.');
    const clause = sla.article5.find((a) => a.clause === '5.2');
    if (clause) paragraph(doc, `Artikel 5.2: ${clause.text}`, { muted: true });
    return;
  }
  paragraph(doc, planText(d.complaint));
  if (d.complaint.complaint.outcome) paragraph(doc, `Uitkomst: ${d.complaint.complaint.outcome}`);
}
