// Open storingen at a month's end as the reports show them: how late, how much time is left, the
// margin of "1 à 2 maanden" (4.6), the order of urgency and the period's counts. Hand-worked from
// the bundled contract (Intramed; dienstvenster Mon/Thu 08-20, Tue/Wed/Fri 08-17) for client K1:
//   B2: bug niveau 2 ("1 à 2 maanden", calendar time from the registration), e-mailed Mon 5 Jan 2026
//       10:00, still open. One month = Thu 5 Feb 10:00 (31 d), two months = Thu 5 Mar 10:00 (59 d).
//       At February's end (Sun 1 Mar 00:00): 54 d 14 h consumed, past one month, not past two: inside
//       its margin, 4 d 10 h (6,360 min) left until Thu 5 Mar 10:00. At March's end (Wed 1 Apr 00:00,
//       after the change to summer time on 29 Mar): 85 d 13 h elapsed, 26 d 13 h (38,220 min) past
//       the margin's end.
//   I1: incident niveau 1 (1 werkdag), phoned Mon 2 Mar 2026 10:00, still open. 1 werkdag = Mon 10-20
//       (10 h) + Tue 08-10 (2 h) = 12 h. Consumed by March's end: Mon 2 Mar 10 h, Tue-Fri 9+9+12+9 =
//       39 h, three full weeks of 51 h = 153 h, Mon 30 Mar 12 h and Tue 31 Mar 9 h: 223 h (no feestdag
//       in March 2026; Goede Vrijdag is 3 April). 211 h (12,660 min) late.
// Period counts: February: open at the start 1 (B2), registered 0, resolved 0, open at the end 1.
// March: open at the start 1, registered 1 (I1), resolved 0, open at the end 2, B2 first (the latest).
import { describe, expect, it } from 'vitest';
import { compareUrgency } from '../../src/report/urgency.ts';
import type { Minutes } from '../../src/report/model.ts';
import { openTimeText, statusLabel } from '../../src/words/index.ts';
import { modelOfRows } from '../support/model.ts';

const model = await modelOfRows(
  [
    'B2,K1,Praktijk Marge,intramed,bug,2,2,email,2026-01-05T10:00,,2026.1',
    'I1,K1,Praktijk Marge,intramed,incident,1,1,phone,2026-03-02T10:00,,2026.1',
  ],
  '2026-04-15T12:00',
);
const month = (m: string) => model.months.find((x) => x.month === m)!;
const clientMonth = (m: string) => model.clients.find((c) => c.id === 'K1')!.months.find((x) => x.month === m)!;

describe('open at a month end (4.6)', () => {
  it('a "1 à 2 maanden" bug inside its margin shows the margin\'s end and the time left to it, not "nog 0 min"', () => {
    const b2 = month('2026-02').openAtEnd.find((o) => o.id === 'B2')!;
    expect(b2).toMatchObject({ status: 'open', withinMargin: true, minutesLate: null, untilLateMinutes: 6360, marginDeadline: '2026-03-05T10:00:00+01:00' });
    expect(openTimeText(b2)).toBe('binnen marge, nog 4 d 10 u');
    expect(statusLabel(b2.status, b2.withinMargin, b2.atRisk).text).toBe('open, binnen marge');
  });

  it('past the margin\'s end and past a streeftijd in werkdagen: how late, on each clock', () => {
    const open = month('2026-03').openAtEnd;
    expect(open.map((o) => [o.id, o.status, o.minutesLate, o.untilLateMinutes])).toEqual([
      ['B2', 'open-breached', 38220, null],
      ['I1', 'open-breached', 12660, null],
    ]);
    expect(open.map((o) => openTimeText(o))).toEqual(['26 d 13 u te laat', '211 u te laat']);
  });

  it('counts the period as a service desk does: open at the start, registered, resolved, open at the end', () => {
    expect(month('2026-02').periodCounts).toEqual({ openAtStart: 1, registered: 0, resolved: 0, openAtEnd: 1 });
    expect(month('2026-03').periodCounts).toEqual({ openAtStart: 1, registered: 1, resolved: 0, openAtEnd: 2 });
    expect(clientMonth('2026-03').periodCounts).toEqual({ openAtStart: 1, registered: 1, resolved: 0, openAtEnd: 2 });
  });
});

describe('urgency and the words for an open storing', () => {
  const o = (id: string, minutesLate: number | null, untilLateMinutes: number | null) => ({ id, minutesLate: minutesLate as Minutes | null, untilLateMinutes: untilLateMinutes as Minutes | null });
  it('orders the latest first, then the least time left, then those without a streeftijd to count to', () => {
    const list = [o('A', null, null), o('B', null, 30), o('C', 5, null), o('D', null, 10), o('E', 90, null)];
    expect([...list].sort(compareUrgency).map((x) => x.id)).toEqual(['E', 'C', 'D', 'B', 'A']);
  });
  it('never says "nog 0 min"', () => {
    const base = { minutesLate: null, untilLateMinutes: null, withinMargin: null, measure: 'dienstvenster' as const };
    expect(openTimeText({ ...base, remainingMinutes: 0, untilLateMinutes: 0 })).toBe('streeftijd bereikt');
    expect(openTimeText({ ...base, remainingMinutes: 75, untilLateMinutes: 75 })).toBe('nog 1 u 15 min');
    expect(openTimeText({ ...base, remainingMinutes: null })).toBe('–');
  });
});
