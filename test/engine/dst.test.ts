// Daylight saving time. DST 2026: 29 March (02:00 -> 03:00) and 25 October (03:00 -> 02:00);
// 2025: 30 March and 26 October. Calendar-time bugs count real elapsed time up to the same
// wall-clock time N days/months later, so a span that contains spring forward is one hour
// shorter (21 days = 503h) and one with fall back one hour longer (505h). Dienstvenster time
// lies between 08:00 and 20:00 and is never touched by the 02:00/03:00 switch.
import { describe, expect, it } from 'vitest';
import type { ProductId } from '../../src/contract/schema.ts';
import { HOUR, judge, local } from '../support/fixture.ts';

interface Row {
  name: string;
  product?: ProductId;
  type?: 'incident' | 'bug';
  niveau?: 1 | 2 | 3;
  registered: string;
  clockStart: string;
  deadline: string;
  targetMs: number;
}

const calendarRows: Row[] = [
  { name: 'bug 21 days from Fri 27 Mar 2026 10:00 CET -> Fri 17 Apr 10:00 CEST: 21 x 24 - 1 = 503h', type: 'bug', registered: '2026-03-27 10:00', clockStart: '2026-03-27 10:00', deadline: '2026-04-17 10:00', targetMs: 503 * HOUR },
  { name: 'bug registered Sat 28 Mar 2026 10:00 CET (e-mail): clock starts at registration (art. 1) -> Sat 18 Apr 10:00 CEST, across the switch: 503h', type: 'bug', registered: '2026-03-28 10:00', clockStart: '2026-03-28 10:00', deadline: '2026-04-18 10:00', targetMs: 503 * HOUR },
  { name: 'bug 21 days from Fri 23 Oct 2026 10:00 CEST -> Fri 13 Nov 10:00 CET: 21 x 24 + 1 = 505h', type: 'bug', registered: '2026-10-23 10:00', clockStart: '2026-10-23 10:00', deadline: '2026-11-13 10:00', targetMs: 505 * HOUR },
  { name: 'bug 21 days from Fri 28 Mar 2025 10:00 CET -> Fri 18 Apr 10:00 CEST: 503h', type: 'bug', registered: '2025-03-28 10:00', clockStart: '2025-03-28 10:00', deadline: '2025-04-18 10:00', targetMs: 503 * HOUR },
  { name: 'bug 21 days from Fri 24 Oct 2025 10:00 CEST -> Fri 14 Nov 10:00 CET: 505h', type: 'bug', registered: '2025-10-24 10:00', clockStart: '2025-10-24 10:00', deadline: '2025-11-14 10:00', targetMs: 505 * HOUR },
  { name: 'bug "1 à 2 maanden" from Mon 2 Mar 2026 10:00 CET -> Thu 2 Apr 10:00 CEST: 31 x 24 - 1 = 743h', type: 'bug', niveau: 2, registered: '2026-03-02 10:00', clockStart: '2026-03-02 10:00', deadline: '2026-04-02 10:00', targetMs: 743 * HOUR },
  { name: 'bug "1 à 2 maanden" from Fri 2 Oct 2026 10:00 CEST -> Mon 2 Nov 10:00 CET: 31 x 24 + 1 = 745h', type: 'bug', niveau: 2, registered: '2026-10-02 10:00', clockStart: '2026-10-02 10:00', deadline: '2026-11-02 10:00', targetMs: 745 * HOUR },
  { name: 'bug 21 days inside summer time (1 Jun -> 22 Jun 2026), no switch: 504h', type: 'bug', registered: '2026-06-01 10:00', clockStart: '2026-06-01 10:00', deadline: '2026-06-22 10:00', targetMs: 504 * HOUR },
];

const windowRows: Row[] = [
  { name: 'Intramed 1 werkdag from Fri 27 Mar 2026 10:00 over the spring-forward weekend -> Mon 30 Mar 10:00 = 7h + 2h', registered: '2026-03-27 10:00', clockStart: '2026-03-27 10:00', deadline: '2026-03-30 10:00', targetMs: 9 * HOUR },
  { name: 'Intramed 1 werkdag from Fri 28 Mar 2025 16:00 -> Mon 31 Mar 16:00 = 1h + 8h', registered: '2025-03-28 16:00', clockStart: '2025-03-28 16:00', deadline: '2025-03-31 16:00', targetMs: 9 * HOUR },
  { name: 'Intramed 2 werkdagen from Fri 23 Oct 2026 14:00 over the fall-back weekend -> Tue 27 Oct 14:00 = 3h + 12h + 6h', niveau: 2, registered: '2026-10-23 14:00', clockStart: '2026-10-23 14:00', deadline: '2026-10-27 14:00', targetMs: 21 * HOUR },
  { name: 'Intramed 1 werkdag from Fri 24 Oct 2025 16:00 -> Mon 27 Oct 16:00 = 1h + 8h', registered: '2025-10-24 16:00', clockStart: '2025-10-24 16:00', deadline: '2025-10-27 16:00', targetMs: 9 * HOUR },
  { name: 'Intramed Online 4 uur from Fri 27 Mar 2026 15:00 -> 2h Fri + 2h Mon = Mon 30 Mar 10:00', product: 'intramed-online', registered: '2026-03-27 15:00', clockStart: '2026-03-27 15:00', deadline: '2026-03-30 10:00', targetMs: 4 * HOUR },
  { name: 'Intramed Online 4 uur registered on the switch Sunday 29 Mar 2026 (e-mail): Mon 08:00 + 4h = 12:00', product: 'intramed-online', registered: '2026-03-29 10:00', clockStart: '2026-03-30 08:00', deadline: '2026-03-30 12:00', targetMs: 4 * HOUR },
];

