// Waits for the client (art. 1 Hersteltijd: not counted) and reopens (the time between a
// resolution and the reopen is not counted). Consumed time only grows inside the
// dienstvenster (incidents) or at all times (bugs), and never during a stop; the deadline
// is the first instant consumed time reaches the (unchanged) target, so stops extend it.
// waitingMs = clock time (window time for incidents) inside waits for the client.
import { describe, expect, it } from 'vitest';
import { HOUR, MINUTE, judge, local, type TicketSpec } from '../support/fixture.ts';

interface Row {
  name: string;
  spec: TicketSpec;
  deadline: string;
  targetMs: number;
  hersteltijdMs: number;
  waitingMs: number;
  status: 'met' | 'breached';
}

const rows: Row[] = [
  {
    // Intramed niv 1, Tue 10:00 -> Wed 10:00: target 7h + 2h = 9h. Wait Tue 15:00-Wed 09:00 = 2h + 1h window.
    // Before wait 5h; 4h left from Wed 09:00 -> Wed 13:00. Resolved Wed 12:00: 5h + 3h = 8h.
    name: 'wait across a night (Tue 15:00 - Wed 09:00) moves the deadline from Wed 10:00 to Wed 13:00',
    spec: { registered: '2026-03-03 10:00', resolved: '2026-03-04 12:00', events: [['waiting_start', '2026-03-03 15:00'], ['waiting_end', '2026-03-04 09:00']] },
    deadline: '2026-03-04 13:00', targetMs: 9 * HOUR, hersteltijdMs: 8 * HOUR, waitingMs: 3 * HOUR, status: 'met',
  },
  {
    // Intramed niv 2, Thu 10:00 -> Mon 10:00: 10h + 9h + 2h = 21h. Wait Fri 12:00-Mon 11:00 = 5h + 3h window.
    // Before wait 10h + 4h = 14h; 7h left from Mon 11:00 -> Mon 18:00. Resolved Mon 17:30: 14h + 6.5h.
    name: 'wait across a weekend (Fri 12:00 - Mon 11:00) moves the deadline from Mon 10:00 to Mon 18:00',
    spec: { niveau: 2, registered: '2026-03-05 10:00', resolved: '2026-03-09 17:30', events: [['waiting_start', '2026-03-06 12:00'], ['waiting_end', '2026-03-09 11:00']] },
    deadline: '2026-03-09 18:00', targetMs: 21 * HOUR, hersteltijdMs: 20.5 * HOUR, waitingMs: 8 * HOUR, status: 'met',
  },
  {
    // Intramed niv 1, Fri 24 Apr 10:00 -> Tue 28 Apr 10:00 (Mon Koningsdag): 7h + 2h = 9h.
    // Wait Fri 16:00-Tue 09:00 = 1h + 1h window. 6h before, 3h left from Tue 09:00 -> Tue 12:00.
    name: 'wait across the weekend and Koningsdag 2026: deadline Tue 28 Apr 12:00, resolved exactly then is met',
    spec: { registered: '2026-04-24 10:00', resolved: '2026-04-28 12:00', events: [['waiting_start', '2026-04-24 16:00'], ['waiting_end', '2026-04-28 09:00']] },
    deadline: '2026-04-28 12:00', targetMs: 9 * HOUR, hersteltijdMs: 9 * HOUR, waitingMs: 2 * HOUR, status: 'met',
  },
  {
    // Intramed niv 1, Tue 10:00, target 9h. Wait Tue 16:00-19:00: only 16-17 = 1h in the window.
    // 6h before; 3h left from Wed 08:00 -> Wed 11:00. Resolved Wed 10:30: 6h + 2.5h.
    name: 'wait partly outside the window (Tue 16:00 - 19:00) only counts its hour before the 17:00 close',
    spec: { registered: '2026-03-03 10:00', resolved: '2026-03-04 10:30', events: [['waiting_start', '2026-03-03 16:00'], ['waiting_end', '2026-03-03 19:00']] },
    deadline: '2026-03-04 11:00', targetMs: 9 * HOUR, hersteltijdMs: 8.5 * HOUR, waitingMs: 1 * HOUR, status: 'met',
  },
  {
    // Intramed niv 1, Fri 10:00 -> Mon 10:00 = 7h + 2h. Wait Sat 10:00-Sun 10:00 has no window time.
    name: 'wait entirely in the weekend changes nothing: deadline stays Mon 10:00',
    spec: { registered: '2026-03-06 10:00', resolved: '2026-03-09 09:00', events: [['waiting_start', '2026-03-07 10:00'], ['waiting_end', '2026-03-08 10:00']] },
    deadline: '2026-03-09 10:00', targetMs: 9 * HOUR, hersteltijdMs: 8 * HOUR, waitingMs: 0, status: 'met',
  },
  {
    // Intramed niv 1, Tue 10:00, target 9h; two waits Tue 11:00-12:00 and Tue 13:00-14:00 (2h):
    // deadline Wed 10:00 + 2h = Wed 12:00; resolved Wed 12:01 -> breached; hersteltijd 7h - 2h + 4h01.
    name: 'two waits of an hour each: deadline Wed 12:00, resolved Wed 12:01 is breached',
    spec: { registered: '2026-03-03 10:00', resolved: '2026-03-04 12:01', events: [['waiting_start', '2026-03-03 11:00'], ['waiting_end', '2026-03-03 12:00'], ['waiting_start', '2026-03-03 13:00'], ['waiting_end', '2026-03-03 14:00']] },
    deadline: '2026-03-04 12:00', targetMs: 9 * HOUR, hersteltijdMs: 9 * HOUR + MINUTE, waitingMs: 2 * HOUR, status: 'breached',
  },
  {
    // Bug niv 1 (calendar time), Tue 2 Jun 10:00 -> 23 Jun 10:00 = 504h. Wait Fri 5 Jun 17:00 - Mon 8 Jun 09:00
    // = 64h of calendar time; deadline 23 Jun 10:00 + 64h = 26 Jun 02:00. Resolved 24 Jun 10:00: 22d = 528h - 64h.
    name: 'a bug waits in calendar time, nights and weekend included: 64h wait, deadline 26 Jun 02:00',
    spec: { type: 'bug', registered: '2026-06-02 10:00', resolved: '2026-06-24 10:00', events: [['waiting_start', '2026-06-05 17:00'], ['waiting_end', '2026-06-08 09:00']] },
    deadline: '2026-06-26 02:00', targetMs: 504 * HOUR, hersteltijdMs: 464 * HOUR, waitingMs: 64 * HOUR, status: 'met',
  },
];

