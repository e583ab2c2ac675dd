// The per-export id set decides which rows are repeats: it must agree with a plain
// Set of the ids as written, whatever order and shape the ids come in.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IdSet, mayShare } from '../../../src/ingest/export-fast/id-set.ts';

/** Adds each id the first time and reports, per id, whether it was already there. */
function repeats(ids: string[]): boolean[] {
  const set = new IdSet();
  return ids.map((id) => {
    const seen = set.has(id);
    if (!seen) set.add(id);
    return seen;
  });
}

describe('IdSet', () => {
  it.each([
    ['ascending numbers (an export in ticket order)', ['10300', '10301', '10302', '10301', '10300'], [false, false, false, true, true]],
    ['descending numbers', ['10302', '10301', '10300', '10301'], [false, false, false, true]],
    ['a leading zero makes another id: 012 is not 12', ['12', '012', '0012', '012', '12'], [false, false, false, true, true]],
    ['zero itself', ['0', '00', '0'], [false, false, true]],
    ['15 digits (still exact as a number) and 16 digits (kept as text)', ['999999999999999', '1000000000000000', '999999999999999', '1000000000000000'], [false, false, true, true]],
    ['numbers and keys mixed', ['SD-1201', '1201', 'SD-1201', 'I 2603 001', '1201'], [false, false, true, false, true]],
    ['Jira keys of one project, and of another', ['SD-1201', 'SD-1202', 'OPS-1201', 'SD-1201', 'OPS-1201', 'SD-01201', 'SD-'], [false, false, false, true, true, false, false]],
    ['a first id without digits', ['SD-', 'SD-1', 'SD-', 'SD-1'], [false, false, true, true]],
  ])('%s', (_what, ids, expected) => {
    expect(repeats(ids)).toEqual(expected);
  });

  it('only counts what was added: has() alone adds nothing', () => {
    const set = new IdSet();
    expect(set.has('7')).toBe(false);
    expect(set.has('7')).toBe(false);
    set.add('7');
    set.add('7');
    expect(set.size).toBe(1);
  });

  it('agrees with a Set of strings on any sequence of ids, across table growth', () => {
    const id = fc.oneof(
      fc.integer({ min: 0, max: 5000 }).map(String),
      fc.integer({ min: 0, max: 99 }).map((n) => `0${n}`),
      fc.integer({ min: 0, max: 5000 }).map((n) => `SD-${n}`),
      fc.integer({ min: 0, max: 50 }).map((n) => `SD-0${n}`),
      fc.constantFrom('SD-', 'OPS-1', 'I 2603 001', '1e5', '12345678901234567'),
    );
    fc.assert(
      fc.property(fc.array(id, { maxLength: 3000 }), fc.boolean(), (ids, sorted) => {
        const number = (x: string) => Number(x.replace(/^\D*/, ''));
        const sequence = sorted ? [...ids].sort((a, b) => number(a) - number(b)) : ids;
        const plain = new Set<string>();
        const expected = sequence.map((x) => {
          const seen = plain.has(x);
          plain.add(x);
          return seen;
        });
        expect(repeats(sequence)).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });
});

describe('mayShare: whether two id sets can have an id in common', () => {
  const span = (ids: string[]) => {
    const set = new IdSet();
    for (const id of ids) set.add(id);
    return set.span;
  };
  it.each([
    ['numbers that lie apart (an export in ticket order, cut in two)', ['100', '101', '102'], ['103', '250'], false],
    ['the same, in descending order', ['250', '103'], ['102', '101', '100'], false],
    ['an out-of-order number reaching into the other range', ['100', '200', '150'], ['160', '300'], true],
    ['a number below the first of the list', ['200', '201', '100'], ['150'], true],
    ['the same number', ['100'], ['100'], true],
    ['Jira keys of one project, apart', ['SD-1', 'SD-2'], ['SD-3'], false],
    ['other letters before the numbers', ['SD-1', 'SD-2'], ['OPS-3'], true],
    ['an id that is not a number', ['100'], ['I 2603 001'], true],
    ['an empty set', [], ['100'], false],
  ])('%s', (_what, a, b, expected) => {
    expect(mayShare(span(a), span(b))).toBe(expected);
    expect(mayShare(span(b), span(a))).toBe(expected);
  });

  it('never says no when the sets share an id (fast-check against plain Sets)', () => {
    const id = fc.oneof(fc.integer({ min: 0, max: 300 }).map(String), fc.integer({ min: 0, max: 300 }).map((n) => `SD-${n}`), fc.constantFrom('SD-', '007', 'x'));
    fc.assert(
      fc.property(fc.array(id, { maxLength: 40 }), fc.array(id, { maxLength: 40 }), (a, b) => {
        const shared = a.some((x) => b.includes(x));
        if (shared) expect(mayShare(span(a), span(b))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
