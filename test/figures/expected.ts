// The figures of test/fixtures/figures/, worked out by hand from the contract (content/sla/,
// 4.1, 4.4, 4.6, 4.7, art. 1, 5.2) and the README's readings, judged as of 2026-07-01 00:00.
// Nothing here was copied from the program's output.
//
// Calendar (2026): May 1 is a Friday, June 1 a Monday. Erkende feestdagen (4.1, Algemene
// termijnenwet art. 3): 5 mei (Tue 5 May), Hemelvaartsdag (Thu 14 May: Easter is 5 April,
// + 39 days) and Tweede Pinksterdag (Mon 25 May); none in June. Dienstvenster: Mon and Thu
// 08:00-20:00 (12 h), Tue, Wed and Fri 08:00-17:00 (9 h). Offset +02:00 all period long.
// Werkdagen (clock.werkdagen zelfde-kloktijd): the same clock time on the N-th werkdag after
// the clock start; the target is the dienstvenster time up to it. The deadline shown is the
// first instant at which that much is consumed. Percentiles are nearest-rank on whole minutes.

export const FIXTURE = 'test/fixtures/figures';
export const AS_OF = '2026-07-01T00:00';

export interface HandTicket {
  status: 'met' | 'breached' | 'open' | 'open-breached' | 'not-applicable';
  /** Clock minutes at the final resolution (null while open). */
  hersteltijdMinutes: number | null;
  deadline: string | null;
  targetMinutes: number | null;
  /** For open storingen, at the report moment. */
  consumedMinutes?: number;
  remainingMinutes?: number;
  atRisk?: boolean;
  statusUpdateMet: boolean | null;
  sameDay: boolean | null;
  overWeek: boolean | null;
  clientReportDue: string | null;
  clientReportMet: boolean | null;
  withinMargin?: boolean;
  waitingMinutes?: number;
  reopenCount?: number;
  /** Clock minutes past the streeftijd (breached storingen). */
  minutesLate?: number;
}

