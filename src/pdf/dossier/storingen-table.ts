// Every storing of the client registered in the period, with its result: one
// table row each, the header repeated on every page the table continues on.
import type { TicketRow } from '../../report/model.ts';
import { formatDateTime, durationText, kindName, labelText, statusLabel, yesNoText } from '../../words/index.ts';
import { heading, paragraph, type Doc } from '../layout.ts';
import { drawTable, type Column } from '../table.ts';
import type { DossierContext } from './figures.ts';


/**
 * The result in the site's mark and words; a breach names how late it was resolved
 * instead ("30 min te laat", in the breach colour), without the mark, which would
 * push most overruns past the column's width.
 */
export function resultText(t: TicketRow): string {
  const late = t.status === 'breached' ? t.minutesLate : null;
  if (late !== null) return `${durationText(late, t.measure)} te laat`;
  return labelText(statusLabel(t.status, t.withinMargin, t.atRisk));
}

const isBreach = (t: TicketRow) => t.status === 'breached' || t.status === 'open-breached';

const columns: Column<TicketRow>[] = [
  { header: 'Ticket', width: 0.125, value: (t) => t.id },
  { header: 'Geregistreerd', width: 0.15, value: (t) => formatDateTime(t.registeredAt) },
  { header: 'Soort', width: 0.095, value: (t) => `${kindName[t.type]} ${t.judgedPriority}` },
  { header: 'Streeftijd', width: 0.13, value: (t) => t.streeftijd ?? '–' },
  { header: 'Deadline', width: 0.15, value: (t) => formatDateTime(t.deadline) },
  { header: 'Hersteltijd', width: 0.115, align: 'right', value: (t) => durationText(t.hersteltijdMinutes, t.measure) },
  { header: 'Resultaat', width: 0.16, value: resultText, alert: isBreach },
  { header: 'Update', width: 0.075, value: (t) => yesNoText(t.statusUpdateMet), alert: (t) => t.statusUpdateMet === false },
];

/** One table per product (in the order the storingen first name them), so every column fits. */
export function storingenTable(doc: Doc, ctx: DossierContext): void {
  heading(doc, 'Alle storingen in de periode');
  const { storingen } = ctx.dossier;
  if (storingen.length === 0) {
    paragraph(doc, 'In deze periode zijn voor deze klant geen storingen geregistreerd.');
    return;
  }
  const products = [...new Set(storingen.map((t) => t.product))];
  for (const product of products) {
    paragraph(doc, ctx.productName(product), { bold: true });
    drawTable(doc, columns, storingen.filter((t) => t.product === product));
  }
  paragraph(
    doc,
    'Deadline: het moment waarop de streeftijd op de klok van het contract verstrijkt. Hersteltijd: tijd op die klok tot het herstel (binnen het dienstvenster bij streeftijden in uren en werkdagen). Soort: incident of bug en het niveau waarop is beoordeeld: het niveau bij het eerste herstel (artikel 4.7). Update: statusupdate op tijd gegeven (ja/nee), of niet te beoordelen (–).',
    { muted: true, size: 8 },
  );
}
