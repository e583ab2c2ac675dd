// Builds the whole report model in one pure call: from the judged storingen, the
// contract versions, the norms' data and the provenance of the inputs to every
// figure the site and the PDFs show (model.ts): per month the cells for all
// clients and per client, breaches, what was open at each month's end (read from
// each storing's judged clock), the ticket rows with their clock segments and
// moments, the reconciliation, the other norms and the Article 5 dossiers.
// No fs, no clock, and no judging: the engine's evaluations are its input.
import type { SlaSource } from '../contract/parse.ts';
import type { Calendar } from '../engine/calendar.ts';
import type { CompiledContract, Release } from '../engine/contract.ts';
import type { Evaluation } from '../engine/evaluate.ts';
import { daysInMonth } from '../engine/civil.ts';
import { zone as zoneOf } from '../engine/zone.ts';
import type { NormsData } from '../norms/load-norms.ts';
import { CellSet, type StoringKind } from './cells.ts';
import { addToDistribution, distributionBounds, emptyDistribution } from './distribution.ts';
import { buildDossier, storingenByClient, type DossierSource } from './dossier.ts';
import { readyDossiers } from './ready-dossiers.ts';
import { dayOf, instant } from './instant.ts';
import type { ClientMonth, ClientReport, Distribution, FeestdagenSpan, LeverancierSummary, MonthReport, Niveau, OpenAtEnd, ProductId, Provenance, ReportModel } from './model.ts';
import { monthEnd, monthOf, monthStart, reportMonths } from './month.ts';
import { buildNormsReport } from './norms-report.ts';
import { openAt, openRowAt } from './open-at-end.ts';
import { reconciliationOf, type ReadAccount } from './reconciliation.ts';
import { repeatedBreaches } from './repeated-breaches.ts';
import { ticketSubjects } from './subjects.ts';
import { feestdagenBetween, feestdagenInMonth, slaSummary } from './sla-summary.ts';
import { toTicketRow } from './ticket-row.ts';
import { byUrgency } from './urgency.ts';
import { breakdownOf, totalOf } from './totals.ts';
import { compareNl } from './order.ts';
import { compareMonths } from './compare.ts';

/** Everything the model is made of; the pipeline reads and judges, this only computes. */
export interface ReportInput extends ReadAccount {
  /** The contract versions, in the order they took effect; the last one is quoted. */
  slaSources: readonly SlaSource[];
  /** The Leveranciers' names, logos and helpdesk from content (none: the reports name them from the SLA only). */
  leveranciers?: { leveranciers: readonly LeverancierSummary[] };
  contracts: readonly CompiledContract[];
  releases: readonly Release[];
  /** Every judged ticket: the engine's evaluation, the flags its figures rest on and its subject, when read. */
  judged: readonly { evaluation: Evaluation; record: { flags: readonly string[]; subject?: string } }[];
  asOf: number;
  /** The last moment of the data's period; null without tickets. */
  periodEnd: number | null;
  /** Complaints and back-ups (their rows already bounded to the report's months). */
  norms: NormsData;
  provenance: Provenance;
}

