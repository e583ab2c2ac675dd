// `sla-rapport pdf`: the monthly PDF reports on their own: one per client with
// storingen in the month, plus the management report (or one client's with --client).
import { judgeData } from '../../pipeline/judge-data.ts';
import { reportModelFor } from '../../pipeline/report-model.ts';
import { writeMonthReports } from '../../pdf/write.ts';
import { join } from 'node:path';
import { visible } from '../../ingest/visible.ts';
import { EXIT, helpText, parseCommand, UsageError, helpRequested } from '../args.ts';
import { dataOptions, dataOptionsHelp, dataPaths, normsPaths } from '../data-options.ts';
import { claimPdfFolder } from '../output-marker.ts';
import { printFilesRead, printSetAside, printTotals } from '../report-lines.ts';

const spec = {
  name: 'pdf',
  summary: 'Schrijft de maandrapportages (PDF) per klant en voor het management.',
  usage: 'pdf --month JJJJ-MM [--client ID] [--out DIR] [--tickets FILE] [--events FILE] [--releases FILE] [--sla FILE] [--as-of ISO]',
  options: { ...dataOptions, 'as-of': { type: 'string' }, month: { type: 'string' }, client: { type: 'string', multiple: true }, out: { type: 'string' } },
  help: {
    ...dataOptionsHelp,
    'as-of': 'peildatum (standaard het laatste tijdstip in de data)',
    month: 'de maand van de rapportage, JJJJ-MM (verplicht)',
    client: 'alleen het rapport van deze klant (debiteurnummer; mag vaker); dan geen managementrapport',
    out: 'uitvoermap (standaard dist/rapporten); de PDF\'s komen in <map>/JJJJ-MM/',
  },
} as const;

async function run(argv: string[]): Promise<number> {
  const { values } = parseCommand(spec, argv);
  if (helpRequested(spec, values)) return EXIT.ok;
  const month = values.month;
  if (typeof month !== 'string' || !/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw new UsageError(`--month moet JJJJ-MM zijn${month ? `, niet "${visible(String(month))}"` : ''}\n\n${helpText(spec)}`);
  const given = values.client as unknown as string[] | undefined;
  const clients = given === undefined ? undefined : [...new Set(given)];
  const out = typeof values.out === 'string' ? values.out : 'dist/rapporten';
  const started = Date.now();
  const data = await judgeData(dataPaths(values), values['as-of'] as string | undefined);
  const { model } = await reportModelFor(data, dataPaths(values), normsPaths(values));
  if (!model.months.some((m) => m.month === month)) {
    throw new UsageError(`${month} valt buiten de data (${model.months[0]?.month ?? '–'} t/m ${model.months.at(-1)?.month ?? '–'})`);
  }
  const unknown = (clients ?? []).filter((id) => !model.clients.some((c) => c.id === id));
  if (unknown.length) throw new UsageError(`onbekende klant: ${unknown.map(visible).join(', ')}`);
  // Overwrites only in a folder the product made (or a new or empty one, which it marks).
  claimPdfFolder(join(out, month));
  const result = await writeMonthReports(model, { outDir: out, month, clientIds: clients, management: clients === undefined });
  printSetAside(data.setAside);
  printTotals(data);
  printFilesRead(model.provenance);
  const seconds = (Date.now() - started) / 1000;
  process.stderr.write(
    `${result.clientFiles.length} klantrapport(en)${result.managementFile ? ' en het managementrapport' : ''} geschreven naar ${out}/${month}/ in ${seconds.toFixed(1)} s\n`,
  );
  return EXIT.ok;
}

export const pdfCommand = { name: spec.name, summary: spec.summary, run };
