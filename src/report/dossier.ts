// An Article 5 dossier: the evidence for a complaint conversation about one
// client and period. Every storing registered in the period with its result,
// each finding with the clause it concerns, the client's figures (counts and
// shares; verdicts only per storing and for the norms the contract states), and
// the plan van aanpak deadline (5.2). Built from the report model.
import type { Feestdag } from '../engine/feestdagen.ts';
import type { ComplaintState } from '../norms/complaints.ts';
import { countJudgements, type JudgementCounts } from './cells.ts';
import { feestdagenBetween } from './sla-summary.ts';
import type { ReportModel, TicketRow } from './build-model.ts';
import { minutesLate } from './lateness.ts';
import { channelText, dateTimeText, durationText, niveauRemarkText } from '../words/index.ts';

export interface DossierFinding {
  ticketId: string;
  /** Clause of the SLA the finding concerns. */
  clause: string;
  kind: 'hersteltijd' | 'statusupdate' | 'rapportage-klant' | 'telefonisch-melden' | 'niveau';
  /** Dutch sentence for the reader. */
  text: string;
}

export interface DossierFigure extends JudgementCounts {
  product: string;
  niveau: number;
  type: 'incident' | 'bug';
  streeftijd: string | null;
  storingen: number;
  resolved: number;
  met: number;
  breached: number;
  open: number;
  shareMet: number | null;
}

export type IncidentCounts = Pick<DossierFigure, 'incidentsResolved' | 'sameDay' | 'overWeek' | 'clientReportsJudged' | 'clientReportsOnTime'>;

export interface Dossier {
  clientId: string;
  clientName: string;
  from: string;
  to: string;
  asOf: string;
  /** 4.6's "circa" shares and this product's reading of when the report to the client is due. */
  incidentDistribution: ReportModel['sla']['incidentDistribution'];
  complaint: ComplaintState | null;
  /** Storingen (incidents and bugs) registered in the period, in registration order. */
  storingen: TicketRow[];
  figures: DossierFigure[];
  /** The figures' 4.6 incident counts added up over products and niveaus. */
  incidents: IncidentCounts;
  findings: DossierFinding[];
  /** Erkende feestdagen (4.1) from the period's start until its end or, when later, the last moment its storingen ran. */
  feestdagen: { from: string; to: string; days: Feestdag[] };
  provenance: ReportModel['provenance'];
}

/** The storingen of a client registered from `from` to `to` (local dates, inclusive). */
export function buildDossier(model: ReportModel, clientId: string, from: string, to: string, complaint: ComplaintState | null = null): Dossier {
  const client = model.clients.find((c) => c.id === clientId);
  const storingen = model.tickets
    .filter((t) => t.clientId === clientId && (t.type === 'incident' || t.type === 'bug'))
    .filter((t) => {
      const day = String(t.registeredAt).slice(0, 10);
      return day >= from && day <= to;
    })
    .sort((a, b) => String(a.registeredAt).localeCompare(String(b.registeredAt), 'nl') || String(a.id).localeCompare(String(b.id), 'nl'));
  const figures = figuresOf(storingen);
  return {
    clientId,
    clientName: client?.name ?? (storingen[0]?.clientName as string | undefined) ?? clientId,
    from,
    to,
    asOf: model.asOf,
    incidentDistribution: model.sla.incidentDistribution,
    complaint,
    storingen,
    figures,
    incidents: incidentCounts(figures),
    findings: storingen.flatMap(findingsOf),
    feestdagen: feestdagenOf(model, storingen, from, to),
    provenance: model.provenance,
  };
}

/** The feestdagen that closed the dienstvenster while the period's storingen ran: the period, extended to the last resolution (or the report moment). */
function feestdagenOf(model: ReportModel, storingen: TicketRow[], from: string, to: string): Dossier['feestdagen'] {
  let until = to;
  for (const t of storingen) {
    const end = String(t.resolvedAt ?? model.asOf).slice(0, 10);
    if (end > until) until = end;
  }
  return { from, to: until, days: feestdagenBetween(from, until, model.sla.feestdagenConfig) };
}

