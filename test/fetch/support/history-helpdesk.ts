// A small Zendesk and a small Jira, served by the fake helpdesk for the end-to-end test
// (fetch, then evaluate): the documented page shapes with status histories whose waits,
// resolutions and reopens are worked out by hand in test/fetch/end-to-end.test.ts.
// All times are October 2025, summer time (CEST, UTC+2): 13:00Z is 15:00 in Amsterdam.
import type { Answer, Seen } from './fake-helpdesk.ts';
import * as jiraLogin from './jira-pages.ts';
import * as zendeskLogin from './zendesk-pages.ts';

const unix = (iso: string) => Date.parse(iso) / 1000;

/** The custom field the shipped mapping (data/mappings/zendesk-api.yaml) reads the product from. */
const PRODUCT_FIELD = 360001234567;
const ORGANIZATIONS = [{ id: 7, name: 'Praktijk Noord', external_id: null, organization_fields: {} }];

function zTicket(id: number, created: string, updated: string, priority: string, product: string, channel: string) {
  return {
    id, url: `https://praktijk.zendesk.example/api/v2/tickets/${id}.json`, created_at: created, updated_at: updated,
    type: 'incident', subject: 'Agenda laadt niet', status: 'solved', priority, organization_id: 7, requester_id: 90,
    via: { channel, source: { from: {}, to: {}, rel: null } }, custom_fields: [{ id: PRODUCT_FIELD, value: product }],
  };
}

/** One audit of the Ticket Event Export; `children` are [event_type, field, value, previous_value]. */
function zAudit(id: number, ticketId: number, at: string, children: [string, string, string, string | null][]) {
  const childEvents = children.map(([type, field, value, previous], k) => ({
    id: id * 10 + k, via: 'Web form', via_reference_id: null, event_type: type, [field]: value, ...(previous === null ? {} : { previous_value: previous }),
  }));
  // A comment is in every real audit; the reader must pass it by.
  childEvents.push({ id: id * 10 + 9, via: 'Web form', via_reference_id: null, event_type: 'Comment', body: 'Zie bijlage.' } as never);
  return { id, ticket_id: ticketId, timestamp: unix(at), created_at: at, updater_id: 90, via: 'Web form', system: {}, metadata: {}, event_type: 'Audit', child_events: childEvents };
}

// ZD-501: Intramed Online, urgent (niveau 1, "4 uur"), Tuesday 7 October 15:00 to Wednesday 11:00, Pending Tuesday 16:00 to Wednesday 09:30.
// ZD-502: Intramed, high (niveau 2, "2 werkdagen"), Thursday 9 October 10:00; On-hold 11:00-13:00; solved 14:00; reopened Friday 10:00; solved 11:00.
const TICKETS = [
  zTicket(501, '2025-10-07T13:00:00Z', '2025-10-08T09:00:00Z', 'urgent', 'intramed_online', 'voice'),
  zTicket(502, '2025-10-09T08:00:00Z', '2025-10-10T09:00:00Z', 'high', 'intramed', 'email'),
];
const AUDITS = [
  zAudit(1, 501, '2025-10-07T13:00:00Z', [['Create', 'status', 'open', null], ['Create', 'priority', 'urgent', null]]),
  zAudit(2, 501, '2025-10-07T14:00:00Z', [['Change', 'status', 'pending', 'open']]),
  zAudit(3, 501, '2025-10-08T07:30:00Z', [['Change', 'status', 'open', 'pending']]),
  zAudit(4, 501, '2025-10-08T09:00:00Z', [['Change', 'status', 'solved', 'open']]),
  zAudit(5, 502, '2025-10-09T08:00:00Z', [['Create', 'status', 'open', null], ['Create', 'priority', 'high', null]]),
  zAudit(6, 502, '2025-10-09T09:00:00Z', [['Change', 'status', 'hold', 'open']]),
  zAudit(7, 502, '2025-10-09T11:00:00Z', [['Change', 'status', 'open', 'hold']]),
  zAudit(8, 502, '2025-10-09T12:00:00Z', [['Change', 'status', 'solved', 'open']]),
  zAudit(9, 502, '2025-10-10T08:00:00Z', [['Change', 'status', 'open', 'solved']]),
  zAudit(10, 502, '2025-10-10T09:00:00Z', [['Change', 'status', 'solved', 'open']]),
];
/** The first event page ends at audit 3's second; the next page starts there and repeats it, as Zendesk's time-based pages do. */
export const EVENTS_END_1 = AUDITS[2].timestamp;

function ticketPage(tickets: unknown[], after: string, end: boolean, organizations: boolean) {
  return {
    tickets, after_url: `https://praktijk.zendesk.example/api/v2/incremental/tickets/cursor.json?cursor=${after}`, after_cursor: after,
    before_url: null, before_cursor: null, end_of_stream: end, ...(organizations ? { organizations: ORGANIZATIONS } : {}),
  };
}

