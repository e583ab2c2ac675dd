// The same ticket number in two overlapping Zendesk exports whose rows name a
// different client (Organization) or product: the row with the latest update is
// judged, and the client or product that loses the ticket is named in a
// duplicate-other-client warning, at the row merged away. Hand-made exports.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { judgeData } from '../../src/pipeline/judge-data.ts';
import { cli } from '../support/cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'duplicate-other-client-'));
const HEAD = 'Id,Priority,Via,Ticket type,Created at,Updated at,Organization,Solved at,Reopens,Agent wait time in minutes,Product [list]';
const row = (id: number, updated: string, org: string, product: string) =>
  `${id},High,Mail,Incident,2026-03-02 10:00:00 +0100,2026-03-0${updated} 10:00:00 +0100,${org},,0,0,${product}`;
const write = (name: string, rows: string[]) => {
  const file = join(dir, name);
  writeFileSync(file, `${[HEAD, ...rows].join('\n')}\n`);
  return file;
};
const A = write('a.csv', [
  row(301, '2', 'Fysio Oost', 'intramed'), // 2: updated 2 March, Oost; b.csv's row (3 March, West) wins
  row(302, '4', 'Fysio Oost', 'intramed'), // 3: updated 4 March, intramed; wins over b.csv's intramed_online (3 March)
  row(303, '2', 'Fysio Oost', 'intramed'), // 4: the same client and product in both: merged without a word
]);
const B = write('b.csv', [
  row(301, '3', 'Fysio West', 'intramed'), // 2
  row(302, '3', 'Fysio Oost', 'intramed_online'), // 3
  row(303, '3', 'Fysio Oost', 'intramed'), // 4
]);

describe('two exports naming a ticket under another client or product', async () => {
  const data = await judgeData({ sla: 'content/sla', tickets: A, exports: [B], releases: null }, '2026-04-01');

  it('judges each ticket once, from the row updated last: 301 at Fysio West, 302 as intramed', () => {
    expect(data.counts).toMatchObject({ ticketRows: 6, judged: 3, setAside: 0, duplicatesMerged: 3 });
    const byId = new Map(data.judged.map((j) => [j.record.ticket.id, j.record.ticket]));
    expect([byId.get('ZD-301')!.clientId, byId.get('ZD-302')!.product]).toEqual(['Fysio West', 'intramed']);
  });

  it('warns duplicate-other-client at the row merged away, naming both rows and both values; not for 303', () => {
    // Files are named as every command shows them (relative to the working folder).
    const shown = (path: string) => data.files.find((f) => path.endsWith(f.file.replace(/^(\.\.\/)+/, '/')))!.file;
    const [a, b] = [shown(A), shown(B)];
    const warnings = data.warnings.filter((w) => w.code === 'duplicate-other-client');
    expect(warnings.map((w) => [w.file, w.line])).toEqual([
      [a, 2],
      [b, 3],
    ]);
    expect(warnings[0].message).toContain(`ticketnummer "ZD-301" staat in twee exports met verschillende gegevens: debiteurnummer "Fysio Oost" (${a}:2) en "Fysio West" (${b}:2)`);
    expect(warnings[0].message).toContain('bij debiteurnummer "Fysio West"');
    expect(warnings[1].message).toContain(`product intramed-online (${b}:3) en intramed (${a}:3)`);
  });

  it('the CLI prints the warning', () => {
    const r = cli(['evaluate', '--tickets', A, '--export', B, '--format', 'csv', '--as-of', '2026-04-01']);
    expect(r.stderr).toContain('duplicate-other-client: ticketnummer "ZD-301"');
  });
});
