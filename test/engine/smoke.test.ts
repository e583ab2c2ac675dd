import { describe, expect, it } from 'vitest';
import { HOUR, judge, local } from '../support/fixture.ts';

describe('fixture smoke', () => {
  it('registered Monday 18:00, Intramed niveau 1 incident: Tuesday 17:00', () => {
    const e = judge({ registered: '2026-03-02 18:00' });
    expect(local(e.deadline)).toBe('2026-03-03 17:00');
    expect(e.targetMs).toBe(11 * HOUR);
  });
});