describe.each([
  ['calendar-time bugs across a switch', calendarRows],
  ['dienstvenster streeftijden keep the same wall-clock time across a DST weekend', windowRows],
])('DST: %s', (_t, rows) => {
  it.each(rows)('$name', (row) => {
    const e = judge({ product: row.product ?? 'intramed', type: row.type ?? 'incident', niveau: row.niveau ?? 1, registered: row.registered, channel: 'email' });
    expect(local(e.clockStart)).toBe(row.clockStart);
    expect(local(e.deadline)).toBe(row.deadline);
    expect(e.targetMs).toBe(row.targetMs);
  });
});

describe('DST: consumed time, status update and waits', () => {
  it('bug from Fri 27 Mar 2026 10:00: status update at 251.5h = 6 Apr 20:30 UTC = 22:30 CEST', () => {
    const e = judge({ type: 'bug', registered: '2026-03-27 10:00' });
    expect(local(e.statusUpdateDue)).toBe('2026-04-06 22:30');
  });
  it.each([
    { name: 'resolved 17 Apr 10:00 CEST: hersteltijd 503h, exactly at the deadline, met', resolved: '2026-04-17 10:00', ms: 503 * HOUR, status: 'met' },
    { name: 'resolved 17 Apr 09:30 CEST: 502.5h, met', resolved: '2026-04-17 09:30', ms: 502.5 * HOUR, status: 'met' },
    { name: 'resolved 17 Apr 10:30 CEST: 503.5h, breached', resolved: '2026-04-17 10:30', ms: 503.5 * HOUR, status: 'breached' },
  ])('bug from Fri 27 Mar 2026 10:00 CET, $name', ({ resolved, ms, status }) => {
    const e = judge({ type: 'bug', registered: '2026-03-27 10:00', resolved });
    expect(e.hersteltijdMs).toBe(ms);
    expect(e.status).toBe(status);
  });
  it('Intramed Online 4 uur from Fri 27 Mar 16:00 resolved Mon 30 Mar 09:00: 1h + 1h = 2h (the lost hour is outside the window)', () => {
    const e = judge({ product: 'intramed-online', registered: '2026-03-27 16:00', resolved: '2026-03-30 09:00' });
    expect(e.hersteltijdMs).toBe(2 * HOUR);
    expect(local(e.deadline)).toBe('2026-03-30 11:00');
    expect(e.status).toBe('met');
  });
  it('a wait over the fall-back weekend on an incident only counts window time: Fri 16-17 + Mon 8-9 = 2h', () => {
    // Intramed niv 1, Fri 23 Oct 2026 10:00, target 9h; 6h before the wait, 3h from Mon 09:00 -> 12:00.
    const e = judge({ registered: '2026-10-23 10:00', resolved: '2026-10-26 11:00',
      events: [['waiting_start', '2026-10-23 16:00'], ['waiting_end', '2026-10-26 09:00']] });
    expect(e.waitingMs).toBe(2 * HOUR);
    expect(local(e.deadline)).toBe('2026-10-26 12:00');
    expect(e.hersteltijdMs).toBe(8 * HOUR);
  });
  it('a wait across the fall-back night on a bug is 25h of calendar time: deadline 10 Nov 10:00 + 25h', () => {
    // Bug niv 1, Tue 20 Oct 2026 10:00 CEST -> 10 Nov 10:00 CET = 505h. Wait Sat 24 Oct 10:00 CEST ->
    // Sun 25 Oct 10:00 CET = 25h. Deadline 11 Nov 11:00 CET.
    const e = judge({ type: 'bug', registered: '2026-10-20 10:00', resolved: '2026-11-11 11:00',
      events: [['waiting_start', '2026-10-24 10:00'], ['waiting_end', '2026-10-25 10:00']] });
    expect(e.targetMs).toBe(505 * HOUR);
    expect(e.waitingMs).toBe(25 * HOUR);
    expect(local(e.deadline)).toBe('2026-11-11 11:00');
    expect(e.hersteltijdMs).toBe(505 * HOUR);
    expect(e.status).toBe('met');
  });
});
