// Delivery over SMTP with nodemailer: settings only from the environment (no
// default host, so nothing leaves by accident), STARTTLS required with the
// certificate checked (a CA file may be given for a private server, checks are
// never turned off), and per message a bounded number of attempts with backoff
// for what may pass (4xx replies, lost connections), none for a 5xx refusal.
import tls from 'node:tls';
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { createTransport } from 'nodemailer';
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
  /** `rejected`: recipients the server refused while it accepted the message for the others (nodemailer fails only when all are refused). */
  | { ok: true; response: string; attempts: number; rejected: string[] }
  /** `stop`: no later message can go either (login refused, TLS failed): the run ends. `permanent`: a 5xx refusal of this message. */
  | { ok: false; reason: string; attempts: number; stop: boolean; permanent: boolean };

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

/** The server's own words when it gave a reply, else what went wrong with the connection. */
function reasonOf(e: SmtpError): string {
  if (e.response) return e.response.replace(/\s+/g, ' ').trim();
  return `${e.code ? `${e.code}: ` : ''}${e.message}`;
}

const FATAL_CODES = new Set(['EAUTH', 'ETLS', 'ENOAUTH']);
/** A certificate the client does not trust (unknown CA, self-signed, expired, wrong name): the setup, not the moment. */
const CERTIFICATE = /CERT|SELF_SIGNED|UNABLE_TO_|HOSTNAME_MISMATCH/;

/** Whether no later message can go either: login or TLS refused, the server's certificate not trusted. */
function stopsRun(e: SmtpError): boolean {
  return FATAL_CODES.has(e.code ?? '') || CERTIFICATE.test(e.originalCode ?? '') || e.responseCode === 535 || e.responseCode === 530;
}

export function smtpSender(settings: SmtpSettings, retry: RetryPolicy = DEFAULT_RETRY): Sender {
  const transport = createTransport({
    pool: true,
    maxConnections: 1,
    host: settings.host,
    port: settings.port,
    secure: false,
    requireTLS: true,
    auth: { user: settings.user, pass: settings.password },
    tls: { minVersion: 'TLSv1.2', ...(settings.ca ? { ca: [...tls.rootCertificates, settings.ca] } : {}) }, // `ca` replaces Node's list: keep its roots
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 120_000,
  });
  return {
    async send(message) {
      for (let attempt = 1; ; attempt++) {
        try {
          const info = await transport.sendMail({ envelope: message.envelope, raw: message.eml });
          return { ok: true, response: String(info.response ?? ''), attempts: attempt, rejected: ((info.rejected ?? []) as (string | { address: string })[]).map((r) => (typeof r === 'string' ? r : r.address)) };
        } catch (e) {
          const err = e as SmtpError;
          const stop = stopsRun(err);
          // RFC 5321: a 5yz reply is permanent, except 503 (commands out of sequence: a new connection may pass).
          const permanent = stop || (err.responseCode !== undefined && err.responseCode >= 500 && err.responseCode !== 503);
          if (permanent || attempt >= retry.attempts) return { ok: false, reason: reasonOf(err), attempts: attempt, stop, permanent };
          await sleep(retry.backoffMs * 2 ** (attempt - 1));
        }
      }
    },
    close: () => transport.close(),
  };
}
