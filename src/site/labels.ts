// The Dutch words the site uses for the model's codes: products, kinds, niveaus
// and statuses. A status always carries a symbol and words, never colour alone.
import type { ProductId } from '../contract/schema.ts';

export const productName: Record<ProductId, string> = { intramed: 'Intramed', 'intramed-online': 'Intramed Online' };
export const kindName: Record<string, string> = { incident: 'Incident', bug: 'Bug', question: 'Vraag', change: 'Wijzigingsverzoek' };
export const channelName: Record<string, string> = { phone: 'telefoon', email: 'e-mail', portal: 'portaal', monitoring: 'monitoring' };
export const niveauName = (niveau: number | string) => `Niveau ${niveau}`;

export interface StatusLabel {
  symbol: string;
  text: string;
  /** CSS class: styling only; the symbol and text carry the meaning. */
  tone: 'good' | 'bad' | 'neutral' | 'warn';
}

export function statusLabel(status: string, withinMargin: boolean | null = null, atRisk: boolean | null = null): StatusLabel {
  switch (status) {
    case 'met':
      return withinMargin ? { symbol: '✓', text: 'binnen marge', tone: 'good' } : { symbol: '✓', text: 'binnen streeftijd', tone: 'good' };
    case 'breached':
      return { symbol: '✗', text: 'buiten streeftijd', tone: 'bad' };
    case 'open-breached':
      return { symbol: '✗', text: 'open, streeftijd verstreken', tone: 'bad' };
    case 'open':
      return atRisk ? { symbol: '!', text: 'open, risico', tone: 'warn' } : { symbol: '○', text: 'open', tone: 'neutral' };
    default:
      return { symbol: '–', text: 'geen streeftijd', tone: 'neutral' };
  }
}

/** A share against the norm: met or not, in words. */
export function normLabel(share: number | null, norm: number): StatusLabel {
  if (share === null) return { symbol: '–', text: 'geen storingen', tone: 'neutral' };
  return share >= norm ? { symbol: '✓', text: 'norm gehaald', tone: 'good' } : { symbol: '✗', text: 'onder de norm', tone: 'bad' };
}

export function statusUpdateLabel(met: boolean | null): string {
  return met === null ? '–' : met ? '✓ op tijd' : '✗ te laat';
}
