// 4.6 for incidents, as written: "van dezelfde dag (circa 95%) tot maximaal 1 week
// (circa 1%)", and "bij onverhoopte situaties dat herstelacties niet mogelijk zijn op
// dezelfde dag dat de melding is opgetreden, rapporteert Leverancier aan de Klant".
// Per incident: resolved on its melding day, hersteltijd over a week, and whether the
// client heard by the due moment when it was not resolved that day. Null where 4.6's
// distribution does not apply (bugs, vragen, wijzigingsverzoeken, open incidents).
import { consumed, wallTime, type Stops } from './clock.ts';
import type { CompiledContract } from './contract.ts';
import type { EventKind, Ticket } from './ticket.ts';

/** "Maximaal 1 week": seven times 24 hours of hersteltijd. */
export const WEEK_MS = 7 * 86_400_000;

/** Events that tell the client how the herstel stands (4.6 "rapporteert aan de Klant"). */
export const clientReportKinds: ReadonlySet<EventKind> = new Set<EventKind>(['status_update', 'workaround', 'client_informed', 'resolution_notified']);

export interface IncidentDistribution {
  /** Finally resolved on the local calendar day of registration; null unless a resolved incident. */
  sameDay: boolean | null;
  /** Hersteltijd (art. 1: registration to final resolution, waits and reopen gaps excluded) over a week. */
  overWeek: boolean | null;
  /** When an incident not resolved on its melding day must have been reported to the client. */
  clientReportDue: number | null;
  /** Reported (or first resolved) by the due moment on the clock; null when not needed, not yet known or not due. */
  clientReportMet: boolean | null;
}

export interface DistributionHistory {
  stops: Stops;
  resolvedAt: number | null;
  firstResolvedAt: number | null;
}

const notApplicable: IncidentDistribution = { sameDay: null, overWeek: null, clientReportDue: null, clientReportMet: null };

export function incidentDistribution(contract: CompiledContract, ticket: Ticket, history: DistributionHistory, asOf: number): IncidentDistribution {
  if (ticket.type !== 'incident') return notApplicable;
  const { calendar } = contract;
  const { resolvedAt, firstResolvedAt } = history;
  // "Dezelfde dag dat de melding is opgetreden": the local day of registration, not of the clock start.
  const meldingDay = calendar.dayIndex(ticket.registeredAt);
  const meldingDayEnd = calendar.dayStart[meldingDay + 1];
  const sameDay = resolvedAt === null ? null : resolvedAt < meldingDayEnd;
  // Art. 1: hersteltijd is calendar time from registration, minus waits for the client;
  // this product's reading also leaves out the time between a resolution and a reopen.
  const overWeek = resolvedAt === null ? null : consumed(wallTime, history.stops, ticket.registeredAt, resolvedAt) > WEEK_MS;
  if (sameDay === true) return { sameDay, overWeek, clientReportDue: null, clientReportMet: null };

  const due = reportDue(contract, ticket.registeredAt);
  // Judged on the clock, like status updates and resolutions: after the due moment no
  // dienstvenster time passes until the window opens again, so a report up to that
  // opening (inclusive) is on time. With the due moment inside a window, that is the moment itself.
  const latest = calendar.nextOpening(due);
  const until = Math.min(latest, asOf);
  let reported = false;
  for (const e of ticket.events) {
    if (e.at > until) break; // events are in time order
    if (clientReportKinds.has(e.kind)) {
      reported = true;
      break;
    }
  }
  // The resolution itself reaches the client (4.6 "doet Leverancier daarvan melding").
  const resolvedInTime = firstResolvedAt !== null && firstResolvedAt <= latest;
  let clientReportMet: boolean | null = null;
  if (reported || resolvedInTime) clientReportMet = true;
  // Late only once it is known the incident was not resolved on its melding day.
  else if (asOf >= latest && asOf >= meldingDayEnd) clientReportMet = false;
  return { sameDay, overWeek, clientReportDue: due, clientReportMet };
}

/**
 * This product's reading of 4.6: the report is due at the close of the dienstvenster
 * on the melding day; registered after that close, or on a day without one, at the
 * close of the next dienstvenster. `einde-dag` moves it to the end of the day of that
 * dienstvenster (the melding day, or the next day with a dienstvenster).
 */
export function reportDue(contract: CompiledContract, registeredAt: number): number {
  const { calendar } = contract;
  const day = calendar.dayIndex(calendar.nextOpening(registeredAt));
  return contract.sla.incidentDistribution.reportDue === 'einde-dag' ? calendar.dayStart[day + 1] : calendar.closeAt[day];
}
