// The hersteltijd distribution of the month page: hersteltijd as a share of the streeftijd, and for a
// "1 à 2 maanden" bug (4.6) of the end of its margin, so that "at most 100%" is always met.
// Buckets (distributionBounds): ≤25%, 25-50%, 50-75%, 75-100%, 100-150%, 150-200%, >200% (index 0-6).
import { describe, expect, it } from 'vitest';
import { addToDistribution, emptyDistribution } from '../../src/report/distribution.ts';
import { judge, type TicketSpec } from '../support/fixture.ts';

function bucketOf(spec: TicketSpec): number {
  const dist = emptyDistribution();
  const e = judge(spec);
  addToDistribution(dist, e);
  const counts = dist.find((d) => d.type === spec.type)!.counts;
  expect(counts.reduce((a, b) => a + b, 0)).toBe(1);
  return counts.indexOf(1);
}

// Bug niveau 2, registered Wed 3 Jun 2026 10:00 (CEST throughout): one month = 3 Jul 10:00 (30 days,
// 720 h), two months = 3 Aug 10:00 (61 days, 1464 h), calendar time.
const bug = { type: 'bug' as const, niveau: 2 as const, registered: '2026-06-03 10:00' };

describe('"1 à 2 maanden" bugs are measured against two months, the end of the margin', () => {
  it.each([
    // 720 / 1464 = 49%: 25-50%.
    { name: 'resolved after exactly one month (met)', resolved: '2026-07-03 10:00', status: 'met', bucket: 1 },
    // 1464 / 1464 = 100%: 75-100%, met within margin (against one month it would be 203%, "> 200%").
    { name: 'resolved after exactly two months (met, binnen marge)', resolved: '2026-08-03 10:00', status: 'met', bucket: 3 },
    // 1464 h 1 min / 1464 h: just over 100%: 100-150%.
    { name: 'resolved a minute after two months (breached)', resolved: '2026-08-03 10:01', status: 'breached', bucket: 4 },
  ])('$name: bucket $bucket', ({ resolved, status, bucket }) => {
    expect(judge({ ...bug, resolved }).status).toBe(status);
    expect(bucketOf({ ...bug, resolved })).toBe(bucket);
  });
});

describe('other storingen are measured against their streeftijd', () => {
  // Incident niveau 1, 1 werkdag, registered Tue 3 Mar 2026 10:00 (Tue 08:00-17:00, Wed 08:00-17:00):
  // due Wed 10:00 (7 h + 2 h = 9 h). Resolved Wed 10:00: 100%, met; Wed 12:00: 11/9 = 122%, breached.
  it.each([
    { name: 'resolved at the deadline', resolved: '2026-03-04 10:00', bucket: 3 },
    { name: 'resolved two hours late', resolved: '2026-03-04 12:00', bucket: 4 },
  ])('$name: bucket $bucket', ({ resolved, bucket }) => {
    expect(bucketOf({ type: 'incident', niveau: 1, registered: '2026-03-03 10:00', resolved })).toBe(bucket);
  });
});