export const tickets: Record<string, HandTicket> = {
  // F01 Intramed incident 1 (1 werkdag), phone, Mon 4 May 10:00. The next werkdag is Wed 6 May
  // (Tue 5 May is a feestdag): target = Mon 10-20 (600) + Wed 08-10 (120) = 720. Resolved Wed
  // 09:30: 600 + 90 = 690 <= 720, met. Update due at 360 = Mon 16:00; given Mon 15:00, on time.
  // Not the melding day (4.6); report due at Mon's close, 20:00: the 15:00 update is on time.
  F01: { status: 'met', hersteltijdMinutes: 690, deadline: '2026-05-06T10:00:00+02:00', targetMinutes: 720, statusUpdateMet: true, sameDay: false, overWeek: false, clientReportDue: '2026-05-04T20:00:00+02:00', clientReportMet: true },
  // F02 Intramed incident 2 (2 werkdagen), e-mail, Thu 7 May 14:00. Werkdagen Fri 8, Mon 11:
  // target = Thu 14-20 (360) + Fri (540) + Mon 08-14 (360) = 1260, deadline Mon 11 May 14:00.
  // Resolved Tue 12 May 10:00: 360 + 540 + 720 + 120 = 1740, breached, 480 min (8 u) late.
  // No update (due at 630 = Fri 12:30): missing. No report by Thu 20:00 (nor by Fri 08:00): late.
  F02: { status: 'breached', hersteltijdMinutes: 1740, deadline: '2026-05-11T14:00:00+02:00', targetMinutes: 1260, minutesLate: 480, statusUpdateMet: false, sameDay: false, overWeek: false, clientReportDue: '2026-05-07T20:00:00+02:00', clientReportMet: false },
  // F03 Intramed incident 3 (5 werkdagen), portal, Fri 8 May 09:00. Werkdagen Mon 11, Tue 12,
  // Wed 13, (Thu 14 Hemelvaartsdag) Fri 15, Mon 18: target = Fri 480 + Mon 720 + Tue 540 +
  // Wed 540 + Fri 540 + Mon 08-09 60 = 2880, deadline Mon 18 May 09:00. Resolved Tue 19 May
  // 12:00: 2880 - 60 + 720 + 240 = 3780, breached, 900 min (15 u) late. Update due at 1440 =
  // Tue 12 May 12:00 (480 + 720 + 240); given 14:00: late. Report due Fri 17:00, the first
  // message is Tue 12 May: late. Over a week: Fri 8 May 09:00 to Tue 19 May 12:00, 11 days.
  F03: { status: 'breached', hersteltijdMinutes: 3780, deadline: '2026-05-18T09:00:00+02:00', targetMinutes: 2880, minutesLate: 900, statusUpdateMet: false, sameDay: false, overWeek: true, clientReportDue: '2026-05-08T17:00:00+02:00', clientReportMet: false },
  // F04 Intramed Online incident 1 (4 uur = 240), phone, Mon 11 May 09:00, resolved 11:30: 150,
  // met, the same day (no report needed). Update due at 120 = 11:00; given 10:30, on time.
  F04: { status: 'met', hersteltijdMinutes: 150, deadline: '2026-05-11T13:00:00+02:00', targetMinutes: 240, statusUpdateMet: true, sameDay: true, overWeek: false, clientReportDue: null, clientReportMet: null },
  // F05 Intramed Online incident 1, e-mail (4.7: niveau 1 not by phone), Wed 13 May 16:00: Wed
  // 16-17 (60), Thu 14 Hemelvaartsdag, Fri from 08:00: deadline Fri 15 May 11:00. Resolved Fri
  // 10:00: 60 + 120 = 180, met. Update (due at 120 = Fri 09:00) given Wed 16:45; report due Wed
  // 17:00, the 16:45 update: on time.
  F05: { status: 'met', hersteltijdMinutes: 180, deadline: '2026-05-15T11:00:00+02:00', targetMinutes: 240, statusUpdateMet: true, sameDay: false, overWeek: false, clientReportDue: '2026-05-13T17:00:00+02:00', clientReportMet: true },
  // F06 Intramed Online incident 2 (5 werkdagen), Mon 18 May 10:00; werkdagen Tue 19, Wed 20,
  // Thu 21, Fri 22, (Mon 25 Tweede Pinksterdag) Tue 26: target = 600 + 540 + 540 + 720 + 540 +
  // 120 = 3060. First resolved Mon 12:00 (120), reopened Tue 09:00, resolved Tue 11:00 (+120):
  // 240, met. The clock stands between resolution and reopen, so the deadline moves: Mon 120 +
  // Tue 09-17 480 + Wed 540 + Thu 720 + Fri 540 + Tue 26 540 = 2940, Wed 27 May 08:00 + 120 =
  // 10:00. Update: first resolved at 120 <= half, on time. Report due Mon 20:00: the first
  // resolution at 12:00 reached the client. Not the same day (final resolution Tue).
  F06: { status: 'met', hersteltijdMinutes: 240, deadline: '2026-05-27T10:00:00+02:00', targetMinutes: 3060, reopenCount: 1, statusUpdateMet: true, sameDay: false, overWeek: false, clientReportDue: '2026-05-18T20:00:00+02:00', clientReportMet: true },
  // F07 Intramed incident 2, e-mail, Tue 26 May 09:00; werkdagen Wed 27, Thu 28: target = Tue
  // 480 + Wed 540 + Thu 08-09 60 = 1080. Waits for the client (art. 1) Tue 11:00 to Thu 10:00:
  // dienstvenster time inside = Tue 360 + Wed 540 + Thu 120 = 1020. Consumed at the resolution
  // Thu 15:00: Tue 09-11 120 + Thu 10-15 300 = 420, met. Deadline: 120 before the wait, Thu
  // 10-20 600, Fri 29 May 08:00 + 360 = 14:00. Update: resolved at 420 <= 540, on time. Report
  // due Tue 17:00: the workaround of Tue 16:00. Over a week: 54 h minus the 47 h wait: no.
  F07: { status: 'met', hersteltijdMinutes: 420, deadline: '2026-05-29T14:00:00+02:00', targetMinutes: 1080, waitingMinutes: 1020, statusUpdateMet: true, sameDay: false, overWeek: false, clientReportDue: '2026-05-26T17:00:00+02:00', clientReportMet: true },
  // F08 Intramed bug 2 ("1 à 2 maanden", calendar time from the registration), Fri 1 May 10:00.
  // One month: Mon 1 June 10:00 (31 days = 44640); margin to Wed 1 July 10:00 (61 days = 87840).
  // Resolved Tue 9 June 10:00: 39 days = 56160, after one month and within two: met, within
  // margin. Update due at 22320 (Sat 16 May 22:00); given 12 May, on time. At the end of May
  // (1 June 00:00): 30 d 14 h = 44040 consumed >= 75% of 44640 (33480): at risk, 600 left.
  F08: { status: 'met', hersteltijdMinutes: 56160, deadline: '2026-06-01T10:00:00+02:00', targetMinutes: 44640, withinMargin: true, statusUpdateMet: true, sameDay: null, overWeek: null, clientReportDue: null, clientReportMet: null },
  // F09 Intramed Online bug 1 (max. 3 weken = 21 days = 30240), portal, Wed 20 May 10:00:
  // deadline Wed 10 June 10:00. Resolved Fri 12 June 10:00: 23 days = 33120, breached, 2880 (48 u)
  // late. No update (due at 15120, Sat 30 May 22:00): missing. End of May: 11 d 14 h = 16680
  // consumed < 22680 (75%): open, not at risk, 13560 (226 u) left.
  F09: { status: 'breached', hersteltijdMinutes: 33120, deadline: '2026-06-10T10:00:00+02:00', targetMinutes: 30240, minutesLate: 2880, statusUpdateMet: false, sameDay: null, overWeek: null, clientReportDue: null, clientReportMet: null },
  // F10 Intramed incident 1, portal, Mon 1 June 21:00 (after closing): clock start Tue 08:00,
  // 1 werkdag to Wed 08:00 = Tue 540; deadline Tue 2 June 17:00. Resolved Wed 3 June 08:30:
  // 540 + 30 = 570, breached, 30 min late. Update due at 270 = Tue 12:30; given 12:00, on time.
  // Registered after Monday's close: report due at the next close, Tue 17:00; the update: on time.
  F10: { status: 'breached', hersteltijdMinutes: 570, deadline: '2026-06-02T17:00:00+02:00', targetMinutes: 540, minutesLate: 30, statusUpdateMet: true, sameDay: false, overWeek: false, clientReportDue: '2026-06-02T17:00:00+02:00', clientReportMet: true },
  // F11 Intramed incident, client niveau 3, set to 2 by the Leverancier Thu 4 June 10:00 (4.7:
  // judged at 2, in force at the first resolution), phone, Thu 4 June 09:00. 2 werkdagen Fri 5,
  // Mon 8: target = Thu 09-20 660 + Fri 540 + Mon 08-09 60 = 1260, deadline Mon 8 June 09:00.
  // Resolved Fri 16:00: 660 + 480 = 1140, met. Update (due at 630 = Thu 19:30) given Thu 15:00;
  // report due Thu 20:00, the same update: both on time.
  F11: { status: 'met', hersteltijdMinutes: 1140, deadline: '2026-06-08T09:00:00+02:00', targetMinutes: 1260, statusUpdateMet: true, sameDay: false, overWeek: false, clientReportDue: '2026-06-04T20:00:00+02:00', clientReportMet: true },
  // F12 Intramed Online incident 2 (5 werkdagen), Thu 25 June 08:00: werkdagen Fri 26, Mon 29,
  // Tue 30, Wed 1 July, Thu 2 July: target = 720 + 540 + 720 + 540 + 540 = 3060; deadline Wed 1
  // July 17:00. Open on 1 July 00:00: 720 + 540 + 720 + 540 = 2520 consumed >= 2295 (75%), not
  // over: at risk, 540 (9 u) left. Update (due at 1530 = Mon 29 June 12:30) given Mon 10:00.
  // Report due Thu 20:00, nothing by Fri 08:00: late (known, though not counted until resolved).
  F12: { status: 'open', hersteltijdMinutes: null, deadline: '2026-07-01T17:00:00+02:00', targetMinutes: 3060, consumedMinutes: 2520, remainingMinutes: 540, atRisk: true, statusUpdateMet: true, sameDay: null, overWeek: null, clientReportDue: '2026-06-25T20:00:00+02:00', clientReportMet: false },
  // F13 Intramed Online incident 1 (4 uur), phone, Tue 30 June 09:00: deadline 13:00. Open on
  // 1 July 00:00: 09-17 = 480 consumed, open-breached, nothing left, not "at risk" (breached).
  // Update due 11:00, none: late. Report due Tue 17:00, but a report up to the next opening
  // (Wed 08:00) is on time, which has not come at the report moment: not yet known.
  F13: { status: 'open-breached', hersteltijdMinutes: null, deadline: '2026-06-30T13:00:00+02:00', targetMinutes: 240, consumedMinutes: 480, remainingMinutes: 0, atRisk: false, statusUpdateMet: false, sameDay: null, overWeek: null, clientReportDue: '2026-06-30T17:00:00+02:00', clientReportMet: null },
  // F14 Intramed incident 3 (5 werkdagen), phone, Wed 10 June 09:00: werkdagen Thu 11, Fri 12,
  // Mon 15, Tue 16, Wed 17: target = 480 + 720 + 540 + 720 + 540 + 60 = 3060, deadline Wed 17
  // June 09:00. Resolved the same day 16:30: 450, met; update: resolved before half, on time.
  F14: { status: 'met', hersteltijdMinutes: 450, deadline: '2026-06-17T09:00:00+02:00', targetMinutes: 3060, statusUpdateMet: true, sameDay: true, overWeek: false, clientReportDue: null, clientReportMet: null },
  // F15 Intramed bug 3 ("volgende halfjaarlijkse update"), Mon 4 May 11:00: the next half-yearly
  // release is 2026.2 on Mon 13 July (2026.1.1 is not half-yearly), due by the end of that day,
  // 14 July 00:00: 70 d 13 h = 101580. Resolved Thu 18 June 12:00: 45 d 1 h = 64860, met. Update
  // due at 50790 (Mon 8 June 17:30); given 2 June. End of May: 27 d 13 h = 39660 < 75%: open.
  F15: { status: 'met', hersteltijdMinutes: 64860, deadline: '2026-07-14T00:00:00+02:00', targetMinutes: 101580, statusUpdateMet: true, sameDay: null, overWeek: null, clientReportDue: null, clientReportMet: null },
  // F16 a vraag (4.8): no streeftijd.
  F16: { status: 'not-applicable', hersteltijdMinutes: 60, deadline: null, targetMinutes: null, statusUpdateMet: null, sameDay: null, overWeek: null, clientReportDue: null, clientReportMet: null },
};

