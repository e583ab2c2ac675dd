// 3.5: the back-up strategy of Convenient BV, checked per month from the back-up
// log: a daily back-up every day, kept on-site and copied off-site, weekly and
// monthly back-ups off-site; every missing one is listed as a gap.
import { civilFromDays, daysFromCivil, isoDate, isoWeekday } from '../engine/civil.ts';

export interface BackupRecord {
  date: string;
  kind: 'daily' | 'weekly' | 'monthly';
  location: 'on-site' | 'off-site';
  status: 'ok' | 'failed';
}

export interface BackupPolicy {
  dailyOnSiteDays: number;
  dailyOffSiteDays: number;
  weeklyOffSite: number;
  monthlyOffSite: number;
}

export type BackupGap =
  | { kind: 'daily-on-site' | 'daily-off-site'; date: string }
  | { kind: 'weekly-off-site'; week: string; from: string; to: string }
  | { kind: 'monthly-off-site'; month: string };

export interface BackupMonthCheck {
  month: string;
  gaps: BackupGap[];
  /** At the month's end: how many of the required back-ups were there. */
  retention: { dailyOnSite: number; dailyOffSite: number; weeklyOffSite: number; monthlyOffSite: number };
  policy: BackupPolicy;
}

const toDay = (iso: string) => daysFromCivil(+iso.slice(0, 4), +iso.slice(5, 7), +iso.slice(8, 10));

/** ISO week label (YYYY-Www) of a day number. */
function isoWeek(d: number): string {
  const thursday = d - isoWeekday(d) + 4;
  const { year } = civilFromDays(thursday);
  const week = Math.floor((thursday - daysFromCivil(year, 1, 1)) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** Checks one month; with `until` (a date in the month) days after it are not yet due. */
export function checkBackupMonth(records: BackupRecord[], month: string, policy: BackupPolicy, until?: string): BackupMonthCheck {
  const ok = (kind: BackupRecord['kind'], location: BackupRecord['location']) =>
    new Set(records.filter((r) => r.status === 'ok' && r.kind === kind && r.location === location).map((r) => toDay(r.date)));
  const dailyOn = ok('daily', 'on-site');
  const dailyOff = ok('daily', 'off-site');
  const weeklyOff = ok('weekly', 'off-site');
  const monthlyOff = [...ok('monthly', 'off-site')].map((d) => isoDate(d).slice(0, 7));
  const first = toDay(`${month}-01`);
  const [y, m] = [+month.slice(0, 4), +month.slice(5, 7)];
  const monthLast = daysFromCivil(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1, 1) - 1;
  const last = until !== undefined && until.startsWith(month) ? Math.min(monthLast, toDay(until)) : monthLast;
  const gaps: BackupGap[] = [];
  for (let d = first; d <= last; d++) {
    if (!dailyOn.has(d)) gaps.push({ kind: 'daily-on-site', date: isoDate(d) });
    if (!dailyOff.has(d)) gaps.push({ kind: 'daily-off-site', date: isoDate(d) });
  }
  // Weeks (Monday-Sunday) that end in this month need a weekly off-site back-up.
  for (let d = first; d <= last; d++) {
    if (isoWeekday(d) !== 7) continue;
    let found = false;
    for (let k = d - 6; k <= d; k++) found ||= weeklyOff.has(k);
    if (!found) gaps.push({ kind: 'weekly-off-site', week: isoWeek(d), from: isoDate(d - 6), to: isoDate(d) });
  }
  if (last === monthLast && !monthlyOff.includes(month)) gaps.push({ kind: 'monthly-off-site', month });
  const count = (set: Set<number>, days: number) => {
    let n = 0;
    for (let d = last - days + 1; d <= last; d++) if (set.has(d)) n++;
    return n;
  };
  const recentWeeks = new Set([...weeklyOff].filter((d) => d <= last && d > last - 7 * policy.weeklyOffSite).map(isoWeek));
  const monthIndex = y * 12 + (m - 1) - (policy.monthlyOffSite - 1);
  const fromMonth = `${Math.floor(monthIndex / 12)}-${String((monthIndex % 12) + 1).padStart(2, '0')}`;
  const recentMonths = new Set(monthlyOff.filter((mm) => mm >= fromMonth && mm <= month)).size;
  return {
    month,
    gaps,
    retention: {
      dailyOnSite: count(dailyOn, policy.dailyOnSiteDays),
      dailyOffSite: count(dailyOff, policy.dailyOffSiteDays),
      weeklyOffSite: Math.min(recentWeeks.size, policy.weeklyOffSite),
      monthlyOffSite: Math.min(recentMonths, policy.monthlyOffSite),
    },
    policy,
  };
}
