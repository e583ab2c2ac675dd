// A ticket's status history as the engine's events. Every status belongs to one
// class from the mapping: a wait for the client (the clock stops: Hersteltijd,
// art. 1), done (the storing is hersteld) or other (the clock runs). A
// transition between classes is an event: into a wait `waiting_start`, out of
// it `waiting_end`, into done `resolved`, out of done `reopened`; a niveau
// change is a `priority_change`. Pure: no files, no clock.
import type { Niveau } from '../../contract/schema.ts';
import type { TicketEvent } from '../../engine/ticket.ts';

export type StatusClass = 'wait' | 'done' | 'other';

/** One change read from a history, in time order. `from` null: not recorded (a creation). */
export interface Change {
  /** Instant, whole minutes (timestamps are read to the minute). */
  at: number;
  field: 'status' | 'priority';
  from: string | null;
  to: string;
  /** Set on the ticket's creation (Zendesk "Create"): the first value, no transition. */
  create: boolean;
}

export interface HistoryInput {
  registeredAt: number;
  /** The status the ticket has now, as its own page says. */
  currentStatus: string;
  /** Whether the page with the ticket is at least as recent as its last change (then the history must end in its status). */
  currentIsLatest: boolean;
  /** The resolution the ticket itself records (Jira `resolutiondate`), used only when no status change is recorded. */
  resolutionDate: number | null;
  changes: readonly Change[];
  /**
   * Whether a ticket without any recorded status must not be read from its status now
   * (Zendesk: every ticket's creation is an audit of its own, so none means its event
   * pages are missing; Jira returns the changelog with the issue, so none means none).
   */
  historyRequired: boolean;
  classOf(status: string): StatusClass | null;
  niveauOf(priority: string): Niveau | null;
}

export type HistoryResult =
  | { ok: true; events: TicketEvent[]; resolvedAt: number | null; waitMinutes: number }
  | { ok: false; reason: 'unknown-status' | 'unknown-niveau' | 'status-history-gap' | 'history-incomplete'; value: string; at?: number };

const MINUTE_MS = 60_000;
const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The engine's events of one ticket's history, or why the history cannot be judged. */
export function historyEvents(input: HistoryInput): HistoryResult {
  const statusChanges = input.changes.filter((c) => c.field === 'status');
  const firstTransition = statusChanges.find((c) => !c.create);
  const created = statusChanges.find((c) => c.create);
  // The status at creation: the Create event's, else where the first transition came from, else the status now.
  let status = created?.to ?? firstTransition?.from ?? input.currentStatus;
  let cls = input.classOf(status);
  if (cls === null) return { ok: false, reason: 'unknown-status', value: status };
  const events: TicketEvent[] = [];
  const push = (at: number, kind: TicketEvent['kind'], value = '') => events.push({ at, kind, value });
  let waitSince: number | null = null;
  let waitMs = 0;
  let resolvedAt: number | null = null;
  const enter = (c: StatusClass, at: number) => {
    if (c === 'wait') {
      push(at, 'waiting_start');
      waitSince = at;
    }
    if (c === 'done') {
      push(at, 'resolved');
      resolvedAt = at;
    }
  };
  if (statusChanges.length === 0 && cls !== 'other' && input.historyRequired) return { ok: false, reason: 'history-incomplete', value: `${status} (geen statuswijzigingen gelezen)` };
  if (cls === 'done' && statusChanges.length === 0) {
    // Created done and never changed (Jira): the ticket's own resolution moment, else unknown.
    if (input.resolutionDate === null) return { ok: false, reason: 'history-incomplete', value: status };
    enter('done', Math.max(input.resolutionDate, input.registeredAt));
  } else enter(cls, input.registeredAt);
  let niveau: Niveau | null = null;
  let niveauEvents = false;
  // The events at the registration come first (a wait or resolution set on creation).
  const registrationEvents = events.length;
  for (const c of input.changes) {
    if (c.field === 'priority') {
      const to = input.niveauOf(c.to);
      if (to === null) return { ok: false, reason: 'unknown-niveau', value: c.to, at: c.at };
      const from = c.from === null ? null : input.niveauOf(c.from);
      const before: Niveau | null = niveau ?? from;
      // 4.7: only a change of niveau counts (High to Normal may be niveau 2 both times).
      if (!c.create && to !== before) {
        // The history knows the niveau before the first change: recorded as set at the
        // registration, so a change after the first resolution never leaves it unknown.
        if (!niveauEvents && before !== null) events.splice(registrationEvents, 0, { at: input.registeredAt, kind: 'priority_change', value: String(before) });
        push(c.at, 'priority_change', String(to));
        niveauEvents = true;
      }
      niveau = to;
      continue;
    }
    if (c.create) continue;
    if (c.from !== null && !same(c.from, status)) return { ok: false, reason: 'status-history-gap', value: `${c.from} (verwacht ${status})`, at: c.at };
    const next = input.classOf(c.to);
    if (next === null) return { ok: false, reason: 'unknown-status', value: c.to, at: c.at };
    status = c.to;
    if (next === cls) continue;
    // Leaving: a wait ends, a resolution is reopened; then entering the new class.
    if (cls === 'wait' && waitSince !== null) {
      push(c.at, 'waiting_end');
      waitMs += c.at - waitSince;
      waitSince = null;
    }
    if (cls === 'done') {
      push(c.at, 'reopened');
      resolvedAt = null;
    }
    enter(next, c.at);
    cls = next;
  }
  if (input.currentIsLatest && !same(status, input.currentStatus)) return { ok: false, reason: 'history-incomplete', value: `${status} (ticket: ${input.currentStatus})` };
  return { ok: true, events, resolvedAt, waitMinutes: Math.round(waitMs / MINUTE_MS) };
}
