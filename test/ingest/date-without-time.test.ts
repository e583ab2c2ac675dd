// A timestamp column holding only a date ("15-10-2025") sets the row aside as
// date-without-time, with its value; it is never read as 00:00 (which would start a
// niveau 1 clock hours before the call came in).
import { describe, expect, it } from 'vitest';
import { judgeData } from '../../src/pipeline/judge-data.ts';

const judge = (file: string) => judgeData({ sla: 'content/sla', tickets: file, releases: null }, '2026-04-01');

describe('date without a time', () => {
  it('TOPdesk export (test/fixtures/exports/topdesk-dutch-excel.csv): lines 6 and 7, registration and resolution', async () => {
    const data = await judge('test/fixtures/exports/topdesk-dutch-excel.csv');
    expect(data.setAside.filter((s) => s.reason === 'date-without-time').map((s) => [s.line, s.column, s.value, s.ticketId])).toEqual([
      [6, 'Aanmelddatum', '15-10-2025', 'TD-I 5'],
      [7, 'Gereed', '03-03-2026', 'TD-I 6'],
    ]);
    expect(data.judged.map((j) => j.record.ticket.id)).not.toContain('TD-I 5');
  });

  it('canonical tickets.csv (test/fixtures/canonical/tickets-date-only.csv): D1 and D2 set aside, D3 judged', async () => {
    const data = await judge('test/fixtures/canonical/tickets-date-only.csv');
    expect(data.setAside.map((s) => [s.line, s.reason, s.column, s.value])).toEqual([
      [2, 'date-without-time', 'registered_at', '2025-10-15'],
      [3, 'date-without-time', 'resolved_at', '16-10-2025'],
    ]);
    expect(data.judged.map((j) => j.record.ticket.id)).toEqual(['D3']);
  });

  it('--as-of still takes a date alone as the start of that day (a person typing a report moment)', async () => {
    const data = await judge('test/fixtures/canonical/tickets-date-only.csv');
    expect(new Date(data.asOf).toISOString()).toBe('2026-03-31T22:00:00.000Z');
  });
});
