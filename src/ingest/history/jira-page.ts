// Jira Service Management's saved search pages with the changelog
// (GET /rest/api/3/search or /rest/api/3/search/jql with `expand=changelog`):
// `{ "issues": [...] }`, each issue with `key`, `fields` (`created`, `updated`,
// `resolutiondate`, `status: { name, statusCategory: { key } }`, `priority: { name }`,
// `issuetype`, `components`, custom fields `customfield_NNNNN`) and
// `changelog: { startAt, maxResults, total, histories: [{ id, created, items: [{ field,
// fromString, toString }] }] }`. A status change is an item with `field: "status"`, a
// niveau change one with `field: "priority"`. Search returns only part of a long
// changelog (`total` above the histories given): such an issue is set aside, since a
// missing wait cannot be told from none.
import type { Zone } from '../../engine/zone.ts';
import { RowError } from '../row-error.ts';
import { FIELD_PRIORITY, FIELD_STATUS } from './event-columns.ts';
import type { HistoryStore } from './history-store.ts';
import { atPath, plainText } from './json-field.ts';
import { checkedId, instant, mappedTicket } from './ticket-fields.ts';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const text = (v: unknown): string => (typeof v === 'string' || typeof v === 'number' ? String(v).trim() : '');

export function readJiraIssues(page: Obj, store: HistoryStore, file: number, zone: Zone): void {
  (page.issues as unknown[]).forEach((issue, k) => {
    const item = k + 1;
    const rawKey = isObj(issue) ? text(issue.key) : '';
    let id: string | undefined;
    try {
      if (!isObj(issue)) throw new RowError('missing-value', 'key', '');
      id = store.mapping.idPrefix + checkedId(rawKey, 'key');
      const fields = isObj(issue.fields) ? issue.fields : {};
      const status = plainText(atPath(fields, 'status.name'));
      // 4.6 "hersteld": a status in Jira's done category counts as done unless the mapping says otherwise.
      if (plainText(atPath(fields, 'status.statusCategory.key')) === 'done') store.learnDone(status);
      const ticket = mappedTicket(store.mapping, issue, { id, registeredAt: fields.created, updatedAt: fields.updated, status, resolutionDate: fields.resolutiondate, orgId: null, file, item }, zone);
      const histories = isObj(issue.changelog) && Array.isArray(issue.changelog.histories) ? (issue.changelog.histories as unknown[]) : [];
      const changes = readHistories(histories, id, store, file, item, zone);
      const total = isObj(issue.changelog) && typeof issue.changelog.total === 'number' ? issue.changelog.total : histories.length;
      if (total > histories.length) throw new RowError('history-truncated', 'changelog', `${histories.length} van ${total}`);
      // A change that could not be read (changes null) sets the issue aside when all pages are read.
      if (changes !== null) store.note(ticket.updatedAt ?? ticket.registeredAt);
      store.ticket(ticket);
    } catch (e) {
      if (!(e instanceof RowError)) throw e;
      store.rejectTicket(id ?? (rawKey ? store.mapping.idPrefix + rawKey : undefined), file, item, e);
    }
  });
}

/** Pushes the issue's status and priority changes; null when one could not be read (it is set aside, and the issue with it). */
function readHistories(histories: unknown[], id: string, store: HistoryStore, file: number, item: number, zone: Zone): number | null {
  let count = 0;
  for (const h of histories) {
    if (!isObj(h) || !Array.isArray(h.items)) continue;
    const items = h.items.filter((i): i is Obj => isObj(i) && (i.field === 'status' || i.field === 'priority'));
    if (items.length === 0) continue;
    let at: number;
    try {
      at = instant(h.created, 'changelog.histories.created', zone);
    } catch (e) {
      if (!(e instanceof RowError)) throw e;
      store.rejectEvent(id, file, item, e, items.length);
      return null;
    }
    const slot = store.slotOf(id);
    const hid = Number(text(h.id));
    h.items.forEach((i, n) => {
      if (!isObj(i) || (i.field !== 'status' && i.field !== 'priority')) return;
      // One history holds several items under one id: the item's place keeps them apart.
      const eventId = Number.isFinite(hid) && text(h.id) !== '' ? hid * 1000 + n : NaN;
      const from = i.fromString === null || i.fromString === undefined ? null : text(i.fromString);
      store.events.push(slot, at, eventId, i.field === 'status' ? FIELD_STATUS : FIELD_PRIORITY, from, text(i.toString), file, item);
      count++;
    });
  }
  return count;
}
