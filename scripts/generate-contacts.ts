/**
 * Writes data/contacts.csv for the clients of the bundled sample (data/tickets.csv):
 * one row per client, every address in a reserved example domain (example.org,
 * example.com: RFC 2606), so no default run can reach a real mailbox. Some clients
 * get two addresses or a cc, a few have opted out. Deterministic: same tickets, same file.
 *
 *   node --import tsx scripts/generate-contacts.ts [--tickets data/tickets.csv] [--out data/contacts.csv]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import Papa from 'papaparse';

const { values } = parseArgs({ options: { tickets: { type: 'string', default: 'data/tickets.csv' }, out: { type: 'string', default: 'data/contacts.csv' } } });
const rows = Papa.parse<Record<string, string>>(readFileSync(values.tickets!, 'utf8'), { header: true, skipEmptyLines: true }).data;

const clients = new Map<string, { name: string; product: string }>();
for (const r of rows) if (!clients.has(r.client_id)) clients.set(r.client_id, { name: r.client_name, product: r.product });

const quote = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
const lines = ['client_id,name,email,cc,opt_out,product'];
const ids = [...clients.keys()].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
ids.forEach((id, i) => {
  const { name, product } = clients.get(id)!;
  const local = id.toLowerCase();
  const email = i % 7 === 3 ? `praktijk.${local}@example.org; eigenaar.${local}@example.org` : `praktijk.${local}@example.org`;
  const cc = i % 5 === 2 ? `administratie.${local}@example.com` : '';
  const optOut = i % 60 === 17 ? 'ja' : 'nee';
  lines.push([id, quote(name), email, cc, optOut, product].join(','));
});
writeFileSync(values.out!, `${lines.join('\n')}\n`);
console.log(`${ids.length} contacten geschreven naar ${values.out}`);
