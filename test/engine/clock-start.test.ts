// Clock start (README "Clock start", 4.1, 4.4): the registration, or the next opening of
// the dienstvenster when registered outside it. Windows are half-open (closed at 17:00 on
// a Tuesday). Mon/Thu 08:00-20:00, Tue/Wed/Fri 08:00-17:00, closed on weekends and on the
// erkende feestdagen. Deadline = first instant consumed time reaches the target, where
// the target for "1 werkdag" is the window time up to the same clock time on the next
// werkdag (capped at its close). So a clock start at an opening (08:00) reaches the
// target at that same day's close: e.g. Mon 08:00 -> Tue 08:00 = 12h, reached Mon 20:00.
import { describe, expect, it } from 'vitest';
import type { ProductId } from '../../src/contract/schema.ts';
import { HOUR, MINUTE, judge, local } from '../support/fixture.ts';

interface Row {
  name: string;
  registered: string;
  product?: ProductId;
  niveau?: 1 | 2 | 3;
  clockStart: string;
  deadline: string;
  targetMs: number;
}

// Intramed niveau 1 incident (1 werkdag) unless stated otherwise.
const weekdays: Row[] = [
  { name: 'Monday 07:59: starts at 08:00; Tue 08:00 = 12h, reached at Monday close 20:00', registered: '2026-03-02 07:59', clockStart: '2026-03-02 08:00', deadline: '2026-03-02 20:00', targetMs: 12 * HOUR },
  { name: 'Monday 08:00 (opening): starts at once; 12h reached Monday 20:00', registered: '2026-03-02 08:00', clockStart: '2026-03-02 08:00', deadline: '2026-03-02 20:00', targetMs: 12 * HOUR },
  { name: 'Monday 16:59: starts at once; Tue 16:59 = 3h01 + 8h59 = 12h', registered: '2026-03-02 16:59', clockStart: '2026-03-02 16:59', deadline: '2026-03-03 16:59', targetMs: 12 * HOUR },
  { name: 'Monday 17:00 (Monday open until 20:00): starts at once; Tue 17:00 = 3h + 9h', registered: '2026-03-02 17:00', clockStart: '2026-03-02 17:00', deadline: '2026-03-03 17:00', targetMs: 12 * HOUR },
  { name: 'Monday 19:59: starts at once; Tue 19:59 capped at 17:00 = 1m + 9h', registered: '2026-03-02 19:59', clockStart: '2026-03-02 19:59', deadline: '2026-03-03 17:00', targetMs: 9 * HOUR + MINUTE },
  { name: 'Monday 20:00 (closed, half-open window): starts Tue 08:00; Wed 08:00 = 9h, reached Tue 17:00', registered: '2026-03-02 20:00', clockStart: '2026-03-03 08:00', deadline: '2026-03-03 17:00', targetMs: 9 * HOUR },
  { name: 'Tuesday 07:59: starts Tue 08:00; 9h reached Tue 17:00', registered: '2026-03-03 07:59', clockStart: '2026-03-03 08:00', deadline: '2026-03-03 17:00', targetMs: 9 * HOUR },
  { name: 'Tuesday 16:59: starts at once; Wed 16:59 = 1m + 8h59', registered: '2026-03-03 16:59', clockStart: '2026-03-03 16:59', deadline: '2026-03-04 16:59', targetMs: 9 * HOUR },
  { name: 'Tuesday 17:00 (closed): starts Wed 08:00; 9h reached Wed 17:00', registered: '2026-03-03 17:00', clockStart: '2026-03-04 08:00', deadline: '2026-03-04 17:00', targetMs: 9 * HOUR },
  { name: 'Tuesday 19:59 (closed): starts Wed 08:00', registered: '2026-03-03 19:59', clockStart: '2026-03-04 08:00', deadline: '2026-03-04 17:00', targetMs: 9 * HOUR },
  { name: 'Wednesday 08:00: starts at once; Thu 08:00 = 9h, reached Wed 17:00', registered: '2026-03-04 08:00', clockStart: '2026-03-04 08:00', deadline: '2026-03-04 17:00', targetMs: 9 * HOUR },
  { name: 'Wednesday 17:00 (closed): starts Thu 08:00; Fri 08:00 = 12h, reached Thu 20:00', registered: '2026-03-04 17:00', clockStart: '2026-03-05 08:00', deadline: '2026-03-05 20:00', targetMs: 12 * HOUR },
  { name: 'Thursday 16:59: starts at once; Fri 16:59 = 3h01 + 8h59 = 12h', registered: '2026-03-05 16:59', clockStart: '2026-03-05 16:59', deadline: '2026-03-06 16:59', targetMs: 12 * HOUR },
  { name: 'Thursday 17:00 (Thursday open until 20:00): Fri 17:00 = 3h + 9h', registered: '2026-03-05 17:00', clockStart: '2026-03-05 17:00', deadline: '2026-03-06 17:00', targetMs: 12 * HOUR },
  { name: 'Thursday 19:59: Fri 19:59 capped at 17:00 = 1m + 9h', registered: '2026-03-05 19:59', clockStart: '2026-03-05 19:59', deadline: '2026-03-06 17:00', targetMs: 9 * HOUR + MINUTE },
  { name: 'Thursday 20:00 (closed): starts Fri 08:00; Mon 08:00 = 9h, reached Fri 17:00', registered: '2026-03-05 20:00', clockStart: '2026-03-06 08:00', deadline: '2026-03-06 17:00', targetMs: 9 * HOUR },
  { name: 'Friday 16:59: over the weekend to Mon 16:59 = 1m + 8h59', registered: '2026-03-06 16:59', clockStart: '2026-03-06 16:59', deadline: '2026-03-09 16:59', targetMs: 9 * HOUR },
  { name: 'Friday 17:00 (closed): starts Mon 08:00; 12h reached Mon 20:00', registered: '2026-03-06 17:00', clockStart: '2026-03-09 08:00', deadline: '2026-03-09 20:00', targetMs: 12 * HOUR },
  { name: 'Saturday 12:00 (e-mail): starts Mon 08:00', registered: '2026-03-07 12:00', clockStart: '2026-03-09 08:00', deadline: '2026-03-09 20:00', targetMs: 12 * HOUR },
  { name: 'Sunday 23:59 (e-mail): starts Mon 08:00', registered: '2026-03-08 23:59', clockStart: '2026-03-09 08:00', deadline: '2026-03-09 20:00', targetMs: 12 * HOUR },
  { name: 'Intramed Online 4 uur, Friday 16:59: 1m Fri + 3h59 Mon = Mon 11:59', product: 'intramed-online', registered: '2026-03-06 16:59', clockStart: '2026-03-06 16:59', deadline: '2026-03-09 11:59', targetMs: 4 * HOUR },
  { name: 'Intramed Online 4 uur, Saturday 10:00: Mon 08:00 + 4h = Mon 12:00', product: 'intramed-online', registered: '2026-03-07 10:00', clockStart: '2026-03-09 08:00', deadline: '2026-03-09 12:00', targetMs: 4 * HOUR },
  { name: 'Intramed Online 4 uur, Tuesday 17:00 (closed): Wed 08:00 + 4h = Wed 12:00', product: 'intramed-online', registered: '2026-03-03 17:00', clockStart: '2026-03-04 08:00', deadline: '2026-03-04 12:00', targetMs: 4 * HOUR },
  { name: 'Intramed niveau 2 (2 werkdagen), Thursday 19:59: Fri, Mon -> Mon 19:59 (open until 20:00) = 1m + 9h + 11h59 = 21h', niveau: 2, registered: '2026-03-05 19:59', clockStart: '2026-03-05 19:59', deadline: '2026-03-09 19:59', targetMs: 21 * HOUR },
];

