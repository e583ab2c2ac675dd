// A storing's result in one line saying why, the same on the site and in the PDFs:
// how late (or how much is left), the hersteltijd against the streeftijd, and the
// wait for the client that did not count (art. 1). "✗ 3 u 12 min te laat:
// hersteltijd 19 u 12 min tegen streeftijd 2 werkdagen (16 u); 45 min wachten op
// de klant niet meegeteld".
import type { TicketRow } from '../report/model.ts';
import { formatDateTime } from './dates.ts';
import { durationText } from './duration.ts';
import { statusLabel } from './results.ts';

type VerdictRow = Pick<TicketRow, 'status' | 'withinMargin' | 'atRisk' | 'streeftijd' | 'measure' | 'targetMinutes' | 'marginMinutes' | 'marginDeadline'
  | 'hersteltijdMinutes' | 'consumedMinutes' | 'remainingMinutes' | 'waitingMinutes' | 'minutesLate'>;

/** "streeftijd 2 werkdagen (16 u)"; the clock time left out where the wording already is it ("4 uur"). */
function streeftijdText(t: VerdictRow): string {
  if (t.streeftijd === null) return 'geen streeftijd';
  const target = durationText(t.targetMinutes, t.measure);
  return /^\d+ uur$/.test(t.streeftijd) || t.targetMinutes === null ? `streeftijd ${t.streeftijd}` : `streeftijd ${t.streeftijd} (${target})`;
}

/** The result and its reason, in one line. */
export function verdictText(t: VerdictRow): string {
  const d = (minutes: number | null) => durationText(minutes, t.measure);
  const wait = t.waitingMinutes > 0 ? `; ${d(t.waitingMinutes)} wachten op de klant niet meegeteld` : '';
  const l = statusLabel(t.status, t.withinMargin, t.atRisk);
  const measured = `hersteltijd ${d(t.hersteltijdMinutes)} tegen ${streeftijdText(t)}`;
  const used = `${d(t.consumedMinutes)} verbruikt van ${streeftijdText(t)}`;
  switch (t.status) {
    case 'breached': {
      // 4.6 "1 à 2 maanden": late counts from the margin's end.
      const after = t.marginMinutes !== null ? ' (na het einde van de marge)' : '';
      return `✗ ${d(t.minutesLate)} te laat${after}: ${measured}${wait}`;
    }
    case 'met':
      return `${l.symbol} ${l.text}: ${measured}${t.withinMargin ? `, binnen de marge van ${d(t.marginMinutes)}` : ''}${wait}`;
    case 'open-breached': {
      const late = t.minutesLate ?? (t.targetMinutes === null ? null : Math.max(0, t.consumedMinutes - t.targetMinutes - (t.marginMinutes ?? 0)));
      return `✗ open, ${d(late)} te laat: ${used}${wait}`;
    }
    case 'open':
      if (t.remainingMinutes !== null && t.remainingMinutes > 0) return `${l.symbol} ${l.text}: ${used}, nog ${d(t.remainingMinutes)}${wait}`;
      // Past the streeftijd but inside the margin (4.6 "1 à 2 maanden"): the margin's end is the deadline that matters.
      if (t.marginDeadline !== null) return `${l.symbol} open, binnen de marge: ${used}; marge loopt tot ${formatDateTime(t.marginDeadline)}${wait}`;
      return `${l.symbol} ${l.text}: ${used}${wait}`;
    default:
      return t.hersteltijdMinutes === null ? `${l.symbol} open, geen streeftijd${wait}` : `${l.symbol} geen streeftijd: hersteltijd ${d(t.hersteltijdMinutes)}${wait}`;
  }
}
