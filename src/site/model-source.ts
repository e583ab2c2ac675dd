// Where the site's pages get the report model: a file the build writes before it
// runs Astro (pipeline/model-file.ts), named by the SLA_RAPPORT_MODEL environment
// variable. Under `astro dev` the project's Astro integration writes that file
// from the bundled sample first (astro.config.mjs), the way `sla-rapport build`
// reads it by default. Read once per process.
import { readFileSync } from 'node:fs';
import { deserialize } from 'node:v8';
import type { ReportModel } from '../report/model.ts';
import { MODEL_FILE_ENV } from './model-file-env.ts';

let loaded: { file: string; model: ReportModel } | undefined;

export function reportModel(): ReportModel {
  const file = process.env[MODEL_FILE_ENV];
  if (!file) throw new Error(`${MODEL_FILE_ENV} is niet gezet: bouw de site met "sla-rapport build" (of "astro dev", dat de voorbeelddata leest)`);
  if (loaded?.file !== file) loaded = { file, model: deserialize(readFileSync(file)) as ReportModel };
  return loaded.model;
}
