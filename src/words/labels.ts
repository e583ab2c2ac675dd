// The Dutch names of the model's codes, for the site and the PDFs alike: products,
// kinds, niveaus, channels, a complaint's plan, a change request's outcome, a
// back-up gap. A status always carries a mark and words, never colour alone.
import type { ProductId } from '../contract/schema.ts';
import type { BackupGap } from '../norms/backups.ts';
import type { ChangeOutcome } from '../norms/changes.ts';
import type { PlanStatus } from '../norms/complaints.ts';
import { NONE } from './numbers.ts';

/** A status in a mark and words; `tone` is the site's colour, styling only. */
export interface StatusLabel {
  symbol: string;
  text: string;
  /** CSS class: styling only; the symbol and text carry the meaning. */
  tone: 'good' | 'bad' | 'neutral' | 'warn';
}

export const productName: Record<ProductId, string> = { intramed: 'Intramed', 'intramed-online': 'Intramed Online' };

/** A kind as a table shows it: "Incident", "Bug". */
export const kindName: Record<string, string> = { incident: 'Incident', bug: 'Bug', question: 'Vraag', change: 'Wijzigingsverzoek' };
/** The same kinds in the plural (chart series, headings). */
export const kindNamePlural: Record<string, string> = { incident: 'Incidenten', bug: 'Bugs', question: 'Vragen', change: 'Wijzigingsverzoeken' };

/** A kind inside a sentence: "incident", "bugs". */
export const kindWord = (kind: string, plural = false): string => (plural ? kindNamePlural[kind] : kindName[kind])?.toLowerCase() ?? kind;

/** How a storing was reported, inside "Geregistreerd (telefonisch gemeld)". */
export const channelWords: Record<string, string> = { phone: 'telefonisch', email: 'per e-mail', portal: 'via het portaal', monitoring: 'door monitoring' };
export const channelText = (channel: string): string => channelWords[channel] ?? `via ${channel}`;

/** Days until the plan van aanpak is due: "nog 7 dagen", "vandaag", "3 dagen over tijd". */
export function daysRemainingText(days: number | null): string {
  if (days === null) return NONE;
  if (days === 0) return 'vandaag uiterlijk';
  const n = Math.abs(days);
  const unit = n === 1 ? 'dag' : 'dagen';
  return days > 0 ? `nog ${n} ${unit}` : `${n} ${unit} over tijd`;
}

/** Where a complaint's plan van aanpak stands (5.2), in mark and words. */
export function planStatusLabel(status: PlanStatus): StatusLabel {
  switch (status) {
    case 'nog-niet-besproken':
      return { symbol: '○', text: 'nog niet besproken', tone: 'neutral' };
    case 'plan-open':
      return { symbol: '!', text: 'plan van aanpak verwacht', tone: 'warn' };
    case 'plan-verlopen':
      return { symbol: '✗', text: 'plan van aanpak te laat, nog niet geleverd', tone: 'bad' };
    case 'plan-tijdig':
      return { symbol: '✓', text: 'plan van aanpak op tijd geleverd', tone: 'good' };
    case 'plan-te-laat':
      return { symbol: '✗', text: 'plan van aanpak te laat geleverd', tone: 'bad' };
  }
}

/** A change request's outcome (art. 6). */
export function changeOutcomeLabel(outcome: ChangeOutcome): StatusLabel {
  switch (outcome) {
    case 'geen-besluit':
      return { symbol: '○', text: 'geen besluit vastgelegd', tone: 'warn' };
    case 'geaccepteerd':
      return { symbol: '✓', text: 'geaccepteerd', tone: 'good' };
    case 'afgewezen-tijdig-gemeld':
      return { symbol: '✓', text: 'afgewezen, klant op tijd gemeld', tone: 'good' };
    case 'afgewezen-te-laat-gemeld':
      return { symbol: '✗', text: 'afgewezen, klant te laat gemeld', tone: 'bad' };
    case 'afgewezen-niet-gemeld':
      return { symbol: '✗', text: 'afgewezen, klant niet gemeld', tone: 'bad' };
  }
}

/** What is missing in a back-up gap (3.5). */
export const backupGapName: Record<BackupGap['kind'], string> = {
  'daily-on-site': 'dagelijkse back-up on-site',
  'daily-off-site': 'dagelijkse back-up off-site',
  'weekly-off-site': 'wekelijkse back-up off-site',
  'monthly-off-site': 'maandelijkse back-up off-site',
};
