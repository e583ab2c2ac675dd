// The same ticket in two overlapping exports is judged once: the row with the
// latest update wins, the others are counted as duplicates merged.
//
// "Latest update" is the source's own last-change column (Zendesk `Updated at`,
// Jira `Updated`, TOPdesk `Datum wijziging`); a source without one counts the
// latest moment the row itself carries (its last event, else its resolution,
// else its registration). On a tie the file given later wins (a later export),
// then the later line. Duplicates inside one file are not merged but set aside
// (`duplicate-id`): one export is one snapshot, a repeat in it is an error.
//
// When the merged rows name different debiteurnummers or products, the ticket
// leaves one client's (or product's) figures: a `duplicate-other-client` warning
// names the id, both rows and both values, so a person can check which is right.
import type { TicketRecord } from './canonical.ts';
import type { DataWarning } from './data-warning.ts';

export interface MergedDuplicate {
  ticketId: string;
  /** The row that was merged away. */
  file: string;
  line: number;
  /** The row that was kept. */
  keptFile: string;
  keptLine: number;
}

export interface Merged {
  records: TicketRecord[];
  merged: MergedDuplicate[];
  /** Event rows that belonged to a merged-away ticket row. */
  mergedEventRows: number;
  /** One per merge whose rows name different debiteurnummers or products. */
  warnings: DataWarning[];
}

export function latestUpdate(record: TicketRecord): number {
  if (record.updatedAt !== undefined && record.updatedAt !== null) return record.updatedAt;
  const t = record.ticket;
  let latest = t.resolvedAt ?? t.registeredAt;
  if (t.events.length) latest = Math.max(latest, t.events[t.events.length - 1].at);
  return latest;
}

/** Sources in the order their files were given; within each, ids are unique. */
export function mergeDuplicates(sources: TicketRecord[][]): Merged {
  const nonEmpty = sources.filter((s) => s.length > 0);
  if (nonEmpty.length <= 1) return { records: nonEmpty[0] ?? [], merged: [], mergedEventRows: 0, warnings: [] };
  const byId = new Map<string, TicketRecord>();
  const merged: MergedDuplicate[] = [];
  const warnings: DataWarning[] = [];
  let mergedEventRows = 0;
  for (const source of nonEmpty) {
    for (const record of source) {
      const id = record.ticket.id;
      const held = byId.get(id);
      if (held === undefined) {
        byId.set(id, record);
        continue;
      }
      // Later source on a tie: >= keeps the newcomer.
      const newer = latestUpdate(record) >= latestUpdate(held);
      const [kept, dropped] = newer ? [record, held] : [held, record];
      byId.set(id, kept);
      merged.push({ ticketId: id, file: dropped.file, line: dropped.line, keptFile: kept.file, keptLine: kept.line });
      mergedEventRows += dropped.ticket.events.length;
      const warning = otherClientWarning(kept, dropped);
      if (warning !== null) warnings.push(warning);
    }
  }
  return { records: [...byId.values()], merged, mergedEventRows, warnings };
}

/** The warning at the merged-away row when it names another debiteurnummer or product than the row kept; else null. */
export function otherClientWarning(kept: TicketRecord, dropped: TicketRecord): DataWarning | null {
  const [k, d] = [kept.ticket, dropped.ticket];
  const differs: string[] = [];
  const where = (r: TicketRecord) => `${r.file}:${r.line}`;
  if (k.clientId !== d.clientId) differs.push(`debiteurnummer "${d.clientId}" (${where(dropped)}) en "${k.clientId}" (${where(kept)})`);
  if (k.product !== d.product) differs.push(`product ${d.product} (${where(dropped)}) en ${k.product} (${where(kept)})`);
  if (differs.length === 0) return null;
  return {
    file: dropped.file,
    line: dropped.line,
    code: 'duplicate-other-client',
    message:
      `ticketnummer "${k.id}" staat in twee exports met verschillende gegevens: ${differs.join('; ')}. ` +
      `Alleen de rij met de laatste wijziging (${where(kept)}) is beoordeeld, bij debiteurnummer "${k.clientId}" en product ${k.product}; ` +
      `controleer welke klant juist is.`,
  };
}
