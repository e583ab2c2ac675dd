// The monthly management report over all clients, read top-down: cover, the
// month's figures, the 12-month trend, repeated breaches, the breach list by client.
import type { ReportModel } from '../report/model.ts';
import { provenance } from './client-report.ts';
import { provenanceSection } from './provenance-section.ts';
import { reportDocument, pageFooters, toBuffer } from './document.ts';
import { monthName } from '../words/index.ts';
import type { Doc } from './layout.ts';
import { breachList, cover, monthFigures, repeated, trend, type ManagementContext } from './management/sections.ts';

export function renderManagementReport(doc: Doc, model: ReportModel, month: string): void {
  const monthReport = model.months.find((m) => m.month === month);
  if (!monthReport) throw new Error(`no month ${month} in the report model`);
  const names = new Map<string, string>(model.sla.products.map((p) => [p.id, p.name]));
  const ctx: ManagementContext = { model, month: monthReport, productName: (id) => names.get(id) ?? id };
  cover(doc, ctx);
  monthFigures(doc, ctx);
  trend(doc, ctx);
  repeated(doc, ctx);
  breachList(doc, ctx);
  provenanceSection(doc, model.provenance);
  pageFooters(doc, provenance(model));
}

export function managementReportPdf(model: ReportModel, month: string): Promise<Buffer> {
  const doc = reportDocument({
    title: `Managementrapportage SLA ${monthName(month)}`,
    author: [...new Set(model.sla.products.map((p) => p.leverancier))].join(', '),
    subject: `Hersteltijden van alle klanten in ${monthName(month)} getoetst aan de SLA`,
    dated: model.asOf,
  });
  renderManagementReport(doc, model, month);
  return toBuffer(doc);
}
