// Where a report comes from: the contract version(s) it was judged by, every
// input file with its SHA-256, the report moment and the product's version.
// Shown in every page footer and every PDF, and printed by `sla-rapport check`.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { SlaSource } from '../contract/parse.ts';
import type { Instant, Provenance } from '../report/model.ts';
import type { DataPaths } from './judge-data.ts';

export type { Provenance };

const packageJson = new URL('../../package.json', import.meta.url);

export function productVersion(): string {
  return (JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string }).version;
}

function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** Files of a path (a folder's files, sorted), skipping what does not exist. */
function filesOf(path: string | null | undefined): string[] {
  if (!path || !existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .map((f) => join(path, f))
    .filter((p) => statSync(p).isFile());
}

export function provenanceOf(slaSources: SlaSource[], inputPaths: (string | null | undefined)[], asOf: Instant, cwd = process.cwd()): Provenance {
  const seen = new Set<string>();
  const inputs: Provenance['inputs'] = [];
  for (const path of [...slaSources.map((s) => s.file), ...inputPaths.flatMap(filesOf)]) {
    const file = relative(cwd, path) || path;
    if (seen.has(file)) continue;
    seen.add(file);
    inputs.push({ file, sha256: sha256(path) });
  }
  return {
    productVersion: productVersion(),
    contracts: slaSources.map((s) => ({ version: s.frontmatter.version, validFrom: s.frontmatter.validFrom, file: s.file })),
    inputs,
    asOf,
  };
}

/** The provenance as lines for a terminal or a PDF. */
export function provenanceLines(p: Provenance): string[] {
  return [
    `sla-rapport ${p.productVersion}; peildatum ${p.asOf}`,
    ...p.contracts.map((c) => `SLA versie ${c.version}, geldig vanaf ${c.validFrom} (${c.file})`),
    ...p.inputs.map((i) => `${i.file} sha256 ${i.sha256}`),
  ];
}

/**
 * Every input a build or check reads, given its data paths and the other norms'
 * files; the mappings when an export was read through them (`readExports`: also when
 * the --tickets file was one; by default when any --export is given).
 */
export function inputPaths(paths: DataPaths, norms: { complaints: string | null; backups: string | null }, readExports?: boolean): (string | null | undefined)[] {
  const exports = paths.exports ?? [];
  const mappings = (readExports ?? exports.length > 0) ? (paths.mappings ?? 'data/mappings') : null;
  return [paths.tickets, paths.events, paths.releases, ...exports, mappings, norms.complaints, norms.backups];
}
