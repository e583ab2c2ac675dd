// Every hersteltijd-streeftijd of 4.6, for both products. Expected values are worked
// out by hand from the contract and the README rules ("How the clock measures"):
// dienstvenster Mon/Thu 08-20 (12h), Tue/Wed/Fri 08-17 (9h); werkdagen = same clock
// time on the N-th following werkdag (capped at that day's close); due moments are the
// first instant consumed time reaches the threshold; status update at half the target.
import { describe, expect, it } from 'vitest';
import type { ProductId } from '../../src/contract/schema.ts';
import { HOUR, MINUTE, at, judge, local } from '../support/fixture.ts';

interface NormRow {
  name: string;
  product: ProductId;
  type: 'incident' | 'bug';
  niveau: 1 | 2 | 3;
  registered: string;
  deadline: string;
  targetMs: number;
  statusUpdateDue: string;
  /** First resolution moment with one clock minute more than the target, when not deadline + 1 minute. */
  overBy1?: string;
}

const rows: NormRow[] = [
  // Intramed incidents
  { name: 'Intramed niveau 1 (1 werkdag), Mon 10:00 -> Tue 10:00; 10h Mon + 2h Tue = 12h, half 6h = Mon 16:00',
    product: 'intramed', type: 'incident', niveau: 1, registered: '2026-03-02 10:00', deadline: '2026-03-03 10:00', targetMs: 12 * HOUR, statusUpdateDue: '2026-03-02 16:00' },
  { name: 'Intramed niveau 1 (1 werkdag), Thu 19:00 -> Fri 19:00 capped at Fri close 17:00; 1h + 9h = 10h, half 5h = Fri 12:00',
    product: 'intramed', type: 'incident', niveau: 1, registered: '2026-03-05 19:00', deadline: '2026-03-06 17:00', targetMs: 10 * HOUR, statusUpdateDue: '2026-03-06 12:00', overBy1: '2026-03-09 08:01' },
  { name: 'Intramed niveau 2 (2 werkdagen), Tue 10:00 -> Thu 10:00; 7h + 9h + 2h = 18h, half 9h = Wed 10:00',
    product: 'intramed', type: 'incident', niveau: 2, registered: '2026-03-03 10:00', deadline: '2026-03-05 10:00', targetMs: 18 * HOUR, statusUpdateDue: '2026-03-04 10:00' },
  { name: 'Intramed niveau 3 (5 werkdagen), Wed 4 Mar 10:00 -> Wed 11 Mar 10:00; 7+12+9+12+9+2 = 51h, half 25.5h = Fri 14:30',
    product: 'intramed', type: 'incident', niveau: 3, registered: '2026-03-04 10:00', deadline: '2026-03-11 10:00', targetMs: 51 * HOUR, statusUpdateDue: '2026-03-06 14:30' },
  // Intramed Online incidents
  { name: 'Intramed Online niveau 1 (4 uur), Thu 10:00 -> Thu 14:00, half 2h = Thu 12:00',
    product: 'intramed-online', type: 'incident', niveau: 1, registered: '2026-03-05 10:00', deadline: '2026-03-05 14:00', targetMs: 4 * HOUR, statusUpdateDue: '2026-03-05 12:00' },
  { name: 'Intramed Online niveau 1 (4 uur), Mon 18:00 -> 2h Mon + 2h Tue = Tue 10:00, half reached at Mon close 20:00',
    product: 'intramed-online', type: 'incident', niveau: 1, registered: '2026-03-02 18:00', deadline: '2026-03-03 10:00', targetMs: 4 * HOUR, statusUpdateDue: '2026-03-02 20:00' },
  { name: 'Intramed Online niveau 2 (5 werkdagen), Thu 5 Mar 19:00 -> Thu 12 Mar 19:00; 1+9+12+9+9+11 = 51h, half 25.5h = Tue 11:30',
    product: 'intramed-online', type: 'incident', niveau: 2, registered: '2026-03-05 19:00', deadline: '2026-03-12 19:00', targetMs: 51 * HOUR, statusUpdateDue: '2026-03-10 11:30' },
  { name: 'Intramed Online niveau 3 (10 werkdagen), Mon 2 Mar 09:00 -> Mon 16 Mar 09:00; 50 + 51 + 1 = 102h, half 51h = Mon 9 Mar 09:00',
    product: 'intramed-online', type: 'incident', niveau: 3, registered: '2026-03-02 09:00', deadline: '2026-03-16 09:00', targetMs: 102 * HOUR, statusUpdateDue: '2026-03-09 09:00' },
  // Bugs niveau 1: max. 3 weken = 21 calendar days (no DST switch between 2 and 23 June)
  ...(['intramed', 'intramed-online'] as const).map((product): NormRow => ({
    name: `${product} bug niveau 1 (max. 3 weken), Tue 2 Jun 10:00 -> Tue 23 Jun 10:00 = 504h, half 252h = 12 Jun 22:00`,
    product, type: 'bug', niveau: 1, registered: '2026-06-02 10:00', deadline: '2026-06-23 10:00', targetMs: 504 * HOUR, statusUpdateDue: '2026-06-12 22:00' })),
  // Bugs niveau 3: volgende halfjaarlijkse update (2026.1.1 on 10 March is not half-yearly)
  ...(['intramed', 'intramed-online'] as const).map((product): NormRow => ({
    name: `${product} bug niveau 3, registered 2 Feb 2026 10:00 CET skips 2026.1.1 -> end of 14 Jul = 15 Jul 00:00 CEST; 162d 13h = 3901h, half 1950.5h = 24 Apr 17:30`,
    product, type: 'bug', niveau: 3, registered: '2026-02-02 10:00', deadline: '2026-07-15 00:00', targetMs: 3901 * HOUR, statusUpdateDue: '2026-04-24 17:30' })),
  { name: 'bug niveau 3 registered the day before the release 13 Jul 10:00 -> 15 Jul 00:00 = 38h, half 19h = 14 Jul 05:00',
    product: 'intramed', type: 'bug', niveau: 3, registered: '2026-07-13 10:00', deadline: '2026-07-15 00:00', targetMs: 38 * HOUR, statusUpdateDue: '2026-07-14 05:00' },
  { name: 'bug niveau 3 registered on the release day 14 Jul 10:00 CEST -> next one after that date, 2027.1: 13 Jan 2027 00:00 CET; 184d - 33h = 4383h, half 2191.5h = 13 Oct 17:30',
    product: 'intramed', type: 'bug', niveau: 3, registered: '2026-07-14 10:00', deadline: '2027-01-13 00:00', targetMs: 4383 * HOUR, statusUpdateDue: '2026-10-13 17:30' },
];

