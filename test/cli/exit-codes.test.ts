// Exit codes as the README's command-line section states them, for data with rows set
// aside (test/fixtures/quality/: 4 of 7 rows) and for clean data (the canonical fixture).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, fixture } from '../support/cli.ts';

const BAD = ['--tickets', 'test/fixtures/quality/tickets.csv', '--export', 'test/fixtures/quality/zendesk-cut.csv', '--as-of', '2026-04-01T00:00'];
const CLEAN = ['--tickets', fixture('canonical/tickets.csv'), '--events', fixture('canonical/events.csv'), '--as-of', '2026-03-10T12:00'];

describe('exit codes', () => {
  it('evaluate: 1 when rows were set aside (a script reading its output must notice), 0 when none were', () => {
    expect(cli(['evaluate', ...BAD, '--format', 'json']).status).toBe(1);
    expect(cli(['evaluate', ...CLEAN, '--format', 'json']).status).toBe(0);
  });

  it('check: 0 with rows set aside, 1 with --strict', () => {
    expect(cli(['check', ...BAD]).status).toBe(0);
    expect(cli(['check', ...BAD, '--strict']).status).toBe(1);
  });

  it('pdf and dossier: 0 with rows set aside (they write their reports; the rows are listed on standard error)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'exit-'));
    const pdf = cli(['pdf', '--month', '2026-03', ...BAD, '--out', dir]);
    expect(pdf.status, pdf.stderr).toBe(0);
    expect(pdf.stderr).toContain('Apart gezet (4):');
    const dossier = cli(['dossier', '--client', 'K1', '--from', '2026-03-01', '--to', '2026-03-31', ...BAD, '--out', join(dir, 'k1.pdf')]);
    expect(dossier.status, dossier.stderr).toBe(0);
  });

  it('2 for a usage error: data options without any tickets file', () => {
    const r = cli(['evaluate', '--releases', 'data/releases.csv', '--format', 'json']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('geen tickets opgegeven');
  });
});