export function buildReportModel(input: ReportInput): ReportModel {
  const source = input.slaSources.at(-1)!;
  const sla = source.frontmatter;
  const z = zoneOf(sla.timeZone);
  // The cells quote the streeftijden of the version in force last, as the SLA summary does.
  const latest = input.contracts.at(-1)!;
  const streeftijdOf = (product: ProductId, niveau: Niveau, type: StoringKind) => latest.streeftijd(product, type, niveau) ?? null;
  const contractByVersion = new Map(input.contracts.map((c) => [c.version, c]));
  const contractOf = (version: string): CompiledContract => {
    const contract = contractByVersion.get(version);
    if (!contract) throw new Error(`a storing judged by contract version ${version}, which the report was not given`);
    return contract;
  };
  const months = reportMonths([firstRegistration(input.judged)], input.asOf, input.periodEnd, z);
  const starts = months.map((m) => monthStart(m, z));
  const ends = months.map((m) => Math.min(monthEnd(m, z), input.asOf));
  /** Position of the month an instant falls in, by its start (a search over a few dozen months). */
  const after = monthEnd(months.at(-1)!, z);
  const monthAt = (ms: number): number | undefined => {
    if (ms < starts[0] || ms >= after) return undefined;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= ms) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };

  const all = months.map((m) => new CellSet(m, streeftijdOf));
  const perClient = new Map<string, ClientMonths>();
  const clientOf = (clientId: string): ClientMonths => {
    let c = perClient.get(clientId);
    if (!c) perClient.set(clientId, (c = { byIndex: new Array(months.length), other: new Map() }));
    return c;
  };
  /** The client's parts of a month: by its position among the report's months, or by name for one outside them. */
  const clientMonth = (c: ClientMonths, index: number | undefined, month: string): ClientMonthParts => {
    let cm = index === undefined ? c.other.get(month) : c.byIndex[index];
    if (!cm) {
      cm = { cells: new CellSet(month, streeftijdOf), tickets: [], firstRegisteredAt: Infinity, resolvedAll: 0, breaches: [], clientReportsLate: [], openAtEnd: [] };
      if (index === undefined) c.other.set(month, cm);
      else c.byIndex[index] = cm;
    }
    return cm;
  };
  /** Per client, its breaches in each report month (by position): for repeated breaches. */
  const breachesByMonth = new Map<string, Uint32Array>();
  const breaches: string[][] = months.map(() => []);
  const distributions: Distribution[][] = months.map(() => emptyDistribution());
  const openAtEnd: OpenAtEnd[][] = months.map(() => []);
  /** Alongside openAtEnd: each storing's registration instant, and whether it was registered in that month. */
  const openRegisteredAt: number[][] = months.map(() => []);
  const openRegisteredIn: boolean[][] = months.map(() => []);
  /** Storingen finally resolved in each month, whatever their result. */
  const resolvedIn = months.map(() => 0);

  // Indexed loops over the judged tickets here and below: a for-of allocates an iterator result per ticket until optimised.
  for (let n = 0; n < input.judged.length; n++) {
    const e = input.judged[n].evaluation;
    const t = e.ticket;
    if (t.type !== 'incident' && t.type !== 'bug') continue;
    const regIndex = monthAt(t.registeredAt);
    const reg = regIndex === undefined ? monthOf(t.registeredAt, z) : months[regIndex];
    if (regIndex !== undefined) all[regIndex].addRegistered(e);
    const client = clientOf(t.clientId);
    const cmReg = clientMonth(client, regIndex, reg);
    cmReg.cells.addRegistered(e);
    cmReg.tickets.push(t.id);
    if (t.registeredAt < cmReg.firstRegisteredAt) cmReg.firstRegisteredAt = t.registeredAt;
    if (e.resolvedAt !== null && (e.status === 'met' || e.status === 'breached')) {
      const resIndex = monthAt(e.resolvedAt);
      const res = resIndex === undefined ? monthOf(e.resolvedAt, z) : months[resIndex];
      if (resIndex !== undefined) {
        all[resIndex].addResolved(e);
        addToDistribution(distributions[resIndex], e);
        if (e.status === 'breached') {
          breaches[resIndex].push(t.id);
          let counts = breachesByMonth.get(t.clientId);
          if (!counts) breachesByMonth.set(t.clientId, (counts = new Uint32Array(months.length)));
          counts[resIndex]++;
        }
      }
      const cmRes = clientMonth(client, resIndex, res);
      cmRes.cells.addResolved(e);
      // Listed once: a storing resolved in the month it was registered in is there already.
      if (cmRes !== cmReg) cmRes.tickets.push(t.id);
      if (t.registeredAt < cmRes.firstRegisteredAt) cmRes.firstRegisteredAt = t.registeredAt;
      if (e.status === 'breached') cmRes.breaches.push(t.id);
      if (e.clientReportMet === false) cmRes.clientReportsLate.push(t.id);
    }
    // Every final resolution counts in the period's counts, also one without a streeftijd to judge it by.
    if (e.resolvedAt !== null) {
      const resIndex = monthAt(e.resolvedAt);
      if (resIndex !== undefined) resolvedIn[resIndex]++;
      const cmRes = clientMonth(client, resIndex, resIndex === undefined ? monthOf(e.resolvedAt, z) : months[resIndex]);
      cmRes.resolvedAll++;
      if (e.status !== 'met' && e.status !== 'breached' && cmRes !== cmReg) cmRes.tickets.push(t.id);
    }
    // Open at a month's end: from the month it was registered in, read from its clock at each end.
    const windowMeasure = contractOf(e.contractVersion).windowMeasure;
    for (let i = regIndex ?? 0; i < months.length; i++) {
      const end = ends[i];
      if (e.resolvedAt !== null && e.resolvedAt <= end && e.reopenGaps.length === 0) break;
      if (!openAt(e, end)) continue;
      const open = openRowAt(e, end, windowMeasure, z);
      openAtEnd[i].push(open);
      openRegisteredAt[i].push(t.registeredAt);
      openRegisteredIn[i].push(i === regIndex);
      all[i].addOpenAtEnd(open);
    }
  }
  // The client's month lists its registered and resolved storingen first, then those open at the end.
  for (let i = 0; i < months.length; i++) {
    for (let k = 0; k < openAtEnd[i].length; k++) {
      const open = openAtEnd[i][k];
      const cm = clientMonth(clientOf(open.clientId), i, months[i]);
      cm.cells.addOpenAtEnd(open);
      // Open at the end of the month it was registered in: listed already (resolved in that month, it is not open at its end).
      if (!openRegisteredIn[i][k]) cm.tickets.push(open.id);
      if (openRegisteredAt[i][k] < cm.firstRegisteredAt) cm.firstRegisteredAt = openRegisteredAt[i][k];
      cm.openAtEnd.push(open);
    }
  }

  const names = new Map<string, { name: string; products: Set<ProductId> }>();
  for (let n = 0; n < input.judged.length; n++) {
    const t = input.judged[n].evaluation.ticket;
    let c = names.get(t.clientId);
    if (!c) names.set(t.clientId, (c = { name: t.clientName, products: new Set() }));
    c.products.add(t.product);
  }
  const monthIndex = new Map(months.map((m, i) => [m, i]));
  const clientBreaches = (clientId: string, month: string) => breachesByMonth.get(clientId)?.[monthIndex.get(month)!] ?? 0;
  const clientList = [...names].map(([id, c]) => ({ id, name: c.name })).sort((a, b) => compareNl(a.id, b.id));

  const rowContext = { zone: z, asOf: input.asOf, calendarOf: (version: string): Calendar => contractOf(version).calendar };
  const tickets = input.judged.map(({ evaluation, record }) => toTicketRow(evaluation, record.flags, rowContext));
  const asOfDate = dayOf(instant(input.asOf, z));
  /** The feestdagen from the month's start, or the earliest registration among its storingen when earlier, to its end or the report moment. */
  const feestdagenOf = (month: string, firstRegisteredAt: number): FeestdagenSpan => {
    let from = `${month}-01`;
    if (firstRegisteredAt !== Infinity) {
      const day = dayOf(instant(firstRegisteredAt, z));
      if (day < from) from = day;
    }
    const last = `${month}-${String(daysInMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7)))).padStart(2, '0')}`;
    const to = asOfDate < last ? asOfDate : last;
    return { from, to, days: feestdagenBetween(from, to, sla.feestdagen) };
  };
  const clients = [...names]
    .sort(([a], [b]) => compareNl(a, b))
    .map(([id, c]) => clientReport(id, c.name, [...c.products].sort(), clientOf(id), months, feestdagenOf));
  const summary = slaSummary(source, input.leveranciers?.leveranciers);
  const asOf = instant(input.asOf, z);
  const norms = buildNormsReport(input);
  const dossierSource: DossierSource = { clients, tickets, asOf, sla: summary, provenance: input.provenance, complaints: norms.complaints, dataFrom: `${months[0]}-01`, storingenOf: storingenByClient(tickets) };
  // One Article 5 dossier per complaint on file, for its client and complained-about period.
  const complaintDossiers = norms.complaints.map((c) => buildDossier(dossierSource, c.complaint.clientId, c.complaint.periodFrom, c.complaint.periodTo, c));
  const repeated = months.map((month) => repeatedBreaches(month, months, clientList, clientBreaches));
  // The report month (the last complete one, as the overview's): its repeated breaches without a complaint get a ready dossier.
  let reportIndex = months.findLastIndex((m) => monthEnd(m, z) <= input.asOf);
  if (reportIndex < 0) reportIndex = months.length - 1;
  const ready = readyDossiers(months[reportIndex], repeated[reportIndex], dossierSource);
  repeated[reportIndex] = ready.repeated;

  return {
    asOf,
    contracts: input.slaSources.map((s) => ({ version: s.frontmatter.version, validFrom: s.frontmatter.validFrom, title: s.frontmatter.title })),
    distributionBounds,
    months: withComparisons(months.map((month, i) => {
      const cells = all[i].finish();
      return {
        month,
        asOf: instant(ends[i], z),
        complete: monthEnd(month, z) <= input.asOf,
        cells,
        breaches: breaches[i],
        openAtEnd: byUrgency(openAtEnd[i]),
        total: totalOf(cells),
        periodCounts: { openAtStart: i === 0 ? 0 : openAtEnd[i - 1].length, registered: totalOf(cells).registered, resolved: resolvedIn[i], openAtEnd: openAtEnd[i].length },
        breakdown: breakdownOf(cells),
        distribution: distributions[i],
        repeatedBreaches: repeated[i],
        feestdagen: feestdagenInMonth(month, source),
        feestdagenSoFar: feestdagenOf(month, Infinity),
      };
    })),
    clients,
    tickets,
    reconciliation: reconciliationOf(input),
    sla: summary,
    norms,
    dossiers: [...complaintDossiers, ...ready.dossiers],
    provenance: input.provenance,
    subjects: ticketSubjects(input.judged),
  };
}

