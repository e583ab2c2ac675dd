// Loads every contract version from content/sla/ (file system side of the contract).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { notARegularFile } from '../ingest/input-file.ts';
import { ContractError, parseSlaMdx, type SlaSource } from './parse.ts';

export function loadSlaFile(path: string, cwd = process.cwd()): SlaSource {
  const file = relative(cwd, path) || path;
  const why = notARegularFile(path);
  if (why !== null) throw new ContractError(file, [why]);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new ContractError(file, [`kan het bestand niet lezen: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`]);
  }
  return parseSlaMdx(text, file);
}

/** All versions in a folder (default content/sla), sorted by validFrom; duplicates are an error. */
export function loadSlaFolder(dir: string, cwd = process.cwd()): SlaSource[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.mdx') || f.endsWith('.md')).sort();
  if (files.length === 0) throw new ContractError(relative(cwd, dir) || dir, ['geen SLA-bestanden (.mdx) gevonden']);
  const sources = files.map((f) => loadSlaFile(join(dir, f), cwd));
  sources.sort((a, b) => a.frontmatter.validFrom.localeCompare(b.frontmatter.validFrom, 'nl'));
  for (let i = 1; i < sources.length; i++) {
    if (sources[i].frontmatter.validFrom === sources[i - 1].frontmatter.validFrom) {
      throw new ContractError(sources[i].file, [`validFrom: ${sources[i].frontmatter.validFrom} komt ook voor in ${sources[i - 1].file}`]);
    }
  }
  return sources;
}
