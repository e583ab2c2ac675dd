// Builds the one report model that the site and the PDFs render: per month the
// cells for all clients and per client, breaches, what was open at each month's
// end, the ticket rows behind every figure, and the reconciliation. Pure: no fs.
import type { Niveau, ProductId } from '../contract/schema.ts';
import type { Evaluation } from '../engine/evaluate.ts';
import { isoInZone as iso, zone as zoneOf, type Zone } from '../engine/zone.ts';
import type { JudgedData } from '../pipeline/judge-data.ts';
import { reasonText } from '../ingest/set-aside.ts';
import { reconciliationExtras, type ReconciliationExtras } from './reconciliation.ts';
import { CellSet, type Cell, type StoringKind } from './cells.ts';
import type { Dossier } from './dossier.ts';
import type { NormsReport } from './norms-report.ts';
import type { Provenance } from '../pipeline/provenance.ts';
import { lastReportMonth, monthEnd, monthOf, monthRange } from './month.ts';
import { repeatedBreaches, type RepeatedBreach } from './repeated-breaches.ts';
import { feestdagenInMonth, slaSummary, type SlaSummary } from './sla-summary.ts';
import { breakdownOf, totalOf, type Breakdown, type Totals } from './totals.ts';
import { addToDistribution, distributionBounds, emptyDistribution, type Distribution } from './distribution.ts';
import { toTicketRow, type TicketRow } from './ticket-row.ts';
import { flagCounts } from './flags.ts';
import type { Feestdag } from '../engine/feestdagen.ts';

export type { TicketRow };

/** A ticket open at a month's end, judged as of then. */
export interface OpenAtEnd {
  id: string;
  clientId: string;
  product: ProductId;
  type: StoringKind;
  niveau: Niveau;
  deadline: string | null;
  consumedMinutes: number;
  remainingMinutes: number | null;
  status: 'open' | 'open-breached';
  atRisk: boolean | null;
}

export interface MonthReport {
  month: string;
  /** The moment its figures are judged at: the month's end, or the report moment if earlier. */
  asOf: string;
  complete: boolean;
  cells: Cell[];
  /** The cells summed per kind and per niveau. */
  breakdown: Breakdown;
  /** Storingen resolved in the month by hersteltijd against streeftijd (see distributionBounds). */
  distribution: Distribution[];
  /** Ids of storingen resolved in the month outside their streeftijd. */
  breaches: string[];
  openAtEnd: OpenAtEnd[];
  /** The month's cells added up over products, niveaus and kinds. */
  total: Totals;
  /** Clients with repeated breaches (see repeated-breaches.ts for the rule). */
  repeatedBreaches: RepeatedBreach[];
  /** Erkende feestdagen in the month (4.1). */
  feestdagen: Feestdag[];
}

export interface ClientMonth {
  month: string;
  cells: Cell[];
  /** Ids of the client's storingen registered or resolved in the month, or open at its end. */
  tickets: string[];
  breaches: string[];
  /** Ids of the client's incidents resolved in the month, not on their melding day, without a report to the client in time (4.6). */
  clientReportsLate: string[];
  openAtEnd: OpenAtEnd[];
  /** The client's cells of the month added up. */
  total: Totals;
}

export interface ClientReport {
  id: string;
  name: string;
  products: ProductId[];
  months: ClientMonth[];
  /** The client's cells of every month summed (open counts: at the end of the last month). */
  totals: Totals;
}

export interface Reconciliation extends ReconciliationExtras {
  ticketRows: number;
  judged: number;
  setAside: number;
  eventRows: number;
  byReason: { reason: string; text: string; count: number }[];
  /** Judged tickets whose figures rest on an assumption, per flag (approximate figures). */
  flagged: { flag: string; text: string; count: number }[];
  /** Every row set aside, in file and line order, with its value and reason code. */
  records: JudgedData['setAside'];
  /** Rows judged that a person should look at (file, line, code, Dutch message), in file and line order. */
  warnings: JudgedData['warnings'];
}

