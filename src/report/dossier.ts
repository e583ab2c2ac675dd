// An Article 5 dossier: the evidence for a complaint conversation about one
// client and period. Every storing registered in the period with its result,
// each finding with the clause it concerns, the client's figures (counts and
// shares; verdicts only per storing and for the norms the contract states), and
// the plan van aanpak deadline (5.2). Built from the report model.
import type { ComplaintState } from '../norms/complaints.ts';
import { countJudgements, countResolved, finishShare } from './cells.ts';
import { dayOf } from './instant.ts';
import type { Dossier, DossierFigure, DossierFinding, DossierRef, IncidentCounts, LocalDate, ReadyReason, ReportModel, TicketRow } from './model.ts';
import { planEffects } from './plan-effect.ts';
import { feestdagenBetween } from './sla-summary.ts';
import { channelText, formatDateTime, durationText, niveauRemarkText } from '../words/index.ts';
import { compareNl } from './order.ts';

export type { Dossier, DossierFigure, DossierFinding };

/** What a dossier reads of the model: built while the model is, or from a finished one (the dossier command, `dossierSourceOf`). */
export type DossierSource = Pick<ReportModel, 'clients' | 'tickets' | 'asOf' | 'sla' | 'provenance'> & {
  /** Every complaint on file, for the client's earlier complaints and their plans. */
  complaints: readonly ComplaintState[];
  /** The first day the data covers: the first report month's first day. */
  dataFrom: LocalDate;
  /** A client's storingen (incidents and bugs), in the order of `tickets`. */
  storingenOf: (clientId: string) => readonly TicketRow[];
};

/** Looks up each client's storingen in one pass over the rows (a build makes a dossier for many clients). */
export function storingenByClient(tickets: readonly TicketRow[]): (clientId: string) => readonly TicketRow[] {
  let index: Map<string, TicketRow[]> | undefined;
  return (clientId) => {
    if (!index) {
      index = new Map();
      for (const t of tickets) {
        if (t.type !== 'incident' && t.type !== 'bug') continue;
        let rows = index.get(t.clientId);
        if (!rows) index.set(t.clientId, (rows = []));
        rows.push(t);
      }
    }
    return index.get(clientId) ?? [];
  };
}

/** The dossier source of a finished model. */
export function dossierSourceOf(model: ReportModel): DossierSource {
  return { ...model, complaints: model.norms.complaints, dataFrom: `${model.months[0].month}-01`, storingenOf: storingenByClient(model.tickets) };
}

/** Received before `c`: an earlier day, or the same day and an id sorted before it. */
const receivedBefore = (a: ComplaintState, c: ComplaintState) =>
  a.complaint.received < c.complaint.received || (a.complaint.received === c.complaint.received && compareNl(a.complaint.id, c.complaint.id) < 0);

/** The client's complaints received before `complaint` (every one on file without a complaint), oldest first. */
function earlierComplaintsOf(model: DossierSource, clientId: string, complaint: ComplaintState | null): ComplaintState[] {
  return model.complaints
    .filter((c) => c.complaint.clientId === clientId && c !== complaint && (complaint === null || receivedBefore(c, complaint)))
    .sort((a, b) => compareNl(a.complaint.received, b.complaint.received) || compareNl(a.complaint.id, b.complaint.id));
}

/**
 * The storingen of a client registered from `from` to `to` (local dates, inclusive), with the
 * complaint on file for them (or the reason a dossier is made without one), the client's earlier
 * complaints and the figures before and after each delivered plan van aanpak.
 */
