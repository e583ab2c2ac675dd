// `sla-rapport check`: validates SLA content, mappings and data, prints the
// reconciliation; --strict exits 1 when anything was set aside.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, fixture } from '../support/cli.ts';

describe('sla-rapport check', () => {
  it('reads the sample exports, one per mapping, and prints a reconciliation that adds up', () => {
    const r = cli(['check', 'data/exports/zendesk-tickets.csv', 'data/exports/jira-service-management.csv', 'data/exports/topdesk-incidenten.csv', '--strict']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('SLA-inhoud geldig: content/sla/intramed-sla.mdx');
    expect(r.stdout).toContain('data/exports/topdesk-incidenten.csv: export via data/mappings/topdesk.yaml, windows-1252, scheidingsteken ";", 4 rijen');
    expect(r.stdout).toContain('Aansluiting: 14 gelezen = 14 beoordeeld + 0 apart gezet + 0 samengevoegd: sluitend');
    expect(r.stdout).toContain('Benaderd: 4 beoordeelde tickets');
  });

  it('lists every set-aside row; exits 0 without --strict and 1 with it', () => {
    const args = ['check', fixture('exports/zendesk-excel-broken.csv'), '--as-of', '2026-04-01'];
    const plain = cli(args);
    expect(plain.status).toBe(0);
    expect(plain.stdout).toContain('zendesk-excel-broken.csv:4: excel-scientific-id');
    expect(plain.stdout).toContain('zendesk-excel-broken.csv:11: truncated-row');
    expect(plain.stdout).toContain('Aansluiting: 9 gelezen = 2 beoordeeld + 7 apart gezet + 0 samengevoegd: sluitend');
    expect(cli([...args, '--strict']).status).toBe(1);
  });

  it('counts duplicates merged across overlapping exports', () => {
    const r = cli(['check', fixture('exports/zendesk-week1.csv'), fixture('exports/zendesk-week2.csv'), '--as-of', '2026-04-01']);
    expect(r.stdout).toContain('Aansluiting: 7 gelezen = 4 beoordeeld + 1 apart gezet + 2 samengevoegd: sluitend');
    expect(r.stdout).toContain('zendesk-week1.csv:2: ticket ZD-20001 vervangen door test/fixtures/exports/zendesk-week2.csv:2');
  });

  it('checks the bundled canonical data when no files are given', () => {
    const r = cli(['check', '--strict']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Aansluiting: 10000 gelezen = \d+ beoordeeld \+ 0 apart gezet \+ 0 samengevoegd: sluitend/);
  });

  it('invalid SLA content or an invalid mapping exits 1 naming file and field', () => {
    const sla = cli(['check', '--sla', fixture('sla/invalid.mdx')]);
    expect(sla.status).toBe(1);
    expect(sla.stderr).toContain('hersteltijden.streeftijden[0].target.amount');
    const mapping = cli(['check', fixture('exports/zendesk-week1.csv'), '--mappings', fixture('mappings/invalid.yaml')]);
    expect(mapping.status).toBe(1);
    expect(mapping.stderr).toContain('test/fixtures/mappings/invalid.yaml: ongeldige mapping');
    expect(mapping.stderr).toContain('fields.niveau.map.Urgent');
  });

  it('SLA content with code in its text is invalid: exit 1 naming file and line, and the code never runs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'check-sla-'));
    const file = join(dir, 'sla.mdx');
    const marker = join(dir, 'uitgevoerd.txt');
    const bundled = readFileSync('content/sla/intramed-sla.mdx', 'utf8');
    // Appended after the bundled text (which ends with a line break): line n+1 empty, n+2 the import, n+3 empty, n+4 the expression.
    const n = bundled.split('\n').length - 1;
    writeFileSync(file, `${bundled}\nimport { writeFileSync } from 'node:fs'\n\nDe map is {writeFileSync(${JSON.stringify(marker)}, process.env.HOME)}.\n`);
    try {
      const r = cli(['check', '--sla', file]);
      expect(r.status).toBe(1);
      expect(r.stdout).not.toContain('SLA-inhoud geldig');
      expect(r.stderr).toContain(`sla.mdx:${n + 2}: import/export is code`);
      expect(r.stderr).toContain(`sla.mdx:${n + 4}: {writeFileSync(`);
      expect(() => readFileSync(marker)).toThrow();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('SLA content with an image is invalid: exit 1 naming file and line (MDX would import and run the file it shows)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'check-sla-'));
    const file = join(dir, 'sla.mdx');
    const marker = join(dir, 'uitgevoerd.txt');
    writeFileSync(join(dir, 'payload.mjs'), `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(marker)}, 'x');\n`);
    const bundled = readFileSync('content/sla/intramed-sla.mdx', 'utf8');
    // Appended after the bundled text (which ends with a line break): line n+1 empty, n+2 the image.
    const n = bundled.split('\n').length - 1;
    writeFileSync(file, `${bundled}\n![schema](./payload.mjs)\n`);
    try {
      const r = cli(['check', '--sla', file]);
      expect(r.status).toBe(1);
      expect(r.stdout).not.toContain('SLA-inhoud geldig');
      expect(r.stderr).toContain(`sla.mdx:${n + 2}: ![schema](./payload.mjs) is een afbeelding`);
      expect(() => readFileSync(marker)).toThrow();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('an SLA time zone that does not exist is invalid content (exit 1), not a crash later', () => {
    const dir = mkdtempSync(join(tmpdir(), 'check-sla-'));
    const file = join(dir, 'sla.mdx');
    // Line 5 of the bundled SLA is its timeZone.
    writeFileSync(file, readFileSync('content/sla/intramed-sla.mdx', 'utf8').replace('timeZone: Europe/Amsterdam', 'timeZone: Europe/Amsterdm'));
    try {
      const r = cli(['check', '--sla', file]);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('sla.mdx:5: timeZone: onbekende tijdzone "Europe/Amsterdm"; bedoelt u "Europe/Amsterdam"?');
      expect(r.stderr).not.toMatch(/RangeError|TypeError|    at /);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('an export no mapping fits exits 1 with the file named', () => {
    const r = cli(['check', fixture('canonical/events.csv'), fixture('sla/invalid.mdx')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('test/fixtures/sla/invalid.mdx: geen mapping past bij de kop');
  });

  it('names the encoding a file was read in: Windows-1252 when an accent after the first 64 KB says so', () => {
    const dir = mkdtempSync(join(tmpdir(), 'check-'));
    const file = join(dir, 'late-1252.csv');
    const row = (id: number, org: string) => `${id},2025-03-03 09:00:00 +0000,2025-03-03 09:00:00 +0000,,High,Incident,Mail,${org},0,0,intramed\n`;
    let text = 'Id,Created at,Updated at,Solved at,Priority,Ticket type,Via,Organization,Reopens,Agent wait time in minutes,Product [list]\n';
    for (let id = 1; id <= 1000; id++) text += row(id, 'Praktijk Noord');
    writeFileSync(file, Buffer.from(text + row(1001, 'Café Zeeën'), 'latin1'));
    try {
      const r = cli(['check', file, '--as-of', '2026-04-01']);
      expect(r.status).toBe(0);
      // The file is named relative to the working directory where that is shorter: match its name only.
      expect(r.stdout).toContain('late-1252.csv: export via data/mappings/zendesk.yaml, windows-1252, scheidingsteken ",", 1001 rijen');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
