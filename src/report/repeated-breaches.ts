// Clients with repeated breaches in a month: candidates for an Article 5
// conversation (5.1, 5.2). "Repeated" means two or more storingen resolved outside
// their streeftijd in the month, or breaches in two or more of the last three months.
export const REPEATED = { inMonth: 2, months: 2, window: 3 } as const;

import type { RepeatedBreach } from './model.ts';
import { compareNl } from './order.ts';

export type { RepeatedBreach };

/** `breaches(clientId, month)` gives the client's breach count in a month. */
export function repeatedBreaches(
  month: string,
  monthsSoFar: string[],
  clients: { id: string; name: string }[],
  breaches: (clientId: string, month: string) => number,
): RepeatedBreach[] {
  const window = monthsSoFar.slice(Math.max(0, monthsSoFar.indexOf(month) - REPEATED.window + 1), monthsSoFar.indexOf(month) + 1);
  const out: RepeatedBreach[] = [];
  for (const c of clients) {
    const breachesInMonth = breaches(c.id, month);
    const monthsWithBreaches = window.filter((m) => breaches(c.id, m) > 0);
    if (breachesInMonth >= REPEATED.inMonth || monthsWithBreaches.length >= REPEATED.months) {
      out.push({ clientId: c.id, clientName: c.name, breachesInMonth, monthsWithBreaches, dossier: null });
    }
  }
  return out.sort((a, b) => b.breachesInMonth - a.breachesInMonth || b.monthsWithBreaches.length - a.monthsWithBreaches.length || compareNl(a.clientId, b.clientId));
}
