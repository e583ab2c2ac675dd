// `sla-rapport build`: judges the data once and writes the reports into dist/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SLA_SOURCE_ENV, slaGlob } from '../../contract/site-source.ts';
import { EVALUATION_FIELDS, evaluationRecords } from '../../pipeline/evaluation-record.ts';
import { judgeData, type DataPaths, type JudgedData } from '../../pipeline/judge-data.ts';
import { reportModelFor } from '../../pipeline/report-model.ts';
import { writeBuildReports } from '../../pdf/build-step.ts';
import { writeDossiers } from '../../pdf/dossier/write-dossiers.ts';
import { monthName, requireDistinctDossierNames, requireDistinctNames } from '../../report/output-names.ts';
import { countPages, siteSummary } from '../../site/build-summary.ts';
import { EXIT, parseCommand, helpRequested } from '../args.ts';
import { dataOptions, dataOptionsHelp, dataPaths, normsPaths } from '../data-options.ts';
import { printFilesRead, printSetAside, printTotals, printWaitDisagreements } from '../report-lines.ts';
import { withSiteLock } from '../site-lock.ts';
import { handModelToSite } from '../site-model.ts';
import { replaceWhenDone } from '../staged-out.ts';

const spec = {
  name: 'build',
  summary: 'Beoordeelt de data en schrijft de rapportage naar dist/.',
  usage: 'build [--tickets FILE] [--events FILE] [--releases FILE] [--sla FILE] [--as-of ISO] [--out DIR]',
  options: { ...dataOptions, 'as-of': { type: 'string' }, out: { type: 'string' } },
  help: { ...dataOptionsHelp, 'as-of': 'peildatum (standaard het laatste tijdstip in de data)', out: 'uitvoermap (standaard dist): nieuw, leeg of eerder door sla-rapport gemaakt' },
} as const;

type Values = ReturnType<typeof parseCommand<typeof spec.options>>['values'];

async function run(argv: string[]): Promise<number> {
  const { values } = parseCommand(spec, argv);
  if (helpRequested(spec, values)) return EXIT.ok;
  const target = typeof values.out === 'string' ? values.out : 'dist';
  const started = Date.now();
  await replaceWhenDone(target, (out) => buildInto(values, out, target));
  // Only once the new output is in place: a failed swap must not follow a "Klaar".
  process.stderr.write(`Klaar in ${((Date.now() - started) / 1000).toFixed(1)} s: ${target}/beoordelingen.json\n`);
  return EXIT.ok;
}

/** Every step of the build, written into `out` (the staging folder that becomes `target`). */
async function buildInto(values: Values, out: string, target: string): Promise<void> {
  const shown = (s: string) => process.stderr.write(s.replaceAll(out, target));
  process.stderr.write('SLA en data inlezen en beoordelen...\n');
  const paths = dataPaths(values);
  const data = await judgeData(paths, values['as-of'] as string | undefined);
  process.stderr.write(`${data.counts.judged} tickets beoordeeld; rapportmodel opbouwen...\n`);
  const { normsData, provenance, site } = await writeReports(data, normsPaths(values), paths, out, shown);
  try {
    process.stderr.write(`Site bouwen: ${site.months} maanden, ${site.clients} klanten...\n`);
    await buildSite(paths.sla, out, target);
  } finally {
    site.release();
  }
  printSetAside([...data.setAside, ...normsData.setAside]);
  printWaitDisagreements(data.waitDisagreements);
  printTotals(data);
  printFilesRead(provenance);
  for (const f of normsData.files) process.stderr.write(`${f.file}: ${f.rows} rijen gelezen, ${f.read} ingelezen, ${f.setAside} apart gezet\n`);
}

/**
 * Builds the model, writes beoordelingen.json, the PDFs and the dossiers, and hands the model
 * to the site's pages (one copy, in this process; released once they are rendered).
 */
async function writeReports(data: JudgedData, norms: ReturnType<typeof normsPaths>, paths: DataPaths, out: string, shown: (s: string) => boolean) {
  const { model, normsData } = await reportModelFor(data, paths, norms);
  // beoordelingen.json: the `evaluate` output contract, projected from the judged tickets as `evaluate` does.
  const records = JSON.stringify([...evaluationRecords(data)], [...EVALUATION_FIELDS]);
  // The model's rows carry what the reports need: let go of the engine's copy before rendering.
  data.judged.length = 0;
  // Pages, PDFs and dossiers are named after ids: stop before writing anything when two would share a name.
  requireDistinctNames('Klantpagina\'s', model.clients.map((c) => c.id));
  requireDistinctDossierNames('Dossierpagina\'s', model.dossiers.map((d) => d.ref));
  for (const m of model.months) monthName(m.month);
  mkdirSync(out, { recursive: true });
  writeFileSync(`${out}/beoordelingen.json`, `${records}\n`);
  await writeBuildReports(model, out, shown);
  await writeDossiers(model, out, shown);
  const handed = handModelToSite(model);
  return { normsData, provenance: model.provenance, site: { months: model.months.length, clients: model.clients.length, release: handed.release } };
}

/** Astro renders the pages from the model handed over into `out`. */
async function buildSite(sla: string, out: string, target: string): Promise<void> {
  let siteStarted = Date.now();
  process.env.SLA_RAPPORT_OUT_DIR = out;
  // The site shows the SLA that judged the data, not the bundled one.
  process.env[SLA_SOURCE_ENV] = resolve(sla);
  // A file name the site's glob cannot find alone stops the build here, before anything is rendered.
  slaGlob(sla);
  const { build: astroBuild } = await import('astro');
  await withSiteLock(
    process.cwd(),
    () => {
      siteStarted = Date.now();
      return astroBuild({ root: process.cwd(), logLevel: 'warn' });
    },
    () => process.stderr.write('Een andere build van deze projectmap bouwt nu de site; wachten tot die klaar is...\n'),
  );
  process.stderr.write(siteSummary(target, countPages(out), (Date.now() - siteStarted) / 1000));
}

export const buildCommand = { name: spec.name, summary: spec.summary, run };
