// The request layer's small rules: reading Retry-After, and which base URLs may carry credentials.
import { describe, expect, it } from 'vitest';
import { connectionFromEnv, ConnectionError, redact, ZENDESK_ENV } from '../../src/fetch/credentials.ts';
import { retryAfterMs } from '../../src/fetch/http.ts';

describe('Retry-After', () => {
  const now = Date.parse('2026-11-02T10:00:00Z');
  const cases = [
    { name: 'seconds, as Zendesk sends it', header: '93', expected: 93_000 },
    { name: 'zero seconds: go on at once', header: '0', expected: 0 },
    { name: 'an HTTP date 30 s ahead', header: 'Mon, 02 Nov 2026 10:00:30 GMT', expected: 30_000 },
    { name: 'an HTTP date already past: no wait', header: 'Mon, 02 Nov 2026 09:59:00 GMT', expected: 0 },
    { name: 'absent: a minute, the span of the per-minute limits', header: null, expected: 60_000 },
    { name: 'unreadable: a minute', header: 'soon', expected: 60_000 },
  ];
  for (const c of cases) it(c.name, () => expect(retryAfterMs(c.header, now)).toBe(c.expected));
});

describe('the base URL and credentials', () => {
  const env = (url: string) => ({ ZENDESK_URL: url, ZENDESK_EMAIL: 'a@praktijk.example', ZENDESK_API_TOKEN: 'tok-12345' });

  it('builds the basic-auth value email/token:TOKEN and drops a trailing slash', () => {
    const c = connectionFromEnv(env('https://praktijk.zendesk.example/'), ZENDESK_ENV);
    expect(c.base).toBe('https://praktijk.zendesk.example');
    // base64("a@praktijk.example/token:tok-12345"), by `printf ... | base64`.
    expect(c.authorization).toBe('Basic YUBwcmFrdGlqay5leGFtcGxlL3Rva2VuOnRvay0xMjM0NQ==');
  });

  const refused = [
    { name: 'plain http to another host', url: 'http://praktijk.zendesk.example', message: /moet met https:\/\/ beginnen/ },
    { name: 'credentials inside the URL', url: 'https://a:b@praktijk.zendesk.example', message: /bevat inloggegevens/ },
    { name: 'a query string', url: 'https://praktijk.zendesk.example/?x=1', message: /mag geen \? of # bevatten/ },
    { name: 'no URL at all', url: 'praktijk', message: /is geen URL/ },
  ];
  for (const c of refused) {
    it(`refuses ${c.name}`, () => {
      expect(() => connectionFromEnv(env(c.url), ZENDESK_ENV)).toThrow(ConnectionError);
      expect(() => connectionFromEnv(env(c.url), ZENDESK_ENV)).toThrow(c.message);
    });
  }

  it('allows plain http only to this machine (tests)', () => {
    expect(connectionFromEnv(env('http://127.0.0.1:8080'), ZENDESK_ENV).base).toBe('http://127.0.0.1:8080');
  });

  it('redacts the token and the basic-auth value from any text', () => {
    const c = connectionFromEnv(env('https://praktijk.zendesk.example'), ZENDESK_ENV);
    expect(redact(`token tok-12345 and ${c.authorization}`, c)).toBe('token *** and Basic ***');
  });
});
