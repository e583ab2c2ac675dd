// `sla-rapport check [FILES...]`: validates the SLA content, the mappings and the
// data, and prints the reconciliation (read = judged + set aside + duplicates
// merged). Invalid SLA content or mappings exit 1 naming file and field; set-aside
// rows exit 1 only with --strict.
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { detectDialect } from '../../ingest/dialect.ts';
import { requireRegularFile } from '../../ingest/input-file.ts';
import { loadMappings } from '../../ingest/mapping-load.ts';
import { loadHistoryMappings } from '../../ingest/history/mapping.ts';
import { isHistoryFolder } from '../../ingest/history/read-history.ts';
import { isCanonicalEvents, sniffHeader, type SourceFile } from '../../ingest/sources.ts';
import { DEFAULT_MAPPINGS, judgeData, loadContracts, type DataPaths } from '../../pipeline/judge-data.ts';
import { EXIT, UsageError, parseCommand, helpRequested } from '../args.ts';
import { dataOptions, dataOptionsHelp, dataPaths, normsPaths } from '../data-options.ts';
import { inputPaths, provenanceLines, provenanceOf } from '../../pipeline/provenance.ts';
import { zone } from '../../engine/zone.ts';
import { instant } from '../../report/instant.ts';
import { printSetAside, printTotals, printWaitDisagreements } from '../report-lines.ts';

const spec = {
  name: 'check',
  summary: 'Controleert SLA-inhoud, mappings en data en toont de aansluiting (gelezen = beoordeeld + apart gezet + samengevoegd).',
  usage: 'check [BESTANDEN...] [--sla FILE] [--mappings DIR] [--events FILE] [--releases FILE] [--as-of ISO] [--strict]',
  options: { ...dataOptions, 'as-of': { type: 'string' }, strict: { type: 'boolean' } },
  help: {
    ...dataOptionsHelp,
    'as-of': 'peildatum (standaard het laatste tijdstip in de data)',
    strict: 'afsluiten met code 1 als er iets apart is gezet',
  },
} as const;

const RELEASE_COLUMNS = ['version', 'date', 'half_yearly'];

async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommand(spec, argv);
  if (helpRequested(spec, values)) return EXIT.ok;
  const out = (s: string) => process.stdout.write(s);
  const paths = await pathsFor(positionals, values);

  const sla = loadContracts(paths.sla);
  out(`SLA-inhoud geldig: ${sla.map((s) => `${s.file} (versie ${s.frontmatter.version}, geldig vanaf ${s.frontmatter.validFrom})`).join(', ')}\n`);
  const mappingsPath = paths.mappings ?? DEFAULT_MAPPINGS;
  const mappings = [...loadMappings(mappingsPath), ...loadHistoryMappings(mappingsPath)];
  out(`Mappings geldig (${mappingsPath}): ${mappings.length ? mappings.map((m) => `${basename(m.file)} (${m.mapping.name})`).join(', ') : 'geen'}\n`);

  const data = await judgeData(paths, values['as-of'] as string | undefined);
  out('Bestanden:\n');
  for (const f of data.files) out(`  ${describeFile(f)}\n`);
  if (data.releases.length || data.counts.releaseRows) out(`  ${paths.releases}: releases, ${data.counts.releaseRows} rijen\n`);
  printSetAside(data.setAside, out, Infinity);
  if (data.duplicates.length) {
    out(`Dubbel samengevoegd (${data.duplicates.length}), laatste wijziging telt:\n`);
    for (const d of data.duplicates.slice(0, 50)) out(`  ${d.file}:${d.line}: ticket ${d.ticketId} vervangen door ${d.keptFile}:${d.keptLine}\n`);
  }
  printWaitDisagreements(data.waitDisagreements, out, Infinity);
  printTotals(data, out);
  const asOf = instant(data.asOf, zone(sla[0].frontmatter.timeZone));
  out(`Herkomst:\n${provenanceLines(provenanceOf(sla, inputPaths(paths, normsPaths(values, positionals), data.files.some((f) => f.kind === 'export' || f.kind === 'history')), asOf)).map((l) => `  ${l}\n`).join('')}`);
  return values.strict && data.setAside.length > 0 ? EXIT.findings : EXIT.ok;
}

function describeFile(f: SourceFile): string {
  if (f.kind === 'history') {
    const skipped = f.skipped?.length ? `; geen helpdeskpagina, niet gelezen: ${f.skipped.join(', ')}` : '';
    return `${f.file}: statusgeschiedenis via ${f.mapping}, ${f.pages ?? 0} pagina's, ${f.rows} tickets${skipped}`;
  }
  const kind = f.kind === 'export' ? `export via ${f.mapping}` : f.kind === 'events' ? 'gebeurtenissen (canoniek)' : 'tickets (canoniek)';
  const delimiter = f.delimiter === '\t' ? 'tab' : `"${f.delimiter}"`;
  return `${f.file}: ${kind}, ${f.encoding}, scheidingsteken ${delimiter}, ${f.rows} rijen`;
}

/** The files given, told apart by their header: ticket files (canonical or export), events, releases. */
async function pathsFor(files: string[], values: Record<string, unknown>): Promise<DataPaths> {
  const base = dataPaths(values as Parameters<typeof dataPaths>[0], files);
  if (files.length === 0) return base;
  const tickets: string[] = [];
  let events = typeof values.events === 'string' ? values.events : null;
  let releases = typeof values.releases === 'string' ? values.releases : null;
  for (const file of files) {
    if (!existsSync(file)) throw new UsageError(`bestand ${file} bestaat niet`);
    if (isHistoryFolder(file)) {
      tickets.push(file);
      continue;
    }
    requireRegularFile(file);
    const header = await sniffHeader(file, await detectDialect(file));
    if (isCanonicalEvents(header)) events = file;
    else if (RELEASE_COLUMNS.every((c) => header.includes(c))) releases = file;
    else tickets.push(file);
  }
  if (tickets.length === 0) throw new UsageError('geen ticketbestand of export opgegeven');
  return { ...base, tickets: tickets[0], exports: [...tickets.slice(1), ...(base.exports ?? [])], events, releases: releases ?? base.releases };
}

export const checkCommand = { name: spec.name, summary: spec.summary, run };
