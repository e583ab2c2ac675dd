// How late a breached storing was, one rule for the site and the PDFs: the consumed time past
// the moment it became breached. That is the streeftijd, and for "1 à 2 maanden" the end of the
// margin (two months, 4.6), never one month: resolved a minute after two months is a minute late.
import type { TicketRow } from './ticket-row.ts';

/** Clock minutes past the breach limit of a breached storing, or null. */
export function minutesLate(t: TicketRow): number | null {
  if (t.status !== 'breached' || typeof t.hersteltijdMinutes !== 'number') return null;
  const limit = t.marginMinutes ?? t.targetMinutes;
  return typeof limit === 'number' ? t.hersteltijdMinutes - limit : null;
}