/** The months with their comparisons added (compare.ts). */
function withComparisons(months: Omit<MonthReport, 'comparison'>[]): MonthReport[] {
  const comparisons = compareMonths(months);
  return months.map((m, i) => ({ ...m, comparison: comparisons[i] }));
}

/** The first registration among the storingen (incidents and bugs); Infinity without any. */
function firstRegistration(judged: ReportInput['judged']): number {
  let first = Infinity;
  for (let n = 0; n < judged.length; n++) {
    const t = judged[n].evaluation.ticket;
    if ((t.type === 'incident' || t.type === 'bug') && t.registeredAt < first) first = t.registeredAt;
  }
  return first;
}

/** The months a model of these judged tickets covers (the pipeline bounds the back-up log to them before building). */
export function modelMonths(input: Pick<ReportInput, 'judged' | 'asOf' | 'periodEnd' | 'slaSources'>): string[] {
  return reportMonths([firstRegistration(input.judged)], input.asOf, input.periodEnd, zoneOf(input.slaSources.at(-1)!.frontmatter.timeZone));
}

/** A client's parts per month: the report's months by position, and any month outside them by name. */
interface ClientMonths {
  byIndex: (ClientMonthParts | undefined)[];
  other: Map<string, ClientMonthParts>;
}

type ClientMonthParts = { cells: CellSet; tickets: string[]; firstRegisteredAt: number; resolvedAll: number; breaches: string[]; clientReportsLate: string[]; openAtEnd: OpenAtEnd[] };

