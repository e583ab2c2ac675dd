// The last section of the management report and the dossiers (the client report's
// is compact: client/provenance.ts): where the figures come from (contract version,
// each input file with its SHA-256, the report moment, the product's version).
import type { Provenance } from '../report/model.ts';
import { formatDate, formatDateTime } from '../words/index.ts';
import { heading, paragraph, type Doc } from './layout.ts';

export function provenanceSection(doc: Doc, provenance: Provenance | null): void {
  if (!provenance) return;
  heading(doc, 'Herkomst van deze rapportage');
  paragraph(doc, `Gemaakt met sla-rapport ${provenance.productVersion}; peildatum ${formatDateTime(provenance.asOf)}.`, { muted: true });
  for (const c of provenance.contracts) paragraph(doc, `SLA versie ${c.version}, geldig vanaf ${formatDate(c.validFrom)} (${c.file}).`, { muted: true, size: 8 });
  for (const i of provenance.inputs) paragraph(doc, `${i.file}  SHA-256 ${i.sha256}`, { muted: true, size: 7 });
}
