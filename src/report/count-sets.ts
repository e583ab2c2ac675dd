// Which storingen each count of the reports counts, as tokens a list can be filtered
// by ("geregistreerd-2026-05"): the same rules as the cells and the period counts
// (build-model.ts), read from the model's rows and its lists of open storingen, so
// that a count and the list it leads to hold the same storingen. A token without a
// month counts over the whole period (a client's totals).
import type { MonthId, MonthReport, TicketRow } from './model.ts';

/**
 * geregistreerd: registered in the month; opgelost: finally resolved in it and judged against a
 * streeftijd (the cells' "opgelost"), of them binnen (met, also within the margin) and buiten
 * (breached); afgehandeld: finally resolved in it, with or without a streeftijd (the period's
 * count); open-begin / open-einde: open at the month's start (the previous month's end) / end,
 * open-einde-te-laat: of them past the streeftijd (or the margin's end).
 */
export const countKinds = ['geregistreerd', 'opgelost', 'binnen', 'buiten', 'afgehandeld', 'open-begin', 'open-einde', 'open-einde-te-laat'] as const;
export type CountKind = (typeof countKinds)[number];

/** The token of a count: its kind and month, or its kind alone for the whole period. */
export const countToken = (kind: CountKind, month: MonthId | null = null): string => (month === null ? kind : `${kind}-${month}`);

/** The kind and month of a token, or null for a token that is none. */
export function parseCountToken(token: string): { kind: CountKind; month: MonthId | null } | null {
  const m = /^([a-z-]+?)(?:-(\d{4}-\d{2}))?$/.exec(token);
  if (!m || !(countKinds as readonly string[]).includes(m[1])) return null;
  return { kind: m[1] as CountKind, month: m[2] ?? null };
}

const isStoring = (t: TicketRow) => t.type === 'incident' || t.type === 'bug';

/** Per storing, the tokens of every count it is in (a ticket of another kind is in none). */
export function countTokensByTicket(tickets: readonly TicketRow[], months: readonly MonthReport[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (id: string, token: string) => {
    const list = out.get(id);
    if (list) list.push(token);
    else out.set(id, [token]);
  };
  const covered = new Set(months.map((m) => m.month));
  for (const t of tickets) {
    if (!isStoring(t)) continue;
    if (covered.has(t.registeredMonth)) add(t.id, countToken('geregistreerd', t.registeredMonth));
    if (t.resolvedMonth === null) continue;
    if (covered.has(t.resolvedMonth)) add(t.id, countToken('afgehandeld', t.resolvedMonth));
    if (t.status !== 'met' && t.status !== 'breached') continue;
    const result = t.status === 'met' ? 'binnen' : 'buiten';
    add(t.id, countToken('opgelost'));
    add(t.id, countToken(result));
    if (covered.has(t.resolvedMonth)) {
      add(t.id, countToken('opgelost', t.resolvedMonth));
      add(t.id, countToken(result, t.resolvedMonth));
    }
  }
  months.forEach((m, i) => {
    const next = months[i + 1]?.month ?? null;
    for (const o of m.openAtEnd) {
      add(o.id, countToken('open-einde', m.month));
      if (o.status === 'open-breached') add(o.id, countToken('open-einde-te-laat', m.month));
      if (next !== null) add(o.id, countToken('open-begin', next));
    }
  });
  return out;
}