function findingsOf(t: TicketRow): DossierFinding[] {
  const id = String(t.id);
  const out: DossierFinding[] = [];
  if (t.status === 'breached' || t.status === 'open-breached') {
    const over = minutesLate(t);
    out.push({
      ticketId: id,
      clause: '4.6',
      kind: 'hersteltijd',
      text: t.status === 'breached'
        ? `Hersteld buiten de streeftijd (${t.streeftijd})${over !== null ? `: ${durationText(over, t.measure as string)} te laat` : ''}.`
        : `Nog open en de streeftijd (${t.streeftijd}) is verstreken.`,
    });
  }
  if (t.statusUpdateMet === false) {
    out.push({ ticketId: id, clause: '4.6', kind: 'statusupdate', text: 'Geen statusupdate op de helft van de streeftijd.' });
  }
  if (t.clientReportMet === false) {
    out.push({
      ticketId: id,
      clause: '4.6',
      kind: 'rapportage-klant',
      text: `Niet op de dag van de melding opgelost en niet uiterlijk ${dateTimeText(String(t.clientReportDue))} aan de klant gerapporteerd (moment volgens de uitleg van deze rapportage, gemeten op de klok).`,
    });
  }
  for (const r of t.niveauRemarks) out.push({ ticketId: id, clause: '4.7', kind: 'niveau', text: niveauRemarkText(r, t) });
  // 4.7 "Niveau 1 Storingen dienen altijd per telefoon te worden gemeld": the niveau the storing is
  // judged and counted at (in force at its first resolution), as the month figures count it.
  if (t.judgedPriority === 1 && t.channel !== 'phone' && t.channel !== 'monitoring') {
    out.push({ ticketId: id, clause: '4.7', kind: 'telefonisch-melden', text: `Niveau 1 ${channelText(t.channel as string)} gemeld, niet telefonisch.` });
  }
  return out;
}

function incidentCounts(figures: DossierFigure[]): IncidentCounts {
  const out: IncidentCounts = { incidentsResolved: 0, sameDay: 0, overWeek: 0, clientReportsJudged: 0, clientReportsOnTime: 0 };
  for (const f of figures) for (const k of Object.keys(out) as (keyof IncidentCounts)[]) out[k] += f[k];
  return out;
}

function figuresOf(rows: TicketRow[]): DossierFigure[] {
  const byKey = new Map<string, DossierFigure>();
  for (const t of rows) {
    const key = `${t.type}|${t.product}|${t.judgedPriority}`;
    let f = byKey.get(key);
    if (!f) {
      f = {
        product: String(t.product), niveau: Number(t.judgedPriority), type: t.type as DossierFigure['type'], streeftijd: (t.streeftijd as string | null) ?? null,
        storingen: 0, resolved: 0, met: 0, breached: 0, open: 0, shareMet: null, statusUpdatesJudged: 0, statusUpdatesOnTime: 0,
        incidentsResolved: 0, sameDay: 0, overWeek: 0, clientReportsJudged: 0, clientReportsOnTime: 0,
      };
      byKey.set(key, f);
    }
    f.storingen++;
    if (t.status === 'met' || t.status === 'breached') {
      f.resolved++;
      if (t.status === 'met') f.met++;
      else f.breached++;
    } else if (t.status === 'open' || t.status === 'open-breached') f.open++;
    countJudgements(f, t);
  }
  const figures = [...byKey.values()];
  for (const f of figures) f.shareMet = f.resolved === 0 ? null : f.met / f.resolved;
  return figures.sort((a, b) => (a.type === b.type ? 0 : a.type === 'incident' ? -1 : 1) || a.product.localeCompare(b.product, 'nl') || a.niveau - b.niveau);
}
