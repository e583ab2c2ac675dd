// The build's dossier step: one PDF per complaint on file (Article 5), written
// to <out>/rapporten/dossiers/<output name of the complaint>.pdf (see
// src/report/output-names.ts); nothing is written when two names would be one file.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReportModel } from '../../report/model.ts';
import { outputName, requireDistinctNames } from '../../report/output-names.ts';
import { dossierPdf } from './render-dossier.ts';

export const dossierFileName = (id: string): string => `${outputName(id)}.pdf`;

/** Writes the dossiers of `model.dossiers`; returns the files written. */
export async function writeDossiers(model: ReportModel, outDir: string, write = (s: string) => process.stderr.write(s)): Promise<string[]> {
  const withComplaint = model.dossiers.filter((d) => d.complaint !== null);
  if (withComplaint.length === 0) return [];
  requireDistinctNames('Klachtdossiers', withComplaint.map((d) => d.complaint!.complaint.id));
  const dir = join(outDir, 'rapporten', 'dossiers');
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (const dossier of withComplaint) {
    const file = join(dir, dossierFileName(dossier.complaint!.complaint.id));
    writeFileSync(file, await dossierPdf(dossier, model.sla));
    files.push(file);
  }
  write(`${files.length} klachtdossier(s) geschreven naar ${dir}/\n`);
  return files;
}
