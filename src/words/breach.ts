// One line per breached storing, for a client's summary: what (ticket, kind,
// niveau), how late, and why (hersteltijd against the streeftijd on the contract's
// clock, the wait for the client left out), worded from the model's figures.
import type { TicketRow } from '../report/model.ts';
import { durationText } from './duration.ts';
import { kindWord } from './labels.ts';

type BreachFigures = Pick<
  TicketRow,
  'id' | 'type' | 'judgedPriority' | 'streeftijd' | 'measure' | 'hersteltijdMinutes' | 'targetMinutes' | 'marginMinutes' | 'minutesLate' | 'waitingMinutes'
>;

/** "2 werkdagen (16 u)": the contract's words and, when they differ, the clock time they came to for this storing. */
export function streeftijdWithClock(t: Pick<BreachFigures, 'streeftijd' | 'targetMinutes' | 'measure'>): string {
  const label = t.streeftijd ?? 'geen streeftijd';
  const clock = durationText(t.targetMinutes, t.measure);
  return t.targetMinutes === null || clock === label ? label : `${label} (${clock})`;
}

/**
 * "N123, incident niveau 2 (Intramed): 3 u 12 min te laat. Hersteltijd 19 u 12 min tegen de streeftijd
 * 2 werkdagen (16 u); 2 u 5 min wachten op de klant telt niet mee."
 */
export function breachLineText(t: BreachFigures, productName: string | null = null): string {
  const what = `${t.id}, ${kindWord(t.type)} niveau ${t.judgedPriority}${productName ? ` (${productName})` : ''}`;
  const late = t.minutesLate === null ? 'buiten de streeftijd' : `${durationText(t.minutesLate, t.measure)} te laat`;
  // "1 à 2 maanden": late only after the margin's end (4.6), so the line names that end.
  const against =
    t.marginMinutes !== null
      ? `het einde van de marge van ${t.streeftijd ?? 'de streeftijd'} (${durationText(t.marginMinutes, t.measure)})`
      : `de streeftijd ${streeftijdWithClock(t)}`;
  const wait = t.waitingMinutes > 0 ? `${durationText(t.waitingMinutes, t.measure)} wachten op de klant telt niet mee` : 'geen wachttijd op de klant';
  return `${what}: ${late}. Hersteltijd ${durationText(t.hersteltijdMinutes, t.measure)} tegen ${against}; ${wait}.`;
}
