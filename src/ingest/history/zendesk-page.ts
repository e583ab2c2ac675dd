// Zendesk's saved API pages, as the documentation and public client libraries show them:
//
// - Incremental Ticket Export, cursor based (GET /api/v2/incremental/tickets/cursor.json):
//   `{ "tickets": [...], "after_cursor": "...", "end_of_stream": false }`, with
//   `include=organizations` also `"organizations": [...]`. A ticket has `id`,
//   `created_at`, `updated_at`, `status` (new, open, pending, hold, solved, closed;
//   `deleted` for a deleted ticket), `priority`, `type`, `via.channel`,
//   `organization_id` and `custom_fields: [{ "id": ..., "value": ... }]`.
// - Incremental Ticket Event Export (GET /api/v2/incremental/ticket_events.json):
//   `{ "ticket_events": [...] }`, each an audit with `id`, `ticket_id`, `timestamp`
//   (Unix seconds), `created_at` and `child_events`. A field change is a child with
//   `"event_type": "Change"`, the new value under the field's own name and
//   `previous_value`: `{ "event_type": "Change", "status": "pending", "previous_value": "open" }`;
//   a value set on creation is `"event_type": "Create"`. The Ticket Audits API (and
//   exports made from it) writes the same change as `{ "type": "Change",
//   "field_name": "status", "value": "pending", "previous_value": "open" }` (Zendesk's
//   "Ticket Audit events reference"; zendesk2's TicketChange: field_name, value,
//   previous_value; node-zendesk's TicketEvents reads `ticket_events`; Airbyte's
//   test pages show children with `type`): both are read.
// Only status and priority changes are kept; comments and every other child are never looked at.
import type { Zone } from '../../engine/zone.ts';
import { RowError } from '../row-error.ts';
import { FIELD_PRIORITY, FIELD_STATUS } from './event-columns.ts';
import type { HistoryStore } from './history-store.ts';
import { plainText, rawValue } from './json-field.ts';
import { checkedId, instant, mappedTicket } from './ticket-fields.ts';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const idText = (v: unknown): string => (typeof v === 'number' || typeof v === 'string' ? String(v).trim() : '');

export function readZendeskTickets(page: Obj, store: HistoryStore, file: number, zone: Zone): void {
  const f = store.mapping.fields;
  if (Array.isArray(page.organizations)) {
    for (const org of page.organizations) {
      if (!isObj(org) || idText(org.id) === '') continue;
      const clientId = f.clientId.organization !== undefined ? rawValue(f.clientId, undefined, org) : '';
      const clientName = f.clientName?.organization !== undefined ? rawValue(f.clientName, undefined, org) : '';
      store.organization(idText(org.id), { clientId, clientName });
    }
  }
  (page.tickets as unknown[]).forEach((t, k) => {
    const item = k + 1;
    const rawId = isObj(t) ? idText(t.id) : '';
    let id: string | undefined;
    try {
      if (!isObj(t)) throw new RowError('missing-value', 'id', '');
      id = store.mapping.idPrefix + checkedId(rawId, 'id');
      const ticket = mappedTicket(store.mapping, t, { id, registeredAt: t.created_at, updatedAt: t.updated_at, status: plainText(t.status), resolutionDate: null, orgId: idText(t.organization_id) || null, file, item }, zone);
      store.note(ticket.updatedAt ?? ticket.registeredAt);
      store.ticket(ticket);
    } catch (e) {
      if (!(e instanceof RowError)) throw e;
      store.rejectTicket(id ?? (rawId ? store.mapping.idPrefix + rawId : undefined), file, item, e);
    }
  });
}

/** The field, new value and previous value of a child event that changes or sets status or priority; null for any other. */
export function fieldChange(child: unknown): { field: number; to: string; from: string | null; create: boolean } | null {
  if (!isObj(child)) return null;
  const kind = child.event_type ?? child.type;
  if (kind !== 'Change' && kind !== 'Create') return null;
  const create = kind === 'Create';
  let name: string;
  let value: unknown;
  if (typeof child.field_name === 'string') {
    name = child.field_name;
    value = child.value;
  } else if ('status' in child) {
    name = 'status';
    value = child.status;
  } else if ('priority' in child) {
    name = 'priority';
    value = child.priority;
  } else return null;
  if (name !== 'status' && name !== 'priority') return null;
  const from = create || child.previous_value === undefined || child.previous_value === null ? null : plainText(child.previous_value);
  return { field: name === 'status' ? FIELD_STATUS : FIELD_PRIORITY, to: plainText(value), from, create };
}

export function readZendeskEvents(page: Obj, store: HistoryStore, file: number, zone: Zone): void {
  (page.ticket_events as unknown[]).forEach((audit, k) => {
    const item = k + 1;
    if (!isObj(audit) || !Array.isArray(audit.child_events)) return;
    const changes = audit.child_events.map(fieldChange).filter((c) => c !== null);
    if (changes.length === 0) return;
    const id = store.mapping.idPrefix + idText(audit.ticket_id);
    let at: number;
    try {
      at = instant(audit.created_at ?? audit.timestamp, 'created_at', zone);
    } catch (e) {
      if (!(e instanceof RowError)) throw e;
      store.rejectEvent(id, file, item, e, changes.length);
      return;
    }
    store.note(at - (at % 60_000));
    const slot = store.slotOf(id);
    audit.child_events.forEach((child, n) => {
      const c = fieldChange(child);
      if (c === null) return;
      // The child's own id; without one, the audit's id and the child's place in it.
      const own = isObj(child) && typeof child.id === 'number' ? child.id : Number(idText(audit.id)) * 1000 + n;
      store.events.push(slot, at, Number.isFinite(own) ? own : NaN, c.field + (c.create ? 2 : 0), c.from, c.to, file, item);
    });
  });
}
