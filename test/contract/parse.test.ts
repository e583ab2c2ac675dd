// Reading an SLA file: its text holds no code, and every mistake in it is named in
// Dutch with the file, the line and the field. The inputs are the bundled SLA with
// one hand-made change each; expected lines are where that change stands in the file.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ContractError, parseSlaMdx } from '../../src/contract/parse.ts';

const FILE = 'content/sla/proef.mdx';
const bundled = readFileSync(new URL('../../content/sla/intramed-sla.mdx', import.meta.url), 'utf8');
const frontmatter = bundled.slice(0, bundled.indexOf('\n---\n', 4) + 5);
/** Lines taken by the frontmatter, both --- included: body line k is file line frontmatterLines + k. */
const frontmatterLines = frontmatter.split('\n').length - 1;

/** The bundled SLA with `from` replaced by `to` (which must occur). */
function bundledWith(from: string, to: string): string {
  expect(bundled).toContain(from);
  return bundled.replace(from, to);
}

/** 1-based line of the first occurrence of `needle`. */
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;

/** The Dutch problems of a file that does not parse (fails the test when it does). */
function problems(text: string): string[] {
  try {
    parseSlaMdx(text, FILE);
  } catch (e) {
    expect(e).toBeInstanceOf(ContractError);
    return (e as ContractError).problems;
  }
  throw new Error('expected the SLA to be refused');
}

/** The bundled frontmatter with a hand-made body. */
const withBody = (...lines: string[]) => `${frontmatter}${lines.join('\n')}\n`;

describe('the SLA text holds no code', () => {
  it('accepts the bundled SLA, which uses no import, expression or component', () => {
    expect(parseSlaMdx(bundled, FILE).frontmatter.version).toBe('2024.1');
  });

  it('refuses an import and an export, naming the line of each', () => {
    // Body line 3 and 5: file lines frontmatterLines + 3 and + 5.
    const found = problems(withBody('## Artikel 1', '', "import { writeFileSync } from 'node:fs'", '', "export const x = writeFileSync('/tmp/x', '')"));
    expect(found).toEqual([
      `${FILE}:${frontmatterLines + 3}: import/export is code (import { writeFileSync } from 'node:fs'), die MDX bij het bouwen uitvoert; een contract bevat geen code: verwijder deze regel`,
      expect.stringMatching(new RegExp(`^${FILE}:${frontmatterLines + 5}: import/export is code \\(export const x = `)),
    ]);
  });

  it('refuses a {expression} in running text and says how to write a brace', () => {
    const found = problems(withBody('De map is {process.env.HOME}.'));
    expect(found).toEqual([
      `${FILE}:${frontmatterLines + 1}: {process.env.HOME} is een JavaScript-expressie, die MDX bij het bouwen uitvoert; een contract bevat geen code; bedoelt u de accolade zelf, schrijf dan \\{`,
    ]);
  });

  it('refuses a component (JSX), also an HTML-looking one', () => {
    const found = problems(withBody('Tekst', '', '<Kader>Let op</Kader>', '', 'regel met <br/> erin'));
    expect(found).toEqual([
      `${FILE}:${frontmatterLines + 3}: <Kader> is een component (JSX), die MDX bij het bouwen uitvoert; een contract bevat geen code: de SLA-tekst is gewone Markdown; bedoelt u het teken < zelf, schrijf dan \\<`,
      expect.stringMatching(new RegExp(`^${FILE}:${frontmatterLines + 5}: <br> is een component`)),
    ]);
  });

  it('a lone { that MDX cannot read is refused at its line and column, with what to write instead', () => {
    // "Binnen {3 werkdagen" : the brace opens an expression that never closes; the parser stops at the end of the file.
    const found = problems(withBody('Eerste regel.', 'Binnen {3 werkdagen'));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(new RegExp(`^${FILE}:${frontmatterLines + 2}: kolom \\d+: geen geldige MDX: `));
    expect(found[0]).toContain('schrijf dan \\{ of \\<');
  });

  it('refuses an image, local or by reference: MDX turns it into an import that the build loads and runs', () => {
    // Body line 3: an inline image of a script in the project; line 5: an image by reference to a module next to
    // the SLA (its definition on line 7 is an ordinary address and not itself refused).
    const found = problems(withBody('## Artikel 1', '', '![schema](../../scripts/generate-data.ts)', '', 'Zie ![x][p] hier.', '', '[p]: ./payload.mjs'));
    const image = 'is een afbeelding: MDX maakt er bij het bouwen een import van, die wordt ingelezen en uitgevoerd; een contract bevat geen afbeeldingen: verwijder de afbeelding; bedoelt u het teken ! zelf, schrijf dan \\!';
    expect(found).toEqual([
      `${FILE}:${frontmatterLines + 3}: ![schema](../../scripts/generate-data.ts) ${image}`,
      `${FILE}:${frontmatterLines + 5}: ![x][p] ${image}`,
    ]);
  });

  it('refuses a link or a link definition to a javascript:, data: or vbscript: address, read as a browser reads it', () => {
    // Line 1: plain; line 2: mixed case; line 3: a tab (&#9;) before the scheme, which a browser drops;
    // line 4: vbscript; line 6: a definition with a data: address. Line 8's https:, mailto: and #anchor links pass.
    const found = problems(
      withBody(
        '[klik](javascript:alert(1))',
        '[klik](JaVaScRiPt:alert(1))',
        '[klik](&#9;javascript:alert(1))',
        '[klik](vbscript:msgbox)',
        '',
        '[d]: data:text/html;base64,PHNjcmlwdD4=',
        '',
        '[site](https://example.nl), [mail](mailto:sla@example.nl), [art. 5](#artikel-5)',
      ),
    );
    const runs = (scheme: string) => `is een ${scheme}:-adres, dat in de browser van de lezer code uitvoert of eigen inhoud toont; een contract bevat geen code: verwijder de link of gebruik een https:-adres`;
    expect(found).toEqual([
      `${FILE}:${frontmatterLines + 1}: link naar "javascript:alert(1)" ${runs('javascript')}`,
      `${FILE}:${frontmatterLines + 2}: link naar "JaVaScRiPt:alert(1)" ${runs('javascript')}`,
      `${FILE}:${frontmatterLines + 3}: link naar "javascript:alert(1)" ${runs('javascript')}`,
      `${FILE}:${frontmatterLines + 4}: link naar "vbscript:msgbox" ${runs('vbscript')}`,
      `${FILE}:${frontmatterLines + 6}: linkdefinitie [d]: "data:text/html;base64,PHNjcmlwdD4=" ${runs('data')}`,
    ]);
  });

  it('an image written with \\! is text and a link: accepted', () => {
    expect(() => parseSlaMdx(withBody('Zie \\![schema](https://example.nl/schema.png).'), FILE)).not.toThrow();
  });

  it('accepts braces and angle brackets written as \\{ and \\<', () => {
    expect(() => parseSlaMdx(withBody('Binnen \\{3 werkdagen\\} en \\<4 uur.'), FILE)).not.toThrow();
  });
});

