// Releases: at least two updates of Intramed a year (3.4), and support for the most
// recent version plus the two before it (2.6), which applies to Intramed on premise.
import { civilFromDays } from '../engine/civil.ts';
import type { Release } from '../engine/contract.ts';
import type { Ticket } from '../engine/ticket.ts';

export interface ReleaseYear {
  year: number;
  halfYearly: string[];
  met: boolean;
}

/** Half-yearly releases per calendar year from the first to the last year given. */
export function releasesPerYear(releases: Release[], fromYear: number, toYear: number, minPerYear: number): ReleaseYear[] {
  const out: ReleaseYear[] = [];
  for (let year = fromYear; year <= toYear; year++) {
    const halfYearly = releases.filter((r) => r.halfYearly && civilFromDays(r.dayNumber).year === year).map((r) => r.version);
    out.push({ year, halfYearly, met: halfYearly.length >= minPerYear });
  }
  return out;
}

/** The versions supported on a day: the latest half-yearly release and the ones before it. */
export function supportedVersions(releases: Release[], dayNumber: number, count: number): string[] {
  return releases
    .filter((r) => r.halfYearly && r.dayNumber <= dayNumber)
    .sort((a, b) => b.dayNumber - a.dayNumber)
    .slice(0, count)
    .map((r) => r.version);
}

/** Whether a ticket's version was supported at registration; patch releases count as their half-yearly version. */
export function isSupported(version: string, supported: string[]): boolean {
  return supported.some((v) => version === v || version.startsWith(`${v}.`));
}

export interface OutsideSupport {
  ticket: Ticket;
  supported: string[];
}

/** Intramed (on premise) tickets registered on a version outside support (2.6). */
export function ticketsOutsideSupport(tickets: Ticket[], releases: Release[], dayOf: (ms: number) => number, count: number): OutsideSupport[] {
  const out: OutsideSupport[] = [];
  // Many tickets share a registration day: the supported versions are worked out once per day.
  const byDay = new Map<number, string[]>();
  for (let n = 0; n < tickets.length; n++) {
    const t = tickets[n];
    if (t.product !== 'intramed' || t.version === '') continue;
    const day = dayOf(t.registeredAt);
    let supported = byDay.get(day);
    if (supported === undefined) byDay.set(day, (supported = supportedVersions(releases, day, count)));
    if (supported.length > 0 && !isSupported(t.version, supported)) out.push({ ticket: t, supported });
  }
  return out;
}
