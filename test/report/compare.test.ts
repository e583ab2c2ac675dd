// A month against the month before and the same month a year earlier (src/report/compare.ts):
// differences with their sign, the share within streeftijd in percentage points, nothing to
// compare with outside the report's months. Figures made up by hand below.
import { describe, expect, it } from 'vitest';
import { compareMonths } from '../../src/report/compare.ts';
import type { MonthReport } from '../../src/report/model.ts';
import { changeText, pointsText } from '../../src/words/index.ts';

/** A month with only the figures compared: registered, resolved, met, breached, open at the end. */
function month(id: string, registered: number, met: number, breached: number, openAtEnd: number): Pick<MonthReport, 'month' | 'total' | 'periodCounts'> {
  const resolved = met + breached;
  return {
    month: id,
    total: { registered, resolved, met, breached, shareMet: resolved === 0 ? null : met / resolved, openAtEnd } as MonthReport['total'],
    periodCounts: { openAtStart: 0, registered, resolved, openAtEnd },
  };
}

describe('comparing months', () => {
  // November 2024 to November 2025: thirteen months, so November 2025 has both a month before and a year before.
  const ids = ['2024-11', '2024-12', '2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-09', '2025-10', '2025-11'];
  const months = ids.map((id, i) =>
    id === '2024-11' ? month(id, 20, 15, 5, 4) // 15 of 20 within: 75%
    : id === '2025-10' ? month(id, 30, 24, 6, 9) // 24 of 30: 80%
    : id === '2025-11' ? month(id, 28, 18, 2, 7) // 18 of 20: 90%
    : month(id, i, 0, 0, 0),
  );
  const comparisons = compareMonths(months);

  it('November 2025 against October: counts as differences, the share in percentage points', () => {
    const c = comparisons.at(-1)!;
    expect(c.previousMonth).toBe('2025-10');
    expect(c.nextMonth).toBeNull();
    const prev = c.againstPreviousMonth!;
    expect(prev.month).toBe('2025-10');
    // 28 - 30, 20 - 30, 18 - 24, 2 - 6, 7 - 9; 90% - 80% = +10 points.
    expect(prev.change).toMatchObject({ registered: -2, resolved: -10, met: -6, breached: -4, openAtEnd: -2 });
    expect(prev.change.shareMetPoints).toBeCloseTo(10, 9);
    expect([changeText(prev.change.registered), pointsText(prev.change.shareMetPoints)]).toEqual(['−2', '+10,0 procentpunt']);
  });

  it('November 2025 against November 2024: the same month a year earlier', () => {
    const year = comparisons.at(-1)!.againstLastYear!;
    expect(year.month).toBe('2024-11');
    // 28 - 20, 20 - 20, 18 - 15, 2 - 5, 7 - 4; 90% - 75% = +15 points.
    expect(year.change).toMatchObject({ registered: 8, resolved: 0, met: 3, breached: -3, openAtEnd: 3 });
    expect(year.change.shareMetPoints).toBeCloseTo(15, 9);
    expect(changeText(year.change.resolved)).toBe('0');
  });

  it('the first month has nothing before it; a share against a month without resolved storingen is unknown', () => {
    const first = comparisons[0];
    expect(first).toMatchObject({ previousMonth: null, nextMonth: '2024-12', againstPreviousMonth: null, againstLastYear: null });
    // December 2024 resolved none: its share is unknown, so is the change in points.
    expect(comparisons[1].againstPreviousMonth!.change.shareMetPoints).toBeNull();
    expect(pointsText(null)).toBe('–');
  });
});
