// What the commands tell a person on standard error: the set-aside rows with
// file, line and reason, and the totals that must add up
// (read = judged + set aside + duplicates merged).
import { isoInZone, zone } from '../engine/zone.ts';
import { SILENCE_DAYS } from '../pipeline/data-period.ts';
import type { JudgedData } from '../pipeline/judge-data.ts';
import type { DataWarning } from '../ingest/data-warning.ts';
import { WAIT_TOLERANCE_MINUTES, type WaitDisagreement } from '../ingest/duplicates.ts';
import type { SetAsideRecord } from '../ingest/set-aside.ts';
import { lastReportMonth, monthOf, MONTHS_AFTER_DATA } from '../report/month.ts';
import type { Provenance } from '../pipeline/provenance.ts';

const SHOWN = 50;
type Write = (s: string) => void;
const stderr: Write = (s) => process.stderr.write(s);

export function printSetAside(records: SetAsideRecord[], write: Write = stderr, shown = SHOWN): void {
  if (records.length === 0) return;
  write(`Apart gezet (${records.length}):\n`);
  for (const r of records.slice(0, shown)) write(`  ${r.file}:${r.line}: ${r.reason}: ${r.message}\n`);
  if (records.length > shown) write(`  ... en nog ${records.length - shown} (zie de pagina Datakwaliteit of gebruik sla-rapport check)\n`);
}

export function printTotals(data: JudgedData, write: Write = stderr): void {
  const c = data.counts;
  const byReason = new Map<string, number>();
  for (const r of data.setAside) byReason.set(r.reason, (byReason.get(r.reason) ?? 0) + 1);
  const reasons = [...byReason].map(([k, n]) => `${k}: ${n}`).join(', ');
  write(
    `Tickets gelezen: ${c.ticketRows}, beoordeeld: ${c.judged}, apart gezet: ${c.setAside}` +
      `${reasons ? ` (${reasons})` : ''}, dubbel samengevoegd: ${c.duplicatesMerged}; gebeurtenissen gelezen: ${c.eventRows}\n`,
  );
  const sum = c.judged + c.setAside + c.duplicatesMerged;
  const verdict = sum === c.ticketRows ? 'sluitend' : 'NIET SLUITEND (programmafout, meld dit)';
  write(`Aansluiting: ${c.ticketRows} gelezen = ${c.judged} beoordeeld + ${c.setAside} apart gezet + ${c.duplicatesMerged} samengevoegd: ${verdict}\n`);
  const h = c.historyEvents;
  if (h !== null) {
    const add = h.used + h.duplicates + h.ofSetAsideTickets + h.setAside;
    write(
      `Aansluiting statusgeschiedenis: ${h.read} wijzigingen gelezen = ${h.used} bij tickets + ${h.duplicates} dubbel gelezen + ` +
        `${h.ofSetAsideTickets} bij apart gezette tickets + ${h.setAside} apart gezet: ${add === h.read ? 'sluitend' : 'NIET SLUITEND (programmafout, meld dit)'}\n`,
    );
  }
  const beyond = data.setAside.reduce((n, r) => n + (r.reason === 'beyond-data-period' ? 1 : 0), 0);
  const z = zone(data.slaSources[0].frontmatter.timeZone);
  const day = (ms: number) => isoInZone(ms, z).slice(0, 10);
  if (beyond && data.periodEnd !== null) {
    write(`Buiten de periode van de gegevens: ${beyond} ticket(s) met een tijdstip meer dan een jaar na de rest (gegevens tot ${day(data.periodEnd)}); ze zijn apart gezet en tellen niet mee voor de peildatum (leeswijze van sla-rapport: na meer dan ${SILENCE_DAYS} dagen zonder gegevens volgen hooguit 1 op de 10 rijen, of maar één rij)\n`);
  }
  const last = lastReportMonth(data.asOf, data.periodEnd, z);
  if (data.periodEnd !== null && last !== monthOf(data.asOf, z)) {
    write(`Let op: de peildatum ${day(data.asOf)} ligt meer dan ${MONTHS_AFTER_DATA} maanden na het einde van de gegevens (${day(data.periodEnd)}); de rapporten lopen tot en met ${last} (leeswijze van sla-rapport)\n`);
  }
  if (c.approximate) write(`Benaderd: ${c.approximate} beoordeelde tickets hebben benaderde cijfers (alleen een totale wachttijd, of heropeningen zonder tijdstip)\n`);
  printWarnings(data.warnings, write);
}

/** Tickets in both a status history and an export whose waits differ by more than the tolerance (the history was judged). */
export function printWaitDisagreements(list: readonly WaitDisagreement[], write: Write = stderr, shown = SHOWN): void {
  if (list.length === 0) return;
  write(`Wachttijd wijkt af tussen statusgeschiedenis en export (meer dan ${WAIT_TOLERANCE_MINUTES} minuten; de statusgeschiedenis is beoordeeld) (${list.length}):\n`);
  for (const d of list.slice(0, shown)) write(`  ticket ${d.ticketId}: ${d.historyMinutes} min volgens ${d.historyFile} (item ${d.historyLine}), ${d.totalMinutes} min volgens ${d.totalFile}:${d.totalLine}\n`);
  if (list.length > shown) write(`  ... en nog ${list.length - shown} (gebruik sla-rapport check)\n`);
}

/** Rows judged that a person should look at, with file and line (they change no count). */
export function printWarnings(warnings: readonly DataWarning[], write: Write = stderr, shown = SHOWN): void {
  if (warnings.length === 0) return;
  write(`Waarschuwingen (${warnings.length}):\n`);
  for (const w of warnings.slice(0, shown)) write(`  ${w.file}:${w.line}: ${w.code}: ${w.message}\n`);
  if (warnings.length > shown) write(`  ... en nog ${warnings.length - shown} (zie de pagina Datakwaliteit)\n`);
}

/** Every file the command read (contract, ticket data, mappings, releases, complaints, back-ups), as the provenance names them. */
export function printFilesRead(provenance: Provenance | null, write: Write = stderr): void {
  if (provenance === null) return;
  write(`Gelezen bestanden (${provenance.inputs.length}):\n`);
  for (const input of provenance.inputs) write(`  ${input.file}\n`);
}
