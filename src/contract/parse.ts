// Reads the SLA's MDX source without Astro: splits off the YAML frontmatter,
// validates it with the one contract schema, and refuses code in the body.
// Every problem names the file, the line and the field, in Dutch.
import { validate } from '../validation/problems.ts';
import { readYaml, YamlSyntaxError, type YamlText } from '../validation/yaml-text.ts';
import { codeInBody } from './body-code.ts';
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

const lineCount = (text: string) => text.split('\n').length;

export function parseSlaMdx(text: string, file: string): SlaSource {
  const match = /^(---\r?\n)([\s\S]*?)\r?\n---(?:\r?\n|$)([\s\S]*)$/.exec(text.replace(/^\uFEFF/, ''));
  if (!match) throw new ContractError(file, [`${file}:1: geen frontmatter gevonden (het bestand moet met --- beginnen)`]);
  const [, , yamlText, body] = match;
  let yaml: YamlText;
  try {
    yaml = readYaml(yamlText, 2);
  } catch (e) {
    if (e instanceof YamlSyntaxError) throw new ContractError(file, [`${file}: frontmatter, ${e.message}`]);
    throw e;
  }
  const frontmatter = validate(slaFrontmatterSchema, yaml, file, '(frontmatter)');
  // The body starts after the opening ---, the frontmatter's lines and the closing ---.
  const code = codeInBody(body, lineCount(yamlText) + 3).map((c) => `${file}:${c.line}: ${c.text}`);
  const problems = [...(frontmatter.ok ? [] : frontmatter.problems), ...code];
  if (!frontmatter.ok || problems.length) throw new ContractError(file, problems);
  return { file, frontmatter: frontmatter.value, body };
}
