// 4.6 for incidents, as written: "van dezelfde dag (circa 95%) tot maximaal 1 week (circa 1%)"
// and "bij onverhoopte situaties dat herstelacties niet mogelijk zijn op dezelfde dag dat de
// melding is opgetreden, rapporteert Leverancier aan de Klant".
// Every expected value below is worked out from the contract's dienstvenster (4.1: Mon/Thu
// 08:00-20:00, Tue/Wed/Fri 08:00-17:00) and a calendar of March 2026 (no feestdagen; Mon 2 Mar,
// Sat 7 Mar; the clocks go forward on Sun 29 Mar).
import { describe, expect, it } from 'vitest';
import { contractWith, engineFor, judge, local, type EventSpec } from '../support/fixture.ts';

describe('"dezelfde dag": resolved on the calendar day of registration (the melding day)', () => {
  it.each([
    { name: 'registered Tue 10:00, resolved Tue 16:00', registered: '2026-03-03 10:00', resolved: '2026-03-03 16:00', sameDay: true },
    { name: 'resolved Tue 23:30, after the window closed but the same day', registered: '2026-03-03 10:00', resolved: '2026-03-03 23:30', sameDay: true },
    { name: 'resolved Wed 00:00, the first minute of the next day', registered: '2026-03-03 10:00', resolved: '2026-03-04 00:00', sameDay: false },
    // The clock starts Tue 08:00, but the melding was Monday: not the same day.
    { name: 'registered Mon 21:00 after the close, resolved Tue 09:00 (the clock-start day)', registered: '2026-03-02 21:00', resolved: '2026-03-03 09:00', sameDay: false },
    { name: 'registered Sat 10:00 by e-mail, resolved Sat 11:00', registered: '2026-03-07 10:00', resolved: '2026-03-07 11:00', sameDay: true },
  ])('$name: $sameDay', ({ registered, resolved, sameDay }) => {
    expect(judge({ registered, resolved }).sameDay).toBe(sameDay);
  });
});

describe('"maximaal 1 week": hersteltijd (art. 1) over 7 x 24 hours', () => {
  it.each([
    { name: 'Mon 2 Mar 09:00 to Mon 9 Mar 09:00, exactly a week', registered: '2026-03-02 09:00', resolved: '2026-03-09 09:00', events: [], overWeek: false },
    { name: 'Mon 2 Mar 09:00 to Mon 9 Mar 09:01, a minute over', registered: '2026-03-02 09:00', resolved: '2026-03-09 09:01', events: [], overWeek: true },
    {
      // 9 days from registration, minus a 2-day wait for the client (Tue 09:00 - Thu 09:00): 7 days, not over.
      name: '9 days with a 2-day wait for the client',
      registered: '2026-03-02 09:00', resolved: '2026-03-11 09:00',
      events: [['waiting_start', '2026-03-03 09:00'], ['waiting_end', '2026-03-05 09:00']] as EventSpec[], overWeek: false,
    },
    {
      // 9 days, minus the 3 days between the first resolution (Tue 09:00) and the reopen (Fri 09:00): 6 days.
      name: '9 days with 3 days between a resolution and a reopen',
      registered: '2026-03-02 09:00', resolved: '2026-03-11 09:00',
      events: [['resolved', '2026-03-03 09:00'], ['reopened', '2026-03-06 09:00']] as EventSpec[], overWeek: false,
    },
    // From registration, not the clock start (Mon 9 Mar 08:00): 7 days and 1 minute.
    { name: 'registered Sat 7 Mar 10:00, resolved Sat 14 Mar 10:01', registered: '2026-03-07 10:00', resolved: '2026-03-14 10:01', events: [], overWeek: true },
    // The clocks go forward on Sun 29 Mar: Mon 23 Mar 09:00 to Mon 30 Mar 09:00 is 167 hours.
    { name: 'a calendar week across the spring DST change (167 hours)', registered: '2026-03-23 09:00', resolved: '2026-03-30 09:00', events: [], overWeek: false },
  ])('$name: $overWeek', ({ registered, resolved, events, overWeek }) => {
    expect(judge({ registered, resolved, events }).overWeek).toBe(overWeek);
  });
});

