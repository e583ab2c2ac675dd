// The ticket ids seen so far in one export, to set a repeat aside. Most helpdesks
// number their tickets (Zendesk's 10302, Jira's SD-1201 after the project key), and
// list them in that order: such an id is kept as its number. A number larger than
// all before it is appended to an ascending list, which costs no look-up and no
// hashing; one out of that order goes in an open-addressing table of doubles.
// Together they take a fraction of the time a Set of a million strings takes.
//
// The letters before the number (the prefix) are those of the first id; an id with
// other letters, more than 15 digits or a leading zero (which would collide with the
// same number written without it), or none ("I 2603 001"), goes in a plain Set.
import { digitsValue } from '../digits.ts';

const EMPTY = 0;

/** What a set of ids spans: enough to tell, often, that two sets have no id in common (see mayShare). */
export interface IdSpan {
  /** The letters before the number of the numeric ids (null: no ids). */
  prefix: string | null;
  /** Smallest and largest number of the numeric ids (Infinity and -Infinity: none). */
  min: number;
  max: number;
  /** How many ids are not numeric. */
  others: number;
}

/** False when two sets spanning `a` and `b` certainly have no id in common: their numbers lie apart (an export listed by number, cut in two). */
export function mayShare(a: IdSpan, b: IdSpan): boolean {
  if (a.others > 0 || b.others > 0) return true;
  if (a.min > a.max || b.min > b.max) return false;
  return a.prefix !== b.prefix || !(a.max < b.min || b.max < a.min);
}

export class IdSet {
  /** Numeric ids in ascending order, as far as they came in that order. */
  private ascending = new Float64Array(1 << 12);
  private ascendingCount = 0;
  /** Number + 1 of each other numeric id (0: empty slot); the length is a power of two. */
  private slots = new Float64Array(1 << 12);
  private slotCount = 0;
  /** The smallest number in the table (the ascending list's largest is its last). */
  private slotMin = Infinity;
  private readonly others = new Set<string>();
  /** The id last looked up and its number: a row looks its id up, then adds it. */
  private lastId = '';
  private lastKey = -1;
  /** What comes before the digits in the first id (null: no id yet). */
  private prefix: string | null = null;

  has(id: string): boolean {
    const v = this.keyOf(id);
    if (v === -1) return this.others.has(id);
    const n = this.ascendingCount;
    if (n === 0 || v > this.ascending[n - 1]) return false;
    return this.inAscending(v) || this.slots[this.find(v + 1)] !== EMPTY;
  }

  add(id: string): void {
    const v = this.keyOf(id);
    if (v === -1) {
      this.others.add(id);
      return;
    }
    const n = this.ascendingCount;
    if (n === 0 || v > this.ascending[n - 1]) {
      if (n === this.ascending.length) {
        const longer = new Float64Array(n * 2);
        longer.set(this.ascending);
        this.ascending = longer;
      }
      this.ascending[this.ascendingCount++] = v;
      return;
    }
    if (this.inAscending(v)) return;
    const slot = this.find(v + 1);
    if (this.slots[slot] !== EMPTY) return;
    this.slots[slot] = v + 1;
    if (v < this.slotMin) this.slotMin = v;
    // At most half full, so a miss ends after a few slots.
    if (++this.slotCount * 2 > this.slots.length) this.grow();
  }

  get span(): IdSpan {
    const n = this.ascendingCount;
    return { prefix: this.prefix, min: n === 0 ? Infinity : Math.min(this.ascending[0], this.slotMin), max: n === 0 ? -Infinity : this.ascending[n - 1], others: this.others.size };
  }

  get size(): number {
    return this.ascendingCount + this.slotCount + this.others.size;
  }

  private keyOf(id: string): number {
    if (id !== this.lastId) {
      this.prefix ??= prefixOf(id);
      this.lastId = id;
      this.lastKey = id.startsWith(this.prefix) ? numericKey(id, this.prefix.length) : -1;
    }
    return this.lastKey;
  }

  /** Binary search in the ascending list. */
  private inAscending(v: number): boolean {
    let lo = 0;
    let hi = this.ascendingCount - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const m = this.ascending[mid];
      if (m === v) return true;
      if (m < v) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }

  /** The slot holding `key`, or the empty slot where it would go (linear probing). */
  private find(key: number): number {
    const slots = this.slots;
    const mask = slots.length - 1;
    let i = hash(key) & mask;
    for (;;) {
      const held = slots[i];
      if (held === key || held === EMPTY) return i;
      i = (i + 1) & mask;
    }
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Float64Array(old.length * 2);
    for (let i = 0; i < old.length; i++) if (old[i] !== EMPTY) this.slots[this.find(old[i])] = old[i];
  }
}

/** The number written from `start` to the end of the id (no sign, no leading zero, at most 15 digits), else -1. */
function numericKey(id: string, start: number): number {
  if (id.length > start + 1 && id.charCodeAt(start) === 48) return -1;
  return digitsValue(start === 0 ? id : id.slice(start));
}

/** Everything before the trailing digits of an id ("SD-" of "SD-1201", "" of "10302"). */
function prefixOf(id: string): string {
  let end = id.length;
  while (end > 0 && id.charCodeAt(end - 1) >= 48 && id.charCodeAt(end - 1) <= 57) end--;
  return (' ' + id.slice(0, end)).slice(1);
}

/** Mixes both 32-bit halves of a whole number below 2^53. */
function hash(key: number): number {
  let h = Math.imul((key >>> 0) ^ Math.imul((key / 4294967296) | 0, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}
