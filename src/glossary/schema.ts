// The glossary of contract terms (content/glossary/begrippen.yaml): each Dutch
// term the code keeps, with its clause, the contract's definition and the identifiers.
import { z } from 'zod';

export const glossaryEntrySchema = z.object({
  /** Position in the file: the glossary page keeps the file's order. */
  order: z.number().int().nonnegative(),
  /** The term as the contract writes it, e.g. "Hersteltijd". */
  term: z.string().min(1),
  /** The clause(s) that define or use it, e.g. "1, 4.6". */
  clause: z.string().min(1),
  /** The contract's own definition (quoted or closely paraphrased). */
  definition: z.string().min(1),
  /** Code identifiers that carry the term. */
  identifiers: z.array(z.string()).default([]),
  /** How the tool applies it, when that needs saying. */
  note: z.string().optional(),
});

export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

/** A stable id for an entry: its term in lower case, non-letters as dashes. */
export function glossaryId(term: string): string {
  return term.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
