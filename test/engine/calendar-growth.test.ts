// The calendar is built lazily by whole years; growing it while a ticket is
// judged must not change the result (found by the clock property tests).
import { describe, expect, it } from 'vitest';
import { engineFor, judge, local } from '../support/fixture.ts';

describe('calendar growth during evaluation', () => {
  it('niveau 3 bug registered Tuesday 15 September 2026 after a January 2025 ticket: release 2027.1 on 12 January 2027', () => {
    const engine = engineFor();
    // builds 2024-2026 only
    judge({ registered: '2025-01-06 09:00', resolved: '2025-01-06 10:00' }, '2030-01-01 00:00', engine);
    // the next half-yearly release lies in 2027: the calendar grows while the target is computed
    const e = judge({ registered: '2026-09-15 10:28', resolved: '2026-09-15 10:34', type: 'bug', niveau: 3 }, '2030-01-01 00:00', engine);
    expect(local(e.deadline)).toBe('2027-01-13 00:00');
    expect(e.status).toBe('met');
  });
});
