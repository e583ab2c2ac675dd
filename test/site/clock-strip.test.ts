// The drawn timeline: the model's clock segments scaled to the strip, the moments marked.
// Tickets judged by the bundled contract (Intramed Online incident niveau 1: "4 uur"; dienstvenster
// Tue and Wed 08:00-17:00) and read as the report model's row.
import { describe, expect, it } from 'vitest';
import { STRIP_WIDTH, clockStrip } from '../../src/site/clock-strip.ts';
import { rowOf } from '../support/model.ts';

const x = (hours: number, span: number) => Math.round((hours / span) * STRIP_WIDTH * 10) / 10;

describe('timeline view', () => {
  it('scales registration..deadline to the strip: Tuesday 16:00 to Wednesday 11:00 is 19 hours', () => {
    // Clock from Tue 16:00: 1 h to the 17:00 close, then Wed 08:00 on. Half (2 h) Wed 09:00, deadline (4 h)
    // Wed 11:00, resolved Wed 10:00 after 3 h; not resolved on the melding day: report due Tue 17:00 (4.6).
    const view = clockStrip(rowOf({ product: 'intramed-online', registered: '2025-03-04 16:00', resolved: '2025-03-05 10:00' }, '2025-03-31 12:00'));
    const w = (from: number, to: number) => Math.round((x(to, 19) - x(from, 19)) * 10) / 10;
    // Running Tue 16-17 and Wed 08-10.
    expect(view.paths).toEqual([{ kind: 'running', d: `M0 14h${w(0, 1)}v20h-${w(0, 1)}zM${x(16, 19)} 14h${w(16, 18)}v20h-${w(16, 18)}z` }]);
    expect(view.outside).toEqual({ x: 0, width: x(18, 19) });
    expect(view.marks.map((m) => [m.kind, m.x])).toEqual([
      ['clock-start', 0],
      ['status-update-due', x(17, 19)],
      ['client-report-due', x(1, 19)],
      ['deadline', STRIP_WIDTH],
      ['resolved', x(18, 19)],
    ]);
  });

  it('marks the report moment for an open ticket, and a wait for the client', () => {
    // Wed 5 Mar 08:00, waiting 08:30-09:00, open at the peildatum 10:00: 1.5 h consumed. Half (2 h) at 10:30,
    // deadline (4 h) 12:30; report to the client due at the 17:00 close: the strip runs 08:00-17:00, 9 hours.
    const view = clockStrip(rowOf({ product: 'intramed-online', registered: '2025-03-05 08:00',
      events: [['waiting_start', '2025-03-05 08:30'], ['waiting_end', '2025-03-05 09:00']] }, '2025-03-05 10:00'));
    expect(view.paths.map((p) => p.kind)).toEqual(['running', 'waiting']);
    expect(view.marks.map((m) => [m.kind, m.x])).toEqual([
      ['clock-start', 0],
      ['status-update-due', x(2.5, 9)],
      ['client-report-due', STRIP_WIDTH],
      ['deadline', x(4.5, 9)],
      ['as-of', x(2, 9)],
    ]);
  });

  it('ticks the time axis at Amsterdam midnights: Tuesday 16:00 to Wednesday 11:00 crosses one', () => {
    // The first example's strip (19 hours from Tue 4 Mar 16:00): midnight is 8 hours in.
    const view = clockStrip(rowOf({ product: 'intramed-online', registered: '2025-03-04 16:00', resolved: '2025-03-05 10:00' }, '2025-03-31 12:00'));
    expect(view.ticks).toEqual([{ x: x(8, 19), day: '2025-03-05' }]);
  });

  it('no tick inside one day, and at most eight over three weeks (every third day)', () => {
    const sameDay = clockStrip(rowOf({ product: 'intramed-online', registered: '2025-03-05 08:00', resolved: '2025-03-05 10:00' }, '2025-03-31 12:00'));
    expect(sameDay.ticks).toEqual([]);
    // Tue 4 Mar 16:00 to the resolution Tue 25 Mar 10:00 is 20 days 18 hours (498 h): every day would be 20 ticks,
    // every second day 10, every third 7: midnights of 5, 8, 11, 14, 17, 20 and 23 March, 8 + 72k hours in.
    const long = clockStrip(rowOf({ product: 'intramed-online', registered: '2025-03-04 16:00', resolved: '2025-03-25 10:00' }, '2025-03-31 12:00'));
    expect(long.ticks).toEqual([5, 8, 11, 14, 17, 20, 23].map((d, k) => ({ x: x(8 + 72 * k, 498), day: `2025-03-${String(d).padStart(2, '0')}` })));
  });
});
