// Summary against the streeftijden: the month in one sentence, then one line per
// product, niveau and kind, all worded from the model's cells.
import { monthName } from '../format.ts';
import { bullet, heading, paragraph, type Doc } from '../layout.ts';
import { cellTitle, summaryText } from '../sentences.ts';
import type { ClientContext } from './context.ts';

export function summary(doc: Doc, ctx: ClientContext): void {
  const { clientMonth, view } = ctx;
  heading(doc, 'Samenvatting');
  paragraph(doc, `In ${monthName(ctx.month)}: ${summaryText(clientMonth.total, view.normShare)}`);
  for (const c of clientMonth.cells) {
    bullet(doc, `${cellTitle(c, ctx.productName(c.product), c.streeftijd)}: ${summaryText(c, view.normShare)}`);
  }
  paragraph(
    doc,
    'Een storing telt mee in de maand waarin zij is hersteld; storingen die aan het eind van de maand nog open stonden, staan met hun resterende tijd in de tabel.',
    { muted: true },
  );
}
