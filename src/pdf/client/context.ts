// What the client report's sections share: the client, its month and its tickets,
// looked up once from the (sliced) report model.
import type { ClientMonth, ClientReport, TicketRow } from '../../report/build-model.ts';
import type { ClientView } from '../../report/client-slice.ts';
import { totalOf } from '../../report/totals.ts';

export interface ClientContext {
  view: ClientView;
  client: ClientReport;
  month: string;
  /** The client's figures for the month (empty when it had no storingen). */
  clientMonth: ClientMonth;
  /** The client's tickets by id. */
  tickets: Map<string, TicketRow>;
  productName: (id: string) => string;
}

export function clientContext(view: ClientView, clientId: string, month: string): ClientContext {
  const client = view.clients.find((c) => c.id === clientId);
  if (!client) throw new Error(`unknown client ${clientId}`);
  const clientMonth = client.months.find((m) => m.month === month) ?? { month, cells: [], tickets: [], breaches: [], clientReportsLate: [], openAtEnd: [], total: totalOf([]) };
  const tickets = new Map(view.tickets.filter((t) => t.clientId === clientId).map((t) => [t.id as string, t]));
  const names = new Map(view.sla.products.map((p) => [p.id as string, p.name]));
  return { view, client, month, clientMonth, tickets, productName: (id) => names.get(id) ?? id };
}
