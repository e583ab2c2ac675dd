// What the client report's sections share: the client, its month and its tickets,
// looked up once from the (sliced) report model.
import type { ClientMonth, ClientReport, FeestdagenSpan, TicketRow } from '../../report/model.ts';
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
  /** The erkende feestdagen that closed the dienstvenster while the month's storingen ran (model.ts ClientMonth). */
  feestdagen: FeestdagenSpan;
}

export function clientContext(view: ClientView, clientId: string, month: string): ClientContext {
  const client = view.clients.find((c) => c.id === clientId);
  if (!client) throw new Error(`unknown client ${clientId}`);
  const soFar = view.months.find((m) => m.month === month)!.feestdagenSoFar;
  const clientMonth = client.months.find((m) => m.month === month) ?? { month, cells: [], tickets: [], breaches: [], clientReportsLate: [], openAtEnd: [], total: totalOf([]), periodCounts: { openAtStart: 0, registered: 0, resolved: 0, openAtEnd: 0 }, feestdagen: soFar };
  const tickets = new Map(view.tickets.filter((t) => t.clientId === clientId).map((t) => [t.id, t]));
  const names = new Map<string, string>(view.sla.products.map((p) => [p.id, p.name]));
  return { view, client, month, clientMonth, tickets, productName: (id) => names.get(id) ?? id, feestdagen: clientMonth.feestdagen };
}
