// The SLA as data: the zod schema of the contract's MDX frontmatter. Astro's
// content collection and the CLI/engine validate with this one schema.
import { z } from 'zod';
import { ianaTimeZone } from '../validation/time-zone.ts';
import { strictEverywhere } from '../validation/strict.ts';
import { niveaus, productIds, ticketTypes } from './values.ts';

const clause = z.string().min(1).describe('Clause of the contract this norm comes from, e.g. "4.6".');
const time = z
  .string()
  .regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, 'verwacht HH:MM (00:00-24:00)')
  .describe('Local clock time, HH:MM.');
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'verwacht JJJJ-MM-DD')
  .refine((d) => {
    const [y, m, day] = d.split('-').map(Number);
    const date = new Date(Date.UTC(y, m - 1, day));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === day;
  }, 'geen bestaande datum')
  .describe('Calendar date, YYYY-MM-DD.');

export { productIds, ticketTypes, niveaus };
export const weekdays = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'] as const;

export const productId = z.enum(productIds);
export const ticketType = z.enum(ticketTypes);
export const niveau = z.union([z.literal(1), z.literal(2), z.literal(3)]);

/** One opening window of a day, [open, close). */
const window = z
  .object({ open: time, close: time })
  .refine((w) => w.open < w.close, { message: 'open moet voor close liggen' });

/** How a streeftijd is measured (4.6). */
export const streeftijdTarget = z.discriminatedUnion('unit', [
  z.object({ unit: z.literal('uren'), amount: z.number().int().positive().describe('Hours of dienstvenster time.') }),
  z.object({ unit: z.literal('werkdagen'), amount: z.number().int().positive().describe('Werkdagen, see clock.werkdagen.') }),
  z.object({ unit: z.literal('kalenderdagen'), amount: z.number().int().positive().describe('Calendar days, clock always runs.') }),
  z.object({
    unit: z.literal('maanden'),
    amount: z.number().int().positive().describe('Calendar months within which the streeftijd is met.'),
    marginAmount: z.number().int().positive().optional().describe('Upper bound in months ("binnen marge"); breached after.'),
  }),
  z.object({ unit: z.literal('volgende-release'), describe: z.string().optional() }),
]);

export const streeftijd = z.object({
  product: productId.describe('Product the streeftijd applies to.'),
  type: z.enum(['incident', 'bug']).describe('Ticket kind: incident or bug.'),
  niveau: niveau.describe('Storingsniveau 1-3 (4.5).'),
  label: z.string().describe('The contract\'s own wording, e.g. "1 werkdag".'),
  target: streeftijdTarget,
});