export interface ReportModel {
  asOf: string;
  contracts: { version: string; validFrom: string; title: string }[];
  /** 4.6's "circa" shares of incidents resolved the same day / taking up to a week: indicative, never a verdict. */
  sameDayShare: number;
  maxOneWeekShare: number;
  /** Bucket bounds of every month's hersteltijd distribution. */
  distributionBounds: readonly number[];
  months: MonthReport[];
  clients: ClientReport[];
  tickets: TicketRow[];
  reconciliation: Reconciliation;
  /** What the reports quote from the SLA in force last (norms, dienstvensters, art. 1 and 5). */
  sla: SlaSummary;
  /** The contract's other norms (Article 5, 3.4, 3.5, 4.4, art. 6); attached when their data is read. */
  norms: NormsReport | null;
  /** One Article 5 dossier per complaint on file. */
  dossiers: Dossier[];
  /** Contract versions, input files with SHA-256, as-of and product version; attached by the caller that read the files. */
  provenance: Provenance | null;
}

export function buildReportModel(data: JudgedData): ReportModel {
  const sla = data.slaSources.at(-1)!.frontmatter;
  const z = zoneOf(sla.timeZone);
  const label = (product: ProductId, niveau: Niveau, type: StoringKind) =>
    sla.hersteltijden.streeftijden.find((s) => s.product === product && s.niveau === niveau && s.type === type)?.label ?? null;
  const storingen = data.judged.filter((j) => j.evaluation.ticket.type === 'incident' || j.evaluation.ticket.type === 'bug');
  const first = storingen.reduce((m, j) => Math.min(m, j.evaluation.ticket.registeredAt), data.asOf);
  const months = monthRange(monthOf(first, z), lastReportMonth(data.asOf, data.periodEnd, z));

  const all = new Map(months.map((m) => [m, new CellSet(m, label)]));
  const perClient = new Map<string, Map<string, ClientMonthParts>>();
  const clientMonth = (clientId: string, month: string) => {
    let byMonth = perClient.get(clientId);
    if (!byMonth) perClient.set(clientId, (byMonth = new Map()));
    let cm = byMonth.get(month);
    if (!cm) byMonth.set(month, (cm = { cells: new CellSet(month, label), tickets: new Set(), breaches: [], clientReportsLate: [], openAtEnd: [] }));
    return cm;
  };
  const breaches = new Map<string, string[]>(months.map((m) => [m, []]));
  const distributions = new Map<string, Distribution[]>(months.map((m) => [m, emptyDistribution()]));

  for (const { evaluation: e } of storingen) {
    const t = e.ticket;
    const reg = monthOf(t.registeredAt, z);
    all.get(reg)?.addRegistered(e);
    const cmReg = clientMonth(t.clientId, reg);
    cmReg.cells.addRegistered(e);
    cmReg.tickets.add(t.id);
    if (e.resolvedAt !== null && (e.status === 'met' || e.status === 'breached')) {
      const res = monthOf(e.resolvedAt, z);
      all.get(res)?.addResolved(e);
      const dist = distributions.get(res);
      if (dist) addToDistribution(dist, e);
      const cmRes = clientMonth(t.clientId, res);
      cmRes.cells.addResolved(e);
      cmRes.tickets.add(t.id);
      if (e.status === 'breached') {
        breaches.get(res)?.push(t.id);
        cmRes.breaches.push(t.id);
      }
      if (e.clientReportMet === false) cmRes.clientReportsLate.push(t.id);
    }
  }

  // What was open at each month's end is judged again as of that moment.
  const openAtEnd = new Map<string, OpenAtEnd[]>();
  for (const month of months) {
    const end = Math.min(monthEnd(month, z), data.asOf);
    const list: OpenAtEnd[] = [];
    for (const { evaluation: e, record } of storingen) {
      const t = e.ticket;
      if (t.registeredAt > end || (e.resolvedAt !== null && e.resolvedAt <= end && e.reopenCount === 0)) continue;
      const r = data.engine.evaluate(record.ticket, end);
      if (r.kind !== 'judged' || r.evaluation.resolvedAt !== null) continue;
      const open = openRow(r.evaluation, z);
      list.push(open);
      all.get(month)!.addOpenAtEnd(r.evaluation);
      const cm = clientMonth(t.clientId, month);
      cm.cells.addOpenAtEnd(r.evaluation);
      cm.tickets.add(t.id);
      cm.openAtEnd.push(open);
    }
    openAtEnd.set(month, list);
  }

  const names = new Map<string, { name: string; products: Set<ProductId> }>();
  for (const { evaluation: e } of data.judged) {
    const t = e.ticket;
    let c = names.get(t.clientId);
    if (!c) names.set(t.clientId, (c = { name: t.clientName, products: new Set() }));
    c.products.add(t.product);
  }

  const clientBreaches = (clientId: string, month: string) => perClient.get(clientId)?.get(month)?.breaches.length ?? 0;
  const clientList = [...names].map(([id, c]) => ({ id, name: c.name })).sort((a, b) => a.id.localeCompare(b.id, 'nl'));

  const byReason = new Map<string, number>();
  for (const r of data.setAside) byReason.set(r.reason, (byReason.get(r.reason) ?? 0) + 1);

  return {
    asOf: iso(data.asOf, z),
    contracts: data.slaSources.map((s) => ({ version: s.frontmatter.version, validFrom: s.frontmatter.validFrom, title: s.frontmatter.title })),
    sameDayShare: sla.incidentDistribution.sameDayShare,
    maxOneWeekShare: sla.incidentDistribution.maxOneWeekShare,
    distributionBounds,
    months: months.map((month) => {
      const end = monthEnd(month, z);
      const cells = all.get(month)!.finish();
      return {
        month,
        asOf: iso(Math.min(end, data.asOf), z),
        complete: end <= data.asOf,
        cells,
        breaches: breaches.get(month)!,
        openAtEnd: openAtEnd.get(month)!,
        total: totalOf(cells),
        breakdown: breakdownOf(cells),
        distribution: distributions.get(month)!,
        repeatedBreaches: repeatedBreaches(month, months, clientList, clientBreaches),
        feestdagen: feestdagenInMonth(month, data.slaSources.at(-1)!),
      };
    }),
    clients: [...names]
      .sort(([a], [b]) => a.localeCompare(b, 'nl'))
      .map(([id, c]) => clientReport(id, c.name, [...c.products].sort(), perClient.get(id) ?? new Map(), months.at(-1)!)),
    tickets: data.judged.map(({ evaluation, record }) => toTicketRow(evaluation, record, data.asOf, z)),
    reconciliation: {
      ticketRows: data.counts.ticketRows,
      judged: data.counts.judged,
      setAside: data.counts.setAside,
      eventRows: data.counts.eventRows,
      byReason: [...byReason].map(([reason, count]) => ({ reason, text: reasonText[reason] ?? reason, count })).sort((a, b) => b.count - a.count),
      records: data.setAside,
      warnings: data.warnings,
      flagged: flagCounts(data.judged),
      ...reconciliationExtras(data),
    },
    sla: slaSummary(data.slaSources.at(-1)!),
    norms: null,
    dossiers: [],
    provenance: null,
  };
}

