// `sla-rapport build`: judges the data once and writes the reports into dist/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { zone } from '../../engine/zone.ts';
import { toEvaluationRecord } from '../../pipeline/evaluation-record.ts';
import { judgeData } from '../../pipeline/judge-data.ts';
import { buildReportModel } from '../../report/build-model.ts';
import { provideReportModel } from '../../site/model-source.ts';
import { EXIT, helpText, parseCommand } from '../args.ts';
import { dataOptions, dataOptionsHelp, dataPaths } from '../data-options.ts';
import { printSetAside, printTotals } from '../report-lines.ts';

const spec = {
  name: 'build',
  summary: 'Beoordeelt de data en schrijft de rapportage naar dist/.',
  usage: 'build [--tickets FILE] [--events FILE] [--releases FILE] [--sla FILE] [--as-of ISO] [--out DIR]',
  options: { ...dataOptions, 'as-of': { type: 'string' }, out: { type: 'string' } },
  help: { ...dataOptionsHelp, 'as-of': 'peildatum (standaard het laatste tijdstip in de data)', out: 'uitvoermap (standaard dist)' },
} as const;

async function run(argv: string[]): Promise<number> {
  const { values } = parseCommand(spec, argv);
  if (values.help) {
    process.stdout.write(`${helpText(spec)}\n`);
    return EXIT.ok;
  }
  const started = Date.now();
  const out = typeof values.out === 'string' ? values.out : 'dist';
  process.stderr.write('SLA en data inlezen en beoordelen...\n');
  const data = await judgeData(dataPaths(values), values['as-of'] as string | undefined);
  const z = zone(data.slaSources[0].frontmatter.timeZone);
  process.stderr.write(`${data.counts.judged} tickets beoordeeld; rapportmodel opbouwen...\n`);
  const model = buildReportModel(data);
  provideReportModel(model);
  process.stderr.write('Site bouwen...\n');
  process.env.SLA_RAPPORT_OUT_DIR = out;
  const { build: astroBuild } = await import('astro');
  await astroBuild({ root: process.cwd(), logLevel: 'warn' });
  mkdirSync(out, { recursive: true });
  const records = data.judged.map(({ evaluation, record }) => toEvaluationRecord(evaluation, record, data.asOf, z));
  writeFileSync(`${out}/beoordelingen.json`, `${JSON.stringify(records)}\n`);
  printSetAside(data.setAside);
  printTotals(data);
  process.stderr.write(`Klaar in ${((Date.now() - started) / 1000).toFixed(1)} s: ${out}/beoordelingen.json\n`);
  return EXIT.ok;
}

export const buildCommand = { name: spec.name, summary: spec.summary, run };
