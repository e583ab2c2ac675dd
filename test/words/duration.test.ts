// One duration format for the site and the PDFs (words/duration.ts). Expected values
// worked out by hand: 37,486 min = 624 h 46 min (624 x 60 = 37,440; 37,486 - 37,440 = 46);
// as calendar time 624 h = 26 days exactly (26 x 24 = 624), so "26 d 0 u" (minutes dropped).
import { describe, expect, it } from 'vitest';
import { durationText, NONE } from '../../src/words/index.ts';

describe('durations in the dienstvenster: hours and minutes, whatever the length', () => {
  it.each([
    { name: 'no time at all', minutes: 0, expected: '0 min' },
    { name: 'under an hour', minutes: 45, expected: '45 min' },
    { name: 'a whole hour', minutes: 60, expected: '1 u' },
    { name: '3 h 20 min', minutes: 200, expected: '3 u 20 min' },
    { name: 'a day or more stays in hours (a dienstvenster day is not 24 h)', minutes: 37_486, expected: '624 u 46 min' },
    { name: 'thousands separator: 72,000 min = 1,200 h', minutes: 72_000, expected: '1.200 u' },
    { name: '1,204 h 5 min: minutes kept past 100 h', minutes: 1204 * 60 + 5, expected: '1.204 u 5 min' },
  ])('$name', ({ minutes, expected }) => expect(durationText(minutes, 'dienstvenster')).toBe(expected));
});

describe('calendar-measured durations: days and hours from 24 h on', () => {
  it.each([
    { name: 'under an hour', minutes: 59, expected: '59 min' },
    { name: '23 h 59 min is still hours', minutes: 23 * 60 + 59, expected: '23 u 59 min' },
    { name: 'exactly one day', minutes: 1440, expected: '1 d 0 u' },
    { name: '37,486 min = 26 days and 46 min: the minutes drop', minutes: 37_486, expected: '26 d 0 u' },
    { name: '25 d 22 u: 25 x 1440 + 22 x 60 = 37,320', minutes: 37_320, expected: '25 d 22 u' },
  ])('$name', ({ minutes, expected }) => expect(durationText(minutes, 'kalender')).toBe(expected));
});

it('a missing duration is a dash, in either measure', () => {
  expect(durationText(null, 'kalender')).toBe(NONE);
  expect(durationText(null, null)).toBe(NONE);
});
