// Wijzigingsbeheer (art. 6): a change request gets a decision; when it is refused
// the client is informed without delay (6.3), which the contract's frontmatter
// makes checkable as a number of werkdagen.
import type { Calendar } from '../engine/calendar.ts';
import type { Ticket } from '../engine/ticket.ts';

export type ChangeOutcome = 'geen-besluit' | 'geaccepteerd' | 'afgewezen-tijdig-gemeld' | 'afgewezen-te-laat-gemeld' | 'afgewezen-niet-gemeld';

export interface ChangeFinding {
  ticket: Ticket;
  outcome: ChangeOutcome;
  decidedAt: number | null;
  informedAt: number | null;
  /** Last moment to inform the client of a refusal. */
  informBy: number | null;
}

export function changeFindings(tickets: Ticket[], calendar: Calendar, informWithinWerkdagen: number, asOf: number): ChangeFinding[] {
  const out: ChangeFinding[] = [];
  for (let n = 0; n < tickets.length; n++) {
    const t = tickets[n];
    if (t.type !== 'change') continue;
    const decision = t.events.filter((e) => e.kind === 'change_decision' && e.at <= asOf).at(-1);
    if (!decision) {
      out.push({ ticket: t, outcome: 'geen-besluit', decidedAt: null, informedAt: null, informBy: null });
      continue;
    }
    if (decision.value !== 'refused') {
      out.push({ ticket: t, outcome: 'geaccepteerd', decidedAt: decision.at, informedAt: null, informBy: null });
      continue;
    }
    // "Onverwijld": by the close of the N-th werkdag after the decision (0 = the same werkdag).
    const day = calendar.dayIndex(decision.at);
    const byDay = informWithinWerkdagen === 0 && calendar.closeAt[day] > decision.at ? day : calendar.werkdagAfter(day, Math.max(1, informWithinWerkdagen));
    const informBy = calendar.closeAt[byDay];
    const informed = t.events.find((e) => e.kind === 'client_informed' && e.at >= decision.at && e.at <= asOf);
    const outcome: ChangeOutcome = !informed ? 'afgewezen-niet-gemeld' : informed.at <= informBy ? 'afgewezen-tijdig-gemeld' : 'afgewezen-te-laat-gemeld';
    out.push({ ticket: t, outcome, decidedAt: decision.at, informedAt: informed?.at ?? null, informBy });
  }
  return out;
}