const feestdagen: Row[] = [
  { name: 'Friday 16:59 before Koningsdag on Monday 27 Apr 2026: next werkdag Tue, Tue 16:59 = 1m + 8h59', registered: '2026-04-24 16:59', clockStart: '2026-04-24 16:59', deadline: '2026-04-28 16:59', targetMs: 9 * HOUR },
  { name: 'on Koningsdag Monday 27 Apr 2026 10:00 (e-mail): starts Tue 08:00, 9h reached Tue 17:00', registered: '2026-04-27 10:00', clockStart: '2026-04-28 08:00', deadline: '2026-04-28 17:00', targetMs: 9 * HOUR },
  { name: 'on Koningsdag 2025, Saturday 26 April (27th is a Sunday): starts Mon 28 Apr 08:00', registered: '2025-04-26 10:00', clockStart: '2025-04-28 08:00', deadline: '2025-04-28 20:00', targetMs: 12 * HOUR },
  { name: 'Friday 25 Apr 2025 10:00, Koningsdag on Saturday moves nothing: Mon 28 Apr 10:00 = 7h + 2h', registered: '2025-04-25 10:00', clockStart: '2025-04-25 10:00', deadline: '2025-04-28 10:00', targetMs: 9 * HOUR },
  { name: 'Wednesday 24 Dec 2025 16:00: both Kerstdagen (Thu, Fri) closed -> Mon 29 Dec 16:00 = 1h + 8h', registered: '2025-12-24 16:00', clockStart: '2025-12-24 16:00', deadline: '2025-12-29 16:00', targetMs: 9 * HOUR },
  { name: 'on Tweede Kerstdag Friday 26 Dec 2025: starts Mon 29 Dec 08:00', registered: '2025-12-26 10:00', clockStart: '2025-12-29 08:00', deadline: '2025-12-29 20:00', targetMs: 12 * HOUR },
  { name: 'Tweede Kerstdag 2026 on Saturday: Thu 24 Dec 19:00 -> Fri 25 closed -> Mon 28 Dec 19:00 = 1h + 11h', registered: '2026-12-24 19:00', clockStart: '2026-12-24 19:00', deadline: '2026-12-28 19:00', targetMs: 12 * HOUR },
  { name: 'Monday 4 May 2026 19:00 before 5 mei (Tue, every year): Wed 19:00 capped 17:00 = 1h + 9h', registered: '2026-05-04 19:00', clockStart: '2026-05-04 19:00', deadline: '2026-05-06 17:00', targetMs: 10 * HOUR },
  { name: 'Wednesday 13 May 2026 12:00 before Hemelvaartsdag: Fri 15 May 12:00 = 5h + 4h', registered: '2026-05-13 12:00', clockStart: '2026-05-13 12:00', deadline: '2026-05-15 12:00', targetMs: 9 * HOUR },
  { name: 'Thursday 2 Apr 2026 19:00: Goede Vrijdag (Awt art. 3 lid 2) and Tweede Paasdag closed -> Tue 7 Apr 19:00 capped 17:00 = 1h + 9h', registered: '2026-04-02 19:00', clockStart: '2026-04-02 19:00', deadline: '2026-04-07 17:00', targetMs: 10 * HOUR },
  { name: 'on Goede Vrijdag 3 Apr 2026 16:00 (e-mail): closed until Tue 7 Apr 08:00 (weekend, Tweede Paasdag); 9h reached Tue 17:00', registered: '2026-04-03 16:00', clockStart: '2026-04-07 08:00', deadline: '2026-04-07 17:00', targetMs: 9 * HOUR },
  { name: 'Nieuwjaarsdag Thursday 1 Jan 2026 00:30 (e-mail): starts Fri 2 Jan 08:00, 9h reached Fri 17:00', registered: '2026-01-01 00:30', clockStart: '2026-01-02 08:00', deadline: '2026-01-02 17:00', targetMs: 9 * HOUR },
  { name: 'Saturday before Tweede Pinksterdag (Mon 25 May 2026): starts Tue 26 May 08:00', registered: '2026-05-23 10:00', clockStart: '2026-05-26 08:00', deadline: '2026-05-26 17:00', targetMs: 9 * HOUR },
];

