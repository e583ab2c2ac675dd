// Ticket subjects: free text from the helpdesk that may name a patient. Only a
// client's own reports show them (its monthly PDF and its page on the site), never
// the management report, the month pages, the overview, a dossier, the data-quality
// page or the `evaluate` output. So no ticket row carries one: the model keeps them
// here, per client, behind the one door `forClient`. Kept in a private field, they
// are not in the model's enumerable data: a renderer that lists rows, spreads or
// serialises the model (JSON, structured clone to a worker) cannot show them by
// mistake; the client's own slice (client-slice.ts) asks for that client's only.
export class TicketSubjects {
  readonly #byClient: ReadonlyMap<string, ReadonlyMap<string, string>>;

  constructor(byClient: ReadonlyMap<string, ReadonlyMap<string, string>>) {
    this.#byClient = byClient;
  }

  /** The subjects of one client's tickets, by ticket id (empty when none was read). */
  forClient(clientId: string): ReadonlyMap<string, string> {
    return this.#byClient.get(clientId) ?? NONE;
  }

  /** Serialised, the store holds nothing. */
  toJSON(): Record<string, never> {
    return {};
  }
}

const NONE: ReadonlyMap<string, string> = new Map();

/** The subjects of the judged tickets that have one, per client. */
export function ticketSubjects(judged: readonly { evaluation: { ticket: { id: string; clientId: string } }; record: { subject?: string } }[]): TicketSubjects {
  const byClient = new Map<string, Map<string, string>>();
  for (let n = 0; n < judged.length; n++) {
    const subject = judged[n].record.subject;
    if (subject === undefined) continue;
    const t = judged[n].evaluation.ticket;
    let map = byClient.get(t.clientId);
    if (!map) byClient.set(t.clientId, (map = new Map()));
    map.set(t.id, subject);
  }
  return new TicketSubjects(byClient);
}
