// What the reports quote from the SLA content: products and their Leverancier,
// dienstvensters, erkende feestdagen, the Hersteltijd definition (art. 1), the
// streeftijden (4.6) and Article 5. Taken from the frontmatter and body, never retyped.
import type { SlaSource } from '../contract/parse.ts';
import { weekdays, type SlaFrontmatter } from '../contract/schema.ts';
import { feestdagenOf, type Feestdag } from '../engine/feestdagen.ts';
import type { LeverancierSummary, SlaSummary } from './model.ts';
import { compareNl } from './order.ts';

export type { SlaSummary };

const plain = (md: string) => md.replace(/\*\*|__/g, '').replace(/\s+/g, ' ').trim();

/** The SLA as the reports quote it, with the Leveranciers' content (name, logo, helpdesk) when given. */
export function slaSummary(source: SlaSource, leveranciers: readonly LeverancierSummary[] = []): SlaSummary {
  const f = source.frontmatter;
  const groups = new Map<string, { days: string[]; open: string; close: string }>();
  for (const day of weekdays) {
    const w = f.dienstvensters.week[day];
    if (!w) continue;
    const key = `${w.open}-${w.close}`;
    if (!groups.has(key)) groups.set(key, { days: [], open: w.open, close: w.close });
    groups.get(key)!.days.push(day);
  }
  const definition = /^\s*-\s*\*\*Hersteltijd\*\*:\s*(.+)$/m.exec(source.body);
  const article5 = [...source.body.matchAll(/^\*\*(5\.\d+)\*\*\s*(.+)$/gm)].map((m) => ({ clause: m[1], text: plain(m[2]) }));
  return {
    title: f.title,
    version: f.version,
    validFrom: f.validFrom,
    products: f.products.map((p) => ({ id: p.id, name: p.name, leverancier: p.leverancier })),
    dienstvensters: [...groups.values()],
    dienstvenstersClause: f.dienstvensters.clause,
    emailRegistration: f.dienstvensters.emailRegistration,
    feestdagenReading: feestdagenReading(f.feestdagen),
    feestdagenConfig: f.feestdagen,
    feestdagenExtra: f.feestdagen.extra,
    feestdagenRemoved: f.feestdagen.removed,
    feestdagenClause: f.feestdagen.clause,
    hersteltijdDefinition: definition ? plain(definition[1]) : null,
    streeftijden: f.hersteltijden.streeftijden.map((s) => ({ product: s.product, type: s.type, niveau: s.niveau, label: s.label })),
    streeftijdenClause: f.hersteltijden.clause,
    statusUpdateFraction: f.statusUpdate.fractionOfStreeftijd,
    statusUpdateClause: f.statusUpdate.clause,
    incidentDistribution: { ...f.incidentDistribution },
    article5,
    planVanAanpakWeeks: f.article5.planVanAanpakWeeks,
    article5Clause: f.article5.clause,
    leveranciers: leveranciers.map((l) => ({ name: l.name, logoFile: l.logoFile, helpdesk: { ...l.helpdesk } })),
  };
}

/** The contract's erkende feestdagen in words: art. 3 lid 1 and 2 of the Algemene termijnenwet, and the lid 3 days listed. */
export function feestdagenReading(f: SlaFrontmatter['feestdagen']): string {
  const lid1 = 'de algemeen erkende feestdagen van de Algemene termijnenwet, artikel 3 lid 1 (Nieuwjaarsdag, Tweede Paasdag, Hemelvaartsdag, Tweede Pinksterdag, Eerste en Tweede Kerstdag, Koningsdag en 5 mei)';
  const lid2 = f.goedeVrijdag ? ', en Goede Vrijdag, die artikel 3 lid 2 daarmee gelijkstelt' : '; Goede Vrijdag (artikel 3 lid 2) telt in deze contractgegevens niet mee';
  const lid3 = f.gelijkgesteld.length
    ? ` Door de regering gelijkgesteld (artikel 3 lid 3): ${f.gelijkgesteld.map((d) => `${d.name} ${d.date} (${d.staatscourant})`).join(', ')}.`
    : ' Dagen die de regering op grond van artikel 3 lid 3 gelijkstelt, tellen mee zodra ze met hun publicatie in de Staatscourant in de contractgegevens staan; er staan er nu geen.';
  return `Erkende feestdagen (artikel ${f.clause}) zijn in deze rapportage ${lid1}${lid2}.${lid3} Lezing van deze rapportage: het contract noemt geen lijst.`;
}

/** The erkende feestdagen (4.1) that fall in a month (`YYYY-MM`), by date. */
export function feestdagenInMonth(month: string, source: SlaSource): Feestdag[] {
  return feestdagenBetween(`${month}-01`, `${month}-31`, source.frontmatter.feestdagen);
}

/**
 * A year's erkende feestdagen by date, worked out once per settings object: every client
 * report lists the days of its own period, and deriving a year with date-holidays is far
 * slower than the rest of that list.
 */
const yearsBySettings = new WeakMap<SlaFrontmatter['feestdagen'], Map<number, readonly Feestdag[]>>();

function feestdagenOfYear(year: number, config: SlaFrontmatter['feestdagen']): readonly Feestdag[] {
  let years = yearsBySettings.get(config);
  if (!years) yearsBySettings.set(config, (years = new Map()));
  let days = years.get(year);
  if (!days) {
    days = [...feestdagenOf(year, config)].map(([date, name]) => ({ date, name })).sort((a, b) => compareNl(a.date, b.date));
    years.set(year, days);
  }
  return days;
}

/** The erkende feestdagen (4.1) from one local date to another (inclusive, `YYYY-MM-DD`), by date. */
export function feestdagenBetween(from: string, to: string, config: SlaFrontmatter['feestdagen']): Feestdag[] {
  const out: Feestdag[] = [];
  // Each year's days are in date order and the years ascend, so the list is in date order.
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
    for (const { date, name } of feestdagenOfYear(year, config)) if (date >= from && date <= to) out.push({ date, name });
  }
  return out;
}
