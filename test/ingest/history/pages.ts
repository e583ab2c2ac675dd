// Hand-made helpdesk API pages for the history tests, written as the APIs write
// them (see src/ingest/history/zendesk-page.ts and jira-page.ts), into a fresh folder.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const PRODUCT_FIELD = 360001234567;

/** A folder holding the pages (file name -> JSON value, or raw text for a broken page). */
export function pageFolder(pages: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'sla-history-'));
  for (const [name, body] of Object.entries(pages)) writeFileSync(join(dir, name), typeof body === 'string' ? body : JSON.stringify(body));
  return dir;
}

/** A Zendesk ticket of the Incremental Ticket Export (organization 1 is side-loaded by `ticketsPage`). */
export function zTicket(id: number, created: string, status: string, extra: Record<string, unknown> = {}) {
  return {
    id, created_at: created, updated_at: created, status, priority: 'urgent', type: 'incident', via: { channel: 'email' },
    organization_id: 1, custom_fields: [{ id: PRODUCT_FIELD, value: 'intramed_online' }], ...extra,
  };
}

export function ticketsPage(tickets: unknown[]) {
  return { tickets, organizations: [{ id: 1, name: 'Praktijk Zuid' }], after_cursor: null, end_of_stream: true };
}

let nextId = 1000;
/** An audit of the Incremental Ticket Event Export with its child events (each given an id unless it has one). */
export function audit(ticketId: number, at: string, children: Record<string, unknown>[]) {
  const id = nextId++;
  return { id, ticket_id: ticketId, created_at: at, timestamp: Date.parse(at) / 1000, event_type: 'Audit', child_events: children.map((c, k) => ({ id: id * 10 + k, ...c })) };
}

/** A status change in the event export's form and in the Ticket Audits API's form. */
export const change = (to: string, from: string) => ({ event_type: 'Change', status: to, previous_value: from });
export const auditChange = (field: string, to: string, from: string) => ({ type: 'Change', field_name: field, value: to, previous_value: from });
export const created = (status: string) => ({ event_type: 'Create', status });

export function eventsPage(audits: unknown[]) {
  return { ticket_events: audits, end_of_stream: true };
}

/** A Jira issue of a search page with its changelog; `total` above the histories given marks a cut-off changelog. */
export function jiraIssue(key: string, created: string, status: string, histories: { at: string; items: { field: string; from: string; to: string }[] }[], total = histories.length) {
  return {
    key, id: key.replace(/\D/g, ''),
    fields: {
      created, updated: histories.at(-1)?.at ?? created, resolutiondate: null,
      status: { name: status, statusCategory: { key: status === 'Done' ? 'done' : 'indeterminate' } },
      priority: { name: 'Highest' }, issuetype: { name: 'Incident' }, components: [{ name: 'Intramed Online' }],
      customfield_10002: [{ id: '7', name: 'Praktijk Zuid' }], customfield_10050: { value: 'email' },
    },
    changelog: {
      startAt: 0, maxResults: histories.length, total,
      histories: histories.map((h, k) => ({ id: String(500 + k), created: h.at, items: h.items.map((i) => ({ field: i.field, fromString: i.from, toString: i.to })) })),
    },
  };
}
