// The switchable choices (README: marked *), each against the bundled default.
import { describe, expect, it } from 'vitest';
import { HOUR, MINUTE, contractWith, engineFor, judge, local, type TicketSpec } from '../support/fixture.ts';
import { slaFrontmatterSchema } from '../../src/contract/schema.ts';

const ASOF = '2027-06-01 00:00';

describe('clock.werkdagen vaste-uren (9 dienstvenster hours per werkdag)', () => {
  const engine = engineFor(contractWith({ clock: { werkdagen: { mode: 'vaste-uren', hoursPerWerkdag: 9 } } }));
  it.each([
    // Mon 2 Mar 10:00: 9h -> Mon 19:00 (default: Tue 10:00, 12h)
    { name: 'Intramed 1 werkdag from Mon 10:00 = 9h -> Mon 19:00', spec: { registered: '2026-03-02 10:00' }, deadline: '2026-03-02 19:00', targetMs: 9 * HOUR },
    // Tue 16:00: 1h Tue + 8h Wed -> Wed 16:00
    { name: 'Intramed 1 werkdag from Tue 16:00 = 1h + 8h -> Wed 16:00', spec: { registered: '2026-03-03 16:00' }, deadline: '2026-03-04 16:00', targetMs: 9 * HOUR },
    // 18h: Mon 10h + Tue 8h -> Tue 16:00
    { name: 'Intramed 2 werkdagen from Mon 10:00 = 18h -> Tue 16:00', spec: { niveau: 2, registered: '2026-03-02 10:00' }, deadline: '2026-03-03 16:00', targetMs: 18 * HOUR },
    // 45h: Mon 10, Tue 9 (19), Wed 9 (28), Thu 12 (40), Fri 5h -> Fri 13:00
    { name: 'Intramed Online 5 werkdagen from Mon 10:00 = 45h -> Fri 13:00', spec: { product: 'intramed-online', niveau: 2, registered: '2026-03-02 10:00' }, deadline: '2026-03-06 13:00', targetMs: 45 * HOUR },
    // 9h from Fri 24 Apr 16:00: Fri 1h, Mon Koningsdag closed, Tue 8h -> Tue 28 Apr 16:00
    { name: 'Intramed 1 werkdag from Fri 24 Apr 2026 16:00 over Koningsdag -> Tue 16:00', spec: { registered: '2026-04-24 16:00' }, deadline: '2026-04-28 16:00', targetMs: 9 * HOUR },
    { name: '"4 uur" is unaffected: Intramed Online from Mon 10:00 -> 14:00', spec: { product: 'intramed-online', registered: '2026-03-02 10:00' }, deadline: '2026-03-02 14:00', targetMs: 4 * HOUR },
  ] as { name: string; spec: TicketSpec; deadline: string; targetMs: number }[])('$name', ({ spec, deadline, targetMs }) => {
    const e = judge(spec, ASOF, engine);
    expect(local(e.deadline)).toBe(deadline);
    expect(e.targetMs).toBe(targetMs);
  });
  it('default (zelfde-kloktijd) for comparison: Mon 10:00 -> Tue 10:00, 12h', () => {
    const e = judge({ registered: '2026-03-02 10:00' });
    expect(local(e.deadline)).toBe('2026-03-03 10:00');
    expect(e.targetMs).toBe(12 * HOUR);
  });
});

describe('clock.niveau definitief-vanaf-wijziging (clock starts at the last niveau change)', () => {
  const engine = engineFor(contractWith({ clock: { niveau: 'definitief-vanaf-wijziging' } }));
  const changes: TicketSpec = { registered: '2026-03-02 10:00', resolved: '2026-03-03 12:00', reportedNiveau: 3,
    events: [['priority_change', '2026-03-02 11:00', '2'], ['priority_change', '2026-03-02 14:00', '1']] };
  it('last change Mon 14:00: Tue 14:00 = 6h + 6h; resolved Tue 12:00 after 6h + 4h = 10h', () => {
    const e = judge(changes, ASOF, engine);
    expect(local(e.clockStart)).toBe('2026-03-02 14:00');
    expect(local(e.deadline)).toBe('2026-03-03 14:00');
    expect(e.targetMs).toBe(12 * HOUR);
    expect(e.hersteltijdMs).toBe(10 * HOUR);
    expect(e.status).toBe('met');
  });
  it('the same ticket by default counts from registration Mon 10:00: Tue 10:00, 10h + 4h = 14h, breached', () => {
    const e = judge(changes);
    expect(local(e.clockStart)).toBe('2026-03-02 10:00');
    expect(local(e.deadline)).toBe('2026-03-03 10:00');
    expect(e.hersteltijdMs).toBe(14 * HOUR);
    expect(e.status).toBe('breached');
  });
  it('last change Mon 21:00, after closing: clock starts Tue 08:00, 9h reached Tue 17:00', () => {
    const e = judge({ registered: '2026-03-02 10:00', events: [['priority_change', '2026-03-02 21:00', '1']] }, ASOF, engine);
    expect(local(e.clockStart)).toBe('2026-03-03 08:00');
    expect(local(e.deadline)).toBe('2026-03-03 17:00');
    expect(e.targetMs).toBe(9 * HOUR);
  });
  it('no niveau change: the clock starts at registration', () => {
    const e = judge({ registered: '2026-03-02 10:00' }, ASOF, engine);
    expect(local(e.clockStart)).toBe('2026-03-02 10:00');
    expect(local(e.deadline)).toBe('2026-03-03 10:00');
  });
});

