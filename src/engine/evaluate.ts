// Judges one ticket against the contract version in force at its registration:
// clock start, streeftijd, deadline, status-update moment, hersteltijd and status.
// Pure: the report moment (`asOf`) is an argument, nothing reads the clock.
import type { Niveau, Streeftijd } from '../contract/schema.ts';
import { OutsideCalendarError, SUPPORTED_YEARS } from './calendar.ts';

const SUPPORTED_FROM_MS = Date.UTC(SUPPORTED_YEARS.from, 0, 1);
const SUPPORTED_UNTIL_MS = Date.UTC(SUPPORTED_YEARS.to + 1, 0, 1);
import { consumed, instantAtConsumed, wallTime, type Measure, type Stops } from './clock.ts';
import type { CompiledContract, Release } from './contract.ts';
import { incidentDistribution, type IncidentDistribution } from './incident-distribution.ts';
import { judgedNiveau, niveauChanges, niveauRemarks, type NiveauRemark } from './niveau.ts';
import { streeftijdTarget } from './streeftijd.ts';
import type { Ticket } from './ticket.ts';
import { readHistory, type HistoryProblem } from './history.ts';

export type Status = 'met' | 'breached' | 'open' | 'open-breached' | 'not-applicable';

/** Also carries 4.6's incident distribution per ticket (see incident-distribution.ts). */
export interface Evaluation extends IncidentDistribution {
  ticket: Ticket;
  contractVersion: string;
  /** The niveau the storing is judged by: the one in force at its first resolution (4.7). */
  niveau: Niveau;
  /** Niveau changes after the first resolution, and lowerings after the higher niveau's streeftijd passed. */
  niveauRemarks: readonly NiveauRemark[];
  streeftijd: Streeftijd | null;
  /** What the clock counts: dienstvenster time, or all time (calendar streeftijden). */
  measure: 'dienstvenster' | 'kalender';
  clockStart: number;
  targetMs: number | null;
  deadline: number | null;
  /** For "1 à 2 maanden": the end of the margin; breached only after it. */
  marginDeadline: number | null;
  /** For "1 à 2 maanden": consumed time allowed up to the end of the margin. */
  marginMs: number | null;
  statusUpdateDue: number | null;
  /**
   * First instant at which more than half the streeftijd is consumed: a status update before it
   * is on time (4.6, judged on the clock: with the clock stopped at a 17:00 due moment, 17:30 is on time).
   * Null without a streeftijd or when no status update was recorded.
   */
  statusUpdateLateFrom: number | null;
  atRiskAt: number | null;
  /** Clock time consumed up to the resolution, or up to `asOf` while open. */
  consumedMs: number;
  /** Consumed time at the final resolution; null while open. */
  hersteltijdMs: number | null;
  firstResolvedAt: number | null;
  firstHersteltijdMs: number | null;
  resolvedAt: number | null;
  reopenCount: number;
  /** Clock time that fell inside waits for the client (not counted). */
  waitingMs: number;
  /** The clock's stops as known at asOf: flat sorted disjoint [start, end) pairs (waits and resolution-to-reopen gaps). */
  stops: readonly number[];
  /** Waits for the client, flat [start, end) pairs; a wait still running ends at asOf. */
  waitIntervals: readonly number[];
  /** From a resolution to the reopen after it, flat [resolved, reopened) pairs. */
  reopenGaps: readonly number[];
  /** Status updates given (4.6), up to asOf. */
  statusUpdates: readonly number[];
  waitingSince: number | null;
  remainingMs: number | null;
  status: Status;
  withinMargin: boolean | null;
  statusUpdateMet: boolean | null;
  atRisk: boolean | null;
  note: 'geen-streeftijd' | 'geen-volgende-release' | null;
}

export type SetAsideReason =
  | HistoryProblem
  | 'niveau-unknown-at-resolution'
  | 'no-contract-in-force'
  | 'outside-supported-period'
  | 'registered-after-as-of';

export interface SetAside {
  ticket: Ticket;
  reason: SetAsideReason;
  /** The instant the problem was found at, when there is one. */
  at?: number;
}

export type Judgement = { kind: 'judged'; evaluation: Evaluation } | { kind: 'set-aside'; setAside: SetAside };

export interface EngineInput {
  /** Contract versions, any order; each ticket is judged by the one in force at registration. */
  contracts: CompiledContract[];
  releases: Release[];
}

