// `sla-rapport pdf --out DIR` writes into DIR/JJJJ-MM/ only when that folder is new, empty, or
// was made by the product (it, or a folder above it, holds .sla-rapport-uitvoer): a PDF of
// someone else with a client's file name is never overwritten.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../pdf/support.ts';
import { cli, fixture } from '../support/cli.ts';

const data = ['--tickets', fixture('canonical/tickets.csv'), '--events', fixture('canonical/events.csv'), '--as-of', '2026-04-01T00:00'];

describe('sla-rapport pdf --out', () => {
  it('a month folder holding a file of someone else: exits 2 naming the folder; the file is untouched', () => {
    const out = tempDir('sla-pdf-out-');
    mkdirSync(join(out, '2026-03'));
    writeFileSync(join(out, '2026-03', 'K2.pdf'), 'eigen bestand\n');
    const run = cli(['pdf', '--month', '2026-03', ...data, '--out', out]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`Fout: ${join(out, '2026-03')} is niet leeg en is niet door sla-rapport gemaakt`);
    expect(readdirSync(join(out, '2026-03'))).toEqual(['K2.pdf']);
    expect(readFileSync(join(out, '2026-03', 'K2.pdf'), 'utf8')).toBe('eigen bestand\n');
  });

  it('a new folder is made and marked, so a second run may replace its own reports', () => {
    const out = tempDir('sla-pdf-out-');
    const first = cli(['pdf', '--month', '2026-03', ...data, '--out', out]);
    expect(first.status, first.stderr).toBe(0);
    // March 2026 has storingen of K1 and K2: two client reports and the management report.
    expect(readdirSync(join(out, '2026-03')).sort()).toEqual(['.sla-rapport-uitvoer', 'K1.pdf', 'K2.pdf', 'management.pdf']);
    const second = cli(['pdf', '--month', '2026-03', ...data, '--out', out]);
    expect(second.status, second.stderr).toBe(0);
  });
});
