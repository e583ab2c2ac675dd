// Sending the monthly reports against a real SMTP server on 127.0.0.1 (STARTTLS with
// the test certificate, login required): a dry run writes the outbox, --send sends
// those reviewed bytes; every delivered message is parsed back and checked for
// envelope, headers and the attachment's bytes; a server that starts refusing halfway
// and a rerun deliver every message exactly once; a connection lost after the hand-over
// leaves the message "onzeker" and it is not sent again unless asked for by name; a
// changed PDF goes again only with --opnieuw; a PDF of another client is refused.
// Every recipient is in a reserved example domain; nothing but 127.0.0.1 is contacted.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { deliverMonth, DeliveryStop, type DeliveryInput } from '../../src/delivery/run.ts';
import { monthPdfs } from '../../src/delivery/render.ts';
import { readSendLog } from '../../src/delivery/send-log.ts';
import { smtpSender, smtpSettings } from '../../src/delivery/smtp.ts';
import { LOCK_NAME, OutboxBusyError } from '../../src/delivery/outbox-lock.ts';
import type { Sender } from '../../src/delivery/smtp.ts';
import { writeMonthReports } from '../../src/pdf/write.ts';
import { tempDir } from '../pdf/support.ts';
import { contact, EXTRA_ROWS, fixture, MONTH, smtpEnv, startSmtp, type Fixture, type TestSmtp } from './support.ts';

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const NOW = new Date('2025-12-03T09:15:00Z'); // 10:15 in Amsterdam
const FAST = { attempts: 2, backoffMs: 1 };

let f: Fixture;
let servers: TestSmtp[] = [];

beforeAll(async () => {
  f = await fixture();
});

afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

async function server(): Promise<TestSmtp> {
  const s = await startSmtp();
  servers.push(s);
  return s;
}

const CONTACTS = [
  contact('K1', { name: 'Fysiotherapie Zoë', to: ['praktijk.k1@example.org', 'eigenaar.k1@example.org'], cc: ['administratie.k1@example.com'] }),
  contact('K2', { product: 'intramed-online' }),
  contact('K3'),
  contact('K4'),
  contact('K5'),
  contact('K6', { product: 'intramed-online' }),
];

type Over = Partial<DeliveryInput> & { outbox: string };

function input(over: Over): DeliveryInput {
  return { model: f.model, month: MONTH, contacts: CONTACTS, leveranciers: f.leveranciers, sendLog: join(over.outbox, 'verzendlog.jsonl'), renderPdfs: monthPdfs(f.model, MONTH), sender: null, again: false, only: null, pauseMs: 0, asOf: '2025-12-01T00:00:00.000Z', now: () => NOW, ...over };
}

const senderFor = (s: TestSmtp) => smtpSender(smtpSettings(smtpEnv(s.port)), FAST);

/** A dry run (the outbox to review), as `verzend` without --send. */
const dryRun = (over: Over) => deliverMonth(input(over));

/** `verzend --send` after a dry run with the same inputs; `review: false` sends what an earlier dry run left. */
async function send(over: Over, s: TestSmtp, { review = true } = {}) {
  if (review) await dryRun(over);
  const sender = senderFor(s);
  try {
    return await deliverMonth(input({ ...over, sender }));
  } finally {
    sender.close();
  }
}

const subjects = (s: TestSmtp) => s.received.map((r) => r.mail.subject);
const states = (file: string) => readSendLog(file).entries.map((e) => `${e.client} ${e.state}`);

