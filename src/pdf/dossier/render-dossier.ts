// The Article 5 dossier PDF, read top-down: cover (with the complaint itself, or
// why the dossier was made without one), plan van aanpak, the client's earlier
// complaints with its figures before and after each plan, the client's
// figures and 4.6's incident distribution, the status-update, report-to-client
// and phone-reporting findings,
// every storing of the period, and each breach with its clock timeline.
import type { Dossier } from '../../report/dossier.ts';
import type { SlaSummary } from '../../report/sla-summary.ts';
import { provenance } from '../client-report.ts';
import { provenanceSection } from '../provenance-section.ts';
import { pageFooters, reportDocument, toBuffer, type DocumentMeta } from '../document.ts';
import type { Doc } from '../layout.ts';
import { complaintPlan, cover, dossierTitle } from './cover.ts';
import { rangeText } from '../../words/index.ts';
import { figuresTable, findings, type DossierContext } from './figures.ts';
import { feestdagenSection } from './feestdagen.ts';
import { storingenTable } from './storingen-table.ts';
import { breachMoments } from './breach-moments.ts';
import { earlierComplaints } from './earlier-complaints.ts';

export function renderDossier(doc: Doc, dossier: Dossier, sla: SlaSummary): void {
  const names = new Map<string, string>(sla.products.map((p) => [p.id, p.name]));
  const ctx: DossierContext = { dossier, productName: (id) => names.get(id) ?? id };
  cover(doc, dossier, sla);
  complaintPlan(doc, dossier, sla);
  earlierComplaints(doc, ctx);
  figuresTable(doc, ctx);
  findings(doc, ctx);
  storingenTable(doc, ctx);
  feestdagenSection(doc, ctx, sla);
  breachMoments(doc, ctx);
  provenanceSection(doc, dossier.provenance);
  pageFooters(doc, provenance({ sla, asOf: dossier.asOf, provenance: dossier.provenance }));
}

export function dossierMeta(dossier: Dossier, sla: SlaSummary): DocumentMeta {
  const products = new Set(dossier.storingen.map((t) => t.product));
  const own = sla.products.filter((p) => products.has(p.id));
  return {
    title: `${dossierTitle(dossier)} – ${dossier.clientName} (${dossier.clientId})`,
    author: [...new Set((own.length ? own : sla.products).map((p) => p.leverancier))].join(', '),
    subject: `Storingen van ${rangeText(dossier.from, dossier.to)} getoetst aan de SLA (artikel 5)`,
    dated: dossier.asOf,
  };
}

/** One dossier as PDF bytes, dated by the data's as-of moment. */
export function dossierPdf(dossier: Dossier, sla: SlaSummary): Promise<Buffer> {
  const doc = reportDocument(dossierMeta(dossier, sla));
  renderDossier(doc, dossier, sla);
  return toBuffer(doc);
}
