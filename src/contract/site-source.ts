// Where the site reads the contract text from: the SLA the build was given
// (`build --sla FILE|DIR`), handed to Astro's content collection through the
// environment, so the SLA judged is the SLA shown. Without one, content/sla.
import { statSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import { ContractError } from './parse.ts';

/** Set by the build command to the absolute path of its --sla file or folder. */
export const SLA_SOURCE_ENV = 'SLA_RAPPORT_SLA';

/** The SLA file or folder the site shows. */
export function siteSlaPath(env: NodeJS.ProcessEnv = process.env): string {
  return env[SLA_SOURCE_ENV] ?? 'content/sla';
}

/**
 * A file name as a glob pattern that matches that one name only: every ASCII
 * character but letters, digits, space, `.`, `_` and `-` escaped with a
 * backslash (`[`, `*`, `{`, `!`, `(`, ... would otherwise match other names or
 * none). A leading dot stays as it is, so a dot file is still matched.
 */
export function literalGlob(name: string): string {
  return name.replace(/[^A-Za-z0-9._\- \u0080-\uffff]/g, '\\$&');
}

/** The content collection's glob for an SLA file or folder: every version in a folder, or the one file given. */
export function slaGlob(path: string): { base: string; pattern: string } {
  const absolute = resolve(path);
  if (statSync(absolute).isDirectory()) return { base: absolute, pattern: '*.{md,mdx}' };
  const name = basename(absolute);
  // A glob matcher reads a backslash in a name as an escape or a path separator: no pattern finds that file alone.
  if (name.includes('\\')) {
    throw new ContractError(relative(process.cwd(), absolute) || absolute, ['de bestandsnaam bevat een \\ (backslash); de site kan het bestand daarmee niet vinden: geef het een naam zonder \\']);
  }
  return { base: dirname(absolute), pattern: literalGlob(name) };
}

/** The content collection's glob for the SLA the site shows. */
export function siteSlaGlob(env: NodeJS.ProcessEnv = process.env): { base: string; pattern: string } {
  return slaGlob(siteSlaPath(env));
}
