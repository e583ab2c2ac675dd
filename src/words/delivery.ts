// The e-mail that carries a client's monthly report: subject and a short text in
// Dutch. The figures come from the report's own summary sentence (sentences.ts),
// as the PDF's summary words them; nothing here counts.
import { clientReportTitle } from './client-report.ts';
import { formatDateTime, monthName } from './dates.ts';

/** "Servicerapportage november 2025 – Praktijk Zuid (K2)": the PDF's title, so the two read alike. */
export function reportSubject(month: string, clientName: string, clientId: string, replaces: boolean): string {
  return `${clientReportTitle(month, clientName, clientId)}${replaces ? ' (vervangt eerdere versie)' : ''}`;
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
  /** When an earlier version of this report was sent (ISO instant; '' when not known); null for a first message. */
  replacesSentAt: string | null;
}

/** The message text: what is attached, the month in a sentence or two, whom to contact. */
export function reportMessageText(w: ReportMessageWords): string {
  const replaces = w.replacesSentAt === null ? [] : [`Dit bericht vervangt de rapportage over ${monthName(w.month)} die wij u ${w.replacesSentAt ? `op ${formatDateTime(w.replacesSentAt)}` : 'eerder'} stuurden: de rapportage is sindsdien bijgewerkt. Gebruikt u voortaan deze versie.`, ''];
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

export interface DeliveryRowWords {
  client: string;
  name: string;
  status: 'klaar' | 'verzonden' | 'al verzonden' | 'gewijzigd' | 'mislukt' | 'geen contact' | 'afgemeld' | 'geweigerd';
  note: string;
  replaces: boolean;
}

/** The end-of-run summary: counts per outcome, and per client what failed, was refused or has no contact. */
export function deliverySummary(month: string, rows: readonly DeliveryRowWords[], dryRun: boolean): string[] {
  const of = (status: DeliveryRowWords['status']) => rows.filter((r) => r.status === status);
  const listed = (list: DeliveryRowWords[], withNote: boolean) => list.map((r) => `    ${r.client} ${r.name}${withNote && r.note ? `: ${r.note}` : ''}`);
  const sent = of('verzonden');
  const again = sent.filter((r) => r.replaces).length;
  const lines = [`Verzending ${monthName(month)}${dryRun ? ' (proefrun: niets verstuurd; verstuur met --send)' : ''}: ${rows.length} klant(en) met een rapport`];
  if (dryRun) lines.push(`  klaar om te versturen: ${of('klaar').length}`);
  else lines.push(`  verzonden: ${sent.length}${again ? ` (waarvan ${again} opnieuw, met --opnieuw: vervangt een eerder verzonden versie)` : ''}`);
  lines.push(`  overgeslagen, al verzonden: ${of('al verzonden').length}`);
  const changed = of('gewijzigd');
  if (changed.length) lines.push(`  overgeslagen, gewijzigd sinds verzending: ${changed.length} (opnieuw versturen met --opnieuw)`, ...listed(changed, true));
  const failed = of('mislukt');
  lines.push(`  mislukt: ${failed.length}`, ...listed(failed, true));
  const none = of('geen contact');
  lines.push(`  geen contact: ${none.length}`, ...listed(none, false));
  lines.push(`  afgemeld: ${of('afgemeld').length}`, ...listed(of('afgemeld'), false));
  const refused = of('geweigerd');
  if (refused.length) lines.push(`  geweigerd (PDF niet van deze klant): ${refused.length}`, ...listed(refused, true));
  return lines;
}
