// Erkende feestdagen (4.1): the days of the Algemene termijnenwet, art. 3: the
// algemeen erkende feestdagen of lid 1 (derived with date-holidays), Goede Vrijdag
// (lid 2, unless the contract turns it off), the days equated under lid 3 that the
// contract lists with their Staatscourant publication, plus the contract's extra
// closure dates, minus its removals.
import Holidays from 'date-holidays';

/** date-holidays' Dutch names mapped to the names the Algemene termijnenwet uses. */
const TERMIJNENWET: Record<string, string> = {
  Nieuwjaar: 'Nieuwjaarsdag',
  'Tweede paasdag': 'Tweede Paasdag',
  Koningsdag: 'Koningsdag',
  Koninginnedag: 'Koninginnedag',
  Bevrijdingsdag: '5 mei',
  Hemelvaartsdag: 'Hemelvaartsdag',
  'Tweede pinksterdag': 'Tweede Pinksterdag',
  Kerstmis: 'Eerste Kerstdag',
  'Tweede kerstdag': 'Tweede Kerstdag',
};

export interface FeestdagenConfig {
  /** Art. 3 lid 2: Goede Vrijdag equated with the days of lid 1. */
  goedeVrijdag: boolean;
  /** Art. 3 lid 3: days equated by a besluit in the Staatscourant. */
  gelijkgesteld: { date: string; name: string; staatscourant: string }[];
  extra: { date: string; name: string }[];
  removed: string[];
}

export interface Feestdag {
  date: string;
  name: string;
}

let nl: Holidays | undefined;

/** The erkende feestdagen of one year, by ISO date. */
export function feestdagenOf(year: number, config: FeestdagenConfig): Map<string, string> {
  nl ??= new Holidays('NL');
  const days = new Map<string, string>();
  for (const h of nl.getHolidays(year, 'nl')) {
    const name = TERMIJNENWET[h.name] ?? (config.goedeVrijdag && h.name === 'Goede Vrijdag' ? 'Goede Vrijdag' : undefined);
    // 5 mei is a termijnenwet day every year, whatever date-holidays calls its type.
    if (name) days.set(h.date.slice(0, 10), name);
  }
  if (!days.has(`${year}-05-05`)) days.set(`${year}-05-05`, '5 mei');
  for (const day of config.gelijkgesteld) {
    if (day.date.startsWith(`${year}-`)) days.set(day.date, `${day.name} (gelijkgesteld, ${day.staatscourant})`);
  }
  for (const extra of config.extra) if (extra.date.startsWith(`${year}-`)) days.set(extra.date, extra.name);
  for (const removed of config.removed) days.delete(removed);
  return days;
}
