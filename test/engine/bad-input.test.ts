// Bad input (README "Bad input"): a ticket that cannot be judged is set aside with a
// reason code instead of being judged.
import { describe, expect, it } from 'vitest';
import { judgeRaw, type TicketSpec } from '../support/fixture.ts';

const REG = '2026-03-03 10:00'; // Tuesday

const rows: { name: string; spec: TicketSpec; asOf?: string; reason: string }[] = [
  { name: 'resolved (09:00) before registered (10:00)', spec: { registered: REG, resolved: '2026-03-03 09:00' }, reason: 'resolved-before-registered' },
  { name: 'resolved a day before registered', spec: { registered: REG, resolved: '2026-03-02 15:00' }, reason: 'resolved-before-registered' },
  { name: 'a status update at 09:00, before the 10:00 registration', spec: { registered: REG, resolved: '2026-03-03 15:00', events: [['status_update', '2026-03-03 09:00']] }, reason: 'event-before-registration' },
  { name: 'a wait starting the day before registration', spec: { registered: REG, resolved: '2026-03-03 15:00', events: [['waiting_start', '2026-03-02 16:00'], ['waiting_end', '2026-03-03 11:00']] }, reason: 'event-before-registration' },
  { name: 'a second wait starts (12:00) while the first (11:00) is running', spec: { registered: REG, resolved: '2026-03-03 15:00', events: [['waiting_start', '2026-03-03 11:00'], ['waiting_start', '2026-03-03 12:00'], ['waiting_end', '2026-03-03 13:00']] }, reason: 'overlapping-waits' },
  { name: 'a wait end (11:00) without a start', spec: { registered: REG, resolved: '2026-03-03 15:00', events: [['waiting_end', '2026-03-03 11:00']] }, reason: 'wait-end-without-start' },
  { name: 'a wait ends twice: the second end has no start', spec: { registered: REG, resolved: '2026-03-03 15:00', events: [['waiting_start', '2026-03-03 11:00'], ['waiting_end', '2026-03-03 12:00'], ['waiting_end', '2026-03-03 13:00']] }, reason: 'wait-end-without-start' },
  { name: 'a wait (from 11:00) still running at the resolution (15:00)', spec: { registered: REG, resolved: '2026-03-03 15:00', events: [['waiting_start', '2026-03-03 11:00']] }, reason: 'wait-never-ends' },
  { name: 'a wait that only ends after the resolution', spec: { registered: REG, resolved: '2026-03-03 15:00', events: [['waiting_start', '2026-03-03 11:00'], ['waiting_end', '2026-03-03 16:00']] }, reason: 'wait-never-ends' },
  { name: 'reopened (11:00) while it was never resolved', spec: { registered: REG, resolved: '2026-03-03 15:00', events: [['reopened', '2026-03-03 11:00']] }, reason: 'reopened-while-open' },
  { name: 'reopened twice after one resolution', spec: { registered: REG, resolved: '2026-03-04 15:00', events: [['resolved', '2026-03-03 11:00'], ['reopened', '2026-03-03 12:00'], ['reopened', '2026-03-03 13:00']] }, reason: 'reopened-while-open' },
  { name: 'two resolutions (11:00, 12:00) without a reopen between them', spec: { registered: REG, resolved: '2026-03-03 12:00', events: [['resolved', '2026-03-03 11:00'], ['resolved', '2026-03-03 12:00']] }, reason: 'resolved-twice' },
  { name: 'the events resolve at 11:00, the tickets file at 12:00', spec: { registered: REG, resolved: '2026-03-03 12:00', events: [['resolved', '2026-03-03 11:00']] }, reason: 'resolution-mismatch' },
  { name: 'registered 1 Jun 2023, before the first contract version (2024-01-01)', spec: { registered: '2023-06-01 10:00', resolved: '2023-06-02 10:00' }, reason: 'no-contract-in-force' },
  { name: 'registered in 2200, after the supported period', spec: { registered: '2200-01-06 10:00' }, asOf: '2200-02-01 00:00', reason: 'outside-supported-period' },
  { name: 'registered Tue 10:00, after the as-of moment Tue 09:00', spec: { registered: REG }, asOf: '2026-03-03 09:00', reason: 'registered-after-as-of' },
];

describe('bad input is set aside with its reason', () => {
  it.each(rows)('$name -> $reason', ({ spec, asOf, reason }) => {
    const r = judgeRaw(spec, asOf);
    expect(r.evaluation).toBeUndefined();
    expect(r.setAside?.reason).toBe(reason);
  });
});

describe('good input next to it is judged', () => {
  it.each([
    { name: 'a clean resolved ticket', spec: { registered: REG, resolved: '2026-03-03 15:00' } as TicketSpec },
    { name: 'a wait ended before the resolution', spec: { registered: REG, resolved: '2026-03-03 15:00', events: [['waiting_start', '2026-03-03 11:00'], ['waiting_end', '2026-03-03 12:00']] } as TicketSpec },
    { name: 'the final resolution repeated in the events', spec: { registered: REG, resolved: '2026-03-03 12:00', events: [['resolved', '2026-03-03 12:00']] } as TicketSpec },
    { name: 'an event at the registration instant itself', spec: { registered: REG, resolved: '2026-03-03 12:00', events: [['acknowledged', REG]] } as TicketSpec },
    { name: 'an open ticket with a wait still running', spec: { registered: REG, events: [['waiting_start', '2026-03-03 11:00']] } as TicketSpec },
    { name: 'resolved at the registration instant', spec: { registered: REG, resolved: REG } as TicketSpec },
  ])('$name', ({ spec }) => {
    const r = judgeRaw(spec, '2026-03-10 00:00');
    expect(r.setAside).toBeUndefined();
    expect(r.evaluation).toBeDefined();
  });
});
