// The claim index's distinct sentences ("units"): for each, the documents and spans that carry it,
// in the order they were added, and the sentences found next to it. Kept in flat typed arrays,
// as linked lists: most sentences of a real corpus occur once, and three small arrays of their own
// cost a unit ~450 bytes (V8 gives an array pushed to room for 16 values), against ~50 here.

export class ClaimUnits {
  private count = 0;
  // Per unit: its first and last occurrence, first and last neighbour entry, number of neighbours.
  private firstOcc = new Int32Array(256);
  private lastOcc = new Int32Array(256);
  private firstNb = new Int32Array(256);
  private lastNb = new Int32Array(256);
  private nbCount = new Uint8Array(256);
  // Per occurrence: document, span, the unit's next occurrence (-1: none).
  private occs = 0;
  private occDoc = new Int32Array(1024);
  private occStart = new Int32Array(1024);
  private occEnd = new Int32Array(1024);
  private occNext = new Int32Array(1024);
  // Per neighbour entry: the neighbouring unit, the unit's next entry (-1: none).
  private nbs = 0;
  private nbUnit = new Int32Array(1024);
  private nbNext = new Int32Array(1024);

  /** Number of units. */
  get size(): number {
    return this.count;
  }

  /** A new unit without occurrences: its number. */
  add(): number {
    if (this.count === this.firstOcc.length) {
      const size = this.count + 1;
      this.firstOcc = grown(this.firstOcc, size);
      this.lastOcc = grown(this.lastOcc, size);
      this.firstNb = grown(this.firstNb, size);
      this.lastNb = grown(this.lastNb, size);
      this.nbCount = grown(this.nbCount, size);
    }
    const unit = this.count++;
    this.firstOcc[unit] = this.lastOcc[unit] = -1;
    this.firstNb[unit] = this.lastNb[unit] = -1;
    this.nbCount[unit] = 0;
    return unit;
  }

  /** A document carries the unit at this span. */
  addOccurrence(unit: number, doc: number, start: number, end: number): void {
    if (this.occs === this.occDoc.length) {
      const size = this.occs + 1;
      this.occDoc = grown(this.occDoc, size);
      this.occStart = grown(this.occStart, size);
      this.occEnd = grown(this.occEnd, size);
      this.occNext = grown(this.occNext, size);
    }
    const o = this.occs++;
    this.occDoc[o] = doc;
    this.occStart[o] = start;
    this.occEnd[o] = end;
    this.occNext[o] = -1;
    if (this.lastOcc[unit] < 0) this.firstOcc[unit] = o;
    else this.occNext[this.lastOcc[unit]] = o;
    this.lastOcc[unit] = o;
  }

  /** Notes `other` as next to `unit`, once, and only while the unit has fewer than `max`. */
  addNeighbour(unit: number, other: number, max: number): void {
    if (this.nbCount[unit] >= max) return;
    for (let n = this.firstNb[unit]; n >= 0; n = this.nbNext[n]) if (this.nbUnit[n] === other) return;
    if (this.nbs === this.nbUnit.length) {
      this.nbUnit = grown(this.nbUnit, this.nbs + 1);
      this.nbNext = grown(this.nbNext, this.nbs + 1);
    }
    const n = this.nbs++;
    this.nbUnit[n] = other;
    this.nbNext[n] = -1;
    if (this.lastNb[unit] < 0) this.firstNb[unit] = n;
    else this.nbNext[this.lastNb[unit]] = n;
    this.lastNb[unit] = n;
    this.nbCount[unit]++;
  }

  /** The units noted next to `unit`, in the order they were noted. */
  neighbours(unit: number): number[] {
    const out: number[] = [];
    for (let n = this.firstNb[unit]; n >= 0; n = this.nbNext[n]) out.push(this.nbUnit[n]);
    return out;
  }

  /** The unit's first occurrence (in the order added) whose document `alive` accepts, or -1. */
  firstOccurrence(unit: number, alive: (doc: number) => boolean): number {
    for (let o = this.firstOcc[unit]; o >= 0; o = this.occNext[o]) if (alive(this.occDoc[o])) return o;
    return -1;
  }

  docOf(occurrence: number): number {
    return this.occDoc[occurrence];
  }

  spanOf(occurrence: number): { start: number; end: number } {
    return { start: this.occStart[occurrence], end: this.occEnd[occurrence] };
  }
}

/** A copy of the array with room for at least `size` values (doubling). */
function grown<T extends Int32Array | Uint8Array>(array: T, size: number): T {
  const out = new (array.constructor as new (length: number) => T)(Math.max(size, array.length * 2));
  out.set(array);
  return out;
}
