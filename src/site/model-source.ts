// Where the site's pages get the report model: a file the build writes before it
// runs Astro (src/cli/site-model.ts), named by the SLA_RAPPORT_MODEL environment
// variable. Under `astro dev` the project's Astro integration writes that file
// from the bundled sample first (astro.config.mjs), the way `sla-rapport build`
// reads it by default. Read once per process; a file of another kind or written
// by another version of the product is refused.
import { readFileSync } from 'node:fs';
import { deserialize } from 'node:v8';
import type { ReportModel } from '../report/model.ts';
import { MODEL_FILE_ENV, MODEL_FILE_FORMAT, ownVersion, type ModelFileHeader } from './model-file-env.ts';

let loaded: { file: string; model: ReportModel } | undefined;

export function reportModel(): ReportModel {
  const file = process.env[MODEL_FILE_ENV];
  if (!file) throw new Error(`${MODEL_FILE_ENV} is niet gezet: bouw de site met "sla-rapport build" (of "astro dev", dat de voorbeelddata leest)`);
  if (loaded?.file !== file) loaded = { file, model: readModelFile(file) };
  return loaded.model;
}

function readModelFile(file: string): ReportModel {
  let content: Partial<ModelFileHeader> & { model?: ReportModel };
  try {
    content = deserialize(readFileSync(file)) as typeof content;
  } catch (e) {
    throw new Error(`${MODEL_FILE_ENV}=${file}: geen leesbaar rapportmodel (${(e as Error).message})`);
  }
  if (content?.format !== MODEL_FILE_FORMAT || !content.model) throw new Error(`${MODEL_FILE_ENV}=${file}: geen rapportmodel van sla-rapport`);
  if (content.productVersion !== ownVersion()) {
    throw new Error(`${MODEL_FILE_ENV}=${file}: geschreven door sla-rapport ${content.productVersion}, deze site is van ${ownVersion()}; bouw opnieuw met "sla-rapport build"`);
  }
  return content.model;
}
