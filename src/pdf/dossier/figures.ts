// The client's figures in the period against the norm, per kind, product and
// niveau (from the dossier; nothing is counted here), and the status-update (4.6)
// and phone-reporting (4.7) findings.
import type { Dossier, DossierFigure } from '../../report/dossier.ts';
import { kindName, percentText } from '../format.ts';
import { bullet, heading, paragraph, type Doc } from '../layout.ts';
import { drawTable, type Column } from '../table.ts';

export interface DossierContext {
  dossier: Dossier;
  productName: (id: string) => string;
}

const below = (f: DossierFigure, norm: number) => f.shareMet !== null && f.shareMet < norm;

export function figuresTable(doc: Doc, { dossier, productName }: DossierContext): void {
  heading(doc, 'Cijfers van de klant tegen de norm');
  if (dossier.figures.length === 0) {
    paragraph(doc, 'In deze periode zijn voor deze klant geen storingen geregistreerd.');
    return;
  }
  const norm = dossier.normShare;
  const columns: Column<DossierFigure>[] = [
    { header: 'Soort', width: 0.075, value: (f) => kindName(f.type) },
    { header: 'Product', width: 0.14, value: (f) => productName(f.product) },
    { header: 'Niv.', width: 0.05, align: 'right', value: (f) => String(f.niveau) },
    { header: 'Streeftijd', width: 0.144, value: (f) => f.streeftijd ?? '–' },
    { header: 'Aantal', width: 0.07, align: 'right', value: (f) => String(f.storingen) },
    { header: 'Hersteld', width: 0.088, align: 'right', value: (f) => String(f.resolved) },
    { header: 'Binnen', width: 0.073, align: 'right', value: (f) => String(f.met) },
    { header: 'Buiten', width: 0.07, align: 'right', value: (f) => String(f.breached), alert: (f) => f.breached > 0 },
    { header: 'Open', width: 0.06, align: 'right', value: (f) => String(f.open) },
    { header: 'Aandeel', width: 0.085, align: 'right', value: (f) => percentText(f.shareMet), alert: (f) => below(f, norm) },
    { header: 'Norm', width: 0.06, align: 'right', value: () => percentText(norm) },
    { header: 'Updates', width: 0.085, align: 'right', value: (f) => (f.statusUpdatesJudged ? `${f.statusUpdatesOnTime}/${f.statusUpdatesJudged}` : '–') },
  ];
  drawTable(doc, columns, dossier.figures);
  paragraph(
    doc,
    'Aantal: storingen die in de periode zijn geregistreerd. Binnen/Buiten: hersteld binnen of buiten de streeftijd. Aandeel: het deel van de herstelde storingen dat binnen de streeftijd is hersteld, tegen de norm. Updates: statusupdates op tijd gegeven van het aantal dat te beoordelen was (artikel 4.6).',
    { muted: true, size: 8 },
  );
}

export function findings(doc: Doc, { dossier }: DossierContext): void {
  heading(doc, 'Bevindingen statusupdates (4.6), telefonisch melden en niveau (4.7)');
  const list = dossier.findings.filter((f) => f.kind !== 'hersteltijd');
  if (list.length === 0) {
    paragraph(doc, 'Geen bevindingen over statusupdates, over het telefonisch melden van storingen van niveau 1 of over niveauwijzigingen.');
    return;
  }
  for (const f of list) bullet(doc, `${f.ticketId} (artikel ${f.clause}): ${f.text}`);
}
