// The report model: every figure the site and the PDFs show, computed once by
// buildReportModel (build-model.ts) and only rendered after that. This module
// holds the model's types and nothing else; the modules that compute parts of
// it import their types from here, so the model has one shape and no circle.
//
// Instants are `Instant`s (ISO 8601 with the contract zone's offset), formatted
// only by src/words/; durations are `Minutes` (whole clock minutes, a begun
// minute counts); products, kinds, niveaus, statuses and channels are unions.
import type { Niveau, ProductId, SlaFrontmatter, TicketType } from '../contract/schema.ts';
import type { Status } from '../engine/evaluate.ts';
import type { Feestdag } from '../engine/feestdagen.ts';
import type { NiveauRemark } from '../engine/niveau.ts';
import type { Channel } from '../engine/ticket.ts';
import type { DataWarning } from '../ingest/data-warning.ts';
import type { MergedDuplicate, WaitDisagreement } from '../ingest/duplicates.ts';
import type { HistoryEventCounts } from '../ingest/history/history-store.ts';
import type { SetAsideRecord } from '../ingest/set-aside.ts';
import type { SourceFile } from '../ingest/sources.ts';
import type { BackupMonthCheck, BackupPolicy } from '../norms/backups.ts';
import type { ChangeOutcome } from '../norms/changes.ts';
import type { ComplaintState, PlanStatus } from '../norms/complaints.ts';
import type { NormsData } from '../norms/load-norms.ts';
import type { ReleaseYear } from '../norms/versions.ts';
import type { TicketSubjects } from './subjects.ts';

export type { Channel, Feestdag, Niveau, ProductId, Status, TicketType };

declare const instantBrand: unique symbol;
declare const minutesBrand: unique symbol;

/** A moment: ISO 8601 with the contract zone's offset, e.g. "2026-01-05T09:30:00+01:00" (seconds, no milliseconds) (see instant.ts). */
export type Instant = string & { readonly [instantBrand]: true };
/** A local date in the contract's zone, "YYYY-MM-DD". */
export type LocalDate = string;
/** A local month in the contract's zone, "YYYY-MM". */
export type MonthId = string;
/** Whole clock minutes, rounded up: a begun minute counts. */
export type Minutes = number & { readonly [minutesBrand]: true };

/** What a storing's clock counts: dienstvenster time, or all time (calendar streeftijden: weeks, months, releases). */
export type Measure = 'dienstvenster' | 'kalender';
/** Storingen are incidents and bugs: the kinds with a hersteltijd streeftijd (4.6). */
export type StoringKind = 'incident' | 'bug';
export const storingKinds: readonly StoringKind[] = ['incident', 'bug'];
export type OpenStatus = 'open' | 'open-breached';

// ---------------------------------------------------------------------------
// One judged ticket

/**
 * A piece of a storing's clock, [from, to): running (inside the dienstvenster, or at all
 * times for calendar streeftijden), outside the dienstvenster (4.1, 4.4) or before the
 * clock starts, waiting for the client (art. 1: not counted), or resolved until a reopen.
 */
export interface ClockSegment {
  kind: SegmentKind;
  from: Instant;
  to: Instant;
}
export type SegmentKind = 'running' | 'outside' | 'waiting' | 'resolved';

/** A dated moment on a storing's clock; src/words/ says each kind in one Dutch sentence. */
export type ClockMoment =
  | { kind: 'registered'; at: Instant; channel: Channel }
  | { kind: 'clock-start'; at: Instant; /** Later than the registration: the next opening of the dienstvenster. */ later: boolean }
  | { kind: 'wait-start' | 'wait-end' | 'waiting-at-as-of' | 'status-update-due' | 'client-report-due' | 'resolved-before-reopen' | 'reopened' | 'resolved' | 'open-at-as-of'; at: Instant }
  | { kind: 'status-update'; at: Instant; /** On time on the clock (4.6); null without a streeftijd. */ onTime: boolean | null }
  | { kind: 'deadline' | 'margin-end'; at: Instant; streeftijd: string | null };
export type ClockMomentKind = ClockMoment['kind'];

/** A niveau change a report names (4.7): after the first resolution, or lowered after the higher niveau's deadline. */
export interface NiveauChange {
  kind: NiveauRemark['kind'];
  at: Instant;
  from: Niveau | null;
  to: Niveau;
}

