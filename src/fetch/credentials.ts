// The base URL and credentials of one helpdesk, read from the environment. They live
// only in memory: nothing here is written to disk, and every message that could echo
// a server's words passes through `redact` first.
import { FetchError } from './fetch-error.ts';

export interface Connection {
  /** The helpdesk's origin plus any base path, without a trailing slash. */
  base: string;
  /** The Authorization header value (HTTP basic). */
  authorization: string;
  /** The env var names, for messages. */
  names: { url: string; user: string; token: string };
  /** Every form in which a credential could show up in text. */
  secrets: string[];
}

interface EnvNames {
  url: string;
  user: string;
  token: string;
  /** Zendesk's API token login is `email/token:TOKEN`; Jira's is `email:TOKEN`. */
  userSuffix: string;
}

export const ZENDESK_ENV: EnvNames = { url: 'ZENDESK_URL', user: 'ZENDESK_EMAIL', token: 'ZENDESK_API_TOKEN', userSuffix: '/token' };
export const JIRA_ENV: EnvNames = { url: 'JIRA_URL', user: 'JIRA_EMAIL', token: 'JIRA_API_TOKEN', userSuffix: '' };

export class ConnectionError extends Error {}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Reads and checks the three variables; a missing or unsafe one is a ConnectionError (usage). */
export function connectionFromEnv(env: NodeJS.ProcessEnv, names: EnvNames): Connection {
  const missing = [names.url, names.user, names.token].filter((n) => !env[n]?.trim());
  if (missing.length > 0) {
    throw new ConnectionError(
      `${missing.join(', ')} ${missing.length === 1 ? 'is' : 'zijn'} niet gezet. Zet ${names.url} (bijv. https://bedrijf.example), ${names.user} en ${names.token} in de omgeving; ze worden nergens opgeslagen.`,
    );
  }
  const base = checkedBase(env[names.url]!.trim(), names.url);
  const user = `${env[names.user]!.trim()}${names.userSuffix}`;
  const token = env[names.token]!.trim();
  const basic = Buffer.from(`${user}:${token}`).toString('base64');
  return {
    base,
    authorization: `Basic ${basic}`,
    names,
    secrets: [token, basic, encodeURIComponent(token)].filter((s) => s.length >= 4),
  };
}

function checkedBase(text: string, name: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new ConnectionError(`${name} is geen URL (verwacht bijv. https://bedrijf.example).`);
  }
  if (url.username || url.password) {
    throw new ConnectionError(`${name} bevat inloggegevens; zet die in de eigen variabelen, niet in de URL.`);
  }
  if (url.protocol === 'http:' && !LOOPBACK.has(url.hostname)) {
    throw new ConnectionError(`${name} moet met https:// beginnen (http:// alleen voor 127.0.0.1 of localhost): inloggegevens gaan nooit onversleuteld over het netwerk.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ConnectionError(`${name} moet met https:// beginnen, niet met ${url.protocol}`);
  }
  if (url.search || url.hash) throw new ConnectionError(`${name} mag geen ? of # bevatten; geef alleen het adres van de helpdesk.`);
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/** Replaces every credential form in a text by `***`. */
export function redact(text: string, connection: Pick<Connection, 'secrets'>): string {
  let out = text;
  for (const secret of connection.secrets) out = out.split(secret).join('***');
  return out;
}

export function authFailure(status: number, connection: Connection): FetchError {
  const { url, user, token } = connection.names;
  return new FetchError(
    `de helpdesk weigert de inloggegevens (HTTP ${status}). Controleer ${user} en ${token} (en of ${url} de juiste helpdesk is); het account moet de export mogen lezen.`,
    'auth',
  );
}
