// What the commands tell a person on standard error: the set-aside rows with
// file, line and reason, and the totals that must add up
// (read = judged + set aside + duplicates merged).
import type { JudgedData } from '../pipeline/judge-data.ts';
import type { DataWarning } from '../ingest/data-warning.ts';
import type { SetAsideRecord } from '../ingest/set-aside.ts';
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
  if (c.approximate) write(`Benaderd: ${c.approximate} beoordeelde tickets hebben benaderde cijfers (alleen een totale wachttijd, of heropeningen zonder tijdstip)\n`);
  printWarnings(data.warnings, write);
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
