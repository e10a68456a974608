// Numbers by spelling, looked up by a span of a text without slicing it out. The claim index reads
// every word of every source (~15 million tokens over 10,000 articles): through a Map, each needed
// a string of its own, hashed again on every lookup; here a token is hashed from the text's
// characters and compared in place. Open addressing, linear probing, at most half full.
import { flatCopy } from '../core/storedText';
import { fnv1a } from '../core/typedArrays';

export class SpellingTable {
  private keys: Array<string | undefined>;
  private hashes: Int32Array;
  private values: Int32Array;
  private count = 0;

  constructor(capacity = 1024) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.keys = new Array<string | undefined>(size).fill(undefined);
    this.hashes = new Int32Array(size);
    this.values = new Int32Array(size);
  }

  get size(): number {
    return this.count;
  }

  /** The value of the spelling `text.slice(start, end)`, if it has one. */
  get(text: string, start: number, end: number): number | undefined {
    const slot = this.find(text, start, end, hashSpan(text, start, end));
    return this.keys[slot] === undefined ? undefined : this.values[slot];
  }

  /** Sets the value of the spelling `text.slice(start, end)` (a copy is kept, never the text). */
  set(text: string, start: number, end: number, value: number): void {
    const hash = hashSpan(text, start, end);
    const slot = this.find(text, start, end, hash);
    if (this.keys[slot] === undefined) {
      this.keys[slot] = flatCopy(text.slice(start, end));
      this.hashes[slot] = hash;
      this.count++;
    }
    this.values[slot] = value;
    if (this.count * 2 > this.keys.length) this.grow();
  }

  clear(): void {
    this.keys.fill(undefined);
    this.count = 0;
  }

  /** The slot holding the spelling, or the empty slot where it would go. */
  private find(text: string, start: number, end: number, hash: number): number {
    const mask = this.keys.length - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const key = this.keys[slot];
      if (key === undefined || (this.hashes[slot] === hash && key.length === length && text.startsWith(key, start))) return slot;
    }
  }

  private grow(): void {
    const { keys, hashes, values } = this;
    const size = keys.length * 2;
    this.keys = new Array<string | undefined>(size).fill(undefined);
    this.hashes = new Int32Array(size);
    this.values = new Int32Array(size);
    const mask = size - 1;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (key === undefined) continue;
      let slot = hashes[i] & mask;
      while (this.keys[slot] !== undefined) slot = (slot + 1) & mask;
      this.keys[slot] = key;
      this.hashes[slot] = hashes[i];
      this.values[slot] = values[i];
    }
  }
}

/** FNV-1a over the span, as an Int32Array holds it (the empty span's hash is the unmixed basis, beyond int32). */
function hashSpan(text: string, start: number, end: number): number {
  return fnv1a(text, start, end) | 0;
}