describe('clock.atRiskFraction', () => {
  // Intramed niveau 2, Mon 2 Mar 10:00: 21h. 50% = 10.5h -> Tue 08:30; 75% = 15.75h -> Tue 13:45.
  const half = engineFor(contractWith({ clock: { atRiskFraction: 0.5 } }));
  it.each([
    { name: '0.5: at risk from Tue 08:30, as of 08:29 not yet', engine: half, asOf: '2026-03-03 08:29', atRiskAt: '2026-03-03 08:30', atRisk: false },
    { name: '0.5: as of Tue 08:30 at risk', engine: half, asOf: '2026-03-03 08:30', atRiskAt: '2026-03-03 08:30', atRisk: true },
    { name: 'default 0.75: as of Tue 08:30 not at risk (from 13:45)', engine: undefined, asOf: '2026-03-03 08:30', atRiskAt: '2026-03-03 13:45', atRisk: false },
  ])('$name', ({ engine, asOf, atRiskAt, atRisk }) => {
    const e = judge({ niveau: 2, registered: '2026-03-02 10:00' }, asOf, engine);
    expect(local(e.atRiskAt)).toBe(atRiskAt);
    expect(e.atRisk).toBe(atRisk);
  });
});

describe('clock.releaseCutoffDays', () => {
  const cutoff7 = engineFor(contractWith({ clock: { releaseCutoffDays: 7 } }));
  it.each([
    { name: 'cutoff 7, registered Fri 10 Jul 2026 (4 days before 2026.2): to 2027.1, end of 12 Jan 2027', engine: cutoff7, registered: '2026-07-10 10:00', deadline: '2027-01-13 00:00' },
    { name: 'cutoff 7, registered Mon 1 Jun 2026 (43 days before): still 2026.2, end of 14 Jul', engine: cutoff7, registered: '2026-06-01 10:00', deadline: '2026-07-15 00:00' },
    { name: 'default cutoff 0, registered Fri 10 Jul 2026: 2026.2, end of 14 Jul', engine: undefined, registered: '2026-07-10 10:00', deadline: '2026-07-15 00:00' },
  ])('$name', ({ engine, registered, deadline }) => {
    const e = judge({ type: 'bug', niveau: 3, registered }, ASOF, engine);
    expect(local(e.deadline)).toBe(deadline);
  });
});

