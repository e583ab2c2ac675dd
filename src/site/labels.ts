// The Dutch words the site uses for the model's codes: products, kinds, niveaus
// and statuses. A status always carries a symbol and words, never colour alone.
import type { ProductId } from '../contract/schema.ts';
import type { BackupGap } from '../norms/backups.ts';
import type { ChangeOutcome } from '../norms/changes.ts';
import type { PlanStatus } from '../norms/complaints.ts';

export const productName: Record<ProductId, string> = { intramed: 'Intramed', 'intramed-online': 'Intramed Online' };
export const kindName: Record<string, string> = { incident: 'Incident', bug: 'Bug', question: 'Vraag', change: 'Wijzigingsverzoek' };
/** The same kinds in the plural (chart series, headings). */
export const kindNamePlural: Record<string, string> = { incident: 'Incidenten', bug: 'Bugs', question: 'Vragen', change: 'Wijzigingsverzoeken' };
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

export function statusUpdateLabel(met: boolean | null): string {
  return met === null ? '–' : met ? '✓ op tijd' : '✗ te laat';
}

/** Where a complaint's plan van aanpak stands (5.2), in symbol and words. */
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

/** Days until the plan van aanpak is due: "nog 7 dagen", "vandaag", "3 dagen over tijd". */
export function daysRemainingText(days: number | null): string {
  if (days === null) return '–';
  if (days === 0) return 'vandaag uiterlijk';
  const n = Math.abs(days);
  const unit = n === 1 ? 'dag' : 'dagen';
  return days > 0 ? `nog ${n} ${unit}` : `${n} ${unit} over tijd`;
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

/** A count the contract requires at least (releases per year, back-ups kept), met or not. */
export function atLeastLabel(count: number, required: number): StatusLabel {
  return count >= required ? { symbol: '✓', text: 'gehaald', tone: 'good' } : { symbol: '✗', text: 'niet gehaald', tone: 'bad' };
}
