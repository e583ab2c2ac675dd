// Sums of report cells: a month's (or a client's) cells added up over products,
// niveaus and kinds, and the per-kind / per-niveau breakdown the overview, the
// trend chart and the SLA page show. Percentiles cannot be summed, so totals
// carry counts and shares only.
import type { Niveau } from '../contract/schema.ts';
import type { Cell, StoringKind } from './cells.ts';
import { share } from './stats.ts';

export interface Totals {
  registered: number;
  resolved: number;
  met: number;
  breached: number;
  /** Of `met`: resolved after the streeftijd but within the margin ("1 à 2 maanden"). */
  withinMargin: number;
  shareMet: number | null;
  statusUpdatesJudged: number;
  statusUpdatesOnTime: number;
  shareStatusUpdatesOnTime: number | null;
  /** Resolved incidents; of them resolved on the melding day / with a hersteltijd over a week (4.6: circa 95% / 1%). */
  incidentsResolved: number;
  sameDay: number;
  overWeek: number;
  shareSameDay: number | null;
  shareOverWeek: number | null;
  /** Reports to the client judged for incidents not resolved on their melding day, and made in time (4.6). */
  clientReportsJudged: number;
  clientReportsOnTime: number;
  shareClientReportsOnTime: number | null;
  niveau1Registered: number;
  niveau1ByPhone: number;
  shareNiveau1ByPhone: number | null;
  niveauDisagreements: number;
  openAtEnd: number;
  openBreachedAtEnd: number;
}

/** A month's totals split by kind and by niveau (for the trend chart and the SLA page). */
export interface Breakdown {
  byKind: { type: StoringKind; total: Totals }[];
  byNiveau: { niveau: Niveau; total: Totals }[];
}

/** The cells added up. */
export function totalOf(cells: readonly Cell[]): Totals {
  let registered = 0, resolved = 0, met = 0, breached = 0, withinMargin = 0, statusUpdatesJudged = 0, statusUpdatesOnTime = 0;
  let incidentsResolved = 0, sameDay = 0, overWeek = 0, clientReportsJudged = 0, clientReportsOnTime = 0, niveau1Registered = 0, niveau1ByPhone = 0, niveauDisagreements = 0, openAtEnd = 0, openBreachedAtEnd = 0;
  for (const c of cells) {
    registered += c.registered; resolved += c.resolved; met += c.met; breached += c.breached; withinMargin += c.withinMargin;
    statusUpdatesJudged += c.statusUpdatesJudged; statusUpdatesOnTime += c.statusUpdatesOnTime; incidentsResolved += c.incidentsResolved; sameDay += c.sameDay; overWeek += c.overWeek;
    clientReportsJudged += c.clientReportsJudged; clientReportsOnTime += c.clientReportsOnTime;
    niveau1Registered += c.niveau1Registered; niveau1ByPhone += c.niveau1ByPhone; niveauDisagreements += c.niveauDisagreements;
    openAtEnd += c.openAtEnd; openBreachedAtEnd += c.openBreachedAtEnd;
  }
  return {
    registered, resolved, met, breached, withinMargin, shareMet: share(met, resolved),
    statusUpdatesJudged, statusUpdatesOnTime, shareStatusUpdatesOnTime: share(statusUpdatesOnTime, statusUpdatesJudged),
    incidentsResolved, sameDay, overWeek, shareSameDay: share(sameDay, incidentsResolved), shareOverWeek: share(overWeek, incidentsResolved),
    clientReportsJudged, clientReportsOnTime, shareClientReportsOnTime: share(clientReportsOnTime, clientReportsJudged),
    niveau1Registered, niveau1ByPhone, shareNiveau1ByPhone: share(niveau1ByPhone, niveau1Registered),
    niveauDisagreements, openAtEnd, openBreachedAtEnd,
  };
}

export function breakdownOf(cells: readonly Cell[]): Breakdown {
  return {
    byKind: (['incident', 'bug'] as const).map((type) => ({ type, total: totalOf(cells.filter((c) => c.type === type)) })),
    byNiveau: ([1, 2, 3] as const).map((niveau) => ({ niveau, total: totalOf(cells.filter((c) => c.niveau === niveau)) })),
  };
}
