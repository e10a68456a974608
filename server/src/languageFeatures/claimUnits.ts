// The claim index's distinct sentences ("units"): for each, the documents and spans that carry it,
// in the order they were added, and the sentences found next to it. Kept as IntLists: most
// sentences of a real corpus occur once, and two small arrays and a span object of their own cost
// a unit ~450 bytes, against ~50 here.
import { IntLists } from './intLists';

export class ClaimUnits {
  /** Per unit: its occurrences (document, start, end). */
  private readonly occurrences = new IntLists(3);
  /** Per unit: the units noted next to it. */
  private readonly neighbourLists = new IntLists(1);

  /** Number of units. */
  get size(): number {
    return this.occurrences.size;
  }

  /** A new unit without occurrences: its number. */
  add(): number {
    this.neighbourLists.add();
    return this.occurrences.add();
  }

  /** A document carries the unit at this span. */
  addOccurrence(unit: number, doc: number, start: number, end: number): void {
    this.occurrences.append(unit, doc, start, end);
  }

  /** Notes `other` as next to `unit`, once, and only while the unit has fewer than `max`. */
  addNeighbour(unit: number, other: number, max: number): void {
    if (this.neighbourLists.length(unit) >= max || this.neighbourLists.includes(unit, other)) return;
    this.neighbourLists.append(unit, other);
  }

  /** The units noted next to `unit`, in the order they were noted. */
  neighbours(unit: number): number[] {
    const out: number[] = [];
    for (let e = this.neighbourLists.first(unit); e >= 0; e = this.neighbourLists.after(e)) out.push(this.neighbourLists.value(e));
    return out;
  }

  /** The unit's first occurrence (in the order added) whose document `alive` accepts, or -1. */
  firstOccurrence(unit: number, alive: (doc: number) => boolean): number {
    for (let o = this.occurrences.first(unit); o >= 0; o = this.occurrences.after(o)) if (alive(this.occurrences.value(o))) return o;
    return -1;
  }

  docOf(occurrence: number): number {
    return this.occurrences.value(occurrence, 0);
  }

  spanOf(occurrence: number): { start: number; end: number } {
    return { start: this.occurrences.value(occurrence, 1), end: this.occurrences.value(occurrence, 2) };
  }
}