function eventPage(audits: unknown[], endTime: number, end: boolean) {
  return { ticket_events: audits, next_page: `https://praktijk.zendesk.example/api/v2/incremental/ticket_events.json?start_time=${endTime}`, count: audits.length, end_time: endTime, end_of_stream: end };
}

/** Two ticket pages (cursor c1, then the end) and two event pages (to audit 3, then from it to the end). */
export function historyZendesk(seen: Seen): Answer {
  if (seen.authorization !== zendeskLogin.BASIC) return { status: 401, json: { error: "Couldn't authenticate you" } };
  const organizations = seen.query.get('include') === 'organizations';
  if (seen.path === '/api/v2/incremental/tickets/cursor.json') {
    return seen.query.get('cursor') === 'c1' ? { json: ticketPage([TICKETS[1]], 'c2', true, organizations) } : { json: ticketPage([TICKETS[0]], 'c1', false, organizations) };
  }
  if (seen.path === '/api/v2/incremental/ticket_events.json') {
    if (Number(seen.query.get('start_time')) === EVENTS_END_1) return { json: eventPage(AUDITS.slice(2), AUDITS[9].timestamp, true) };
    return { json: eventPage(AUDITS.slice(0, 3), EVENTS_END_1, false) };
  }
  return { status: 404, json: { error: 'InvalidEndpoint' } };
}

/** A Jira issue with its changelog; `histories` are [moment, from, to] status changes. */
function jiraIssue(n: number, created: string, status: string, resolved: string, priority: string, component: string, histories: [string, string, string][]) {
  return {
    expand: 'operations,changelog', id: String(20_000 + n), key: `SUP-${n}`,
    fields: {
      created, updated: histories.at(-1)![0], resolutiondate: resolved, resolution: { name: 'Done' },
      status: { name: status, statusCategory: { key: 'done', name: 'Done' } }, priority: { name: priority }, issuetype: { name: 'Incident' },
      project: { key: 'SUP' }, components: [{ name: component }], labels: [],
      customfield_10002: [{ id: '7', name: 'Praktijk Noord' }], customfield_10050: { value: 'phone' },
    },
    changelog: {
      startAt: 0, maxResults: histories.length, total: histories.length,
      histories: histories.map(([at, from, to], k) => ({
        id: String(n * 100 + k), author: { displayName: 'Servicedesk' }, created: at,
        items: [{ field: 'status', fieldtype: 'jira', from: '1', fromString: from, to: '2', toString: to }],
      })),
    },
  };
}

// SUP-1: Intramed, Highest (niveau 1, "1 werkdag"), Friday 10 October 15:00; Waiting for customer Friday 16:00 to Monday 09:00; Done Monday 12:00.
// SUP-2: Intramed, Low (niveau 3, "5 werkdagen"), Tuesday 14 October 09:00; Waiting for support 10:00-12:00; Done 13:00; reopened Wednesday 09:00; Done 10:00.
const ISSUES = [
  jiraIssue(1, '2025-10-10T15:00:00.000+0200', 'Done', '2025-10-13T12:00:00.000+0200', 'Highest', 'Intramed', [
    ['2025-10-10T16:00:00.000+0200', 'Open', 'Waiting for customer'],
    ['2025-10-13T09:00:00.000+0200', 'Waiting for customer', 'In Progress'],
    ['2025-10-13T12:00:00.000+0200', 'In Progress', 'Done'],
  ]),
  jiraIssue(2, '2025-10-14T09:00:00.000+0200', 'Done', '2025-10-15T10:00:00.000+0200', 'Low', 'Intramed', [
    ['2025-10-14T09:30:00.000+0200', 'Open', 'In Progress'],
    ['2025-10-14T10:00:00.000+0200', 'In Progress', 'Waiting for support'],
    ['2025-10-14T12:00:00.000+0200', 'Waiting for support', 'In Progress'],
    ['2025-10-14T13:00:00.000+0200', 'In Progress', 'Done'],
    ['2025-10-15T09:00:00.000+0200', 'Done', 'In Progress'],
    ['2025-10-15T10:00:00.000+0200', 'In Progress', 'Done'],
  ]),
];

/** Two pages of /rest/api/3/search/jql: SUP-1 (nextPageToken t2), then SUP-2 (isLast). */
export function historyJira(seen: Seen): Answer {
  if (seen.authorization !== jiraLogin.BASIC) return { status: 401, json: { errorMessages: ['Client must be authenticated to access this resource.'] } };
  if (seen.path !== '/rest/api/3/search/jql') return { status: 404, json: { errorMessages: ['not found'] } };
  return seen.query.get('nextPageToken') === 't2' ? { json: { issues: [ISSUES[1]], isLast: true } } : { json: { issues: [ISSUES[0]], nextPageToken: 't2', isLast: false } };
}