/** A judged ticket as every report shows it. Field names follow the `evaluate` output where they mean the same. */
export interface TicketRow {
  id: string;
  clientId: string;
  clientName: string;
  product: ProductId;
  type: TicketType;
  /** The final niveau, as the Leverancier set it (4.7). */
  priority: Niveau;
  /** The client's own niveau, when known. */
  reportedPriority: Niveau | null;
  /** The niveau the storing is judged and counted by: the one in force at its first resolution (4.7). */
  judgedPriority: Niveau;
  channel: Channel;
  contractVersion: string;
  /** The contract's wording of the streeftijd, or null. */
  streeftijd: string | null;
  measure: Measure;
  registeredMonth: MonthId;
  resolvedMonth: MonthId | null;
  registeredAt: Instant;
  clockStart: Instant;
  deadline: Instant | null;
  /** "1 à 2 maanden": the end of the margin; breached only after it (4.6). */
  marginDeadline: Instant | null;
  statusUpdateDue: Instant | null;
  atRiskAt: Instant | null;
  resolvedAt: Instant | null;
  firstResolvedAt: Instant | null;
  /** Start of a wait for the client still running at the report moment. */
  waitingSince: Instant | null;
  /** 4.6: the report to the client due, for an incident not resolved on its melding day (this product's reading). */
  clientReportDue: Instant | null;
  /** The report moment the row is judged at. */
  asOf: Instant;
  targetMinutes: Minutes | null;
  marginMinutes: Minutes | null;
  hersteltijdMinutes: Minutes | null;
  firstHersteltijdMinutes: Minutes | null;
  consumedMinutes: Minutes;
  remainingMinutes: Minutes | null;
  /** Clock minutes inside waits for the client: not counted (art. 1). */
  waitingMinutes: Minutes;
  /**
   * A breached storing: clock minutes past the streeftijd, or past the margin's end for "1 à 2 maanden";
   * open past them at the report moment: the minutes late so far.
   */
  minutesLate: Minutes | null;
  /** Open and not late at the report moment: clock time left to the streeftijd, or to the margin's end for "1 à 2 maanden". */
  untilLateMinutes: Minutes | null;
  reopenCount: number;
  status: Status;
  withinMargin: boolean | null;
  statusUpdateMet: boolean | null;
  atRisk: boolean | null;
  /** 4.6 for incidents: resolved on the melding day, hersteltijd over a week, report to the client in time. */
  sameDay: boolean | null;
  overWeek: boolean | null;
  clientReportMet: boolean | null;
  note: 'geen-streeftijd' | 'geen-volgende-release' | null;
  /** Assumptions the figures rest on (see flagText), including niveau remarks. */
  flags: string[];
  /** The figures are approximate (a wait total placed from the clock start, or reopens at unknown moments). */
  approximate: boolean;
  niveauChanges: NiveauChange[];
  /** The clock from registration to the resolution (or the report moment), in order. */
  segments: ClockSegment[];
  /** The moments of the clock, in time order (equal instants in the order of ClockMoment's kinds above). */
  moments: ClockMoment[];
}

// ---------------------------------------------------------------------------
// Month figures

/** The counts of 4.6's per-storing judgements, kept alike by month cells and dossier figures. */
export interface JudgementCounts {
  /** Status updates judged (due and decided) and on time (4.6). */
  statusUpdatesJudged: number;
  statusUpdatesOnTime: number;
  /** Resolved incidents (4.6's distribution counts these); of them resolved on the melding day, and with a hersteltijd over a week. */
  incidentsResolved: number;
  sameDay: number;
  overWeek: number;
  /** Incidents not resolved on their melding day whose report to the client was judged, and of those made in time (4.6). */
  clientReportsJudged: number;
  clientReportsOnTime: number;
}

/** Resolved storingen judged against their streeftijd: the one tally of met and breached. */
export interface ResolvedCounts extends JudgementCounts {
  resolved: number;
  met: number;
  breached: number;
  /** Of `met`: resolved after the streeftijd but within the margin ("1 à 2 maanden"). */
  withinMargin: number;
  /** met / resolved; a figure, never a verdict (the contract sets no share). */
  shareMet: number | null;
}

