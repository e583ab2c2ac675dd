// Provenance: `check` names the contract version, each input file with its SHA-256
// (computed here independently), the as-of moment and the product's version.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cli, fixture, root } from '../support/cli.ts';

const sha = (path: string) => createHash('sha256').update(readFileSync(`${root}/${path}`)).digest('hex');
const version = JSON.parse(readFileSync(`${root}/package.json`, 'utf8')).version;

describe('sla-rapport check prints the provenance', () => {
  const tickets = fixture('canonical/tickets.csv');
  const events = fixture('canonical/events.csv');
  const run = cli(['check', '--tickets', tickets, '--events', events, '--releases', 'data/releases.csv', '--as-of', '2026-03-10T12:00']);

  it('product version, as-of moment and contract version', () => {
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`sla-rapport ${version}; peildatum 2026-03-10T12:00:00+01:00`);
    expect(run.stdout).toContain('SLA versie 2024.1, geldig vanaf 2024-01-01 (content/sla/intramed-sla.mdx)');
  });

  it.each([['content/sla/intramed-sla.mdx'], [fixture('canonical/tickets.csv')], [fixture('canonical/events.csv')], ['data/releases.csv']])('%s with its SHA-256', (file) => {
    expect(run.stdout).toContain(`${file} sha256 ${sha(file)}`);
  });
});

describe('every PDF ends with the provenance', () => {
  it('a client report ends compact (contract version, as-of, report id); the management report names each input with its SHA-256', async () => {
    const { mkdtempSync, readdirSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { execFileSync } = await import('node:child_process');
    const out = mkdtempSync(join(tmpdir(), 'herkomst-'));
    const tickets = fixture('canonical/tickets.csv');
    const events = fixture('canonical/events.csv');
    const r = cli(['pdf', '--month', '2026-03', '--tickets', tickets, '--events', events, '--as-of', '2026-04-01T00:00', '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    const files = readdirSync(join(out, '2026-03'));
    const textOf = (f: string) => execFileSync('pdftotext', ['-layout', join(out, '2026-03', f), '-'], { encoding: 'utf8' });
    const client = textOf(files.find((f) => f.startsWith('K2'))!);
    expect(client).toContain(`sla-rapport ${version}`);
    expect(client).toContain('SLA versie 2024.1');
    expect(client).toContain('peildatum 01-04-2026 00:00');
    expect(client.replace(/\s+/g, ' ')).toMatch(/Rapport-id K2-2026-03-[0-9a-f]{10}/);
    // What a practice owner reads holds no file hashes.
    expect(client).not.toContain(sha(tickets));
    expect(client).not.toMatch(/SHA-256|[0-9a-f]{64}/);
    const management = textOf(files.find((f) => f.endsWith('.pdf') && !f.startsWith('K'))!);
    expect(management).toContain(`sla-rapport ${version}`);
    expect(management).toContain(sha(tickets));
    expect(management).toContain(sha('content/sla/intramed-sla.mdx'));
  });
});
