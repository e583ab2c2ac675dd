// The subject of each of the month's storingen, under the storingen table: only in
// the client's own report, and only when the data had subjects (a mapping named the
// column). The subjects come from the client's own view (report/client-slice.ts).
import type { TicketRow } from '../../report/model.ts';
import { heading, keyValues, paragraph, type Doc } from '../layout.ts';
import type { ClientContext } from './context.ts';

export function subjects(doc: Doc, ctx: ClientContext): void {
  // In the storingen table's order: by registration, then id.
  const rows = ctx.clientMonth.tickets
    .map((id) => ctx.tickets.get(id))
    .filter((t): t is TicketRow => t !== undefined && ctx.view.subjects[t.id] !== undefined)
    .sort((a, b) => a.registeredAt.localeCompare(b.registeredAt, 'nl') || a.id.localeCompare(b.id, 'nl'))
    .map((t): [string, string] => [t.id, ctx.view.subjects[t.id]]);
  if (rows.length === 0) return;
  heading(doc, 'Onderwerp per storing');
  paragraph(doc, 'Het onderwerp zoals het in uw melding staat. Het staat alleen in dit rapport voor u, niet in rapportages voor anderen.', { muted: true, size: 8 });
  keyValues(doc, rows, 90);
}
