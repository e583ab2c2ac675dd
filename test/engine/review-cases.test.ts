// Cases found in review: each proves a rule of the README with a hand-worked example.
import { describe, expect, it } from 'vitest';
import { contractWith, engineFor, HOUR, judge, judgeRaw, local, release } from '../support/fixture.ts';

describe('waits and resolutions', () => {
  it('a wait still running at a first resolution (later reopened) is set aside as wait-never-ends', () => {
    const r = judgeRaw({
      registered: '2026-03-02 10:00', resolved: '2026-03-04 12:00', niveau: 2,
      events: [['waiting_start', '2026-03-02 11:00'], ['resolved', '2026-03-02 15:00'], ['reopened', '2026-03-03 11:00'], ['waiting_end', '2026-03-03 12:00']],
    });
    expect(r.setAside?.reason).toBe('wait-never-ends');
  });

  it('a wait that starts while the ticket is resolved is set aside', () => {
    const r = judgeRaw({
      registered: '2026-03-02 10:00', resolved: '2026-03-04 12:00', niveau: 2,
      events: [['resolved', '2026-03-02 15:00'], ['waiting_start', '2026-03-02 16:00'], ['reopened', '2026-03-03 11:00'], ['waiting_end', '2026-03-03 12:00']],
    });
    expect(r.setAside?.reason).toBe('wait-while-resolved');
  });
});

describe('niveau changes', () => {
  const fromChange = engineFor(contractWith({ clock: { niveau: 'definitief-vanaf-wijziging' } }));

  it('a niveau change after the resolution neither moves the clock (definitief-vanaf-wijziging) nor changes the niveau judged (4.7)', () => {
    // Reported as niveau 2 and raised to 1 only after the resolution: judged as niveau 2 from the
    // registration, Mon 2 Mar 10:00 -> Wed 10:00 = 10 h + 9 h + 2 h = 21 h target.
    // Resolved Wed 10:00: Mon 10 h + Tue 9 h + Wed 2 h = 21 h -> met, exactly at the deadline.
    // (As niveau 1, 1 werkdag = 12 h, it would have been breached.)
    const e = judge({ registered: '2026-03-02 10:00', reportedNiveau: 2, resolved: '2026-03-04 10:00', events: [['priority_change', '2026-03-04 11:00', '1']] }, '2026-06-01 00:00', fromChange);
    expect(local(e.clockStart)).toBe('2026-03-02 10:00');
    expect(e.niveau).toBe(2);
    expect(e.hersteltijdMs).toBe(21 * HOUR);
    expect(e.status).toBe('met');
    expect(e.niveauRemarks.map((r) => r.kind)).toEqual(['changed-after-resolution']);
  });

  it('a last niveau change that disagrees with the final niveau is set aside', () => {
    const r = judgeRaw({ registered: '2026-03-02 10:00', niveau: 2, resolved: '2026-03-03 10:00', events: [['priority_change', '2026-03-02 11:00', '1']] });
    expect(r.setAside?.reason).toBe('niveau-mismatch');
  });
});

describe('volgende halfjaarlijkse update on a closed day', () => {
  const releases = [release('2026.1', '2026-03-08'), release('2026.2', '2026-07-14')];
  const engine = engineFor(contractWith(), releases);

  it('registered Saturday 7 March 10:00, release Sunday 8 March: the clock starts at the registration (art. 1), so the Sunday release is the next one, due by its end (Mon 9 Mar 00:00, 38h)', () => {
    const e = judge({ registered: '2026-03-07 10:00', type: 'bug', niveau: 3 }, '2026-04-01 00:00', engine);
    expect(local(e.clockStart)).toBe('2026-03-07 10:00');
    expect(local(e.deadline)).toBe('2026-03-09 00:00');
    expect(e.targetMs).toBe(38 * HOUR);
  });
  it('registered on the release day itself, Sunday 8 March: the July release is the next one', () => {
    const e = judge({ registered: '2026-03-08 10:00', type: 'bug', niveau: 3 }, '2026-04-01 00:00', engine);
    expect(local(e.deadline)).toBe('2026-07-15 00:00');
  });
});

describe('whole minutes', () => {
  it('seconds are dropped when reading, so minutes shown always agree with the status', async () => {
    const { parseTimestamp } = await import('../../src/ingest/timestamp.ts');
    const { zone } = await import('../../src/engine/zone.ts');
    const r = parseTimestamp('2026-03-02T19:59:30', zone('Europe/Amsterdam'));
    expect(r.ok && local(r.ms)).toBe('2026-03-02 19:59');
    expect(r.ok && r.ms % 60_000).toBe(0);
  });
});
