// The drawn timeline: the clock's segments scaled to the strip, the moments marked.
import { describe, expect, it } from 'vitest';
import { compileContract } from '../../src/engine/contract.ts';
import type { TicketRow } from '../../src/report/build-model.ts';
import { TIMELINE_WIDTH, timelineView } from '../../src/site/timeline-view.ts';
import { contractWith } from '../support/fixture.ts';

const calendar = compileContract(contractWith()).calendar;

/** A ticket row with only what the drawing reads; instants in Amsterdam winter time. */
function row(over: Partial<Record<keyof TicketRow, unknown>>): TicketRow {
  return {
    registeredAt: '2025-03-04T16:00:00+01:00', clockStart: '2025-03-04T16:00:00+01:00', resolvedAt: '2025-03-05T10:00:00+01:00',
    firstResolvedAt: '2025-03-05T10:00:00+01:00', deadline: '2025-03-05T16:00:00+01:00', statusUpdateDue: '2025-03-05T08:30:00+01:00',
    asOf: '2025-03-31T12:00:00+01:00', measure: 'dienstvenster', waits: [], reopenGaps: [], statusUpdates: [], ...over,
  } as unknown as TicketRow;
}

describe('timeline view', () => {
  it('scales registration..deadline to the strip: Tuesday 16:00 to Wednesday 16:00 is 24 hours', () => {
    const view = timelineView(row({}), calendar);
    const hour = TIMELINE_WIDTH / 24;
    // Running Tue 16-17 and Wed 08-10; resolved at 18 hours of 24.
    expect(view.paths).toEqual([{ kind: 'running', d: `M0 14h${hour}v20h-${hour}zM${16 * hour} 14h${2 * hour}v20h-${2 * hour}z` }]);
    expect(view.outside).toEqual({ x: 0, width: 18 * hour });
    expect(view.marks.map((m) => [m.kind, m.x])).toEqual([
      ['clock-start', 0],
      ['status-update-due', 16.5 * hour],
      ['deadline', TIMELINE_WIDTH],
      ['resolved', 18 * hour],
    ]);
  });

  it('marks when the report to the client is due (4.6), widening the strip when it lies beyond the end', () => {
    // Registered Tue 16:00, open as of Tue 16:30; the report is due at Tuesday's 17:00 close, one
    // hour after the registration: the strip runs to 17:00 and the mark sits at its end.
    const view = timelineView(
      row({ resolvedAt: null, firstResolvedAt: null, deadline: null, statusUpdateDue: null, asOf: '2025-03-04T16:30:00+01:00', clientReportDue: '2025-03-04T17:00:00+01:00' }),
      calendar,
    );
    expect(view.marks.map((m) => [m.kind, m.x])).toEqual([['clock-start', 0], ['client-report-due', TIMELINE_WIDTH], ['as-of', TIMELINE_WIDTH / 2]]);
  });

  it('marks the report moment for an open ticket, and a wait for the client', () => {
    const view = timelineView(
      row({ resolvedAt: null, firstResolvedAt: null, deadline: null, statusUpdateDue: null, asOf: '2025-03-05T10:00:00+01:00', waits: [['2025-03-05T08:30:00+01:00', '2025-03-05T09:00:00+01:00']] }),
      calendar,
    );
    expect(view.paths.map((p) => p.kind)).toEqual(['running', 'waiting']);
    expect(view.marks.map((m) => m.kind)).toEqual(['clock-start', 'as-of']);
    expect(view.marks.at(-1)!.x).toBe(TIMELINE_WIDTH);
  });
});
