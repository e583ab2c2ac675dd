// Sections of the management report: the month's figures for all clients, the
// 12-month trend, clients with repeated breaches and the breach list by client.
import type { MonthReport, ReportModel, TicketRow } from '../../report/model.ts';
import type { Cell } from '../../report/cells.ts';
import { clientReportText, overWeekText, sameDayText, formatDate, formatDateTime, durationText, kindName, monthName, percentText, periodText, summaryText } from '../../words/index.ts';
import { REPEATED, type RepeatedBreach } from '../../report/repeated-breaches.ts';
import { shareChart } from '../chart.ts';
import { COLOR, contentWidth, FONT, heading, keyValues, left, paragraph, TYPE, type Doc } from '../layout.ts';
import { drawTable, type Column } from '../table.ts';

export interface ManagementContext {
  model: ReportModel;
  month: MonthReport;
  productName: (id: string) => string;
}

export function cover(doc: Doc, { model, month }: ManagementContext): void {
  doc.font(FONT.bold).fontSize(TYPE.title).fillColor(COLOR.text).text(`Managementrapportage SLA ${monthName(month.month)}`, left(doc), doc.y, { width: contentWidth(doc) });
  doc.font(FONT.regular).fontSize(TYPE.body).fillColor(COLOR.muted).text('Alle klanten: hersteltijden van storingen getoetst aan de streeftijden uit de Service Level Agreement', { width: contentWidth(doc) });
  doc.moveDown(1);
  keyValues(doc, [
    ['Leverancier', model.sla.products.map((p) => `${p.leverancier} (${p.name})`).join('; ')],
    ['Periode', month.complete ? periodText(month.month) : `${periodText(month.month)} (stand per ${formatDateTime(month.asOf)})`],
    ['Rapportdatum', formatDate(model.asOf)],
    ['Contract', `${model.sla.title}, versie ${model.sla.version} (geldig vanaf ${formatDate(model.sla.validFrom)})`],
  ]);
}

export function monthFigures(doc: Doc, ctx: ManagementContext): void {
  const { month, model } = ctx;
  heading(doc, `Cijfers ${monthName(month.month)}`);
  paragraph(doc, summaryText(month.total));
  const d = model.sla.incidentDistribution;
  const incidents = month.breakdown.byKind.find((k) => k.type === 'incident')!.total;
  paragraph(doc, `${sameDayText(incidents, d.sameDayShare, percentText)} ${overWeekText(incidents, d.maxOneWeekShare, percentText)}`);
  const report = clientReportText(incidents, percentText);
  if (report) paragraph(doc, report);
  const columns: Column<Cell>[] = [
    { header: 'Soort', width: 0.08, value: (c) => kindName[c.type] },
    { header: 'Product', width: 0.12, value: (c) => ctx.productName(c.product) },
    { header: 'Niv.', width: 0.05, align: 'right', value: (c) => String(c.niveau) },
    { header: 'Streeftijd', width: 0.17, value: (c) => c.streeftijd ?? '–' },
    { header: 'Gereg.', width: 0.08, align: 'right', value: (c) => String(c.registered) },
    { header: 'Herst.', width: 0.07, align: 'right', value: (c) => String(c.resolved) },
    { header: 'Binnen', width: 0.08, align: 'right', value: (c) => String(c.met) },
    { header: 'Aandeel', width: 0.09, align: 'right', value: (c) => percentText(c.shareMet) },
    { header: 'Mediaan', width: 0.1, align: 'right', value: (c) => durationText(c.medianHersteltijdMinutes, c.measure) },
    { header: 'Update', width: 0.09, align: 'right', value: (c) => (c.statusUpdatesJudged ? `${c.statusUpdatesOnTime}/${c.statusUpdatesJudged}` : '–') },
    { header: 'Open', width: 0.06, align: 'right', value: (c) => String(c.openAtEnd) },
  ];
  drawTable(doc, columns, month.cells);
  paragraph(doc, 'Gereg.: geregistreerd; Herst.: hersteld; Binnen: binnen de streeftijd hersteld; Mediaan: mediane hersteltijd. Update: statusupdates op tijd van de beoordeelde. Open: open aan het eind van de maand.', { muted: true, size: TYPE.small });
}

export function trend(doc: Doc, { model, month }: ManagementContext): void {
  const months = model.months.filter((m) => m.month <= month.month).slice(-12);
  heading(doc, 'Trend: aandeel binnen de streeftijd, afgelopen 12 maanden');
  shareChart(doc, months.map((m) => ({ month: m.month, share: m.total.shareMet, resolved: m.total.resolved })));
}

export function repeated(doc: Doc, { month }: ManagementContext): void {
  heading(doc, 'Klanten met herhaalde overschrijdingen');
  paragraph(
    doc,
    `Herhaald: ${REPEATED.inMonth} of meer storingen buiten de streeftijd hersteld in ${monthName(month.month)}, of overschrijdingen in ${REPEATED.months} of meer van de laatste ${REPEATED.window} maanden. ` +
      'Kandidaten voor een gesprek volgens artikel 5 (klacht en plan van aanpak).',
  );
  if (month.repeatedBreaches.length === 0) return paragraph(doc, 'Geen klanten met herhaalde overschrijdingen.');
  const columns: Column<RepeatedBreach>[] = [
    { header: 'Klant', width: 0.4, value: (r) => r.clientName },
    { header: 'Debiteurnr.', width: 0.13, value: (r) => r.clientId },
    { header: 'Deze maand', width: 0.12, align: 'right', value: (r) => String(r.breachesInMonth) },
    { header: 'Maanden met overschrijding', width: 0.35, value: (r) => r.monthsWithBreaches.map(monthName).join(', ') },
  ];
  drawTable(doc, columns, month.repeatedBreaches);
}

export function breachList(doc: Doc, ctx: ManagementContext): void {
  const { model, month } = ctx;
  heading(doc, `Overschrijdingen per klant in ${monthName(month.month)}`);
  const ids = new Set(month.breaches);
  const rows = model.tickets
    .filter((t) => ids.has(t.id))
    .sort((a, b) => a.clientName.localeCompare(b.clientName, 'nl') || a.clientId.localeCompare(b.clientId) || a.id.localeCompare(b.id));
  if (rows.length === 0) return paragraph(doc, 'Geen storingen buiten de streeftijd hersteld.');
  const columns: Column<TicketRow>[] = [
    { header: 'Klant', width: 0.25, value: (t) => t.clientName },
    { header: 'Deb.nr.', width: 0.08, value: (t) => t.clientId },
    { header: 'Ticket', width: 0.125, value: (t) => t.id },
    { header: 'Product', width: 0.12, value: (t) => ctx.productName(t.product) },
    { header: 'Soort', width: 0.08, value: (t) => kindName[t.type] },
    // The niveau the storing was judged at (4.7: in force at its first resolution), whose streeftijd stands beside it.
    { header: 'Niv.', width: 0.05, align: 'right', value: (t) => String(t.judgedPriority) },
    { header: 'Streeftijd', width: 0.17, value: (t) => t.streeftijd ?? '–' },
    { header: 'Hersteltijd', width: 0.125, align: 'right', value: (t) => durationText(t.hersteltijdMinutes, t.measure) },
  ];
  drawTable(doc, columns, rows);
  paragraph(doc, 'Niv.: het niveau waarop de storing is beoordeeld, met de streeftijd van dat niveau: het niveau bij het eerste herstel; een wijziging daarna verandert het oordeel niet (artikel 4.7, lezing van deze rapportage).', { muted: true, size: TYPE.small });
}
