// What a list of storingen shows, in words: the count it came from ("geregistreerd in
// mei 2026") and the sentence above the list ("28 storingen geregistreerd in november
// 2025, Intramed, incident, niveau 2"). Also loaded in the browser (src/browser/tables.ts).
import type { CountKind } from '../report/count-sets.ts';
import { monthName } from './dates.ts';
import { formatNumber } from './numbers.ts';

const phrases: Record<CountKind, [inMonth: string, wholePeriod: string]> = {
  geregistreerd: ['geregistreerd in', 'geregistreerd'],
  opgelost: ['opgelost en getoetst aan de streeftijd in', 'opgelost en getoetst aan de streeftijd'],
  binnen: ['opgelost binnen streeftijd in', 'opgelost binnen streeftijd'],
  buiten: ['opgelost buiten streeftijd in', 'opgelost buiten streeftijd'],
  afgehandeld: ['opgelost (met of zonder streeftijd) in', 'opgelost (met of zonder streeftijd)'],
  'open-begin': ['open aan het begin van', 'open'],
  'open-einde': ['open aan het einde van', 'open'],
  'open-einde-te-laat': ['open en te laat aan het einde van', 'open en te laat'],
};

/** "geregistreerd in mei 2026"; without a month, over the whole period: "opgelost buiten streeftijd". */
export function countPhrase(kind: CountKind, month: string | null): string {
  const [inMonth, whole] = phrases[kind];
  return month === null ? whole : `${inMonth} ${monthName(month)}`;
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
