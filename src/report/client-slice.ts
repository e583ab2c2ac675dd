// The part of the report model one client's report may see: that client, its
// ticket rows, the norms and the SLA summary, and the months without any other
// client's figures. Client PDFs are rendered from this, so they cannot leak.
import type { ClientReport, MonthReport, ReportModel, TicketRow } from './model.ts';

export type ClientView = Pick<ReportModel, 'asOf' | 'contracts' | 'sla' | 'provenance'> & {
  months: Pick<MonthReport, 'month' | 'asOf' | 'complete' | 'feestdagen' | 'feestdagenSoFar'>[];
  clients: ClientReport[];
  tickets: TicketRow[];
  /** The client's own ticket subjects, by ticket id (only in its own view; empty when none was read). */
  subjects: Readonly<Record<string, string>>;
};

/** Ticket rows by client id, built once for many slices. */
export function ticketsByClient(tickets: TicketRow[]): Map<string, TicketRow[]> {
  const out = new Map<string, TicketRow[]>();
  for (const t of tickets) {
    let list = out.get(t.clientId);
    if (!list) out.set(t.clientId, (list = []));
    list.push(t);
  }
  return out;
}

/** What every client's view has in common: no client's figures. */
export function sharedSlice(model: ReportModel): Omit<ClientView, 'clients' | 'tickets' | 'subjects'> {
  return {
    asOf: model.asOf,
    contracts: model.contracts,
    sla: model.sla,
    provenance: model.provenance,
    months: model.months.map(({ month, asOf, complete, feestdagen, feestdagenSoFar }) => ({ month, asOf, complete, feestdagen, feestdagenSoFar })),
  };
}

export function clientSlice(model: ReportModel, clientId: string, byClient?: Map<string, TicketRow[]>): ClientView {
  const client = model.clients.find((c) => c.id === clientId);
  if (!client) throw new Error(`unknown client ${clientId}`);
  const tickets = byClient ? (byClient.get(clientId) ?? []) : model.tickets.filter((t) => t.clientId === clientId);
  return { ...sharedSlice(model), clients: [client], tickets, subjects: subjectsOf(model, clientId, tickets) };
}

/** The client's subjects of these tickets (its own, by construction), as plain data for its report. */
export function subjectsOf(model: Pick<ReportModel, 'subjects'>, clientId: string, tickets: readonly TicketRow[]): Record<string, string> {
  const own = model.subjects.forClient(clientId);
  const out: Record<string, string> = {};
  if (own.size === 0) return out;
  for (const t of tickets) {
    const subject = own.get(t.id);
    if (subject !== undefined) out[t.id] = subject;
  }
  return out;
}
