// A time zone setting: an IANA zone that exists (luxon/Intl), or a Dutch message
// with the closest existing name.
import { IANAZone } from 'luxon';
import { z } from 'zod';
import { closest } from './closest.ts';

export const ianaTimeZone = z.string().superRefine((name, ctx) => {
  if (IANAZone.isValidZone(name)) return;
  const suggestion = closest(name, Intl.supportedValuesOf('timeZone'));
  const hint = suggestion ? `; bedoelt u "${suggestion}"?` : ' (verwacht een IANA-naam zoals "Europe/Amsterdam")';
  ctx.addIssue({ code: z.ZodIssueCode.custom, message: `onbekende tijdzone ${JSON.stringify(name)}${hint}` });
});