/** A month's figures for one product, niveau and kind (for all clients or one). */
export interface Cell extends ResolvedCounts {
  product: ProductId;
  niveau: Niveau;
  type: StoringKind;
  /** The contract's wording of the streeftijd. */
  streeftijd: string | null;
  /** What the streeftijd's clock counts, and so its hersteltijd figures: dienstvenster or calendar time. */
  measure: Measure;
  /** Registered in the month. */
  registered: number;
  medianHersteltijdMinutes: Minutes | null;
  p90HersteltijdMinutes: Minutes | null;
  /** Niveau 1 reported by the client in the month (not found by monitoring), and of those by phone (4.7). */
  niveau1Registered: number;
  niveau1ByPhone: number;
  /** Registered in the month with a client niveau different from the final one. */
  niveauDisagreements: number;
  /** Open at the month's end (or at the report moment, in the current month). */
  openAtEnd: number;
  openBreachedAtEnd: number;
}

/** Cells added up over products, niveaus and kinds: counts and shares, no percentiles. */
export interface Totals {
  registered: number;
  resolved: number;
  met: number;
  breached: number;
  withinMargin: number;
  shareMet: number | null;
  statusUpdatesJudged: number;
  statusUpdatesOnTime: number;
  shareStatusUpdatesOnTime: number | null;
  /** Resolved incidents; of them resolved on the melding day / with a hersteltijd over a week (4.6: circa 95% / 1%). */
  incidentsResolved: number;
  sameDay: number;
  overWeek: number;
  shareSameDay: number | null;
  shareOverWeek: number | null;
  clientReportsJudged: number;
  clientReportsOnTime: number;
  shareClientReportsOnTime: number | null;
  niveau1Registered: number;
  niveau1ByPhone: number;
  shareNiveau1ByPhone: number | null;
  niveauDisagreements: number;
  openAtEnd: number;
  openBreachedAtEnd: number;
}

/** A month's totals split by kind, by niveau and by product (trend chart and tables, SLA page). */
export interface Breakdown {
  byKind: { type: StoringKind; total: Totals }[];
  byNiveau: { niveau: Niveau; total: Totals }[];
  byProduct: { product: ProductId; total: Totals }[];
}

/** Storingen resolved in a month by hersteltijd as a share of their streeftijd (or margin's end), per bucket of `distributionBounds`. */
export interface Distribution {
  type: StoringKind;
  /** One count per bucket: distributionBounds.length + 1 entries. */
  counts: number[];
}

/** A storing open at a month's end: its judged clock read at that moment. */
export interface OpenAtEnd {
  id: string;
  clientId: string;
  product: ProductId;
  type: StoringKind;
  niveau: Niveau;
  /** What its clock counts: its consumed and remaining time are in this measure. */
  measure: Measure;
  deadline: Instant | null;
  /** "1 à 2 maanden": the end of the margin as known then; breached only after it (4.6). */
  marginDeadline: Instant | null;
  consumedMinutes: Minutes;
  /** Clock time left to the streeftijd (0 once it is consumed). */
  remainingMinutes: Minutes | null;
  /** Clock time left before it is late: to the streeftijd, or to the margin's end for "1 à 2 maanden"; null once late or without a streeftijd. */
  untilLateMinutes: Minutes | null;
  /** Open past its streeftijd (or margin): clock minutes late so far. */
  minutesLate: Minutes | null;
  status: OpenStatus;
  /** "1 à 2 maanden": past the streeftijd, not past the margin (null without a margin). */
  withinMargin: boolean | null;
  atRisk: boolean | null;
}

/** A client with repeated breaches in a month: a candidate for an Article 5 conversation (5.1, 5.2). */
export interface RepeatedBreach {
  clientId: string;
  clientName: string;
  /** Breached storingen resolved in the month. */
  breachesInMonth: number;
  /** Of the month and the two before it, those with at least one breach (oldest first). */
  monthsWithBreaches: MonthId[];
  /**
   * In the report month (the last complete one): the dossier to open for the conversation, the
   * complaint on file whose period overlaps the month, or else the ready dossier of the last three
   * months without a complaint; null in every other month.
   */
  dossier: DossierRef | null;
}

export interface MonthReport {
  month: MonthId;
  /** The moment its figures are judged at: the month's end, or the report moment if earlier. */
  asOf: Instant;
  complete: boolean;
  cells: Cell[];
  breakdown: Breakdown;
  distribution: Distribution[];
  /** Ids of storingen resolved in the month outside their streeftijd. */
  breaches: string[];
  /** In order of urgency (report/urgency.ts). */
  openAtEnd: OpenAtEnd[];
  total: Totals;
  periodCounts: PeriodCounts;
  /** Its neighbours in the report and its key figures against the month before and the same month last year (compare.ts). */
  comparison: MonthComparison;
  repeatedBreaches: RepeatedBreach[];
  /** Erkende feestdagen in the month (4.1). */
  feestdagen: Feestdag[];
  /** The month's feestdagen up to its end or the report moment, whichever comes first (a client's month without storingen). */
  feestdagenSoFar: FeestdagenSpan;
}

