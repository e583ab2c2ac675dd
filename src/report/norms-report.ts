// The contract's other checkable norms, assembled for the site and the PDFs:
// Article 5 complaints with their plan van aanpak deadline, releases (3.4) and
// supported versions (2.6), back-ups (3.5), support windows (4.4, 4.7) and
// change requests (art. 6). Pure: data in, figures out.
import type { SlaSource } from '../contract/parse.ts';
import type { CompiledContract, Release } from '../engine/contract.ts';
import { civilFromDays } from '../engine/civil.ts';
import type { Ticket } from '../engine/ticket.ts';
import { zone as zoneOf } from '../engine/zone.ts';
import { checkBackupMonth } from '../norms/backups.ts';
import { changeFindings } from '../norms/changes.ts';
import { complaintState } from '../norms/complaints.ts';
import type { NormsData } from '../norms/load-norms.ts';
import { supportWindowFindings } from '../norms/support-windows.ts';
import { releasesPerYear, ticketsOutsideSupport } from '../norms/versions.ts';
import { instant, instantOrNull } from './instant.ts';
import type { Niveau, NormsReport, TicketRef } from './model.ts';
import { dateOf, lastReportMonth, monthRange } from './month.ts';
import { backupGapCount, changeCounts, complaintCounts, normsPolicy } from './norms-summary.ts';

export type { NormsReport, TicketRef };

/** What the other norms are worked out from: the judged tickets (each with the niveau it is judged by), the contract, releases and the norms' own data. */
export interface NormsInput {
  slaSources: readonly SlaSource[];
  contracts: readonly CompiledContract[];
  releases: readonly Release[];
  judged: readonly { evaluation: { ticket: Ticket; niveau: Niveau } }[];
  asOf: number;
  periodEnd: number | null;
  norms: NormsData;
}

export function buildNormsReport(data: NormsInput): NormsReport {
  const { complaints, backups } = data.norms;
  const sla = data.slaSources.at(-1)!.frontmatter;
  const contract = data.contracts.at(-1)!;
  const z = zoneOf(sla.timeZone);
  const iso = (ms: number | null) => instantOrNull(ms, z);
  const tickets: Ticket[] = new Array(data.judged.length);
  for (let n = 0; n < tickets.length; n++) tickets[n] = data.judged[n].evaluation.ticket;
  const ref = (t: Ticket): TicketRef => ({ id: t.id, clientId: t.clientId, registeredAt: instant(t.registeredAt, z) });
  const names = complainantNames(tickets, complaints);
  const today = dateOf(data.asOf, z);
  // The years from the first registration to the last, in the contract's zone (as release days are).
  // Folded, not spread: Math.min(...150,000 instants) overflows the call stack.
  let first = Infinity;
  let last = -Infinity;
  for (let n = 0; n < tickets.length; n++) {
    const ms = tickets[n].registeredAt;
    if (ms < first) first = ms;
    if (ms > last) last = ms;
  }
  let firstYear = tickets.length ? Number(dateOf(first, z).slice(0, 4)) : Infinity;
  const lastYear = tickets.length ? Number(dateOf(last, z).slice(0, 4)) : -Infinity;
  for (const r of data.releases) firstYear = Math.min(firstYear, civilFromDays(r.dayNumber).year);
  const windows = supportWindowFindings(tickets, contract.calendar, (_, index) => data.judged[index].evaluation.niveau);
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
    files: data.norms.files,
    setAside: data.norms.setAside,
    policy: normsPolicy(sla),
    complaints: states,
    complaintCounts: complaintCounts(states),
    releaseYears: tickets.length ? releasesPerYear([...data.releases], firstYear, lastYear, sla.releases.minHalfYearlyPerYear) : [],
    outsideSupport: ticketsOutsideSupport(tickets, [...data.releases], (ms) => contract.calendar.dayNumber(contract.calendar.dayIndex(ms)), sla.supportedVersions.count).map(
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

/** The name on the last ticket of each client with a complaint on file. */
function complainantNames(tickets: readonly Ticket[], complaints: NormsData['complaints']): Map<string, string> {
  const names = new Map<string, string>();
  if (complaints.length === 0) return names;
  const ids = new Set(complaints.map((c) => c.clientId));
  for (let n = 0; n < tickets.length; n++) if (ids.has(tickets[n].clientId)) names.set(tickets[n].clientId, tickets[n].clientName);
  return names;
}
