// What a dossier page shows beside the dossier itself: its breaches (the storingen
// with a hersteltijd finding, drawn with their whole clock) and where each
// finding links to. Selection only: the figures are the dossier's.
import type { Dossier } from '../report/dossier.ts';
import type { TicketRow } from '../report/model.ts';
import { paths, ticketAnchor } from './paths.ts';

export interface DossierView {
  breaches: TicketRow[];
  /** A breach links to its timeline on the dossier page, any other ticket to its client's page. */
  ticketHref(ticketId: string): string;
}

export function dossierView(dossier: Dossier): DossierView {
  const breachIds = new Set(dossier.findings.filter((f) => f.kind === 'hersteltijd').map((f) => f.ticketId));
  return {
    breaches: dossier.storingen.filter((t) => breachIds.has(t.id)),
    ticketHref: (id) => (breachIds.has(id) ? `#${ticketAnchor(id)}` : paths.ticket(dossier.clientId, id)),
  };
}

export const findingName: Record<Dossier['findings'][number]['kind'], string> = {
  hersteltijd: 'hersteltijd',
  statusupdate: 'statusupdate',
  'rapportage-klant': 'rapportage aan de klant',
  'telefonisch-melden': 'niveau 1 telefonisch melden',
  niveau: 'niveauwijziging',
};
