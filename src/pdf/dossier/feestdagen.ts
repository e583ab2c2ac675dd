// The erkende feestdagen (4.1) that closed the dienstvenster while the dossier's
// storingen ran, and which days count as erkende feestdagen (this product's reading).
import type { SlaSummary } from '../../report/sla-summary.ts';
import { formatDate, rangeText } from '../../words/index.ts';
import { bullet, heading, paragraph, type Doc } from '../layout.ts';
import type { DossierContext } from './figures.ts';

export function feestdagenSection(doc: Doc, { dossier }: DossierContext, sla: SlaSummary): void {
  const { from, to, days } = dossier.feestdagen;
  heading(doc, 'Erkende feestdagen in de periode');
  paragraph(doc, sla.feestdagenReading, { muted: true, size: 8 });
  if (days.length === 0) {
    paragraph(doc, `Van ${rangeText(from, to)} viel geen erkende feestdag.`);
    return;
  }
  paragraph(doc, `Van ${rangeText(from, to)} was het dienstvenster gesloten op:`);
  for (const f of days) bullet(doc, `${formatDate(f.date)}: ${f.name}`);
}
