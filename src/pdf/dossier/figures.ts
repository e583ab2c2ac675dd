// The client's figures in the period, per kind, product and niveau (from the
// dossier; nothing is counted here): counts and shares, no verdict on the share
// within streeftijd (the contract sets none); 4.6's incident distribution beside
// the contract's "circa" words; and the status-update, report-to-client (4.6)
// and phone-reporting (4.7) findings.
import { clientReportReading, clientReportText, overWeekText, sameDayText, kindName, percentText } from '../../words/index.ts';
import type { Dossier, DossierFigure } from '../../report/dossier.ts';
import { bullet, heading, paragraph, type Doc } from '../layout.ts';
import { drawTable, type Column } from '../table.ts';

export interface DossierContext {
  dossier: Dossier;
  productName: (id: string) => string;
}

export function figuresTable(doc: Doc, { dossier, productName }: DossierContext): void {
  heading(doc, 'Cijfers van de klant');
  if (dossier.figures.length === 0) {
    paragraph(doc, 'In deze periode zijn voor deze klant geen storingen geregistreerd.');
    return;
  }
  const columns: Column<DossierFigure>[] = [
    { header: 'Soort', width: 0.075, value: (f) => kindName[f.type] },
    { header: 'Product', width: 0.14, value: (f) => productName(f.product) },
    { header: 'Niv.', width: 0.05, align: 'right', value: (f) => String(f.niveau) },
    { header: 'Streeftijd', width: 0.204, value: (f) => f.streeftijd ?? '–' },
    { header: 'Aantal', width: 0.07, align: 'right', value: (f) => String(f.storingen) },
    { header: 'Hersteld', width: 0.088, align: 'right', value: (f) => String(f.resolved) },
    { header: 'Binnen', width: 0.073, align: 'right', value: (f) => String(f.met) },
    { header: 'Buiten', width: 0.07, align: 'right', value: (f) => String(f.breached), alert: (f) => f.breached > 0 },
    { header: 'Open', width: 0.06, align: 'right', value: (f) => String(f.open) },
    { header: 'Aandeel', width: 0.085, align: 'right', value: (f) => percentText(f.shareMet) },
    { header: 'Updates', width: 0.085, align: 'right', value: (f) => (f.statusUpdatesJudged ? `${f.statusUpdatesOnTime}/${f.statusUpdatesJudged}` : '–') },
  ];
  drawTable(doc, columns, dossier.figures);
  paragraph(
    doc,
    'Aantal: storingen die in de periode zijn geregistreerd. Binnen/Buiten: hersteld binnen of buiten de streeftijd. Aandeel: het deel van de herstelde storingen dat binnen de streeftijd is hersteld; een cijfer, geen norm (de SLA geeft een streeftijd per storing, geen percentage). Updates: statusupdates op tijd gegeven van het aantal dat te beoordelen was (artikel 4.6).',
    { muted: true, size: 8 },
  );
  const total = dossier.incidents;
  const d = dossier.incidentDistribution;
  if (total.incidentsResolved > 0) paragraph(doc, `${sameDayText(total, d.sameDayShare, percentText)} ${overWeekText(total, d.maxOneWeekShare, percentText)}`);
}


export function findings(doc: Doc, { dossier }: DossierContext): void {
  heading(doc, 'Bevindingen statusupdates en rapportage aan de klant (4.6), telefonisch melden en niveau (4.7)');
  const report = clientReportText(dossier.incidents, percentText);
  if (report) paragraph(doc, report);
  paragraph(doc, clientReportReading(dossier.incidentDistribution.reportDue), { muted: true, size: 8 });
  const list = dossier.findings.filter((f) => f.kind !== 'hersteltijd');
  if (list.length === 0) {
    paragraph(doc, 'Geen bevindingen over statusupdates, de rapportage aan de klant, het telefonisch melden van storingen van niveau 1 of niveauwijzigingen.');
    return;
  }
  for (const f of list) bullet(doc, `${f.ticketId} (artikel ${f.clause}): ${f.text}`);
}
