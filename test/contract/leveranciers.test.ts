// The Leveranciers as content (content/leveranciers.yaml): read and checked like the
// SLA's frontmatter, every problem in Dutch with file, line and field. Inputs: the
// bundled file, and copies of it with one hand-made change each in a temporary folder.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { leveranciersPathFor, loadLeveranciers } from '../../src/contract/leveranciers.ts';
import { loadSlaFolder } from '../../src/contract/load.ts';
import { ContractError } from '../../src/contract/parse.ts';

const root = new URL('../../', import.meta.url).pathname;
const bundled = readFileSync(join(root, 'content/leveranciers.yaml'), 'utf8');
const sla = loadSlaFolder(join(root, 'content/sla'), root);

/** A content folder with the bundled logos and `text` as leveranciers.yaml; returns the file's path. */
function contentWith(text: string): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'leveranciers-'));
  mkdirSync(join(dir, 'leveranciers'));
  for (const logo of ['intramed-bv.png', 'convenient-bv.png']) copyFileSync(join(root, 'content/leveranciers', logo), join(dir, 'leveranciers', logo));
  writeFileSync(join(dir, 'leveranciers.yaml'), text);
  return { dir, file: join(dir, 'leveranciers.yaml') };
}

function problemsOf(text: string): string[] {
  const { dir, file } = contentWith(text);
  try {
    loadLeveranciers(file, sla, dir);
  } catch (e) {
    if (e instanceof ContractError) return e.problems;
    throw e;
  }
  return [];
}

const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;

describe('content/leveranciers.yaml', () => {
  it('has every Leverancier the SLA names per product, with logo and the helpdesk of 4.2 and 4.4', () => {
    const { leveranciers } = loadLeveranciers(join(root, 'content/leveranciers.yaml'), sla, root);
    expect(leveranciers.map((l) => [l.name, l.logoFile])).toEqual([
      ['Intramed BV', 'content/leveranciers/intramed-bv.png'],
      ['Convenient BV', 'content/leveranciers/convenient-bv.png'],
    ]);
    // 4.2 a) and b): helpdesk@intramed.nl, and the number the contract writes "0182- 62 11 21", shown the usual Dutch way.
    expect(leveranciers[0].helpdesk).toMatchObject({ clause: '4.2, 4.4', phone: '0182 - 62 11 21', email: 'helpdesk@intramed.nl' });
  });

  it('is found beside the SLA folder', () => {
    expect(leveranciersPathFor(join(root, 'content/sla'))).toBe(join(root, 'content/leveranciers.yaml'));
  });

  it('names file, line and field of a missing helpdesk e-mail', () => {
    const text = bundled.replace('      email: helpdesk@intramed.nl\n', '');
    expect(problemsOf(text)).toEqual([`leveranciers.yaml:${lineOf(text, '    helpdesk:')}: leveranciers[0].helpdesk.email: ontbreekt (verwacht tekst)`]);
  });

  it('refuses a Leverancier the SLA names but the file lacks', () => {
    const text = bundled.replace('- name: Convenient BV', '- name: Convenient B.V.');
    expect(problemsOf(text)).toEqual([
      'leveranciers.yaml: leveranciers: geen gegevens voor "Convenient BV", de Leverancier van Intramed Online in content/sla/intramed-sla.mdx (products[1].leverancier)',
    ]);
  });

  it('refuses a logo that is not there', () => {
    const text = bundled.replace('leveranciers/convenient-bv.png', 'leveranciers/convenient.png');
    expect(problemsOf(text)).toEqual([
      `leveranciers.yaml:${lineOf(text, 'leveranciers/convenient.png')}: leveranciers[1].logo: bestand leveranciers/convenient.png bestaat niet (gezocht naar leveranciers/convenient.png)`,
    ]);
  });

  it('refuses a logo that pdfkit cannot draw (not PNG or JPEG)', () => {
    const text = bundled.replace('leveranciers/intramed-bv.png', 'leveranciers/intramed-bv.svg');
    expect(problemsOf(text)[0]).toBe(`leveranciers.yaml:${lineOf(text, 'leveranciers/intramed-bv.svg')}: leveranciers[0].logo: verwacht een PNG- of JPEG-bestand (.png, .jpg)`);
  });

  it('reads each Leverancier\'s sender for the report e-mails', () => {
    const { leveranciers } = loadLeveranciers(join(root, 'content/leveranciers.yaml'), sla, root);
    expect(leveranciers.map((l) => [l.name, l.sender?.fromName, l.sender?.fromAddress, l.at])).toEqual([
      ['Intramed BV', 'Intramed BV', 'helpdesk@intramed.nl', 'content/leveranciers.yaml:11'],
      ['Convenient BV', 'Convenient BV', 'helpdesk@intramed.nl', 'content/leveranciers.yaml:28'],
    ]);
  });

  it('reads a signature as a letter closes: on lines of its own, without article numbers', () => {
    const { leveranciers } = loadLeveranciers(join(root, 'content/leveranciers.yaml'), sla, root);
    expect(leveranciers.map((l) => l.sender?.signature)).toEqual([
      'Met vriendelijke groet,\n\nde helpdesk van Intramed BV',
      'Met vriendelijke groet,\n\nConvenient BV\nvia de helpdesk van Intramed',
    ]);
  });

  it.each([
    { name: 'a line of spaces only', lines: ['Met vriendelijke groet,', '   ', 'Convenient BV'], problem: 'regel 2 van de afsluiting bevat geen letters of cijfers (een witregel moet helemaal leeg zijn)' },
    { name: 'a line of punctuation only', lines: ['Met vriendelijke groet,', '', '---'], problem: 'regel 3 van de afsluiting bevat geen letters of cijfers (een witregel moet helemaal leeg zijn)' },
    { name: 'two empty lines in a row', lines: ['Met vriendelijke groet,', '', '', 'Convenient BV'], problem: 'regel 3 van de afsluiting is de tweede lege regel achter elkaar (hoogstens één)' },
    { name: 'a tab inside a line', lines: ['Met vriendelijke groet,', '', 'Convenient\tBV'], problem: 'regel 3 van de afsluiting bevat een tab of ander stuurteken' },
  ])('names file, line and field of a signature with $name', ({ lines, problem }) => {
    const signature = `      signature: |-\n${lines.map((l) => (l === '' ? '' : `        ${l}`)).join('\n')}\n`;
    const text = bundled.replace(/      signature: \|-\n        Met vriendelijke groet,\n\n        Convenient BV\n        via de helpdesk van Intramed\n/, signature);
    expect(text).not.toBe(bundled);
    const line = text.slice(0, text.lastIndexOf('signature:')).split('\n').length;
    expect(problemsOf(text)).toEqual([`leveranciers.yaml:${line}: leveranciers[1].sender.signature: ${problem}`]);
  });

  it('names file, line and field of a sender address that is no address', () => {
    const text = bundled.replace('      fromName: Convenient BV\n      fromAddress: helpdesk@intramed.nl\n', '      fromName: Convenient BV\n      fromAddress: Convenient <helpdesk@intramed.nl>\n');
    expect(problemsOf(text)).toEqual([`leveranciers.yaml:${lineOf(text, 'fromAddress: Convenient')}: leveranciers[1].sender.fromAddress: verwacht één e-mailadres (naam@domein.nl)`]);
  });
});
