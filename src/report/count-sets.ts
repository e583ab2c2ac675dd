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
 * open-einde-te-laat: of them past the streeftijd (or the margin's end). The judgements and the
 * registration's niveau counts follow the cells (cells.ts).
 */
export const countKinds = [
  'geregistreerd', 'opgelost', 'binnen', 'buiten', 'afgehandeld', 'open-begin', 'open-einde', 'open-einde-te-laat',
  // Of the resolved and judged (cells.ts countJudgements): status updates (4.6), incidents the same day / over a week, reports to the client (4.6).
  'statusupdate-beoordeeld', 'statusupdate-op-tijd', 'incident-opgelost', 'zelfde-dag', 'langer-dan-week', 'rapportage-beoordeeld', 'rapportage-op-tijd',
  // Of the registered (cells.ts addRegistered): niveau 1 reported by the client, of them by phone (4.7); the client's niveau differs from the final one.
  'niveau1-gemeld', 'niveau1-telefonisch', 'niveau-afwijkend',
] as const;
export type CountKind = (typeof countKinds)[number];

/** The token of a count: its kind and month, or its kind alone for the whole period. */
export const countToken = (kind: CountKind, month: MonthId | null = null): string => (month === null ? kind : `${kind}-${month}`);

/** The kind and month of a token, or null for a token that is none. */
export function parseCountToken(token: string): { kind: CountKind; month: MonthId | null } | null {
  const m = /^([a-z0-9-]+?)(?:-(\d{4}-\d{2}))?$/.exec(token);
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
    if (covered.has(t.registeredMonth)) {
      const month = t.registeredMonth;
      add(t.id, countToken('geregistreerd', month));
      // 4.7 binds what the client reports: a storing found by monitoring is left out, as in the cells.
      if (t.judgedPriority === 1 && t.channel !== 'monitoring') {
        add(t.id, countToken('niveau1-gemeld', month));
        if (t.channel === 'phone') add(t.id, countToken('niveau1-telefonisch', month));
      }
      if (t.reportedPriority !== null && t.reportedPriority !== t.priority) add(t.id, countToken('niveau-afwijkend', month));
    }
    if (t.resolvedMonth === null) continue;
    if (covered.has(t.resolvedMonth)) add(t.id, countToken('afgehandeld', t.resolvedMonth));
    if (t.status !== 'met' && t.status !== 'breached') continue;
    const result = t.status === 'met' ? 'binnen' : 'buiten';
    add(t.id, countToken('opgelost'));
    add(t.id, countToken(result));
    if (covered.has(t.resolvedMonth)) {
      const month = t.resolvedMonth;
      add(t.id, countToken('opgelost', month));
      add(t.id, countToken(result, month));
      if (t.statusUpdateMet !== null) add(t.id, countToken('statusupdate-beoordeeld', month));
      if (t.statusUpdateMet === true) add(t.id, countToken('statusupdate-op-tijd', month));
      if (t.sameDay !== null) add(t.id, countToken('incident-opgelost', month));
      if (t.sameDay === true) add(t.id, countToken('zelfde-dag', month));
      if (t.sameDay !== null && t.overWeek === true) add(t.id, countToken('langer-dan-week', month));
      if (t.clientReportMet !== null) add(t.id, countToken('rapportage-beoordeeld', month));
      if (t.clientReportMet === true) add(t.id, countToken('rapportage-op-tijd', month));
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