describe('only resolved incidents count', () => {
  it.each([
    { name: 'a bug', spec: { type: 'bug' as const, registered: '2026-03-03 10:00', resolved: '2026-03-03 11:00' } },
    { name: 'a vraag', spec: { type: 'question' as const, registered: '2026-03-03 10:00', resolved: '2026-03-03 11:00' } },
    { name: 'a wijzigingsverzoek', spec: { type: 'change' as const, registered: '2026-03-03 10:00', resolved: '2026-03-03 11:00' } },
  ])('$name: sameDay, overWeek and the report are null', ({ spec }) => {
    const e = judge(spec);
    expect([e.sameDay, e.overWeek, e.clientReportDue, e.clientReportMet]).toEqual([null, null, null, null]);
  });
  it('an open incident: sameDay and overWeek null', () => {
    const e = judge({ registered: '2026-03-03 10:00' }, '2026-03-20 00:00');
    expect([e.sameDay, e.overWeek]).toEqual([null, null]);
  });
});

// Registered Tue 3 Mar 10:00: the report is due at Tuesday's close, 17:00 (this product's reading).
// Judged on the clock, like status updates: from 17:00 no dienstvenster time passes until Wednesday
// 08:00, so a report up to and including Wed 08:00 has consumed no time past the due moment: on time.
const REG = '2026-03-03 10:00';
const NEXT_DAY = '2026-03-04 10:00';

