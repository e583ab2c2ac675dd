// 3.4 at least two updates a year; 2.6 the latest version plus the two before it are supported.
import { describe, expect, it } from 'vitest';
import { isSupported, releasesPerYear, supportedVersions, ticketsOutsideSupport } from '../../src/norms/versions.ts';
import { daysFromCivil } from '../../src/engine/civil.ts';
import { release, ticket } from '../support/fixture.ts';

const releases = [
  release('2024.1', '2024-01-15'), release('2024.2', '2024-07-15'),
  release('2025.1', '2025-01-13'), release('2025.1.1', '2025-03-03', false), release('2025.2', '2025-07-14'),
  release('2026.1', '2026-01-12'),
];
const day = (iso: string) => daysFromCivil(+iso.slice(0, 4), +iso.slice(5, 7), +iso.slice(8, 10));

describe('updates per year (3.4)', () => {
  it('counts only half-yearly releases; a year with one is reported as not met', () => {
    expect(releasesPerYear(releases, 2024, 2026, 2)).toEqual([
      { year: 2024, halfYearly: ['2024.1', '2024.2'], met: true },
      { year: 2025, halfYearly: ['2025.1', '2025.2'], met: true },
      { year: 2026, halfYearly: ['2026.1'], met: false },
    ]);
  });
});

describe('supported versions (2.6)', () => {
  it.each([
    ['on 2025-08-01: 2025.2, 2025.1, 2024.2', '2025-08-01', ['2025.2', '2025.1', '2024.2']],
    ['on the release day itself the new release counts', '2026-01-12', ['2026.1', '2025.2', '2025.1']],
    ['the day before it does not', '2026-01-11', ['2025.2', '2025.1', '2024.2']],
  ])('%s', (_n, date, expected) => {
    expect(supportedVersions(releases, day(date), 3)).toEqual(expected);
  });

  it('a patch release belongs to its half-yearly version', () => {
    expect(isSupported('2025.1.1', ['2025.2', '2025.1', '2024.2'])).toBe(true);
    expect(isSupported('2024.1', ['2025.2', '2025.1', '2024.2'])).toBe(false);
    expect(isSupported('2024.10', ['2024.1'])).toBe(false);
  });

  it('flags Intramed on-premise tickets on an older version, not Intramed Online ones', () => {
    const old = ticket({ id: 'OLD', registered: '2026-02-02 10:00', version: '2024.2' });
    const online = ticket({ id: 'ONL', product: 'intramed-online', registered: '2026-02-02 10:00', version: '2024.2' });
    const current = ticket({ id: 'CUR', registered: '2026-02-02 10:00', version: '2025.1' });
    const dayOf = (ms: number) => Math.floor((ms + 3_600_000) / 86_400_000);
    const out = ticketsOutsideSupport([old, online, current], releases, dayOf, 3);
    expect(out.map((o) => o.ticket.id)).toEqual(['OLD']);
    expect(out[0].supported).toEqual(['2026.1', '2025.2', '2025.1']);
  });
});
