// fetch jira against a local Jira: pages followed by nextPageToken until isLast (or by
// startAt until total on the older search), each issue with its changelog; a repeated
// token stops; the next run adds `updated >= <day before the last run>` to the query.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FetchError, SetupError } from '../../src/fetch/fetch-error.ts';
import type { FetchRequest } from '../../src/fetch/fetch-run.ts';
import { BASE_FIELDS, effectiveJql, type JiraOptions } from '../../src/fetch/jira.ts';
import { bodyOf, startFakeHelpdesk, type FakeHelpdesk } from './support/fake-helpdesk.ts';
import { filesIn, harness, tempCache, TEST_HTTP } from './support/harness.ts';
import { BASIC, EMAIL, issue, jira, jqlPage, TOKEN } from './support/jira-pages.ts';

let server: FakeHelpdesk;
let cache: string;
let env: Record<string, string>;

beforeEach(async () => {
  server = await startFakeHelpdesk();
  server.answer(jira);
  cache = tempCache();
  env = { JIRA_URL: server.url, JIRA_EMAIL: EMAIL, JIRA_API_TOKEN: TOKEN };
});
afterEach(async () => {
  await server.close();
  rmSync(cache, { recursive: true, force: true });
});

const JQL = 'project = SUP ORDER BY created ASC';
const request = (options: Partial<JiraOptions> = {}): FetchRequest => ({
  helpdesk: 'jira',
  cacheDir: cache,
  http: { ...TEST_HTTP, perMinute: 0 },
  options: { jql: JQL, extraFields: [], api: 'jql', pageSize: 100, ...options },
});
const saved = (name: string) => readFileSync(join(cache, 'jira', name), 'utf8');
const state = () => JSON.parse(saved('state.json')).streams.search;

describe('fetch jira: /rest/api/3/search/jql', () => {
  it('follows nextPageToken until isLast, with the changelog and the fields asked for', async () => {
    const totals = await harness().run(request({ extraFields: ['customfield_10010', 'status'] }), env);
    expect(server.seen.map((s) => s.query.get('nextPageToken'))).toEqual([null, 't1']);
    const q = server.seen[0].query;
    expect(server.seen[0].path).toBe('/rest/api/3/search/jql');
    expect(server.seen[0].authorization).toBe(BASIC);
    expect(q.get('jql')).toBe(JQL);
    expect(q.get('expand')).toBe('changelog');
    expect(q.get('maxResults')).toBe('100');
    // The fixed fields, then the extra one; "status" is already among them and is asked once.
    expect(q.get('fields')).toBe([...BASE_FIELDS, 'customfield_10010'].join(','));
    expect(saved('search-000001.json')).toBe(bodyOf(jqlPage([1, 2], 't1', false)));
    expect(saved('search-000002.json')).toBe(bodyOf(jqlPage([3], undefined, true)));
    expect(state()).toMatchObject({ pages: 2, complete: true, jql: JQL, api: 'jql' });
    expect(state().nextPageToken).toBeUndefined();
    expect(totals.map((t) => [t.pages, t.items])).toEqual([[2, 3]]);
  });

  it('stops when the same nextPageToken comes back without isLast', async () => {
    server.answer((seen) => (seen.query.get('nextPageToken') === 't1' ? { json: jqlPage([3], 't1', false) } : jira(seen)));
    const error = await harness().run(request(), env).catch((e) => e);
    expect(error).toBeInstanceOf(FetchError);
    expect(error.message).toContain('Jira issues: de helpdesk wijst opnieuw naar dezelfde nextPageToken zonder het einde te melden (isLast)');
    expect(server.seen).toHaveLength(2);
    expect(state()).toMatchObject({ pages: 1, nextPageToken: 't1', complete: false });
  });

  it('resumes an interrupted run with the saved nextPageToken and the saved query', async () => {
    server.answer((seen) => (seen.query.get('nextPageToken') === 't1' ? { status: 502 } : jira(seen)));
    await expect(harness().run(request(), env)).rejects.toThrow(/Jira issues, pagina 2: serverfout HTTP 502; 5 pogingen mislukt/);
    server.answer(jira);
    const before = server.seen.length;
    await harness().run(request({ jql: undefined }), env);
    expect(server.seen.slice(before).map((s) => [s.query.get('nextPageToken'), s.query.get('jql')])).toEqual([['t1', JQL]]);
    expect(state()).toMatchObject({ pages: 2, complete: true });
  });

  it('continues the next month with updated >= the day before the last run began', async () => {
    await harness('2026-11-02T03:00:00Z').run(request(), env);
    const before = server.seen.length;
    const h = harness('2026-12-02T03:00:00Z');
    await h.run(request({ jql: undefined }), env);
    expect(h.log).toContain('Jira issues: wat nieuw is sinds de vorige keer (updated >= "2026-11-01")');
    // Last run began 2026-11-02T03:00Z; a day earlier is 2026-11-01 (covers any Jira user's zone).
    expect(server.seen[before].query.get('jql')).toBe('(project = SUP) AND updated >= "2026-11-01" ORDER BY created ASC');
    expect(server.seen[before].query.get('nextPageToken')).toBeNull();
    expect(state()).toMatchObject({ pages: 4, complete: true, since: '2026-11-01', runStartedAt: '2026-12-02T03:00:00.000Z' });
  });

  it('needs --jql the first time and refuses another query for a saved state', async () => {
    await expect(harness().run(request({ jql: undefined }), env)).rejects.toThrow(SetupError);
    await harness().run(request(), env);
    await expect(harness().run(request({ jql: 'project = OTHER' }), env)).rejects.toThrow(/hoort bij een andere zoekvraag/);
  });

  it('warns about issues whose changelog the search cut off', async () => {
    server.answer(() => ({ json: { issues: [issue(1), issue(2, 2, 140)], isLast: true } }));
    const h = harness();
    await h.run(request(), env);
    expect(h.log.at(-1)).toBe('Let op: van 1 issue(s) gaf de zoekopdracht niet de hele wijzigingsgeschiedenis mee (changelog afgekapt): SUP-2. Hun wachttijden zijn dan onvolledig.');
  });

  it('stops at once on wrong credentials naming JIRA_EMAIL and JIRA_API_TOKEN', async () => {
    const error = await harness().run(request(), { ...env, JIRA_EMAIL: 'iemand@elders.example' }).catch((e) => e);
    expect(error.kind).toBe('auth');
    expect(error.message).toContain('JIRA_EMAIL en JIRA_API_TOKEN');
    expect([...filesIn(cache).keys()]).toEqual(['jira/state.json']);
  });
});