/** The whole frontmatter; every object in it refuses unknown keys (a misspelt key is an error, not a default). */
export const slaFrontmatterSchema = strictEverywhere(z
  .object({
    title: z.string().describe('Title of the contract.'),
    version: z.string().min(1).describe('Contract version, shown in every report.'),
    validFrom: isoDate.describe('First registration date judged by this version.'),
    timeZone: ianaTimeZone.default('Europe/Amsterdam').describe('Zone of the dienstvensters and of timestamps without offset.'),
    products: z
      .array(
        z.object({
          id: productId.describe('Identifier used in the data.'),
          name: z.string().describe('Product name as the contract writes it.'),
          delivery: z.enum(['on-premise', 'hosted']).describe('On premise or hosted.'),
          leverancier: z.string().describe('The Leverancier for this product (art. 1).'),
        }),
      )
      .min(1),
    niveaus: z
      .array(z.object({ niveau, clause, omschrijving: z.string().describe('The contract\'s description (4.5).') }))
      .length(3),
    ticketTypes: z
      .array(
        z.object({
          id: ticketType.describe('Identifier used in the data.'),
          name: z.string().describe('Dutch name.'),
          clause,
          hasStreeftijd: z.boolean().describe('Whether 4.6 sets a hersteltijd streeftijd for it.'),
        }),
      )
      .min(1),
    dienstvensters: z
      .object({
        clause,
        week: z
          .object(Object.fromEntries(weekdays.map((d) => [d, window.nullable()])) as Record<
            (typeof weekdays)[number],
            z.ZodNullable<typeof window>
          >)
          .describe('Opening window per weekday; null = closed.'),
        emailRegistration: z.string().describe('When e-mail registration is possible (4.4).'),
      })
      .describe('Dienstvensters (4.1, 4.4).'),
    feestdagen: z
      .object({
        clause,
        source: z.literal('algemene-termijnenwet').describe('Erkende feestdagen as in the Algemene termijnenwet, art. 3 lid 1.'),
        goedeVrijdag: z
          .boolean()
          .default(true)
          .describe('Art. 3 lid 2 Awt: Goede Vrijdag is equated with the feestdagen of lid 1 (this product\'s reading of "erkende feestdagen").'),
        gelijkgesteld: z
          .array(
            z.object({
              date: isoDate,
              name: z.string().min(1),
              staatscourant: z.string().min(1).describe('Where the besluit was published, e.g. "Stcrt. 2024, 12345".'),
            }),
          )
          .default([])
          .describe('Art. 3 lid 3 Awt: days the government equated with the feestdagen, each with its Staatscourant publication.'),
        extra: z.array(z.object({ date: isoDate, name: z.string() })).default([]).describe('Extra closure dates.'),
        removed: z.array(isoDate).default([]).describe('Derived feestdagen on which the dienstvenster is open after all.'),
      })
      .describe('Erkende feestdagen: closed days (4.1).'),
    hersteltijden: z
      .object({ clause, streeftijden: z.array(streeftijd).min(1) })
      .describe('Hersteltijd streeftijden per product, kind and niveau (4.6).'),
    clock: z
      .object({
        werkdagen: z
          .discriminatedUnion('mode', [
            z.object({ mode: z.literal('zelfde-kloktijd') }),
            z.object({ mode: z.literal('vaste-uren'), hoursPerWerkdag: z.number().positive() }),
          ])
          .default({ mode: 'zelfde-kloktijd' })
          .describe('"N werkdagen": same clock time on the N-th following werkdag, or N fixed hours per werkdag.'),
        niveau: z
          .enum(['definitief-vanaf-registratie', 'definitief-vanaf-wijziging'])
          .default('definitief-vanaf-registratie')
          .describe('Whether the final niveau governs from registration or from the last niveau change.'),
        atRiskFraction: z.number().gt(0).lt(1).default(0.75).describe('Share of the streeftijd consumed at which an open ticket is at risk.'),
        releaseCutoffDays: z.number().int().min(0).default(0).describe('Bugs registered this many days before a release go to the one after.'),
      })
      .default({})
      .describe('How the contract\'s words become a clock (documented choices).'),
    statusUpdate: z
      .object({ clause, fractionOfStreeftijd: z.number().gt(0).lt(1) })
      .describe('Status update at half the applicable streeftijd (4.6).'),
    resolutionNotice: z.object({ clause }).describe('Notice to the client when the Storing is resolved (4.6).'),
    workaround: z.object({ clause }).describe('Effort to offer a workaround (4.6).'),
    incidentDistribution: z
      .object({
        clause,
        sameDayShare: z.number().min(0).max(1).describe('About this share of incidents resolved the same day.'),
        maxOneWeekShare: z.number().min(0).max(1).describe('About this share may take up to one week.'),
        reportDue: z
          .enum(['sluiting-dienstvenster', 'einde-dag'])
          .default('sluiting-dienstvenster')
          .describe('When an incident not resolved on its melding day must be reported to the client: at the close of that day\'s dienstvenster (or the next one when registered after it), or at the end of that day.'),
      })
      .describe('Incident resolution distribution, indicative ("circa"), and the report to the client when not resolved the same day (4.6).'),
    reporting: z
      .object({
        clause,
        niveau1Channel: z.literal('phone').describe('Niveau 1 is always reported by phone (4.7).'),
        emailAcknowledgement: z.boolean().describe('E-mail requests get an automatic acknowledgement (4.7).'),
        finalNiveauBy: z.literal('leverancier').describe('Leverancier sets the final niveau (4.7).'),
      })
      .describe('Melden van Storingen (4.7).'),
    supportedVersions: z
      .object({ clause, count: z.number().int().positive() })
      .describe('The latest version plus the two before it are supported (2.6).'),
    releases: z
      .object({ clause, minHalfYearlyPerYear: z.number().int().positive().describe('Updates of Intramed per calendar year, at least (3.4).') })
      .describe('Doorontwikkeling: at least two updates a year (3.4).'),
    backups: z
      .object({
        clause,
        dailyOnSiteDays: z.number().int().positive().describe('Daily back-ups kept on-site this many days (3.5 a).'),
        dailyOffSiteDays: z.number().int().positive().describe('Daily back-ups kept off-site this many days (3.5 b).'),
        weeklyOffSite: z.number().int().positive().describe('Most recent weekly back-ups kept off-site (3.5 c).'),
        monthlyOffSite: z.number().int().positive().describe('Most recent monthly back-ups kept off-site (3.5 d).'),
      })
      .describe('Back-up strategy of Convenient BV (3.5).'),
    changeManagement: z
      .object({
        clause,
        informWithinWerkdagen: z.number().int().min(0).describe('"Onverwijld": a refused change is reported to the client within this many werkdagen (6.3).'),
        note: z.string().describe('The contract says "onverwijld"; the number of werkdagen is this product\'s reading of it.'),
      })
      .describe('Wijzigingsbeheer (art. 6).'),
    article5: z
      .object({ clause, planVanAanpakWeeks: z.number().int().positive() })
      .describe('Plan van aanpak within this many weeks of discussing a complaint (5.2).'),
  })
  .superRefine((sla, ctx) => {
    // Every kind the contract gives a streeftijd needs one for every product and niveau.
    for (const kind of sla.ticketTypes.filter((t) => t.hasStreeftijd)) {
      for (const product of sla.products) {
        for (const n of niveaus) {
          if (!sla.hersteltijden.streeftijden.some((s) => s.product === product.id && s.type === kind.id && s.niveau === n)) {
            ctx.addIssue({ code: 'custom', path: ['hersteltijden', 'streeftijden'], message: `geen streeftijd voor ${product.id}/${kind.id}/niveau ${n}` });
          }
        }
      }
    }
    const seen = new Set<string>();
    sla.hersteltijden.streeftijden.forEach((s, i) => {
      const key = `${s.product}/${s.type}/${s.niveau}`;
      if (seen.has(key)) {
        ctx.addIssue({ code: 'custom', path: ['hersteltijden', 'streeftijden', i], message: `dubbele streeftijd voor ${key}` });
      }
      seen.add(key);
    });
  }));

export type SlaFrontmatter = z.infer<typeof slaFrontmatterSchema>;
export type Streeftijd = z.infer<typeof streeftijd>;
export type StreeftijdTarget = z.infer<typeof streeftijdTarget>;
export type ProductId = z.infer<typeof productId>;
export type TicketType = z.infer<typeof ticketType>;
export type Niveau = z.infer<typeof niveau>;
export type Weekday = (typeof weekdays)[number];
