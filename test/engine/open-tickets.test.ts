// Open tickets at the report moment (README "Open tickets"): consumed and remaining time,
// atRisk once 75% of the target is consumed (and not yet breached), open-breached after
// the deadline; events after the as-of moment are not yet known.
import { describe, expect, it } from 'vitest';
import { HOUR, MINUTE, judge, local, type EventSpec } from '../support/fixture.ts';

// Intramed niveau 2 incident registered Mon 2 Mar 2026 10:00: 2 werkdagen -> Wed 4 Mar 10:00;
// target Mon 10-20 10h + Tue 9h + Wed 8-10 2h = 21h. 75% = 15.75h: Mon 10h + Tue 5h45 -> Tue 13:45.
const REG = '2026-03-02 10:00';

const rows = [
  { name: 'as of Mon 15:00: 5h consumed, 16h left, not at risk', asOf: '2026-03-02 15:00', consumed: 5 * HOUR, status: 'open', atRisk: false },
  { name: 'as of Mon 23:00 (closed): 10h consumed, 11h left', asOf: '2026-03-02 23:00', consumed: 10 * HOUR, status: 'open', atRisk: false },
  { name: 'as of Tue 13:44: 15h44 consumed, just under 75%', asOf: '2026-03-03 13:44', consumed: 15 * HOUR + 44 * MINUTE, status: 'open', atRisk: false },
  { name: 'as of Tue 13:45: exactly 75% (15h45) consumed, at risk', asOf: '2026-03-03 13:45', consumed: 15.75 * HOUR, status: 'open', atRisk: true },
  { name: 'as of Tue 20:00 (closed since 17:00): 19h consumed, 2h left, at risk', asOf: '2026-03-03 20:00', consumed: 19 * HOUR, status: 'open', atRisk: true },
  { name: 'as of Wed 09:59: one minute left, at risk', asOf: '2026-03-04 09:59', consumed: 21 * HOUR - MINUTE, status: 'open', atRisk: true },
  { name: 'as of Wed 10:00, exactly the deadline: still open, nothing left', asOf: '2026-03-04 10:00', consumed: 21 * HOUR, status: 'open', atRisk: true },
  { name: 'as of Wed 10:01: past the deadline, open-breached and no longer "at risk"', asOf: '2026-03-04 10:01', consumed: 21 * HOUR + MINUTE, status: 'open-breached', atRisk: false },
  { name: 'as of Thu 12:00: Mon 10h + Tue 9h + Wed 9h + Thu 4h = 32h, open-breached', asOf: '2026-03-05 12:00', consumed: 32 * HOUR, status: 'open-breached', atRisk: false },
];

describe('an open Intramed niveau 2 incident registered Monday 10:00 (21h, deadline Wed 10:00)', () => {
  it('reports its deadline and at-risk moment', () => {
    const e = judge({ niveau: 2, registered: REG }, '2026-03-02 15:00');
    expect(local(e.deadline)).toBe('2026-03-04 10:00');
    expect(local(e.atRiskAt)).toBe('2026-03-03 13:45');
    expect(e.targetMs).toBe(21 * HOUR);
  });
  it.each(rows)('$name', ({ asOf, consumed, status, atRisk }) => {
    const e = judge({ niveau: 2, registered: REG }, asOf);
    expect(e.consumedMs).toBe(consumed);
    expect(e.remainingMs).toBe(Math.max(0, 21 * HOUR - consumed));
    expect(e.status).toBe(status);
    expect(e.atRisk).toBe(atRisk);
    expect(e.hersteltijdMs).toBeNull();
    expect(e.resolvedAt).toBeNull();
  });
});

