// The erkende feestdagen of a period (4.1, Algemene termijnenwet art. 3) as the client PDF and
// the dossiers list them. Each year's days are worked out once per settings, so these cases also
// check that two settings never share a year and that a caller cannot change a later answer.
// Expected days by hand from the calendar:
//   Christmas 2024 to 5 January 2025: Eerste and Tweede Kerstdag (25, 26 Dec 2024), Nieuwjaarsdag
//   (1 Jan 2025); in date order across the year boundary.
//   April 2026: Easter Sunday is 5 April, so Goede Vrijdag is 3 April (lid 2) and Tweede Paasdag
//   6 April (lid 1); Koningsdag 27 April is a Monday (lid 1). Without Goede Vrijdag only 6 and 27.
import { describe, expect, it } from 'vitest';
import type { SlaFrontmatter } from '../../src/contract/schema.ts';
import { feestdagenBetween } from '../../src/report/sla-summary.ts';

const settings = (over: Partial<SlaFrontmatter['feestdagen']> = {}): SlaFrontmatter['feestdagen'] => ({
  clause: '4.1',
  source: 'algemene-termijnenwet',
  goedeVrijdag: true,
  gelijkgesteld: [],
  extra: [],
  removed: [],
  ...over,
});

describe('feestdagenBetween', () => {
  it('lists the days of a period over the year boundary in date order', () => {
    expect(feestdagenBetween('2024-12-20', '2025-01-05', settings())).toEqual([
      { date: '2024-12-25', name: 'Eerste Kerstdag' },
      { date: '2024-12-26', name: 'Tweede Kerstdag' },
      { date: '2025-01-01', name: 'Nieuwjaarsdag' },
    ]);
  });

  it('answers for the settings asked about, also when other settings asked for the same year first', () => {
    const withGoedeVrijdag = settings();
    const withoutGoedeVrijdag = settings({ goedeVrijdag: false });
    const april = (s: SlaFrontmatter['feestdagen']) => feestdagenBetween('2026-04-01', '2026-04-30', s).map((d) => d.date);
    expect(april(withGoedeVrijdag)).toEqual(['2026-04-03', '2026-04-06', '2026-04-27']);
    expect(april(withoutGoedeVrijdag)).toEqual(['2026-04-06', '2026-04-27']);
    expect(april(withGoedeVrijdag)).toEqual(['2026-04-03', '2026-04-06', '2026-04-27']);
  });

  it('gives each caller its own list: changing one does not change the next answer', () => {
    const s = settings();
    const first = feestdagenBetween('2026-04-01', '2026-04-30', s);
    first.length = 0;
    feestdagenBetween('2026-04-01', '2026-04-10', s)[0].name = 'gewijzigd';
    expect(feestdagenBetween('2026-04-01', '2026-04-30', s)).toEqual([
      { date: '2026-04-03', name: 'Goede Vrijdag' },
      { date: '2026-04-06', name: 'Tweede Paasdag' },
      { date: '2026-04-27', name: 'Koningsdag' },
    ]);
  });
});
