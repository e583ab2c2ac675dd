// The summary sentences (words/sentences.ts) that the client PDF, the management PDF and the
// report e-mail share: counts in plain Dutch, one storing worded as one, the share a figure.
import { describe, expect, it } from 'vitest';
import { openSentence, resolvedSentence } from '../../src/words/index.ts';

const none = { registered: 0, resolved: 0, met: 0, withinMargin: 0, shareMet: null, statusUpdatesJudged: 0, statusUpdatesOnTime: 0, openAtEnd: 0, openBreachedAtEnd: 0 };

describe('storingen resolved within their streeftijd', () => {
  it.each([
    { name: '6 of 7', f: { resolved: 7, met: 6 }, expected: 'Van de 7 storingen zijn er 6 binnen de streeftijd hersteld (85,7%).' },
    { name: 'none within', f: { resolved: 3, met: 0 }, expected: 'Van de 3 storingen is er geen binnen de streeftijd hersteld (0%).' },
    { name: 'one of two', f: { resolved: 2, met: 1 }, expected: 'Van de 2 storingen is er 1 binnen de streeftijd hersteld (50%).' },
    { name: '2 of 3, one of them in the "1 à 2 maanden" margin', f: { resolved: 3, met: 2, withinMargin: 1 }, expected: 'Van de 3 storingen zijn er 2 binnen de streeftijd hersteld, waarvan 1 binnen de marge (66,7%).' },
    { name: 'a single one, met', f: { resolved: 1, met: 1 }, expected: 'De herstelde storing is binnen de streeftijd hersteld (100%).' },
    { name: 'a single one, met in the margin', f: { resolved: 1, met: 1, withinMargin: 1 }, expected: 'De herstelde storing is binnen de streeftijd hersteld, binnen de marge (100%).' },
    { name: 'a single one, not met', f: { resolved: 1, met: 0 }, expected: 'De herstelde storing is niet binnen de streeftijd hersteld (0%).' },
    { name: 'nothing resolved', f: { resolved: 0, met: 0 }, expected: 'Er zijn geen storingen hersteld.' },
  ])('$name', ({ f, expected }) => {
    expect(resolvedSentence({ ...none, ...f, shareMet: f.resolved ? f.met / f.resolved : null })).toBe(expected);
  });
});

describe('storingen open at the end of the month', () => {
  it.each([
    { name: 'none: no sentence', f: { openAtEnd: 0, openBreachedAtEnd: 0 }, expected: null },
    { name: 'one, within its streeftijd', f: { openAtEnd: 1, openBreachedAtEnd: 0 }, expected: 'Aan het eind van de maand stond er nog 1 storing open.' },
    { name: 'one, past its streeftijd', f: { openAtEnd: 1, openBreachedAtEnd: 1 }, expected: 'Aan het eind van de maand stond er nog 1 storing open, die al over de streeftijd was.' },
    { name: 'two, none past', f: { openAtEnd: 2, openBreachedAtEnd: 0 }, expected: 'Aan het eind van de maand stonden er nog 2 storingen open.' },
    { name: 'two, one past', f: { openAtEnd: 2, openBreachedAtEnd: 1 }, expected: 'Aan het eind van de maand stonden er nog 2 storingen open, waarvan 1 over de streeftijd.' },
  ])('$name', ({ f, expected }) => {
    expect(openSentence({ ...none, ...f })).toBe(expected);
  });
});