describe('fetch jira: /rest/api/2/search (startAt, total)', () => {
  it('pages by startAt until total: three issues two at a time are two pages', async () => {
    await harness().run(request({ api: 'search', pageSize: 2 }), env);
    expect(server.seen.map((s) => [s.path, s.query.get('startAt'), s.query.get('maxResults')])).toEqual([
      ['/rest/api/2/search', '0', '2'],
      ['/rest/api/2/search', '2', '2'],
    ]);
    expect(state()).toMatchObject({ pages: 2, complete: true, api: 'search' });
  });

  it('stops on an empty page before total instead of asking again and again', async () => {
    server.answer((seen) => ({ json: { startAt: Number(seen.query.get('startAt')), maxResults: 2, total: 5, issues: Number(seen.query.get('startAt')) === 0 ? [issue(1), issue(2)] : [] } }));
    await expect(harness().run(request({ api: 'search', pageSize: 2 }), env)).rejects.toThrow(/lege pagina bij startAt 2 terwijl er 5 zijn/);
    expect(server.seen).toHaveLength(2);
  });
});

describe('the query of an incremental run', () => {
  const cases = [
    { name: 'first run: the query as given', jql: 'project = SUP', since: undefined, expected: 'project = SUP' },
    { name: 'bound added in brackets, so an OR stays inside', jql: 'project = SUP OR project = OPS', since: '2026-11-01', expected: '(project = SUP OR project = OPS) AND updated >= "2026-11-01"' },
    { name: 'ORDER BY stays last, in any case', jql: 'project = SUP order by created', since: '2026-11-01', expected: '(project = SUP) AND updated >= "2026-11-01" order by created' },
    { name: 'a query that only orders', jql: 'ORDER BY key', since: '2026-11-01', expected: 'updated >= "2026-11-01" ORDER BY key' },
  ];
  for (const c of cases) it(c.name, () => expect(effectiveJql(c.jql, c.since)).toBe(c.expected));
});
