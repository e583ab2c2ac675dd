// The figures of one report cell (a month x product x niveau x kind, for all
// clients or one): counts, share within streeftijd, hersteltijd percentiles,
// status updates, 4.6's incident distribution ("circa 95%" the same day,
// "circa 1%" up to a week) and the report when not resolved the same day,
// phone reporting (4.7).
import type { Niveau, ProductId } from '../contract/schema.ts';
import type { Evaluation } from '../engine/evaluate.ts';
import { percentile, share } from './stats.ts';

export type StoringKind = 'incident' | 'bug';
export const storingKinds: StoringKind[] = ['incident', 'bug'];

/** A month's figures for one product, niveau and kind; 4.6's judgement counts of its resolved storingen in JudgementCounts. */
export interface Cell extends JudgementCounts {
  product: ProductId;
  niveau: Niveau;
  type: StoringKind;
  /** The contract's wording of the streeftijd. */
  streeftijd: string | null;
  /** Registered in the month. */
  registered: number;
  /** Finally resolved in the month and judged against a streeftijd. */
  resolved: number;
  met: number;
  breached: number;
  /** Of `met`: resolved after the streeftijd but within the margin ("1 à 2 maanden"). */
  withinMargin: number;
  shareMet: number | null;
  medianHersteltijdMinutes: number | null;
  p90HersteltijdMinutes: number | null;
  /** Niveau 1 reported by the client in the month (not found by monitoring), and of those by phone (4.7). */
  niveau1Registered: number;
  niveau1ByPhone: number;
  /** Registered in the month with a client niveau different from the final one. */
  niveauDisagreements: number;
  /** Open at the month's end (or at the report moment, in the current month). */
  openAtEnd: number;
  openBreachedAtEnd: number;
}

export function emptyCell(product: ProductId, niveau: Niveau, type: StoringKind, streeftijd: string | null): Cell {
  return {
    product, niveau, type, streeftijd,
    registered: 0, resolved: 0, met: 0, breached: 0, withinMargin: 0, shareMet: null,
    medianHersteltijdMinutes: null, p90HersteltijdMinutes: null,
    statusUpdatesJudged: 0, statusUpdatesOnTime: 0, incidentsResolved: 0, sameDay: 0, overWeek: 0, clientReportsJudged: 0, clientReportsOnTime: 0,
    niveau1Registered: 0, niveau1ByPhone: 0, niveauDisagreements: 0, openAtEnd: 0, openBreachedAtEnd: 0,
  };
}

/** The counts of 4.6's per-storing judgements, kept alike by month cells and dossier figures. */
export interface JudgementCounts {
  /** Status updates judged (due and decided) and on time (4.6). */
  statusUpdatesJudged: number;
  statusUpdatesOnTime: number;
  /** Resolved incidents (4.6's distribution counts these); of them resolved on the melding day, and with a hersteltijd over a week. */
  incidentsResolved: number;
  sameDay: number;
  overWeek: number;
  /** Incidents not resolved on their melding day whose report to the client was judged, and of those made in time (4.6). */
  clientReportsJudged: number;
  clientReportsOnTime: number;
}

/** One storing's judgements (null: not judged) as an evaluation or a ticket row carries them. */
interface Judgements {
  statusUpdateMet: unknown;
  sameDay: unknown;
  overWeek: unknown;
  clientReportMet: unknown;
}

/** Adds one storing's status-update (4.6), same-day / over-a-week and report-to-client (4.6) judgements. */
export function countJudgements(c: JudgementCounts, j: Judgements): void {
  if (j.statusUpdateMet !== null) {
    c.statusUpdatesJudged++;
    if (j.statusUpdateMet === true) c.statusUpdatesOnTime++;
  }
  if (j.sameDay !== null) {
    c.incidentsResolved++;
    if (j.sameDay === true) c.sameDay++;
    if (j.overWeek === true) c.overWeek++;
  }
  if (j.clientReportMet !== null) {
    c.clientReportsJudged++;
    if (j.clientReportMet === true) c.clientReportsOnTime++;
  }
}

export const cellKey = (product: string, niveau: number, type: string) => `${product}|${niveau}|${type}`;

/** Accumulates storingen (incidents and bugs) into the cells of one month. */
export class CellSet {
  readonly cells = new Map<string, Cell>();
  private readonly minutes = new Map<string, number[]>();

  constructor(
    readonly month: string,
    private readonly streeftijdLabel: (product: ProductId, niveau: Niveau, type: StoringKind) => string | null,
  ) {}

  cell(product: ProductId, niveau: Niveau, type: StoringKind): Cell {
    const key = cellKey(product, niveau, type);
    let c = this.cells.get(key);
    if (!c) this.cells.set(key, (c = emptyCell(product, niveau, type, this.streeftijdLabel(product, niveau, type))));
    return c;
  }

  /** Counts a storing registered in this month. */
  addRegistered(e: Evaluation): void {
    const t = e.ticket;
    // Grouped by the niveau the storing is judged by (4.7: the one in force at its first resolution).
    const c = this.cell(t.product, e.niveau, t.type as StoringKind);
    c.registered++;
    // 4.7 binds what the client reports: a storing found by monitoring (3.8, 3.9) was not reported
    // by the client, so it is left out here, as in dossiers and on /normen/.
    if (e.niveau === 1 && t.channel !== 'monitoring') {
      c.niveau1Registered++;
      if (t.channel === 'phone') c.niveau1ByPhone++;
    }
    if (t.reportedNiveau !== null && t.reportedNiveau !== t.niveau) c.niveauDisagreements++;
  }

  /** Counts a storing finally resolved in this month and judged against its streeftijd. */
  addResolved(e: Evaluation): void {
    const t = e.ticket;
    const c = this.cell(t.product, e.niveau, t.type as StoringKind);
    c.resolved++;
    if (e.status === 'met') c.met++;
    else c.breached++;
    if (e.withinMargin) c.withinMargin++;
    // 4.6's per-ticket judgements come from the engine, as in `evaluate`.
    countJudgements(c, e);
    const key = cellKey(t.product, e.niveau, t.type);
    let list = this.minutes.get(key);
    if (!list) this.minutes.set(key, (list = []));
    list.push(Math.ceil(e.hersteltijdMs! / 60_000));
  }

  /** Counts a ticket that was open at the month's end (judged as of then). */
  addOpenAtEnd(e: Evaluation): void {
    const t = e.ticket;
    const c = this.cell(t.product, e.niveau, t.type as StoringKind);
    c.openAtEnd++;
    if (e.status === 'open-breached') c.openBreachedAtEnd++;
  }

  /** The cells with shares and percentiles filled in, in a stable order. */
  finish(): Cell[] {
    for (const [key, c] of this.cells) {
      c.shareMet = share(c.met, c.resolved);
      const list = this.minutes.get(key) ?? [];
      c.medianHersteltijdMinutes = percentile(list, 50);
      c.p90HersteltijdMinutes = percentile(list, 90);
    }
    return [...this.cells.values()].sort(
      (a, b) => storingKinds.indexOf(a.type) - storingKinds.indexOf(b.type) || a.product.localeCompare(b.product, 'nl') || a.niveau - b.niveau,
    );
  }
}
