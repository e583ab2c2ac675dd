// Clock segments of one ticket, hand-computed against the bundled dienstvensters:
// Monday and Thursday 08:00-20:00; Tuesday, Wednesday, Friday 08:00-17:00; weekends
// and erkende feestdagen closed.
import { describe, expect, it } from 'vitest';
import { compileContract } from '../../src/engine/contract.ts';
import { clockSegments, type ClockInput, type SegmentKind } from '../../src/report/clock-segments.ts';
import { at, contractWith, local } from '../support/fixture.ts';

const calendar = compileContract(contractWith()).calendar;

type Expected = [SegmentKind, string, string][];

function segments(input: Omit<ClockInput, 'registeredAt' | 'clockStart' | 'end' | 'waits' | 'reopenGaps'> & {
  registered: string; clockStart?: string; end: string; waits?: [string, string][]; reopenGaps?: [string, string][];
}): Expected {
  const result = clockSegments(
    {
      registeredAt: at(input.registered),
      clockStart: at(input.clockStart ?? input.registered),
      end: at(input.end),
      measure: input.measure,
      waits: (input.waits ?? []).flatMap(([a, b]) => [at(a), at(b)]),
      reopenGaps: (input.reopenGaps ?? []).flatMap(([a, b]) => [at(a), at(b)]),
    },
    calendar,
  );
  return result.map((s) => [s.kind, local(s.from)!, local(s.to)!]);
}

describe('clock segments', () => {
  it('registered Tuesday 16:00, resolved Wednesday 10:00, waiting 08:30-09:00', () => {
    expect(segments({ registered: '2025-03-04 16:00', end: '2025-03-05 10:00', measure: 'dienstvenster', waits: [['2025-03-05 08:30', '2025-03-05 09:00']] })).toEqual([
      ['running', '2025-03-04 16:00', '2025-03-04 17:00'],
      ['outside', '2025-03-04 17:00', '2025-03-05 08:00'],
      ['running', '2025-03-05 08:00', '2025-03-05 08:30'],
      ['waiting', '2025-03-05 08:30', '2025-03-05 09:00'],
      ['running', '2025-03-05 09:00', '2025-03-05 10:00'],
    ]);
  });

  it('registered by e-mail Saturday 10:00: nothing runs until Monday 08:00', () => {
    expect(segments({ registered: '2025-03-08 10:00', clockStart: '2025-03-10 08:00', end: '2025-03-10 09:15', measure: 'dienstvenster' })).toEqual([
      ['outside', '2025-03-08 10:00', '2025-03-10 08:00'],
      ['running', '2025-03-10 08:00', '2025-03-10 09:15'],
    ]);
  });

  it('Koningsdag (Sunday 27 April 2025, so Saturday 26 April) and the weekend stay outside', () => {
    expect(segments({ registered: '2025-04-25 16:30', end: '2025-04-28 08:30', measure: 'dienstvenster' })).toEqual([
      ['running', '2025-04-25 16:30', '2025-04-25 17:00'],
      ['outside', '2025-04-25 17:00', '2025-04-28 08:00'],
      ['running', '2025-04-28 08:00', '2025-04-28 08:30'],
    ]);
  });

  it('Monday runs until 20:00, and a wait over the night joins the outside time around it', () => {
    expect(segments({ registered: '2025-03-03 19:00', end: '2025-03-04 09:00', measure: 'dienstvenster', waits: [['2025-03-03 19:30', '2025-03-04 08:30']] })).toEqual([
      ['running', '2025-03-03 19:00', '2025-03-03 19:30'],
      ['waiting', '2025-03-03 19:30', '2025-03-04 08:30'],
      ['running', '2025-03-04 08:30', '2025-03-04 09:00'],
    ]);
  });

  it('a calendar streeftijd runs at all times once started, except from a resolution to the reopen', () => {
    expect(segments({
      registered: '2025-03-07 18:00', clockStart: '2025-03-10 08:00', end: '2025-03-20 12:00', measure: 'kalender',
      reopenGaps: [['2025-03-12 10:00', '2025-03-13 09:00']],
    })).toEqual([
      ['outside', '2025-03-07 18:00', '2025-03-10 08:00'],
      ['running', '2025-03-10 08:00', '2025-03-12 10:00'],
      ['resolved', '2025-03-12 10:00', '2025-03-13 09:00'],
      ['running', '2025-03-13 09:00', '2025-03-20 12:00'],
    ]);
  });

  it('the last Sunday of October (fall-back) is one outside stretch of 25 hours', () => {
    const result = segments({ registered: '2025-10-24 16:00', end: '2025-10-27 08:10', measure: 'dienstvenster' });
    expect(result).toEqual([
      ['running', '2025-10-24 16:00', '2025-10-24 17:00'],
      ['outside', '2025-10-24 17:00', '2025-10-27 08:00'],
      ['running', '2025-10-27 08:00', '2025-10-27 08:10'],
    ]);
  });
});
