// The dienstvensters and the feestdagen that applied, then the explanation of the
// norms and the clock, quoted from the SLA content in the model (art. 1, 4.1, 4.4, 4.6).
import type { SlaSummary } from '../../report/sla-summary.ts';
import { clientReportReading, overWeekWords, sameDayWords, formatDate, kindWord, monthName, percentText } from '../../words/index.ts';
import { bullet, heading, paragraph, type Doc } from '../layout.ts';
import type { ClientContext } from './context.ts';

const list = (items: string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`);

export function dienstvenstersText(sla: SlaSummary): string {
  const open = sla.dienstvensters.map((g) => `${list(g.days)} ${g.open}–${g.close} uur`).join('; ');
  return `Het dienstvenster (artikel ${sla.dienstvenstersClause}) is ${open}, niet op erkende feestdagen. Registratie via e-mail kan ${sla.emailRegistration}.`;
}

/** The erkende feestdagen that closed the dienstvenster while the report's storingen ran. */
function feestdagenApplied(ctx: ClientContext): string {
  const { from, to, days: feestdagen } = ctx.feestdagen;
  // Storingen registered before the month ran over earlier feestdagen: the list starts at the first registration.
  const span = from === `${ctx.month}-01` ? `In ${monthName(ctx.month)}` : `Van ${formatDate(from)} (registratie van de eerste storing in dit rapport) t/m ${formatDate(to)}`;
  return feestdagen.length ? `${span} was het dienstvenster gesloten op ${list(feestdagen.map((f) => `${f.name} (${formatDate(f.date)})`))}.` : `${span} viel geen erkende feestdag.`;
}

/** Which days count as erkende feestdagen (this product's reading) and the contract's extra closures. */
function feestdagenReadingText(ctx: ClientContext): string {
  const { sla } = ctx.view;
  const extra = sla.feestdagenExtra.length ? ` Daarnaast gesloten: ${list(sla.feestdagenExtra.map((f) => `${f.name} (${formatDate(f.date)})`))}.` : '';
  return `${sla.feestdagenReading}${extra}`;
}

/** The dienstvensters and the feestdagen that applied: short, the reading in small print. */
export function dienstvensters(doc: Doc, ctx: ClientContext): void {
  heading(doc, 'Dienstvensters en feestdagen');
  paragraph(doc, dienstvenstersText(ctx.view.sla));
  paragraph(doc, feestdagenApplied(ctx));
  paragraph(doc, feestdagenReadingText(ctx), { muted: true, size: 8 });
}

function streeftijdenLines(ctx: ClientContext): string[] {
  const { sla } = ctx.view;
  return sla.products
    .filter((p) => ctx.client.products.includes(p.id))
    .flatMap((p) =>
      (['incident', 'bug'] as const).map((type) => {
        const levels = sla.streeftijden.filter((s) => s.product === p.id && s.type === type).map((s) => `niveau ${s.niveau}: ${s.label}`);
        return `${p.name}, ${kindWord(type, true)}: ${levels.join('; ')}.`;
      }),
    );
}

export function explanation(doc: Doc, ctx: ClientContext): void {
  const { sla } = ctx.view;
  heading(doc, 'Toelichting');
  if (sla.hersteltijdDefinition) paragraph(doc, `Hersteltijd (artikel 1): ${sla.hersteltijdDefinition}`);
  paragraph(doc, `Streeftijden (artikel ${sla.streeftijdenClause}):`);
  for (const line of streeftijdenLines(ctx)) bullet(doc, line);
  paragraph(
    doc,
    'Zo meten wij de klok: bij streeftijden in uren en werkdagen loopt de klok alleen binnen het dienstvenster; bij weken, maanden en "volgende halfjaarlijkse update" loopt zij op kalendertijd. ' +
      'Bij uren en werkdagen start de klok bij de registratie, of bij de eerstvolgende opening van het dienstvenster als buiten het dienstvenster is geregistreerd; ' +
      'bij weken, maanden en "volgende halfjaarlijkse update" start zij bij de registratie zelf (artikel 1: de Hersteltijd loopt vanaf het tijdstip van registratie; lezing van deze rapportage). ' +
      'Tijd waarin Leverancier wacht op de medewerking van Klant telt niet mee.',
  );
  paragraph(
    doc,
    `Statusupdate (artikel ${sla.statusUpdateClause}): op ${percentText(sla.statusUpdateFraction)} van de streeftijd ontvangt u een statusupdate over het herstel. ` +
      'Het aandeel binnen de streeftijd is een cijfer, geen norm: de SLA geeft een streeftijd per storing en geen percentage.',
  );
  const d = sla.incidentDistribution;
  paragraph(
    doc,
    `Incidenten (artikel ${d.clause}): de SLA noemt ${sameDayWords(d.sameDayShare)} en ${overWeekWords(d.maxOneWeekShare)}; ` +
      'dat zijn circa-waarden, de rapportage toont het gemeten aandeel ernaast zonder oordeel. Dezelfde dag: opgelost op de kalenderdag van de melding. ' +
      'Langer dan een week: een hersteltijd (zonder wachttijd op de klant en zonder de tijd tussen herstel en heropening) van meer dan 7 × 24 uur.',
  );
  paragraph(doc, clientReportReading(d.reportDue));
}
