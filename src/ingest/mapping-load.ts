// Loads and validates the mapping files (data/mappings/*.json|yaml|yml) and picks
// the one that fits an export's header. An invalid mapping stops the command with
// the file and the field named.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { DataError } from './data-error.ts';
import { notARegularFile } from './input-file.ts';
import { referencedColumns } from './mapping-columns.ts';
import { mappingSchema, type Mapping } from './mapping-schema.ts';

export interface LoadedMapping {
  file: string;
  mapping: Mapping;
}

export class MappingError extends DataError {
  constructor(file: string, problems: string[]) {
    super(file, `ongeldige mapping:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

const EXTENSIONS = new Set(['.json', '.yaml', '.yml']);

export function loadMappingFile(path: string): LoadedMapping {
  const why = notARegularFile(path);
  if (why !== null) throw new MappingError(path, [why]);
  let data: unknown;
  try {
    const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
    data = extname(path) === '.json' ? JSON.parse(text) : parseYaml(text);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code) throw e;
    throw new MappingError(path, [`geen geldige ${extname(path) === '.json' ? 'JSON' : 'YAML'}: ${(e as Error).message}`]);
  }
  const result = mappingSchema.safeParse(data);
  if (!result.success) {
    throw new MappingError(path, result.error.issues.map((i) => `${i.path.length ? i.path.join('.') : '(mapping)'}: ${i.message}`));
  }
  return { file: path, mapping: result.data };
}

/** Every mapping in a folder (or one file), in name order; none when the folder does not exist. */
export function loadMappings(path: string): LoadedMapping[] {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return [];
  }
  if (!stat.isDirectory()) return [loadMappingFile(path)];
  return readdirSync(path)
    .filter((f) => EXTENSIONS.has(extname(f)))
    .sort()
    .map((f) => loadMappingFile(join(path, f)));
}

/** The mapping whose detect columns are all in the header (the most specific one), or null. */
export function pickMapping(header: string[], mappings: LoadedMapping[], file: string): LoadedMapping | null {
  const present = new Set(header);
  const fits = mappings.filter((m) => m.mapping.detect.every((c) => present.has(c)));
  if (fits.length === 0) return null;
  fits.sort((a, b) => b.mapping.detect.length - a.mapping.detect.length);
  if (fits.length > 1 && fits[0].mapping.detect.length === fits[1].mapping.detect.length) {
    throw new DataError(file, `meerdere mappings passen bij de kop: ${fits.map((m) => basename(m.file)).join(', ')}; maak "detect" specifieker`);
  }
  const chosen = fits[0];
  const missing = [...new Set(referencedColumns(chosen.mapping))].filter((c) => !present.has(c));
  if (missing.length) throw new DataError(file, `kolom(men) uit mapping ${basename(chosen.file)} ontbreken in de kop: ${missing.join(', ')}`);
  return chosen;
}
