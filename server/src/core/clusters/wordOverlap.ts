// How many words a draft quotation shares with a source quotation, counted as multisets: an upper
// bound on what any alignment can find equal. A lookup uses it to skip the quadratic alignment of
// candidates that cannot reach the similarity a near-miss needs.
import { isContentWord, type QuoteUnit, type QuoteWord } from './quoteWords';

export interface WordOverlap {
  /** Draft words that some source word can account for, each source word used once. */
  words: number;
  /** Of those, content words (not "the", "we", ...). */
  content: number;
}

export class DraftWordBag {
  /** The draft's word count (ellipses and [brackets] are not words). */
  readonly size: number;
  private readonly slotOf = new Map<string, number>();
  private readonly counts: Int32Array;
  private readonly contentSlot: Uint8Array;

  constructor(units: readonly QuoteUnit[]) {
    const counts: number[] = [];
    const content: number[] = [];
    let size = 0;
    for (const unit of units) {
      if (unit.kind !== 'word') continue;
      size++;
      let slot = this.slotOf.get(unit.norm);
      if (slot === undefined) {
        slot = counts.length;
        this.slotOf.set(unit.norm, slot);
        counts.push(0);
        content.push(isContentWord(unit.norm) ? 1 : 0);
      }
      counts[slot]++;
    }
    this.size = size;
    this.counts = Int32Array.from(counts);
    this.contentSlot = Uint8Array.from(content);
  }

  overlap(sourceWords: readonly QuoteWord[]): WordOverlap {
    const left = this.counts.slice();
    let words = 0;
    let content = 0;
    for (const word of sourceWords) {
      const slot = this.slotOf.get(word.norm);
      if (slot === undefined || left[slot] === 0) continue;
      left[slot]--;
      words++;
      content += this.contentSlot[slot];
      if (words === this.size) break;
    }
    return { words, content };
  }
}
