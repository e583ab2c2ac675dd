// Delivery over SMTP with nodemailer's SMTP client (one connection, reused from
// message to message): settings only from the environment (no default host, so
// nothing leaves by accident), STARTTLS required with the certificate checked (a CA
// file may be given for a private server, checks are never turned off). Per message
// a bounded number of attempts with backoff, but only while it is certain the server
// does not have the message: after a 4xx reply, or a failure before the message's
// bytes were handed over. A connection lost after that, without the server's reply,
// leaves it unknown whether the message arrived: it is reported as such and never
// tried again by itself (sending it again could deliver it twice).
import tls from 'node:tls';
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { Readable } from 'node:stream';
import SMTPConnection from 'nodemailer/lib/smtp-connection';
import type { BuiltMessage } from './mime.ts';

export interface SmtpSettings {
  host: string;
  port: number;
  user: string;
  password: string;
  /** PEM certificate(s) to trust besides the system's, for a server with a private CA. */
  ca: string | null;
}

export const SMTP_ENV = {
  host: 'SLA_RAPPORT_SMTP_HOST',
  port: 'SLA_RAPPORT_SMTP_PORT',
  user: 'SLA_RAPPORT_SMTP_USER',
  password: 'SLA_RAPPORT_SMTP_PASSWORD',
  ca: 'SLA_RAPPORT_SMTP_CA',
} as const;

/** A missing or unusable setting: the command stops before anything is read or sent. */
export class SmtpSettingsError extends Error {}

