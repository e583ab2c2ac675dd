// Where the site reads the contract text from: the SLA the build was given
// (`build --sla FILE|DIR`), handed to Astro's content collection through the
// environment, so the SLA judged is the SLA shown. Without one, content/sla.
import { statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';

/** Set by the build command to the absolute path of its --sla file or folder. */
export const SLA_SOURCE_ENV = 'SLA_RAPPORT_SLA';

/** The SLA file or folder the site shows. */
export function siteSlaPath(env: NodeJS.ProcessEnv = process.env): string {
  return env[SLA_SOURCE_ENV] ?? 'content/sla';
}

/** The content collection's glob: every version in a folder, or the one file given. */
export function siteSlaGlob(env: NodeJS.ProcessEnv = process.env): { base: string; pattern: string } {
  const path = resolve(siteSlaPath(env));
  if (statSync(path).isDirectory()) return { base: path, pattern: '*.{md,mdx}' };
  return { base: dirname(path), pattern: basename(path) };
}