/** [part, whole] as a table shows "1 / 2"; null where there is nothing to count ("–"). */
export type Pair = [number, number] | null;

/** One row of a month's figures per kind x product x niveau (cells.ts); durations in minutes. */
export interface HandCell {
  kind: 'Incident' | 'Bug';
  product: 'Intramed' | 'Intramed Online';
  niveau: 1 | 2 | 3;
  registered: number;
  resolved: number;
  met: number;
  breached: number;
  median: number | null;
  p90: number | null;
  statusUpdates: Pair;
  sameDay: Pair;
  overWeek: Pair;
  clientReports: Pair;
  niveau1ByPhone: Pair;
  disagreements: number;
  openAtEnd: number;
  openBreachedAtEnd: number;
}

/** A storing open at a month's end: consumed clock minutes, the time left (or, past its streeftijd, how late), and how it stands. */
export interface HandOpen {
  id: string;
  consumed: number;
  /** Clock minutes left to the streeftijd; for one past it ('verstreken'), the minutes late. */
  remaining: number;
  state: 'open' | 'risico' | 'verstreken';
}

const cell = (kind: HandCell['kind'], product: HandCell['product'], niveau: HandCell['niveau'], f: Omit<HandCell, 'kind' | 'product' | 'niveau'>): HandCell => ({ kind, product, niveau, ...f });
const none = { median: null, p90: null, statusUpdates: null, sameDay: null, overWeek: null, clientReports: null } as const;

