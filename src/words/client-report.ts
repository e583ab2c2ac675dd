// Sentences of the monthly client report that a practice owner reads: the month's
// result in counts, Article 5 in two sentences, the helpdesk's contact line.
import type { LeverancierSummary, SlaSummary, Totals } from '../report/model.ts';
import { count } from './numbers.ts';

/** "In december 2025 zijn 5 storingen hersteld: 4 binnen de streeftijd en 1 daarbuiten." Counts only, no verdict on a share (4.6). */
export function clientMonthSentence(monthText: string, t: Pick<Totals, 'resolved' | 'met' | 'breached' | 'withinMargin'>): string {
  if (t.resolved === 0) return `In ${monthText} is geen storing hersteld.`;
  const margin = t.withinMargin > 0 ? ` (waarvan ${t.withinMargin} binnen de marge)` : '';
  const done = t.resolved === 1 ? `is 1 storing hersteld` : `zijn ${t.resolved} storingen hersteld`;
  return `In ${monthText} ${done}: ${t.met} binnen de streeftijd${margin} en ${t.breached} daarbuiten.`;
}

/** "Geregistreerd: 3 storingen; open aan het eind van de maand: 2." */
export function clientMonthCounts(t: Pick<Totals, 'registered' | 'openAtEnd'>): string {
  return `Geregistreerd in de maand: ${count(t.registered, 'storing', 'storingen')}; aan het eind van de maand nog open: ${t.openAtEnd}.`;
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
