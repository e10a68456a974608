// Groups the quotations of the corpus into clusters of one statement reported by several articles.
// Two wordings are the same statement when one is a near-duplicate of the other, or an excerpt of
// it sharing enough distinctive words: short common phrases ("next week") never link articles.
import type { Quote } from '../types';
import { alignUnits } from './alignQuote';
import { flatCopy } from '../storedText';
import { grown } from '../typedArrays';
import { isContentWord, quoteKey, quoteUnits, quoteWords, type QuoteUnit, type QuoteWord } from './quoteWords';

export interface QuoteRef {
  path: string;
  quote: Quote;
}

export interface QuoteCluster {
  /** "q1", "q2", ... in order of the clusters' first members (path, then offset). */
  id: string;
  /** Representative wording: the fullest member's content. */
  text: string;
  /** The speaker most members name (resolved names only), or null. */
  speaker: string | null;
  /** Ordered by path, then offset. */
  members: QuoteRef[];
}

/** One distinct normalised wording and the quotes that carry it. */
export interface Wording {
  id: number;
  /** Number of words. */
  length: number;
  /** Content of the first quote with this wording (what `wordsOf` tokenises). */
  content: string;
  /** Other typographies of its quotes' contents, when there are (curly or straight marks...). */
  variants: string[] | undefined;
  refs: QuoteRef[];
  /** `refs` in path and offset order, made by the first lookup that needs it; unset when refs change. */
  ordered: QuoteRef[] | undefined;
}

// Word objects with offsets cost ~100 bytes a word; a corpus holds hundreds of thousands of
// wordings, so they are rebuilt on demand and only the recently used ones are kept.
const wordCache = new Map<string, QuoteWord[]>();
const wordCacheSize = 4096;

/** The words of a wording's content, with offsets into it. */
export function wordsOf(w: Wording): QuoteWord[] {
  let words = wordCache.get(w.content);
  if (words) {
    wordCache.delete(w.content);
  } else {
    words = quoteWords(w.content);
    if (wordCache.size >= wordCacheSize) wordCache.delete(wordCache.keys().next().value!);
  }
  wordCache.set(w.content, words);
  return words;
}

/**
 * An upper bound on the words two wordings can have equal when aligned: the size of the multiset
 * intersection of their words. Cheap, and enough to skip most candidate pairs without aligning.
 */
export function sharedWordBound(a: Wording, b: Wording, pass = new ClusterPass()): number {
  const x = pass.sortedWords(a);
  const y = pass.sortedWords(b);
  // (Read after both: making room for b's words may have replaced the arena.)
  const arena = pass.arena;
  let shared = 0;
  for (let i = x + 1, j = y + 1, xEnd = x + 1 + arena[x], yEnd = y + 1 + arena[y]; i < xEnd && j < yEnd; ) {
    if (arena[i] === arena[j]) {
      shared++;
      i++;
      j++;
    } else if (arena[i] < arena[j]) i++;
    else j++;
  }
  return shared;
}

/**
 * What one clustering pass computes once per wording and drops at its end. Each wording's words
 * are kept as sorted ids of a vocabulary of the pass, all in one typed arena (count, then ids): as
 * arrays of word strings they took ~500 bytes a wording, ~70 MB over 140,000 wordings.
 */
export class ClusterPass {
  arena = new Int32Array(1 << 16);
  private used = 0;
  private readonly vocabulary = new Map<string, number>();
  private readonly starts = new Map<Wording, number>();
  private readonly speakers = new Map<Wording, string | null>();
  private readonly units = new Map<Wording, QuoteUnit[]>();

  /** Where the wording's sorted word ids start in `arena` (at their count). */
  sortedWords(w: Wording): number {
    let start = this.starts.get(w);
    if (start !== undefined) return start;
    const words = quoteKey(w.content).split(' ');
    if (this.used + words.length + 1 > this.arena.length) this.arena = grown(this.arena, this.used + words.length + 1);
    start = this.used;
    this.arena[start] = words.length;
    for (let k = 0; k < words.length; k++) {
      let id = this.vocabulary.get(words[k]);
      if (id === undefined) this.vocabulary.set(words[k], (id = this.vocabulary.size));
      this.arena[start + 1 + k] = id;
    }
    this.arena.subarray(start + 1, start + 1 + words.length).sort();
    this.used += words.length + 1;
    this.starts.set(w, start);
    return start;
  }

