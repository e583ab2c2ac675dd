// fetch zendesk against a local Zendesk in the documented shapes: every page saved once,
// exactly as served, the state pointing at where to go on; rate limits honoured; server
// errors, cut connections and a repeated cursor handled; resumable and incremental.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FetchError, SetupError } from '../../src/fetch/fetch-error.ts';
import type { FetchRequest } from '../../src/fetch/fetch-run.ts';
import type { ZendeskOptions } from '../../src/fetch/zendesk.ts';
import { bodyOf, startFakeHelpdesk, type FakeHelpdesk } from './support/fake-helpdesk.ts';
import { filesIn, harness, tempCache, TEST_HTTP } from './support/harness.ts';
import { BASIC, E1, E2, EMAIL, eventPage, SINCE, ticketPage, TOKEN, zendesk } from './support/zendesk-pages.ts';

let server: FakeHelpdesk;
let cache: string;
let env: Record<string, string>;

beforeEach(async () => {
  server = await startFakeHelpdesk();
  server.answer(zendesk);
  cache = tempCache();
  env = { ZENDESK_URL: server.url, ZENDESK_EMAIL: EMAIL, ZENDESK_API_TOKEN: TOKEN };
});
afterEach(async () => {
  await server.close();
  rmSync(cache, { recursive: true, force: true });
});

const zendeskRequest = (options: ZendeskOptions): FetchRequest => ({ helpdesk: 'zendesk', cacheDir: cache, http: TEST_HTTP, options });
const first = () => zendeskRequest({ since: SINCE, includeOrganizations: false });
const again = () => zendeskRequest({ includeOrganizations: false });
const saved = (name: string) => readFileSync(join(cache, 'zendesk', name), 'utf8');
const state = () => JSON.parse(saved('state.json'));
const asked = () => server.seen.map((s) => `${s.path.split('/').at(-1)}?${s.query.toString()}`);

describe('fetch zendesk: a whole export', () => {
  it('saves three ticket pages and two event pages exactly as served, and where each stream goes on', async () => {
    const h = harness();
    const totals = await h.run(first(), env);
    // Requests by hand: tickets from --since, then the after_cursor of each page (never
    // after_url, which points elsewhere); events from --since, then end_time E1.
    expect(asked()).toEqual([
      `cursor.json?start_time=${SINCE}`,
      'cursor.json?cursor=c1',
      'cursor.json?cursor=c2',
      `ticket_events.json?start_time=${SINCE}`,
      `ticket_events.json?start_time=${E1}`,
    ]);
    expect(server.seen.every((s) => s.authorization === BASIC)).toBe(true);
    expect(saved('tickets-000001.json')).toBe(bodyOf(ticketPage(1, 'c1', false)));
    expect(saved('tickets-000003.json')).toBe(bodyOf(ticketPage(3, 'c3', true)));
    expect(saved('ticket_events-000001.json')).toBe(bodyOf(eventPage(SINCE, E1, false)));
    expect(saved('ticket_events-000002.json')).toBe(bodyOf(eventPage(E1, E2, true)));
    expect([...filesIn(cache).keys()].sort()).toEqual(
      ['state.json', 'tickets-000001.json', 'tickets-000002.json', 'tickets-000003.json', 'ticket_events-000001.json', 'ticket_events-000002.json'].map((f) => join('zendesk', f)).sort(),
    );
    expect(state().streams.tickets).toMatchObject({ pages: 3, complete: true, cursor: 'c3' });
    expect(state().streams.ticket_events).toMatchObject({ pages: 2, complete: true, startTime: E2 });
    // 3 pages of 2 tickets, 2 pages of 1 event.
    expect(totals.map((t) => [t.pages, t.items])).toEqual([[3, 6], [2, 2]]);
    expect(h.log.at(-1)).toMatch(/^Klaar\. Zendesk tickets: 3 pagina's, 6 tickets; Zendesk ticket_events: 2 pagina's, 2 events\./);
  });

  it('paces requests to 10 a minute: 6 s between requests, said on standard error', async () => {
    const h = harness();
    await h.run(first(), env);
    // Five requests, the clock only moves by sleeping: the first goes at once, each next one 60/10 = 6 s later.
    expect(h.sleeps).toEqual([6000, 6000, 6000, 6000]);
    expect(h.log.filter((l) => l === 'wachten op de limiet: 6 s')).toHaveLength(4);
  });

  it('asks for side-loaded organizations on every ticket page with --include-organizations', async () => {
    await harness().run(zendeskRequest({ since: SINCE, includeOrganizations: true }), env);
    const ticketRequests = server.seen.filter((s) => s.path.endsWith('cursor.json'));
    expect(ticketRequests.map((s) => s.query.get('include'))).toEqual(['organizations', 'organizations', 'organizations']);
  });

  it('never writes the token, the basic-auth value or the e-mail address to the cache or the progress lines', async () => {
    const h = harness();
    await h.run(first(), env);
    const text = [...filesIn(cache).values(), ...h.log].join('\n');
    for (const secret of [TOKEN, BASIC.slice(6), EMAIL]) expect(text).not.toContain(secret);
  });
});

