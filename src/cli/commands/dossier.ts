// `sla-rapport dossier`: the Article 5 dossier of one client and period as PDF,
// also without a complaint on file (to prepare a conversation). A complaint on
// file for exactly that client and period adds its plan van aanpak state.
import { writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { daysFromCivil, isoDate } from '../../engine/civil.ts';
import { dossierPdf } from '../../pdf/dossier/render-dossier.ts';
import { judgeData } from '../../pipeline/judge-data.ts';
import type { ReportModel } from '../../report/model.ts';
import { buildDossier } from '../../report/dossier.ts';
import { dossierName } from '../../report/output-names.ts';
import { visible } from '../../ingest/visible.ts';
import { reportModelFor } from '../../pipeline/report-model.ts';
import { EXIT, helpText, parseCommand, UsageError, helpRequested } from '../args.ts';
import { dataOptions, dataOptionsHelp, dataPaths, normsPaths } from '../data-options.ts';
import { claimPdfFile, makeOwnFolders } from '../output-marker.ts';
import { printFilesRead, printSetAside, printTotals } from '../report-lines.ts';

const spec = {
  name: 'dossier',
  summary: 'Schrijft het dossier (artikel 5) van één klant en periode als PDF.',
  usage: 'dossier --client ID --from JJJJ-MM-DD --to JJJJ-MM-DD [--out BESTAND] [--tickets FILE] [--events FILE] [--complaints FILE] [--sla FILE] [--as-of ISO]',
  options: { ...dataOptions, 'as-of': { type: 'string' }, client: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, out: { type: 'string' } },
  help: {
    ...dataOptionsHelp,
    'as-of': 'peildatum (standaard het laatste tijdstip in de data)',
    client: 'de klant (debiteurnummer; verplicht)',
    from: 'eerste dag van de periode, JJJJ-MM-DD (verplicht)',
    to: 'laatste dag van de periode, JJJJ-MM-DD (verplicht)',
    out: 'het PDF-bestand (standaard dist/rapporten/dossiers/<klant>_<van>_<tot>.pdf; <klant> als in de bestandsnamen van de site)',
  },
} as const;

/** A real calendar date YYYY-MM-DD, or a usage error naming the option. */
function requireDate(value: unknown, option: string): string {
  const text = typeof value === 'string' ? value : '';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m || isoDate(daysFromCivil(Number(m[1]), Number(m[2]), Number(m[3]))) !== text) {
    throw new UsageError(`--${option} moet een datum JJJJ-MM-DD zijn${text ? `, niet "${visible(text)}"` : ''}\n\n${helpText(spec)}`);
  }
  return text;
}

function knowsClient(model: ReportModel, clientId: string): boolean {
  return model.clients.some((c) => c.id === clientId) || model.tickets.some((t) => t.clientId === clientId);
}

async function run(argv: string[]): Promise<number> {
  const { values } = parseCommand(spec, argv);
  if (helpRequested(spec, values)) return EXIT.ok;
  const client = values.client;
  if (typeof client !== 'string' || client === '') throw new UsageError(`--client is verplicht\n\n${helpText(spec)}`);
  const from = requireDate(values.from, 'from');
  const to = requireDate(values.to, 'to');
  if (from > to) throw new UsageError(`--from (${from}) ligt na --to (${to})`);
  const out = typeof values.out === 'string' ? values.out : `dist/rapporten/dossiers/${dossierName({ kind: 'zonder-klacht', clientId: client, from, to })}.pdf`;
  claimPdfFile(out);
  const data = await judgeData(dataPaths(values), values['as-of'] as string | undefined);
  const { model, normsData } = await reportModelFor(data, dataPaths(values), normsPaths(values));
  printSetAside([...data.setAside, ...normsData.setAside]);
  printTotals(data);
  printFilesRead(model.provenance);
  if (!knowsClient(model, client)) {
    process.stderr.write(`Fout: onbekende klant "${visible(client)}": geen tickets van dit debiteurnummer in de data.\n`);
    return EXIT.findings;
  }
  const complaint = model.norms?.complaints.find((c) => c.complaint.clientId === client && c.complaint.periodFrom === from && c.complaint.periodTo === to) ?? null;
  const dossier = buildDossier(model, client, from, to, complaint);
  makeOwnFolders(dirname(out));
  writeFileSync(out, await dossierPdf(dossier, model.sla));
  const about = complaint ? `klacht ${complaint.complaint.id}` : 'geen klacht geregistreerd';
  process.stderr.write(`Dossier ${dossier.clientName} (${visible(client)}), ${dossier.storingen.length} storing(en), ${about}: ${out}\n`);
  return EXIT.ok;
}

export const dossierCommand = { name: spec.name, summary: spec.summary, run };