function clientReport(
  id: string,
  name: string,
  products: ProductId[],
  parts: ClientMonths,
  months: readonly string[],
  feestdagenOf: (month: string, firstRegisteredAt: number) => FeestdagenSpan,
): ClientReport {
  const byMonth: [string, ClientMonthParts][] = [];
  for (let i = 0; i < parts.byIndex.length; i++) {
    const cm = parts.byIndex[i];
    if (cm) byMonth.push([months[i], cm]);
  }
  // The report's months are in order already; a month outside them is sorted in.
  if (parts.other.size > 0) {
    byMonth.push(...parts.other);
    byMonth.sort(([a], [b]) => compareNl(a, b));
  }
  const lastMonth = months.at(-1)!;
  const position = new Map(months.map((m, i) => [m, i]));
  const clientMonths = byMonth
    .map(([month, cm]): ClientMonth => {
      const cells = cm.cells.finish();
      const total = totalOf(cells);
      // Open at the start: open at the end of the month before (a month outside the report's: none known).
      const i = position.get(month);
      const openAtStart = i === undefined || i === 0 ? 0 : (parts.byIndex[i - 1]?.openAtEnd.length ?? 0);
      return {
        month, cells, tickets: cm.tickets, breaches: cm.breaches, clientReportsLate: cm.clientReportsLate, openAtEnd: byUrgency(cm.openAtEnd), total,
        periodCounts: { openAtStart, registered: total.registered, resolved: cm.resolvedAll, openAtEnd: cm.openAtEnd.length },
        feestdagen: feestdagenOf(month, cm.firstRegisteredAt),
      };
    });
  // Open counts summed over months mean nothing: the client's are those open at the last month's end.
  const totals = totalOf(clientMonths.flatMap((m) => m.cells));
  const last = clientMonths.find((m) => m.month === lastMonth);
  totals.openAtEnd = last?.openAtEnd.length ?? 0;
  totals.openBreachedAtEnd = last?.openAtEnd.filter((o) => o.status === 'open-breached').length ?? 0;
  return { id, name, products, months: clientMonths, totals };
}
