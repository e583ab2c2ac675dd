// The schema of a mapping file in data/mappings/ (JSON or YAML): how one helpdesk's
// export becomes canonical tickets. Only the fields named here are read from an
// export; every other column (descriptions, comments, requesters) is never looked at.
import { z } from 'zod';
import { niveaus, productIds, ticketTypes } from '../contract/schema.ts';
import { channels } from '../engine/ticket.ts';
import { formatProblem } from './date-format.ts';
import { ianaTimeZone } from '../validation/time-zone.ts';

/**
 * A field read from a column, optionally through a value map (keys compared trimmed
 * and case-insensitively), or one value for every row (`value`, e.g. the product of
 * an export that only holds one product).
 */
const field = <T extends z.ZodTypeAny>(target: T) =>
  z
    .object({
      /** The column's header as the export writes it; with repeated headers the first one counts. */
      column: z.string().min(1).optional(),
      /** Export value -> canonical value; when given, a value not in it sets the row aside. */
      map: z.record(z.string(), target).optional(),
      /** The same value for every row, instead of a column. */
      value: target.optional(),
    })
    .strict()
    .refine((f) => (f.column === undefined) !== (f.value === undefined), { message: 'geef "column" (eventueel met "map") of "value", niet allebei' })
    .refine((f) => f.value === undefined || f.map === undefined, { message: '"map" hoort bij "column", niet bij "value"' });

const column = z.object({ column: z.string().min(1) }).strict();
const niveau = z.number().int().min(niveaus[0]).max(niveaus[niveaus.length - 1]);

export const mappingSchema = z
  .object({
    /** Name shown in messages, e.g. "Zendesk ticketexport". */
    name: z.string().min(1),
    /** Header columns that together identify this export; the mapping is chosen when all are present. */
    detect: z.array(z.string().min(1)).min(1),
    /** IANA zone of timestamps written without an offset. */
    timeZone: ianaTimeZone,
    /** Date formats tried before ISO 8601 and Dutch day-month-year (tokens: see date-format.ts). */
    dateFormats: z
      .array(z.string().superRefine((f, ctx) => {
        const problem = formatProblem(f);
        if (problem) ctx.addIssue({ code: z.ZodIssueCode.custom, message: `datumformaat "${f}": ${problem}` });
      }))
      .default([]),
    /** Put before every ticket id, to keep the ids of different helpdesks apart. */
    idPrefix: z.string().default(''),
    fields: z
      .object({
        /** The ticket's number. */
        id: column,
        /** The client (organisation) the ticket is for. */
        clientId: column,
        /** The client's name as reports show it; the client id when absent. */
        clientName: column.optional(),
        product: field(z.enum(productIds)),
        type: field(z.enum(ticketTypes)),
        /** The final niveau (4.7). */
        niveau: field(niveau),
        /** The client's own niveau, when the export has it. */
        reportedNiveau: field(niveau).optional(),
        channel: field(z.enum(channels)),
        registeredAt: column,
        /** Final resolution; an empty cell means open. */
        resolvedAt: column.optional(),
        /** Last change of the ticket: decides which row wins when exports overlap. */
        updatedAt: column.optional(),
        /** Total minutes waited for the client, for exports without wait intervals: figures become approximate. */
        waitTotalMinutes: column.optional(),
        /** Number of reopens without their moments: figures become approximate when above 0. */
        reopens: column.optional(),
        /**
         * The ticket's subject (free text, may hold patient data): read only when named here,
         * cleaned and cut to 150 characters, and shown only in the client's own PDF and page.
         */
        subject: column.optional(),
      })
      .strict(),
  })
  .strict();

export type Mapping = z.infer<typeof mappingSchema>;
export type MappingInput = z.input<typeof mappingSchema>;
