// Loads and validates the mapping files (data/mappings/*.json|yaml|yml) and picks
// the one that fits an export's header. An invalid mapping stops the command with
// the file and the field named.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { DataError } from './data-error.ts';
import { notARegularFile } from './input-file.ts';
import { referencedColumns } from './mapping-columns.ts';
import { mappingSchema, type Mapping } from './mapping-schema.ts';
import { isHistoryMappingFile } from './history/mapping.ts';
import { validate } from '../validation/problems.ts';
import { readYaml, YamlSyntaxError, type YamlText } from '../validation/yaml-text.ts';

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
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const source = readMappingText(text, path);
  const result = validate(mappingSchema, source, path, '(mapping)');
  if (!result.ok) throw new MappingError(path, result.problems);
  return { file: path, mapping: result.value };
}

/** The mapping's data with the line of each field. JSON is read as JSON; its lines are found by reading it as YAML. */
function readMappingText(text: string, path: string): YamlText {
  const json = extname(path) === '.json';
  const asYaml = (): YamlText => {
    try {
      return readYaml(text);
    } catch (e) {
      if (!(e instanceof YamlSyntaxError)) throw e;
      throw new MappingError(path, [`${path}: ${json ? e.message.replace('geen geldige YAML', 'geen geldige JSON') : e.message}`]);
    }
  };
  if (!json) return asYaml();
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    asYaml(); // names the line where it can
    throw new MappingError(path, [`${path}: geen geldige JSON`]);
  }
  try {
    return { data, lineOf: readYaml(text).lineOf };
  } catch {
    return { data, lineOf: () => undefined };
  }
}

/** Every CSV mapping in a folder (or one file), in name order; none when the folder does not exist. Mappings of API pages (an `api` key) are left to history/mapping.ts. */
export function loadMappings(path: string): LoadedMapping[] {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return [];
  }
  if (!stat.isDirectory()) return isHistoryMappingFile(path) ? [] : [loadMappingFile(path)];
  return readdirSync(path)
    .filter((f) => EXTENSIONS.has(extname(f)) && !isHistoryMappingFile(join(path, f)))
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
