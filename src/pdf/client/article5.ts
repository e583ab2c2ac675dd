// What the client can do when the norms are not met (Article 5, in two
// sentences) and how to reach the helpdesk (content/leveranciers.yaml).
import { article5Sentences, helpdeskLines } from '../../words/index.ts';
import { heading, paragraph, type Doc } from '../layout.ts';
import type { ClientContext } from './context.ts';

export function article5(doc: Doc, ctx: ClientContext): void {
  const { sla } = ctx.view;
  heading(doc, 'Als de normen niet zijn gehaald');
  paragraph(doc, article5Sentences(sla).join(' '));
  const names = new Set(sla.products.filter((p) => ctx.client.products.includes(p.id)).map((p) => p.leverancier));
  for (const line of helpdeskLines(sla.leveranciers.filter((l) => names.has(l.name)))) paragraph(doc, line);
}
