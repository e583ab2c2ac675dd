// Exports that only carry a total wait for the client (Zendesk "Agent wait time in
// minutes", the time in Pending; TOPdesk "Duur on hold") say how long the client was waited for, not
// when. The engine judges wait intervals, so the total becomes one synthetic wait
// of that many wall-clock minutes, starting at the clock start (cut off at the
// resolution). The clock then credits only the clock minutes inside it, by the
// same dienstvenster and feestdag rules as a real wait (a wait still open at the
// report moment is cut off there); subtracting the total
// from consumed time instead would credit nights and weekends as if the clock had
// run in them. Where the real waits fell is unknown, so the ticket's figures are
// marked approximate, as are those of tickets reopened at unknown moments.
import type { Engine } from '../engine/evaluate.ts';
import type { TicketEvent } from '../engine/ticket.ts';
import type { TicketRecord } from '../ingest/canonical.ts';

import { APPROXIMATE } from '../report/ticket-row.ts';

export { APPROXIMATE };
const MINUTE_MS = 60_000;

/** The flags that mark a record's figures as approximate, and why; none when they are exact. */
export function approximateFlags(record: TicketRecord): string[] {
  const why: string[] = [];
  if ((record.waitTotalMinutes ?? 0) > 0) why.push(`${APPROXIMATE}:wait-total`);
  if ((record.reopens ?? 0) > 0) why.push(`${APPROXIMATE}:reopens`);
  return why.length ? [APPROXIMATE, ...why] : [];
}

/** Puts the record's total wait into its ticket as one wait from the clock start; the engine tells the clock start. */
export function placeWaitTotal(record: TicketRecord, engine: Engine, asOf: number): void {
  const minutes = record.waitTotalMinutes ?? 0;
  if (minutes <= 0) return;
  const ticket = record.ticket;
  const plain = engine.evaluate(ticket, asOf);
  // A ticket the engine sets aside is set aside again, for the same reason, when judged with the wait.
  if (plain.kind !== 'judged') return;
  const start = plain.evaluation.clockStart;
  // An export's total is as of its export moment: the wait ended by the resolution, or by the report moment.
  const end = Math.min(start + Math.round(minutes * MINUTE_MS), ticket.resolvedAt ?? asOf);
  if (end <= start) return;
  const wait: TicketEvent[] = [
    { at: start, kind: 'waiting_start', value: '' },
    { at: end, kind: 'waiting_end', value: '' },
  ];
  const events: TicketEvent[] = [];
  const lines: number[] = [];
  let w = 0;
  for (let k = 0; k <= ticket.events.length; k++) {
    const e = ticket.events[k];
    while (w < wait.length && (e === undefined || wait[w].at <= e.at)) {
      events.push(wait[w++]);
      lines.push(record.line);
    }
    if (e === undefined) break;
    events.push(e);
    lines.push(record.eventLines[k] ?? record.line);
  }
  ticket.events = events;
  record.eventLines = lines;
}
