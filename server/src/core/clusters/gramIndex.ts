// An inverted index from word n-grams to the ids of the texts that contain them: the way to find
// the few quotations that share wording with a query without scanning the corpus. Keys are word
// bigrams (robust to one changed word in three) plus single content words (for one-word queries
// and heavy rewording), packed into numbers through a vocabulary so that the maps stay small.
import { isContentWord } from './quoteWords';

/** Posting lists longer than this are phrases too common to pick candidates ("of the"). */
const defaultMaxDf = 4000;
// Vocabulary ids stay well below 2^26, so two of them pack exactly into one double.
const pairBase = 2 ** 26;

export class GramIndex {
  private readonly vocabulary = new Map<string, number>();
  // Most grams of a real corpus occur in one text: a bare id saves an array per key.
  private readonly postings = new Map<number, number | number[]>();
  private count = 0;

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
    for (const key of this.keys(runs, true)) {
      const list = this.postings.get(key);
      if (list === undefined) this.postings.set(key, id);
      else if (typeof list === 'number') this.postings.set(key, [list, id]);
      else list.push(id);
    }
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
      const at = list.indexOf(id);
      if (at < 0) continue;
      found = true;
      list.splice(at, 1);
      if (list.length === 1) this.postings.set(key, list[0]);
    }
    if (found) this.count--;
  }

  /**
   * Ids sharing grams with the query, best first, with a score: the summed inverse document
   * frequency of shared grams. Grams in more than `maxDf` texts are used only when the query has
   * nothing rarer. `minShared`: fewer distinct shared grams than this do not make a candidate.
   */
  candidates(runs: readonly (readonly string[])[], limit: number, maxDf = defaultMaxDf, minShared = 1): Array<{ id: number; score: number }> {
    const lists: Array<number | number[]> = [];
    for (const key of this.keys(runs, false)) {
      const list = this.postings.get(key);
      if (list !== undefined) lists.push(list);
    }
    const df = (l: number | number[]) => (typeof l === 'number' ? 1 : l.length);
    const rare = lists.filter((l) => df(l) <= maxDf);
    const used = rare.length > 0 ? rare : lists;
    const total = Math.max(1, this.count);
    const scores = new Map<number, { id: number; score: number; shared: number }>();
    const credit = (id: number, weight: number) => {
      const entry = scores.get(id);
      if (entry) {
        entry.score += weight;
        entry.shared++;
      } else scores.set(id, { id, score: weight, shared: 1 });
    };
    for (const list of used) {
      const weight = Math.log(1 + total / df(list));
      if (typeof list === 'number') credit(list, weight);
      else for (const id of list) credit(id, weight);
    }
    return [...scores.values()]
      .filter((c) => c.shared >= minShared)
      .map(({ id, score }) => ({ id, score }))
      .sort((a, b) => b.score - a.score || a.id - b.id)
      .slice(0, limit);
  }

  /** Distinct keys of the runs; unknown words give no key unless `intern` (indexing). */
  private keys(runs: readonly (readonly string[])[], intern: boolean): number[] {
    const keys = new Set<number>();
    for (const run of runs) {
      const ids = run.map((w) => this.wordId(w, intern));
      for (let i = 0; i < run.length; i++) {
        const a = ids[i];
        if (a === undefined) continue;
        if (isContentWord(run[i])) keys.add(-(a + 1));
        const b = ids[i + 1];
        if (b !== undefined) keys.add(a * pairBase + b);
      }
    }
    return [...keys];
  }

  private wordId(word: string, intern: boolean): number | undefined {
    let id = this.vocabulary.get(word);
    if (id === undefined && intern) {
      id = this.vocabulary.size;
      this.vocabulary.set(word, id);
    }
    return id;
  }
}
