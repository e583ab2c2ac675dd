// Dutch formatting: nl-NL and Europe/Amsterdam whatever the machine's locale and zone.
import { describe, expect, it } from 'vitest';
import { dateTimeText, durationText, formatDate, formatDateNumeric, formatDateTime, formatMonthShort, formatNumber, formatShare, momentText, monthName, NONE, periodText } from '../../src/words/index.ts';

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

describe('moments in Amsterdam time', () => {
  it.each([
    { name: 'winter time, offset given as UTC', iso: '2025-03-04T13:05:00Z', expected: 'di 4 mrt 2025, 14:05' },
    { name: 'summer time', iso: '2025-07-01T06:00:00Z', expected: 'di 1 jul 2025, 08:00' },
    { name: 'already in Amsterdam offset', iso: '2025-12-31T23:30:00+01:00', expected: 'wo 31 dec 2025, 23:30' },
    { name: 'UTC evening is the next Amsterdam day', iso: '2025-06-30T22:30:00Z', expected: 'di 1 jul 2025, 00:30' },
  ])('$name', ({ iso, expected }) => expect(formatDateTime(iso)).toBe(expected));

  it('dates and months', () => {
    expect(formatDate('2025-04-27')).toBe('27 april 2025');
    expect(formatDate('2025-04-26T23:30:00Z')).toBe('27 april 2025');
    expect(monthName('2025-03')).toBe('maart 2025');
    expect(formatMonthShort('2025-10')).toBe('okt 25');
  });
});


describe('the PDFs read dates from the ISO digits, never from the machine\'s zone', () => {
  it('a late-evening instant stays on its own day and time', () => {
    // 31 Dec 2025 23:30 in Amsterdam is 22:30 UTC; the digits are what the contract's zone says.
    expect(dateTimeText('2025-12-31T23:30:00+01:00')).toBe('31-12-2025 23:30');
    expect(momentText('2025-12-31T23:30:00+01:00')).toBe('wo 31 december 2025 23:30');
    expect(periodText('2026-02')).toBe('1 t/m 28 februari 2026');
    expect(formatDateNumeric('2026-01-17')).toBe('17-01-2026');
  });
});
