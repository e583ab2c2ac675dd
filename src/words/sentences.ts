// The summary in plain Dutch: one sentence per cell and one for the month,
// worded from the model's counts ("Van de 7 storingen zijn er 6 binnen de streeftijd hersteld").
import type { Cell } from '../report/cells.ts';
import type { Totals } from '../report/totals.ts';
import { kindNamePlural } from './labels.ts';
import { count, percentText } from './numbers.ts';

type Figures = Pick<Totals, 'resolved' | 'met' | 'withinMargin' | 'shareMet' | 'statusUpdatesJudged' | 'statusUpdatesOnTime' | 'openAtEnd' | 'openBreachedAtEnd' | 'registered'>;

/**
 * "Van de 7 storingen zijn er 6 binnen de streeftijd hersteld (85,7%)." A figure,
 * not a verdict: the contract sets a streeftijd per storing and no share (4.6).
 * One storing: "De herstelde storing is (niet) binnen de streeftijd hersteld (100%)."
 */
export function resolvedSentence(f: Figures): string {
  if (f.resolved === 0) return 'Er zijn geen storingen hersteld.';
  const share = `(${percentText(f.shareMet)})`;
  if (f.resolved === 1) {
    return f.met === 1
      ? `De herstelde storing is binnen de streeftijd hersteld${f.withinMargin > 0 ? ', binnen de marge' : ''} ${share}.`
      : `De herstelde storing is niet binnen de streeftijd hersteld ${share}.`;
  }
  const margin = f.withinMargin > 0 ? `, waarvan ${f.withinMargin} binnen de marge` : '';
  const met = f.met === 0 ? 'is er geen' : f.met === 1 ? 'is er 1' : `zijn er ${f.met}`;
  return `Van de ${f.resolved} storingen ${met} binnen de streeftijd hersteld${margin} ${share}.`;
}

/** "Statusupdates: 5 van de 6 op tijd." or null when none was judged. */
export function statusUpdateSentence(f: Figures): string | null {
  if (f.statusUpdatesJudged === 0) return null;
  return `Statusupdates: ${f.statusUpdatesOnTime} van de ${f.statusUpdatesJudged} op tijd.`;
}

/**
 * "Aan het eind van de maand stonden er nog 2 storingen open, waarvan 1 over de streeftijd." or null;
 * one: "… stond er nog 1 storing open, die al over de streeftijd was."
 */
export function openSentence(f: Figures): string | null {
  if (f.openAtEnd === 0) return null;
  if (f.openAtEnd === 1) {
    return `Aan het eind van de maand stond er nog 1 storing open${f.openBreachedAtEnd > 0 ? ', die al over de streeftijd was' : ''}.`;
  }
  const over = f.openBreachedAtEnd > 0 ? `, waarvan ${f.openBreachedAtEnd} over de streeftijd` : '';
  return `Aan het eind van de maand stonden er nog ${f.openAtEnd} storingen open${over}.`;
}

/** All of a cell's or month's sentences, joined. */
export function summaryText(f: Figures): string {
  const registered = `${count(f.registered, 'storing', 'storingen')} geregistreerd.`;
  return [registered, resolvedSentence(f), statusUpdateSentence(f), openSentence(f)].filter(Boolean).join(' ');
}

/** "In november 2025: 6 storingen geregistreerd. …": a client's month in one paragraph (the PDF's summary, the report e-mail). */
export function monthSummaryText(monthWords: string, f: Figures): string {
  return `In ${monthWords}: ${summaryText(f)}`;
}

export const cellTitle = (c: Pick<Cell, 'type' | 'niveau'>, productName: string, streeftijd: string | null): string =>
  `${kindNamePlural[c.type]} niveau ${c.niveau}, ${productName}${streeftijd ? ` (streeftijd: ${streeftijd})` : ''}`;
