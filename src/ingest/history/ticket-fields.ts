// The mapped fields of one ticket (Zendesk) or issue (Jira) page item, and the
// instants the helpdesk writes (ISO 8601 with an offset, or Unix seconds).
import { niveaus, productIds, ticketTypes } from '../../contract/schema.ts';
import { channels } from '../../engine/ticket.ts';
import type { Zone } from '../../engine/zone.ts';
import { nfc } from '../look-alike.ts';
import { isUnsafeId, requireVisibleId, RowError } from '../row-error.ts';
import { cleanSubject } from '../subject.ts';
import { parseTimestamp } from '../timestamp.ts';
import { visibleName } from '../visible.ts';
import type { HistoryTicket } from './history-store.ts';
import { mapped, rawValue } from './json-field.ts';
import type { FieldSource, HistoryMapping } from './mapping.ts';

/**
 * The instant of a timestamp as the API writes it, to the millisecond (to order
 * changes inside one minute); `field` names it in a message. Missing: `missing-value`.
 */
export function instant(value: unknown, field: string, zone: Zone): number {
  if (typeof value === 'number' && Number.isFinite(value)) return value * 1000;
  const text = typeof value === 'string' ? value.trim() : '';
  if (text === '') throw new RowError('missing-value', field, '');
  const r = parseTimestamp(text, zone, 'reject');
  if (!r.ok) throw new RowError(r.reason, field, text);
  // parseTimestamp reads to the minute; the seconds only order changes within it.
  const precise = Date.parse(text);
  return Number.isFinite(precise) && precise - (precise % 60_000) === r.ms ? precise : r.ms;
}

/** A ticket or debiteurnummer usable as a key: visible, composed, and (a debiteurnummer) safe as a file name. */
export function checkedId(raw: string, column: string, client = false): string {
  const id = nfc(raw.trim());
  if (id === '') throw new RowError('missing-value', column, '');
  requireVisibleId(id, column);
  if (client && isUnsafeId(id)) throw new RowError('unsafe-id', column, id);
  return id;
}

export interface ItemFacts {
  id: string;
  registeredAt: unknown;
  updatedAt: unknown;
  status: string;
  resolutionDate: unknown;
  orgId: string | null;
  file: number;
  item: number;
}

/** The ticket of a page item through the mapping; throws a RowError naming the field that cannot be read. */
export function mappedTicket(m: HistoryMapping, item: unknown, facts: ItemFacts, zone: Zone): HistoryTicket {
  const f = m.fields;
  const read = <T extends string | number>(s: FieldSource, allowed: readonly T[], reason: string) => mapped<T>(s, rawValue(s, item, undefined), allowed, reason);
  const orgBased = f.clientId.organization !== undefined;
  const registeredAt = instant(facts.registeredAt, 'created_at', zone);
  const updated = facts.updatedAt === undefined || facts.updatedAt === null ? null : instant(facts.updatedAt, 'updated_at', zone);
  const resolution = facts.resolutionDate === undefined || facts.resolutionDate === null ? null : instant(facts.resolutionDate, 'resolutiondate', zone);
  const minute = (ms: number) => ms - (ms % 60_000);
  const ticket: HistoryTicket = {
    id: facts.id,
    product: read(f.product, productIds, 'unknown-product'),
    type: read(f.type, ticketTypes, 'unknown-type'),
    niveau: read(f.niveau, niveaus, 'unknown-niveau'),
    reportedNiveau: f.reportedNiveau === undefined || rawValue(f.reportedNiveau, item, undefined) === '' ? null : read(f.reportedNiveau, niveaus, 'unknown-niveau'),
    channel: read(f.channel, channels, 'unknown-channel'),
    registeredAt: minute(registeredAt),
    updatedAt: updated === null ? null : minute(updated),
    status: facts.status,
    resolutionDate: resolution === null ? null : minute(resolution),
    clientId: orgBased ? null : checkedId(rawValue(f.clientId, item, undefined), 'clientId', true),
    clientName: orgBased || f.clientName === undefined ? null : visibleName(nfc(rawValue(f.clientName, item, undefined))),
    orgId: orgBased ? facts.orgId : null,
    file: facts.file,
    item: facts.item,
  };
  if (f.subject !== undefined) {
    const subject = cleanSubject(rawValue(f.subject, item, undefined));
    if (subject.text !== '') ticket.subject = subject;
  }
  return ticket;
}
