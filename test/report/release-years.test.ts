// 3.4's releases are counted per calendar year, from the first release's or registration's year to
// the year of the last registration. The years are those of the contract's zone (Europe/Amsterdam),
// as release days are: a storing registered on New Year's Day 2027 at 00:30 (31 December 2026 23:30
// UTC) makes 2027 a year of the report. The bundled releases start in 2023.
import { describe, expect, it } from 'vitest';
import { modelOfRows } from '../support/model.ts';

describe('releases per year (3.4)', () => {
  it('ends with the year of the last registration in the contract zone, not in UTC', async () => {
    const model = await modelOfRows(
      [
        'J1,K1,Praktijk Nieuwjaar,intramed,incident,3,3,email,2026-01-01T00:30,2026-01-05T10:00,2026.1',
        'J2,K1,Praktijk Nieuwjaar,intramed,incident,3,3,email,2027-01-01T00:30,,2026.1',
      ],
      '2027-01-02T12:00',
    );
    expect(model.norms.releaseYears.map((y) => y.year)).toEqual([2023, 2024, 2025, 2026, 2027]);
  });
});