describe('fetch zendesk: limits and failures', () => {
  it('waits the Retry-After of a 429 and then saves the page once', async () => {
    let limited = false;
    server.answer((seen) => {
      if (seen.query.get('cursor') === 'c1' && !limited) {
        limited = true;
        return { status: 429, headers: { 'retry-after': '93' }, body: 'Too Many Requests' };
      }
      return zendesk(seen);
    });
    const h = harness();
    await h.run(first(), env);
    expect(h.sleeps).toContain(93_000);
    expect(h.log).toContain('wachten op de limiet: 93 s (HTTP 429)');
    expect(asked().filter((a) => a === 'cursor.json?cursor=c1')).toHaveLength(2);
    expect(state().streams.tickets.pages).toBe(3);
  });

  it('stops instead of sleeping an hour when Retry-After is longer than 15 minutes; a later run goes on', async () => {
    server.answer((seen) => (seen.query.get('cursor') === 'c1' ? { status: 429, headers: { 'retry-after': '3600' } } : zendesk(seen)));
    const h = harness();
    await expect(h.run(first(), env)).rejects.toThrow('Zendesk tickets, pagina 2: de helpdesk vraagt 3600 s te wachten (HTTP 429)');
    expect(h.sleeps).not.toContain(3_600_000);
    expect(state().streams.tickets).toMatchObject({ pages: 1, cursor: 'c1' });
  });

  it('never follows a redirect: the credentials go only to the configured address', async () => {
    server.answer(() => ({ status: 302, headers: { location: 'http://127.0.0.2:9/api' } }));
    await expect(harness().run(first(), env)).rejects.toThrow(/de helpdesk stuurt door \(HTTP 302\)/);
    expect(server.seen).toHaveLength(1);
  });

  it('retries a 500 after a backoff and saves the page that follows', async () => {
    let failed = false;
    server.answer((seen) => {
      if (seen.query.get('cursor') === 'c2' && !failed) {
        failed = true;
        return { status: 500, body: 'Internal Server Error' };
      }
      return zendesk(seen);
    });
    const h = harness();
    await h.run(first(), env);
    expect(h.log).toContain('Zendesk tickets, pagina 3: serverfout HTTP 500; nieuwe poging 2 van 5 over 1 s');
    expect(saved('tickets-000003.json')).toBe(bodyOf(ticketPage(3, 'c3', true)));
    expect(existsSync(join(cache, 'zendesk', 'tickets-000004.json'))).toBe(false);
  });

  it('stops after five 503s in a row, keeping the pages before and where to go on', async () => {
    server.answer((seen) => (seen.query.get('cursor') === 'c2' ? { status: 503 } : zendesk(seen)));
    const h = harness();
    await expect(h.run(first(), env)).rejects.toThrow(/Zendesk tickets, pagina 3: serverfout HTTP 503; 5 pogingen mislukt/);
    expect(asked().filter((a) => a === 'cursor.json?cursor=c2')).toHaveLength(5);
    // Backoff 1 s doubling between the five tries: 1, 2, 4, 8 s (the 6 s pacing tops up the shorter ones).
    expect(h.log.filter((l) => l.includes('nieuwe poging')).map((l) => l.replace(/^.*nieuwe poging /, ''))).toEqual(['2 van 5 over 1 s', '3 van 5 over 2 s', '4 van 5 over 4 s', '5 van 5 over 8 s']);
    expect(state().streams.tickets).toMatchObject({ pages: 2, complete: false, cursor: 'c2' });
  });

  it('fetches a page again when the connection is cut mid-body, and saves it whole', async () => {
    let cut = false;
    server.answer((seen) => {
      if (seen.query.get('cursor') === 'c1' && !cut) {
        cut = true;
        return { cutAfter: 40, json: ticketPage(2, 'c2', false) };
      }
      return zendesk(seen);
    });
    const h = harness();
    await h.run(first(), env);
    expect(h.log.some((l) => l.startsWith('Zendesk tickets, pagina 2: verbinding verbroken tijdens het lezen van de pagina'))).toBe(true);
    expect(saved('tickets-000002.json')).toBe(bodyOf(ticketPage(2, 'c2', false)));
    expect(state().streams.tickets.pages).toBe(3);
  });

  it('retries a page that arrives cut off without the connection failing (not valid JSON)', async () => {
    let cut = false;
    server.answer((seen) => {
      if (seen.query.get('start_time') === String(E1) && !cut) {
        cut = true;
        return { body: bodyOf(eventPage(E1, E2, true)).slice(0, 50) };
      }
      return zendesk(seen);
    });
    const h = harness();
    await h.run(first(), env);
    expect(h.log.some((l) => /ticket_events, pagina 2: onvolledige pagina ontvangen \(50 bytes, geen geldige JSON\)/.test(l))).toBe(true);
    expect(saved('ticket_events-000002.json')).toBe(bodyOf(eventPage(E1, E2, true)));
  });

  it('stops when the server hands out the same cursor again, without saving that page', async () => {
    server.answer((seen) => (seen.query.get('cursor') === 'c2' ? { json: ticketPage(3, 'c2', false) } : zendesk(seen)));
    const h = harness();
    const error = await h.run(first(), env).catch((e) => e);
    expect(error).toBeInstanceOf(FetchError);
    expect(error.message).toMatch(/Zendesk tickets: de helpdesk wijst opnieuw naar dezelfde cursor zonder het einde te melden/);
    expect(asked().filter((a) => a === 'cursor.json?cursor=c2')).toHaveLength(1);
    expect(existsSync(join(cache, 'zendesk', 'tickets-000003.json'))).toBe(false);
    expect(state().streams.tickets).toMatchObject({ pages: 2, cursor: 'c2', complete: false });
  });

  it('stops when the event export repeats its end_time without end_of_stream', async () => {
    server.answer((seen) => (seen.query.get('start_time') === String(E1) ? { json: eventPage(E1, E1, false) } : zendesk(seen)));
    await expect(harness().run(first(), env)).rejects.toThrow(`Zendesk ticket_events: de helpdesk wijst opnieuw naar hetzelfde tijdstip (end_time ${E1})`);
    expect(state().streams.ticket_events).toMatchObject({ pages: 1, startTime: E1 });
  });

  it('stops at once on wrong credentials, naming the variables, and saves nothing', async () => {
    const h = harness();
    const error = await h.run(first(), { ...env, ZENDESK_API_TOKEN: 'wrong-token-0000' }).catch((e) => e);
    expect(error).toBeInstanceOf(FetchError);
    expect(error.kind).toBe('auth');
    expect(error.message).toContain('HTTP 401');
    expect(error.message).toContain('ZENDESK_EMAIL en ZENDESK_API_TOKEN');
    expect(error.message).not.toContain('wrong-token-0000');
    expect(server.seen).toHaveLength(1);
    expect([...filesIn(cache).keys()].filter((f) => f.endsWith('.json') && !f.endsWith('state.json'))).toEqual([]);
  });
});

