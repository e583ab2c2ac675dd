// A storing's result with its reason in one line (words/verdict.ts), the line a folded
// timeline shows. Rows written by hand; durations in the one format of words/duration.ts.
import { describe, expect, it } from 'vitest';
import { verdictText } from '../../src/words/index.ts';

// Plain numbers and strings here; the model's branded Minutes and Instant are only types.
type Row = Record<string, string | number | boolean | null>;
const base: Row = {
  status: 'met', withinMargin: false, atRisk: null, streeftijd: '4 uur', measure: 'dienstvenster', targetMinutes: 240, marginMinutes: null,
  marginDeadline: null, hersteltijdMinutes: 180, consumedMinutes: 180, remainingMinutes: null, waitingMinutes: 0, minutesLate: null,
};

describe('the one line under a folded timeline', () => {
  it.each<{ name: string; row: Row; expected: string }>([
    {
      // "2 werkdagen" is 2 x 8 h of dienstvenster = 960 min; 1,152 min is 19 h 12 min, 192 min over it.
      name: 'breached: how late, the hersteltijd against the streeftijd in clock time, the wait left out',
      row: { status: 'breached', streeftijd: '2 werkdagen', targetMinutes: 960, hersteltijdMinutes: 1152, consumedMinutes: 1152, minutesLate: 192, waitingMinutes: 45 },
      expected: '✗ 3 u 12 min te laat: hersteltijd 19 u 12 min tegen streeftijd 2 werkdagen (16 u); 45 min wachten op de klant niet meegeteld',
    },
    {
      // "4 uur" already says the clock time: no "(4 u)" after it.
      name: 'met within "4 uur" after 3 hours',
      row: {},
      expected: '✓ binnen streeftijd: hersteltijd 3 u tegen streeftijd 4 uur',
    },
    {
      name: 'open: how much is used and how much is left',
      row: { status: 'open', atRisk: false, hersteltijdMinutes: null, consumedMinutes: 90, remainingMinutes: 150 },
      expected: '○ open: 1 u 30 min verbruikt van streeftijd 4 uur, nog 2 u 30 min',
    },
    {
      // 4.6 "1 à 2 maanden": past the first month but inside the margin, never "nog 0 min"; 72,000 min is 50 days,
      // the month 31 days (44,640 min) in calendar time.
      name: 'open past the streeftijd inside the "1 à 2 maanden" margin: the margin\'s end, not "nog 0 min"',
      row: { status: 'open', atRisk: true, streeftijd: '1 à 2 maanden', measure: 'kalender', targetMinutes: 44_640, marginMinutes: 44_640,
        marginDeadline: '2025-12-10T09:00:00+01:00', hersteltijdMinutes: null, consumedMinutes: 72_000, remainingMinutes: 0 },
      expected: '! open, binnen de marge: 50 d 0 u verbruikt van streeftijd 1 à 2 maanden (31 d 0 u); marge loopt tot 10-12-2025 09:00',
    },
    {
      name: 'open past the streeftijd: how late so far',
      row: { status: 'open-breached', hersteltijdMinutes: null, consumedMinutes: 300, minutesLate: null },
      expected: '✗ open, 1 u te laat: 5 u verbruikt van streeftijd 4 uur',
    },
    {
      name: 'a storing without a streeftijd',
      row: { status: 'not-applicable', streeftijd: null, targetMinutes: null, hersteltijdMinutes: 125 },
      expected: '– geen streeftijd: hersteltijd 2 u 5 min',
    },
  ])('$name', ({ row, expected }) => expect(verdictText({ ...base, ...row } as unknown as Parameters<typeof verdictText>[0])).toBe(expected));
});