export function createEngine(input: EngineInput) {
  const contracts = [...input.contracts].sort((a, b) => a.validFromDay - b.validFromDay);
  const releases = input.releases.filter((r) => r.halfYearly).sort((a, b) => a.dayNumber - b.dayNumber);

  function contractFor(ticket: Ticket): CompiledContract | undefined {
    let found: CompiledContract | undefined;
    for (const c of contracts) {
      const day = c.calendar.dayNumber(c.calendar.dayIndex(ticket.registeredAt));
      if (day >= c.validFromDay) found = c;
    }
    return found;
  }

  function evaluate(ticket: Ticket, asOf: number): Judgement {
    if (!Number.isFinite(asOf)) throw new Error('evaluate needs a finite asOf');
    // A date outside the calendar's years says more than "after the report moment".
    if (ticket.registeredAt < SUPPORTED_FROM_MS || ticket.registeredAt >= SUPPORTED_UNTIL_MS) return setAside(ticket, 'outside-supported-period');
    if (ticket.registeredAt > asOf) return setAside(ticket, 'registered-after-as-of');
    try {
      const contract = contractFor(ticket);
      if (!contract) return setAside(ticket, 'no-contract-in-force');
      const history = readHistory(ticket, asOf);
      if ('problem' in history) return setAside(ticket, history.problem, history.at);
      const changes = niveauChanges(ticket);
      const niveau = judgedNiveau(ticket, changes);
      if (niveau === null) return setAside(ticket, 'niveau-unknown-at-resolution', changes[0].at);
      const evaluation = judge(contract, ticket, niveau, history, asOf);
      if (changes.length > 0) evaluation.niveauRemarks = niveauRemarks(ticket, changes, asOf, exceededAt(contract, ticket, evaluation, history.stops));
      return { kind: 'judged', evaluation };
    } catch (e) {
      if (e instanceof OutsideCalendarError) return setAside(ticket, 'outside-supported-period');
      throw e;
    }
  }

  /** Whether the streeftijd of `niveau` had been exceeded on the clock at `at` (counted up to the final resolution). */
  function exceededAt(contract: CompiledContract, ticket: Ticket, e: Evaluation, stops: Stops) {
    return (niveau: Niveau, at: number): boolean => {
      const streeftijd = contract.streeftijd(ticket.product, ticket.type, niveau);
      if (!streeftijd) return false;
      const start = clockStartFor(contract, streeftijd, ticket.registeredAt);
      const target = streeftijdTarget(contract, streeftijd, ticket, start, releases);
      const limit = target.marginMs ?? target.targetMs;
      if (limit === null) return false;
      const measure = target.measure === 'kalender' ? wallTime : contract.windowMeasure;
      return consumed(measure, stops, start, e.resolvedAt === null ? at : Math.min(at, e.resolvedAt)) > limit;
    };
  }

  function judge(contract: CompiledContract, ticket: Ticket, niveau: Niveau, history: Exclude<ReturnType<typeof readHistory>, { problem: unknown }>, asOf: number): Evaluation {
    const { calendar, sla } = contract;
    const fromChange = sla.clock.niveau === 'definitief-vanaf-wijziging' && history.lastNiveauChangeAt !== null;
    const startsAt = fromChange ? history.lastNiveauChangeAt! : ticket.registeredAt;
    const streeftijd = contract.streeftijd(ticket.product, ticket.type, niveau) ?? null;
    const clockStart = clockStartFor(contract, streeftijd, startsAt);
    const target = streeftijd ? streeftijdTarget(contract, streeftijd, ticket, clockStart, releases) : null;
    const measure: Measure = target?.measure === 'kalender' ? wallTime : contract.windowMeasure;
    const { stops } = history;
    const resolvedAt = history.resolvedAt;
    const end = resolvedAt ?? asOf;
    const consumedMs = consumed(measure, stops, clockStart, end);
    let waitingMs = 0;
    for (let k = 0; k < history.waitIntervals.length; k += 2) {
      const s = Math.max(history.waitIntervals[k], clockStart);
      const e = Math.min(history.waitIntervals[k + 1], end);
      if (e > s) waitingMs += measure.total(e) - measure.total(s);
    }
    const targetMs = target?.targetMs ?? null;
    const halfMs = targetMs === null ? null : Math.round(targetMs * sla.statusUpdate.fractionOfStreeftijd);
    const atRiskMs = targetMs === null ? null : Math.round(targetMs * sla.clock.atRiskFraction);
    const deadline = dueAt(measure, stops, clockStart, targetMs);
    const marginDeadline = dueAt(measure, stops, clockStart, target?.marginMs ?? null);
    // 4.6: status update at half the applicable streeftijd.
    const statusUpdateDue = dueAt(measure, stops, clockStart, halfMs);
    const atRiskAt = dueAt(measure, stops, clockStart, atRiskMs);
    // Consumed time is whole milliseconds: reaching half + 1 ms is the first instant past half.
    const statusUpdateLateFrom = history.firstStatusUpdateAt === null || halfMs === null ? null : dueAt(measure, stops, clockStart, halfMs + 1);
    // Met and breached are decided on the clock, not the wall: a resolution after the
    // deadline but before the clock ran again (e.g. 18:00 after a 17:00 deadline) consumed
    // no more than the streeftijd. Exactly at the deadline is met.
    const limitMs = target?.marginMs ?? targetMs;
    let status: Status;
    let withinMargin: boolean | null = null;
    if (streeftijd === null || (targetMs === null && resolvedAt !== null)) status = 'not-applicable';
    else if (resolvedAt !== null) {
      status = consumedMs <= limitMs! ? 'met' : 'breached';
      if (target?.marginMs != null) withinMargin = consumedMs > targetMs! && consumedMs <= target.marginMs;
    } else status = limitMs !== null && consumedMs > limitMs ? 'open-breached' : 'open';

    // 4.6: the status update is on time when recorded (or the ticket first resolved)
    // before more than half the streeftijd was consumed.
    let statusUpdateMet: boolean | null = null;
    if (halfMs !== null) {
      const update = history.firstStatusUpdateAt;
      const first = history.firstResolvedAt;
      if ((update !== null && consumed(measure, stops, clockStart, update) <= halfMs) || (first !== null && consumed(measure, stops, clockStart, first) <= halfMs)) {
        statusUpdateMet = true;
      } else if (resolvedAt !== null || consumedMs > halfMs) statusUpdateMet = false;
    }
    const open = resolvedAt === null;
    const distribution = incidentDistribution(contract, ticket, history, asOf);
    return {
      ticket,
      contractVersion: contract.version,
      niveau,
      niveauRemarks: NO_REMARKS,
      streeftijd,
      measure: target?.measure ?? 'dienstvenster',
      clockStart,
      targetMs,
      deadline,
      marginDeadline,
      marginMs: target?.marginMs ?? null,
      statusUpdateDue,
      statusUpdateLateFrom,
      atRiskAt,
      consumedMs,
      hersteltijdMs: open ? null : consumedMs,
      firstResolvedAt: history.firstResolvedAt,
      firstHersteltijdMs: history.firstResolvedAt === null ? null : consumed(measure, stops, clockStart, history.firstResolvedAt),
      resolvedAt,
      reopenCount: history.reopenCount,
      waitingMs,
      stops,
      waitIntervals: history.waitIntervals,
      reopenGaps: history.reopenGaps,
      statusUpdates: history.statusUpdates,
      waitingSince: history.waitingSince,
      remainingMs: open && targetMs !== null ? Math.max(0, targetMs - consumedMs) : null,
      status,
      withinMargin,
      statusUpdateMet,
      atRisk: open && atRiskMs !== null ? consumedMs >= atRiskMs && status === 'open' : null,
      note: streeftijd === null ? 'geen-streeftijd' : targetMs === null ? 'geen-volgende-release' : null,
      sameDay: distribution.sameDay,
      overWeek: distribution.overWeek,
      clientReportDue: distribution.clientReportDue,
      clientReportMet: distribution.clientReportMet,
    };
  }

  return { evaluate, contractFor };
}

