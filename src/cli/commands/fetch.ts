// `sla-rapport fetch zendesk|jira`: saves the helpdesk's status histories, page by page as
// the API gives them, in a cache folder, so a build reads from disk and never needs the
// network. Credentials come from the environment only. Exit 0 done, 1 the helpdesk refused
// or the fetch stopped (pages so far are kept; a next run goes on), 2 usage.
import { DateTime } from 'luxon';
import { ConnectionError } from '../../fetch/credentials.ts';
import { FetchError, SetupError } from '../../fetch/fetch-error.ts';
import { fetchHelpdesk, type FetchRequest } from '../../fetch/fetch-run.ts';
import { DEFAULT_HTTP } from '../../fetch/http.ts';
import type { JiraApi } from '../../fetch/jira.ts';
import { EXIT, UsageError, parseCommand, helpRequested } from '../args.ts';

const spec = {
  name: 'fetch',
  summary: 'Haalt de statushistorie op uit de API van Zendesk of Jira en bewaart elke pagina in een cachemap.',
  usage: 'fetch zendesk|jira [--cache DIR] [--since JJJJ-MM-DD] [--jql JQL] [--fields LIJST] [--api jql|search] [--per-minute N]',
  options: {
    cache: { type: 'string' },
    since: { type: 'string' },
    'include-organizations': { type: 'boolean' },
    jql: { type: 'string' },
    fields: { type: 'string' },
    api: { type: 'string' },
    'per-minute': { type: 'string' },
    'page-size': { type: 'string' },
  },
  help: {
    cache: 'map voor de pagina\'s en de stand (standaard data/cache); per helpdesk een eigen submap',
    since: 'alleen de eerste keer: wijzigingen vanaf deze datum (Europe/Amsterdam) of dit tijdstip (ISO 8601); daarna gaat het verder waar het bleef',
    'include-organizations': 'Zendesk: organisaties meeladen bij de tickets (nodig als de mapping het debiteurnummer uit de organisatie leest, zoals data/mappings/zendesk-api.yaml)',
    jql: 'Jira, de eerste keer: de zoekvraag, bijv. "project = SUP ORDER BY created"; daarna wordt de bewaarde gebruikt',
    fields: 'Jira: extra velden naast de vaste, met komma\'s: de velden die de mapping leest (voor data/mappings/jira-api.yaml: customfield_10002,customfield_10050)',
    api: 'Jira: jql (standaard, /rest/api/3/search/jql) of search (/rest/api/2/search, Jira Data Center)',
    'per-minute': 'hoogstens zoveel verzoeken per minuut (standaard Zendesk 10, Jira 100)',
    'page-size': 'Jira: issues per pagina (standaard 100)',
  },
} as const;

const ENV_HELP = `\n\nOmgeving (wordt nergens opgeslagen of getoond):\n  Zendesk: ZENDESK_URL, ZENDESK_EMAIL, ZENDESK_API_TOKEN\n  Jira:    JIRA_URL, JIRA_EMAIL, JIRA_API_TOKEN`;

async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommand(spec, argv);
  if (values.help) {
    helpRequested(spec, values);
    process.stdout.write(`\n${ENV_HELP.trimStart()}\n`);
    return EXIT.ok;
  }
  const request = requestFrom(values, positionals);
  try {
    await fetchHelpdesk(request, process.env, {
      fetch: globalThis.fetch,
      now: () => Date.now(),
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
      log: (line) => process.stderr.write(`${line}\n`),
    });
    return EXIT.ok;
  } catch (e) {
    if (e instanceof ConnectionError || e instanceof SetupError) throw new UsageError(e.message);
    if (e instanceof FetchError) {
      process.stderr.write(`Fout: ${e.message}\n`);
      return EXIT.findings;
    }
    throw e;
  }
}

type Values = Record<string, string | boolean | undefined>;

function requestFrom(values: Values, positionals: string[]): FetchRequest {
  const [helpdesk, ...rest] = positionals;
  if ((helpdesk !== 'zendesk' && helpdesk !== 'jira') || rest.length > 0) {
    throw new UsageError(`geef de helpdesk: sla-rapport fetch zendesk of sla-rapport fetch jira${helpdesk ? ` (niet "${positionals.join(' ')}")` : ''}`);
  }
  const cacheDir = typeof values.cache === 'string' ? values.cache : 'data/cache';
  const perMinute = count(values['per-minute'], '--per-minute', helpdesk === 'zendesk' ? 10 : 100);
  const http = { ...DEFAULT_HTTP, perMinute };
  if (helpdesk === 'zendesk') {
    for (const jiraOnly of ['jql', 'fields', 'api', 'page-size']) if (values[jiraOnly] !== undefined) throw new UsageError(`--${jiraOnly} geldt alleen voor jira`);
    return { helpdesk, cacheDir, http, options: { since: sinceSeconds(values.since), includeOrganizations: values['include-organizations'] === true } };
  }
  if (values.since !== undefined) throw new UsageError('--since geldt alleen voor zendesk; voor jira staat het begin in --jql (bijv. created >= "2025-01-01")');
  if (values['include-organizations'] !== undefined) throw new UsageError('--include-organizations geldt alleen voor zendesk');
  const api = (values.api ?? 'jql') as string;
  if (api !== 'jql' && api !== 'search') throw new UsageError(`--api moet jql of search zijn, niet "${api}"`);
  const extraFields = typeof values.fields === 'string' ? values.fields.split(',').map((f) => f.trim()).filter((f) => f !== '') : [];
  return {
    helpdesk,
    cacheDir,
    http,
    options: { jql: typeof values.jql === 'string' ? values.jql : undefined, extraFields, api: api as JiraApi, pageSize: count(values['page-size'], '--page-size', 100) },
  };
}

function count(value: string | boolean | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const text = String(value);
  if (!/^\d+$/.test(text) || Number(text) < 1) throw new UsageError(`${name} moet een positief geheel getal zijn, niet "${text}"`);
  return Number(text);
}

/** --since as Unix seconds: a date is the start of that day in Europe/Amsterdam. */
function sinceSeconds(value: string | boolean | undefined): number | undefined {
  if (value === undefined) return undefined;
  const text = String(value);
  const moment = DateTime.fromISO(text, { zone: 'Europe/Amsterdam' });
  if (!moment.isValid) throw new UsageError(`--since moet een datum (JJJJ-MM-DD) of tijdstip (ISO 8601) zijn, niet "${text}"`);
  const seconds = Math.floor(moment.toSeconds());
  if (seconds < 0) throw new UsageError(`--since ligt voor 1970: "${text}"`);
  if (moment.toMillis() > Date.now()) throw new UsageError(`--since ligt in de toekomst: "${text}"`);
  return seconds;
}

export const fetchCommand = { name: spec.name, summary: spec.summary, run };
