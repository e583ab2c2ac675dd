// The report model file the build hands to the site (src/cli/site-model.ts writes it, src/site/model-source.ts
// reads it): named by an environment variable, marked with its format and the product version that wrote it.
import { readFileSync } from 'node:fs';

/** The environment variable that names the report model file the site renders. */
export const MODEL_FILE_ENV = 'SLA_RAPPORT_MODEL';

/** What the file holds besides the model: a file of another kind or from another version is refused, never rendered. */
export interface ModelFileHeader {
  format: typeof MODEL_FILE_FORMAT;
  productVersion: string;
}

export const MODEL_FILE_FORMAT = 'sla-rapport rapportmodel';

/** The version of the product this code belongs to (package.json). */
export function ownVersion(): string {
  return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}
