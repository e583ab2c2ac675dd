// `sla-rapport dossier`: one client's Article 5 dossier as PDF, with or without a
// complaint on file; the canonical fixture judged as of 10 March 2026 12:00.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { flat, pdfText, requireTool, tempDir } from '../pdf/support.ts';
import { cli, fixture } from '../support/cli.ts';

const data = ['--tickets', fixture('canonical/tickets.csv'), '--events', fixture('canonical/events.csv'), '--as-of', '2026-03-10T12:00'];
const dir = tempDir('sla-dossier-cli-');

beforeAll(() => requireTool('pdftotext'));

describe('sla-rapport dossier', () => {
  it('K2 in March 2026 without a complaint on file: exits 0; the PDF shows A2\'s deadline and the 30 minutes late', () => {
    const out = join(dir, 'K2.pdf');
    const run = cli(['dossier', '--client', 'K2', '--from', '2026-03-01', '--to', '2026-03-31', ...data, '--complaints', join(dir, 'none.csv'), '--out', out]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain(`Dossier Praktijk Zuid (K2), 1 storing(en), geen klacht geregistreerd: ${out}`);
    const text = flat(pdfText(out, true));
    expect(text).toContain('Dossier artikel 5');
    expect(text).toContain('Klacht geen klacht ingediend');
    expect(text).toMatch(/A2 03-03-2026 15:00 Incident 1 4 uur 04-03-2026 10:00 4 u 30 min 30 min te laat ja/);
    expect(text).toContain('04-03-2026 10:00 Deadline');
    expect(text).not.toMatch(/\bA1\b|\bK1\b|De Linde/);
  });

  it('picks up the complaint on file for exactly that client and period', () => {
    const out = join(dir, 'K1-nov.pdf');
    const run = cli(['dossier', '--client', 'K1', '--from', '2025-11-01', '--to', '2025-11-30', ...data, '--complaints', fixture('dossier/complaints.csv'), '--out', out]);
    expect(run.status, run.stderr).toBe(0);
    const text = flat(pdfText(out, true));
    expect(text).toContain('Klachtdossier KL-1');
    expect(text).toContain('uiterlijk 17-01-2026 geleverd zijn');
  });

  it('writes the same bytes under other time zones and locales', () => {
    const args = ['dossier', '--client', 'K2', '--from', '2026-03-01', '--to', '2026-03-31', ...data];
    const a = cli([...args, '--out', join(dir, 'utc.pdf')], { TZ: 'UTC', LANG: 'C' });
    const b = cli([...args, '--out', join(dir, 'tokyo.pdf')], { TZ: 'Asia/Tokyo', LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8' });
    expect([a.status, b.status]).toEqual([0, 0]);
    expect(readFileSync(join(dir, 'utc.pdf')).equals(readFileSync(join(dir, 'tokyo.pdf')))).toBe(true);
  });

  it.each([
    ['an impossible date', ['--client', 'K2', '--from', '2026-02-30', '--to', '2026-03-31'], '--from moet een datum JJJJ-MM-DD zijn, niet "2026-02-30"'],
    ['a date without leading zeros', ['--client', 'K2', '--from', '2026-03-01', '--to', '2026-3-31'], '--to moet een datum JJJJ-MM-DD zijn, niet "2026-3-31"'],
    ['a missing --to', ['--client', 'K2', '--from', '2026-03-01'], '--to moet een datum JJJJ-MM-DD zijn'],
    ['--from after --to', ['--client', 'K2', '--from', '2026-03-31', '--to', '2026-03-01'], '--from (2026-03-31) ligt na --to (2026-03-01)'],
    ['no --client', ['--from', '2026-03-01', '--to', '2026-03-31'], '--client is verplicht'],
  ])('%s: exits 2 with a clear message and writes nothing', (_name, args, message) => {
    const out = join(dir, 'bad.pdf');
    const run = cli(['dossier', ...args, ...data, '--out', out]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(message);
    expect(existsSync(out)).toBe(false);
  });

  it('an unknown client: exits 1 naming the client id', () => {
    const out = join(dir, 'K9.pdf');
    const run = cli(['dossier', '--client', 'K9', '--from', '2026-03-01', '--to', '2026-03-31', ...data, '--out', out]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('onbekende klant "K9"');
    expect(existsSync(out)).toBe(false);
  });

  it('--out a file the product did not write: exits 2 naming it, and leaves it as it was', () => {
    const out = join(dir, 'notities.pdf');
    writeFileSync(out, 'eigen aantekeningen, geen PDF van sla-rapport\n');
    const run = cli(['dossier', '--client', 'K2', '--from', '2026-03-01', '--to', '2026-03-31', ...data, '--out', out]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`Fout: --out ${out} bestaat al en is geen PDF van sla-rapport`);
    expect(readFileSync(out, 'utf8')).toBe('eigen aantekeningen, geen PDF van sla-rapport\n');
  });

  it('--out a dossier an earlier run wrote: replaced (the product recognises its own PDF)', () => {
    const out = join(dir, 'opnieuw.pdf');
    const args = ['dossier', '--client', 'K2', '--from', '2026-03-01', '--to', '2026-03-31', ...data, '--out', out];
    expect(cli(args).status).toBe(0);
    const second = cli(args);
    expect(second.status, second.stderr).toBe(0);
  });
});
