// `sla-rapport evaluate`: one record per ticket, as JSON or CSV on standard
// output (a contract other tools read); the count of judged and set-aside tickets on stderr.
import { EVALUATION_FIELDS, evaluationRecords, toCsvLine } from '../../pipeline/evaluation-record.ts';
import { judgeData } from '../../pipeline/judge-data.ts';
import { EXIT, parseCommand, requireFormat, helpRequested } from '../args.ts';
import { dataOptions, dataOptionsHelp, dataPaths } from '../data-options.ts';
import { printSetAside, printTotals } from '../report-lines.ts';

const spec = {
  name: 'evaluate',
  summary: 'Beoordeelt elk ticket tegen de streeftijden uit de SLA.',
  usage: 'evaluate --tickets FILE [--events FILE] [--releases FILE] [--sla FILE] [--as-of ISO] --format json|csv',
  options: { ...dataOptions, 'as-of': { type: 'string' }, format: { type: 'string' } },
  help: {
    ...dataOptionsHelp,
    'as-of': 'peildatum (ISO, zonder offset = Nederlandse tijd); standaard het laatste tijdstip in de data',
    format: 'json (standaard) of csv',
  },
} as const;

async function run(argv: string[]): Promise<number> {
  const { values } = parseCommand(spec, argv);
  if (helpRequested(spec, values)) return EXIT.ok;
  const format = requireFormat(values.format, ['json', 'csv']);
  const data = await judgeData(dataPaths(values), values['as-of'] as string | undefined);
  const out: string[] = [];
  const flush = () => {
    if (out.length) process.stdout.write(out.join(''));
    out.length = 0;
  };
  if (format === 'csv') out.push(`${EVALUATION_FIELDS.join(',')}\n`);
  else out.push('[');
  let i = 0;
  for (const r of evaluationRecords(data)) {
    out.push(format === 'csv' ? `${toCsvLine(r)}\n` : `${i++ ? ',' : ''}\n${JSON.stringify(r)}`);
    if (out.length >= 1000) flush();
  }
  if (format === 'json') out.push(data.judged.length ? '\n]\n' : ']\n');
  flush();
  printSetAside(data.setAside);
  printTotals(data);
  return data.setAside.length ? EXIT.findings : EXIT.ok;
}

export const evaluateCommand = { name: spec.name, summary: spec.summary, run };
