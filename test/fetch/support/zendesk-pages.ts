// Zendesk pages in the documented shapes (developer.zendesk.com, Incremental Exports):
// cursor-based ticket pages and time-based ticket event pages, small enough to count by
// hand. Page n of the tickets holds tickets 10n+1 and 10n+2.
import type { Answer, Seen } from './fake-helpdesk.ts';

export const EMAIL = 'beheer@praktijk.example';
export const TOKEN = 'zd-SECRET-token-4711';
/** Basic base64("beheer@praktijk.example/token:zd-SECRET-token-4711"), worked out with `printf ... | base64`. */
export const BASIC = 'Basic YmVoZWVyQHByYWt0aWprLmV4YW1wbGUvdG9rZW46emQtU0VDUkVULXRva2VuLTQ3MTE=';

export function ticketPage(n: number, afterCursor: string | null, endOfStream: boolean) {
  return {
    tickets: [10 * n + 1, 10 * n + 2].map((id) => ({ id, created_at: '2025-10-06T09:00:00Z', updated_at: '2025-10-07T09:00:00Z', status: 'open', priority: 'high', type: 'incident', organization_id: 1 })),
    after_url: afterCursor === null ? null : `https://elders.example/api/v2/incremental/tickets/cursor.json?cursor=${afterCursor}`,
    after_cursor: afterCursor,
    before_url: null,
    before_cursor: null,
    end_of_stream: endOfStream,
  };
}

export function eventPage(startTime: number, endTime: number, endOfStream: boolean) {
  return {
    ticket_events: [
      {
        id: startTime + 1,
        ticket_id: 11,
        timestamp: startTime + 1,
        created_at: new Date((startTime + 1) * 1000).toISOString(),
        updater_id: 7,
        via: 'Web form',
        event_type: 'Audit',
        child_events: [{ id: startTime + 2, via: 'Web form', via_reference_id: null, event_type: 'Change', status: 'pending', previous_value: 'open' }],
      },
    ],
    next_page: `https://elders.example/api/v2/incremental/ticket_events.json?start_time=${endTime}`,
    count: 1,
    end_time: endTime,
    end_of_stream: endOfStream,
  };
}

/** 2025-10-01T00:00 Europe/Amsterdam (= 2025-09-30T22:00Z) in Unix seconds: `date -d 2025-09-30T22:00Z +%s`. */
export const SINCE = 1_759_269_600;
/** end_time of the first and the second event page: 2025-10-09T08:53:20Z and an hour later. */
export const E1 = 1_760_000_000;
export const E2 = E1 + 3600;

/** The usual Zendesk: three ticket pages (cursors c1, c2, then c3 at the end) and two event pages (to E1, then to E2 at the end); after that one more of each. */
export function zendesk(seen: Seen): Answer {
  if (seen.authorization !== BASIC) return { status: 401, json: { error: "Couldn't authenticate you" } };
  if (seen.path === '/api/v2/incremental/tickets/cursor.json') {
    const cursor = seen.query.get('cursor');
    if (cursor === null) return { json: ticketPage(1, 'c1', false) };
    if (cursor === 'c1') return { json: ticketPage(2, 'c2', false) };
    if (cursor === 'c2') return { json: ticketPage(3, 'c3', true) };
    if (cursor === 'c3') return { json: ticketPage(4, null, true) };
  }
  if (seen.path === '/api/v2/incremental/ticket_events.json') {
    const start = Number(seen.query.get('start_time'));
    if (start === E1) return { json: eventPage(E1, E2, true) };
    if (start === E2) return { json: eventPage(E2, E2 + 60, true) };
    return { json: eventPage(start, E1, false) };
  }
  return { status: 404, json: { error: 'InvalidEndpoint' } };
}
