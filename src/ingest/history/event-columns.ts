// The status and priority changes read from history pages, kept as columns of
// numbers until every page is read (pages come in any order, and one ticket's
// changes may be spread over many of them). Ten million changes cost about
// 40 bytes each here, against several hundred as objects.
const START = 1024;

export const FIELD_STATUS = 0;
export const FIELD_PRIORITY = 1;

export class EventColumns {
  size = 0;
  /** The ticket's slot (see HistoryStore). */
  slot = new Int32Array(START);
  /** Instant as the helpdesk wrote it, to the millisecond: orders changes inside one minute. */
  at = new Float64Array(START);
  /** The helpdesk's id of the change (NaN: none): a change read twice is counted once. */
  id = new Float64Array(START);
  /** FIELD_STATUS or FIELD_PRIORITY; +2 for a value set on creation. */
  field = new Uint8Array(START);
  /** Positions in the value table; -1: not recorded. */
  from = new Int32Array(START);
  to = new Int32Array(START);
  /** Page file (position in the file list) and item (1-based position in the page) it was read from. */
  file = new Int32Array(START);
  item = new Int32Array(START);
  private readonly values: string[] = [];
  private readonly valueIndex = new Map<string, number>();

  value(k: number): string {
    return this.values[k];
  }

  code(text: string): number {
    let k = this.valueIndex.get(text);
    if (k === undefined) {
      k = this.values.length;
      this.values.push(text);
      this.valueIndex.set(text, k);
    }
    return k;
  }

  push(slot: number, at: number, id: number, field: number, from: string | null, to: string, file: number, item: number): void {
    if (this.size === this.slot.length) this.grow();
    const k = this.size++;
    this.slot[k] = slot;
    this.at[k] = at;
    this.id[k] = id;
    this.field[k] = field;
    this.from[k] = from === null ? -1 : this.code(from);
    this.to[k] = this.code(to);
    this.file[k] = file;
    this.item[k] = item;
  }

  /** Positions of each slot's changes, in the order read: `order[start[s] .. start[s + 1])` (a counting sort, linear). */
  bySlot(slots: number): { start: Int32Array; order: Int32Array } {
    const start = new Int32Array(slots + 1);
    for (let k = 0; k < this.size; k++) start[this.slot[k] + 1]++;
    for (let s = 0; s < slots; s++) start[s + 1] += start[s];
    const fill = start.slice(0, slots);
    const order = new Int32Array(this.size);
    for (let k = 0; k < this.size; k++) order[fill[this.slot[k]]++] = k;
    return { start, order };
  }

  private grow(): void {
    const n = this.slot.length * 2;
    const more = <T extends Int32Array | Float64Array | Uint8Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(n);
      b.set(a);
      return b;
    };
    this.slot = more(this.slot);
    this.at = more(this.at);
    this.id = more(this.id);
    this.field = more(this.field);
    this.from = more(this.from);
    this.to = more(this.to);
    this.file = more(this.file);
    this.item = more(this.item);
  }
}
