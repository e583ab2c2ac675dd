// The model's instants are written from cached day and offset texts (report/instant.ts); they must be
// exactly what the engine's isoInZone writes, across both daylight-saving changes and over the years.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoInZone, zone } from '../../src/engine/zone.ts';
import { instant } from '../../src/report/instant.ts';

const z = zone('Europe/Amsterdam');

describe('instants of the report model', () => {
  it('are the ISO text of isoInZone for any moment from 2000 to 2099', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2099, 11, 31) }), (ms) => {
        expect(instant(ms, z)).toBe(isoInZone(ms, z));
      }),
      { numRuns: 20_000, seed: 7 },
    );
  });
  it('around the changes of 29 March and 25 October 2026, second by second', () => {
    // 02:00 CET becomes 03:00 CEST at 01:00 UTC; 03:00 CEST becomes 02:00 CET at 01:00 UTC.
    expect(instant(Date.UTC(2026, 2, 29, 0, 59, 59), z)).toBe('2026-03-29T01:59:59+01:00');
    expect(instant(Date.UTC(2026, 2, 29, 1, 0, 0), z)).toBe('2026-03-29T03:00:00+02:00');
    expect(instant(Date.UTC(2026, 9, 25, 0, 59, 59), z)).toBe('2026-10-25T02:59:59+02:00');
    expect(instant(Date.UTC(2026, 9, 25, 1, 0, 0), z)).toBe('2026-10-25T02:00:00+01:00');
    for (const change of [Date.UTC(2026, 2, 29, 1), Date.UTC(2026, 9, 25, 1)]) {
      for (let ms = change - 3_600_000; ms <= change + 3_600_000; ms += 1000) expect(instant(ms, z)).toBe(isoInZone(ms, z));
    }
  });
});
