// A contract version ready for the engine: its calendar, its streeftijden by
// product/kind/niveau and its clock options, compiled once from the frontmatter.
import type { Niveau, ProductId, SlaFrontmatter, Streeftijd, TicketType } from '../contract/schema.ts';
import { niveaus, productIds, ticketTypes, weekdays } from '../contract/schema.ts';
import { Calendar } from './calendar.ts';
import { windowTime, type Measure } from './clock.ts';
import { daysFromCivil } from './civil.ts';

export interface Release {
  version: string;
  /** Local day number of the release date. */
  dayNumber: number;
  halfYearly: boolean;
}

export interface CompiledContract {
  sla: SlaFrontmatter;
  version: string;
  /** Local day number from which this version judges registrations. */
  validFromDay: number;
  calendar: Calendar;
  /** The clock that runs in this version's dienstvenster. */
  windowMeasure: Measure;
  streeftijd(product: ProductId, type: TicketType, niveau: Niveau): Streeftijd | undefined;
}

function minutes(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

export function compileContract(sla: SlaFrontmatter): CompiledContract {
  const week: ([number, number] | null)[] = [null];
  for (const day of weekdays) {
    const w = sla.dienstvensters.week[day];
    week.push(w ? [minutes(w.open), minutes(w.close)] : null);
  }
  const calendar = new Calendar({ timeZone: sla.timeZone, week, feestdagen: sla.feestdagen });
  // Indexed by product, kind and niveau: looked up once per ticket on the hot path.
  const table: (Streeftijd | undefined)[] = new Array(productIds.length * ticketTypes.length * niveaus.length);
  const slot = (product: ProductId, type: TicketType, niveau: Niveau) =>
    (productIds.indexOf(product) * ticketTypes.length + ticketTypes.indexOf(type)) * niveaus.length + niveau - 1;
  for (const s of sla.hersteltijden.streeftijden) table[slot(s.product, s.type, s.niveau)] = s;
  const [y, m, d] = sla.validFrom.split('-').map(Number);
  return {
    sla,
    version: sla.version,
    validFromDay: daysFromCivil(y, m, d),
    calendar,
    windowMeasure: windowTime(calendar),
    streeftijd: (product, type, niveau) => table[slot(product, type, niveau)],
  };
}