// Counted by the registration month (registered, niveau 1 by phone, disagreements), the month of the
// final resolution (resolved and everything judged at it) and the open state at the month's end.
export const months = {
  '2026-05': {
    registered: 10, // F01-F09 and F15 (F16 is a vraag)
    resolved: 7, met: 5, breached: 2, // F01-F07; breached F02, F03
    statusUpdates: [5, 7] as Pair, // on time F01, F04, F05, F06, F07; not F02 (missing), F03 (late)
    incidents: { resolved: 7, sameDay: 1, overWeek: 1, clientReportsOnTime: 4, clientReportsJudged: 6 }, // same day F04; over a week F03; reports F01, F05, F06, F07 of those + F02, F03
    cells: [
      cell('Incident', 'Intramed', 1, { registered: 1, resolved: 1, met: 1, breached: 0, median: 690, p90: 690, statusUpdates: [1, 1], sameDay: [0, 1], overWeek: [0, 1], clientReports: [1, 1], niveau1ByPhone: [1, 1], disagreements: 0, openAtEnd: 0, openBreachedAtEnd: 0 }),
      // F02 (1740) and F07 (420): median = 1st of 2 = 420, p90 = 2nd = 1740.
      cell('Incident', 'Intramed', 2, { registered: 2, resolved: 2, met: 1, breached: 1, median: 420, p90: 1740, statusUpdates: [1, 2], sameDay: [0, 2], overWeek: [0, 2], clientReports: [1, 2], niveau1ByPhone: null, disagreements: 0, openAtEnd: 0, openBreachedAtEnd: 0 }),
      cell('Incident', 'Intramed', 3, { registered: 1, resolved: 1, met: 0, breached: 1, median: 3780, p90: 3780, statusUpdates: [0, 1], sameDay: [0, 1], overWeek: [1, 1], clientReports: [0, 1], niveau1ByPhone: null, disagreements: 0, openAtEnd: 0, openBreachedAtEnd: 0 }),
      // F04 (150, same day: no report needed) and F05 (180, by e-mail).
      cell('Incident', 'Intramed Online', 1, { registered: 2, resolved: 2, met: 2, breached: 0, median: 150, p90: 180, statusUpdates: [2, 2], sameDay: [1, 2], overWeek: [0, 2], clientReports: [1, 1], niveau1ByPhone: [1, 2], disagreements: 0, openAtEnd: 0, openBreachedAtEnd: 0 }),
      cell('Incident', 'Intramed Online', 2, { registered: 1, resolved: 1, met: 1, breached: 0, median: 240, p90: 240, statusUpdates: [1, 1], sameDay: [0, 1], overWeek: [0, 1], clientReports: [1, 1], niveau1ByPhone: null, disagreements: 0, openAtEnd: 0, openBreachedAtEnd: 0 }),
      cell('Bug', 'Intramed', 2, { registered: 1, resolved: 0, met: 0, breached: 0, ...none, niveau1ByPhone: null, disagreements: 0, openAtEnd: 1, openBreachedAtEnd: 0 }), // F08
      cell('Bug', 'Intramed', 3, { registered: 1, resolved: 0, met: 0, breached: 0, ...none, niveau1ByPhone: null, disagreements: 0, openAtEnd: 1, openBreachedAtEnd: 0 }), // F15
      // F09: a niveau 1 storing reported via the portal counts for 4.7 as a bug too.
      cell('Bug', 'Intramed Online', 1, { registered: 1, resolved: 0, met: 0, breached: 0, ...none, niveau1ByPhone: [0, 1], disagreements: 0, openAtEnd: 1, openBreachedAtEnd: 0 }),
    ],
    // Judged at 1 June 00:00 (see F08, F09, F15): consumed and remaining in minutes; deadlines as in `tickets`.
    openAtEnd: [
      { id: 'F08', consumed: 44040, remaining: 600, state: 'risico' },
      { id: 'F09', consumed: 16680, remaining: 13560, state: 'open' },
      { id: 'F15', consumed: 39660, remaining: 61920, state: 'open' },
    ] as HandOpen[],
    breaches: ['F02', 'F03'],
    feestdagen: ['2026-05-05', '2026-05-14', '2026-05-25'],
    // Hersteltijd / streeftijd buckets (<= 25%, 50%, 75%, 100%, 150%, 200%, more; bounds inclusive):
    // F06 240/3060 = 8%; F07 420/1080 = 39%; F04 150/240 = 63%, F05 180/240 = 75%; F01 690/720 = 96%;
    // F03 3780/2880 = 131%, F02 1740/1260 = 138%. No bug resolved in May.
    distribution: { incidents: [1, 1, 2, 1, 2, 0, 0], bugs: [0, 0, 0, 0, 0, 0, 0] },
  },
  '2026-06': {
    registered: 5, // F10-F14
    resolved: 6, met: 4, breached: 2, // F08, F09, F10, F11, F14, F15; breached F09, F10
    statusUpdates: [5, 6] as Pair, // all but F09 (missing)
    incidents: { resolved: 3, sameDay: 1, overWeek: 0, clientReportsOnTime: 2, clientReportsJudged: 2 }, // F10, F11, F14 (same day)
    cells: [
      cell('Incident', 'Intramed', 1, { registered: 1, resolved: 1, met: 0, breached: 1, median: 570, p90: 570, statusUpdates: [1, 1], sameDay: [0, 1], overWeek: [0, 1], clientReports: [1, 1], niveau1ByPhone: [0, 1], disagreements: 0, openAtEnd: 0, openBreachedAtEnd: 0 }),
      cell('Incident', 'Intramed', 2, { registered: 1, resolved: 1, met: 1, breached: 0, median: 1140, p90: 1140, statusUpdates: [1, 1], sameDay: [0, 1], overWeek: [0, 1], clientReports: [1, 1], niveau1ByPhone: null, disagreements: 1, openAtEnd: 0, openBreachedAtEnd: 0 }),
      cell('Incident', 'Intramed', 3, { registered: 1, resolved: 1, met: 1, breached: 0, median: 450, p90: 450, statusUpdates: [1, 1], sameDay: [1, 1], overWeek: [0, 1], clientReports: null, niveau1ByPhone: null, disagreements: 0, openAtEnd: 0, openBreachedAtEnd: 0 }),
      cell('Incident', 'Intramed Online', 1, { registered: 1, resolved: 0, met: 0, breached: 0, ...none, niveau1ByPhone: [1, 1], disagreements: 0, openAtEnd: 1, openBreachedAtEnd: 1 }), // F13
      cell('Incident', 'Intramed Online', 2, { registered: 1, resolved: 0, met: 0, breached: 0, ...none, niveau1ByPhone: null, disagreements: 0, openAtEnd: 1, openBreachedAtEnd: 0 }), // F12
      cell('Bug', 'Intramed', 2, { registered: 0, resolved: 1, met: 1, breached: 0, median: 56160, p90: 56160, statusUpdates: [1, 1], sameDay: null, overWeek: null, clientReports: null, niveau1ByPhone: null, disagreements: 0, openAtEnd: 0, openBreachedAtEnd: 0 }),
      cell('Bug', 'Intramed', 3, { registered: 0, resolved: 1, met: 1, breached: 0, median: 64860, p90: 64860, statusUpdates: [1, 1], sameDay: null, overWeek: null, clientReports: null, niveau1ByPhone: null, disagreements: 0, openAtEnd: 0, openBreachedAtEnd: 0 }),
      cell('Bug', 'Intramed Online', 1, { registered: 0, resolved: 1, met: 0, breached: 1, median: 33120, p90: 33120, statusUpdates: [0, 1], sameDay: null, overWeek: null, clientReports: null, niveau1ByPhone: null, disagreements: 0, openAtEnd: 0, openBreachedAtEnd: 0 }),
    ],
    // Judged at 1 July 00:00 (see F12, F13).
    openAtEnd: [
      { id: 'F12', consumed: 2520, remaining: 540, state: 'risico' },
      { id: 'F13', consumed: 480, remaining: 240, state: 'verstreken' }, // 480 - 240: 240 min late
    ] as HandOpen[],
    breaches: ['F09', 'F10'],
    feestdagen: [] as string[],
    // F14 450/3060 = 15%; F11 1140/1260 = 90%; F10 570/540 = 106%. Bugs: F08 56160 against the
    // margin's 87840 = 64%; F15 64860/101580 = 64%; F09 33120/30240 = 110%.
    distribution: { incidents: [1, 0, 0, 1, 1, 0, 0], bugs: [0, 0, 2, 0, 1, 0, 0] },
  },
} as const;

