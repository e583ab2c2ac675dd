// A contract version ready for the engine: its calendar, its streeftijden by
// product/kind/niveau and its clock options, compiled once from the frontmatter.
import type { Niveau, ProductId, SlaFrontmatter, Streeftijd, TicketType } from '../contract/schema.ts';
import { weekdays } from '../contract/schema.ts';
import { Calendar } from './calendar.ts';
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
  const byKey = new Map<string, Streeftijd>();
  for (const s of sla.hersteltijden.streeftijden) byKey.set(`${s.product}/${s.type}/${s.niveau}`, s);
  const [y, m, d] = sla.validFrom.split('-').map(Number);
  return {
    sla,
    version: sla.version,
    validFromDay: daysFromCivil(y, m, d),
    calendar,
    streeftijd: (product, type, niveau) => byKey.get(`${product}/${type}/${niveau}`),
  };
}
