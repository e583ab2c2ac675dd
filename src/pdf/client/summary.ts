// Summary against the streeftijden: the month in one sentence, then one line per
// product, niveau and kind, all worded from the model's cells.
import { clientReportText, overWeekText, sameDayText, monthName, percentText, cellTitle, summaryText } from '../../words/index.ts';
import { bullet, heading, paragraph, type Doc } from '../layout.ts';
import type { ClientContext } from './context.ts';

export function summary(doc: Doc, ctx: ClientContext): void {
  const { clientMonth, view } = ctx;
  heading(doc, 'Samenvatting');
  paragraph(doc, `In ${monthName(ctx.month)}: ${summaryText(clientMonth.total)}`);
  for (const c of clientMonth.cells) {
    bullet(doc, `${cellTitle(c, ctx.productName(c.product), c.streeftijd)}: ${summaryText(c)}`);
  }
  // 4.6's incident distribution: figures beside the contract's "circa" words, no verdict.
  const t = clientMonth.total;
  const d = view.sla.incidentDistribution;
  if (t.incidentsResolved > 0) {
    paragraph(doc, `${sameDayText(t, d.sameDayShare, percentText)} ${overWeekText(t, d.maxOneWeekShare, percentText)}`);
  }
  const report = clientReportText(t, percentText);
  if (report) {
    const late = clientMonth.clientReportsLate;
    paragraph(doc, late.length ? `${report} Niet op tijd gerapporteerd: ${late.join(', ')}.` : report);
  }
  paragraph(
    doc,
    'Een storing telt mee in de maand waarin zij is hersteld; storingen die aan het eind van de maand nog open stonden, staan met hun resterende tijd in de tabel.',
    { muted: true },
  );
}