describe('verzend --send', () => {
  it('delivers one message per client over STARTTLS: recipients, sender per product, subject, and the PDF that `pdf` writes, byte for byte', async () => {
    const s = await server();
    const outbox = tempDir('sla-verzend-');
    const result = await send({ outbox }, s);
    expect(result.rows.map((r) => [r.client, r.status])).toEqual(['K1', 'K2', 'K3', 'K4', 'K5', 'K6'].map((k) => [k, 'verzonden']));
    expect(s.received).toHaveLength(6);
    // The reports as `sla-rapport pdf` writes them (same code, same inputs).
    const pdfDir = tempDir('sla-verzend-pdf-');
    await writeMonthReports(f.model, { outDir: pdfDir, month: MONTH, management: false });
    const byClient = new Map(s.received.map((r) => [r.mail.subject!.match(/\((K\d)\)$/)![1], r]));

    const k1 = byClient.get('K1')!;
    expect(k1.secure).toBe(true);
    expect(k1.envelopeFrom).toBe('helpdesk@intramed.nl');
    expect(k1.envelopeTo).toEqual(['praktijk.k1@example.org', 'eigenaar.k1@example.org', 'administratie.k1@example.com']);
    expect(k1.mail.from!.value).toEqual([{ name: 'Intramed BV', address: 'helpdesk@intramed.nl' }]);
    expect((k1.mail.to as { value: { address: string }[] }).value.map((a) => a.address)).toEqual(['praktijk.k1@example.org', 'eigenaar.k1@example.org']);
    expect((k1.mail.cc as { value: { address: string }[] }).value.map((a) => a.address)).toEqual(['administratie.k1@example.com']);
    expect(k1.mail.subject).toBe('Servicerapportage november 2025 – Fysiotherapie Zoë & Chloé Ëlst (K1)');
    expect(k1.mail.attachments).toHaveLength(1);
    expect(k1.mail.attachments[0].filename).toBe('servicerapportage-2025-11-K1.pdf');
    expect(k1.mail.attachments[0].contentType).toBe('application/pdf');
    expect(k1.mail.attachments[0].content.equals(readFileSync(join(pdfDir, MONTH, 'K1.pdf')))).toBe(true);
    expect(k1.mail.text).toContain('In november 2025: 6 storingen geregistreerd. Van de 5 storingen zijn er 4 binnen de streeftijd hersteld (80%). Statusupdates: 4 van de 5 op tijd. Aan het eind van de maand stond er nog 1 storing open.');

    // Intramed Online is delivered by Convenient BV (SLA art. 1, "Leverancier").
    const k2 = byClient.get('K2')!;
    expect(k2.mail.from!.value).toEqual([{ name: 'Convenient BV', address: 'helpdesk@intramed.nl' }]);
    expect(k2.envelopeTo).toEqual(['praktijk.k2@example.org']);
    expect(k2.mail.cc).toBeUndefined();
    for (const k of ['K2', 'K3', 'K4', 'K5', 'K6']) {
      const m = byClient.get(k)!.mail;
      expect(m.attachments).toHaveLength(1);
      expect(m.attachments[0].content.equals(readFileSync(join(pdfDir, MONTH, `${k}.pdf`))), k).toBe(true);
    }
    // The .eml in the outbox is exactly what the server received.
    expect(readFileSync(join(outbox, MONTH, 'K3.eml')).equals(byClient.get('K3')!.raw)).toBe(true);
    // The send log: per message a line before it went and one when the server accepted it, with the PDF's hash
    // (of the PDF `pdf` writes) and the message id (month, client, the hash's first 12 digits, first send).
    const log = readSendLog(result.sendLog).entries;
    expect(log.map((e) => `${e.client} ${e.state}`)).toEqual(['K1', 'K2', 'K3', 'K4', 'K5', 'K6'].flatMap((k) => [`${k} bezig`, `${k} verzonden`]));
    const k1Sha = sha(readFileSync(join(pdfDir, MONTH, 'K1.pdf')));
    expect(log[1]).toEqual({
      client: 'K1',
      month: MONTH,
      state: 'verzonden',
      pdfSha256: k1Sha,
      messageId: `<2025-11.K1.${k1Sha.slice(0, 12)}.1@intramed.nl>`,
      recipients: ['praktijk.k1@example.org', 'eigenaar.k1@example.org', 'administratie.k1@example.com'],
      at: '2025-12-03T09:15:00.000Z',
      asOf: '2025-12-01T00:00:00.000Z',
    });
    expect(k1.mail.messageId).toBe(`<2025-11.K1.${k1Sha.slice(0, 12)}.1@intramed.nl>`);
  });

  it('a server that refuses from the 3rd message on, then a rerun with a healthy server: every message delivered exactly once', async () => {
    const s = await server();
    const outbox = tempDir('sla-verzend-');
    s.refuseFrom(3, { code: 451, text: 'Tijdelijk niet beschikbaar' });
    const first = await send({ outbox }, s);
    expect(first.rows.map((r) => r.status)).toEqual(['verzonden', 'verzonden', 'mislukt', 'mislukt', 'mislukt', 'mislukt']);
    // The server's own reason, after the bounded retries.
    expect(first.rows[2].note).toBe('451 Tijdelijk niet beschikbaar (2 pogingen)');
    // Three messages in a row failed after their retries: the server is in trouble, the rest waits for a rerun.
    expect(first.rows[5].note).toBe('niet geprobeerd: 3 berichten achter elkaar mislukt, laatste: 451 Tijdelijk niet beschikbaar');
    expect(readFileSync(first.manifest, 'utf8')).toContain('K3,Praktijk K3,praktijk.k3@example.org,,');
    s.heal();
    // The rerun sends what the dry run left for review; no new dry run is needed.
    const second = await send({ outbox }, s, { review: false });
    expect(second.rows.map((r) => r.status)).toEqual(['al verzonden', 'al verzonden', 'verzonden', 'verzonden', 'verzonden', 'verzonden']);
    const counts = new Map<string, number>();
    for (const r of s.received) {
      const k = r.mail.subject!.match(/\((K\d)\)$/)![1];
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    expect(Object.fromEntries(counts)).toEqual({ K1: 1, K2: 1, K3: 1, K4: 1, K5: 1, K6: 1 });
    expect(readSendLog(second.sendLog).entries.filter((e) => e.state === 'verzonden').map((e) => e.client)).toEqual(['K1', 'K2', 'K3', 'K4', 'K5', 'K6']);
    // K3, K4 and K5 were refused for certain (451 replies): "mislukt" lines; K6 was never tried: no line.
    expect(states(second.sendLog).slice(4, 10)).toEqual(['K3 bezig', 'K3 mislukt', 'K4 bezig', 'K4 mislukt', 'K5 bezig', 'K5 mislukt']);
    // A third run finds everything sent and sends nothing.
    const third = await send({ outbox }, s, { review: false });
    expect(third.rows.every((r) => r.status === 'al verzonden')).toBe(true);
    expect(s.received).toHaveLength(6);
  });

  it('a recipient the server refuses while it takes the others: logged as sent to those (never twice), failed for the refused one, whom a rerun sends it to alone', async () => {
    const s = await server();
    s.refuseRecipient('eigenaar.k1@example.org', 450);
    const outbox = tempDir('sla-verzend-');
    const first = await send({ outbox }, s);
    const k1 = first.rows.find((r) => r.client === 'K1')!;
    expect(k1.status).toBe('mislukt');
    expect(k1.note).toBe('door de server aangenomen voor praktijk.k1@example.org, administratie.k1@example.com; niet aangenomen voor eigenaar.k1@example.org (450 Mailbox busy, try later); een nieuwe run stuurt het alleen naar dat adres');
    const toK1 = s.received.filter((m) => m.envelopeTo.includes('praktijk.k1@example.org'));
    expect(toK1).toHaveLength(1);
    expect(toK1[0]!.envelopeTo).toEqual(['praktijk.k1@example.org', 'administratie.k1@example.com']);
    const entry = readSendLog(join(outbox, 'verzendlog.jsonl')).entries.find((e) => e.client === 'K1' && e.state === 'verzonden')!;
    expect(entry.recipients).toEqual(['praktijk.k1@example.org', 'administratie.k1@example.com']);
    // The rerun, with the server taking the address again: the same message to that address only.
    s.heal();
    const second = await send({ outbox }, s, { review: false });
    expect(second.rows.find((r) => r.client === 'K1')).toMatchObject({ status: 'verzonden', note: 'alleen naar eigenaar.k1@example.org: dat adres had dit rapport nog niet (verzonden op 03-12-2025 10:15)' });
    const toK1Again = s.received.filter((m) => m.mail.subject!.endsWith('(K1)'));
    expect(toK1Again.map((m) => m.envelopeTo)).toEqual([['praktijk.k1@example.org', 'administratie.k1@example.com'], ['eigenaar.k1@example.org']]);
    expect(toK1Again[1].raw.equals(toK1Again[0].raw)).toBe(true);
    // Everyone has it now: a third run sends nothing.
    const third = await send({ outbox }, s, { review: false });
    expect(third.rows.find((r) => r.client === 'K1')!.status).toBe('al verzonden');
    expect(s.received.filter((m) => m.mail.subject!.endsWith('(K1)'))).toHaveLength(2);
  });

  it('a permanent refusal (5xx) is not retried', async () => {
    const s = await server();
    s.refuse({ code: 554, text: 'Transaction failed' });
    const result = await send({ outbox: tempDir('sla-verzend-'), contacts: [contact('K3')] }, s);
    expect(result.rows.find((r) => r.client === 'K3')).toMatchObject({ status: 'mislukt', note: '554 Transaction failed (1 poging)' });
  });

  it('a PDF changed since it was sent goes again only with --opnieuw, and then says it replaces the earlier one', async () => {
    const s = await server();
    const outbox = tempDir('sla-verzend-');
    const contacts = [contact('K3')];
    await send({ outbox, contacts }, s);
    // A late ticket of K3 in November: its report changes.
    const changed = await fixture([...EXTRA_ROWS, 'X-K3b,K3,Praktijk K3,intramed,incident,2,2,email,2025-11-20T10:00:00,2025-11-20T11:00:00,2025.2']);
    const later = { model: changed.model, renderPdfs: monthPdfs(changed.model, MONTH), now: () => new Date('2025-12-05T08:00:00Z') };
    const skipped = await send({ outbox, contacts, ...later }, s);
    expect(skipped.rows.find((r) => r.client === 'K3')).toMatchObject({ status: 'gewijzigd', note: 'gewijzigd sinds verzending op 03-12-2025 10:15; opnieuw versturen met --opnieuw' });
    // With another peildatum too, the note says so (that alone gives another PDF), and --opnieuw alone does not send
    // it: only for the client named.
    const notNamed = await dryRun({ outbox, contacts, ...later, again: true, asOf: '2025-12-04T23:00:00.000Z' });
    expect(notNamed.rows.find((r) => r.client === 'K3')!.status).toBe('gewijzigd');
    const otherAsOf = await dryRun({ outbox, contacts, ...later, asOf: '2025-12-04T23:00:00.000Z' });
    expect(otherAsOf.rows.find((r) => r.client === 'K3')!.note).toBe('gewijzigd sinds verzending op 03-12-2025 10:15 (verzonden met peildatum 01-12-2025 01:00, deze run gebruikt 05-12-2025 00:00; met --as-of 2025-12-01T00:00:00.000Z is te zien of de rapportage zelf veranderde); opnieuw versturen met --opnieuw --klant K3');
    expect(s.received).toHaveLength(1);
    // The dry run before it left no message for K3 to review.
    expect(readdirSync(join(outbox, MONTH)).sort()).toEqual(['manifest.csv', 'proefrun.json', 'verzonden']);
    // The message that went is kept, as the first send of K3's report.
    expect(readdirSync(join(outbox, MONTH, 'verzonden'))).toEqual(['K3-1.eml']);

    const again = await send({ outbox, contacts, ...later, again: true }, s);
    expect(again.rows.find((r) => r.client === 'K3')).toMatchObject({ status: 'verzonden', replaces: true, note: 'vervangt de versie verzonden op 03-12-2025 10:15 (--opnieuw)' });
    expect(s.received).toHaveLength(2);
    const mail = s.received[1].mail;
    expect(mail.subject).toBe('Servicerapportage november 2025 – Praktijk K3 (K3) (vervangt eerdere versie)');
    expect(mail.text).toContain('Dit bericht vervangt de rapportage over november 2025 die wij u op 03-12-2025 10:15 stuurden');
    // K3 now has 2 storingen in November, both within the streeftijd.
    expect(mail.text).toContain('In november 2025: 2 storingen geregistreerd. Van de 2 storingen zijn er 2 binnen de streeftijd hersteld (100%).');
    expect(mail.messageId).not.toBe(s.received[0].mail.messageId);
    expect(states(again.sendLog)).toEqual(['K3 bezig', 'K3 verzonden', 'K3 bezig', 'K3 verzonden']);
    // The second message of the report: numbered 2 in its id.
    expect(mail.messageId).toMatch(/^<2025-11\.K3\.[0-9a-f]{12}\.2@intramed\.nl>$/);
  });

  it('refuses a PDF that is another client\'s: no message written or sent for that client', async () => {
    const s = await server();
    const outbox = tempDir('sla-verzend-');
    const real = monthPdfs(f.model, MONTH);
    const swapped = async (ids: string[]) => {
      const pdfs = await real([...ids, 'K2']);
      return { get: (id: string) => pdfs.get(id === 'K1' ? 'K2' : id), close: () => pdfs.close() };
    };
    const result = await send({ outbox, contacts: [contact('K1'), contact('K3')], renderPdfs: swapped }, s);
    // Also the --send run checks the PDF it renders before anything goes.
    expect(result.rows.find((r) => r.client === 'K1')).toMatchObject({ status: 'geweigerd', note: 'de PDF is van een andere klant (K2), niet van K1' });
    expect(result.rows.find((r) => r.client === 'K3')!.status).toBe('verzonden');
    expect(s.received.map((r) => r.mail.subject)).toEqual(['Servicerapportage november 2025 – Praktijk K3 (K3)']);
    expect(existsSync(join(outbox, MONTH, 'K1.eml'))).toBe(false);
  });

  it('respects an opt-out and lists a client without a contact; neither gets a message', async () => {
    const s = await server();
    const result = await send({ outbox: tempDir('sla-verzend-'), contacts: [contact('K1', { optOut: true }), contact('K3')] }, s);
    expect(result.rows.map((r) => [r.client, r.status])).toEqual([
      ['K1', 'afgemeld'],
      ['K2', 'geen contact'],
      ['K3', 'verzonden'],
      ['K4', 'geen contact'],
      ['K5', 'geen contact'],
      ['K6', 'geen contact'],
    ]);
    expect(s.received).toHaveLength(1);
  });

  it('never sends without TLS, never to a server whose certificate is not trusted, never with a refused login', async () => {
    const contacts = [contact('K3'), contact('K4')];
    const plain = await startSmtp({ plainOnly: true });
    servers.push(plain);
    const noTls = await send({ outbox: tempDir('sla-verzend-'), contacts }, plain);
    expect(noTls.rows.filter((r) => r.client === 'K3' || r.client === 'K4').map((r) => [r.status, r.note.startsWith('niet geprobeerd: ')])).toEqual([
      ['mislukt', false],
      ['mislukt', true],
    ]);
    expect(plain.received).toHaveLength(0);

    const s = await server();
    const untrusted = smtpSender(smtpSettings({ ...smtpEnv(s.port), SLA_RAPPORT_SMTP_CA: '' }), FAST);
    try {
      const outbox = tempDir('sla-verzend-');
      await dryRun({ outbox, contacts });
      const result = await deliverMonth(input({ outbox, contacts, sender: untrusted }));
      expect(result.rows.find((r) => r.client === 'K3')!.note).toBe('het certificaat van de server wordt niet vertrouwd (ESOCKET: self-signed certificate) (1 poging)');
      expect(result.rows.find((r) => r.client === 'K4')!.note).toMatch(/^niet geprobeerd: /);
    } finally {
      untrusted.close();
    }
    const wrongLogin = smtpSender(smtpSettings({ ...smtpEnv(s.port), SLA_RAPPORT_SMTP_PASSWORD: 'fout' }), FAST);
    try {
      const outbox = tempDir('sla-verzend-');
      await dryRun({ outbox, contacts });
      const result = await deliverMonth(input({ outbox, contacts, sender: wrongLogin }));
      expect(result.rows.find((r) => r.client === 'K3')).toMatchObject({ status: 'mislukt', note: '535 Invalid username or password (1 poging)' });
      expect(result.rows.find((r) => r.client === 'K4')).toMatchObject({ status: 'mislukt', note: 'niet geprobeerd: 535 Invalid username or password' });
    } finally {
      wrongLogin.close();
    }
    expect(s.received).toHaveLength(0);
  });

  it('pauses between two messages (--pauze), not before the first', async () => {
    const s = await server();
    const times: number[] = [];
    const sender = senderFor(s);
    const outbox = tempDir('sla-verzend-');
    const contacts = [contact('K3'), contact('K4'), contact('K5')];
    await dryRun({ outbox, contacts });
    try {
      await deliverMonth(input({ outbox, contacts, sender, pauseMs: 150, onSent: () => times.push(Date.now()) }));
    } finally {
      sender.close();
    }
    expect(times).toHaveLength(3);
    expect(times[1] - times[0]).toBeGreaterThanOrEqual(145);
    expect(times[2] - times[1]).toBeGreaterThanOrEqual(145);
  });

  it('a second run while one runs stops at once: on the same outbox, on the same send log from another outbox, and for a claim from another host', async () => {
    const outbox = tempDir('sla-verzend-');
    // The parent process (the test runner) is alive and is not this process: its claim holds.
    const live = join(outbox, LOCK_NAME, '0123456789abcdef.claim');
    mkdirSync(join(outbox, LOCK_NAME));
    writeFileSync(live, JSON.stringify({ host: hostname(), pid: process.ppid }));
    await expect(dryRun({ outbox })).rejects.toThrow(new OutboxBusyError(`in ${outbox} loopt al een verzending (${live}: proces ${process.ppid} op ${hostname()}); wacht tot die klaar is, of verwijder dat bestand als die verzending niet meer loopt`));
    expect(existsSync(join(outbox, MONTH))).toBe(false);
    // This run withdrew its own claim.
    expect(readdirSync(join(outbox, LOCK_NAME))).toEqual(['0123456789abcdef.claim']);
    const other = tempDir('sla-verzend-');
    await expect(dryRun({ outbox: other, sendLog: join(outbox, 'verzendlog.jsonl') })).rejects.toThrow(OutboxBusyError);
    // A claim from another host sharing the folder cannot be checked from here: it holds, whatever its pid.
    writeFileSync(live, JSON.stringify({ host: `${hostname()}-elders`, pid: 999999 }));
    await expect(dryRun({ outbox })).rejects.toThrow(`(${live}: proces 999999 op ${hostname()}-elders)`);
  });

  it('the claim of a run on this host that no longer runs is taken over', async () => {
    const outbox = tempDir('sla-verzend-');
    const dead = spawnSync(process.execPath, ['-e', 'process.exit(0)']).pid!;
    mkdirSync(join(outbox, LOCK_NAME));
    writeFileSync(join(outbox, LOCK_NAME, '0123456789abcdef.claim'), JSON.stringify({ host: hostname(), pid: dead, ns: readlinkSync('/proc/self/ns/pid') }));
    const result = await dryRun({ outbox, contacts: [contact('K3')] });
    expect(result.rows.find((r) => r.client === 'K3')!.status).toBe('klaar');
    // Released at the end: no claim left.
    expect(readdirSync(join(outbox, LOCK_NAME))).toEqual([]);
  });

  it('a claim of this host name but another process-id namespace (another container) holds, whatever its pid', async () => {
    const outbox = tempDir('sla-verzend-');
    const dead = spawnSync(process.execPath, ['-e', 'process.exit(0)']).pid!;
    mkdirSync(join(outbox, LOCK_NAME));
    writeFileSync(join(outbox, LOCK_NAME, '0123456789abcdef.claim'), JSON.stringify({ host: hostname(), pid: dead, ns: 'pid:[1]' }));
    await expect(dryRun({ outbox })).rejects.toThrow(OutboxBusyError);
  });

  it('--send without a dry run of the month sends nothing and says to make one first', async () => {
    const s = await server();
    const outbox = tempDir('sla-verzend-');
    const sender = senderFor(s);
    try {
      await expect(deliverMonth(input({ outbox, sender }))).rejects.toThrow(new DeliveryStop(`geen proefrun van 2025-11 in ${join(outbox, MONTH)}: maak die eerst (dezelfde opdracht zonder --send) en bekijk de berichten; --send verstuurt alleen wat daar klaarstaat`));
    } finally {
      sender.close();
    }
    expect(s.connections).toBe(0);
  });

  it('--send stops before connecting when the dry run was made with another send log or other options, or the outbox holds a log it would not read', async () => {
    const s = await server();
    const outbox = tempDir('sla-verzend-');
    const contacts = [contact('K3')];
    const other = join(tempDir('sla-verzend-log-'), 'verzendlog.jsonl');
    await dryRun({ outbox, contacts, sendLog: other });
    const sender = senderFor(s);
    const monthDir = join(outbox, MONTH);
    const redo = 'maak een nieuwe proefrun (dezelfde opdracht zonder --send) en bekijk de berichten';
    try {
      await expect(deliverMonth(input({ outbox, contacts, sender }))).rejects.toThrow(new DeliveryStop(`de proefrun in ${monthDir} hoort bij verzendlog ${other}, deze run gebruikt ${join(outbox, 'verzendlog.jsonl')}; geef --verzendlog ${other}, of ${redo}`));
      await expect(deliverMonth(input({ outbox, contacts, sender, sendLog: other, again: true, only: ['K3'] }))).rejects.toThrow(new DeliveryStop(`de proefrun in ${monthDir} is gemaakt zonder --opnieuw en --klant, deze run met --opnieuw --klant K3; geef dezelfde opties, of ${redo}`));
      // A log in the outbox root (where the first form of the command kept it) that this run would not read.
      writeFileSync(join(outbox, 'verzendlog.jsonl'), '');
      await expect(deliverMonth(input({ outbox, contacts, sender, sendLog: other }))).rejects.toThrow(DeliveryStop);
    } finally {
      sender.close();
    }
    expect(s.connections).toBe(0);
  });

  it('a client the manifest says was sent, but whom the send log does not know, is not sent again: not by --send, and a new dry run stops', async () => {
    const s = await server();
    const outbox = tempDir('sla-verzend-');
    const contacts = [contact('K3')];
    await send({ outbox, contacts }, s);
    // The log is lost (deleted, or another one given); the outbox still says what happened.
    rmSync(join(outbox, 'verzendlog.jsonl'));
    const rerun = await send({ outbox, contacts }, s, { review: false });
    expect(rerun.rows.find((r) => r.client === 'K3')).toMatchObject({ status: 'onzeker', note: `volgens het manifest al verzonden, maar dat staat niet in het verzendlog ${join(outbox, 'verzendlog.jsonl')}: niet verstuurd; zoek het verzendlog van die verzending` });
    const monthDir = join(outbox, MONTH);
    await expect(dryRun({ outbox, contacts })).rejects.toThrow(new DeliveryStop(`volgens het manifest in ${monthDir} is het rapport van 1 klant (K3) al verzonden of mogelijk aangekomen, maar het verzendlog ${join(outbox, 'verzendlog.jsonl')} kent die verzending niet: geef het verzendlog van die verzending met --verzendlog; verwijder ${monthDir} alleen als al die rapporten opnieuw mogen`));
    // The dry run stopped before touching the outbox.
    expect(readdirSync(monthDir).sort()).toEqual(['K3.eml', 'manifest.csv', 'proefrun.json']);
    expect(s.received).toHaveLength(1);
  });

  it('--send sends only messages still equal to the reviewed ones: a changed report, address or .eml waits for a new dry run', async () => {
    const s = await server();
    const outbox = tempDir('sla-verzend-');
    const contacts = [contact('K3'), contact('K4'), contact('K5'), contact('K6', { product: 'intramed-online' })];
    await dryRun({ outbox, contacts });
    // Between review and send: a late ticket changes K3's report, K4's address is corrected, K5's .eml is edited.
    const changed = await fixture([...EXTRA_ROWS, 'X-K3b,K3,Praktijk K3,intramed,incident,2,2,email,2025-11-20T10:00:00,2025-11-20T11:00:00,2025.2']);
    const k5 = join(outbox, MONTH, 'K5.eml');
    writeFileSync(k5, readFileSync(k5, 'latin1').replace('Geachte klant,', 'Beste klant,'), 'latin1');
    const later = { outbox, model: changed.model, renderPdfs: monthPdfs(changed.model, MONTH), contacts: [contact('K3'), contact('K4', { to: ['balie.k4@example.org'] }), contact('K5'), contact('K6', { product: 'intramed-online' })] };
    const sender = senderFor(s);
    let result;
    try {
      result = await deliverMonth(input({ ...later, sender, now: () => new Date('2025-12-04T08:00:00Z') }));
    } finally {
      sender.close();
    }
    const redo = 'maak een nieuwe proefrun en bekijk die';
    expect(result.rows.filter((r) => r.client !== 'K1' && r.client !== 'K2').map((r) => [r.client, r.status, r.note])).toEqual([
      // The subject names month and practice only: the same for the changed report.
      ['K3', 'gewijzigd sinds proefrun', `de PDF verschilt van de proefrun; ${redo}`],
      ['K4', 'gewijzigd sinds proefrun', `de ontvangers verschillen van de proefrun; ${redo}`],
      ['K5', 'gewijzigd sinds proefrun', `K5.eml in de outbox is niet gelijk aan het bericht dat nu wordt gemaakt (de tekst, de afzender of het bericht-id verschilt, of het bestand is bewerkt); ${redo}`],
      ['K6', 'verzonden', ''],
    ]);
    // K6's message went as reviewed, byte for byte (dated at the dry run, not at the send).
    expect(subjects(s)).toEqual(['Servicerapportage november 2025 – Praktijk K6 (K6)']);
    expect(s.received[0].raw.equals(readFileSync(join(outbox, MONTH, 'K6.eml')))).toBe(true);
    expect(s.received[0].mail.date!.toISOString()).toBe('2025-12-03T09:15:00.000Z');
  });

  it('a connection lost after the message was handed over: "onzeker", not retried, not sent again by a rerun; sent again only with --opnieuw --klant', async () => {
    const s = await server();
    const outbox = tempDir('sla-verzend-');
    const contacts = [contact('K3'), contact('K4')];
    // The server takes K3's message, then drops the connection before its reply.
    s.dropAfterData(1);
    const first = await send({ outbox, contacts }, s);
    const k3 = first.rows.find((r) => r.client === 'K3')!;
    expect(k3.status).toBe('onzeker');
    expect(k3.note).toBe('geen antwoord van de server nadat het bericht was aangeboden: de verbinding is verbroken (ECONNECTION: Connection closed unexpectedly); het bericht is mogelijk aangekomen en wordt niet vanzelf opnieuw verstuurd; controleer dat, en verstuur zo nodig opnieuw met --opnieuw --klant K3');
    expect(first.rows.find((r) => r.client === 'K4')!.status).toBe('verzonden');
    // K3 arrived once (the server has it), K4 once: no retry of K3 although FAST allows 2 attempts.
    expect(subjects(s)).toEqual(['Servicerapportage november 2025 – Praktijk K3 (K3)', 'Servicerapportage november 2025 – Praktijk K4 (K4)']);
    expect(states(first.sendLog)).toEqual(['K3 bezig', 'K3 onzeker', 'K4 bezig', 'K4 verzonden']);

    const rerun = await send({ outbox, contacts }, s, { review: false });
    expect(rerun.rows.find((r) => r.client === 'K3')).toMatchObject({ status: 'onzeker', note: 'verzending op 03-12-2025 10:15 afgebroken voordat de server antwoordde: het bericht is mogelijk aangekomen; controleer dat, en verstuur zo nodig opnieuw met --opnieuw --klant K3' });
    // --opnieuw alone is not enough: the report did not change.
    const again = await send({ outbox, contacts, again: true }, s);
    expect(again.rows.find((r) => r.client === 'K3')!.status).toBe('onzeker');
    expect(s.received).toHaveLength(2);

    const named = await send({ outbox, contacts, again: true, only: ['K3'] }, s);
    expect(named.rows.map((r) => [r.client, r.status, r.note])).toEqual([['K3', 'verzonden', 'opnieuw (--opnieuw --klant); gelijk aan het bericht van 03-12-2025 10:15, waarvan niet zeker is of het is aangekomen']]);
    expect(subjects(s)[2]).toBe('Servicerapportage november 2025 – Praktijk K3 (K3) (opnieuw verzonden)');
    expect(states(named.sendLog).slice(4)).toEqual(['K3 bezig', 'K3 verzonden']);
  });

  it('a connection lost before any message data (at RCPT TO) is retried: delivered once', async () => {
    const s = await server();
    s.dropAtRcpt();
    const result = await send({ outbox: tempDir('sla-verzend-'), contacts: [contact('K3')] }, s);
    expect(result.rows.find((r) => r.client === 'K3')!.status).toBe('verzonden');
    expect(subjects(s)).toEqual(['Servicerapportage november 2025 – Praktijk K3 (K3)']);
    expect(s.connections).toBe(2);
    expect(states(result.sendLog)).toEqual(['K3 bezig', 'K3 verzonden']);
  });

  it('the "bezig" line is on disk before the message is handed over; after a crash there the rerun does not send it', async () => {
    const outbox = tempDir('sla-verzend-');
    const sendLog = join(outbox, 'verzendlog.jsonl');
    const contacts = [contact('K3')];
    await dryRun({ outbox, contacts });
    const seen: string[] = [];
    // A sender that, when handed the message, finds the log and then "crashes" (the run ends with an error).
    const crashing: Sender = {
      send: async () => {
        seen.push(...states(sendLog));
        throw new Error('crash');
      },
      close: () => {},
    };
    await expect(deliverMonth(input({ outbox, contacts, sender: crashing }))).rejects.toThrow('crash');
    expect(seen).toEqual(['K3 bezig']);
    const s = await server();
    const rerun = await send({ outbox, contacts }, s, { review: false });
    expect(rerun.rows.find((r) => r.client === 'K3')!.status).toBe('onzeker');
    expect(s.received).toHaveLength(0);
  });

  it('an .eml changed while the run sends the messages before it does not go', async () => {
    const outbox = tempDir('sla-verzend-');
    const contacts = [contact('K3'), contact('K4')];
    await dryRun({ outbox, contacts });
    const k4 = join(outbox, MONTH, 'K4.eml');
    const handed: string[] = [];
    // A sender that takes K3's message; meanwhile someone edits K4's .eml.
    const editing: Sender = {
      send: async (m) => {
        handed.push(m.messageId);
        writeFileSync(k4, readFileSync(k4, 'latin1').replace('Geachte klant,', 'Beste klant,'), 'latin1');
        return { ok: true, response: '250 OK', attempts: 1, rejected: [], rejectedReasons: [] };
      },
      close: () => {},
    };
    const result = await deliverMonth(input({ outbox, contacts, sender: editing }));
    expect(result.rows.filter((r) => r.client === 'K3' || r.client === 'K4').map((r) => [r.client, r.status, r.note])).toEqual([
      ['K3', 'verzonden', ''],
      ['K4', 'gewijzigd sinds proefrun', 'K4.eml is tijdens de run gewijzigd; maak een nieuwe proefrun en bekijk die'],
    ]);
    expect(handed).toHaveLength(1);
  });

  it('stopped by Ctrl-C: the message being sent finishes, no next one starts, the manifest says so; the next dry run keeps the sent .eml', async () => {
    const s = await server();
    const outbox = tempDir('sla-verzend-');
    const contacts = [contact('K3'), contact('K4')];
    await dryRun({ outbox, contacts });
    const stop = new AbortController();
    const sender = senderFor(s);
    let result;
    try {
      result = await deliverMonth(input({ outbox, contacts, sender, signal: stop.signal, onSent: () => stop.abort() }));
    } finally {
      sender.close();
    }
    expect(result.rows.filter((r) => r.client === 'K3' || r.client === 'K4').map((r) => [r.client, r.status, r.note])).toEqual([
      ['K3', 'verzonden', ''],
      ['K4', 'mislukt', 'niet geprobeerd: de run is onderbroken (Ctrl-C of een stopsignaal)'],
    ]);
    expect(subjects(s)).toEqual(['Servicerapportage november 2025 – Praktijk K3 (K3)']);
    // A run killed outright writes no manifest: the log still has K3 as sent, and the next dry run keeps its .eml.
    writeFileSync(join(outbox, MONTH, 'manifest.csv'), readFileSync(join(outbox, MONTH, 'manifest.csv'), 'utf8').replace(',verzonden,', ',klaar,'));
    const next = await dryRun({ outbox, contacts });
    expect(next.rows.filter((r) => r.client === 'K3' || r.client === 'K4').map((r) => r.status)).toEqual(['al verzonden', 'klaar']);
    expect(readdirSync(join(outbox, MONTH, 'verzonden'))).toEqual(['K3-1.eml']);
  });

  it('a corrected address gets the report without asking, the others not again; --opnieuw --klant sends it to the whole contact', async () => {
    const s = await server();
    const outbox = tempDir('sla-verzend-');
    await send({ outbox, contacts: [contact('K3'), contact('K4')] }, s);
    const fixed = [contact('K3', { to: ['balie.k3@example.org'] }), contact('K4')];
    const plain = await send({ outbox, contacts: fixed }, s);
    expect(plain.rows.filter((r) => r.client === 'K3' || r.client === 'K4').map((r) => [r.client, r.status, r.note])).toEqual([
      ['K3', 'verzonden', 'alleen naar balie.k3@example.org: dat adres had dit rapport nog niet (verzonden op 03-12-2025 10:15)'],
      ['K4', 'al verzonden', 'verzonden op 03-12-2025 10:15'],
    ]);
    const named = await send({ outbox, contacts: fixed, again: true, only: ['K3'] }, s);
    expect(named.rows.map((r) => [r.client, r.status, r.note])).toEqual([['K3', 'verzonden', 'opnieuw (--opnieuw --klant); gelijk aan het bericht van 03-12-2025 10:15']]);
    expect(s.received.map((r) => r.envelopeTo)).toEqual([['praktijk.k3@example.org'], ['praktijk.k4@example.org'], ['balie.k3@example.org'], ['balie.k3@example.org']]);
    expect(s.received[3].mail.subject).toBe('Servicerapportage november 2025 – Praktijk K3 (K3) (opnieuw verzonden)');
    expect(s.received[3].mail.text).toContain('Wij sturen u de rapportage over november 2025 opnieuw; de inhoud is gelijk aan die van ons eerdere bericht van 03-12-2025 10:15.');
  });
});
