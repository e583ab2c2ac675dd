// 4.7: "het is uiteindelijk Leverancier die definitief vaststelt welke prioriteit een Storing
// heeft". The Leverancier's niveau governs from the registration while the storing is handled
// (a retroactive upgrade or lowering), but only up to the first resolution: a change after it
// never changes the verdict, the storing is judged by the niveau in force at its first resolution.
// Changes after the first resolution, and lowerings made when the higher niveau's streeftijd was
// already exceeded, are flagged.
//
// Hand-worked clock (Intramed incidents, README "How the clock measures"): Mon 2 Mar 2026 10:00,
// phone. Niveau 1 = 1 werkdag: Tue 3 Mar 10:00, target Mon 10-20 (10h) + Tue 08-10 (2h) = 12h.
// Niveau 3 = 5 werkdagen: Mon 9 Mar 10:00, target 10 + 9 + 9 + 12 + 9 + 2 = 51h.
// Niveau 2 = 2 werkdagen: Wed 4 Mar 10:00, target 10 + 9 + 2 = 21h.
// Resolved Wed 4 Mar 10:00: consumed 10 + 9 + 2 = 21h.
import { describe, expect, it } from 'vitest';
import { niveauFlags } from '../../src/engine/niveau.ts';
import { HOUR, judge, judgeRaw, local } from '../support/fixture.ts';

const registered = '2026-03-02 10:00';

