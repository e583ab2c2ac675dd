// The Leveranciers as content (content/leveranciers.yaml): per Leverancier the
// name the SLA gives it (frontmatter products[].leverancier), a logo file and the
// helpdesk contact of articles 4.2 and 4.4. Validated like the SLA's frontmatter:
// every problem names the file, the line and the field, in Dutch.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { z } from 'zod';
import { validate } from '../validation/problems.ts';
import { strictEverywhere } from '../validation/strict.ts';
import { readYaml, YamlSyntaxError, type YamlText } from '../validation/yaml-text.ts';
import { ContractError, type SlaSource } from './parse.ts';

const text = z.string().trim().min(1);

/** A bare e-mail address (no display name): a dot-atom local part (no leading, trailing or doubled dot), @, a domain with a dot. */
export const EMAIL_ADDRESS = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;
const address = text.regex(EMAIL_ADDRESS, 'verwacht één e-mailadres (naam@domein.nl)');

/**
 * A letter's closing, one or more lines as the client reads them ("Met vriendelijke groet,", "", the sender):
 * each line has words (a letter or digit) or is empty, never two empty lines in a row, no tabs or other control characters.
 */
const signatureText = text.superRefine((value, ctx) => {
  const lines = value.split('\n');
  lines.forEach((line, i) => {
    const where = `regel ${i + 1} van de afsluiting`;
    if (/[\u0000-\u001f\u007f]/.test(line)) ctx.addIssue({ code: 'custom', message: `${where} bevat een tab of ander stuurteken` });
    else if (line !== '' && !/[\p{L}\p{N}]/u.test(line)) ctx.addIssue({ code: 'custom', message: `${where} bevat geen letters of cijfers (een witregel moet helemaal leeg zijn)` });
    else if (line === '' && lines[i - 1] === '') ctx.addIssue({ code: 'custom', message: `${where} is de tweede lege regel achter elkaar (hoogstens één)` });
  });
});

/** Who the monthly report messages come from (sla-rapport verzend); not needed by the reports themselves. */
const senderSchema = z
  .object({
    fromName: text.describe('Display name of the sender.'),
    fromAddress: address.describe('Sender address; the SMTP server must accept it as sender.'),
    replyTo: address.optional().describe('Where a client\'s reply goes (default: the sender address).'),
    signature: signatureText.describe('The closing of the message, one or more lines (a YAML block scalar).'),
  })
  .describe('Sender details for the monthly report e-mails.');

export const leveranciersSchema = strictEverywhere(
  z.object({
    leveranciers: z
      .array(
        z.object({
          name: text.describe('The Leverancier as the SLA names it (products[].leverancier).'),
          logo: text.regex(/\.(png|jpe?g)$/i, 'verwacht een PNG- of JPEG-bestand (.png, .jpg)').describe('Logo file, relative to this file\'s folder.'),
          helpdesk: z
            .object({
              clause: text.describe('Articles of the SLA the contact comes from, e.g. "4.2, 4.4".'),
              phone: text.describe('Phone number (4.2).'),
              email: text.describe('E-mail address (4.2).'),
              hours: text.describe('When the helpdesk is reachable, in words (4.4).'),
            })
            .describe('The helpdesk as the SLA states it.'),
          sender: senderSchema.optional(),
        }),
      )
      .min(1),
  }),
);

type LeverancierEntry = z.infer<typeof leveranciersSchema>['leveranciers'][number];

/** A Leverancier as the reports show it; `logoFile` is relative to the working folder. */
export interface Leverancier extends Omit<LeverancierEntry, 'logo' | 'sender'> {
  logoFile: string;
  /** Sender details for the report e-mails; null when the file gives none. */
  sender: LeverancierSender | null;
  /** "content/leveranciers.yaml:6": where the entry starts, for messages about it. */
  at: string;
}

export type LeverancierSender = z.infer<typeof senderSchema>;

export interface LeveranciersContent {
  /** The content file, relative to the working folder; null when there is none. */
  file: string | null;
  leveranciers: Leverancier[];
}

/** content/leveranciers.yaml beside the SLA folder (content/sla) or beside the folder of an SLA file. */
export function leveranciersPathFor(slaPath: string): string {
  const folder = statSync(slaPath).isDirectory() ? slaPath : dirname(slaPath);
  return join(dirname(resolve(folder)), 'leveranciers.yaml');
}

/**
 * Reads and checks the file; every Leverancier the SLA names must be in it, each logo must exist.
 * Without the file (e.g. an SLA outside content/) the reports name the Leverancier from the SLA only.
 */
export function loadLeveranciers(path: string, slaSources: readonly SlaSource[], cwd = process.cwd()): LeveranciersContent {
  const file = relative(cwd, path) || path;
  if (!existsSync(path)) return { file: null, leveranciers: [] };
  let yaml: YamlText;
  try {
    yaml = readYaml(readFileSync(path, 'utf8'));
  } catch (e) {
    if (e instanceof YamlSyntaxError) throw new ContractError(file, [`${file}: ${e.message}`]);
    throw e;
  }
  const result = validate(leveranciersSchema, yaml, file, '(bestand)');
  if (!result.ok) throw new ContractError(file, result.problems);
  const problems: string[] = [];
  const at = (path: (string | number)[]) => `${file}:${yaml.lineOf(path) ?? 1}`;
  const leveranciers = result.value.leveranciers.map((l, i) => {
    const logo = join(dirname(path), l.logo);
    if (!existsSync(logo) || !statSync(logo).isFile()) problems.push(`${at(['leveranciers', i, 'logo'])}: leveranciers[${i}].logo: bestand ${l.logo} bestaat niet (gezocht naar ${relative(cwd, logo)})`);
    return { name: l.name, helpdesk: l.helpdesk, logoFile: relative(cwd, logo), sender: l.sender ?? null, at: at(['leveranciers', i]) };
  });
  const names = new Set(leveranciers.map((l) => l.name));
  for (const source of slaSources) {
    source.frontmatter.products.forEach((p, i) => {
      if (!names.has(p.leverancier)) problems.push(`${file}: leveranciers: geen gegevens voor "${p.leverancier}", de Leverancier van ${p.name} in ${source.file} (products[${i}].leverancier)`);
    });
  }
  if (problems.length) throw new ContractError(file, problems);
  return { file, leveranciers };
}