/**
 * Share within streeftijd per niveau for the trend (resolved in the month): May niveau 1 F01,
 * F04, F05 all met; niveau 2 F02 (breached), F06, F07; niveau 3 F03 (breached). June niveau 1
 * F09, F10 both breached; niveau 2 F08, F11; niveau 3 F14, F15, all met.
 */
export const trend = { '2026-05': [[3, 3], [2, 3], [0, 1]], '2026-06': [[0, 2], [2, 2], [2, 2]] } as const;

/**
 * Per client and month (client pages): registered, resolved, met, breached, status updates
 * [on time, judged], open at the month's end. The "now open" figure is the open count at the
 * last month's end (July, judged as of 1 July 00:00, like June's end).
 */
export const clients = {
  K10: {
    name: 'Fysiotherapie Aan de Gracht',
    // May: registered F01, F02, F03, F15; resolved F01 (met), F02, F03 (breached); updates F01 only; F15 open.
    // June: registered F10, F11; resolved F10 (breached), F11, F15 (met); updates all three.
    months: {
      '2026-05': { registered: 4, resolved: 3, met: 1, breached: 2, statusUpdates: [1, 3], openAtEnd: 1 },
      '2026-06': { registered: 2, resolved: 3, met: 2, breached: 1, statusUpdates: [3, 3], openAtEnd: 0 },
    },
    totals: { resolved: 6, met: 3, breached: 3, openNow: 0 },
    breaches: ['F02', 'F03', 'F10'],
  },
  K20: {
    name: 'Praktijk Online Noord',
    // May: registered F04, F05, F06, F09 (F16 is a vraag); resolved F04, F05, F06, all met and updated; F09 open.
    // June: registered F12; resolved F09 (breached, no update); F12 open. July: F12 still open.
    months: {
      '2026-05': { registered: 4, resolved: 3, met: 3, breached: 0, statusUpdates: [3, 3], openAtEnd: 1 },
      '2026-06': { registered: 1, resolved: 1, met: 0, breached: 1, statusUpdates: [0, 1], openAtEnd: 1 },
    },
    totals: { resolved: 4, met: 3, breached: 1, openNow: 1 },
    breaches: ['F09'],
  },
} as const;