describe('fetch zendesk: resumable and incremental', () => {
  it('goes on after an interruption from the last saved page: pages 3.. fetched, none twice', async () => {
    // First run: page 3 never arrives whole (the connection is cut every time), so the run stops after page 2.
    server.answer((seen) => (seen.query.get('cursor') === 'c2' ? { cutAfter: 10, json: ticketPage(3, 'c3', true) } : zendesk(seen)));
    await expect(harness().run(first(), env)).rejects.toThrow(FetchError);
    expect(state().streams.tickets).toMatchObject({ pages: 2, cursor: 'c2' });
    const before = server.seen.length;
    server.answer(zendesk);
    const h = harness();
    await h.run(again(), env);
    expect(h.log).toContain('Zendesk tickets: verder waar het vorige ophalen bleef (na pagina 2)');
    expect(asked().slice(before)).toEqual(['cursor.json?cursor=c2', `ticket_events.json?start_time=${SINCE}`, `ticket_events.json?start_time=${E1}`]);
    expect([...filesIn(cache).keys()].filter((f) => f.includes('tickets-')).sort()).toEqual(['zendesk/tickets-000001.json', 'zendesk/tickets-000002.json', 'zendesk/tickets-000003.json']);
  });

  it('replaces a page left by a run killed between saving the page and saving the state', async () => {
    await harness().run(first(), env);
    // As if killed after writing page 3 but before the state said so: the state points at c2.
    const s = state();
    s.streams.tickets = { ...s.streams.tickets, pages: 2, cursor: 'c2', complete: false };
    writeFileSync(join(cache, 'zendesk', 'state.json'), JSON.stringify(s));
    writeFileSync(join(cache, 'zendesk', 'tickets-000003.json'), '{"tickets": [');
    await harness().run(again(), env);
    expect(saved('tickets-000003.json')).toBe(bodyOf(ticketPage(3, 'c3', true)));
    expect(existsSync(join(cache, 'zendesk', 'tickets-000004.json'))).toBe(false);
  });

  it('removes the temporary file of a write cut off by a kill, and nothing else', async () => {
    await harness().run(first(), env);
    writeFileSync(join(cache, 'zendesk', 'tickets-000004.json.4242.tmp'), '{"tick');
    writeFileSync(join(cache, 'zendesk', 'notities.txt'), 'eigen bestand');
    const h = harness();
    await h.run(again(), env);
    expect(h.log).toContain('Half geschreven bestand van een afgebroken ophaalronde verwijderd: tickets-000004.json.4242.tmp');
    expect(existsSync(join(cache, 'zendesk', 'tickets-000004.json.4242.tmp'))).toBe(false);
    expect(saved('notities.txt')).toBe('eigen bestand');
  });

  it("next month's fetch asks only for what is new: the last after_cursor and end_time", async () => {
    await harness().run(first(), env);
    const before = server.seen.length;
    const h = harness('2026-12-02T03:00:00Z');
    await h.run(again(), env);
    expect(h.log).toContain('Zendesk tickets: wat nieuw is sinds de vorige keer');
    expect(asked().slice(before)).toEqual(['cursor.json?cursor=c3', `ticket_events.json?start_time=${E2}`]);
    expect(saved('tickets-000004.json')).toBe(bodyOf(ticketPage(4, null, true)));
    expect(saved('ticket_events-000003.json')).toBe(bodyOf(eventPage(E2, E2 + 60, true)));
    // Page 4 had no after_cursor (nothing to point at): the position stays c3.
    expect(state().streams.tickets).toMatchObject({ pages: 4, cursor: 'c3', complete: true });
    expect(state().streams.ticket_events).toMatchObject({ pages: 3, startTime: E2 + 60, complete: true });
  });

  it('needs --since the first time and refuses it once a state exists', async () => {
    await expect(harness().run(again(), env)).rejects.toThrow(SetupError);
    expect(server.seen).toHaveLength(0);
    await harness().run(first(), env);
    await expect(harness().run(first(), env)).rejects.toThrow(/er is al een stand in .*state\.json/);
  });

  it('numbers after pages already in the folder when there is no state for them', async () => {
    mkdirSync(join(cache, 'zendesk'), { recursive: true });
    writeFileSync(join(cache, 'zendesk', 'tickets-000007.json'), '{}');
    await harness().run(first(), env);
    expect(saved('tickets-000008.json')).toBe(bodyOf(ticketPage(1, 'c1', false)));
    expect(saved('tickets-000007.json')).toBe('{}');
    expect(state().streams.tickets.pages).toBe(10);
  });
});
