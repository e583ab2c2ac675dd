// `sla-rapport calendar`: every day of a year with its dienstvenster (a contract:
// {"date","open","close"} plus "closed" with the reason on closed days).
import { compileContract } from '../../engine/contract.ts';
import { loadContracts } from '../../pipeline/judge-data.ts';
import { SUPPORTED_YEARS } from '../../engine/calendar.ts';
import { EXIT, UsageError, parseCommand, requireFormat, helpRequested } from '../args.ts';

const spec = {
  name: 'calendar',
  summary: 'Toont elke dag van een jaar met het dienstvenster en de erkende feestdagen.',
  usage: 'calendar --year YYYY [--sla FILE] --format json|text',
  options: { year: { type: 'string' }, sla: { type: 'string' }, format: { type: 'string' } },
  help: {
    year: 'het jaar, bijv. 2026',
    sla: 'SLA-bestand (.mdx) of map met versies (standaard content/sla); de versie die op 1 januari geldt',
    format: 'json (standaard) of text',
  },
} as const;

async function run(argv: string[]): Promise<number> {
  const { values } = parseCommand(spec, argv);
  if (helpRequested(spec, values)) return EXIT.ok;
  const format = requireFormat(values.format, ['json', 'text']);
  const yearText = String(values.year ?? '');
  if (!/^\d{4}$/.test(yearText)) throw new UsageError(`--year moet een jaartal zijn (bijv. 2026), niet "${yearText}"`);
  const year = Number(yearText);
  if (year < SUPPORTED_YEARS.from || year > SUPPORTED_YEARS.to) {
    throw new UsageError(`--year moet tussen ${SUPPORTED_YEARS.from} en ${SUPPORTED_YEARS.to} liggen`);
  }
  const sources = loadContracts(typeof values.sla === 'string' ? values.sla : 'content/sla');
  const inForce = sources.filter((s) => s.frontmatter.validFrom <= `${year}-01-01`).at(-1) ?? sources[0];
  const days = compileContract(inForce.frontmatter).calendar.year(year);
  if (format === 'json') {
    process.stdout.write(`[\n${days.map((d) => JSON.stringify(d)).join(',\n')}\n]\n`);
  } else {
    const names = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'];
    const lines = days.map((d) => {
      const weekday = names[(new Date(`${d.date}T12:00:00Z`).getUTCDay() + 6) % 7];
      return `${d.date} ${weekday}  ${d.closed ? `gesloten (${d.closed})` : `${d.open}-${d.close}`}`;
    });
    process.stdout.write(`${lines.join('\n')}\n`);
  }
  return EXIT.ok;
}

export const calendarCommand = { name: spec.name, summary: spec.summary, run };