/**
 * Repeated breaches (repeated-breaches.ts: 2+ breaches resolved in the month, or breaches in
 * 2 of the last 3 months). May: K10 has F02 and F03. June: K10 has F10 only, but breaches in
 * May and June; K20 has F09 in June only, not repeated.
 */
export const repeated = {
  '2026-05': [{ id: 'K10', inMonth: 2, months: ['mei 2026'] }],
  '2026-06': [{ id: 'K10', inMonth: 1, months: ['mei 2026', 'juni 2026'] }],
} as const;

/**
 * The Article 5 dossier of KL-F1: K10, storingen registered 1 May to 30 June (F01, F15, F02,
 * F03, F10, F11), judged as of 1 July. Grouped by kind, product and judged niveau. Plan van
 * aanpak: discussed 23 June + 4 weeks (5.2) = 21 July, 20 days after 1 July.
 */
export const dossier = {
  planDue: '2026-07-21',
  daysLeft: 20,
  figures: [
    // F01 met, F10 breached; both updates on time; neither the same day; both reports on time.
    { kind: 'Incident', product: 'Intramed', niveau: 1, storingen: 2, resolved: 2, met: 1, breached: 1, open: 0, statusUpdates: [2, 2] },
    // F02 breached (no update), F11 met (on time).
    { kind: 'Incident', product: 'Intramed', niveau: 2, storingen: 2, resolved: 2, met: 1, breached: 1, open: 0, statusUpdates: [1, 2] },
    { kind: 'Incident', product: 'Intramed', niveau: 3, storingen: 1, resolved: 1, met: 0, breached: 1, open: 0, statusUpdates: [0, 1] }, // F03
    { kind: 'Bug', product: 'Intramed', niveau: 3, storingen: 1, resolved: 1, met: 1, breached: 0, open: 0, statusUpdates: [1, 1] }, // F15
  ],
  // Incidents F01, F02, F03, F10, F11: none the same day; F03 over a week; reports on time F01, F10, F11.
  incidents: { resolved: 5, sameDay: 0, overWeek: 1, clientReportsOnTime: 3, clientReportsJudged: 5 },
  /** Per ticket the clauses of its findings: hersteltijd, status update and report (4.6), phone (4.7). */
  findings: {
    F02: ['4.6', '4.6', '4.6'],
    F03: ['4.6', '4.6', '4.6'],
    F10: ['4.6', '4.7'],
  },
  feestdagen: ['2026-05-05', '2026-05-14', '2026-05-25'],
} as const;

