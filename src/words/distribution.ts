// 4.6 in words, one place for the site and the PDFs: the share within streeftijd
// as a plain figure with its counts (the contract sets a streeftijd per storing,
// no share, so no verdict), the incident distribution beside the contract's own
// "circa" words (indicative, no verdict), and the report to the client when an
// incident is not resolved on its melding day (this product's reading of when,
// judged on the clock like status updates).
import { share } from '../report/stats.ts';
import type { Totals } from '../report/totals.ts';

/** Formats a fraction as a Dutch percentage ("85,7%"); the site and the PDFs pass their own. */
export type Percent = (share: number | null) => string;

export type ReportDue = 'sluiting-dienstvenster' | 'einde-dag';

type Figures = Pick<Totals, 'incidentsResolved' | 'sameDay' | 'overWeek' | 'clientReportsJudged' | 'clientReportsOnTime'>;


/** "6 van 7 binnen streeftijd, 85,7%" (no norm: the contract sets none for the share). */
export function withinStreeftijdText(met: number, resolved: number, pct: Percent): string {
  if (resolved === 0) return 'geen storingen hersteld';
  return `${met} van ${resolved} binnen streeftijd, ${pct(share(met, resolved))}`;
}

/** A "circa" share as the contract writes it: whole percent ("95%"). */
const circaText = (circa: number) => `${Math.round(circa * 100)}%`;

/** The contract's words for the distribution (4.6), with its own numbers. */
export const sameDayWords = (circa: number) => `„dezelfde dag (circa ${circaText(circa)})”`;
export const overWeekWords = (circa: number) => `„tot maximaal 1 week (circa ${circaText(circa)})”`;

/** "12 van 15 opgeloste incidenten op de dag van de melding opgelost (80%); SLA 4.6: „dezelfde dag (circa 95%)”, indicatief." */
export function sameDayText(f: Figures, circa: number, pct: Percent): string {
  if (f.incidentsResolved === 0) return 'Geen incidenten opgelost.';
  return `${f.sameDay} van ${f.incidentsResolved} opgeloste incidenten op de dag van de melding opgelost (${pct(share(f.sameDay, f.incidentsResolved))}); SLA 4.6: ${sameDayWords(circa)}, indicatief.`;
}

/** "1 van 15 opgeloste incidenten met een hersteltijd langer dan een week (6,7%); SLA 4.6: „tot maximaal 1 week (circa 1%)”, indicatief." */
export function overWeekText(f: Figures, circa: number, pct: Percent): string {
  if (f.incidentsResolved === 0) return 'Geen incidenten opgelost.';
  return `${f.overWeek} van ${f.incidentsResolved} opgeloste incidenten met een hersteltijd langer dan een week (${pct(share(f.overWeek, f.incidentsResolved))}); SLA 4.6: ${overWeekWords(circa)}, indicatief.`;
}

/** When the report to the client is due, as this product reads 4.6. */
export function reportDueText(due: ReportDue): string {
  return due === 'einde-dag'
    ? 'uiterlijk aan het eind van de dag van de melding (geregistreerd na sluiting van het dienstvenster of op een dag zonder dienstvenster: aan het eind van de eerstvolgende dag met een dienstvenster)'
    : 'uiterlijk bij sluiting van het dienstvenster op de dag van de melding (geregistreerd na sluiting of op een dag zonder dienstvenster: bij sluiting van het eerstvolgende dienstvenster)';
}

/** The reading in full, labelled as this product's. */
export function clientReportReading(due: ReportDue): string {
  return `Artikel 4.6: „Bij onverhoopte situaties dat herstelacties niet mogelijk zijn op dezelfde dag dat de melding is opgetreden, rapporteert Leverancier aan de Klant.” Uitleg van deze rapportage: een incident dat niet op de dag van de melding is opgelost, vraagt een bericht aan de klant (statusupdate, workaround, klant geïnformeerd of melding van herstel) ${reportDueText(due)}; ook een herstel uiterlijk op dat moment geldt als bericht. Net als bij statusupdates telt alleen tijd binnen het dienstvenster: een bericht na dat moment maar uiterlijk bij de volgende opening van het dienstvenster is op tijd (er is dan geen dienstvenstertijd verstreken). Tickets uit een helpdeskexport leggen zulke berichten niet vast en tellen alleen mee als ze op tijd hersteld zijn.`;
}

/** "Niet op de dag van de melding opgelost: 3 van 4 keer op tijd aan de klant gerapporteerd (75%)." or null when none was judged. */
export function clientReportText(f: Figures, pct: Percent): string | null {
  if (f.clientReportsJudged === 0) return null;
  return `Incidenten niet op de dag van de melding opgelost: ${f.clientReportsOnTime} van ${f.clientReportsJudged} op tijd aan de klant gerapporteerd (${pct(share(f.clientReportsOnTime, f.clientReportsJudged))}; artikel 4.6).`;
}



/** When no incident needed a report to the client (4.6) that could be judged. */
export const noClientReportsText = 'Geen incidenten die niet op de dag van de melding zijn opgelost en waarvan de rapportage aan de klant te beoordelen was.';
