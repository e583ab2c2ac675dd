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
// A ticket read from a helpdesk's status history (exact waits) wins over the same
// ticket from a CSV export (a total wait at most), whatever their updates say;
// when their waits for the client differ by more than WAIT_TOLERANCE_MINUTES, the
// pair is listed (`check` prints it), since one of the two sources is wrong.
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
  /** Tickets whose status history and CSV total wait differ by more than WAIT_TOLERANCE_MINUTES. */
  waitDisagreements: WaitDisagreement[];
}

/**
 * This product's reading of "more than a few minutes": timestamps are read to the
 * minute, so each of a wait's two ends may shift the history's total by up to a
 * minute against the helpdesk's own count; five minutes leaves room for two waits
 * and a rounding, and still catches a wait the other source lacks.
 */
export const WAIT_TOLERANCE_MINUTES = 5;

export interface WaitDisagreement {
  ticketId: string;
  historyMinutes: number;
  totalMinutes: number;
  historyFile: string;
  historyLine: number;
  totalFile: string;
  totalLine: number;
}

const fromHistory = (r: TicketRecord) => r.historyWaitMinutes !== undefined;

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
  if (nonEmpty.length <= 1) return { records: nonEmpty[0] ?? [], merged: [], mergedEventRows: 0, warnings: [], waitDisagreements: [] };
  const byId = new Map<string, TicketRecord>();
  const merged: MergedDuplicate[] = [];
  const warnings: DataWarning[] = [];
  const waitDisagreements: WaitDisagreement[] = [];
  let mergedEventRows = 0;
  for (const source of nonEmpty) {
    for (const record of source) {
      const id = record.ticket.id;
      const held = byId.get(id);
      if (held === undefined) {
        byId.set(id, record);
        continue;
      }
      // A status history wins over an export; else the later source on a tie: >= keeps the newcomer.
      const newer = fromHistory(record) !== fromHistory(held) ? fromHistory(record) : latestUpdate(record) >= latestUpdate(held);
      const [kept, dropped] = newer ? [record, held] : [held, record];
      byId.set(id, kept);
      merged.push({ ticketId: id, file: dropped.file, line: dropped.line, keptFile: kept.file, keptLine: kept.line });
      mergedEventRows += dropped.ticket.events.length;
      const warning = otherClientWarning(kept, dropped);
      if (warning !== null) warnings.push(warning);
      const disagreement = waitDisagreement(kept, dropped);
      if (disagreement !== null) waitDisagreements.push(disagreement);
    }
  }
  return { records: [...byId.values()], merged, mergedEventRows, warnings, waitDisagreements };
}

/** The pair when one record is a status history, the other an export's total wait, and they differ by more than the tolerance. */
function waitDisagreement(a: TicketRecord, b: TicketRecord): WaitDisagreement | null {
  const [history, total] = fromHistory(a) ? [a, b] : [b, a];
  if (!fromHistory(history) || fromHistory(total)) return null;
  // An export without a wait column (Jira CSV) has nothing to compare.
  if (total.waitTotalMinutes === undefined || total.waitTotalMinutes === null) return null;
  // A wait still running has no total yet to compare.
  const starts = history.ticket.events.reduce((n, e) => n + (e.kind === 'waiting_start' ? 1 : e.kind === 'waiting_end' ? -1 : 0), 0);
  if (starts > 0) return null;
  const totalMinutes = total.waitTotalMinutes;
  const historyMinutes = history.historyWaitMinutes!;
  if (Math.abs(historyMinutes - totalMinutes) <= WAIT_TOLERANCE_MINUTES) return null;
  return { ticketId: history.ticket.id, historyMinutes, totalMinutes, historyFile: history.file, historyLine: history.line, totalFile: total.file, totalLine: total.line };
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
