// What the client report's sections share: the client, its month and its tickets,
// looked up once from the (sliced) report model.
import { daysInMonth } from '../../engine/civil.ts';
import type { Feestdag } from '../../engine/feestdagen.ts';
import type { ClientMonth, ClientReport, TicketRow } from '../../report/model.ts';
import type { ClientView } from '../../report/client-slice.ts';
import { feestdagenBetween } from '../../report/sla-summary.ts';
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
  /** The erkende feestdagen that closed the dienstvenster while the month's storingen ran (see feestdagenSpan). */
  feestdagen: { from: string; to: string; days: Feestdag[] };
}

/**
 * From the earliest registration among the month's storingen (a storing registered before
 * the month was affected by the feestdagen since) to the month's end, or the report moment
 * when that comes first. Local dates, inclusive.
 */
function feestdagenSpan(view: ClientView, month: string, tickets: (TicketRow | undefined)[]): ClientContext['feestdagen'] {
  let from = `${month}-01`;
  for (const t of tickets) if (t && String(t.registeredAt).slice(0, 10) < from) from = String(t.registeredAt).slice(0, 10);
  const [y, m] = month.split('-').map(Number);
  const monthEnd = `${month}-${String(daysInMonth(y, m)).padStart(2, '0')}`;
  const asOfDate = String(view.asOf).slice(0, 10);
  const to = asOfDate < monthEnd ? asOfDate : monthEnd;
  return { from, to, days: feestdagenBetween(from, to, view.sla.feestdagenConfig) };
}

export function clientContext(view: ClientView, clientId: string, month: string): ClientContext {
  const client = view.clients.find((c) => c.id === clientId);
  if (!client) throw new Error(`unknown client ${clientId}`);
  const clientMonth = client.months.find((m) => m.month === month) ?? { month, cells: [], tickets: [], breaches: [], clientReportsLate: [], openAtEnd: [], total: totalOf([]) };
  const tickets = new Map(view.tickets.filter((t) => t.clientId === clientId).map((t) => [t.id as string, t]));
  const names = new Map(view.sla.products.map((p) => [p.id as string, p.name]));
  const feestdagen = feestdagenSpan(view, month, clientMonth.tickets.map((id) => tickets.get(id)));
  return { view, client, month, clientMonth, tickets, productName: (id) => names.get(id) ?? id, feestdagen };
}