export function buildDossier(
  source: DossierSource | ReportModel,
  clientId: string,
  from: string,
  to: string,
  complaint: ComplaintState | null = null,
  readyFor: ReadyReason | null = null,
): Dossier {
  const model = 'norms' in source ? dossierSourceOf(source) : source;
  const client = model.clients.find((c) => c.id === clientId);
  const own = model.storingenOf(clientId);
  const storingen = own
    .filter((t) => {
      const day = dayOf(t.registeredAt);
      return day >= from && day <= to;
    })
    .sort((a, b) => compareNl(a.registeredAt, b.registeredAt) || compareNl(a.id, b.id));
  const figures = figuresOf(storingen);
  const earlierComplaints = earlierComplaintsOf(model, clientId, complaint);
  const ref: DossierRef = complaint ? { kind: 'klacht', complaintId: complaint.complaint.id } : { kind: 'zonder-klacht', clientId, from, to };
  return {
    ref,
    clientId,
    clientName: client?.name ?? storingen[0]?.clientName ?? clientId,
    from,
    to,
    asOf: model.asOf,
    incidentDistribution: model.sla.incidentDistribution,
    complaint,
    readyFor,
    earlierComplaints,
    planEffects: planEffects(complaint ? [...earlierComplaints, complaint] : earlierComplaints, own, { from: model.dataFrom, to: dayOf(model.asOf) }),
    storingen,
    figures,
    incidents: incidentCounts(figures),
    findings: storingen.flatMap(findingsOf),
    feestdagen: feestdagenOf(model, storingen, from, to),
    provenance: model.provenance,
  };
}

/** The feestdagen that closed the dienstvenster while the period's storingen ran: the period, extended to the last resolution (or the report moment). */
function feestdagenOf(model: DossierSource, storingen: TicketRow[], from: string, to: string): Dossier['feestdagen'] {
  let until = to;
  for (const t of storingen) {
    const end = dayOf(t.resolvedAt ?? model.asOf);
    if (end > until) until = end;
  }
  return { from, to: until, days: feestdagenBetween(from, until, model.sla.feestdagenConfig) };
}

function findingsOf(t: TicketRow): DossierFinding[] {
  const id = t.id;
  const out: DossierFinding[] = [];
  if (t.status === 'breached' || t.status === 'open-breached') {
    const over = t.minutesLate;
    out.push({
      ticketId: id,
      clause: '4.6',
      kind: 'hersteltijd',
      text: t.status === 'breached'
        ? `Hersteld buiten de streeftijd (${t.streeftijd})${over !== null ? `: ${durationText(over, t.measure)} te laat` : ''}.`
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
      text: `Niet op de dag van de melding opgelost en niet uiterlijk ${formatDateTime(t.clientReportDue)} aan de klant gerapporteerd (moment volgens de uitleg van deze rapportage, gemeten op de klok).`,
    });
  }
  for (const r of t.niveauChanges) out.push({ ticketId: id, clause: '4.7', kind: 'niveau', text: niveauRemarkText(r, t) });
  // 4.7 "Niveau 1 Storingen dienen altijd per telefoon te worden gemeld": the niveau the storing is
  // judged and counted at (in force at its first resolution), as the month figures count it.
  if (t.judgedPriority === 1 && t.channel !== 'phone' && t.channel !== 'monitoring') {
    out.push({ ticketId: id, clause: '4.7', kind: 'telefonisch-melden', text: `Niveau 1 ${channelText(t.channel)} gemeld, niet telefonisch.` });
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
    if (t.type !== 'incident' && t.type !== 'bug') continue;
    const key = `${t.type}|${t.product}|${t.judgedPriority}`;
    let f = byKey.get(key);
    if (!f) {
      f = {
        product: t.product, niveau: t.judgedPriority, type: t.type, streeftijd: t.streeftijd,
        storingen: 0, resolved: 0, met: 0, breached: 0, withinMargin: 0, open: 0, shareMet: null, statusUpdatesJudged: 0, statusUpdatesOnTime: 0,
        incidentsResolved: 0, sameDay: 0, overWeek: 0, clientReportsJudged: 0, clientReportsOnTime: 0,
      };
      byKey.set(key, f);
    }
    f.storingen++;
    // Met and breached are counted as in the month cells; the judgements of storingen still open count too.
    if (t.status === 'met' || t.status === 'breached') countResolved(f, t);
    else {
      if (t.status === 'open' || t.status === 'open-breached') f.open++;
      countJudgements(f, t);
    }
  }
  const figures = [...byKey.values()];
  for (const f of figures) finishShare(f);
  return figures.sort((a, b) => (a.type === b.type ? 0 : a.type === 'incident' ? -1 : 1) || compareNl(a.product, b.product) || a.niveau - b.niveau);
}