/** The erkende feestdagen (4.1) from one local date to another, inclusive. */
export interface FeestdagenSpan {
  from: LocalDate;
  to: LocalDate;
  days: Feestdag[];
}

/**
 * A month's storingen counted as a service desk counts its period: open at the start (open at the
 * previous month's end), registered, finally resolved in the month (whatever the result), open at
 * the end (read from the clock). A storing resolved and reopened in a later month is open again from
 * its reopen, so the counts need not add up across months.
 */
export interface PeriodCounts {
  openAtStart: number;
  registered: number;
  resolved: number;
  openAtEnd: number;
}

/** The figures a month is compared on. */
export interface KeyFigures {
  registered: number;
  /** Resolved and judged against a streeftijd; of them within it (`met`, also within the margin) and outside it. */
  resolved: number;
  met: number;
  /** met / resolved; a figure, never a verdict. */
  shareMet: number | null;
  breached: number;
  openAtEnd: number;
}

/** A month against an earlier one: that month's figures and this month's minus them (a sign, no verdict). */
export interface FigureChange {
  month: MonthId;
  figures: KeyFigures;
  change: {
    registered: number;
    resolved: number;
    met: number;
    /** The share within streeftijd in percentage points; null when either month resolved none. */
    shareMetPoints: number | null;
    breached: number;
    openAtEnd: number;
  };
}

export interface MonthComparison {
  /** The report's month before and after it; null at either end. */
  previousMonth: MonthId | null;
  nextMonth: MonthId | null;
  /** Null when the report does not cover that month. */
  againstPreviousMonth: FigureChange | null;
  againstLastYear: FigureChange | null;
}

export interface ClientMonth {
  month: MonthId;
  cells: Cell[];
  /** Ids of the client's storingen registered or resolved in the month, or open at its end. */
  tickets: string[];
  breaches: string[];
  /** Ids of the client's incidents resolved in the month, not on their melding day, without a report to the client in time (4.6). */
  clientReportsLate: string[];
  /** In order of urgency (report/urgency.ts). */
  openAtEnd: OpenAtEnd[];
  total: Totals;
  periodCounts: PeriodCounts;
  /**
   * The feestdagen that closed the dienstvenster while the month's storingen ran: from the earliest
   * registration among them (a storing registered before the month met the feestdagen since) to the
   * month's end, or the report moment when that comes first.
   */
  feestdagen: FeestdagenSpan;
}

export interface ClientReport {
  id: string;
  name: string;
  products: ProductId[];
  months: ClientMonth[];
  /** The client's cells of every month summed (open counts: at the end of the last month). */
  totals: Totals;
}

// ---------------------------------------------------------------------------
// Reconciliation and provenance

export interface Reconciliation {
  ticketRows: number;
  judged: number;
  setAside: number;
  eventRows: number;
  /** Ticket rows read in all ticket files (same as ticketRows). */
  rowsRead: number;
  /** Ticket rows merged away because the same ticket came later in another export (latest update wins). */
  duplicatesMerged: number;
  /** Judged tickets whose figures are approximate. */
  approximate: number;
  /** rowsRead = judged + setAside + duplicatesMerged. */
  balanced: boolean;
  byReason: { reason: string; text: string; count: number }[];
  /** Judged tickets whose figures rest on an assumption, per flag. */
  flagged: { flag: string; text: string; count: number }[];
  /** Every row set aside, in file and line order, with its value and reason code. */
  records: SetAsideRecord[];
  /** Rows judged that a person should look at, in file and line order. */
  warnings: DataWarning[];
  /** Every input file: kind, mapping, encoding, delimiter and rows. */
  files: SourceFile[];
  /** The rows merged away and the rows kept instead. */
  duplicates: MergedDuplicate[];
  /** Changes read from status histories and where each ended (read = used + read twice + of tickets set aside + set aside); null without history pages. */
  historyEvents: HistoryEventCounts | null;
  /** Tickets whose status history and an export's total wait differ by more than 5 minutes (the history was judged). */
  waitDisagreements: WaitDisagreement[];
}