describe('waits for the client', () => {
  it.each(rows)('$name', (row) => {
    const e = judge(row.spec);
    expect(local(e.deadline)).toBe(row.deadline);
    expect(e.targetMs).toBe(row.targetMs);
    expect(e.hersteltijdMs).toBe(row.hersteltijdMs);
    expect(e.waitingMs).toBe(row.waitingMs);
    expect(e.status).toBe(row.status);
  });

  it('a wait still running at the as-of moment on an open ticket: waitingSince, clock stopped', () => {
    // Intramed niv 2, Thu 5 Mar 10:00, target 21h. Wait since Fri 12:00; as of Mon 11:00:
    // consumed 10h + 4h = 14h, waited 5h + 3h = 8h; the clock resumes only from the as-of
    // moment, so the deadline is Mon 11:00 + 7h = Mon 18:00: not breached, 7h remaining.
    const e = judge({ niveau: 2, registered: '2026-03-05 10:00', events: [['waiting_start', '2026-03-06 12:00']] }, '2026-03-09 11:00');
    expect(local(e.waitingSince)).toBe('2026-03-06 12:00');
    expect(e.consumedMs).toBe(14 * HOUR);
    expect(e.waitingMs).toBe(8 * HOUR);
    expect(e.remainingMs).toBe(7 * HOUR);
    expect(e.status).toBe('open');
    expect(local(e.deadline)).toBe('2026-03-09 18:00');
    expect(e.hersteltijdMs).toBeNull();
  });
});