type ClientMonthParts = { cells: CellSet; tickets: Set<string>; breaches: string[]; clientReportsLate: string[]; openAtEnd: OpenAtEnd[] };

function clientReport(id: string, name: string, products: ProductId[], byMonth: Map<string, ClientMonthParts>, lastMonth: string): ClientReport {
  const clientMonths = [...byMonth.entries()]
    .sort(([a], [b]) => a.localeCompare(b, 'nl'))
    .map(([month, cm]) => {
      const cells = cm.cells.finish();
      return { month, cells, tickets: [...cm.tickets], breaches: cm.breaches, clientReportsLate: cm.clientReportsLate, openAtEnd: cm.openAtEnd, total: totalOf(cells) };
    });
  // Open counts summed over months mean nothing: the client's are those open at the last month's end.
  const totals = totalOf(clientMonths.flatMap((m) => m.cells));
  const last = clientMonths.find((m) => m.month === lastMonth);
  totals.openAtEnd = last?.openAtEnd.length ?? 0;
  totals.openBreachedAtEnd = last?.openAtEnd.filter((o) => o.status === 'open-breached').length ?? 0;
  return { id, name, products, months: clientMonths, totals };
}

function openRow(e: Evaluation, z: Zone): OpenAtEnd {
  const t = e.ticket;
  return {
    id: t.id,
    clientId: t.clientId,
    product: t.product,
    type: t.type as StoringKind,
    niveau: e.niveau,
    deadline: e.deadline === null ? null : iso(e.deadline, z),
    consumedMinutes: Math.ceil(e.consumedMs / 60_000),
    remainingMinutes: e.remainingMs === null ? null : Math.ceil(e.remainingMs / 60_000),
    status: e.status === 'open-breached' ? 'open-breached' : 'open',
    atRisk: e.atRisk,
  };
}
