// Dutch formatting: nl-NL and Europe/Amsterdam whatever the machine's locale and zone.
import { describe, expect, it } from 'vitest';
import { durationText, formatAxisDay, formatDate, formatDateTime, formatMonthShort, formatNumber, formatShare, monthName, NONE, periodText, rangeText } from '../../src/words/index.ts';

describe('numbers and shares', () => {
  it.each([
    { value: 0, expected: '0' },
    { value: 1234, expected: '1.234' },
    { value: 150000, expected: '150.000' },
  ])('formatNumber($value) = $expected', ({ value, expected }) => expect(formatNumber(value)).toBe(expected));

  it.each([
    { value: 0.953, expected: '95,3%' },
    { value: 1, expected: '100,0%' },
    { value: 0.95, expected: '95,0%' },
    { value: 0.00049, expected: '0,0%' },
  ])('formatShare($value) = $expected', ({ value, expected }) => expect(formatShare(value).replace(/\u00a0/g, ' ')).toBe(expected));

  it('a missing figure is a dash', () => {
    expect(formatShare(null)).toBe(NONE);
    expect(formatNumber(null)).toBe(NONE);
    expect(durationText(null, 'dienstvenster')).toBe(NONE);
  });

});

// One format for the site and the PDFs: "02-01-2025 14:32", days "02-01-2025", in Amsterdam time
// (UTC+1 in winter, UTC+2 from the last Sunday of March to the last Sunday of October).
describe('moments in Amsterdam time', () => {
  it.each([
    { name: 'winter time, offset given as UTC', iso: '2025-03-04T13:05:00Z', expected: '04-03-2025 14:05' },
    { name: 'summer time', iso: '2025-07-01T06:00:00Z', expected: '01-07-2025 08:00' },
    { name: 'already in Amsterdam offset', iso: '2025-12-31T23:30:00+01:00', expected: '31-12-2025 23:30' },
    { name: 'UTC evening is the next Amsterdam day', iso: '2025-06-30T22:30:00Z', expected: '01-07-2025 00:30' },
    { name: 'the hour after the clocks go back (26 Oct 2025, 01:30 UTC)', iso: '2025-10-26T01:30:00Z', expected: '26-10-2025 02:30' },
    { name: 'another offset is rewritten to Amsterdam time', iso: '2025-03-04T08:05:00-05:00', expected: '04-03-2025 14:05' },
  ])('$name', ({ iso, expected }) => expect(formatDateTime(iso)).toBe(expected));

  it('days, ranges, axis labels and months', () => {
    expect(formatDate('2025-04-27')).toBe('27-04-2025');
    expect(formatDate('2025-04-26T23:30:00Z')).toBe('27-04-2025');
    expect(formatDate(null)).toBe(NONE);
    expect(rangeText('2026-03-01', '2026-03-31')).toBe('01-03-2026 t/m 31-03-2026');
    // 1 January 2025 was a Wednesday, so 3 March 2025 (61 days later) a Monday.
    expect(formatAxisDay('2025-03-03')).toBe('ma 03-03');
    expect(monthName('2025-03')).toBe('maart 2025');
    expect(formatMonthShort('2025-10')).toBe('okt 25');
    expect(periodText('2026-02')).toBe('1 t/m 28 februari 2026');
  });
});
