// Which niveau a storing is judged by (4.7: the Leverancier finally sets the niveau),
// and the niveau changes a report must point out. Pure: reads the ticket's events only.
import { niveaus, type Niveau } from '../contract/schema.ts';
import type { Ticket } from './ticket.ts';

/** One recorded niveau change; `from` is null when the niveau before it is not known. */
export interface NiveauChange {
  at: number;
  from: Niveau | null;
  to: Niveau;
}

export interface NiveauRemark extends NiveauChange {
  /**
   * `changed-after-resolution`: changed after the first resolution (it never changes the verdict);
   * `lowered-after-deadline`: lowered after the higher niveau's streeftijd was already exceeded.
   */
  kind: 'changed-after-resolution' | 'lowered-after-deadline';
}

const asNiveau = (value: string): Niveau | null => {
  const n = Number(value);
  return (niveaus as readonly number[]).includes(n) ? (n as Niveau) : null;
};

/** The first resolution in the whole history: the first `resolved` event, else the tickets file's resolution. */
export function firstResolutionOf(ticket: Ticket): number | null {
  for (const e of ticket.events) if (e.kind === 'resolved') return e.at;
  return ticket.resolvedAt;
}

/**
 * Every niveau change in order with the niveau before it. Before the first recorded change the
 * storing stands at the niveau it was reported with (4.7 b), when the client gave one; otherwise
 * that niveau is unknown. Without any change the final niveau is the only one.
 */
export function niveauChanges(ticket: Ticket): NiveauChange[] {
  const out: NiveauChange[] = [];
  let current: Niveau | null = ticket.reportedNiveau;
  for (const e of ticket.events) {
    if (e.kind !== 'priority_change') continue;
    const to = asNiveau(e.value);
    if (to === null) continue;
    if (to !== current) out.push({ at: e.at, from: current, to });
    current = to;
  }
  return out;
}

/**
 * 4.7: the Leverancier's niveau governs from the registration (a retroactive upgrade or
 * lowering made while the storing is being handled), but only up to the first resolution:
 * the storing is judged by the niveau in force then. A change at the very minute of the
 * first resolution is part of it. Null when that niveau cannot be known (changed only after
 * the first resolution, with no niveau recorded before).
 */
export function judgedNiveau(ticket: Ticket, changes: readonly NiveauChange[] = niveauChanges(ticket)): Niveau | null {
  const first = firstResolutionOf(ticket);
  if (changes.length === 0 || first === null) return ticket.niveau;
  let inForce: Niveau | null = changes[0].from;
  for (const c of changes) {
    if (c.at > first) break;
    inForce = c.to;
  }
  return inForce;
}

/**
 * The changes known by `asOf` that a report names: every change after the first resolution,
 * and every lowering made when `exceeded(from, at)` says the higher niveau's streeftijd had
 * already been exceeded on the clock.
 */
export function niveauRemarks(
  ticket: Ticket,
  changes: readonly NiveauChange[],
  asOf: number,
  exceeded: (niveau: Niveau, at: number) => boolean,
): NiveauRemark[] {
  const first = firstResolutionOf(ticket);
  const out: NiveauRemark[] = [];
  for (const c of changes) {
    if (c.at > asOf) break;
    if (first !== null && first <= asOf && c.at > first) out.push({ ...c, kind: 'changed-after-resolution' });
    if (c.from !== null && c.to > c.from && exceeded(c.from, c.at)) out.push({ ...c, kind: 'lowered-after-deadline' });
  }
  return out;
}

/** The flag codes of the `evaluate` output for these remarks, once each. */
export function niveauFlags(remarks: readonly NiveauRemark[]): string[] {
  return [...new Set(remarks.map((r) => `niveau-${r.kind}`))];
}