/** A storing's row in a client's PDF of June: its duration (hersteltijd, or "nog" the time left at the month's end), result and update. */
export interface HandPdfRow {
  id: string;
  minutes: number;
  result: RegExp;
  update: 'ja' | 'nee' | '–';
}

/**
 * The client PDFs of June 2026 (the report month): the storingen registered or resolved in June
 * or open at its end, summed as on the client page's June row, and 4.6 over the client's
 * incidents resolved in June. Feestdagen: from the earliest registration among those storingen.
 */
export const clientPdfs = {
  K10: {
    // Registered F10, F11; resolved F10 (breached), F11, F15 (met); all three updates on time;
    // incidents F10, F11: neither the same day nor over a week, both reported on time.
    registered: 2, resolved: 3, met: 2, statusUpdates: [3, 3], open: 0, openBreached: 0,
    incidents: { resolved: 2, sameDay: 0, overWeek: 0, clientReportsOnTime: 2, clientReportsJudged: 2 },
    rows: [
      { id: 'F15', minutes: 64860, result: /binnen streeftijd/, update: 'ja' },
      { id: 'F10', minutes: 570, result: /buiten streeftijd/, update: 'ja' },
      { id: 'F11', minutes: 1140, result: /binnen streeftijd/, update: 'ja' },
    ] as HandPdfRow[],
    feestdagen: ['2026-05-05', '2026-05-14', '2026-05-25'], // from F15's 4 May
  },
  K20: {
    // Registered F12 (open at the end, at risk, 540 left); resolved F09 (breached, no update).
    registered: 1, resolved: 1, met: 0, statusUpdates: [0, 1], open: 1, openBreached: 0,
    incidents: null,
    rows: [
      { id: 'F09', minutes: 33120, result: /buiten streeftijd/, update: 'nee' },
      { id: 'F12', minutes: 540, result: /open, risico/, update: 'ja' },
    ] as HandPdfRow[],
    feestdagen: ['2026-05-25'], // from F09's 20 May: only Tweede Pinksterdag
  },
  K30: {
    // Registered F13 (open-breached at the end: 480 consumed against 240, 240 min late), F14; resolved F08 (within margin), F14.
    registered: 2, resolved: 2, met: 2, withinMargin: 1, statusUpdates: [2, 2], open: 1, openBreached: 1,
    incidents: { resolved: 1, sameDay: 1, overWeek: 0, clientReportsOnTime: 0, clientReportsJudged: 0 },
    rows: [
      { id: 'F08', minutes: 56160, result: /binnen marge/, update: 'ja' },
      { id: 'F14', minutes: 450, result: /binnen streeftijd/, update: 'ja' },
      { id: 'F13', minutes: 240, result: /open, te laat/, update: 'nee' },
    ] as HandPdfRow[],
    feestdagen: ['2026-05-05', '2026-05-14', '2026-05-25'], // from F08's 1 May
  },
} as const;

