// Dutch text for every kind of zod issue, so a person fixing an SLA or a mapping
// never reads the validator's English defaults. Messages a schema writes itself
// (a refinement, a regex) take precedence over these.
import { z } from 'zod';
import { closest } from './closest.ts';

/** What a value is, as "verwacht ..." says it. */
const expectedText: Partial<Record<z.ZodParsedType, string>> = {
  string: 'tekst',
  number: 'een getal',
  integer: 'een geheel getal',
  float: 'een getal',
  boolean: 'true of false',
  date: 'een datum',
  array: 'een lijst',
  object: 'een blok met sleutels en waarden',
  null: 'leeg (null)',
};

/** What a value was, as "gekregen ..." says it. */
const receivedText: Partial<Record<z.ZodParsedType, string>> = {
  ...expectedText,
  nan: 'geen getal (NaN)',
  boolean: 'true/false',
  null: 'een lege waarde',
};

const typeText = (table: typeof expectedText, type: z.ZodParsedType) => table[type] ?? type;
const quoted = (values: readonly unknown[]) => values.map((v) => JSON.stringify(v)).join(', ');

function tooSmall(issue: z.ZodTooSmallIssue): string {
  const n = Number(issue.minimum);
  if (issue.type === 'array') return issue.exact ? `verwacht precies ${n} elementen` : `verwacht minstens ${n} element${n === 1 ? '' : 'en'}`;
  if (issue.type === 'string') return n === 1 && !issue.exact ? 'mag niet leeg zijn' : `verwacht minstens ${n} tekens`;
  if (issue.type === 'number') return issue.inclusive ? `moet minstens ${n} zijn` : `moet groter dan ${n} zijn`;
  return `te klein (minimum ${n})`;
}

function tooBig(issue: z.ZodTooBigIssue): string {
  const n = Number(issue.maximum);
  if (issue.type === 'array') return issue.exact ? `verwacht precies ${n} elementen` : `verwacht hoogstens ${n} elementen`;
  if (issue.type === 'string') return `verwacht hoogstens ${n} tekens`;
  if (issue.type === 'number') return issue.inclusive ? `mag hoogstens ${n} zijn` : `moet kleiner dan ${n} zijn`;
  return `te groot (maximum ${n})`;
}

function enumValue(received: unknown, options: readonly unknown[]): string {
  const suggestion = typeof received === 'string' ? closest(received, options.map(String)) : null;
  return `onbekende waarde ${JSON.stringify(received)} (toegestaan: ${quoted(options)})${suggestion ? `; bedoelt u "${suggestion}"?` : ''}`;
}

/** Dutch message for one zod issue. */
export function issueText(issue: z.ZodIssueOptionalMessage, data: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.received === 'undefined') return `ontbreekt (verwacht ${typeText(expectedText, issue.expected)})`;
      return `verwacht ${typeText(expectedText, issue.expected)}, gekregen ${typeText(receivedText, issue.received)}`;
    case 'invalid_literal':
      return `verwacht ${JSON.stringify(issue.expected)}, gekregen ${JSON.stringify(issue.received)}`;
    case 'invalid_enum_value':
      return enumValue(issue.received, issue.options);
    case 'invalid_union_discriminator':
      // Reported on the discriminator key, with the whole object as the data.
      return enumValue((data as Record<string | number, unknown> | null)?.[issue.path.at(-1) ?? ''], issue.options);
    case 'invalid_union':
      return 'past bij geen van de toegestane vormen';
    case 'unrecognized_keys':
      return `onbekende sleutel(s): ${quoted(issue.keys)}`;
    case 'too_small':
      return tooSmall(issue);
    case 'too_big':
      return tooBig(issue);
    case 'invalid_string':
      return 'tekst heeft niet de verwachte vorm';
    case 'invalid_date':
      return 'geen geldige datum';
    case 'not_multiple_of':
      return `moet een veelvoud van ${Number(issue.multipleOf)} zijn`;
    case 'not_finite':
      return 'moet een eindig getal zijn';
    case 'invalid_intersection_types':
      return 'de waarden zijn niet samen te voegen';
    case 'invalid_arguments':
    case 'invalid_return_type':
      return 'ongeldige functie';
    case 'custom':
      return 'ongeldige waarde';
  }
}

/** The error map to pass to `safeParse`: Dutch for every issue zod reports. */
export const dutchErrorMap: z.ZodErrorMap = (issue, ctx) => ({ message: issueText(issue, ctx.data) });
