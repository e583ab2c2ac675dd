// The client's earlier complaints (Article 5) and, for each delivered plan van
// aanpak, its figures in the three months before the delivery and after it (all
// computed in the model, src/report/plan-effect.ts; nothing is counted here).
import type { ComplaintState } from '../../norms/complaints.ts';
import type { PlanEffect, WindowFigures } from '../../report/model.ts';
import {
  asSentence, complaintTextOf, formatDate, kindNamePlural, medianText, percentText, planEffectText, planStatusLabel, planWindowsReading, planWindowText,
} from '../../words/index.ts';
import { bullet, heading, paragraph, type Doc } from '../layout.ts';
import { drawTable, type Column } from '../table.ts';
import type { DossierContext } from './figures.ts';

const complaintColumns: Column<ComplaintState>[] = [
  { header: 'Klacht', width: 0.16, value: (c) => c.complaint.id },
  { header: 'Ontvangen', width: 0.15, value: (c) => formatDate(c.complaint.received) },
  { header: 'Periode', width: 0.31, value: (c) => `${formatDate(c.complaint.periodFrom)} t/m ${formatDate(c.complaint.periodTo)}` },
  { header: 'Plan uiterlijk', width: 0.19, value: (c) => formatDate(c.planDue) },
  { header: 'Plan geleverd', width: 0.19, value: (c) => formatDate(c.complaint.planDelivered) },
];

function earlierList(doc: Doc, earlier: ComplaintState[]): void {
  drawTable(doc, complaintColumns, earlier);
  paragraph(doc, 'Plan uiterlijk: de bespreking plus de termijn van artikel 5.2.', { muted: true, size: 8 });
  for (const c of earlier) {
    const outcome = c.complaint.outcome ? ` Uitkomst: ${asSentence(c.complaint.outcome)}` : '';
    bullet(doc, `${c.complaint.id} (${planStatusLabel(c.status).text}). Klacht: ${asSentence(complaintTextOf(c.complaint))}${outcome}`);
  }
}

interface EffectRow {
  what: string;
  when: 'vóór' | 'na';
  f: WindowFigures;
}

const effectColumns: Column<EffectRow>[] = [
  { header: 'Storingen', width: 0.24, value: (r) => r.what },
  { header: 'Plan', width: 0.08, value: (r) => r.when },
  { header: 'Hersteld', width: 0.1, align: 'right', value: (r) => String(r.f.resolved) },
  { header: 'Binnen', width: 0.1, align: 'right', value: (r) => String(r.f.met) },
  { header: 'Buiten', width: 0.1, align: 'right', value: (r) => String(r.f.breached) },
  { header: 'Aandeel binnen', width: 0.16, align: 'right', value: (r) => percentText(r.f.shareMet) },
  { header: 'Mediaan hersteltijd', width: 0.22, align: 'right', value: (r) => medianText(r.f) },
];

function effectRows(e: PlanEffect): EffectRow[] {
  const rows: EffectRow[] = [
    { what: 'Alle storingen', when: 'vóór', f: e.before.total },
    { what: 'Alle storingen', when: 'na', f: e.after.total },
  ];
  e.before.byKind.forEach((k, i) => {
    rows.push({ what: kindNamePlural[k.type], when: 'vóór', f: k }, { what: kindNamePlural[k.type], when: 'na', f: e.after.byKind[i] });
  });
  return rows;
}

function planEffect(doc: Doc, e: PlanEffect): void {
  paragraph(doc, planEffectText(e, percentText), { bold: true });
  bullet(doc, `Vóór: ${planWindowText(e.before)}`);
  bullet(doc, `Na: ${planWindowText(e.after)}`);
  drawTable(doc, effectColumns, effectRows(e));
}

export function earlierComplaints(doc: Doc, { dossier }: DossierContext): void {
  heading(doc, 'Eerdere klachten en het effect van elk plan van aanpak');
  if (dossier.earlierComplaints.length === 0) paragraph(doc, 'Geen eerdere klachten van deze klant in het klachtenbestand.');
  else earlierList(doc, dossier.earlierComplaints);
  if (dossier.planEffects.length === 0) {
    paragraph(doc, 'Geen geleverd plan van aanpak om cijfers vóór en na te vergelijken.');
    return;
  }
  paragraph(doc, planWindowsReading, { muted: true, size: 8 });
  for (const e of dossier.planEffects) planEffect(doc, e);
  paragraph(doc, 'Mediaan hersteltijd: in dienstvenstertijd voor streeftijden in uren en werkdagen, in kalendertijd voor weken, maanden en releases; "gemengde klokken" als de storingen beide soorten hebben.', { muted: true, size: 8 });
}