export function smtpSettings(env: NodeJS.ProcessEnv): SmtpSettings {
  const need = (name: string) => {
    const v = env[name]?.trim();
    if (!v) throw new SmtpSettingsError(`${name} ontbreekt: --send verstuurt alleen met de SMTP-gegevens uit de omgeving (${SMTP_ENV.host}, ${SMTP_ENV.user}, ${SMTP_ENV.password}; ${SMTP_ENV.port} standaard 587)`);
    return v;
  };
  const host = need(SMTP_ENV.host);
  const portText = env[SMTP_ENV.port]?.trim() || '587';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port < 1 || port > 65535) throw new SmtpSettingsError(`${SMTP_ENV.port} moet een poortnummer zijn (1-65535), niet "${portText}"`);
  const user = need(SMTP_ENV.user);
  const password = need(SMTP_ENV.password);
  const caFile = env[SMTP_ENV.ca]?.trim();
  let ca: string | null = null;
  if (caFile) {
    try {
      ca = readFileSync(caFile, 'utf8');
    } catch (e) {
      throw new SmtpSettingsError(`${SMTP_ENV.ca}: kan ${caFile} niet lezen (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
  }
  return { host, port, user, password, ca };
}

export interface Sender {
  send(message: BuiltMessage): Promise<SendOutcome>;
  close(): void;
}

export type SendOutcome =
  /** `rejected`: recipients the server refused while it accepted the message for the others, with its replies. */
  | { ok: true; response: string; attempts: number; rejected: string[]; rejectedReasons: string[] }
  /**
   * `stop`: no later message can go either (login refused, TLS failed): the run ends. `permanent`: a 5xx refusal of
   * this message. `uncertain`: the connection was lost after the message was handed over and before the server
   * replied: it may have arrived.
   */
  | { ok: false; reason: string; attempts: number; stop: boolean; permanent: boolean; uncertain: boolean };

export interface RetryPolicy {
  /** Attempts per message, the first included. */
  attempts: number;
  /** Wait before the 2nd attempt; doubled for each one after. */
  backoffMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 3, backoffMs: 5_000 };

interface SmtpError extends Error {
  code?: string;
  /** Node's own code when nodemailer filed the error under its step (ESOCKET), e.g. DEPTH_ZERO_SELF_SIGNED_CERT. */
  originalCode?: string;
  responseCode?: number;
  response?: string;
}

const FATAL_CODES = new Set(['EAUTH', 'ETLS', 'ENOAUTH']);
/** A certificate the client does not trust (unknown CA, self-signed, expired, wrong name): the setup, not the moment. */
const CERTIFICATE = /CERT|SELF_SIGNED|UNABLE_TO_|HOSTNAME_MISMATCH/;

/** What went wrong, in Dutch, when the server gave no reply of its own. */
function withoutReply(e: SmtpError): string {
  if (CERTIFICATE.test(e.originalCode ?? '')) return 'het certificaat van de server wordt niet vertrouwd';
  if (e.code === 'ETIMEDOUT' || e.originalCode === 'ETIMEDOUT') return 'geen antwoord van de server binnen de wachttijd';
  if (e.originalCode === 'ECONNREFUSED') return 'de server weigert de verbinding';
  if (e.originalCode === 'ENOTFOUND' || e.originalCode === 'EAI_AGAIN') return 'de server is niet gevonden';
  if (e.code === 'ETLS') return 'STARTTLS mislukt (de server biedt het niet aan of de versleuteling lukt niet)';
  if (e.code === 'EAUTH' || e.code === 'ENOAUTH') return 'inloggen mislukt';
  return 'de verbinding is verbroken';
}

/** The server's own words when it gave a reply, else what went wrong with the connection (and the library's words). */
function reasonOf(e: SmtpError): string {
  if (e.response) return e.response.replace(/\s+/g, ' ').trim();
  return `${withoutReply(e)} (${e.code ? `${e.code}: ` : ''}${e.message})`;
}

/** Whether no later message can go either: login or TLS refused, the server's certificate not trusted. */
function stopsRun(e: SmtpError): boolean {
  return FATAL_CODES.has(e.code ?? '') || CERTIFICATE.test(e.originalCode ?? '') || e.responseCode === 535 || e.responseCode === 530;
}

/** A refusal in the server's own reply (4yz or 5yz): the server does not have the message. */
const refusedByReply = (e: SmtpError) => e.responseCode !== undefined && e.responseCode >= 400 && e.responseCode <= 599;

/** One SMTP session, opened (greeting, STARTTLS, login) when a message needs it and reused while it stays up. */
class Session {
  private conn: SMTPConnection | null = null;

  constructor(private readonly settings: SmtpSettings) {}

  async connection(): Promise<SMTPConnection> {
    if (this.conn) return this.conn;
    const { host, port, user, password, ca } = this.settings;
    const conn = new SMTPConnection({
      host,
      port,
      secure: false,
      requireTLS: true,
      tls: { minVersion: 'TLSv1.2', ...(ca ? { ca: [...tls.rootCertificates, ca] } : {}) }, // `ca` replaces Node's list: keep its roots
      connectionTimeout: 30_000,
      greetingTimeout: 30_000,
      socketTimeout: 120_000,
      logger: false,
    });
    await new Promise<void>((resolve, reject) => {
      // Errors while the session is set up come as events, some through the callbacks too: the first one counts.
      conn.once('error', reject);
      conn.once('end', () => reject(Object.assign(new Error('de verbinding werd gesloten tijdens het opzetten'), { code: 'ECONNECTION' })));
      conn.connect((err) => {
        if (err) return reject(err);
        conn.login({ user, pass: password }, (loginErr) => (loginErr ? reject(loginErr) : resolve()));
      });
    }).catch((e: unknown) => {
      conn.close();
      throw e;
    });
    conn.removeAllListeners('error');
    conn.removeAllListeners('end');
    // From here errors reach the send callback; a server that closes an idle session ends this one.
    conn.on('error', () => {});
    conn.once('end', () => {
      if (this.conn === conn) this.conn = null;
    });
    this.conn = conn;
    return conn;
  }

  /** Hands the message to the server; `handedOver` says whether its bytes started to go (after the server's 354). */
  async send(message: BuiltMessage): Promise<{ info: SMTPConnection.SentMessageInfo } | { error: SmtpError; handedOver: boolean }> {
    let conn: SMTPConnection;
    try {
      conn = await this.connection();
    } catch (e) {
      return { error: e as SmtpError, handedOver: false };
    }
    // SMTPConnection reads the body only once the server has accepted the envelope and DATA.
    const body = new Readable({
      read() {
        this.push(message.eml);
        this.push(null);
      },
    });
    return new Promise((resolve) => {
      conn.send({ from: message.envelope.from, to: message.envelope.to }, body, (err, info) => {
        if (err) {
          this.close();
          resolve({ error: err as SmtpError, handedOver: body.readableDidRead });
        } else resolve({ info: info! });
      });
    });
  }

  close(): void {
    const conn = this.conn;
    this.conn = null;
    if (conn) {
      try {
        conn.quit();
      } catch {
        conn.close();
      }
    }
  }
}

export function smtpSender(settings: SmtpSettings, retry: RetryPolicy = DEFAULT_RETRY): Sender {
  const session = new Session(settings);
  return {
    async send(message) {
      for (let attempt = 1; ; attempt++) {
        const result = await session.send(message);
        if ('info' in result) {
          const { info } = result;
          const rejectedReasons = (info.rejectedErrors ?? []).map((e) => reasonOf(e as SmtpError));
          return { ok: true, response: String(info.response ?? ''), attempts: attempt, rejected: [...(info.rejected ?? [])], rejectedReasons };
        }
        const err = result.error;
        const stop = stopsRun(err);
        // Handed over without a reply: the server may have it. Not retried, whatever the error.
        const uncertain = result.handedOver && !refusedByReply(err);
        // RFC 5321: a 5yz reply is permanent, except 503 (commands out of sequence: a new connection may pass).
        const permanent = stop || (err.responseCode !== undefined && err.responseCode >= 500 && err.responseCode !== 503);
        if (uncertain || permanent || attempt >= retry.attempts) return { ok: false, reason: reasonOf(err), attempts: attempt, stop, permanent, uncertain };
        await sleep(retry.backoffMs * 2 ** (attempt - 1));
      }
    },
    close: () => session.close(),
  };
}