  speaker(w: Wording): string | null {
    let key = this.speakers.get(w);
    if (key === undefined) this.speakers.set(w, (key = speakerKey(majoritySpeaker(w.refs))));
    return key;
  }

  unitsOf(w: Wording): QuoteUnit[] {
    let units = this.units.get(w);
    if (!units) this.units.set(w, (units = quoteUnits(w.content)));
    return units;
  }
}

// Thresholds for "same statement". A shorter report keeping most of a longer one's words is an
// excerpt; word counts guard against linking on a few function words.
const nearDuplicateShare = 0.75;
const excerptShare = 0.8;
const minSharedWords = 3;
const minExcerptWords = 4;
const minExcerptContentWords = 2;
/** Below this many words, two wordings said by different named speakers are different statements. */
export const shortQuoteWords = 6;

/** Whether a quote takes part in clusters: direct quotations that are statements. */
export function isClusterable(quote: Quote): boolean {
  return quote.kind === 'direct' && !quote.scare;
}

/** Order of quotes: by path, then offset. */
export function compareRefs(a: QuoteRef, b: QuoteRef): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : a.quote.start - b.quote.start;
}

/**
 * Who a speaker name designates, for comparisons: the folded surname, so that "Viktor Orbán",
 * "Viktor Orban" and "Orban" agree (names are resolved per article and spelled as each writes them).
 */
export function speakerKey(name: string | null | undefined): string | null {
  if (!name) return null;
  let key = speakerKeys.get(name);
  if (key === undefined) {
    const words = quoteWords(name);
    key = words.length > 0 ? words[words.length - 1].norm : null;
    // Names are few; the bound only guards a long-running server against unbounded growth.
    if (speakerKeys.size > 50_000) speakerKeys.clear();
    speakerKeys.set(name, key);
  }
  return key;
}
const speakerKeys = new Map<string, string | null>();

/** The speaker most members name (as the fullest spelling of the most common surname), or null. */
function majoritySpeaker(refs: readonly QuoteRef[]): string | null {
  const counts = new Map<string, number>();
  const spelling = new Map<string, string>();
  let best: string | null = null;
  for (const r of refs) {
    const name = r.quote.speaker?.name;
    const key = speakerKey(name);
    if (!name || !key) continue;
    const n = (counts.get(key) ?? 0) + 1;
    counts.set(key, n);
    const known = spelling.get(key);
    if (!known || name.length > known.length) spelling.set(key, name);
    // Ties keep the name met first (refs are in member order), so the result is stable.
    if (best === null || n > (counts.get(best) ?? 0)) best = key;
  }
  return best === null ? null : spelling.get(best)!;
}

/** A wording repeated verbatim is a statement when it is more than a stock phrase. */
function isDistinctive(w: Wording): boolean {
  return w.length >= minSharedWords && quoteKey(w.content).split(' ').some(isContentWord);
}

/** Whether two distinct wordings report the same statement. */
export function sameStatement(a: Wording, b: Wording, pass = new ClusterPass()): boolean {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  if (shorter.length < minSharedWords) return false;
  // Either way of being the same statement needs three quarters of the shorter one's words.
  if (sharedWordBound(shorter, longer, pass) < Math.max(minSharedWords, Math.ceil(nearDuplicateShare * shorter.length))) return false;
  if (shorter.length < shortQuoteWords) {
    const sa = pass.speaker(shorter);
    const sb = pass.speaker(longer);
    if (sa && sb && sa !== sb) return false;
  }
  const alignment = alignUnits(pass.unitsOf(shorter), wordsOf(longer), shorter.content, longer.content);
  const shared = alignment.equal;
  if (shared < minSharedWords) return false;
  const sharedContent = alignment.equalContent;
  // Near-duplicates need some length: "We are ready" and "We are not ready" are not one statement.
  if (longer.length >= shortQuoteWords && shared >= nearDuplicateShare * longer.length && sharedContent >= 1) return true;
  // A short excerpt must be exact: one changed word can reverse a few words' meaning.
  if (shorter.length < shortQuoteWords && !alignment.exact) return false;
  return shared >= minExcerptWords && shared >= excerptShare * shorter.length && sharedContent >= minExcerptContentWords;
}

