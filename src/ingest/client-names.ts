// One debiteurnummer, one name. Rows of one client may name it differently (a
// practice renamed, a typo in one export): every page and PDF uses one name, by one
// rule, and each difference is a warning naming the names and where they came from.
//
// The rule (this product's choice): among the client's judged tickets, the name on
// the row with the latest registration, as the newest ticket names the practice as
// it is now; on equal registrations the row read later (a later file given, then a
// later line). An empty name never wins over a written one, and is no second name.
import type { TicketRecord } from './canonical.ts';
import type { DataWarning } from './data-warning.ts';

interface Seen {
  /** Where each written (not empty) name was first seen, in the order first seen. */
  names: Map<string, TicketRecord>;
  chosen: TicketRecord;
}

/** For records read from `files` (in the order read): whether `a` was read after `b` (a later file, then a later line). */
export function readOrder(files: readonly string[]): (a: TicketRecord, b: TicketRecord) => boolean {
  const order = new Map(files.map((f, k) => [f, k]));
  return (a, b) => {
    const fa = order.get(a.file) ?? -1;
    const fb = order.get(b.file) ?? -1;
    return fa !== fb ? fa > fb : a.line > b.line;
  };
}

/** Gives every record of a client the chosen name; a warning per client with more than one name. `files`: the files in the order read. */
export function settleClientNames(records: readonly TicketRecord[], files: readonly string[]): DataWarning[] {
  const readAfter = readOrder(files);
  const clients = new Map<string, Seen>();
  for (const record of records) {
    const { clientId, clientName, registeredAt } = record.ticket;
    const seen = clients.get(clientId);
    if (seen === undefined) {
      clients.set(clientId, { names: new Map(clientName === '' ? [] : [[clientName, record]]), chosen: record });
      continue;
    }
    if (clientName === '') continue;
    if (!seen.names.has(clientName)) seen.names.set(clientName, record);
    const chosen = seen.chosen.ticket;
    const later = registeredAt > chosen.registeredAt || (registeredAt === chosen.registeredAt && readAfter(record, seen.chosen));
    if (chosen.clientName === '' || later) seen.chosen = record;
  }
  for (const record of records) {
    const name = clients.get(record.ticket.clientId)!.chosen.ticket.clientName;
    if (record.ticket.clientName !== name) record.ticket.clientName = name;
  }
  const warnings: DataWarning[] = [];
  for (const [clientId, seen] of clients) {
    if (seen.names.size === 1) continue;
    const name = seen.chosen.ticket.clientName;
    const listed = [...seen.names].map(([n, r]) => `"${n}" (${r.file}:${r.line})`).join(' en ');
    warnings.push({
      file: seen.chosen.file,
      line: seen.chosen.line,
      code: 'client-name-differs',
      message: `debiteurnummer ${clientId} heeft verschillende namen: ${listed}; overal gebruikt: "${name}", de naam op de rij met de laatste registratie`,
    });
  }
  return warnings;
}
