// The figures of one report cell (a month x product x niveau x kind, for all
// clients or one): counts, share within streeftijd, hersteltijd percentiles,
// status updates, 4.6's incident distribution ("circa 95%" the same day,
// "circa 1%" up to a week) and the report when not resolved the same day,
// phone reporting (4.7).
import type { Streeftijd } from '../contract/schema.ts';
import { niveaus, productIds } from '../contract/values.ts';
import { isCalendarUnit, type Evaluation } from '../engine/evaluate.ts';
import type { Cell, JudgementCounts, Minutes, Niveau, OpenAtEnd, ProductId, ResolvedCounts, Status, StoringKind } from './model.ts';
import { storingKinds } from './model.ts';
import { percentileOfSorted, share } from './stats.ts';
import { compareNl } from './order.ts';

export { storingKinds };
export type { Cell, JudgementCounts, StoringKind };

function emptyCell(product: ProductId, niveau: Niveau, type: StoringKind, streeftijd: Streeftijd | null): Cell {
  return {
    product, niveau, type, streeftijd: streeftijd?.label ?? null, measure: streeftijd !== null && isCalendarUnit(streeftijd) ? 'kalender' : 'dienstvenster',
    registered: 0, resolved: 0, met: 0, breached: 0, withinMargin: 0, shareMet: null,
    medianHersteltijdMinutes: null, p90HersteltijdMinutes: null,
    statusUpdatesJudged: 0, statusUpdatesOnTime: 0, incidentsResolved: 0, sameDay: 0, overWeek: 0, clientReportsJudged: 0, clientReportsOnTime: 0,
    niveau1Registered: 0, niveau1ByPhone: 0, niveauDisagreements: 0, openAtEnd: 0, openBreachedAtEnd: 0,
  };
}

/** One resolved storing's result and judgements (null: not judged), as an evaluation or a ticket row carries them. */
interface Judgements {
  status: Status;
  withinMargin: boolean | null;
  statusUpdateMet: boolean | null;
  sameDay: boolean | null;
  overWeek: boolean | null;
  clientReportMet: boolean | null;
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

/** Adds a storing finally resolved and judged against its streeftijd (met or breached): the one tally of month cells and dossier figures. */
export function countResolved(c: ResolvedCounts, j: Judgements): void {
  c.resolved++;
  if (j.status === 'met') c.met++;
  else c.breached++;
  if (j.withinMargin) c.withinMargin++;
  countJudgements(c, j);
}

/** The share within streeftijd of resolved counts, once they are all added. */
export function finishShare(c: ResolvedCounts): void {
  c.shareMet = share(c.met, c.resolved);
}

/** A cell's place among a month's cells: product x niveau x kind, a small array instead of a keyed map (the hot path of a large model). */
const slotOf = (product: ProductId, niveau: Niveau, type: StoringKind) =>
  (productIds.indexOf(product) * niveaus.length + (niveau - 1)) * storingKinds.length + storingKinds.indexOf(type);
/** No hersteltijden: shared, never written to. */
const NONE = new Float64Array(0);
const SLOTS = productIds.length * niveaus.length * storingKinds.length;
/** The slots in the order cells are listed in: by kind, then product (Dutch order), then niveau. */
const FINISH_ORDER: readonly number[] = storingKinds.flatMap((type) =>
  [...productIds].sort(compareNl).flatMap((product) => niveaus.map((niveau) => slotOf(product, niveau, type))),
);

/** Accumulates storingen (incidents and bugs) into the cells of one month. */
export class CellSet {
  private readonly slots: (Cell | undefined)[] = new Array(SLOTS);
  /** Hersteltijd minutes per slot, made at the first resolved storing (many client months have none). */
  private minutes: (number[] | undefined)[] | undefined;

  constructor(
    readonly month: string,
    private readonly streeftijdOf: (product: ProductId, niveau: Niveau, type: StoringKind) => Streeftijd | null,
  ) {}

  cell(product: ProductId, niveau: Niveau, type: StoringKind): Cell {
    const slot = slotOf(product, niveau, type);
    return (this.slots[slot] ??= emptyCell(product, niveau, type, this.streeftijdOf(product, niveau, type)));
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
    // 4.6's per-ticket judgements come from the engine, as in `evaluate`.
    countResolved(c, e);
    ((this.minutes ??= new Array(SLOTS))[slotOf(t.product, e.niveau, t.type as StoringKind)] ??= []).push(Math.ceil(e.hersteltijdMs! / 60_000));
  }

  /** Counts a storing that was open at the month's end (read from its clock then). */
  addOpenAtEnd(o: OpenAtEnd): void {
    const c = this.cell(o.product, o.niveau, o.type);
    c.openAtEnd++;
    if (o.status === 'open-breached') c.openBreachedAtEnd++;
  }

  /** The cells with shares and percentiles filled in, in a stable order: kind, then product, then niveau. */
  finish(): Cell[] {
    const cells: Cell[] = [];
    for (const slot of FINISH_ORDER) {
      const c = this.slots[slot];
      if (!c) continue;
      finishShare(c);
      // Sorted once (numerically, as a typed array sorts) for both percentiles.
      const list = this.minutes?.[slot];
      const sorted = list === undefined ? NONE : Float64Array.from(list).sort();
      c.medianHersteltijdMinutes = percentileOfSorted(sorted, 50) as Minutes | null;
      c.p90HersteltijdMinutes = percentileOfSorted(sorted, 90) as Minutes | null;
      cells.push(c);
    }
    return cells;
  }
}
