// Sentences of the monthly client report that a practice owner reads: Article 5
// in two sentences and the helpdesk's contact line.
import type { LeverancierSummary, SlaSummary } from '../report/model.ts';
import { monthName } from './dates.ts';

/** "Servicerapportage november 2025 – Praktijk Zuid (K2)": the client PDF's title; it ends in the debiteurnummer in brackets. */
export function clientReportTitle(month: string, clientName: string, clientId: string): string {
  return `Servicerapportage ${monthName(month)} – ${clientName} (${clientId})`;
}

/** Article 5 (5.1, 5.2) in two sentences, with the weeks of the plan van aanpak from the contract. */
export function article5Sentences(sla: Pick<SlaSummary, 'article5' | 'article5Clause' | 'planVanAanpakWeeks'>): [string, string] {
  const first = sla.article5[0]?.clause ?? sla.article5Clause;
  const second = sla.article5[1]?.clause ?? sla.article5Clause;
  return [
    `Haalt de Leverancier de normen uit deze SLA niet, dan kunt u een klacht indienen (artikel ${first}).`,
    `U en de Leverancier bespreken de klacht samen; binnen uiterlijk ${sla.planVanAanpakWeeks} weken daarna stelt de Leverancier een plan van aanpak op met de verbeteringen die zij op eigen kosten doorvoert (artikel ${second}).`,
  ];
}

/** "Helpdesk van Intramed BV en Convenient BV (artikel 4.2, 4.4): telefoon …, e-mail …; bereikbaar …." One line per distinct helpdesk. */
export function helpdeskLines(leveranciers: readonly LeverancierSummary[]): string[] {
  const byContact = new Map<string, { names: string[]; l: LeverancierSummary }>();
  for (const l of leveranciers) {
    const key = JSON.stringify(l.helpdesk);
    const entry = byContact.get(key);
    if (entry) entry.names.push(l.name);
    else byContact.set(key, { names: [l.name], l });
  }
  return [...byContact.values()].map(({ names, l }) => {
    const who = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} en ${names.at(-1)}`;
    const h = l.helpdesk;
    return `Helpdesk van ${who} (artikel ${h.clause}): telefoon ${h.phone}, e-mail ${h.email}; ${h.hours}.`;
  });
}
