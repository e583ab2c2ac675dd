// The contract's other checkable norms, assembled for the site and the PDFs:
// Article 5 complaints with their plan van aanpak deadline, releases (3.4) and
// supported versions (2.6), back-ups (3.5), support windows (4.4, 4.7) and
// change requests (art. 6). Pure: data in, figures out.
import { civilFromDays } from '../engine/civil.ts';
import { isoInZone, zone as zoneOf } from '../engine/zone.ts';
import type { JudgedData } from '../pipeline/judge-data.ts';
import { checkBackupMonth, type BackupMonthCheck, type BackupRecord } from '../norms/backups.ts';
import { changeFindings, type ChangeOutcome } from '../norms/changes.ts';
import { complaintState, type Complaint, type ComplaintState } from '../norms/complaints.ts';
import { supportWindowFindings } from '../norms/support-windows.ts';
import { releasesPerYear, ticketsOutsideSupport, type ReleaseYear } from '../norms/versions.ts';
import type { ReportModel } from './build-model.ts';
import { buildDossier, type Dossier } from './dossier.ts';
import { dateOf, lastReportMonth, monthRange } from './month.ts';
import { backupGapCount, changeCounts, complaintCounts, normsPolicy, type ChangeCounts, type ComplaintCounts, type NormsPolicy } from './norms-summary.ts';
import type { NormsData } from '../norms/load-norms.ts';

export interface TicketRef {
  id: string;
  clientId: string;
  registeredAt: string;
}

export interface NormsReport {
  /** Rows read per data file, and the rows set aside (same nothing-lost rule as the tickets). */
  files: NormsData['files'];
  setAside: NormsData['setAside'];
  /** The norms as the SLA in force last sets them, with their clauses. */
  policy: NormsPolicy;
  complaints: (ComplaintState & { clientName: string })[];
  complaintCounts: ComplaintCounts;
  releaseYears: ReleaseYear[];
  outsideSupport: (TicketRef & { version: string; supported: string[] })[];
  backups: BackupMonthCheck[];
  /** Gaps over all checked months. */
  backupGaps: number;
  phoneOutsideWindow: TicketRef[];
  emailTotal: number;
  emailWithoutAcknowledgement: TicketRef[];
  niveau1NotByPhone: TicketRef[];
  changes: (TicketRef & { outcome: ChangeOutcome; decidedAt: string | null; informedAt: string | null; informBy: string | null })[];
  changeCounts: ChangeCounts;
}

export function buildNormsReport(data: JudgedData, complaints: Complaint[], backups: BackupRecord[]): Omit<NormsReport, 'files' | 'setAside'> {
  const sla = data.slaSources.at(-1)!.frontmatter;
  const contract = data.contracts.at(-1)!;
  const z = zoneOf(sla.timeZone);
  const iso = (ms: number | null) => (ms === null ? null : isoInZone(ms, z));
  const tickets = data.judged.map((j) => j.evaluation.ticket);
  const ref = (t: (typeof tickets)[number]): TicketRef => ({ id: t.id, clientId: t.clientId, registeredAt: isoInZone(t.registeredAt, z) });
  const names = new Map(tickets.map((t) => [t.clientId, t.clientName]));
  const today = dateOf(data.asOf, z);
  // Folded, not spread: Math.min(...150,000 years) overflows the call stack.
  let firstYear = Infinity;
  let lastYear = -Infinity;
  for (const t of tickets) {
    const year = new Date(t.registeredAt).getUTCFullYear();
    if (year < firstYear) firstYear = year;
    if (year > lastYear) lastYear = year;
  }
  for (const r of data.releases) firstYear = Math.min(firstYear, civilFromDays(r.dayNumber).year);
  const judgedNiveau = new Map(data.judged.map((j) => [j.evaluation.ticket, j.evaluation.niveau]));
  const windows = supportWindowFindings(tickets, contract.calendar, (t) => judgedNiveau.get(t)!);
  const lastMonth = lastReportMonth(data.asOf, data.periodEnd, z);
  const backupMonths = backups.length ? monthRange(backups.map((b) => b.date.slice(0, 7)).sort()[0], lastMonth) : [];
  const policy = sla.backups;
  const states = complaints.map((c) => ({ ...complaintState(c, sla.article5.planVanAanpakWeeks, today), clientName: names.get(c.clientId) ?? c.clientId }));
  const backupChecks = backupMonths.filter((m) => m <= lastMonth).map((m) => checkBackupMonth(backups, m, policy, today));
  const changes = changeFindings(tickets, contract.calendar, sla.changeManagement.informWithinWerkdagen, data.asOf).map((f) => ({
    ...ref(f.ticket),
    outcome: f.outcome,
    decidedAt: iso(f.decidedAt),
    informedAt: iso(f.informedAt),
    informBy: iso(f.informBy),
  }));
  return {
    policy: normsPolicy(sla),
    complaints: states,
    complaintCounts: complaintCounts(states),
    releaseYears: tickets.length ? releasesPerYear(data.releases, firstYear, lastYear, sla.releases.minHalfYearlyPerYear) : [],
    outsideSupport: ticketsOutsideSupport(tickets, data.releases, (ms) => contract.calendar.dayNumber(contract.calendar.dayIndex(ms)), sla.supportedVersions.count).map(
      (o) => ({ ...ref(o.ticket), version: o.ticket.version, supported: o.supported }),
    ),
    backups: backupChecks,
    backupGaps: backupGapCount(backupChecks),
    phoneOutsideWindow: windows.phoneOutsideWindow.map(ref),
    emailTotal: windows.emailTotal,
    emailWithoutAcknowledgement: windows.emailWithoutAcknowledgement.map(ref),
    niveau1NotByPhone: windows.niveau1NotByPhone.map(ref),
    changes,
    changeCounts: changeCounts(changes),
  };
}

/** The dossier of every complaint on file, for its client and complained-about period. */
export function complaintDossiers(model: ReportModel, norms: NormsReport): Dossier[] {
  return norms.complaints.map((c) => buildDossier(model, c.complaint.clientId, c.complaint.periodFrom, c.complaint.periodTo, c));
}

/** The model with the other norms and the complaint dossiers attached. */
export function withNorms(model: ReportModel, data: JudgedData, normsData: NormsData): ReportModel {
  const norms = { ...buildNormsReport(data, normsData.complaints, normsData.backups), files: normsData.files, setAside: normsData.setAside };
  return { ...model, norms, dossiers: complaintDossiers(model, norms) };
}