describe('niveau in force at the first resolution (4.7)', () => {
  it('the issue example: niveau 1 resolved a day late, lowered to 3 the next day: judged as niveau 1, breached', () => {
    const e = judge({ registered, niveau: 3, reportedNiveau: 1, resolved: '2026-03-04 10:00', events: [['priority_change', '2026-03-05 10:00', '3']] });
    expect(e.niveau).toBe(1);
    expect(e.streeftijd?.label).toBe('1 werkdag');
    expect(e.targetMs).toBe(12 * HOUR);
    expect(e.hersteltijdMs).toBe(21 * HOUR);
    expect(e.status).toBe('breached');
    // Changed after the resolution, and lowered when niveau 1's 12h were already exceeded (21h by the resolution).
    expect(e.niveauRemarks).toEqual([
      { kind: 'changed-after-resolution', at: expect.any(Number), from: 1, to: 3 },
      { kind: 'lowered-after-deadline', at: expect.any(Number), from: 1, to: 3 },
    ]);
    expect(niveauFlags(e.niveauRemarks)).toEqual(['niveau-changed-after-resolution', 'niveau-lowered-after-deadline']);
  });

  it('the niveau before the change recorded as a change at registration (no client niveau): the same verdict', () => {
    const e = judge({ registered, niveau: 3, resolved: '2026-03-04 10:00', events: [['priority_change', registered, '1'], ['priority_change', '2026-03-05 10:00', '3']] });
    expect(e.niveau).toBe(1);
    expect(e.status).toBe('breached');
  });

  it('a retroactive upgrade before the resolution governs from the registration: 3 raised to 1 on Monday 14:00, resolved Tue 09:00 = 11h of 12h, met', () => {
    const e = judge({ registered, niveau: 1, reportedNiveau: 3, resolved: '2026-03-03 09:00', events: [['priority_change', '2026-03-02 14:00', '1']] });
    expect(e.niveau).toBe(1);
    expect(local(e.clockStart)).toBe(registered);
    expect(e.hersteltijdMs).toBe(11 * HOUR);
    expect(e.status).toBe('met');
    expect(e.niveauRemarks).toEqual([]);
  });

  it('lowered from 1 to 3 before the resolution, but after niveau 1\'s deadline: niveau 3 governs (met, 23h of 51h), flagged', () => {
    // Lowered Wed 4 Mar 10:00 with 21h consumed (> 12h); resolved Wed 12:00 = 23h, within 51h.
    const e = judge({ registered, niveau: 3, reportedNiveau: 1, resolved: '2026-03-04 12:00', events: [['priority_change', '2026-03-04 10:00', '3']] });
    expect(e.niveau).toBe(3);
    expect(e.status).toBe('met');
    expect(e.hersteltijdMs).toBe(23 * HOUR);
    expect(e.niveauRemarks.map((r) => [r.kind, r.from, r.to])).toEqual([['lowered-after-deadline', 1, 3]]);
  });

  it('lowered from 1 to 3 before niveau 1\'s deadline (Mon 15:00, 5h of 12h): not flagged', () => {
    const e = judge({ registered, niveau: 3, reportedNiveau: 1, resolved: '2026-03-04 12:00', events: [['priority_change', '2026-03-02 15:00', '3']] });
    expect(e.niveau).toBe(3);
    expect(e.niveauRemarks).toEqual([]);
  });

  it('lowered exactly when niveau 1\'s 12h are consumed (Tue 10:00): the deadline has not passed on the clock, not flagged', () => {
    const e = judge({ registered, niveau: 3, reportedNiveau: 1, resolved: '2026-03-04 12:00', events: [['priority_change', '2026-03-03 10:00', '3']] });
    expect(e.niveauRemarks).toEqual([]);
  });

  it('resolved in time as niveau 1 (Mon 16:00, 6h) and lowered to 2 the next day: met as niveau 1, only the change after resolution is flagged', () => {
    const e = judge({ registered, niveau: 2, reportedNiveau: 1, resolved: '2026-03-02 16:00', events: [['priority_change', '2026-03-03 10:00', '2']] });
    expect(e.niveau).toBe(1);
    expect(e.status).toBe('met');
    expect(e.niveauRemarks.map((r) => r.kind)).toEqual(['changed-after-resolution']);
  });

  it('raised from 3 to 1 after the resolution: judged as niveau 3 (21h of 51h, met), flagged', () => {
    const e = judge({ registered, niveau: 1, reportedNiveau: 3, resolved: '2026-03-04 10:00', events: [['priority_change', '2026-03-05 10:00', '1']] });
    expect(e.niveau).toBe(3);
    expect(e.status).toBe('met');
    expect(e.niveauRemarks.map((r) => [r.kind, r.from, r.to])).toEqual([['changed-after-resolution', 3, 1]]);
  });

  it('a change at the very minute of the first resolution is in force at it', () => {
    const e = judge({ registered, niveau: 3, reportedNiveau: 1, resolved: '2026-03-02 16:00', events: [['priority_change', '2026-03-02 16:00', '3']] });
    expect(e.niveau).toBe(3);
    expect(e.niveauRemarks).toEqual([]);
  });

  it('after a reopen: a lowering between the first resolution and the reopen does not count', () => {
    // First resolved Mon 16:00 (6h), lowered to 3 Tue 09:00, reopened Tue 10:00, resolved Wed 10:00.
    // Consumed: 6h + Tue 10-17 (7h) + Wed 08-10 (2h) = 15h > 12h: breached as niveau 1.
    const e = judge({
      registered, niveau: 3, reportedNiveau: 1, resolved: '2026-03-04 10:00',
      events: [['resolved', '2026-03-02 16:00'], ['priority_change', '2026-03-03 09:00', '3'], ['reopened', '2026-03-03 10:00']],
    });
    expect(e.niveau).toBe(1);
    expect(e.hersteltijdMs).toBe(15 * HOUR);
    expect(e.status).toBe('breached');
    expect(e.niveauRemarks.map((r) => r.kind)).toEqual(['changed-after-resolution']);
  });

  it('a change after the report moment is not yet known: no remark, but the verdict is already the first resolution\'s niveau', () => {
    const e = judge({ registered, niveau: 3, reportedNiveau: 1, resolved: '2026-03-04 10:00', events: [['priority_change', '2026-03-05 10:00', '3']] }, '2026-03-04 12:00');
    expect(e.niveau).toBe(1);
    expect(e.niveauRemarks).toEqual([]);
  });

  it('changed only after the first resolution with no niveau known before it: set aside', () => {
    const r = judgeRaw({ registered, niveau: 3, resolved: '2026-03-04 10:00', events: [['priority_change', '2026-03-05 10:00', '3']] });
    expect(r.setAside?.reason).toBe('niveau-unknown-at-resolution');
  });

  it('a bug lowered from 1 to 2 after its 21 days passed: 2 governs ("1 à 2 maanden"), flagged', () => {
    // Bug niveau 1 from Mon 2 Mar 10:00: 21 days = 23 Mar 10:00. Lowered 24 Mar 10:00 (22 days > 21),
    // resolved 25 Mar 10:00 = 23 days, within one month (2 Apr 10:00): met as niveau 2.
    const e = judge({ registered, type: 'bug', niveau: 2, reportedNiveau: 1, resolved: '2026-03-25 10:00', events: [['priority_change', '2026-03-24 10:00', '2']] });
    expect(e.niveau).toBe(2);
    expect(e.status).toBe('met');
    expect(e.niveauRemarks.map((r) => [r.kind, r.from, r.to])).toEqual([['lowered-after-deadline', 1, 2]]);
  });
});
