// Export values and their codes (a mapping's `map`, or the canonical values): the
// table a column's value is looked up in, once per row. A few values are compared
// one by one, which needs no hash of the value (hashing a value cut from the
// parser's text is most of the cost of a Map look-up); many go in a Map.
const SCAN_AT_MOST = 12;

export class ValueTable {
  private readonly keys: string[] = [];
  private readonly codes: number[] = [];
  private readonly map: Map<string, number> | null;

  constructor(byKey: Map<string, number>) {
    this.map = byKey.size > SCAN_AT_MOST ? byKey : null;
    for (const [key, code] of byKey) {
      this.keys.push(key);
      this.codes.push(code);
    }
  }

  /** The code of `value`, or -1. */
  get(value: string): number {
    if (this.map !== null) return this.map.get(value) ?? -1;
    const keys = this.keys;
    for (let i = 0; i < keys.length; i++) if (keys[i] === value) return this.codes[i];
    return -1;
  }
}