describe.each([
  ['registration on weekdays and weekends', weekdays],
  ['registration around erkende feestdagen', feestdagen],
])('clock start: %s', (_title, rows) => {
  it.each(rows)('registered $name', (row) => {
    const e = judge({ registered: row.registered, product: row.product ?? 'intramed', niveau: row.niveau ?? 1, channel: 'email' });
    expect(local(e.clockStart)).toBe(row.clockStart);
    expect(local(e.deadline)).toBe(row.deadline);
    expect(e.targetMs).toBe(row.targetMs);
  });
});

describe('clock start for calendar-time bugs: the registration itself (art. 1), not the next opening', () => {
  // Art. 1: the Hersteltijd is the time between the registration and the resolution. Weeks,
  // months and releases are counted in calendar time, so nothing waits for the dienstvenster.
  // 7-28 Mar 2026 and 6-27 Mar contain no DST switch (29 Mar): 21 days = 21 x 24 = 504h.
  it('a bug (21 days) e-mailed Friday 6 Mar 2026 18:00, after the 17:00 close: 21 days from Fri 18:00 = Fri 27 Mar 18:00, 504h', () => {
    const e = judge({ type: 'bug', niveau: 1, registered: '2026-03-06 18:00', channel: 'email' });
    expect(local(e.clockStart)).toBe('2026-03-06 18:00');
    expect(local(e.deadline)).toBe('2026-03-27 18:00');
    expect(e.targetMs).toBe(504 * HOUR);
  });
  it('a bug (21 days) registered Saturday 7 Mar 2026 10:00 starts at once: due Sat 28 Mar 10:00, 504h', () => {
    const e = judge({ type: 'bug', niveau: 1, registered: '2026-03-07 10:00', channel: 'email' });
    expect(local(e.clockStart)).toBe('2026-03-07 10:00');
    expect(local(e.deadline)).toBe('2026-03-28 10:00');
    expect(e.targetMs).toBe(504 * HOUR);
  });
  it('a "1 à 2 maanden" bug e-mailed Sunday 7 Jun 2026 23:00: one month = 7 Jul 23:00 (30 x 24 = 720h), two = 7 Aug 23:00', () => {
    const e = judge({ type: 'bug', niveau: 2, registered: '2026-06-07 23:00', channel: 'email' });
    expect(local(e.clockStart)).toBe('2026-06-07 23:00');
    expect(local(e.deadline)).toBe('2026-07-07 23:00');
    expect(local(e.marginDeadline)).toBe('2026-08-07 23:00');
    expect(e.targetMs).toBe(720 * HOUR);
  });
  it('resolved 21 days after a Friday 18:00 e-mail plus one minute is breached (it would be met from Monday 08:00)', () => {
    // From Mon 9 Mar 08:00 the deadline would be Mon 30 Mar 08:00; Fri 27 Mar 18:01 is 504h01 after Fri 18:00.
    const e = judge({ type: 'bug', niveau: 1, registered: '2026-03-06 18:00', channel: 'email', resolved: '2026-03-27 18:01' });
    expect(e.hersteltijdMs).toBe(504 * HOUR + MINUTE);
    expect(e.status).toBe('breached');
  });
  it('an incident (werkdagen) e-mailed Friday 18:00 still starts at the next opening, Mon 9 Mar 08:00', () => {
    const e = judge({ type: 'incident', niveau: 1, registered: '2026-03-06 18:00', channel: 'email' });
    expect(local(e.clockStart)).toBe('2026-03-09 08:00');
  });
});