describe('the frontmatter says exactly what it says', () => {
  it('refuses a misspelt key instead of falling back to the default, suggesting the key meant', () => {
    const text = bundledWith('  atRiskFraction: 0.75', '  atRiskFractoin: 0.5');
    expect(problems(text)).toEqual([`${FILE}:${lineOf(text, 'atRiskFractoin')}: clock.atRiskFractoin: onbekende sleutel; bedoelt u "atRiskFraction"?`]);
  });

  it('lists the known keys when an unknown key is not close to any', () => {
    const text = bundledWith('timeZone: Europe/Amsterdam', 'timeZone: Europe/Amsterdam\nopmerking: geen');
    expect(problems(text)[0]).toMatch(new RegExp(`^${FILE}:${lineOf(text, 'opmerking')}: opmerking: onbekende sleutel; bekend zijn: title, version, validFrom, timeZone, `));
  });

  it('refuses a time zone that does not exist (it used to pass and crash every command later)', () => {
    const text = bundledWith('timeZone: Europe/Amsterdam', 'timeZone: Europe/Amsterdm');
    expect(problems(text)).toEqual([`${FILE}:${lineOf(text, 'timeZone')}: timeZone: onbekende tijdzone "Europe/Amsterdm"; bedoelt u "Europe/Amsterdam"?`]);
    const far = bundledWith('timeZone: Europe/Amsterdam', 'timeZone: Mars/Olympus');
    expect(problems(far)).toEqual([`${FILE}:${lineOf(far, 'timeZone')}: timeZone: onbekende tijdzone "Mars/Olympus" (verwacht een IANA-naam zoals "Europe/Amsterdam")`]);
  });

  it('says in Dutch what was expected and what was found, with the path of the field', () => {
    // streeftijden[3] is the fourth row: Intramed Online, incident, niveau 1, "4 uur".
    const row = '{ product: intramed-online, type: incident, niveau: 1, label: "4 uur", target: { unit: uren, amount: 4 } }';
    const text = bundledWith(row, row.replace('amount: 4', 'amount: "vier"'));
    expect(problems(text)).toEqual([`${FILE}:${lineOf(text, '"vier"')}: hersteltijden.streeftijden[3].target.amount: verwacht een getal, gekregen tekst`]);
  });

  it('names a missing field, a value outside its list and an unknown unit in Dutch', () => {
    // "on-premis" is one letter from "on-premise": suggested. "uur" is three edits from "uren": too far to guess, the list only.
    const text = bundledWith('title: Service Level Agreement Intramed (Online)\n', '')
      .replace('delivery: on-premise', 'delivery: on-premis')
      .replace('target: { unit: uren, amount: 4 }', 'target: { unit: uur, amount: 4 }');
    expect(problems(text)).toEqual([
      `${FILE}:2: title: ontbreekt (verwacht tekst)`,
      `${FILE}:${lineOf(text, 'on-premis')}: products[0].delivery: onbekende waarde "on-premis" (toegestaan: "on-premise", "hosted"); bedoelt u "on-premise"?`,
      `${FILE}:${lineOf(text, 'unit: uur')}: hersteltijden.streeftijden[3].target.unit: onbekende waarde "uur" (toegestaan: "uren", "werkdagen", "kalenderdagen", "maanden", "volgende-release")`,
    ]);
  });

  it('a YAML syntax error names the line in the file', () => {
    // Line 3 of the file is `version: "2024.1"`; an unclosed quote runs on and the parser reports where it is missing.
    const text = bundledWith('version: "2024.1"', 'version: "2024.1');
    const [problem] = problems(text);
    expect(problem).toMatch(new RegExp(`^${FILE}: frontmatter, regel \\d+, kolom \\d+: geen geldige YAML: `));
  });
});
