// 3.5: daily back-ups on-site and off-site, weekly and monthly off-site; each gap listed.
import { describe, expect, it } from 'vitest';
import { checkBackupMonth, type BackupRecord } from '../../src/norms/backups.ts';

const policy = { dailyOnSiteDays: 14, dailyOffSiteDays: 7, weeklyOffSite: 4, monthlyOffSite: 3 };

/** A complete log for February 2026 (28 days) and the months before. */
function completeLog(): BackupRecord[] {
  const log: BackupRecord[] = [];
  for (let d = 1; d <= 28; d++) {
    const date = `2026-02-${String(d).padStart(2, '0')}`;
    log.push({ date, kind: 'daily', location: 'on-site', status: 'ok' }, { date, kind: 'daily', location: 'off-site', status: 'ok' });
  }
  // Sundays of February 2026: 1, 8, 15, 22 (and 1 March); weekly back-ups on Sundays.
  for (const d of ['2026-01-25', '2026-02-01', '2026-02-08', '2026-02-15', '2026-02-22']) log.push({ date: d, kind: 'weekly', location: 'off-site', status: 'ok' });
  for (const d of ['2025-12-31', '2026-01-31', '2026-02-28']) log.push({ date: d, kind: 'monthly', location: 'off-site', status: 'ok' });
  return log;
}

describe('back-up check per month (3.5)', () => {
  it('a complete month has no gaps and full retention at its end', () => {
    const r = checkBackupMonth(completeLog(), '2026-02', policy);
    expect(r.gaps).toEqual([]);
    expect(r.retention).toEqual({ dailyOnSite: 14, dailyOffSite: 7, weeklyOffSite: 4, monthlyOffSite: 3 });
  });

  it('a month missing one daily back-up is reported with that date (on-site and its off-site copy)', () => {
    const log = completeLog().filter((r) => !(r.date === '2026-02-20' && r.kind === 'daily'));
    const r = checkBackupMonth(log, '2026-02', policy);
    expect(r.gaps).toEqual([
      { kind: 'daily-on-site', date: '2026-02-20' },
      { kind: 'daily-off-site', date: '2026-02-20' },
    ]);
    // 20 Feb lies within the last 14 days (15-28 Feb), not within the last 7 (22-28 Feb)
    expect(r.retention.dailyOnSite).toBe(13);
    expect(r.retention.dailyOffSite).toBe(7);
  });

  it('a failed back-up counts as missing; a missing off-site copy alone is its own gap', () => {
    const log = completeLog().map((r) => (r.date === '2026-02-27' && r.location === 'off-site' && r.kind === 'daily' ? { ...r, status: 'failed' as const } : r));
    const r = checkBackupMonth(log, '2026-02', policy);
    expect(r.gaps).toEqual([{ kind: 'daily-off-site', date: '2026-02-27' }]);
    expect(r.retention.dailyOffSite).toBe(6);
  });

  it('a week without a weekly off-site back-up and a month without a monthly one are listed', () => {
    const log = completeLog().filter((r) => r.date !== '2026-02-15' || r.kind !== 'weekly').filter((r) => r.kind !== 'monthly' || r.date !== '2026-02-28');
    const r = checkBackupMonth(log, '2026-02', policy);
    expect(r.gaps).toEqual([
      { kind: 'weekly-off-site', week: '2026-W07', from: '2026-02-09', to: '2026-02-15' },
      { kind: 'monthly-off-site', month: '2026-02' },
    ]);
    expect(r.retention.monthlyOffSite).toBe(2);
  });
});

describe('the current month', () => {
  it('days after the report date are not yet gaps, and the monthly back-up is not yet due', () => {
    const log = completeLog().filter((r) => r.date <= '2026-02-10' || r.kind === 'weekly');
    const r = checkBackupMonth(log, '2026-02', policy, '2026-02-10');
    expect(r.gaps).toEqual([]);
  });
});
