// What the commands tell a person on standard error: the set-aside rows with
// file, line and reason, and the totals that must add up.
import type { JudgedData } from '../pipeline/judge-data.ts';
import type { SetAsideRecord } from '../ingest/set-aside.ts';

const SHOWN = 50;

export function printSetAside(records: SetAsideRecord[], write = (s: string) => process.stderr.write(s)): void {
  if (records.length === 0) return;
  write(`Apart gezet (${records.length}):\n`);
  for (const r of records.slice(0, SHOWN)) write(`  ${r.file}:${r.line}: ${r.reason}: ${r.message}\n`);
  if (records.length > SHOWN) write(`  ... en nog ${records.length - SHOWN} (zie de pagina Datakwaliteit of gebruik sla-rapport check)\n`);
}

export function printTotals(data: JudgedData, write = (s: string) => process.stderr.write(s)): void {
  const c = data.counts;
  const byReason = new Map<string, number>();
  for (const r of data.setAside) byReason.set(r.reason, (byReason.get(r.reason) ?? 0) + 1);
  const reasons = [...byReason].map(([k, n]) => `${k}: ${n}`).join(', ');
  write(
    `Tickets gelezen: ${c.ticketRows}, beoordeeld: ${c.judged}, apart gezet: ${c.setAside}` +
      `${reasons ? ` (${reasons})` : ''}; gebeurtenissen gelezen: ${c.eventRows}\n`,
  );
}
