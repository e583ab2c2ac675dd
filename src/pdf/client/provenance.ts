// The client report's provenance, compact: the contract version, the as-of
// moment and the report's id. The input files' hashes behind the id are in the
// management report and the dossiers, not in what a practice owner reads.
import { reportId } from '../../report/report-id.ts';
import { formatDate, formatDateTime } from '../../words/index.ts';
import { heading, paragraph, type Doc } from '../layout.ts';
import type { ClientContext } from './context.ts';

export function compactProvenance(doc: Doc, ctx: ClientContext): void {
  const { view } = ctx;
  const p = view.provenance;
  heading(doc, 'Herkomst');
  const made = p ? ` Gemaakt met sla-rapport ${p.productVersion}.` : '';
  const id = p ? ` Rapport-id ${reportId(p, ctx.client.id, ctx.month)}.` : '';
  paragraph(doc, `SLA versie ${view.sla.version} (geldig vanaf ${formatDate(view.sla.validFrom)}); peildatum ${formatDateTime(view.asOf)}.${id}${made}`, { muted: true });
}
