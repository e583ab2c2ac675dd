// Every kind of validation problem reads as Dutch, never as the validator's English
// default; the expected texts are written out by hand.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { closest } from '../../src/validation/closest.ts';
import { dutchErrorMap } from '../../src/validation/issue-text.ts';

const messageOf = (schema: z.ZodTypeAny, value: unknown) => {
  const r = schema.safeParse(value, { errorMap: dutchErrorMap });
  expect(r.success).toBe(false);
  return r.success ? '' : r.error.issues.map((i) => i.message).join(' | ');
};

describe('Dutch text for each kind of problem', () => {
  const unit = z.discriminatedUnion('unit', [z.object({ unit: z.literal('uren') }), z.object({ unit: z.literal('maanden') })]);
  it.each([
    { name: 'text where a number belongs', schema: z.number(), value: 'vier', expected: 'verwacht een getal, gekregen tekst' },
    { name: 'a fraction where a whole number belongs', schema: z.number().int(), value: 1.5, expected: 'verwacht een geheel getal, gekregen een getal' },
    { name: 'a missing field', schema: z.object({ title: z.string() }), value: {}, expected: 'ontbreekt (verwacht tekst)' },
    { name: 'a list where a block belongs', schema: z.object({}), value: [], expected: 'verwacht een blok met sleutels en waarden, gekregen een lijst' },
    { name: 'another fixed value', schema: z.literal('phone'), value: 'email', expected: 'verwacht "phone", gekregen "email"' },
    { name: 'a value one letter off', schema: z.enum(['on-premise', 'hosted']), value: 'hostd', expected: 'onbekende waarde "hostd" (toegestaan: "on-premise", "hosted"); bedoelt u "hosted"?' },
    // "maand" is two letters short of "maanden": close enough to suggest.
    { name: 'an unknown kind of streeftijd', schema: unit, value: { unit: 'maand' }, expected: 'onbekende waarde "maand" (toegestaan: "uren", "maanden"); bedoelt u "maanden"?' },
    { name: 'a list of the wrong length', schema: z.array(z.number()).length(3), value: [1, 2], expected: 'verwacht precies 3 elementen' },
    { name: 'an empty list', schema: z.array(z.number()).min(1), value: [], expected: 'verwacht minstens 1 element' },
    { name: 'empty text', schema: z.string().min(1), value: '', expected: 'mag niet leeg zijn' },
    { name: 'zero where more is needed', schema: z.number().gt(0), value: 0, expected: 'moet groter dan 0 zijn' },
    { name: 'a share of 1 where less is needed', schema: z.number().lt(1), value: 1, expected: 'moet kleiner dan 1 zijn' },
    { name: 'a share above 1', schema: z.number().max(1), value: 2, expected: 'mag hoogstens 1 zijn' },
    { name: 'a value of neither form', schema: z.union([z.string(), z.number()]), value: true, expected: 'past bij geen van de toegestane vormen' },
    { name: 'not a multiple', schema: z.number().multipleOf(5), value: 7, expected: 'moet een veelvoud van 5 zijn' },
    { name: 'infinity', schema: z.number().finite(), value: Infinity, expected: 'moet een eindig getal zijn' },
    { name: 'a date that is no date', schema: z.date(), value: new Date('x'), expected: 'geen geldige datum' },
    { name: 'text of the wrong form', schema: z.string().email(), value: 'x', expected: 'tekst heeft niet de verwachte vorm' },
    { name: 'a refinement without its own text', schema: z.string().refine(() => false), value: 'x', expected: 'ongeldige waarde' },
    { name: 'a block with an unknown key', schema: z.object({}).strict(), value: { reopen: 1 }, expected: 'onbekende sleutel(s): "reopen"' },
    { name: 'the schema\'s own text wins', schema: z.string().regex(/^\d\d:\d\d$/, 'verwacht HH:MM'), value: '8 uur', expected: 'verwacht HH:MM' },
  ])('$name', ({ schema, value, expected }) => {
    expect(messageOf(schema, value)).toBe(expected);
  });
});

describe('the closest known name', () => {
  const keys = ['werkdagen', 'niveau', 'atRiskFraction', 'releaseCutoffDays', 'reopens', 'id'];
  it.each([
    { name: 'atRiskFractoin', expected: 'atRiskFraction', why: 'two letters swapped' },
    { name: 'reopen', expected: 'reopens', why: 'one letter missing' },
    { name: 'Niveau', expected: 'niveau', why: 'case does not count' },
    { name: 'releaseCutoff', expected: null, why: 'four letters missing: too far to guess' },
    { name: 'ix', expected: 'id', why: 'one letter off in a two-letter name' },
    { name: 'xy', expected: null, why: 'two letters off in a two-letter name' },
  ])('$name: $why', ({ name, expected }) => {
    expect(closest(name, keys)).toBe(expected);
  });
});
