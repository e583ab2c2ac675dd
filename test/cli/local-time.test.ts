// Timestamps without an offset are Amsterdam wall time: the repeated hour of the
// autumn switch is read as its first occurrence and flagged, never silently.
import { describe, expect, it } from 'vitest';
import { cli, fixture } from '../support/cli.ts';

describe('wall times in the fall-back hour', () => {
  const run = cli(['evaluate', '--tickets', fixture('canonical/tickets-dst.csv'), '--as-of', '2025-11-01', '--format', 'json']);
  const [d1, d2] = JSON.parse(run.stdout);

  it('reads 02:30 on 26 October 2025 as the first (summer time) occurrence and flags it', () => {
    expect(d1.registeredAt).toBe('2025-10-26T02:30:00+02:00');
    expect(d1.flags).toEqual(['ambiguous-local-time']);
  });

  it('a timestamp with an offset is that instant and is not flagged', () => {
    expect(d2.registeredAt).toBe('2025-10-26T02:30:00+01:00');
    expect(d2.flags).toEqual([]);
  });

  it('either way the clock starts Monday 08:00 and 4 uur ends at 12:00', () => {
    for (const d of [d1, d2]) {
      expect(d.clockStart).toBe('2025-10-27T08:00:00+01:00');
      expect(d.deadline).toBe('2025-10-27T12:00:00+01:00');
      expect(d.hersteltijdMinutes).toBe(60);
    }
  });
});
