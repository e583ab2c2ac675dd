// `sla-rapport calendar`: the dienstvenster of every day (4.1, 4.4), checked
// against dates worked out by hand for 2025 and 2026.
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli.ts';

describe('sla-rapport calendar --format json', () => {
  const run = cli(['calendar', '--year', '2026', '--format', 'json']);
  const days = JSON.parse(run.stdout) as { date: string; open: string | null; close: string | null; closed?: string }[];
  const day = (date: string) => days.find((d) => d.date === date);

  it('lists every day of the year', () => {
    expect(run.status).toBe(0);
    expect(days).toHaveLength(365);
    expect(days[0].date).toBe('2026-01-01');
    expect(days.at(-1)!.date).toBe('2026-12-31');
  });

  it.each([
    ['Koningsdag on Monday 27 April', '2026-04-27', { date: '2026-04-27', open: null, close: null, closed: 'Koningsdag' }],
    ['an ordinary Tuesday', '2026-04-28', { date: '2026-04-28', open: '08:00', close: '17:00' }],
    ['an ordinary Thursday opens till 20:00', '2026-04-30', { date: '2026-04-30', open: '08:00', close: '20:00' }],
    ['5 mei is closed every year (not only in lustrum years)', '2026-05-05', { date: '2026-05-05', open: null, close: null, closed: '5 mei' }],
    ['Goede Vrijdag is an erkende feestdag (Algemene termijnenwet art. 3 lid 2)', '2026-04-03', { date: '2026-04-03', open: null, close: null, closed: 'Goede Vrijdag' }],
    ['Tweede Paasdag', '2026-04-06', { date: '2026-04-06', open: null, close: null, closed: 'Tweede Paasdag' }],
    ['Hemelvaartsdag (Easter + 39)', '2026-05-14', { date: '2026-05-14', open: null, close: null, closed: 'Hemelvaartsdag' }],
    ['Tweede Pinksterdag', '2026-05-25', { date: '2026-05-25', open: null, close: null, closed: 'Tweede Pinksterdag' }],
    ['Saturday', '2026-04-25', { date: '2026-04-25', open: null, close: null, closed: 'weekend' }],
    ['Tweede Kerstdag on a Saturday', '2026-12-26', { date: '2026-12-26', open: null, close: null, closed: 'Tweede Kerstdag' }],
    ['the Monday after the spring DST switch is an ordinary Monday', '2026-03-30', { date: '2026-03-30', open: '08:00', close: '20:00' }],
  ])('%s', (_name, date, expected) => {
    expect(day(date)).toEqual(expected);
  });

  it('has 253 open days: 261 weekdays less 8 feestdagen on weekdays', () => {
    // 2026 starts on a Thursday: 52 weeks + 1 Thursday = 261 weekdays. Weekday feestdagen:
    // 1 Jan (Thu), Goede Vrijdag 3 Apr, 6 Apr, 27 Apr, 5 May, 14 May, 25 May, 25 Dec (Fri); 26 Dec is a Saturday.
    expect(days.filter((d) => d.open !== null)).toHaveLength(253);
  });
});

describe('sla-rapport calendar, other years and forms', () => {
  it('Koningsdag 2025 falls on Saturday 26 April because 27 April is a Sunday', () => {
    const days = JSON.parse(cli(['calendar', '--year', '2025']).stdout);
    expect(days.find((d: { date: string }) => d.date === '2025-04-26')).toEqual({ date: '2025-04-26', open: null, close: null, closed: 'Koningsdag' });
    expect(days.find((d: { date: string }) => d.date === '2025-04-28')).toEqual({ date: '2025-04-28', open: '08:00', close: '20:00' });
  });

  it('text form: one line a day with weekday and window', () => {
    const r = cli(['calendar', '--year', '2026', '--format', 'text']);
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(365);
    expect(lines).toContain('2026-04-27 ma  gesloten (Koningsdag)');
    expect(lines).toContain('2026-04-30 do  08:00-20:00');
  });

  it('a bad year is a usage error', () => {
    expect(cli(['calendar', '--year', 'twintig']).status).toBe(2);
    expect(cli(['calendar', '--year', '1800']).status).toBe(2);
  });
});

describe('the edges of the supported period', () => {
  it.each([['1970', '1970-01-01'], ['2199', '2199-12-31']])('calendar --year %s works', (year, day) => {
    const r = cli(['calendar', '--year', year]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`"date":"${day}"`);
  });
});
