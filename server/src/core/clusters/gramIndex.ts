// An inverted index from word n-grams to the ids of the texts that contain them: the way to find
// the few quotations that share wording with a query without scanning the corpus. Keys are word
// bigrams (robust to one changed word in three) plus single content words (for one-word queries
// and heavy rewording), packed into numbers through a vocabulary so that the maps stay small.
import { isContentWord } from './quoteWords';
import { grown } from '../typedArrays';

/** Posting lists longer than this are phrases too common to pick candidates ("of the"). */
const defaultMaxDf = 4000;
// Two vocabulary ids below 2^15 pack into a small integer, which a Map keeps unboxed and hashes
// fast (most pairs: frequent words come first in the vocabulary). Larger ids stay well below 2^26,
// so two of them pack exactly into one double, offset past the small pairs.
const smallPairBase = 2 ** 15;
const pairBase = 2 ** 26;
const largePairs = 2 ** 30;
const pairKey = (a: number, b: number) => (a < smallPairBase && b < smallPairBase ? a * smallPairBase + b : largePairs + a * pairBase + b);

/**
 * The texts of one gram: a bare id when there is one (most grams of a real corpus), else a typed
 * list `[count, id, id, …]` with spare room. A JavaScript array per gram took ~3× the bytes: 140,000
 * distinct quotations give ~4 million postings.
 */
type Posting = number | Int32Array;

export interface Candidate {
  id: number;
  score: number;
}

export class GramIndex {
  private readonly vocabulary = new Map<string, number>();
  /** 1 for the vocabulary ids of content words (decided once per word, not once per use). */
  private contentWords = new Uint8Array(1024);
  private readonly postings = new Map<number, Posting>();
  private count = 0;
  // Per-id scratch for scoring one query's candidates (zeroed again after each query): typed
  // arrays instead of a Map of score objects, which was most of a clustering pass's time.
  private scoreOf = new Float64Array(1024);
  private sharedOf = new Int32Array(1024);

  /** Number of texts indexed. */
  get size(): number {
    return this.count;
  }

  /**
   * Indexes one text, given as runs of normalised words (a run ends at an ellipsis or bracket).
   * Ids must be new; remove a text with the same runs it was added with.
   */
  add(id: number, runs: readonly (readonly string[])[]): void {
    this.count++;
    if (id >= this.sharedOf.length) {
      const size = Math.max(id + 1, this.sharedOf.length * 2);
      this.scoreOf = new Float64Array(size);
      this.sharedOf = new Int32Array(size);
    }
    // A gram met again in the same text finds the text already last in its list: no Set of keys.
    this.forEachKey(runs, true, (key) => {
      const list = this.postings.get(key);
      if (list === undefined) this.postings.set(key, id);
      else if (typeof list === 'number') {
        if (list !== id) this.postings.set(key, Int32Array.of(2, list, id, 0));
      } else {
        const n = list[0];
        if (list[n] === id) return;
        let into = list;
        if (n + 1 === list.length) {
          into = new Int32Array(list.length + (list.length >> 1) + 1);
          into.set(list);
          this.postings.set(key, into);
        }
        into[n + 1] = id;
        into[0] = n + 1;
      }
    });
  }

  remove(id: number, runs: readonly (readonly string[])[]): void {
    let found = false;
    for (const key of this.keys(runs, false)) {
      const list = this.postings.get(key);
      if (list === undefined) continue;
      if (typeof list === 'number') {
        if (list === id) {
          this.postings.delete(key);
          found = true;
        }
        continue;
      }
      const n = list[0];
      const at = list.subarray(1, n + 1).indexOf(id);
      if (at < 0) continue;
      found = true;
      list.copyWithin(at + 1, at + 2, n + 1);
      list[0] = n - 1;
      if (n - 1 === 1) this.postings.set(key, list[1]);
    }
    if (found) this.count--;
  }

  /**
   * Ids sharing grams with the query, best first, with a score: the summed inverse document
   * frequency of shared grams. Grams in more than `maxDf` texts are used only when the query has
   * nothing rarer. `minShared`: fewer distinct shared grams than this do not make a candidate.
   */
  candidates(runs: readonly (readonly string[])[], limit: number, maxDf = defaultMaxDf, minShared = 1): Candidate[] {
    const lists: Posting[] = [];
    for (const key of this.keys(runs, false)) {
      const list = this.postings.get(key);
      if (list !== undefined) lists.push(list);
    }
    const df = (l: Posting) => (typeof l === 'number' ? 1 : l[0]);
    const rare = lists.filter((l) => df(l) <= maxDf);
    const used = rare.length > 0 ? rare : lists;
    const total = Math.max(1, this.count);
    const { scoreOf, sharedOf } = this;
    const touched: number[] = [];
    const credit = (id: number, weight: number) => {
      if (sharedOf[id] === 0) {
        touched.push(id);
        scoreOf[id] = weight;
      } else scoreOf[id] += weight;
      sharedOf[id]++;
    };
    for (const list of used) {
      const weight = Math.log(1 + total / df(list));
      if (typeof list === 'number') credit(list, weight);
      else for (let i = 1, n = list[0]; i <= n; i++) credit(list[i], weight);
    }
    const best = new TopCandidates(limit);
    for (const id of touched) {
      if (sharedOf[id] >= minShared) best.offer(id, scoreOf[id]);
      sharedOf[id] = 0;
    }
    return best.ranked;
  }

  /** Distinct keys of the runs; unknown words give no key unless `intern` (indexing). */
  private keys(runs: readonly (readonly string[])[], intern: boolean): number[] {
    const keys = new Set<number>();
    this.forEachKey(runs, intern, (key) => keys.add(key));
    return [...keys];
  }

  /** The keys of the runs in order, repeats included. */
  private forEachKey(runs: readonly (readonly string[])[], intern: boolean, visit: (key: number) => void): void {
    for (const run of runs) {
      let b = run.length > 0 ? this.wordId(run[0], intern) : undefined;
      for (let i = 0; i < run.length; i++) {
        const a = b;
        b = i + 1 < run.length ? this.wordId(run[i + 1], intern) : undefined;
        if (a === undefined) continue;
        if (this.contentWords[a] === 1) visit(-(a + 1));
        if (b !== undefined) visit(pairKey(a, b));
      }
    }
  }

  private wordId(word: string, intern: boolean): number | undefined {
    let id = this.vocabulary.get(word);
    if (id === undefined && intern) {
      id = this.vocabulary.size;
      this.vocabulary.set(word, id);
      if (id === this.contentWords.length) this.contentWords = grown(this.contentWords, id + 1);
      this.contentWords[id] = isContentWord(word) ? 1 : 0;
    }
    return id;
  }
}

/**
 * The `limit` best candidates (higher score first, then lower id), kept sorted while offered: a
 * query touches up to thousands of ids and keeps a few dozen, so sorting them all was wasted.
 */
class TopCandidates {
  readonly ranked: Candidate[] = [];
  constructor(private readonly limit: number) {}

  offer(id: number, score: number): void {
    const ranked = this.ranked;
    if (this.limit <= 0) return;
    if (ranked.length === this.limit && !before(id, score, ranked[ranked.length - 1])) return;
    let at = ranked.length;
    while (at > 0 && before(id, score, ranked[at - 1])) at--;
    if (ranked.length === this.limit) ranked.pop();
    ranked.splice(at, 0, { id, score });
  }
}

function before(id: number, score: number, other: Candidate): boolean {
  return score > other.score || (score === other.score && id < other.id);
}
