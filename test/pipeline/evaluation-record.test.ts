// The CSV line of the evaluate contract: text cells a spreadsheet would run as a formula are
// neutralised (OWASP: a leading apostrophe, and quotes); numbers, also negative ones, are not.
import { describe, expect, it } from 'vitest';
import { EVALUATION_FIELDS, toCsvLine, type EvaluationRecord } from '../../src/pipeline/evaluation-record.ts';

const blank = Object.fromEntries(EVALUATION_FIELDS.map((f) => [f, null])) as EvaluationRecord;
const cellOf = (field: (typeof EVALUATION_FIELDS)[number], value: EvaluationRecord[keyof EvaluationRecord]) =>
  toCsvLine({ ...blank, [field]: value }).split(',')[EVALUATION_FIELDS.indexOf(field)];

describe('toCsvLine', () => {
  it.each([
    ['=HYPERLINK(x)', '"\'=HYPERLINK(x)"'],
    ['+31201234567', '"\'+31201234567"'],
    ['-K3', '"\'-K3"'],
    ['@SUM(A1)', '"\'@SUM(A1)"'],
    ['\tK5', '"\'\tK5"'],
    ['\rK6', '"\'\rK6"'],
    ['K7=1', 'K7=1'],
  ])('the text %j is written as %s', (value, expected) => {
    expect(cellOf('id', value)).toBe(expected);
  });

  it('a negative number stays a number', () => {
    expect(cellOf('remainingMinutes', -15)).toBe('-15');
  });

  it('a flag list that starts with a formula character is neutralised as one cell', () => {
    expect(cellOf('flags', ['-x', 'y'])).toBe('"\'-x y"');
  });
});