/** Where a report comes from: contract versions, input files with SHA-256, the report moment, the product's version. */
export interface Provenance {
  productVersion: string;
  contracts: { version: string; validFrom: string; file: string }[];
  /** Input files, in a stable order, with their SHA-256 (hex). */
  inputs: { file: string; sha256: string }[];
  asOf: Instant;
}

// ---------------------------------------------------------------------------
// What the reports quote from the SLA

export interface SlaSummary {
  title: string;
  version: string;
  validFrom: string;
  products: { id: ProductId; name: string; leverancier: string }[];
  /** Days with the same window, e.g. { days: ['maandag', 'donderdag'], open: '08:00', close: '20:00' }; clause 4.1, 4.4. */
  dienstvensters: { days: string[]; open: string; close: string }[];
  dienstvenstersClause: string;
  emailRegistration: string;
  /** Which days are erkende feestdagen, in words, with the articles of the Algemene termijnenwet (this product's reading). */
  feestdagenReading: string;
  /** The frontmatter's feestdagen settings, to list the days of any period (4.1). */
  feestdagenConfig: SlaFrontmatter['feestdagen'];
  feestdagenExtra: Feestdag[];
  feestdagenRemoved: string[];
  feestdagenClause: string;
  /** The contract's definition of Hersteltijd (art. 1), or null when the body has none. */
  hersteltijdDefinition: string | null;
  streeftijden: { product: ProductId; type: StoringKind; niveau: Niveau; label: string }[];
  streeftijdenClause: string;
  statusUpdateFraction: number;
  statusUpdateClause: string;
  /** 4.6's incident distribution ("circa" shares: indicative, never a verdict) and when a report to the client is due (this product's reading). */
  incidentDistribution: { clause: string; sameDayShare: number; maxOneWeekShare: number; reportDue: 'sluiting-dienstvenster' | 'einde-dag' };
  /** Article 5 as the body writes it: one entry per clause. */
  article5: { clause: string; text: string }[];
  /** 5.2: the plan van aanpak within this many weeks of the discussion (frontmatter article5). */
  planVanAanpakWeeks: number;
  article5Clause: string;
  /** The Leveranciers the products name, with logo and helpdesk (content/leveranciers.yaml); empty without that file. */
  leveranciers: LeverancierSummary[];
}

/** A Leverancier as the reports show it: name, logo file (relative to the working folder) and the helpdesk of 4.2 and 4.4. */
export interface LeverancierSummary {
  name: string;
  logoFile: string;
  helpdesk: { clause: string; phone: string; email: string; hours: string };
}

// ---------------------------------------------------------------------------
// The contract's other norms

export interface NormsPolicy {
  article5Clause: string;
  /** 5.2: plan van aanpak within this many weeks of the discussion. */
  planVanAanpakWeeks: number;
  releasesClause: string;
  /** 3.4: half-yearly updates per calendar year, at least. */
  minHalfYearlyPerYear: number;
  supportedVersionsClause: string;
  /** 2.6: the latest version and the ones before it, this many in all. */
  supportedVersionsCount: number;
  backupsClause: string;
  /** 3.5: how many daily, weekly and monthly back-ups are kept where. */
  backups: BackupPolicy;
  dienstvenstersClause: string;
  reportingClause: string;
  changeClause: string;
  /** 6.3 "onverwijld", as this product reads it. */
  informWithinWerkdagen: number;
  changeNote: string;
}

export interface ComplaintCounts extends Record<PlanStatus, number> {
  /** Complaints without a delivered plan van aanpak (not yet discussed, plan due, plan overdue). */
  open: number;
}

export type ChangeCounts = Record<ChangeOutcome, number> & { total: number };

export interface TicketRef {
  id: string;
  clientId: string;
  registeredAt: Instant;
}

export interface NormsReport {
  /** Rows read per data file, and the rows set aside (same nothing-lost rule as the tickets). */
  files: NormsData['files'];
  setAside: NormsData['setAside'];
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
  changes: (TicketRef & { outcome: ChangeOutcome; decidedAt: Instant | null; informedAt: Instant | null; informBy: Instant | null })[];
  changeCounts: ChangeCounts;
}

// ---------------------------------------------------------------------------
// Article 5 dossiers

export interface DossierFinding {
  ticketId: string;
  /** Clause of the SLA the finding concerns. */
  clause: string;
  kind: 'hersteltijd' | 'statusupdate' | 'rapportage-klant' | 'telefonisch-melden' | 'niveau';
  /** Dutch sentence for the reader. */
  text: string;
}