describe('streeftijden (4.6): deadline, target and status-update moment', () => {
  it.each(rows)('$name', (row) => {
    const e = judge({ product: row.product, type: row.type, niveau: row.niveau, registered: row.registered });
    expect(local(e.deadline)).toBe(row.deadline);
    expect(e.targetMs).toBe(row.targetMs);
    expect(local(e.statusUpdateDue)).toBe(row.statusUpdateDue);
    expect(e.note).toBeNull();
  });
});

describe('streeftijden (4.6): resolved just before, exactly at and just after the deadline', () => {
  const cases = rows.flatMap((row) => [
    { name: `${row.name}: resolved one minute before the deadline is met`, row, delta: -MINUTE, status: 'met' },
    { name: `${row.name}: resolved exactly at the deadline is met`, row, delta: 0, status: 'met' },
    { name: `${row.name}: resolved one clock minute after the deadline is breached`, row, delta: MINUTE, status: 'breached' },
  ]);
  it.each(cases)('$name', ({ row, delta, status }) => {
    const resolved = delta > 0 && row.overBy1 ? row.overBy1 : local(at(row.deadline) + delta)!;
    const e = judge({ product: row.product, type: row.type, niveau: row.niveau, registered: row.registered, resolved });
    expect(e.status).toBe(status);
    expect(e.withinMargin).toBeNull();
  });
});

describe('met or breached is decided on the clock, not the wall', () => {
  // Intramed niveau 1, Thu 5 Mar 19:00: deadline Fri 17:00 (close), target 10h. After the close no
  // clock time passes until Mon 08:00, so Fri 17:01 / Fri 18:00 / Mon 08:00 consumed exactly 10h.
  it.each([
    { name: 'resolved Fri 17:01, after the 17:00 close: still 10h consumed, met', resolved: '2026-03-06 17:01', status: 'met', ms: 10 * HOUR },
    { name: 'resolved Fri 18:00 after a 17:00 deadline: met (README example)', resolved: '2026-03-06 18:00', status: 'met', ms: 10 * HOUR },
    { name: 'resolved on Saturday: met', resolved: '2026-03-07 11:00', status: 'met', ms: 10 * HOUR },
    { name: 'resolved Mon 08:00, the instant the window reopens: met', resolved: '2026-03-09 08:00', status: 'met', ms: 10 * HOUR },
    { name: 'resolved Mon 08:01: 10h01 consumed, breached', resolved: '2026-03-09 08:01', status: 'breached', ms: 10 * HOUR + MINUTE },
  ])('$name', ({ resolved, status, ms }) => {
    const e = judge({ registered: '2026-03-05 19:00', resolved });
    expect(e.hersteltijdMs).toBe(ms);
    expect(e.status).toBe(status);
  });
});

