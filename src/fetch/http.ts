// One GET of one API page, the way a helpdesk's limits ask for it: requests paced to
// a maximum per minute, HTTP 429 answered by waiting its Retry-After, 5xx and a
// connection or body cut off mid-page retried with doubling waits a bounded number of
// times, 401/403 stopped at once. The clock and sleep are injected so tests are fast.
// Credentials go only to the configured base URL: redirects are refused, never followed.
import { authFailure, redact, type Connection } from './credentials.ts';
import { FetchError } from './fetch-error.ts';

export interface HttpOptions {
  /** At most this many requests a minute (Zendesk's incremental exports: 10); 0 means unpaced. */
  perMinute: number;
  /** Tries per page for 5xx, a cut connection or a cut body. */
  maxTries: number;
  /** Wait before the second try; doubles for each next one. */
  backoffMs: number;
  /** A Retry-After longer than this stops the fetch (the saved state lets a later run continue). */
  maxRetryAfterMs: number;
  /** HTTP 429 answers in a row for one page before the fetch stops. */
  max429: number;
  /** A request that has not finished after this long counts as a cut connection. */
  timeoutMs: number;
}

export const DEFAULT_HTTP: Omit<HttpOptions, 'perMinute'> = {
  maxTries: 5,
  backoffMs: 2_000,
  maxRetryAfterMs: 15 * 60_000,
  max429: 20,
  timeoutMs: 120_000,
};

export interface HttpDeps {
  fetch: typeof fetch;
  now(): number;
  sleep(ms: number): Promise<void>;
  /** One progress line on standard error. */
  log(line: string): void;
}

export interface Page {
  /** The response body exactly as received. */
  bytes: Buffer;
  json: unknown;
}

/** One try: a page, a 429 to wait out, or a failure worth another try. */
type Outcome = { kind: 'page'; page: Page } | { kind: 'limited'; retryAfterMs: number } | { kind: 'failed'; reason: string };

/** Without Retry-After on a 429, wait a minute (the span of the per-minute limits). */
const DEFAULT_RETRY_AFTER_MS = 60_000;

export class HttpClient {
  private lastRequestAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly connection: Connection,
    private readonly options: HttpOptions,
    private readonly deps: HttpDeps,
  ) {}

  /** GETs `path` (below the base URL) with `query`; `label` names the page in messages. */
  async getPage(path: string, query: URLSearchParams, label: string): Promise<Page> {
    const url = `${this.connection.base}${path}?${query.toString()}`;
    let failures = 0;
    let limited = 0;
    for (;;) {
      await this.pace();
      const outcome = await this.attempt(url, label);
      if (outcome.kind === 'page') return outcome.page;
      if (outcome.kind === 'limited') {
        limited += 1;
        if (limited > this.options.max429) throw new FetchError(`${label}: de helpdesk blijft "te veel verzoeken" (HTTP 429) antwoorden, ${limited} keer; probeer het later opnieuw, het ophalen gaat dan verder waar het bleef.`);
        if (outcome.retryAfterMs > this.options.maxRetryAfterMs) throw new FetchError(`${label}: de helpdesk vraagt ${seconds(outcome.retryAfterMs)} s te wachten (HTTP 429); probeer het later opnieuw, het ophalen gaat dan verder waar het bleef.`);
        this.deps.log(`wachten op de limiet: ${seconds(outcome.retryAfterMs)} s (HTTP 429)`);
        await this.deps.sleep(outcome.retryAfterMs);
        continue;
      }
      failures += 1;
      if (failures >= this.options.maxTries) throw new FetchError(`${label}: ${outcome.reason}; ${failures} pogingen mislukt. Probeer het later opnieuw, het ophalen gaat dan verder waar het bleef.`);
      const waitMs = this.options.backoffMs * 2 ** (failures - 1);
      this.deps.log(`${label}: ${outcome.reason}; nieuwe poging ${failures + 1} van ${this.options.maxTries} over ${seconds(waitMs)} s`);
      await this.deps.sleep(waitMs);
    }
  }

  private async pace(): Promise<void> {
    if (this.options.perMinute <= 0) return;
    const due = this.lastRequestAt + 60_000 / this.options.perMinute;
    const waitMs = due - this.deps.now();
    if (waitMs > 0) {
      if (waitMs >= 1_000) this.deps.log(`wachten op de limiet: ${seconds(waitMs)} s`);
      await this.deps.sleep(waitMs);
    }
    this.lastRequestAt = this.deps.now();
  }

  private async attempt(url: string, label: string): Promise<Outcome> {
    let response: Response;
    try {
      response = await this.deps.fetch(url, {
        headers: { authorization: this.connection.authorization, accept: 'application/json' },
        redirect: 'manual',
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
    } catch (e) {
      return { kind: 'failed', reason: `geen verbinding (${this.describe(e)})` };
    }
    const status = response.status;
    if (status === 401 || status === 403) {
      await discard(response);
      throw authFailure(status, this.connection);
    }
    if (status === 429) {
      await discard(response);
      return { kind: 'limited', retryAfterMs: retryAfterMs(response.headers.get('retry-after'), this.deps.now()) };
    }
    if (status >= 500) {
      await discard(response);
      return { kind: 'failed', reason: `serverfout HTTP ${status}` };
    }
    if (status >= 300 && status < 400) {
      await discard(response);
      throw new FetchError(`${label}: de helpdesk stuurt door (HTTP ${status}); inloggegevens gaan alleen naar het opgegeven adres. Zet ${this.connection.names.url} op het adres waar de API zelf staat.`);
    }
    if (status !== 200) {
      const text = await response.text().catch(() => '');
      throw new FetchError(`${label}: de helpdesk antwoordt HTTP ${status}${text ? `: ${redact(text.slice(0, 300).replace(/\s+/g, ' '), this.connection)}` : ''}`);
    }
    let bytes: Buffer;
    try {
      bytes = Buffer.from(await response.arrayBuffer());
    } catch (e) {
      return { kind: 'failed', reason: `verbinding verbroken tijdens het lezen van de pagina (${this.describe(e)})` };
    }
    try {
      return { kind: 'page', page: { bytes, json: JSON.parse(bytes.toString('utf8')) } };
    } catch {
      return { kind: 'failed', reason: `onvolledige pagina ontvangen (${bytes.length} bytes, geen geldige JSON)` };
    }
  }

  private describe(e: unknown): string {
    const err = e as Error & { cause?: { code?: string; message?: string } };
    const text = err.name === 'TimeoutError' ? `geen antwoord binnen ${seconds(this.options.timeoutMs)} s` : (err.cause?.code ?? err.cause?.message ?? err.message ?? String(e));
    return redact(String(text), this.connection);
  }
}

async function discard(response: Response): Promise<void> {
  await response.body?.cancel().catch(() => undefined);
}

/** Retry-After in seconds, or as an HTTP date (RFC 9110 10.2.3); absent or unreadable: a minute. */
export function retryAfterMs(header: string | null, nowMs: number): number {
  const text = header?.trim() ?? '';
  if (/^\d+$/.test(text)) return Number(text) * 1_000;
  const date = Date.parse(text);
  if (text !== '' && Number.isFinite(date)) return Math.max(0, date - nowMs);
  return DEFAULT_RETRY_AFTER_MS;
}

function seconds(ms: number): number {
  return Math.ceil(ms / 1_000);
}
