// Lookups over the report model that many pages share (ticket by id, a month's
// storingen, a client's tickets), built once per model. Selection only: no figures.
import { countTokensByTicket } from '../report/count-sets.ts';
import type { ClientMonth, ClientReport, MonthReport, ReportModel, TicketRow } from '../report/model.ts';

export interface ReportIndex {
  ticket: Map<string, TicketRow>;
  client: Map<string, ClientReport>;
  month: Map<string, MonthReport>;
  /** Storingen registered or resolved in a month, or open at its start or end. */
  monthTickets: Map<string, TicketRow[]>;
  /** Per storing the counts it is in (report/count-sets.ts). */
  counts: Map<string, string[]>;
  /** Per month the clients with storingen in it (registered, resolved, open at its end), by name, with their month. */
  monthClients: Map<string, { client: ClientReport; month: ClientMonth }[]>;
  clientTickets: Map<string, TicketRow[]>;
  /** The month the reports lead with: the last complete one (or the only one there is). */
  reportMonth: MonthReport;
}

const cache = new WeakMap<ReportModel, ReportIndex>();

export function reportIndex(model: ReportModel): ReportIndex {
  let index = cache.get(model);
  if (!index) cache.set(model, (index = build(model)));
  return index;
}

function build(model: ReportModel): ReportIndex {
  const ticket = new Map(model.tickets.map((t) => [t.id, t]));
  const clientTickets = new Map<string, TicketRow[]>();
  for (const t of model.tickets) push(clientTickets, t.clientId, t);
  const monthTickets = new Map<string, TicketRow[]>(model.months.map((m) => [m.month, []]));
  for (const t of model.tickets) {
    if (t.type !== 'incident' && t.type !== 'bug') continue;
    monthTickets.get(t.registeredMonth)?.push(t);
    if (t.resolvedMonth !== null && t.resolvedMonth !== t.registeredMonth) monthTickets.get(t.resolvedMonth)?.push(t);
  }
  model.months.forEach((m, i) => {
    const list = monthTickets.get(m.month)!;
    const seen = new Set(list.map((t) => t.id));
    const openAtStart = i === 0 ? [] : model.months[i - 1].openAtEnd;
    for (const o of [...openAtStart, ...m.openAtEnd]) {
      if (seen.has(o.id)) continue;
      seen.add(o.id);
      list.push(ticket.get(o.id)!);
    }
    list.sort((a, b) => (a.registeredAt).localeCompare(b.registeredAt, 'nl') || (a.id).localeCompare(b.id, 'nl'));
  });
  const monthClients = new Map<string, { client: ClientReport; month: ClientMonth }[]>(model.months.map((m) => [m.month, []]));
  for (const client of model.clients) for (const month of client.months) monthClients.get(month.month)?.push({ client, month });
  for (const list of monthClients.values()) list.sort((a, b) => a.client.name.localeCompare(b.client.name, 'nl') || a.client.id.localeCompare(b.client.id, 'nl'));
  return {
    ticket,
    client: new Map(model.clients.map((c) => [c.id, c])),
    month: new Map(model.months.map((m) => [m.month, m])),
    monthTickets,
    counts: countTokensByTicket(model.tickets, model.months),
    monthClients,
    clientTickets,
    reportMonth: model.months.findLast((m) => m.complete) ?? model.months.at(-1)!,
  };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The months of the trend: the twelve up to and including the report month. */
export function trendMonths(model: ReportModel): MonthReport[] {
  const last = model.months.indexOf(reportIndex(model).reportMonth);
  return model.months.slice(Math.max(0, last - 11), last + 1);
}
