// Many short lists of integers, appended to in order, kept in flat typed arrays as linked lists.
// A JS array per list costs ~150 bytes however short it stays (V8 gives an array pushed to room
// for 16 values), and the claim index keeps a few lists per distinct source sentence and per
// word: hundreds of thousands of lists, most of one or two values.
import { grown } from '../core/typedArrays';

export class IntLists {
  private lists = 0;
  private head = new Int32Array(256);
  private tail = new Int32Array(256);
  private count = new Int32Array(256);
  private entries = 0;
  /** `width` values per entry. */
  private values: Int32Array<ArrayBuffer>;
  private next = new Int32Array(256);

  /** Each entry holds `width` values (a span: a document, a start and an end). */
  constructor(readonly width: number) {
    this.values = new Int32Array(256 * width);
  }

  /** Number of lists. */
  get size(): number {
    return this.lists;
  }

  /** A new empty list: its number (lists are numbered 0, 1, 2… as added). */
  add(): number {
    if (this.lists === this.head.length) {
      this.head = grown(this.head, this.lists + 1);
      this.tail = grown(this.tail, this.lists + 1);
      this.count = grown(this.count, this.lists + 1);
    }
    const list = this.lists++;
    this.head[list] = this.tail[list] = -1;
    this.count[list] = 0;
    return list;
  }

  /** Appends an entry to the list: its number. */
  append(list: number, a: number, b = 0, c = 0): number {
    if (this.entries === this.next.length) {
      this.next = grown(this.next, this.entries + 1);
      this.values = grown(this.values, (this.entries + 1) * this.width);
    }
    const entry = this.entries++;
    const at = entry * this.width;
    this.values[at] = a;
    if (this.width > 1) this.values[at + 1] = b;
    if (this.width > 2) this.values[at + 2] = c;
    this.next[entry] = -1;
    if (this.tail[list] < 0) this.head[list] = entry;
    else this.next[this.tail[list]] = entry;
    this.tail[list] = entry;
    this.count[list]++;
    return entry;
  }

  length(list: number): number {
    return this.count[list];
  }

  /** The list's first entry, -1 if it is empty. */
  first(list: number): number {
    return this.head[list];
  }

  /** The entry after this one in its list, -1 after the last. */
  after(entry: number): number {
    return this.next[entry];
  }

  /** Value `field` (0 to width − 1) of an entry. */
  value(entry: number, field = 0): number {
    return this.values[entry * this.width + field];
  }

  /** Whether the list has an entry whose first value is `a`. */
  includes(list: number, a: number): boolean {
    for (let e = this.head[list]; e >= 0; e = this.next[e]) if (this.values[e * this.width] === a) return true;
    return false;
  }
}
