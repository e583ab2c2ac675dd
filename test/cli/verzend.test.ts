// `sla-rapport verzend` as a user runs it: by default a dry run that leaves only the
// outbox (one .eml per client, the manifest) and opens no connection, even with SMTP
// settings in the environment; --send without them stops at once naming the
// variable; --send with them delivers (to a test server on 127.0.0.1). And the build
// never sends: only this command reaches the delivery code.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterEach, describe, expect, it } from 'vitest';
import { AS_OF, fixtureTickets, tempDir } from '../pdf/support.ts';
import { fixture, root } from '../support/cli.ts';
import { cliAsync } from '../support/small-build.ts';
import { MONTH, smtpEnv, startSmtp, type TestSmtp } from '../delivery/support.ts';

const data = ['--tickets', fixtureTickets, '--releases', 'data/releases.csv', '--as-of', AS_OF, '--contacts', fixture('delivery/contacts.csv')];
const NO_SMTP = { SLA_RAPPORT_SMTP_HOST: '', SLA_RAPPORT_SMTP_PORT: '', SLA_RAPPORT_SMTP_USER: '', SLA_RAPPORT_SMTP_PASSWORD: '', SLA_RAPPORT_SMTP_CA: '' };

let servers: TestSmtp[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

describe('sla-rapport verzend', () => {
  it('dry run: only the outbox and its manifest, no connection although SMTP settings are there', async () => {
    const s = await startSmtp();
    servers.push(s);
    const outbox = tempDir('sla-verzend-cli-');
    const run = await cliAsync(['verzend', '--month', MONTH, ...data, '--outbox', outbox], smtpEnv(s.port));
    expect(run.status, run.stderr).toBe(0);
    expect(s.connections).toBe(0);
    expect(readdirSync(outbox).sort()).toEqual(['.sla-rapport-uitvoer', MONTH]);
    expect(readdirSync(join(outbox, MONTH)).sort()).toEqual(['K1.eml', 'K2.eml', 'manifest.csv']);
    // The contact of a debiteurnummer not in the data (line 4) is listed with file and line.
    expect(run.stderr).toContain('contacts.csv:4: unknown-client: debiteurnummer komt niet voor in de data: "K7"');
    expect(run.stderr).toContain('(proefrun: niets verstuurd; verstuur met --send)');
    expect(run.stderr).toContain('klaar om te versturen: 2');
    // The manifest names client, recipients, subject and the SHA-256 of the PDF the .eml carries.
    const manifest = readFileSync(join(outbox, MONTH, 'manifest.csv'), 'utf8').trim().split('\n');
    expect(manifest[0]).toBe('client,name,to,cc,subject,pdf_file,pdf_sha256,status,note,message_id');
    const mail = await simpleParser(readFileSync(join(outbox, MONTH, 'K2.eml')));
    const pdfSha = createHash('sha256').update(mail.attachments[0].content).digest('hex');
    expect(manifest[2]).toBe(`K2,Praktijk Zuid,praktijk.k2@example.org,,Servicerapportage november 2025 – Praktijk Zuid (K2),servicerapportage-2025-11-K2.pdf,${pdfSha},klaar,,${mail.messageId}`);
  });

  it('--send without SLA_RAPPORT_SMTP_HOST stops at once, naming the variable, before writing anything', async () => {
    const outbox = join(tempDir('sla-verzend-cli-'), 'outbox');
    const run = await cliAsync(['verzend', '--month', MONTH, ...data, '--outbox', outbox, '--send'], NO_SMTP);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Fout: SLA_RAPPORT_SMTP_HOST ontbreekt');
    expect(() => readdirSync(outbox)).toThrow();
  });

  it('--send delivers each message and ends with the summary', async () => {
    const s = await startSmtp();
    servers.push(s);
    const outbox = tempDir('sla-verzend-cli-');
    const run = await cliAsync(['verzend', '--month', MONTH, ...data, '--outbox', outbox, '--send', '--pauze', '0'], smtpEnv(s.port));
    expect(run.status, run.stderr).toBe(0);
    expect(s.received.map((r) => r.envelopeTo)).toEqual([['praktijk.k1@example.org', 'administratie.k1@example.com'], ['praktijk.k2@example.org']]);
    expect(run.stderr).toContain('  verzonden: 2\n  overgeslagen, al verzonden: 0\n  mislukt: 0\n  geen contact: 0\n  afgemeld: 0\n');
    expect(readdirSync(outbox).sort()).toEqual(['.sla-rapport-uitvoer', MONTH, 'verzendlog.jsonl']);
  });

  it('an outbox folder of someone else (not empty, not made by sla-rapport) is left alone: exit 2', async () => {
    const outbox = tempDir('sla-verzend-cli-');
    writeFileSync(join(outbox, 'notities.txt'), 'eigen bestand\n');
    const run = await cliAsync(['verzend', '--month', MONTH, ...data, '--outbox', outbox], NO_SMTP);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`Fout: ${outbox} is niet leeg en is niet door sla-rapport gemaakt`);
    expect(readdirSync(outbox)).toEqual(['notities.txt']);
  });

  it('nothing is sent from the build: only the verzend command reaches the delivery code', () => {
    const importers: string[] = [];
    const walk = (dir: string) => {
      for (const e of readdirSync(join(root, dir), { withFileTypes: true })) {
        const path = `${dir}/${e.name}`;
        if (e.isDirectory()) walk(path);
        else if (!path.startsWith('src/delivery/') && /\.(ts|mjs|astro)$/.test(e.name) && /from '[^']*delivery\//.test(readFileSync(join(root, path), 'utf8'))) importers.push(path);
      }
    };
    walk('src');
    expect(importers).toEqual(['src/cli/commands/verzend.ts']);
    const scripts = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts as Record<string, string>;
    expect(Object.values(scripts).some((s) => s.includes('verzend'))).toBe(false);
  });
});
