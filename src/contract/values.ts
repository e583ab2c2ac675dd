// The contract's fixed lists of values, apart from the schema: code that only needs
// the values (such as the export reader's worker thread) loads no zod.
export const productIds = ['intramed', 'intramed-online'] as const;
export const ticketTypes = ['incident', 'bug', 'question', 'change'] as const;
export const niveaus = [1, 2, 3] as const;