/**
 * The period's counts (TOPdesk's: open at the start, registered, resolved, open at the end) per
 * month, for all clients and per client. Open at the start is open at the previous month's end;
 * resolved counts every final resolution of a storing in the month (every one here has a
 * streeftijd, so it equals the judged count). May: nothing before it; registered F01-F09, F15;
 * resolved F01-F07; open at the end F08, F09, F15. June: open at the start those three;
 * registered F10-F14; resolved F08, F09, F10, F11, F14, F15; open at the end F12, F13.
 * Per client (F16 is a vraag, in no count): K10 May registered F01, F02, F03, F15, resolved
 * F01-F03 (F02, F03 breached), F15 open; June F15 open at the start, registered F10, F11,
 * resolved F10 (breached), F11, F15. K20 May registered F04, F05, F06, F09, resolved F04-F06,
 * F09 open; June F09 open at the start, registered F12, resolved F09 (breached), F12 open.
 * K30 May registered F07, F08, resolved F07, F08 open; June F08 open at the start, registered
 * F13, F14, resolved F08, F14, F13 open.
 */
export const periodCounts = {
  '2026-05': { openAtStart: 0, registered: 10, resolved: 7, openAtEnd: 3 },
  '2026-06': { openAtStart: 3, registered: 5, resolved: 6, openAtEnd: 2 },
} as const;

export const clientPeriods = {
  '2026-05': {
    K10: { openAtStart: 0, registered: 4, resolved: 3, breached: 2, openAtEnd: 1 },
    K20: { openAtStart: 0, registered: 4, resolved: 3, breached: 0, openAtEnd: 1 },
    K30: { openAtStart: 0, registered: 2, resolved: 1, breached: 0, openAtEnd: 1 },
  },
  '2026-06': {
    K10: { openAtStart: 1, registered: 2, resolved: 3, breached: 1, openAtEnd: 0 },
    K20: { openAtStart: 1, registered: 1, resolved: 1, breached: 1, openAtEnd: 1 },
    K30: { openAtStart: 1, registered: 2, resolved: 2, breached: 0, openAtEnd: 1 },
  },
} as const;

/**
 * June against May (the report holds May, June and July 2026: no month a year earlier, and May
 * has no month before it). Registered 5 - 10 = -5; resolved 6 - 7 = -1; within streeftijd 4 of 6
 * (66,67%) against 5 of 7 (71,43%): -4,76 percentage points, shown "-4,8", and 4 - 5 = -1;
 * breached 2 - 2 = 0; open at the end 2 - 3 = -1.
 */
export const juneAgainstMay = { registered: '−5', resolved: '−1', met: '−4,8 procentpunt (−1)', breached: '0', openAtEnd: '−1' } as const;

/**
 * The order of urgency (the latest first, then the least time left before it is late): June's
 * end F13 (240 min late) before F12 (540 left). May's end (1 June 00:00): F09 13560 left; F08 is a
 * "1 à 2 maanden" bug, late only after its margin (4.6), which ends Wed 1 July 10:00: 30 d 10 h =
 * 43800 left (though only 600 to its first month); F15 61920 left.
 */
export const urgency = { '2026-05': ['F09', 'F08', 'F15'], '2026-06': ['F13', 'F12'] } as const;
