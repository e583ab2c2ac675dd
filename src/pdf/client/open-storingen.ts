// The storingen still open at the month's end, most urgent first (the model's
// order: late first, then least time left), each with how late it is or how
// much time it has left ("4 u te laat", "binnen marge, nog 4 d 10 u", "nog 9 u").
import type { OpenAtEnd } from '../../report/model.ts';
import { deadlineText, kindName, labelText, monthName, openTimeText, statusLabel } from '../../words/index.ts';
import { heading, paragraph, type Doc } from '../layout.ts';
import { drawTable, type Column } from '../table.ts';
import type { ClientContext } from './context.ts';

export function openStoringen(doc: Doc, ctx: ClientContext): void {
  heading(doc, `Open aan het eind van ${monthName(ctx.month)}`);
  const open = ctx.clientMonth.openAtEnd;
  if (open.length === 0) {
    paragraph(doc, 'Aan het eind van de maand stond geen storing open.');
    return;
  }
  const streeftijd = (o: OpenAtEnd) => ctx.tickets.get(o.id)?.streeftijd ?? '–';
  const manyProducts = ctx.client.products.length > 1;
  const columns: Column<OpenAtEnd>[] = [
    { header: 'Ticket', width: 0.14, wrap: true, value: (o) => `${o.id}\n${kindName[o.type]}${manyProducts ? `\n${ctx.productName(o.product)}` : ''}` },
    { header: 'Niveau', width: 0.08, value: (o) => String(o.niveau) },
    { header: 'Streeftijd', width: 0.2, wrap: true, value: streeftijd },
    { header: 'Deadline', width: 0.16, wrap: true, value: deadlineText },
    { header: 'Te laat of resterende tijd', width: 0.22, wrap: true, value: (o) => openTimeText(o), alert: (o) => o.minutesLate !== null },
    { header: 'Stand', width: 0.2, wrap: true, value: (o) => labelText(statusLabel(o.status, o.withinMargin, o.atRisk)) },
  ];
  drawTable(doc, columns, open);
  paragraph(doc, 'Gemeten aan het eind van de maand, op de klok van het contract; de meest dringende storing staat bovenaan.', { muted: true, size: 8 });
}

/** The month as a service desk counts its period: open at the start, registered, resolved, open at the end. */
export function periodCounts(doc: Doc, ctx: ClientContext): void {
  const c = ctx.clientMonth.periodCounts;
  heading(doc, 'Aantallen in de maand');
  const columns: Column<typeof c>[] = [
    { header: 'Open aan het begin', width: 0.25, align: 'right', value: (r) => String(r.openAtStart) },
    { header: 'Geregistreerd', width: 0.25, align: 'right', value: (r) => String(r.registered) },
    { header: 'Hersteld', width: 0.25, align: 'right', value: (r) => String(r.resolved) },
    { header: 'Open aan het eind', width: 0.25, align: 'right', value: (r) => String(r.openAtEnd) },
  ];
  drawTable(doc, columns, [c]);
  paragraph(doc, 'Hersteld: in de maand definitief hersteld, binnen of buiten de streeftijd. Een storing die later wordt heropend, staat vanaf de heropening weer open.', { muted: true, size: 8 });
}
