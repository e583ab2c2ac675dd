// Sums of report cells: a month's (or a client's) cells added up over products,
// niveaus and kinds, and the per-kind / per-niveau breakdown the overview, the
// trend chart and the SLA page show. Percentiles cannot be summed, so totals
// carry counts and shares only.
import type { Breakdown, Cell, Totals } from './model.ts';
import { productIds } from '../contract/values.ts';
import { share } from './stats.ts';

export type { Breakdown, Totals };

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
    byProduct: productIds.map((product) => ({ product, total: totalOf(cells.filter((c) => c.product === product)) })),
  };
}
