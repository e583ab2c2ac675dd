// `fetch zendesk|jira` as a function: credentials from the environment, the cache
// folder's state, every stream followed to its end, a summary line. Network, clock and
// sleep come in as `deps`, so tests drive it against a local server without waiting.
import { join } from 'node:path';
import { connectionFromEnv, JIRA_ENV, ZENDESK_ENV } from './credentials.ts';
import { HttpClient, type HttpDeps, type HttpOptions } from './http.ts';
import { jiraStream, prepareJira, type ChangelogCut, type JiraOptions } from './jira.ts';
import { PageStore } from './page-store.ts';
import { runStream, type StreamSpec, type StreamTotals } from './stream.ts';
import { prepareZendesk, type ZendeskOptions } from './zendesk.ts';

export type FetchRequest =
  | { helpdesk: 'zendesk'; cacheDir: string; http: HttpOptions; options: ZendeskOptions }
  | { helpdesk: 'jira'; cacheDir: string; http: HttpOptions; options: JiraOptions };

export async function fetchHelpdesk(request: FetchRequest, env: NodeJS.ProcessEnv, deps: HttpDeps): Promise<StreamTotals[]> {
  const connection = connectionFromEnv(env, request.helpdesk === 'zendesk' ? ZENDESK_ENV : JIRA_ENV);
  const store = new PageStore(join(request.cacheDir, request.helpdesk));
  const state = store.readState();
  for (const name of store.removeLeftovers()) deps.log(`Half geschreven bestand van een afgebroken ophaalronde verwijderd: ${name}`);
  const cut: ChangelogCut = { keys: [] };
  let streams: StreamSpec[];
  let starts: string[];
  if (request.helpdesk === 'zendesk') {
    const prepared = prepareZendesk(state, store, request.options, deps.now());
    for (const label of prepared.upToDate) deps.log(`${label}: al bijgewerkt (de vorige keer is minder dan een minuut geleden).`);
    streams = prepared.run;
    starts = prepared.starts;
  } else {
    starts = [prepareJira(state, store, request.options, deps.now())];
    streams = [jiraStream(request.options, cut)];
  }
  if (streams.length > 0) store.writeState(state);
  deps.log(`Ophalen van ${connection.base} naar ${store.dir}`);
  for (const line of starts) deps.log(line);
  const http = new HttpClient(connection, request.http, deps);
  const totals: StreamTotals[] = [];
  for (const spec of streams) totals.push(await runStream(spec, http, store, state, deps.log));
  const parts = totals.map((t) => `${t.label}: ${t.pages} ${t.pages === 1 ? 'pagina' : "pagina's"}, ${t.items} ${t.itemWord}`);
  deps.log(`Klaar. ${parts.length > 0 ? parts.join('; ') : 'niets nieuws'}. Stand: ${store.statePath}`);
  if (cut.keys.length > 0) {
    const shown = cut.keys.slice(0, 10).join(', ');
    deps.log(`Let op: van ${cut.keys.length} issue(s) gaf de zoekopdracht niet de hele wijzigingsgeschiedenis mee (changelog afgekapt): ${shown}${cut.keys.length > 10 ? ', ...' : ''}. Hun wachttijden zijn dan onvolledig.`);
  }
  return totals;
}
