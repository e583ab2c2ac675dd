// Writes the sample data for the contract's other norms: data/complaints.csv
// (Article 5) and data/backups.csv (3.5). Deterministic: same input, same bytes.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { daysFromCivil, isoDate, isoWeekday, civilFromDays } from '../src/engine/civil.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Clients by their number of tickets, most first (complaints come from busy clients). */
function clients(): string[] {
  const count = new Map<string, number>();
  for (const line of readFileSync(`${root}data/tickets.csv`, 'utf8').split('\n').slice(1)) {
    const id = line.split(',')[1];
    if (id) count.set(id, (count.get(id) ?? 0) + 1);
  }
  return [...count].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([id]) => id);
}

function complaints(): string {
  const ids = clients();
  const pick = (n: number) => ids[n - 1];
  const rows = [
    // id, client, received, period from, period to, discussed, plan delivered, outcome, complaint (what the client raised)
    ['KL-2025-01', pick(1), '2025-04-03', '2025-01-01', '2025-03-31', '2025-04-15', '2025-05-09', 'Plan van aanpak geleverd; extra bezetting op maandagavond.', 'Storingen op maandagavond werden pas de volgende dag opgepakt; de agenda was meerdere keren urenlang niet te gebruiken.'],
    ['KL-2025-02', pick(2), '2025-07-08', '2025-04-01', '2025-06-30', '2025-07-21', '2025-08-25', 'Plan van aanpak te laat geleverd.', 'De koppeling met de declaratiemodule lag in mei twee keer langer dan de streeftijd stil, zonder statusupdate.'],
    ['KL-2025-03', pick(3), '2025-10-06', '2025-07-01', '2025-09-30', '2025-10-20', '2025-11-14', 'Afspraken over statusupdates bij niveau 2.', 'Bij storingen van niveau 2 kwam er geen tussentijdse statusupdate en geen terugkoppeling na het herstel.'],
    ['KL-2025-04', pick(4), '2025-12-05', '2025-09-01', '2025-11-30', '2025-12-20', '', '', 'Meldingen over inlogproblemen in Intramed Online werden in september en oktober herhaaldelijk traag afgehandeld.'],
    ['KL-2026-01', pick(5), '2026-01-12', '2025-10-01', '2025-12-31', '2026-01-26', '', '', 'Een bug in het rapportagescherm was na ruim twee maanden nog niet opgelost, terwijl een oplossing was toegezegd.'],
    ['KL-2026-02', pick(6), '2026-01-28', '2025-11-01', '2026-01-31', '', '', '', 'Meerdere storingen van niveau 1 niet binnen de streeftijd hersteld; de praktijk vraagt een gesprek over de bereikbaarheid.'],
  ];
  return ['id,client_id,received,period_from,period_to,discussed,plan_delivered,outcome,complaint', ...rows.map((r) => r.map(csv).join(','))].join('\n') + '\n';
}

function backups(): string {
  const lines = ['date,kind,location,status'];
  const first = daysFromCivil(2025, 1, 1);
  const last = daysFromCivil(2026, 1, 31);
  const gaps = new Set(['daily,on-site,2025-03-12', 'daily,off-site,2025-06-03', 'weekly,off-site,2025-08-17', 'monthly,off-site,2025-11-30']);
  const failed = new Set(['daily,on-site,2025-09-23', 'daily,off-site,2025-09-23']);
  const add = (date: string, kind: string, location: string) => {
    const key = `${kind},${location},${date}`;
    if (!gaps.has(key)) lines.push(`${date},${kind},${location},${failed.has(key) ? 'failed' : 'ok'}`);
  };
  for (let d = first; d <= last; d++) {
    const date = isoDate(d);
    add(date, 'daily', 'on-site');
    add(date, 'daily', 'off-site');
    if (isoWeekday(d) === 7) add(date, 'weekly', 'off-site');
    if (civilFromDays(d + 1).day === 1) add(date, 'monthly', 'off-site');
  }
  return lines.join('\n') + '\n';
}

function csv(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

writeFileSync(`${root}data/complaints.csv`, complaints());
writeFileSync(`${root}data/backups.csv`, backups());
process.stderr.write('Wrote data/complaints.csv and data/backups.csv\n');
