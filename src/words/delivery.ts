// The e-mail that carries a client's monthly report: subject and a short text in
// Dutch. The figures come from the report's own summary sentence (sentences.ts),
// as the PDF's summary words them; nothing here counts.
import { clientReportTitle } from './client-report.ts';
import { formatDateTime, monthName } from './dates.ts';

/** An earlier message of the same report: sent (or possibly sent) at `at` (ISO instant, '' when not known). */
export interface EarlierMessage {
  at: string;
  /** The report changed since (the new message replaces it); false: the same report sent again. */
  changed: boolean;
  /** Whether that message may not have arrived (its delivery was cut off before the server replied). */
  uncertain: boolean;
}

/** "Servicerapportage november 2025 – Praktijk Zuid (K2)": the PDF's title, so the two read alike. */
export function reportSubject(month: string, clientName: string, clientId: string, earlier: EarlierMessage | null): string {
  const tail = earlier === null ? '' : earlier.changed ? ' (vervangt eerdere versie)' : ' (opnieuw verzonden)';
  return `${clientReportTitle(month, clientName, clientId)}${tail}`;
}

const onDate = (at: string) => (at ? `op ${formatDateTime(at)}` : 'eerder');
const ofDate = (at: string) => (at ? `van ${formatDateTime(at)}` : '');

/** The paragraph that says how this message relates to an earlier one. */
function earlierParagraph(month: string, earlier: EarlierMessage): string {
  const sent = earlier.uncertain ? 'probeerden te sturen' : 'stuurden';
  return earlier.changed
    ? `Dit bericht vervangt de rapportage over ${monthName(month)} die wij u ${onDate(earlier.at)} ${sent}: de rapportage is sindsdien bijgewerkt. Gebruikt u voortaan deze versie.`
    : earlier.uncertain
      ? `Wij sturen u de rapportage over ${monthName(month)} opnieuw: van ons bericht${earlier.at ? ` ${ofDate(earlier.at)}` : ''} weten wij niet zeker of het is aangekomen. Heeft u dat bericht al ontvangen, dan kunt u dit bericht negeren.`
      : `Wij sturen u de rapportage over ${monthName(month)} opnieuw; de inhoud is gelijk aan die van ons eerdere bericht${earlier.at ? ` ${ofDate(earlier.at)}` : ''}. Heeft u dat bericht al ontvangen, dan kunt u dit bericht negeren.`;
}

export interface ReportMessageWords {
  month: string;
  clientName: string;
  clientId: string;
  /** The month's summary for this client, as the PDF's summary writes it ("In november 2025: …"). */
  headline: string;
  /** How to reach the helpdesk (words/client-report.ts helpdeskLines). */
  helpdesk: string[];
  signature: string;
  /** An earlier message of this report; null for a first message. */
  earlier: EarlierMessage | null;
}

/** The message text: what is attached, the month in a sentence or two, whom to contact. */
export function reportMessageText(w: ReportMessageWords): string {
  const replaces = w.earlier === null ? [] : [earlierParagraph(w.month, w.earlier), ''];
  return [
    'Geachte klant,',
    '',
    `In de bijlage vindt u de servicerapportage over ${monthName(w.month)} voor ${w.clientName} (debiteurnummer ${w.clientId}): de hersteltijden van uw storingen, getoetst aan de streeftijden uit de SLA.`,
    '',
    ...replaces,
    w.headline,
    '',
    'Heeft u vragen over deze rapportage? Neem dan contact op met de helpdesk.',
    ...w.helpdesk,
    '',
    w.signature,
    '',
  ].join('\n');
}

/** What became of a client's report in a verzend run (the manifest's status column). */
export type DeliveryStatus = 'klaar' | 'verzonden' | 'al verzonden' | 'gewijzigd' | 'gewijzigd sinds proefrun' | 'onzeker' | 'mislukt' | 'geen contact' | 'afgemeld' | 'geweigerd';

export interface DeliveryRowWords {
  client: string;
  name: string;
  status: DeliveryStatus;
  note: string;
  replaces: boolean;
}

/** The end-of-run summary: counts per outcome, and per client what failed, is uncertain, was refused or has no contact. */
export function deliverySummary(month: string, rows: readonly DeliveryRowWords[], dryRun: boolean): string[] {
  const of = (status: DeliveryStatus) => rows.filter((r) => r.status === status);
  const listed = (list: DeliveryRowWords[], withNote: boolean) => list.map((r) => `    ${r.client} ${r.name}${withNote && r.note ? `: ${r.note}` : ''}`);
  const sent = of('verzonden');
  const again = sent.filter((r) => r.replaces).length;
  const lines = [`Verzending ${monthName(month)}${dryRun ? ' (proefrun: niets verstuurd; bekijk de berichten en verstuur ze dan met --send)' : ''}: ${rows.length} ${rows.length === 1 ? 'klant' : 'klanten'} met een rapport`];
  if (dryRun) lines.push(`  klaar om te versturen: ${of('klaar').length}`);
  else lines.push(`  verzonden: ${sent.length}${again ? ` (waarvan ${again} opnieuw, met --opnieuw)` : ''}`);
  lines.push(`  overgeslagen, al verzonden: ${of('al verzonden').length}`);
  const changed = of('gewijzigd');
  if (changed.length) lines.push(`  overgeslagen, gewijzigd sinds verzending: ${changed.length} (hoe opnieuw te versturen staat per klant)`, ...listed(changed, true));
  const notReviewed = of('gewijzigd sinds proefrun');
  if (notReviewed.length) lines.push(`  niet verstuurd, anders dan in de proefrun: ${notReviewed.length} (maak een nieuwe proefrun en bekijk die)`, ...listed(notReviewed, true));
  const uncertain = of('onzeker');
  if (uncertain.length) lines.push(`  onzeker, mogelijk aangekomen: ${uncertain.length} (niet opnieuw verstuurd)`, ...listed(uncertain, true));
  const failed = of('mislukt');
  lines.push(`  mislukt: ${failed.length}`, ...listed(failed, true));
  const none = of('geen contact');
  lines.push(`  geen contact: ${none.length}`, ...listed(none, true));
  lines.push(`  afgemeld: ${of('afgemeld').length}`, ...listed(of('afgemeld'), false));
  const refused = of('geweigerd');
  if (refused.length) lines.push(`  geweigerd (PDF niet van deze klant): ${refused.length}`, ...listed(refused, true));
  return lines;
}
