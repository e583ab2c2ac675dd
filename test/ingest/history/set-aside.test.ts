// Nothing lost in status histories: every ticket item ends judged, set aside or
// merged, and every status or priority change read ends with a ticket, as a
// duplicate, with a ticket set aside, or set aside itself, each with file and reason.
import { describe, expect, it } from 'vitest';
import { zone } from '../../../src/engine/zone.ts';
import { loadHistoryMappings } from '../../../src/ingest/history/mapping.ts';
import { readHistory } from '../../../src/ingest/history/read-history.ts';
import { audit, change, created, eventsPage, pageFolder, ticketsPage, zTicket } from './pages.ts';

const mappings = loadHistoryMappings('data/mappings');
const read = (dir: string) => readHistory(dir, { mappings, zone: zone('Europe/Amsterdam'), displayName: (p) => p.replace(/^.*\//, '') });

describe('set aside from Zendesk pages', () => {
  const dir = pageFolder({
    'tickets.json': ticketsPage([
      zTicket(1, '2026-03-02T08:00:00Z', 'solved'),
      // No creation time.
      zTicket(2, '', 'open'),
      // A status the mapping does not know.
      zTicket(3, '2026-03-02T08:00:00Z', 'escalated'),
      // A change whose previous value is not the status before it: a change is missing.
      zTicket(4, '2026-03-02T08:00:00Z', 'solved'),
      // Solved now (and the page is newer than its history), but the history never reached solved.
      zTicket(5, '2026-03-02T08:00:00Z', 'solved', { updated_at: '2026-03-03T08:00:00Z' }),
      // Pending now, and no change of it read at all: its event pages are missing, not a wait since its creation.
      zTicket(8, '2026-03-02T08:00:00Z', 'pending'),
    ]),
    'events.json': eventsPage([
      audit(1, '2026-03-02T09:00:00Z', [change('solved', 'open')]),
      audit(2, '2026-03-02T09:00:00Z', [change('pending', 'open')]),
      audit(3, '2026-03-02T09:00:00Z', [change('escalated', 'open')]),
      audit(4, '2026-03-02T09:00:00Z', [change('pending', 'open')]),
      audit(4, '2026-03-02T10:00:00Z', [change('solved', 'hold')]),
      audit(5, '2026-03-02T08:00:00Z', [created('open')]),
      // A ticket that is in no ticket page.
      audit(99, '2026-03-02T09:00:00Z', [change('pending', 'open')]),
    ]),
    // A page cut off in the middle of writing it.
    'cut.json': '{"tickets": [{"id": 6, "created_at": "2026-03-0',
    // A fetch's own state file: no page, listed as skipped.
    'state.json': { cursor: 'abc' },
  });
  const data = read(dir);
  const byReason = Object.fromEntries(data.setAside.map((r) => [r.reason, r]));

  it('each reason with the file, the item and the ticket', () => {
    expect(byReason['invalid-page']).toMatchObject({ file: 'cut.json', line: 1, scope: 'page' });
    expect(byReason['missing-value']).toMatchObject({ file: 'tickets.json', line: 2, column: 'created_at', ticketId: 'ZD-2', scope: 'ticket' });
    expect(byReason['unknown-status']).toMatchObject({ file: 'tickets.json', line: 3, ticketId: 'ZD-3', value: 'escalated', scope: 'ticket' });
    expect(byReason['status-history-gap']).toMatchObject({ file: 'tickets.json', line: 4, ticketId: 'ZD-4', value: 'hold (verwacht pending)' });
    expect(data.setAside.find((r) => r.ticketId === 'ZD-5')).toMatchObject({ reason: 'history-incomplete', file: 'tickets.json', line: 5, ticketId: 'ZD-5', value: 'open (ticket: solved)' });
    expect(data.setAside.find((r) => r.ticketId === 'ZD-8')).toMatchObject({ reason: 'history-incomplete', line: 6, value: 'pending (geen statuswijzigingen gelezen)' });
    expect(byReason['unknown-ticket']).toMatchObject({ file: 'events.json', line: 7, ticketId: 'ZD-99', scope: 'event' });
    for (const r of data.setAside) expect(r.message).toMatch(/\S/);
    expect(data.skipped).toEqual([expect.stringMatching(/state\.json$/)]);
  });

  it('tickets and changes reconcile', () => {
    // Ticket items: 6 read (the cut page is set aside as a page) = 1 record + 5 set aside.
    expect(data.records.map((r) => r.ticket.id)).toEqual(['ZD-1']);
    expect(data.ticketRows).toBe(6);
    expect(data.setAside.filter((r) => r.scope === 'ticket')).toHaveLength(5);
    // Changes: 7 read = 1 used (ticket 1) + 5 with tickets set aside (ticket 2: 1, 3: 1, 4: 2, 5: 1) + 1 set aside (ticket 99).
    expect(data.events).toEqual({ read: 7, used: 1, duplicates: 0, ofSetAsideTickets: 5, setAside: 1 });
  });
});
