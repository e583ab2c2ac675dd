// The README's output-contract table is what a user reads to parse `evaluate --format csv`:
// it says the CSV has the same columns in the same order, so its rows name every field of
// EVALUATION_FIELDS, each once, in that order.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EVALUATION_FIELDS } from '../../src/pipeline/evaluation-record.ts';

describe('README "Output contract" table', () => {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.split('### Output contract')[1].split('\n## ')[0];
  const firstCells = section.split('\n').filter((l) => l.startsWith('| `')).map((l) => l.split('|')[1]);
  const named = firstCells.flatMap((cell) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]));

  it('names the fields in the order of the JSON keys and CSV columns', () => {
    expect(named).toEqual([...EVALUATION_FIELDS]);
  });
});
