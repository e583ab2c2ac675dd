// What a list of storingen shows, in words: the count it came from ("geregistreerd in
// mei 2026") and the sentence above the list ("28 storingen geregistreerd in november
// 2025, Intramed, incident, niveau 2"). Also loaded in the browser (src/browser/tables.ts).
import type { CountKind } from '../report/count-sets.ts';
import { monthName } from './dates.ts';
import { formatNumber } from './numbers.ts';

/** Per count: its words for a month ("{maand}" is the month's name) and for the whole period. */
const phrases: Record<CountKind, [inMonth: string, wholePeriod: string]> = {
  geregistreerd: ['geregistreerd in {maand}', 'geregistreerd'],
  opgelost: ['opgelost in {maand} en getoetst aan de streeftijd', 'opgelost en getoetst aan de streeftijd'],
  binnen: ['opgelost binnen streeftijd in {maand}', 'opgelost binnen streeftijd'],
  buiten: ['opgelost buiten streeftijd in {maand}', 'opgelost buiten streeftijd'],
  afgehandeld: ['opgelost in {maand} (met of zonder streeftijd)', 'opgelost (met of zonder streeftijd)'],
  'open-begin': ['open aan het begin van {maand}', 'open'],
  'open-einde': ['open aan het einde van {maand}', 'open'],
  'open-einde-te-laat': ['open en te laat aan het einde van {maand}', 'open en te laat'],
  'statusupdate-beoordeeld': ['opgelost in {maand}, statusupdate beoordeeld', 'opgelost, statusupdate beoordeeld'],
  'statusupdate-op-tijd': ['opgelost in {maand}, statusupdate op tijd', 'opgelost, statusupdate op tijd'],
  'incident-opgelost': ['opgelost in {maand} (incidenten)', 'opgelost (incidenten)'],
  'zelfde-dag': ['opgelost in {maand}, op de dag van de melding', 'opgelost op de dag van de melding'],
  'langer-dan-week': ['opgelost in {maand}, hersteltijd langer dan een week', 'opgelost, hersteltijd langer dan een week'],
  'rapportage-beoordeeld': ['opgelost in {maand}, niet op de dag van de melding, rapportage aan de klant beoordeeld', 'rapportage aan de klant beoordeeld'],
  'rapportage-op-tijd': ['opgelost in {maand}, niet op de dag van de melding, op tijd aan de klant gerapporteerd', 'op tijd aan de klant gerapporteerd'],
  'niveau1-gemeld': ['geregistreerd in {maand}, door de klant gemeld op niveau 1', 'door de klant gemeld op niveau 1'],
  'niveau1-telefonisch': ['geregistreerd in {maand}, telefonisch gemeld op niveau 1', 'telefonisch gemeld op niveau 1'],
  'niveau-afwijkend': ['geregistreerd in {maand}, met een ander niveau dan de klant opgaf', 'met een ander niveau dan de klant opgaf'],
};

/** "geregistreerd in mei 2026"; without a month, over the whole period: "opgelost buiten streeftijd". */
export function countPhrase(kind: CountKind, month: string | null): string {
  const [inMonth, whole] = phrases[kind];
  return month === null ? whole : inMonth.replace('{maand}', monthName(month));
}

/** A list filter's value in a sentence: "niveau 2", "incident", "Intramed". */
export function filterWords(key: string, value: string): string {
  if (key === 'niveau') return `niveau ${value}`;
  if (key === 'soort') return value.toLowerCase();
  return value;
}

/** "28 storingen geregistreerd in november 2025, Intramed, incident, niveau 2". */
export function listSentence(shown: number, phrase: string, filters: string[]): string {
  return [`${formatNumber(shown)} ${shown === 1 ? 'storing' : 'storingen'} ${phrase}`, ...filters].join(', ');
}
