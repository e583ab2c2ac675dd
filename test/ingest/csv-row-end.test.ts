// Where a row ends must be where papaparse ends it: the CSV reader hands a chunk to
// papaparse only when the scanner finds a row end in it, and passes over a row too
// long to keep up to the end the scanner finds. Hand-made cases for each of
// papaparse's quoting rules, then random texts in every dialect, fed in random pieces,
// compared row end by row end with papaparse itself.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { RowEndScanner } from '../../src/ingest/csv-row-end.ts';

type Newline = '\r\n' | '\n' | '\r';

/** Every row end (index after its line break) papaparse finds, the last row excluded when no line break ends it. */
function papaparseEnds(text: string, delimiter: string, newline: Newline): number[] {
  const ends: number[] = [];
  const parser = new Papa.Parser({ delimiter, newline, step: (r: Papa.ParseStepResult<string[]>) => ends.push(r.meta.cursor) } as Papa.ParseConfig);
  parser.parse(text, 0, true);
  return ends;
}

/** Every row end the scanner finds, given the text in pieces cut at `cuts`. */
function scannerEnds(text: string, delimiter: string, newline: Newline, cuts: number[] = []): number[] {
  const scanner = new RowEndScanner(delimiter, newline);
  const ends: number[] = [];
  const bounds = [0, ...cuts, text.length];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const piece = text.slice(bounds[k], bounds[k + 1]);
    for (let at = 0; ; ) {
      const end = scanner.scan(piece, at);
      if (end === -1) break;
      ends.push(bounds[k] + end);
      at = end;
    }
  }
  return ends;
}

describe('hand-made rows', () => {
  it.each([
    // Each expectation counted by hand: the index just after each row's line break.
    { what: 'plain rows', text: 'a,b\n1,2\n', newline: '\n', ends: [4, 8] },
    { what: 'a line break in a quoted field ends no row', text: 'a,"x\ny"\n1,2\n', newline: '\n', ends: [8, 12] },
    { what: 'a doubled quote is a quote: the field runs on', text: '"a""\n",b\nc\n', newline: '\n', ends: [9, 11] },
    { what: 'a quote inside an unquoted field is a character', text: 'a,b"c\nd,e\n', newline: '\n', ends: [6, 10] },
    { what: 'a quote followed by text is no closing quote', text: '"a"b\n",c\nd\n', newline: '\n', ends: [9, 11] },
    { what: 'a closing quote with spaces before the line break', text: '"a"  \nb\n', newline: '\n', ends: [6, 8] },
    { what: 'a closing quote with spaces before the delimiter', text: '"a"  ,"b\n"\nc\n', newline: '\n', ends: [11, 13] },
    { what: 'a lone LF in a CRLF file ends no row', text: 'a,b\nc\r\nd\r\n', newline: '\r\n', ends: [7, 10] },
    { what: 'a CR before the CRLF is part of the field', text: 'a\r\r\nb\r\n', newline: '\r\n', ends: [4, 7] },
    { what: 'CR-only line ends', text: 'a,"b\rc"\rd\r', newline: '\r', ends: [8, 10] },
    { what: 'a quote as the last character: not yet closed', text: 'a,"b"', newline: '\n', ends: [] },
  ] as { what: string; text: string; newline: Newline; ends: number[] }[])('$what', ({ text, newline, ends }) => {
    expect(papaparseEnds(text, ',', newline)).toEqual(ends);
    expect(scannerEnds(text, ',', newline)).toEqual(ends);
  });

  it('a tab delimiter after a closing quote closes the field (tab is also white space)', () => {
    const text = '"a"\t"b\n"\nc\n';
    expect(papaparseEnds(text, '\t', '\n')).toEqual([9, 11]);
    expect(scannerEnds(text, '\t', '\n')).toEqual([9, 11]);
  });
});

/** A deterministic generator (mulberry32), so a failure can be run again. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('random texts, compared with papaparse', () => {
  const dialects: [string, Newline][] = [[',', '\n'], [';', '\r\n'], ['\t', '\n'], [',', '\r'], [';', '\n']];
  // Characters that matter to the rules, and a few that do not.
  const alphabet = ['"', '"', '"', ',', ';', '\t', ' ', ' ', '\n', '\r', 'a', 'b', '\u00a0', 'é'];
  it.each(dialects)('delimiter %j, line break %j: 3,000 texts, each fed whole and in random pieces', (delimiter, newline) => {
    const next = random(delimiter.charCodeAt(0) * 31 + newline.length);
    for (let n = 0; n < 3000; n++) {
      const length = 1 + Math.floor(next() * 60);
      let text = '';
      for (let i = 0; i < length; i++) text += next() < 0.15 ? newline : alphabet[Math.floor(next() * alphabet.length)];
      const expected = papaparseEnds(text, delimiter, newline);
      expect(scannerEnds(text, delimiter, newline), JSON.stringify(text)).toEqual(expected);
      const cuts = [...new Set(Array.from({ length: 1 + Math.floor(next() * 6) }, () => Math.floor(next() * text.length)))].sort((a, b) => a - b);
      expect(scannerEnds(text, delimiter, newline, cuts), `${JSON.stringify(text)} cut at ${cuts}`).toEqual(expected);
    }
  });
});