describe('events after the as-of moment are not yet known', () => {
  it('resolved Tue 12:00, as of Tue 11:00: open, 10h + 3h = 13h consumed, 8h left', () => {
    const e = judge({ niveau: 2, registered: REG, resolved: '2026-03-03 12:00' }, '2026-03-03 11:00');
    expect(e.status).toBe('open');
    expect(e.resolvedAt).toBeNull();
    expect(e.hersteltijdMs).toBeNull();
    expect(e.consumedMs).toBe(13 * HOUR);
    expect(e.remainingMs).toBe(8 * HOUR);
  });
  it('the same ticket as of Tue 12:00, the resolution: met, hersteltijd 14h, no remaining time or risk', () => {
    const e = judge({ niveau: 2, registered: REG, resolved: '2026-03-03 12:00' }, '2026-03-03 12:00');
    expect(e.status).toBe('met');
    expect(e.hersteltijdMs).toBe(14 * HOUR);
    expect(e.remainingMs).toBeNull();
    expect(e.atRisk).toBeNull();
  });
  it('a wait that starts after the as-of moment does not stop the clock yet', () => {
    // Wait from Tue 10:00 (after as-of Tue 09:00): consumed 10h + 1h = 11h, nobody waiting yet.
    const e = judge({ niveau: 2, registered: REG, resolved: '2026-03-04 10:00', events: [['waiting_start', '2026-03-03 10:00'], ['waiting_end', '2026-03-03 12:00']] }, '2026-03-03 09:00');
    expect(e.waitingSince).toBeNull();
    expect(e.waitingMs).toBe(0);
    expect(e.consumedMs).toBe(11 * HOUR);
    expect(e.status).toBe('open');
  });
  it('between a first resolution (Mon 15:00) and a later reopen: resolved as of Mon 16:00, met', () => {
    const spec = { niveau: 2 as const, registered: REG, resolved: '2026-03-04 12:00', events: [['resolved', '2026-03-02 15:00'], ['reopened', '2026-03-03 11:00']] as EventSpec[] };
    const e = judge(spec, '2026-03-02 16:00');
    expect(local(e.resolvedAt)).toBe('2026-03-02 15:00');
    expect(e.hersteltijdMs).toBe(5 * HOUR);
    expect(e.reopenCount).toBe(0);
    expect(e.status).toBe('met');
  });
  it('after the reopen (Tue 11:00), as of Tue 12:00: open again, 5h + 1h = 6h consumed, 15h left', () => {
    const spec = { niveau: 2 as const, registered: REG, resolved: '2026-03-04 12:00', events: [['resolved', '2026-03-02 15:00'], ['reopened', '2026-03-03 11:00']] as EventSpec[] };
    const e = judge(spec, '2026-03-03 12:00');
    expect(e.status).toBe('open');
    expect(e.resolvedAt).toBeNull();
    expect(local(e.firstResolvedAt)).toBe('2026-03-02 15:00');
    expect(e.reopenCount).toBe(1);
    expect(e.consumedMs).toBe(6 * HOUR);
    expect(e.remainingMs).toBe(15 * HOUR);
  });
});

describe('Intramed Online niveau 1 (4 uur) registered Mon 09:00, deadline 13:00, at risk at 3h = 12:00', () => {
  it.each([
    { name: 'as of 11:59: 2h59 consumed, not at risk', asOf: '2026-03-02 11:59', consumed: 2 * HOUR + 59 * MINUTE, status: 'open', atRisk: false },
    { name: 'as of 12:00: 3h consumed, at risk', asOf: '2026-03-02 12:00', consumed: 3 * HOUR, status: 'open', atRisk: true },
    { name: 'as of 13:01: open-breached', asOf: '2026-03-02 13:01', consumed: 4 * HOUR + MINUTE, status: 'open-breached', atRisk: false },
  ])('$name', ({ asOf, consumed, status, atRisk }) => {
    const e = judge({ product: 'intramed-online', registered: '2026-03-02 09:00' }, asOf);
    expect(local(e.atRiskAt)).toBe('2026-03-02 12:00');
    expect(e.consumedMs).toBe(consumed);
    expect(e.status).toBe(status);
    expect(e.atRisk).toBe(atRisk);
  });
});
