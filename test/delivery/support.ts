// Delivery test helpers: a real SMTP server on 127.0.0.1 (smtp-server, STARTTLS with
// the test certificate in test/fixtures/delivery, login required) that keeps every
// message it accepts, read back with mailparser; and the five-client November 2025
// model (test/fixtures/pdf/tickets.csv plus three one-storing clients).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerError } from 'smtp-server';
import type { Contact } from '../../src/delivery/contacts.ts';
import { judgeData } from '../../src/pipeline/judge-data.ts';
import type { LeveranciersContent } from '../../src/contract/leveranciers.ts';
import type { ReportModel } from '../../src/report/model.ts';
import { root } from '../support/cli.ts';
import { modelOf } from '../support/model.ts';
import { AS_OF, fixtureTickets, tempDir } from '../pdf/support.ts';

export const CERT_FILE = join(root, 'test/fixtures/delivery/smtp-test-cert.pem');
const KEY_FILE = join(root, 'test/fixtures/delivery/smtp-test-key.pem');
export const SMTP_USER = 'rapportage';
export const SMTP_PASSWORD = 'geheim-voor-de-test';

export interface Received {
  raw: Buffer;
  mail: ParsedMail;
  envelopeFrom: string;
  envelopeTo: string[];
  secure: boolean;
}

export interface TestSmtp {
  port: number;
  received: Received[];
  /** Connections opened to the server. */
  connections: number;
  /** From now on, refuse every message with this reply (e.g. 451 or 554). */
  refuse(reply: { code: number; text: string }): void;
  /** Accept every message and recipient again. */
  heal(): void;
  /** Refuse this recipient at RCPT TO (550, or the code given) while accepting the others. */
  refuseRecipient(address: string, code?: number): void;
  /** Refuse from the nth message on (1-based count of messages offered). */
  refuseFrom(n: number, reply: { code: number; text: string }): void;
  /** Take the nth message offered (it counts as received), then drop the connection instead of replying. */
  dropAfterData(n: number): void;
  /** Drop the connection once, at the next RCPT TO (before any message data). */
  dropAtRcpt(): void;
  close(): Promise<void>;
}

/** `plainOnly`: a server that offers no STARTTLS (and then allows login over plain text). */
export async function startSmtp(opts: { plainOnly?: boolean } = {}): Promise<TestSmtp> {
  let refusal: { code: number; text: string } | null = null;
  let refuseAt: { n: number; reply: { code: number; text: string } } | null = null;
  let offered = 0;
  let dropAt: number | null = null;
  let dropRcpt = false;
  const refusedRecipients = new Map<string, number>();
  const state = { connections: 0 };
  const received: Received[] = [];
  const server = new SMTPServer({
    secure: false,
    key: readFileSync(KEY_FILE),
    cert: readFileSync(CERT_FILE),
    authMethods: ['PLAIN', 'LOGIN'],
    disabledCommands: opts.plainOnly === true ? ['STARTTLS'] : [],
    allowInsecureAuth: opts.plainOnly === true,
    logger: false,
    onConnect(_session, callback) {
      state.connections++;
      callback();
    },
    onAuth(auth, _session, callback) {
      if (auth.username === SMTP_USER && auth.password === SMTP_PASSWORD) callback(null, { user: auth.username });
      else callback(new Error('Invalid username or password'));
    },
    onRcptTo(address, _session, callback) {
      if (dropRcpt) {
        dropRcpt = false;
        return dropConnections();
      }
      const code = refusedRecipients.get(address.address);
      if (code === undefined) return callback();
      const err: SMTPServerError = new Error(code >= 500 ? 'Mailbox unavailable' : 'Mailbox busy, try later');
      err.responseCode = code;
      return callback(err);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', async () => {
        offered++;
        const reply = refusal ?? (refuseAt && offered >= refuseAt.n ? refuseAt.reply : null);
        if (reply) {
          const err: SMTPServerError = new Error(reply.text);
          err.responseCode = reply.code;
          return callback(err);
        }
        const raw = Buffer.concat(chunks);
        received.push({
          raw,
          mail: await simpleParser(raw),
          envelopeFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          envelopeTo: session.envelope.rcptTo.map((r) => r.address),
          secure: session.secure,
        });
        // The server has the message, but the client never hears so.
        if (dropAt === offered) return dropConnections();
        callback(null, 'OK: queued');
      });
    },
  });
  // smtp-server keeps its open sessions in `connections`, each with its socket.
  const dropConnections = () => {
    for (const c of (server as unknown as { connections: Set<{ _socket: { destroy(): void } }> }).connections) c._socket.destroy();
  };
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    received,
    get connections() {
      return state.connections;
    },
    refuse: (reply) => (refusal = reply),
    heal: () => {
      refusal = null;
      refuseAt = null;
      refusedRecipients.clear();
    },
    refuseFrom: (n, reply) => (refuseAt = { n, reply }),
    refuseRecipient: (address, code = 550) => void refusedRecipients.set(address, code),
    dropAfterData: (n) => (dropAt = n),
    dropAtRcpt: () => (dropRcpt = true),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export const smtpEnv = (port: number) => ({
  SLA_RAPPORT_SMTP_HOST: '127.0.0.1',
  SLA_RAPPORT_SMTP_PORT: String(port),
  SLA_RAPPORT_SMTP_USER: SMTP_USER,
  SLA_RAPPORT_SMTP_PASSWORD: SMTP_PASSWORD,
  SLA_RAPPORT_SMTP_CA: CERT_FILE,
});

export const MONTH = '2025-11';

/** K3, K4 and K5 (Intramed) and K6 (Intramed Online): one niveau-1 incident each, resolved within the hour. */
export const EXTRA_ROWS = ['K3', 'K4', 'K5', 'K6'].map((k, i) => {
  const product = k === 'K6' ? 'intramed-online' : 'intramed';
  return `X-${k},${k},Praktijk ${k},${product},incident,1,1,phone,2025-11-1${i + 3}T10:00:00,2025-11-1${i + 3}T10:30:00,2025.2`;
});

export interface Fixture {
  model: ReportModel;
  leveranciers: LeveranciersContent;
}

/** The November 2025 model of K1, K2 (test/fixtures/pdf/tickets.csv) and the extra rows, judged as of 1 December 2025. */
export async function fixture(extraRows: string[] = EXTRA_ROWS): Promise<Fixture> {
  const tickets = join(tempDir('sla-verzend-'), 'tickets.csv');
  writeFileSync(tickets, `${readFileSync(fixtureTickets, 'utf8').trimEnd()}\n${extraRows.join('\n')}\n`);
  const data = await judgeData({ sla: join(root, 'content/sla'), tickets, events: null, releases: join(root, 'data/releases.csv') }, AS_OF);
  return { model: modelOf(data), leveranciers: data.leveranciers };
}

/** A contact in reserved example domains only. */
export function contact(clientId: string, over: Partial<Contact> = {}): Contact {
  const id = clientId.toLowerCase();
  return { clientId, name: `Praktijk ${clientId}`, to: [`praktijk.${id}@example.org`], cc: [], optOut: false, product: 'intramed', line: 2, ...over };
}