export type Engine = ReturnType<typeof createEngine>;

const NO_REMARKS: readonly NiveauRemark[] = Object.freeze([]);

function setAside(ticket: Ticket, reason: SetAsideReason, at?: number): Judgement {
  return { kind: 'set-aside', setAside: { ticket, reason, at } };
}

/**
 * Art. 1: the Hersteltijd runs from the registration. Calendar streeftijden (weeks, months,
 * the next release) are counted in calendar time, so they start at the registration itself;
 * hour and werkdag streeftijden count dienstvenster time, which starts at the next opening
 * (4.4: handling happens in the dienstvenster).
 */
function clockStartFor(contract: CompiledContract, streeftijd: Streeftijd | null, at: number): number {
  return streeftijd !== null && isCalendarUnit(streeftijd) ? at : contract.calendar.nextOpening(at);
}

/** Calendar streeftijden (kalenderdagen, maanden, the next release) run at all times; hours and werkdagen in the dienstvenster. */
export function isCalendarUnit(streeftijd: Streeftijd): boolean {
  const unit = streeftijd.target.unit;
  return unit === 'kalenderdagen' || unit === 'maanden' || unit === 'volgende-release';
}

function dueAt(measure: Measure, stops: Stops, clockStart: number, amount: number | null): number | null {
  return amount === null ? null : instantAtConsumed(measure, stops, clockStart, amount);
}
