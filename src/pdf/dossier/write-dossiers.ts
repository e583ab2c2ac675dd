// The build's dossier step: one PDF per complaint on file (Article 5) and per
// dossier made ready without a complaint (a client with repeated breaches), written
// to <out>/rapporten/dossiers/<dossier name>.pdf (see dossierName in
// src/report/output-names.ts); nothing is written when two names would be one file.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DossierRef, ReportModel } from '../../report/model.ts';
import { dossierName, outputName, requireDistinctDossierNames } from '../../report/output-names.ts';
import { dossierPdf } from './render-dossier.ts';

export const dossierFileName = (id: string): string => `${outputName(id)}.pdf`;
export const dossierFileNameOf = (ref: DossierRef): string => `${dossierName(ref)}.pdf`;

/** Writes the dossiers of `model.dossiers`; returns the files written. */
export async function writeDossiers(model: ReportModel, outDir: string, write = (s: string) => process.stderr.write(s)): Promise<string[]> {
  if (model.dossiers.length === 0) return [];
  requireDistinctDossierNames('Dossiers', model.dossiers.map((d) => d.ref));
  const dir = join(outDir, 'rapporten', 'dossiers');
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (const dossier of model.dossiers) {
    const file = join(dir, dossierFileNameOf(dossier.ref));
    writeFileSync(file, await dossierPdf(dossier, model.sla));
    files.push(file);
  }
  const ready = model.dossiers.filter((d) => d.complaint === null).length;
  write(`${files.length - ready} klachtdossier(s) en ${ready} dossier(s) zonder klacht (herhaalde overschrijdingen) geschreven naar ${dir}/\n`);
  return files;
}
