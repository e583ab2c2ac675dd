// Which tickets the peer can express, what it is asked, and the check that the
// engine's answers equal the peer's on every one of them.
import type { Engine } from '../../src/engine/evaluate.ts';
import type { CompiledContract } from '../../src/engine/contract.ts';
import type { Ticket } from '../../src/engine/ticket.ts';
import { peerJudge, type PeerResult, type PeerTicket } from './peer.ts';

export interface Comparable {
  ticket: Ticket;
  peer: PeerTicket;
  engine: { clockStart: number; deadline: number; hersteltijdMinutes: number | null };
}

/**
 * "Can express": incidents, whose streeftijd is dienstvenster time ("N uur" or
 * "N werkdagen"), judged by the engine, with whole-minute instants (the library
 * counts whole minutes). Bugs (calendar days, months, releases) and questions
 * (no streeftijd) are not business-hours work and are left out.
 */
export function comparableTickets(engine: Engine, contract: CompiledContract, tickets: Ticket[], asOf: number): Comparable[] {
  const out: Comparable[] = [];
  for (const ticket of tickets) {
    const s = contract.streeftijd(ticket.product, ticket.type, ticket.niveau);
    if (!s || (s.target.unit !== 'uren' && s.target.unit !== 'werkdagen')) continue;
    const j = engine.evaluate(ticket, asOf);
    if (j.kind !== 'judged') continue;
    const e = j.evaluation;
    if (e.deadline === null || !wholeMinutes(ticket)) continue;
    const waits: number[] = [];
    let since: number | null = null;
    for (const ev of ticket.events) {
      if (ev.kind === 'waiting_start') since = ev.at;
      else if (ev.kind === 'waiting_end' && since !== null) {
        waits.push(since, ev.at);
        since = null;
      }
    }
    if (since !== null) waits.push(since, asOf);
    out.push({
      ticket,
      peer: { registeredAt: ticket.registeredAt, resolvedAt: e.resolvedAt, waits, target: { unit: s.target.unit, amount: s.target.amount } },
      engine: { clockStart: e.clockStart, deadline: e.deadline, hersteltijdMinutes: e.hersteltijdMs === null ? null : e.hersteltijdMs / 60_000 },
    });
  }
  return out;
}

function wholeMinutes(t: Ticket): boolean {
  if (t.registeredAt % 60_000 !== 0 || (t.resolvedAt !== null && t.resolvedAt % 60_000 !== 0)) return false;
  return t.events.every((e) => e.at % 60_000 === 0);
}

export interface Mismatch {
  ticket: Ticket;
  field: 'deadline' | 'hersteltijd';
  engine: number | null;
  peer: number | null;
}

export interface CompareResult {
  compared: number;
  uurDeadlines: number;
  werkdagDeadlines: number;
  hersteltijden: number;
  mismatchCount: number;
  /** The first few mismatches in detail. */
  mismatches: Mismatch[];
  clockStartDiffs: number;
  /** Clock starts the library put exactly on a closing instant (moved to the next opening). */
  adapted: number;
  /** Of those, answers that would differ without the half-open adaption. */
  unadaptedDeadline: number;
  unadaptedHersteltijd: number;
  unadaptedExample: { ticket: Ticket; target: string; engine: number; peer: number } | null;
}

export function emptyResult(): CompareResult {
  return {
    compared: 0, uurDeadlines: 0, werkdagDeadlines: 0, hersteltijden: 0, mismatchCount: 0, mismatches: [],
    clockStartDiffs: 0, adapted: 0, unadaptedDeadline: 0, unadaptedHersteltijd: 0, unadaptedExample: null,
  };
}

/** Compare the engine's answers with the peer's (computed here unless given). */
export function compareAll(items: Comparable[], given?: PeerResult[], r: CompareResult = emptyResult()): CompareResult {
  const miss = (m: Mismatch) => {
    r.mismatchCount++;
    if (r.mismatches.length < 10) r.mismatches.push(m);
  };
  for (let i = 0; i < items.length; i++) {
    const c = items[i];
    const p = given ? given[i] : peerJudge(c.peer);
    r.compared++;
    if (c.peer.target.unit === 'uren') r.uurDeadlines++;
    else r.werkdagDeadlines++;
    if (p.deadline !== c.engine.deadline) miss({ ticket: c.ticket, field: 'deadline', engine: c.engine.deadline, peer: p.deadline });
    if (c.engine.hersteltijdMinutes !== null || p.hersteltijdMinutes !== null) {
      r.hersteltijden++;
      if (p.hersteltijdMinutes !== c.engine.hersteltijdMinutes) miss({ ticket: c.ticket, field: 'hersteltijd', engine: c.engine.hersteltijdMinutes, peer: p.hersteltijdMinutes });
    }
    if (p.clockStart !== c.engine.clockStart) r.clockStartDiffs++;
    if (p.rawClockStart !== p.clockStart) {
      // What the library's own closed-interval clock start would have given.
      r.adapted++;
      const u = peerJudge(c.peer, false);
      if (u.deadline !== c.engine.deadline) {
        r.unadaptedDeadline++;
        r.unadaptedExample ??= { ticket: c.ticket, target: `${c.peer.target.amount} ${c.peer.target.unit}`, engine: c.engine.deadline, peer: u.deadline };
      }
      if (u.hersteltijdMinutes !== c.engine.hersteltijdMinutes) r.unadaptedHersteltijd++;
    }
  }
  return r;
}

export function mergeResults(a: CompareResult, b: CompareResult): CompareResult {
  return {
    compared: a.compared + b.compared,
    uurDeadlines: a.uurDeadlines + b.uurDeadlines,
    werkdagDeadlines: a.werkdagDeadlines + b.werkdagDeadlines,
    hersteltijden: a.hersteltijden + b.hersteltijden,
    mismatchCount: a.mismatchCount + b.mismatchCount,
    mismatches: [...a.mismatches, ...b.mismatches].slice(0, 10),
    clockStartDiffs: a.clockStartDiffs + b.clockStartDiffs,
    adapted: a.adapted + b.adapted,
    unadaptedDeadline: a.unadaptedDeadline + b.unadaptedDeadline,
    unadaptedHersteltijd: a.unadaptedHersteltijd + b.unadaptedHersteltijd,
    unadaptedExample: a.unadaptedExample ?? b.unadaptedExample,
  };
}