describe('feestdagen.extra and feestdagen.removed', () => {
  const extra = engineFor(contractWith({ feestdagen: { extra: [{ date: '2026-03-03', name: 'Bedrijfsuitje' }] } }));
  const removed = engineFor(contractWith({ feestdagen: { removed: ['2026-04-27'] } }));
  it.each([
    // Tue 3 Mar closed: Mon 10:00 -> Wed 10:00 = Mon 10h + Wed 2h
    { name: 'extra closure Tue 3 Mar 2026: Mon 10:00 -> Wed 10:00 (12h)', engine: extra, registered: '2026-03-02 10:00', clockStart: '2026-03-02 10:00', deadline: '2026-03-04 10:00', targetMs: 12 * HOUR },
    { name: 'registered on the extra closure day: starts Wed 08:00, 9h reached Wed 17:00', engine: extra, registered: '2026-03-03 10:00', clockStart: '2026-03-04 08:00', deadline: '2026-03-04 17:00', targetMs: 9 * HOUR },
    // Koningsdag 2026 removed: Fri 16:59 -> Mon 16:59 = 1m + 8h59
    { name: 'Koningsdag 2026 removed: Fri 24 Apr 16:59 -> Mon 27 Apr 16:59 (9h)', engine: removed, registered: '2026-04-24 16:59', clockStart: '2026-04-24 16:59', deadline: '2026-04-27 16:59', targetMs: 9 * HOUR },
    { name: 'Koningsdag 2026 removed: registered Mon 27 Apr 10:00 starts at once, Tue 10:00 = 10h + 2h', engine: removed, registered: '2026-04-27 10:00', clockStart: '2026-04-27 10:00', deadline: '2026-04-28 10:00', targetMs: 12 * HOUR },
    { name: 'default: Koningsdag closed, Fri 24 Apr 16:59 -> Tue 28 Apr 16:59', engine: undefined, registered: '2026-04-24 16:59', clockStart: '2026-04-24 16:59', deadline: '2026-04-28 16:59', targetMs: 9 * HOUR },
  ])('$name', ({ engine, registered, clockStart, deadline, targetMs }) => {
    const e = judge({ registered, channel: 'email' }, ASOF, engine);
    expect(local(e.clockStart)).toBe(clockStart);
    expect(local(e.deadline)).toBe(deadline);
    expect(e.targetMs).toBe(targetMs);
  });
  it('extra closure Tue 3 Mar skipped by Intramed Online 4 uur: Mon 2 Mar 18:00 -> 2h Mon + 2h Wed = Wed 10:00', () => {
    const e = judge({ product: 'intramed-online', registered: '2026-03-02 18:00', resolved: '2026-03-04 09:59' }, ASOF, extra);
    expect(local(e.deadline)).toBe('2026-03-04 10:00');
    expect(e.hersteltijdMs).toBe(4 * HOUR - MINUTE);
    expect(e.status).toBe('met');
  });
});

describe('feestdagen.goedeVrijdag and feestdagen.gelijkgesteld (Algemene termijnenwet art. 3 lid 2 and 3)', () => {
  // Intramed niveau 1 (1 werkdag), Thu 2 Apr 2026 19:00. Goede Vrijdag is 3 Apr, Tweede Paasdag 6 Apr.
  const withoutGoedeVrijdag = engineFor(contractWith({ feestdagen: { goedeVrijdag: false } }));
  // Friday 15 May 2026, the day after Hemelvaartsdag, as an equated day (the reference is an example).
  const equated = engineFor(contractWith({ feestdagen: { gelijkgesteld: [{ date: '2026-05-15', name: 'Vrijdag na Hemelvaartsdag', staatscourant: 'Stcrt. voorbeeld' }] } }));
  it.each([
    { name: 'default (lid 2): Goede Vrijdag closed, Thu 19:00 -> Tue 7 Apr 17:00 = 1h + 9h', engine: undefined, registered: '2026-04-02 19:00', deadline: '2026-04-07 17:00', targetMs: 10 * HOUR },
    { name: 'goedeVrijdag: false: open on Goede Vrijdag, Thu 19:00 -> Fri 3 Apr 17:00 = 1h + 9h', engine: withoutGoedeVrijdag, registered: '2026-04-02 19:00', deadline: '2026-04-03 17:00', targetMs: 10 * HOUR },
    // Wed 13 May 12:00: Thu 14 May Hemelvaartsdag; with Fri 15 May equated the next werkdag is Mon 18 May: Wed 5h + Mon 4h.
    { name: 'gelijkgesteld (lid 3) Fri 15 May: Wed 13 May 12:00 -> Mon 18 May 12:00 = 5h + 4h', engine: equated, registered: '2026-05-13 12:00', deadline: '2026-05-18 12:00', targetMs: 9 * HOUR },
    { name: 'without it, Fri 15 May is open: Wed 13 May 12:00 -> Fri 15 May 12:00 = 5h + 4h', engine: undefined, registered: '2026-05-13 12:00', deadline: '2026-05-15 12:00', targetMs: 9 * HOUR },
  ])('$name', ({ engine, registered, deadline, targetMs }) => {
    const e = judge({ registered, channel: 'email' }, ASOF, engine);
    expect(local(e.deadline)).toBe(deadline);
    expect(e.targetMs).toBe(targetMs);
  });
  it('an equated day without its Staatscourant publication is invalid contract content', () => {
    expect(() => slaFrontmatterSchema.parse(contractWith({ feestdagen: { gelijkgesteld: [{ date: '2026-05-15', name: 'Vrijdag na Hemelvaartsdag' } as never] } }))).toThrow(/staatscourant/);
  });
});
