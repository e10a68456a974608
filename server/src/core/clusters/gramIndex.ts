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
  private readonly postings = new Map<number, number[]>();
  private readonly keysById = new Map<number, number[]>();

  get size(): number {
    return this.keysById.size;
  }

  /** Indexes one text, given as runs of normalised words (a run ends at an ellipsis or bracket). */
  add(id: number, runs: readonly (readonly string[])[]): void {
    this.remove(id);
    const keys = this.keys(runs, true);
    this.keysById.set(id, keys);
    for (const key of keys) {
      const list = this.postings.get(key);
      if (list) list.push(id);
      else this.postings.set(key, [id]);
    }
  }

  remove(id: number): void {
    const keys = this.keysById.get(id);
    if (!keys) return;
    this.keysById.delete(id);
    for (const key of keys) {
      const list = this.postings.get(key);
      if (!list) continue;
      const at = list.indexOf(id);
      if (at >= 0) list.splice(at, 1);
      if (list.length === 0) this.postings.delete(key);
    }
  }

  /**
   * Ids sharing grams with the query, best first, with a score: the summed inverse document
   * frequency of shared grams. Grams in more than `maxDf` texts are used only when the query has
   * nothing rarer.
   */
  candidates(runs: readonly (readonly string[])[], limit: number, maxDf = defaultMaxDf): Array<{ id: number; score: number }> {
    const keys = this.keys(runs, false);
    const lists = keys.map((k) => this.postings.get(k)).filter((l): l is number[] => l !== undefined);
    const rare = lists.filter((l) => l.length <= maxDf);
    const used = rare.length > 0 ? rare : lists;
    const total = Math.max(1, this.keysById.size);
    const scores = new Map<number, number>();
    for (const list of used) {
      const weight = Math.log(1 + total / list.length);
      for (const id of list) scores.set(id, (scores.get(id) ?? 0) + weight);
    }
    return [...scores]
      .map(([id, score]) => ({ id, score }))
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
