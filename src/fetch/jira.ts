// Jira's issue search with each issue's changelog, saved page by page as `search-NNNNNN.json`:
// - `--api jql` (default, Jira Cloud): GET /rest/api/3/search/jql?jql=..&fields=..&expand=changelog
//   &maxResults=..[&nextPageToken=..]; a page holds `issues` (each with `fields` and
//   `changelog.histories[].items[]`), `nextPageToken` and `isLast`.
// - `--api search` (Jira Data Center/Server): GET /rest/api/2/search?..&startAt=N; a page holds
//   `startAt`, `maxResults`, `total`, `issues`. Jira Cloud removed /rest/api/{2,3}/search in 2025
//   (Atlassian changelog CHANGE-2046, "410 Gone"); Data Center has only the v2 path, hence v2.
// Shapes checked against Atlassian's REST v3 reference as generated into jira.js
// (SearchAndReconcileResults: issues, nextPageToken, isLast; the token is null on the last
// page and expires after 7 days) and the jira_v3_openapi crate docs. The new search returns only
// issue ids unless `fields` names more, so the fields are always given.
// The search's changelog is cut off at its own maxResults (`changelog.total` larger than the
// histories given); such issues are counted and named in a warning.
import { FetchError, SetupError } from './fetch-error.ts';
import type { FetchState, PageStore } from './page-store.ts';
import { pageObject, shapeError, type StreamSpec } from './stream.ts';

export type JiraApi = 'jql' | 'search';

export interface JiraOptions {
  /** The query; required on the first fetch, the saved one is used after that. */
  jql?: string;
  /** Fields besides BASE_FIELDS (custom fields for debiteurnummer, product, ...). */
  extraFields: string[];
  api: JiraApi;
  pageSize: number;
}

/** What any reading of a Jira history needs; the mapping's custom fields come with --fields. */
export const BASE_FIELDS = ['created', 'updated', 'resolutiondate', 'resolution', 'status', 'priority', 'issuetype', 'project', 'components', 'labels'];

const STREAM = 'search';

/** Issues whose changelog the search cut off, per run. */
export interface ChangelogCut {
  keys: string[];
}

export function jiraStream(options: JiraOptions, cut: ChangelogCut): StreamSpec {
  const label = 'Jira issues';
  const asked = new Set<string>();
  const fields = [...new Set([...BASE_FIELDS, ...options.extraFields])].join(',');
  return {
    name: STREAM,
    label,
    itemWord: 'issues',
    request(state) {
      const query = new URLSearchParams({ jql: effectiveJql(state.jql ?? '', state.since), fields, expand: 'changelog', maxResults: String(options.pageSize) });
      if (options.api === 'search') {
        query.set('startAt', String(state.startAt ?? 0));
        return { path: '/rest/api/2/search', query };
      }
      if (state.nextPageToken !== undefined) {
        asked.add(state.nextPageToken);
        query.set('nextPageToken', state.nextPageToken);
      }
      return { path: '/rest/api/3/search/jql', query };
    },
    advance(json, state) {
      const page = pageObject(json, label);
      if (!Array.isArray(page.issues)) throw shapeError(label, '"issues" ontbreekt');
      noteCutChangelogs(page.issues, cut);
      if (options.api === 'search') {
        const startAt = state.startAt ?? 0;
        if (typeof page.total !== 'number') throw shapeError(label, '"total" ontbreekt');
        const next = startAt + page.issues.length;
        const end = next >= page.total;
        if (!end && page.issues.length === 0) throw new FetchError(`${label}: de helpdesk geeft een lege pagina bij startAt ${startAt} terwijl er ${page.total} zijn; het ophalen stopt om niet eindeloos dezelfde pagina op te vragen.`);
        return { items: page.issues.length, next: { ...state, startAt: end ? undefined : next }, end };
      }
      const token = typeof page.nextPageToken === 'string' && page.nextPageToken !== '' ? page.nextPageToken : undefined;
      const end = page.isLast === true || (page.isLast === undefined && token === undefined);
      if (!end) {
        if (token === undefined) throw shapeError(label, 'geen "nextPageToken" terwijl "isLast" false is');
        if (asked.has(token)) throw new FetchError(`${label}: de helpdesk wijst opnieuw naar dezelfde nextPageToken zonder het einde te melden (isLast); het ophalen stopt om niet eindeloos dezelfde pagina's op te halen. De pagina's tot hier zijn opgeslagen.`);
      }
      return { items: page.issues.length, next: { ...state, nextPageToken: end ? undefined : token }, end };
    },
  };
}

function noteCutChangelogs(issues: unknown[], cut: ChangelogCut): void {
  for (const issue of issues) {
    const changelog = (issue as { changelog?: { total?: unknown; histories?: unknown } } | null)?.changelog;
    if (changelog && typeof changelog.total === 'number' && Array.isArray(changelog.histories) && changelog.total > changelog.histories.length) {
      cut.keys.push(String((issue as { key?: unknown }).key ?? (issue as { id?: unknown }).id ?? '?'));
    }
  }
}

/**
 * The query of a run: the user's JQL, and from the second run on `updated >= "<date>"` with
 * the date one day before the previous run began (JQL dates are read in the Jira user's own
 * time zone; a day earlier covers every zone). An ORDER BY stays at the end.
 */
export function effectiveJql(jql: string, since: string | undefined): string {
  if (since === undefined) return jql;
  const order = /\border\s+by\b/i.exec(jql);
  const where = (order ? jql.slice(0, order.index) : jql).trim();
  const orderBy = order ? ` ${jql.slice(order.index).trim()}` : '';
  const bound = `updated >= "${since}"`;
  return `${where === '' ? bound : `(${where}) AND ${bound}`}${orderBy}`;
}

/** Gets the stream ready: a first run, a resumed one, or the next incremental one; says which. */
export function prepareJira(state: FetchState, store: PageStore, options: JiraOptions, nowMs: number): string {
  const current = state.streams[STREAM];
  const now = new Date(nowMs).toISOString();
  if (current === undefined) {
    if (options.jql === undefined || options.jql.trim() === '') throw new SetupError('de eerste keer ophalen heeft een zoekvraag nodig: --jql "project = SUP ORDER BY created".');
    state.streams[STREAM] = { pages: store.highestPage(STREAM), complete: false, jql: options.jql, api: options.api, runStartedAt: now };
    return 'Jira issues: eerste keer';
  }
  if (options.jql !== undefined && options.jql !== current.jql) {
    throw new SetupError(`de stand in ${store.statePath} hoort bij een andere zoekvraag (${current.jql}); laat --jql weg om die voort te zetten, of kies een andere --cache.`);
  }
  if ((current.api ?? 'jql') !== options.api) {
    throw new SetupError(`de stand in ${store.statePath} is opgehaald met --api ${current.api ?? 'jql'}; gebruik die weer, of kies een andere --cache.`);
  }
  if (!current.complete) return `Jira issues: verder waar het vorige ophalen bleef (na pagina ${current.pages})`;
  const previous = Date.parse(current.runStartedAt ?? '');
  const since = Number.isFinite(previous) ? new Date(previous - 86_400_000).toISOString().slice(0, 10) : undefined;
  state.streams[STREAM] = { ...current, complete: false, since, nextPageToken: undefined, startAt: undefined, runStartedAt: now };
  return `Jira issues: wat nieuw is sinds de vorige keer${since === undefined ? '' : ` (updated >= "${since}")`}`;
}
