// The report model file the build hands to the site (src/cli/site-model.ts writes it, src/site/model-source.ts
// reads it): named by an environment variable, marked with its format and the product version that wrote it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The environment variable that names the report model file the site renders. */
export const MODEL_FILE_ENV = 'SLA_RAPPORT_MODEL';

/** What the file holds besides the model: a file of another kind or from another version is refused, never rendered. */
export interface ModelFileHeader {
  format: typeof MODEL_FILE_FORMAT;
  productVersion: string;
}

export const MODEL_FILE_FORMAT = 'sla-rapport rapportmodel';

/**
 * The version of the product in the project folder (its package.json). Astro builds the pages into
 * chunks elsewhere, so the folder is the working directory, where both the build and `astro dev` run.
 */
export function ownVersion(): string {
  return (JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8')) as { version: string }).version;
}