/** The storingen of a dossier's period for one kind, product and niveau. */
export interface DossierFigure extends ResolvedCounts {
  product: ProductId;
  niveau: Niveau;
  type: StoringKind;
  streeftijd: string | null;
  /** Registered in the period. */
  storingen: number;
  /** Still open at the report moment. */
  open: number;
}

export type IncidentCounts = Pick<DossierFigure, 'incidentsResolved' | 'sameDay' | 'overWeek' | 'clientReportsJudged' | 'clientReportsOnTime'>;

/** Which dossier: a complaint's, or one made without a complaint (for a client with repeated breaches, or by the dossier command). */
export type DossierRef =
  | { kind: 'klacht'; complaintId: string }
  | { kind: 'zonder-klacht'; clientId: string; from: LocalDate; to: LocalDate };

/** Storingen finally resolved (met or breached) in a window of days, for all kinds or one. */
export interface WindowFigures {
  resolved: number;
  met: number;
  breached: number;
  /** met / resolved: a figure, never a verdict (the contract sets no share, 4.6). */
  shareMet: number | null;
  /** Median (nearest rank) hersteltijd of the resolved storingen in `measure`; null without any, or when they mix measures. */
  medianHersteltijdMinutes: Minutes | null;
  measure: Measure | null;
}

/** A window of local dates around a plan's delivery, and the part the data covers. */
export interface PlanWindow {
  /** The window as chosen (inclusive): the three months before the delivery day, or after it (this product's reading). */
  from: LocalDate;
  to: LocalDate;
  /** The days the data covers: from the first report month's first day up to the report moment; null when none. */
  covered: { from: LocalDate; to: LocalDate } | null;
  /** The data covers less than the whole window (it starts later or ends earlier). */
  cutShort: boolean;
  total: WindowFigures;
  /** Per kind, incidents first; a kind without any storing resolved in either window is left out. */
  byKind: (WindowFigures & { type: StoringKind })[];
}

/** A delivered plan van aanpak (5.2): the client's figures in the three months before its delivery and after. */
export interface PlanEffect {
  complaintId: string;
  delivered: LocalDate;
  before: PlanWindow;
  after: PlanWindow;
}

/** Why a dossier without a complaint was made: the client's repeated breaches in the report month. */
export interface ReadyReason {
  month: MonthId;
  breachesInMonth: number;
  monthsWithBreaches: MonthId[];
}

export interface Dossier {
  ref: DossierRef;
  clientId: string;
  clientName: string;
  from: LocalDate;
  to: LocalDate;
  asOf: Instant;
  incidentDistribution: SlaSummary['incidentDistribution'];
  complaint: ComplaintState | null;
  /** For a dossier made without a complaint for a client with repeated breaches: why. */
  readyFor: ReadyReason | null;
  /** The client's complaints received before this one (all of them on file for a dossier without a complaint), oldest first. */
  earlierComplaints: ComplaintState[];
  /** For each delivered plan van aanpak among the earlier complaints and this one: figures before and after, oldest first. */
  planEffects: PlanEffect[];
  /** Storingen registered in the period, in registration order. */
  storingen: TicketRow[];
  figures: DossierFigure[];
  /** The figures' 4.6 incident counts added up over products and niveaus. */
  incidents: IncidentCounts;
  findings: DossierFinding[];
  /** Erkende feestdagen (4.1) from the period's start until its end or, when later, the last moment its storingen ran. */
  feestdagen: FeestdagenSpan;
  provenance: Provenance;
}

// ---------------------------------------------------------------------------
// The whole model

export interface ReportModel {
  asOf: Instant;
  contracts: { version: string; validFrom: string; title: string }[];
  /** Bucket bounds of every month's hersteltijd distribution (hersteltijd / streeftijd). */
  distributionBounds: readonly number[];
  months: MonthReport[];
  clients: ClientReport[];
  tickets: TicketRow[];
  reconciliation: Reconciliation;
  /** What the reports quote from the SLA in force last. */
  sla: SlaSummary;
  /** The contract's other norms (Article 5, 3.4, 3.5, 4.4, art. 6). */
  norms: NormsReport;
  /**
   * One Article 5 dossier per complaint on file, then one of the last three months for each client with
   * repeated breaches in the report month and no complaint on file whose period overlaps that month.
   */
  dossiers: Dossier[];
  provenance: Provenance;
  /** Ticket subjects, when read: only for a client's own PDF and page, through `forClient` (subjects.ts); in no ticket row. */
  subjects: TicketSubjects;
}
