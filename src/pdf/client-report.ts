// The monthly client report, read top-down: cover, summary with a line per
// breach, the table per product, kind and niveau, the storingen table, the open
// storingen, the period's counts, the 12-month chart, the dienstvensters and
// feestdagen, the explanation, Article 5 with the helpdesk, a compact provenance.
import type { ClientView } from '../report/client-slice.ts';
import { shareChart, type ChartPoint } from './chart.ts';
import { cover } from './client/cover.ts';
import { clientContext, type ClientContext } from './client/context.ts';
import { article5 } from './client/article5.ts';
import { dienstvensters, explanation } from './client/explanation.ts';
import { openStoringen, periodCounts } from './client/open-storingen.ts';
import { compactProvenance } from './client/provenance.ts';
import { storingenTable } from './client/storingen-table.ts';
import { subjects } from './client/subjects.ts';
import { cellsTable, summary } from './client/summary.ts';
import { reportDocument, pageFooters, toBuffer, type DocumentMeta } from './document.ts';
import { clientReportTitle, formatDate, formatDateTime, monthName } from '../words/index.ts';
import { heading, paragraph, type Doc } from './layout.ts';

/** The last 12 months up to the report month, with the client's share in each. */
function chart(doc: Doc, ctx: ClientContext): void {
  const months = ctx.view.months.map((m) => m.month).filter((m) => m <= ctx.month).slice(-12);
  const points: ChartPoint[] = months.map((month) => {
    const cm = ctx.client.months.find((m) => m.month === month);
    return { month, share: cm?.total.shareMet ?? null, resolved: cm?.total.resolved ?? 0 };
  });
  heading(doc, 'Aandeel binnen de streeftijd, afgelopen 12 maanden');
  paragraph(doc, 'Per maand het aandeel van uw herstelde storingen dat binnen de streeftijd is hersteld. De SLA geeft een streeftijd per storing en geen percentage, dus er is geen normlijn.', { muted: true });
  shareChart(doc, points);
}

export function renderClientReport(doc: Doc, model: ClientView, clientId: string, month: string): void {
  const ctx = clientContext(model, clientId, month);
  cover(doc, ctx);
  summary(doc, ctx);
  cellsTable(doc, ctx);
  storingenTable(doc, ctx);
  subjects(doc, ctx);
  openStoringen(doc, ctx);
  periodCounts(doc, ctx);
  chart(doc, ctx);
  dienstvensters(doc, ctx);
  explanation(doc, ctx);
  article5(doc, ctx);
  compactProvenance(doc, ctx);
  pageFooters(doc, provenance(model));
}

export function provenance(model: Pick<ClientView, 'sla' | 'asOf' | 'provenance'>): string {
  const product = model.provenance ? ` · sla-rapport ${model.provenance.productVersion}` : '';
  return `SLA versie ${model.sla.version} (geldig vanaf ${formatDate(model.sla.validFrom)}) · peildatum ${formatDateTime(model.asOf)}${product}`;
}

export function clientReportMeta(model: ClientView, clientId: string, month: string): DocumentMeta {
  const client = model.clients.find((c) => c.id === clientId)!;
  const leveranciers = [...new Set(model.sla.products.filter((p) => client.products.includes(p.id)).map((p) => p.leverancier))];
  return {
    title: clientReportTitle(month, client.name, client.id),
    author: leveranciers.join(', '),
    subject: `Hersteltijden van storingen in ${monthName(month)} getoetst aan de SLA`,
    dated: model.asOf,
  };
}

/** One client's report for a month as PDF bytes. */
export function clientReportPdf(model: ClientView, clientId: string, month: string): Promise<Buffer> {
  const doc = reportDocument(clientReportMeta(model, clientId, month));
  renderClientReport(doc, model, clientId, month);
  return toBuffer(doc);
}