describe('reopen: first and final hersteltijd, the gap is not counted', () => {
  it('Intramed niveau 2: resolved Mon 15:00, reopened Tue 11:00, finally resolved Wed 12:00', () => {
    // Mon 2 Mar 10:00 -> Wed 10:00: 10h + 9h + 2h = 21h. First hersteltijd Mon 10-15 = 5h.
    // Gap Mon 15:00 - Tue 11:00 not counted. Final: 5h + Tue 11-17 6h + Wed 8-12 4h = 15h.
    // Deadline: 16h left from Tue 11:00: Tue 6h, Wed 9h, Thu 1h -> Thu 5 Mar 09:00.
    const e = judge({ niveau: 2, registered: '2026-03-02 10:00', resolved: '2026-03-04 12:00',
      events: [['resolved', '2026-03-02 15:00'], ['reopened', '2026-03-03 11:00']] });
    expect(local(e.firstResolvedAt)).toBe('2026-03-02 15:00');
    expect(local(e.resolvedAt)).toBe('2026-03-04 12:00');
    expect(e.firstHersteltijdMs).toBe(5 * HOUR);
    expect(e.hersteltijdMs).toBe(15 * HOUR);
    expect(e.reopenCount).toBe(1);
    expect(e.waitingMs).toBe(0);
    expect(local(e.deadline)).toBe('2026-03-05 09:00');
    expect(e.status).toBe('met');
  });

  it('Intramed Online 4 uur: first resolution in time, the final one is breached and governs', () => {
    // Mon 09:00, target 4h. Resolved 10:00 (1h), reopened 14:00, final 18:00: 1h + 4h = 5h > 4h.
    // Deadline 14:00 + 3h = 17:00. Status update at 2h = 14:00 + 1h = 15:00; first resolution 10:00 is before it.
    const e = judge({ product: 'intramed-online', registered: '2026-03-02 09:00', resolved: '2026-03-02 18:00',
      events: [['resolved', '2026-03-02 10:00'], ['reopened', '2026-03-02 14:00']] });
    expect(e.firstHersteltijdMs).toBe(1 * HOUR);
    expect(e.hersteltijdMs).toBe(5 * HOUR);
    expect(local(e.deadline)).toBe('2026-03-02 17:00');
    expect(local(e.statusUpdateDue)).toBe('2026-03-02 15:00');
    expect(e.statusUpdateMet).toBe(true);
    expect(e.status).toBe('breached');
  });

  it('reopen and a wait together: gap and wait both stop the clock, only the wait is waitingMs', () => {
    // Intramed niv 1, Tue 3 Mar 10:00, target 9h. Resolved Tue 12:00 (2h), reopened Tue 14:00,
    // wait Tue 15:00 - Wed 09:00 (2h + 1h window), final Wed 11:00: 2h + 1h + 2h = 5h.
    // Deadline: after reopen 7h left: Tue 14-15 1h, then from Wed 09:00 6h -> Wed 15:00.
    const e = judge({ registered: '2026-03-03 10:00', resolved: '2026-03-04 11:00',
      events: [['resolved', '2026-03-03 12:00'], ['reopened', '2026-03-03 14:00'], ['waiting_start', '2026-03-03 15:00'], ['waiting_end', '2026-03-04 09:00']] });
    expect(e.firstHersteltijdMs).toBe(2 * HOUR);
    expect(e.hersteltijdMs).toBe(5 * HOUR);
    expect(e.waitingMs).toBe(3 * HOUR);
    expect(local(e.deadline)).toBe('2026-03-04 15:00');
    expect(e.status).toBe('met');
  });
});
