// A result in a mark and words, the same on the site and in the PDFs: a storing
// against its streeftijd, a status update, a report to the client, a minimum count.
import type { StatusLabel } from './labels.ts';
import { NONE } from './numbers.ts';

/** A storing's result (4.6): met (within margin), breached, open, open and at risk or past its streeftijd. */
export function statusLabel(status: string, withinMargin: boolean | null = null, atRisk: boolean | null = null): StatusLabel {
  switch (status) {
    case 'met':
      return withinMargin ? { symbol: '✓', text: 'binnen marge', tone: 'good' } : { symbol: '✓', text: 'binnen streeftijd', tone: 'good' };
    case 'breached':
      return { symbol: '✗', text: 'buiten streeftijd', tone: 'bad' };
    case 'open-breached':
      return { symbol: '✗', text: 'open, te laat', tone: 'bad' };
    case 'open':
      // "1 à 2 maanden" past one month and not past two: not late, it is in its margin (4.6).
      if (withinMargin) return { symbol: '!', text: 'open, binnen marge', tone: 'warn' };
      return atRisk ? { symbol: '!', text: 'open, risico', tone: 'warn' } : { symbol: '○', text: 'open', tone: 'neutral' };
    default:
      return { symbol: '–', text: 'geen streeftijd', tone: 'neutral' };
  }
}

/** A label as one piece of text: "✓ binnen streeftijd" (PDF cells). */
export const labelText = (l: StatusLabel): string => `${l.symbol} ${l.text}`;

/** A storing's status update (4.6): "✓ op tijd", "✗ te laat", or "–" without a streeftijd. */
export function statusUpdateLabel(met: boolean | null): string {
  return met === null ? NONE : met ? '✓ op tijd' : '✗ te laat';
}

/** A ticket's report to the client (4.6, this product's reading), as the tables show it. */
export function clientReportLabel(met: boolean | null): string {
  return met === null ? NONE : met ? '✓ op tijd' : '✗ niet op tijd';
}

/** A count the contract requires at least (releases per year, back-ups kept), met or not. */
export function atLeastLabel(count: number, required: number): StatusLabel {
  return count >= required ? { symbol: '✓', text: 'gehaald', tone: 'good' } : { symbol: '✗', text: 'niet gehaald', tone: 'bad' };
}

/** A yes/no result where a column is too narrow for a mark and words (the PDFs' status-update column): "ja", "nee", "–". */
export const yesNoText = (v: unknown): string => (v === true ? 'ja' : v === false ? 'nee' : NONE);
