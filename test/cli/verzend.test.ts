// `sla-rapport verzend` as a user runs it: by default a dry run that leaves only the
// outbox (one .eml per client, the manifest) and opens no connection, even with SMTP
// settings in the environment; --send without them stops at once naming the
// variable; --send with them delivers the reviewed messages (to a test server on
// 127.0.0.1), recorded in one send log whatever outbox a run uses; exit codes tell a
// script whether a person must look. And the build never sends: only this command
// reaches the delivery code.
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
/** Every run names its send log: the default (uitvoer/verzending/verzendlog.jsonl) is the checkout's own. */
const logIn = (dir: string) => ['--verzendlog', join(dir, 'verzendlog.jsonl')];
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
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
    const run = await cliAsync(['verzend', '--month', MONTH, ...data, '--outbox', outbox, ...logIn(outbox)], smtpEnv(s.port));
    expect(run.status, run.stderr).toBe(0);
    expect(s.connections).toBe(0);
    expect(readdirSync(outbox).sort()).toEqual(['.sla-rapport-uitvoer', '.verzending-loopt', MONTH]);
    expect(readdirSync(join(outbox, MONTH)).sort()).toEqual(['K1.eml', 'K2.eml', 'manifest.csv', 'proefrun.json']);
    // What the dry run was made with, for --send: the peildatum (1 December 2025 00:00 in Amsterdam), the send log, the options.
    expect(JSON.parse(readFileSync(join(outbox, MONTH, 'proefrun.json'), 'utf8'))).toEqual({ month: MONTH, asOf: '2025-11-30T23:00:00.000Z', sendLog: join(outbox, 'verzendlog.jsonl'), only: null, again: false });
    // The contact of a debiteurnummer not in the data (line 4) is listed with file and line.
    expect(run.stderr).toContain('contacts.csv:4: unknown-client: debiteurnummer komt niet voor in de data: "K7"');
    expect(run.stderr).toContain('(proefrun: niets verstuurd; bekijk de berichten en verstuur ze dan met --send)');
    expect(run.stderr).toContain('klaar om te versturen: 2');
    expect(run.stderr).toContain(`Verzendlog: ${join(outbox, 'verzendlog.jsonl')}\nLet op: dit verzendlog bestaat nog niet: volgens deze run is nog geen enkel rapport verzonden`);
    // The manifest names client, recipients, subject and the SHA-256 of the PDF: the one `sla-rapport pdf` writes
    // from the same data, and in the message id its first 12 digits.
    const pdfDir = tempDir('sla-verzend-pdf-');
    const pdf = await cliAsync(['pdf', '--month', MONTH, '--client', 'K2', '--out', pdfDir, '--tickets', fixtureTickets, '--releases', 'data/releases.csv', '--as-of', AS_OF]);
    expect(pdf.status, pdf.stderr).toBe(0);
    const pdfSha = sha(readFileSync(join(pdfDir, MONTH, 'K2.pdf')));
    const manifest = readFileSync(join(outbox, MONTH, 'manifest.csv'), 'utf8').trim().split('\n');
    expect(manifest[0]).toBe('client,name,to,cc,subject,pdf_file,pdf_sha256,status,note,message_id');
    expect(manifest[2]).toBe(`K2,Praktijk Zuid,praktijk.k2@example.org,,Servicerapportage november 2025 – Praktijk Zuid (K2),servicerapportage-2025-11-K2.pdf,${pdfSha},klaar,,<2025-11.K2.${pdfSha.slice(0, 12)}.1@intramed.nl>`);
    // And the .eml carries exactly that PDF.
    const mail = await simpleParser(readFileSync(join(outbox, MONTH, 'K2.eml')));
    expect(sha(mail.attachments[0].content)).toBe(pdfSha);
  });

  it('--send without SLA_RAPPORT_SMTP_HOST stops at once, naming the variable, before writing anything', async () => {
    const outbox = join(tempDir('sla-verzend-cli-'), 'outbox');
    const run = await cliAsync(['verzend', '--month', MONTH, ...data, '--outbox', outbox, ...logIn(outbox), '--send'], NO_SMTP);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Fout: SLA_RAPPORT_SMTP_HOST ontbreekt');
    expect(() => readdirSync(outbox)).toThrow();
  });

  it('--send delivers the reviewed messages and ends with the summary; another outbox with the same send log sends nothing twice', async () => {
    const s = await startSmtp();
    servers.push(s);
    const outbox = tempDir('sla-verzend-cli-');
    const log = logIn(outbox);
    const refused = await cliAsync(['verzend', '--month', MONTH, ...data, '--outbox', outbox, ...log, '--send', '--pauze', '0'], smtpEnv(s.port));
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(`Fout: geen proefrun van 2025-11 in ${join(outbox, MONTH)}: maak die eerst`);
    const dry = await cliAsync(['verzend', '--month', MONTH, ...data, '--outbox', outbox, ...log], smtpEnv(s.port));
    expect(dry.status, dry.stderr).toBe(0);
    const run = await cliAsync(['verzend', '--month', MONTH, ...data, '--outbox', outbox, ...log, '--send', '--pauze', '0'], smtpEnv(s.port));
    expect(run.status, run.stderr).toBe(0);
    expect(s.received.map((r) => r.envelopeTo)).toEqual([['praktijk.k1@example.org', 'administratie.k1@example.com'], ['praktijk.k2@example.org']]);
    expect(run.stderr).toContain('  verzonden: 2\n  overgeslagen, al verzonden: 0\n  mislukt: 0\n  geen contact: 0\n  afgemeld: 0\n');
    expect(readdirSync(outbox).sort()).toEqual(['.sla-rapport-uitvoer', '.verzending-loopt', MONTH, 'verzendlog.jsonl']);
    // The manifest now says what happened to each message.
    expect(readFileSync(join(outbox, MONTH, 'manifest.csv'), 'utf8')).toMatch(/\nK2,Praktijk Zuid,.*,verzonden,,<2025-11\.K2\./);

    // A send log in a folder of its own that the run made: marked as the product's, so it may serve as an outbox too.
    const logDir = join(tempDir('sla-verzend-cli-'), 'log');
    expect((await cliAsync(['verzend', '--month', MONTH, ...data, '--outbox', tempDir('sla-verzend-cli-'), '--verzendlog', join(logDir, 'verzendlog.jsonl')], NO_SMTP)).status).toBe(0);
    expect((await cliAsync(['verzend', '--month', MONTH, ...data, '--outbox', logDir, '--verzendlog', join(logDir, 'verzendlog.jsonl')], NO_SMTP)).status).toBe(0);
    // A dry run and --send in another outbox, with the same send log: both reports were sent, nothing goes.
    const other = tempDir('sla-verzend-cli-');
    expect((await cliAsync(['verzend', '--month', MONTH, ...data, '--outbox', other, ...log], smtpEnv(s.port))).status).toBe(0);
    const again = await cliAsync(['verzend', '--month', MONTH, ...data, '--outbox', other, ...log, '--send', '--pauze', '0'], smtpEnv(s.port));
    expect(again.status, again.stderr).toBe(0);
    expect(again.stderr).toContain('  verzonden: 0\n  overgeslagen, al verzonden: 2\n');
    expect(s.received).toHaveLength(2);
  });

  it('--send without --as-of judges the data as of the dry run\'s peildatum, so the reviewed messages go', async () => {
    const s = await startSmtp();
    servers.push(s);
    const outbox = tempDir('sla-verzend-cli-');
    const dry = await cliAsync(['verzend', '--month', MONTH, ...data, '--outbox', outbox, ...logIn(outbox)], NO_SMTP);
    expect(dry.status, dry.stderr).toBe(0);
    // Without --as-of the peildatum would be the data's last moment (later than 1 December 00:00): other PDFs.
    const withoutAsOf = data.filter((a, i) => a !== '--as-of' && data[i - 1] !== '--as-of');
    const run = await cliAsync(['verzend', '--month', MONTH, ...withoutAsOf, '--outbox', outbox, ...logIn(outbox), '--send', '--pauze', '0'], smtpEnv(s.port));
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain('Peildatum van de proefrun: 01-12-2025 00:00\n');
    expect(run.stderr).toContain('  verzonden: 2\n');
    // A later dry run without --as-of judges as of the data's last moment: another peildatum, so other PDFs (their
    // date lines). Both reports are listed as changed, naming both peildatums, and --opnieuw alone does not send
    // them again: only --opnieuw --klant would.
    for (const again of [[], ['--opnieuw']]) {
      const later = await cliAsync(['verzend', '--month', MONTH, ...withoutAsOf, '--outbox', outbox, ...logIn(outbox), ...again], NO_SMTP);
      expect(later.status, later.stderr).toBe(0);
      expect(later.stderr).toContain('  klaar om te versturen: 0\n  overgeslagen, al verzonden: 0\n  overgeslagen, gewijzigd sinds verzending: 2 (hoe opnieuw te versturen staat per klant)\n');
      expect(later.stderr).toMatch(/K2 Praktijk Zuid: gewijzigd sinds verzending op \d\d-\d\d-\d{4} \d\d:\d\d \(verzonden met peildatum 01-12-2025 00:00, deze run gebruikt .+; met --as-of 2025-11-30T23:00:00.000Z is te zien of de rapportage zelf veranderde\); opnieuw versturen met --opnieuw --klant K2\n/);
    }
  });

  it('--send exits 1 when a reviewed message was changed since the dry run, and sends the others', async () => {
    const s = await startSmtp();
    servers.push(s);
    const outbox = tempDir('sla-verzend-cli-');
    expect((await cliAsync(['verzend', '--month', MONTH, ...data, '--outbox', outbox, ...logIn(outbox)], NO_SMTP)).status).toBe(0);
    const k1 = join(outbox, MONTH, 'K1.eml');
    writeFileSync(k1, readFileSync(k1, 'latin1').replace('Geachte klant,', 'Beste klant,'), 'latin1');
    const run = await cliAsync(['verzend', '--month', MONTH, ...data, '--outbox', outbox, ...logIn(outbox), '--send', '--pauze', '0'], smtpEnv(s.port));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('  niet verstuurd, anders dan in de proefrun: 1 (maak een nieuwe proefrun en bekijk die)\n    K1 Fysiotherapie Zoë & Chloé Ëlst: K1.eml in de outbox is niet gelijk aan het bericht dat nu wordt gemaakt (de tekst, de afzender of het bericht-id verschilt, of het bestand is bewerkt); maak een nieuwe proefrun en bekijk die\n');
    expect(s.received.map((r) => r.envelopeTo)).toEqual([['praktijk.k2@example.org']]);
  });

  it('a client whose contact row was set aside gets no message, with the row named; --send then exits 1', async () => {
    const s = await startSmtp();
    servers.push(s);
    const dir = tempDir('sla-verzend-cli-');
    const contacts = join(dir, 'contacts.csv');
    writeFileSync(contacts, 'client_id,name,email,cc,opt_out,product\nK1,Fysiotherapie Zoë,praktijk.k1@example,,nee,intramed\nK2,Praktijk Zuid,praktijk.k2@example.org,,nee,intramed-online\n');
    const args = ['verzend', '--month', MONTH, ...data, '--contacts', contacts, '--outbox', join(dir, 'outbox'), ...logIn(dir), '--pauze', '0'];
    const dry = await cliAsync(args, smtpEnv(s.port));
    expect(dry.status, dry.stderr).toBe(0);
    expect(dry.stderr).toContain(`    K1 Fysiotherapie Zoë & Chloé Ëlst: contactregel apart gezet: contacts.csv:2: geen geldig e-mailadres in kolom email: "praktijk.k1@example" (verwacht naam@domein.nl, meerdere gescheiden door ;)\n`);
    const run = await cliAsync([...args, '--send'], smtpEnv(s.port));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('  verzonden: 1\n');
    expect(s.received.map((r) => r.envelopeTo)).toEqual([['praktijk.k2@example.org']]);
  });

  it('--klant names a client with a report; any other stops with exit 2', async () => {
    const outbox = tempDir('sla-verzend-cli-');
    const run = await cliAsync(['verzend', '--month', MONTH, ...data, '--outbox', outbox, ...logIn(outbox), '--klant', 'K2', '--klant', 'K9'], NO_SMTP);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Fout: --klant "K9": geen rapport over 2025-11 (geen storingen die maand of onbekend debiteurnummer)');
    const one = await cliAsync(['verzend', '--month', MONTH, ...data, '--outbox', outbox, ...logIn(outbox), '--klant', 'K2'], NO_SMTP);
    expect(one.status, one.stderr).toBe(0);
    expect(readdirSync(join(outbox, MONTH)).sort()).toEqual(['K2.eml', 'manifest.csv', 'proefrun.json']);
  });

  it('an outbox folder of someone else (not empty, not made by sla-rapport) is left alone: exit 2', async () => {
    const outbox = tempDir('sla-verzend-cli-');
    writeFileSync(join(outbox, 'notities.txt'), 'eigen bestand\n');
    const run = await cliAsync(['verzend', '--month', MONTH, ...data, '--outbox', outbox, ...logIn(tempDir('sla-verzend-cli-'))], NO_SMTP);
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
    // No npm script runs the command; the build's scripts do not mention it at all. (The benchmark of it sends to an
    // SMTP server of its own on 127.0.0.1.)
    const scripts = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts as Record<string, string>;
    expect(Object.values(scripts).filter((s) => /(sla-rapport|bin\.mjs)\s+verzend\b/.test(s))).toEqual([]);
    expect(Object.entries(scripts).filter(([name, s]) => /build/.test(name) && s.includes('verzend'))).toEqual([]);
  });
});