/** Runs steps to their end: their result. */
export function finish<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Alignment work (shorter × longer words, summed over the candidates compared) one wording may
 * take: 48 candidates of 150 words each, or a 600-word quote against a few of its size.
 */
const alignmentBudget = 1_200_000;

/** Wordings compared between two pauses of `clusterSteps` (~10 ms on a real corpus). */
const wordingsPerStep = 256;

/**
 * Clusters the wordings. `candidates` gives, for one wording, the others worth comparing (from the
 * n-gram index), so the cost grows with the number of similar wordings, not with the corpus. It
 * runs in steps, pausing (yielding) every few hundred wordings, so that a server can cluster a
 * large corpus between requests (~4 s for 140,000 wordings) instead of all at once; `finish` runs
 * it whole.
 */
export function* clusterSteps(wordings: readonly Wording[], candidates: (w: Wording) => Iterable<Wording>): Generator<void, QuoteCluster[]> {
  const parent = new Map<number, number>();
  const find = (id: number): number => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    for (let x = id; x !== root; ) {
      const next = parent.get(x)!;
      parent.set(x, root);
      x = next;
    }
    return root;
  };
  for (const w of wordings) parent.set(w.id, w.id);
  const pass = new ClusterPass();
  let compared = 0;
  for (const w of wordings) {
    if (++compared % wordingsPerStep === 0) yield;
    // The candidates come best first; past a budget of alignment work the rest are left unread,
    // so that a text of long quotes in one vocabulary (a transcript, a pasted dump) costs seconds,
    // not minutes. Real corpora stay far below it.
    let spent = 0;
    for (const other of candidates(w)) {
      if (other.id === w.id || !parent.has(other.id)) continue;
      const ra = find(w.id);
      const rb = find(other.id);
      if (ra === rb) continue;
      spent += Math.min(w.length, other.length) * Math.max(w.length, other.length);
      if (spent > alignmentBudget) break;
      if (sameStatement(w, other, pass)) parent.set(Math.max(ra, rb), Math.min(ra, rb));
    }
  }

  const groups = new Map<number, Wording[]>();
  for (const w of wordings) {
    const root = find(w.id);
    const group = groups.get(root);
    if (group) group.push(w);
    else groups.set(root, [w]);
  }

  const clusters: Array<Omit<QuoteCluster, 'id'>> = [];
  let grouped = 0;
  for (const group of groups.values()) {
    if (++grouped % wordingsPerStep === 0) yield;
    if (group.length === 1 && !isDistinctive(group[0])) continue;
    const members = group.flatMap((w) => w.refs).sort(compareRefs);
    if (new Set(members.map((m) => m.path)).size < 2) continue;
    clusters.push({ text: representative(group, members), speaker: majoritySpeaker(members), members });
  }
  clusters.sort((a, b) => compareRefs(a.members[0], b.members[0]));
  return clusters.map((c, i) => ({ id: `q${i + 1}`, ...c }));
}

/** The wording with most words (ties: most reports), as its first member in order writes it. */
function representative(group: readonly Wording[], members: readonly QuoteRef[]): string {
  const order = new Map(members.map((m, i) => [m, i]));
  const firstIndex = (w: Wording) => w.refs.reduce((min, r) => Math.min(min, order.get(r) ?? Infinity), Infinity);
  const best = [...group].sort((a, b) => b.length - a.length || b.refs.length - a.refs.length || firstIndex(a) - firstIndex(b))[0];
  const first = [...best.refs].sort(compareRefs)[0];
  // A copy: the quote's content is a slice of its document's text, which it would keep alive.
  return flatCopy(first.quote.content);
}
