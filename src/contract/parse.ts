// Reads the SLA's MDX source without Astro: splits off the YAML frontmatter and
// validates it with the one contract schema. Errors name the file and the field.
import { parse as parseYaml } from 'yaml';
import { slaFrontmatterSchema, type SlaFrontmatter } from './schema.ts';

export class ContractError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`Ongeldige SLA-inhoud in ${file}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

export interface SlaSource {
  file: string;
  frontmatter: SlaFrontmatter;
  body: string;
}

export function parseSlaMdx(text: string, file: string): SlaSource {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text.replace(/^\uFEFF/, ''));
  if (!match) throw new ContractError(file, ['geen frontmatter gevonden (het bestand moet met --- beginnen)']);
  let data: unknown;
  try {
    data = parseYaml(match[1]);
  } catch (e) {
    throw new ContractError(file, [`frontmatter is geen geldige YAML: ${(e as Error).message}`]);
  }
  const result = slaFrontmatterSchema.safeParse(data);
  if (!result.success) {
    throw new ContractError(
      file,
      result.error.issues.map((i) => `${i.path.length ? i.path.join('.') : '(frontmatter)'}: ${i.message}`),
    );
  }
  return { file, frontmatter: result.data, body: match[2] };
}
