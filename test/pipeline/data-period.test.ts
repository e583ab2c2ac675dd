// The data's period (pipeline/data-period.ts): where it ends, worked out by hand
// from the rule "the latest moment before the earliest silence of more than 365
// days after which at most one in ten rows follow, or only one row".
import { describe, expect, it } from 'vitest';
import { latestMoment, periodEnd } from '../../src/pipeline/data-period.ts';
import { at } from '../support/fixture.ts';

/** `count` moments a day apart from `first` (a day's midday, Amsterdam time). */
function days(first: string, count: number): number[] {
  return Array.from({ length: count }, (_, k) => at(`${first} 12:00`) + k * 86_400_000);
}

describe('where the data period ends', () => {
  it.each([
    { what: 'no rows: no period', moments: [], end: null },
    { what: 'no silence: the latest moment', moments: days('2025-03-01', 10), end: at('2025-03-10 12:00') },
    { what: 'one row in 2199 after ten in March 2025 (1 of 11 is less than one in ten)', moments: [at('2199-05-01 10:00'), ...days('2025-03-01', 10)], end: at('2025-03-10 12:00') },
    // 1 of 10 is exactly one in ten: cut; the period ends at the ninth day, 9 March.
    { what: 'one row in 2199 after nine (1 of 10 is one in ten): cut', moments: [...days('2025-03-01', 9), at('2199-05-01 10:00')], end: at('2025-03-09 12:00') },
    // 1 of 2 is half, but a single row alone after a year's silence: cut, the period is 1 March.
    { what: 'one row in 2199 after one in March 2025 (a single row after the silence): cut', moments: [at('2025-03-01 12:00'), at('2199-05-01 10:00')], end: at('2025-03-01 12:00') },
    // 1 of 5 is a fifth, more than one in ten, but a single row: cut, the period ends on 4 March.
    { what: 'one row in 2199 after four (a single row): cut', moments: [...days('2025-03-01', 4), at('2199-05-01 10:00')], end: at('2025-03-04 12:00') },
    // 2 of 20 is exactly one in ten: cut; the period ends on the eighteenth day, 18 March.
    { what: 'two rows in 2199 after eighteen (2 of 20 is one in ten): cut', moments: [...days('2025-03-01', 18), at('2199-05-01 10:00'), at('2199-05-02 10:00')], end: at('2025-03-18 12:00') },
    // 2 of 19 is more than one in ten and more than one row: no cut, the latest moment of all.
    { what: 'two rows in 2199 after seventeen (2 of 19 is more than one in ten): no cut', moments: [...days('2025-03-01', 17), at('2199-05-01 10:00'), at('2199-05-02 10:00')], end: at('2199-05-02 10:00') },
    // 2 of 3: two rows after a single one are the majority: no cut.
    { what: 'two rows a year after a single one: no cut', moments: [at('2023-03-01 12:00'), ...days('2025-03-01', 2)], end: at('2025-03-02 12:00') },
    { what: 'a placeholder date on two open tickets of twenty-two', moments: [...days('2025-03-01', 20), at('2099-12-31 00:00'), at('2099-12-31 00:00')], end: at('2025-03-20 12:00') },
    {
      what: 'a year of silence between two real periods is no cut (5 of 15 rows after it); the typo after them is',
      moments: [...days('2023-01-02', 10), ...days('2025-01-06', 5), at('2199-01-01 10:00')],
      end: at('2025-01-10 12:00'),
    },
    { what: 'exactly 365 days between two rows is no silence of more than 365 days', moments: [...days('2025-01-01', 10), at('2026-01-10 12:00')], end: at('2026-01-10 12:00') },
    { what: 'a 366-day silence is', moments: [...days('2025-01-01', 10), at('2026-01-11 12:00')], end: at('2025-01-10 12:00') },
    { what: 'a row far in the past moves nothing', moments: [at('2019-06-01 10:00'), ...days('2025-03-01', 10)], end: at('2025-03-10 12:00') },
  ])('$what', ({ moments, end }) => {
    expect(periodEnd(moments)).toBe(end);
  });
});

describe("a ticket row's latest moment", () => {
  const registeredAt = at('2025-03-03 10:00');
  it.each([
    { what: 'open: its registration', resolvedAt: null, updatedAt: null, events: [], latest: registeredAt },
    { what: 'resolved: its resolution', resolvedAt: at('2025-03-04 10:00'), updatedAt: null, events: [], latest: at('2025-03-04 10:00') },
    { what: 'changed after the resolution: the change', resolvedAt: at('2025-03-04 10:00'), updatedAt: at('2025-03-05 09:00'), events: [], latest: at('2025-03-05 09:00') },
    { what: 'an event after everything: the event', resolvedAt: at('2025-03-04 10:00'), updatedAt: null, events: [{ at: at('2025-03-06 08:00') }], latest: at('2025-03-06 08:00') },
  ])('$what', ({ resolvedAt, updatedAt, events, latest }) => {
    expect(latestMoment({ registeredAt, resolvedAt, events }, updatedAt)).toBe(latest);
  });
});
