// `sla-rapport pdf --out DIR` writes into DIR/JJJJ-MM/ only when that folder is new, empty, or
// was made by the product (it, or a folder above it, holds .sla-rapport-uitvoer): a PDF of
// someone else with a client's file name is never overwritten.
import { mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
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

  it('--out a link to reports inside a marked build: the marker is looked for above the real folder, so the run may replace its reports', () => {
    // site/ is the product's (it holds the marker); site/rapporten/2026-03/ holds an earlier K1.pdf; link -> site/rapporten.
    const root = tempDir('sla-pdf-link-');
    mkdirSync(join(root, 'site', 'rapporten', '2026-03'), { recursive: true });
    writeFileSync(join(root, 'site', '.sla-rapport-uitvoer'), 'marker\n');
    writeFileSync(join(root, 'site', 'rapporten', '2026-03', 'K1.pdf'), 'oud rapport\n');
    symlinkSync(join(root, 'site', 'rapporten'), join(root, 'link'));
    const run = cli(['pdf', '--month', '2026-03', ...data, '--out', join(root, 'link')]);
    expect(run.status, run.stderr).toBe(0);
    expect(readFileSync(join(root, 'site', 'rapporten', '2026-03', 'K1.pdf'), 'latin1').startsWith('%PDF-')).toBe(true);
  });

  it('a month folder that is a link from a marked folder to a folder of someone else: exits 2; the file it holds is untouched', () => {
    // out/ holds the marker, but out/2026-03 -> mine/, a folder the product did not make.
    const root = tempDir('sla-pdf-link-');
    mkdirSync(join(root, 'out'));
    mkdirSync(join(root, 'mine'));
    writeFileSync(join(root, 'out', '.sla-rapport-uitvoer'), 'marker\n');
    writeFileSync(join(root, 'mine', 'K1.pdf'), 'eigen bestand\n');
    symlinkSync(join(root, 'mine'), join(root, 'out', '2026-03'));
    const run = cli(['pdf', '--month', '2026-03', ...data, '--out', join(root, 'out')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('is niet leeg en is niet door sla-rapport gemaakt');
    expect(readdirSync(join(root, 'mine'))).toEqual(['K1.pdf']);
    expect(readFileSync(join(root, 'mine', 'K1.pdf'), 'utf8')).toBe('eigen bestand\n');
  });

  it('a link named like a report in a marked month folder: exits 2 naming it; the file it points to is untouched', () => {
    const root = tempDir('sla-pdf-link-');
    mkdirSync(join(root, 'out', '2026-03'), { recursive: true });
    writeFileSync(join(root, 'out', '.sla-rapport-uitvoer'), 'marker\n');
    writeFileSync(join(root, 'eigen.txt'), 'eigen bestand\n');
    symlinkSync(join(root, 'eigen.txt'), join(root, 'out', '2026-03', 'K1.pdf'));
    const run = cli(['pdf', '--month', '2026-03', ...data, '--out', join(root, 'out')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`${join(root, 'out', '2026-03', 'K1.pdf')} is een symbolische koppeling`);
    expect(readFileSync(join(root, 'eigen.txt'), 'utf8')).toBe('eigen bestand\n');
  });
});