describe('report to the client when not resolved on the melding day', () => {
  it.each([
    { name: 'resolved the same day: no report needed', resolved: '2026-03-03 16:00', events: [], due: null, met: null },
    { name: 'status update Tue 16:59, before the close', resolved: NEXT_DAY, events: [['status_update', '2026-03-03 16:59']], due: '2026-03-03 17:00', met: true },
    { name: 'status update exactly at the close 17:00', resolved: NEXT_DAY, events: [['status_update', '2026-03-03 17:00']], due: '2026-03-03 17:00', met: true },
    { name: 'status update Tue 17:01, after the close: no dienstvenster time passed', resolved: NEXT_DAY, events: [['status_update', '2026-03-03 17:01']], due: '2026-03-03 17:00', met: true },
    { name: 'status update Wed 08:00, as the window opens again', resolved: NEXT_DAY, events: [['status_update', '2026-03-04 08:00']], due: '2026-03-03 17:00', met: true },
    { name: 'status update Wed 08:01, a minute of dienstvenster past the due moment', resolved: NEXT_DAY, events: [['status_update', '2026-03-04 08:01']], due: '2026-03-03 17:00', met: false },
    { name: 'a workaround Tue 12:00 reports too', resolved: NEXT_DAY, events: [['workaround', '2026-03-03 12:00']], due: '2026-03-03 17:00', met: true },
    { name: 'client informed Tue 15:00', resolved: NEXT_DAY, events: [['client_informed', '2026-03-03 15:00']], due: '2026-03-03 17:00', met: true },
    { name: 'an acknowledgement is not a report', resolved: NEXT_DAY, events: [['acknowledged', '2026-03-03 10:01']], due: '2026-03-03 17:00', met: false },
    { name: 'nothing recorded', resolved: NEXT_DAY, events: [], due: '2026-03-03 17:00', met: false },
    {
      // First resolved Tue 15:00 (the client hears of it), reopened Wed, finally resolved Thu: not the same day, reported in time.
      name: 'first resolved Tue 15:00, reopened and finally resolved Thursday',
      resolved: '2026-03-05 10:00', events: [['resolved', '2026-03-03 15:00'], ['reopened', '2026-03-04 09:00']], due: '2026-03-03 17:00', met: true,
    },
  ] as { name: string; resolved: string; events: EventSpec[]; due: string | null; met: boolean | null }[])('$name', ({ resolved, events, due, met }) => {
    const e = judge({ registered: REG, resolved, events });
    expect(local(e.clientReportDue)).toBe(due);
    expect(e.clientReportMet).toBe(met);
  });

  it.each([
    // Registered after Monday's 20:00 close: due at the next close, Tuesday 17:00; resolved Tue 09:00 before it.
    { name: 'registered Mon 21:00, resolved Tue 09:00', registered: '2026-03-02 21:00', resolved: '2026-03-03 09:00', due: '2026-03-03 17:00', met: true },
    // Registered on Saturday (no dienstvenster): due at Monday's close, 20:00; resolved Tuesday without a report.
    { name: 'registered Sat 10:00, resolved Tue 10:00', registered: '2026-03-07 10:00', resolved: '2026-03-10 10:00', due: '2026-03-09 20:00', met: false },
    // Registered Thursday 19:00 inside the window: due at Thursday's close, 20:00.
    { name: 'registered Thu 19:00, resolved Fri 09:00', registered: '2026-03-05 19:00', resolved: '2026-03-06 09:00', due: '2026-03-05 20:00', met: false },
  ])('$name: due $due', ({ registered, resolved, due, met }) => {
    const e = judge({ registered, resolved });
    expect(local(e.clientReportDue)).toBe(due);
    expect(e.clientReportMet).toBe(met);
  });

  it.each([
    // At 18:00 the due moment has passed but the incident may still be resolved on its melding day.
    { name: 'open, as of Tue 18:00: not yet known', asOf: '2026-03-03 18:00', events: [], met: null },
    // The melding day is over, but a report before Wednesday's opening would still be on time.
    { name: 'open, as of Wed 00:00: not yet known', asOf: '2026-03-04 00:00', events: [], met: null },
    { name: 'open, as of Wed 08:00: the window opened again without a report', asOf: '2026-03-04 08:00', events: [], met: false },
    { name: 'open, update Tue 15:00, as of Tue 16:00', asOf: '2026-03-03 16:00', events: [['status_update', '2026-03-03 15:00']], met: true },
    { name: 'open, update Tue 15:00 not yet known as of Tue 14:00', asOf: '2026-03-03 14:00', events: [['status_update', '2026-03-03 15:00']], met: null },
  ] as { name: string; asOf: string; events: EventSpec[]; met: boolean | null }[])('$name', ({ asOf, events, met }) => {
    expect(judge({ registered: REG, events }, asOf).clientReportMet).toBe(met);
  });

  it('reportDue: einde-dag moves the due moment to the end of the melding day', () => {
    const engine = engineFor(contractWith({ incidentDistribution: { reportDue: 'einde-dag' } }));
    const spec = { registered: REG, resolved: NEXT_DAY, events: [['status_update', '2026-03-03 21:00']] as EventSpec[] };
    const e = judge(spec, undefined, engine);
    expect(local(e.clientReportDue)).toBe('2026-03-04 00:00');
    expect(e.clientReportMet).toBe(true);
    // On the clock both readings judge alike: Tue 17:00 and Wed 00:00 both lie in the closed
    // time before Wednesday's 08:00 opening, so 21:00 is on time and Wed 08:01 is late under either.
    expect(judge(spec).clientReportMet).toBe(true);
    const late = { ...spec, events: [['status_update', '2026-03-04 08:01']] as EventSpec[] };
    expect(judge(late, undefined, engine).clientReportMet).toBe(false);
    expect(judge(late).clientReportMet).toBe(false);
  });

  it('einde-dag, registered Saturday (no dienstvenster): the end of Monday, the next day with one', () => {
    const engine = engineFor(contractWith({ incidentDistribution: { reportDue: 'einde-dag' } }));
    const e = judge({ registered: '2026-03-07 10:00', resolved: '2026-03-10 10:00' }, undefined, engine);
    expect(local(e.clientReportDue)).toBe('2026-03-10 00:00');
    expect(e.clientReportMet).toBe(false);
  });
});
