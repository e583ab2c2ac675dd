// What the norms pages quote and count: the norms as the SLA in force last sets
// them (with their clauses), and the tallies of complaints, change requests and
// back-up gaps, so that no page counts for itself.
import type { SlaFrontmatter } from '../contract/schema.ts';
import type { BackupMonthCheck } from '../norms/backups.ts';
import type { ChangeOutcome } from '../norms/changes.ts';
import type { ComplaintState } from '../norms/complaints.ts';
import type { ChangeCounts, ComplaintCounts, NormsPolicy } from './model.ts';

export type { ChangeCounts, ComplaintCounts, NormsPolicy };

export function normsPolicy(sla: SlaFrontmatter): NormsPolicy {
  return {
    article5Clause: sla.article5.clause,
    planVanAanpakWeeks: sla.article5.planVanAanpakWeeks,
    releasesClause: sla.releases.clause,
    minHalfYearlyPerYear: sla.releases.minHalfYearlyPerYear,
    supportedVersionsClause: sla.supportedVersions.clause,
    supportedVersionsCount: sla.supportedVersions.count,
    backupsClause: sla.backups.clause,
    backups: {
      dailyOnSiteDays: sla.backups.dailyOnSiteDays,
      dailyOffSiteDays: sla.backups.dailyOffSiteDays,
      weeklyOffSite: sla.backups.weeklyOffSite,
      monthlyOffSite: sla.backups.monthlyOffSite,
    },
    dienstvenstersClause: sla.dienstvensters.clause,
    reportingClause: sla.reporting.clause,
    changeClause: sla.changeManagement.clause,
    informWithinWerkdagen: sla.changeManagement.informWithinWerkdagen,
    changeNote: sla.changeManagement.note,
  };
}

export function complaintCounts(states: ComplaintState[]): ComplaintCounts {
  const counts: ComplaintCounts = { 'nog-niet-besproken': 0, 'plan-open': 0, 'plan-verlopen': 0, 'plan-tijdig': 0, 'plan-te-laat': 0, open: 0 };
  for (const s of states) {
    counts[s.status]++;
    if (s.complaint.planDelivered === null) counts.open++;
  }
  return counts;
}

export function changeCounts(outcomes: { outcome: ChangeOutcome }[]): ChangeCounts {
  const counts: ChangeCounts = {
    'geen-besluit': 0, geaccepteerd: 0, 'afgewezen-tijdig-gemeld': 0, 'afgewezen-te-laat-gemeld': 0, 'afgewezen-niet-gemeld': 0, total: outcomes.length,
  };
  for (const o of outcomes) counts[o.outcome]++;
  return counts;
}

/** Gaps over all checked months. */
export function backupGapCount(months: BackupMonthCheck[]): number {
  return months.reduce((n, m) => n + m.gaps.length, 0);
}