describe('bug niveau 2: "1 à 2 maanden" (met within one month, binnen marge up to two)', () => {
  // Registered Wed 3 Jun 2026 10:00: deadline 3 Jul 10:00 (30 days = 720h), margin 3 Aug 10:00;
  // status update at half of 720h = 360h = 15 days = 18 Jun 10:00.
  const base = { type: 'bug' as const, niveau: 2 as const, registered: '2026-06-03 10:00' };
  it.each(['intramed', 'intramed-online'] as const)('%s: deadline 3 Jul, margin 3 Aug, target 720h, status update 18 Jun', (product) => {
    const e = judge({ ...base, product });
    expect(local(e.deadline)).toBe('2026-07-03 10:00');
    expect(local(e.marginDeadline)).toBe('2026-08-03 10:00');
    expect(e.targetMs).toBe(720 * HOUR);
    expect(local(e.statusUpdateDue)).toBe('2026-06-18 10:00');
  });
  it.each([
    { name: 'resolved 3 Jul 09:59, before one month: met, not merely within margin', resolved: '2026-07-03 09:59', status: 'met', withinMargin: false },
    { name: 'resolved exactly one month later 3 Jul 10:00: met, not merely within margin', resolved: '2026-07-03 10:00', status: 'met', withinMargin: false },
    { name: 'resolved 3 Jul 10:01, just after one month: met within margin', resolved: '2026-07-03 10:01', status: 'met', withinMargin: true },
    { name: 'resolved 3 Aug 09:59, just before two months: met within margin', resolved: '2026-08-03 09:59', status: 'met', withinMargin: true },
    { name: 'resolved exactly two months later 3 Aug 10:00: met within margin', resolved: '2026-08-03 10:00', status: 'met', withinMargin: true },
    { name: 'resolved 3 Aug 10:01, after two months: breached', resolved: '2026-08-03 10:01', status: 'breached', withinMargin: false },
  ])('$name', ({ resolved, status, withinMargin }) => {
    const e = judge({ ...base, product: 'intramed', resolved });
    expect(e.status).toBe(status);
    expect(e.withinMargin).toBe(withinMargin);
  });
});

describe('bug niveau 3 with no half-yearly release after the registration date', () => {
  it('registered 13 Jan 2027 (after 2027.1, the last release): no deadline, note geen-volgende-release', () => {
    const e = judge({ type: 'bug', niveau: 3, registered: '2027-01-13 10:00' });
    expect(e.deadline).toBeNull();
    expect(e.targetMs).toBeNull();
    expect(e.note).toBe('geen-volgende-release');
  });
});

describe('vragen (4.8) and wijzigingsverzoeken (6) have no streeftijd', () => {
  const cases = (['intramed', 'intramed-online'] as const).flatMap((product) =>
    (['question', 'change'] as const).flatMap((type) =>
      ([1, 2, 3] as const).map((niveau) => ({ name: `${product} ${type} niveau ${niveau}, resolved a week later: not-applicable`, product, type, niveau }))));
  it.each(cases)('$name', ({ product, type, niveau }) => {
    const e = judge({ product, type, niveau, registered: '2026-03-02 10:00', resolved: '2026-03-09 10:00',
      events: [['status_update', '2026-03-05 10:00']] });
    expect(e.status).toBe('not-applicable');
    expect(e.statusUpdateMet).toBeNull();
    expect(e.note).toBe('geen-streeftijd');
    expect(e.deadline).toBeNull();
    expect(e.targetMs).toBeNull();
    expect(e.statusUpdateDue).toBeNull();
  });
  it('an open question is not-applicable too, with no remaining time', () => {
    const e = judge({ type: 'question', registered: '2026-03-02 10:00' }, '2026-03-20 10:00');
    expect(e.status).toBe('not-applicable');
    expect(e.note).toBe('geen-streeftijd');
    expect(e.statusUpdateMet).toBeNull();
    expect(e.remainingMs).toBeNull();
  });
});
