// The corpus's quotations, findable by their words: a draft quotation's sources (exact excerpts and
// near-misses, with a word alignment for diagnostics and hovers), and clusters of the same statement
// across articles. Quotes are grouped by normalised wording, so a statement carried by hundreds of
// articles is indexed and aligned once; lookups go through the word n-gram index, never a scan.
import type { DocumentAnalysis, Quote } from '../types';
import { alignUnits, verbatimAlignment, type QuoteAlignment } from './alignQuote';
import { GramIndex } from './gramIndex';
import { clusterSteps, compareRefs, finish, isClusterable, shortQuoteWords, speakerKey, wordsOf, type QuoteCluster, type QuoteRef, type Wording } from './quoteClusters';
import { quoteKey, quoteUnits, quoteWords, wordCount, type QuoteUnit } from './quoteWords';
import { DraftWordBag, type WordOverlap } from './wordOverlap';
import { flatCopy } from '../storedText';
import { fnv1a } from '../typedArrays';

export type { QuoteCluster, QuoteRef } from './quoteClusters';

/** The clusters, and the cluster of each member quote. */
interface Clustering {
  clusters: QuoteCluster[];
  byRef: Map<Quote, QuoteCluster>;
}

/** A document's quotes' keys (quoteKey) and contents, in the order of its quotes. */
export interface KnownQuoteWords {
  keys: readonly string[];
  contents: readonly string[];
}
export type { AlignOp, AlignOpKind, QuoteAlignment } from './alignQuote';

export interface QuoteMatch {
  ref: QuoteRef;
  /** 0..1: share of the aligned words that are the same (1 for an exact excerpt). */
  similarity: number;
  /** True when the query's words are the source's, in order (ellipses and [brackets] allowed). */
  exact: boolean;
  /** Word-level alignment of the query against `ref.quote.content` (source offsets into that content). */
  alignment: QuoteAlignment;
}

export interface MatchOptions {
  /** Near-misses below this similarity are not returned (default 0.5). Exact excerpts always are. */
  minSimilarity?: number;
  /** At most this many matches (default: all). */
  limit?: number;
  /**
   * When the words occur verbatim in some source quotation, return only such exact excerpts (the
   * near-misses are not aligned at all): for callers that ignore near-misses once a quote is sourced.
   */
  exactOnlyWhenFound?: boolean;
}

/** How many candidate wordings a lookup aligns, best n-gram scores first. */
const candidateLimit = 48;
/**
 * Clustering compares wordings that share at least two grams rarer than this: one statement's
 * reports share distinctive word pairs, while "of the" or "we are" link thousands of wordings.
 */
const clusterMaxDf = 64;
const clusterMinSharedGrams = 2;
/** A near-miss must share this many words, one of them a content word. */
const minNearMissWords = 3;

export class QuoteIndex {
  private readonly grams = new GramIndex();
  private readonly wordings = new Map<number, Wording>();
  /**
   * Wordings by a hash of their key (the normalised words): the key strings themselves are not
   * kept, since they took as much memory as the contents (~17 MB over 140,000 wordings). A
   * wording is found again by its content, or by its content's key when the typography differs.
   */
  private readonly wordingsByHash = new Map<number, Wording | Wording[]>();
  private readonly refsByPath = new Map<string, QuoteRef[]>();
  /**
   * The content of quotes whose content is not their wording's exactly (another typography), one
   * of the wording's `variants`: reading a source quote's content decodes its document's text,
   * which a lookup going through thousands of reports must not do.
   */
  private readonly retyped = new Map<QuoteRef, string>();
  private nextWordingId = 1;
  private clusterCache: Clustering | undefined;
  /** A clustering under way (`prepareClusters`), dropped when the quotes change. */
  private pendingClusters: Generator<void, Clustering> | undefined;

  /**
   * Indexes a document's quotations. `known` are their keys and contents when a worker thread
   * read them already: then neither the words of a quotation are read again here, nor the
   * document's text inflated to read its quotations.
   */
  addDocument(analysis: DocumentAnalysis, known?: KnownQuoteWords): void {
    const path = analysis.doc.path;
    this.removeDocument(path);
    const refs: QuoteRef[] = [];
    if (known && (known.keys.length !== analysis.quotes.length || known.contents.length !== analysis.quotes.length)) known = undefined;
    analysis.quotes.forEach((quote, i) => {
      const content = known?.contents[i] ?? quote.content;
      const key = known?.keys[i] ?? quoteKey(content);
      if (key === '') return;
      const ref = { path, quote };
      refs.push(ref);
      const hash = keyHash(key);
      let wording = this.wordingWithKey(hash, key, content);
      if (!wording) {
        // A copy: an indexed quote's content is a slice of its document's text, which it would keep alive.
        // The refs list starts exact-size: most wordings of a real corpus have one report, and an
        // empty array pushed to takes room for 16 (~17 MB over 140,000 wordings). All fields are
        // set here, so that the object keeps one shape with its properties inside.
        const units = quoteUnits(content);
        wording = { id: this.nextWordingId++, length: wordCount(units), content: flatCopy(content), variants: undefined, refs: [ref], ordered: undefined };
        const bucket = this.wordingsByHash.get(hash);
        if (bucket === undefined) this.wordingsByHash.set(hash, wording);
        else if (Array.isArray(bucket)) bucket.push(wording);
        else this.wordingsByHash.set(hash, [bucket, wording]);
        this.wordings.set(wording.id, wording);
        this.grams.add(wording.id, runsOf(units));
      } else {
        if (content !== wording.content) this.retyped.set(ref, variantOf(wording, content));
        wording.refs.push(ref);
      }
      wording.ordered = undefined;
    });
    this.refsByPath.set(path, refs.slice());
    this.clusterCache = undefined;
    this.pendingClusters = undefined;
  }

  removeDocument(path: string): void {
    const refs = this.refsByPath.get(path);
    if (!refs) return;
    this.refsByPath.delete(path);
    for (const ref of refs) {
      const hash = keyHash(quoteKey(ref.quote.content));
      this.retyped.delete(ref);
      const wording = this.bucket(hash).find((w) => w.refs.includes(ref));
      if (!wording) continue;
      wording.refs = wording.refs.filter((r) => r !== ref);
      wording.ordered = undefined;
      if (wording.refs.length > 0) {
        // The wording's offsets must index its own content: re-anchor on a remaining quote.
        const anchor = wording.refs[0].quote.content;
        if (wording.content !== anchor) {
          wording.content = flatCopy(anchor);
          wording.variants = [];
          for (const r of wording.refs) {
            const own = r.quote.content;
            if (own === anchor) this.retyped.delete(r);
            else this.retyped.set(r, variantOf(wording, own));
          }
        }
        continue;
      }
      const rest = this.bucket(hash).filter((w) => w !== wording);
      if (rest.length === 0) this.wordingsByHash.delete(hash);
      else this.wordingsByHash.set(hash, rest.length === 1 ? rest[0] : rest);
      this.wordings.delete(wording.id);
      this.grams.remove(wording.id, runsOf(quoteUnits(wording.content)));
    }
    this.clusterCache = undefined;
    this.pendingClusters = undefined;
  }

  /** The wording whose key is `key` (hashed to `hash`), if any; `content` is a quote's with that key. */
  private wordingWithKey(hash: number, key: string, content: string): Wording | undefined {
    const bucket = this.bucket(hash);
    // The same content has the same key: the usual case, decided without reading a key.
    for (const w of bucket) if (w.content === content || w.variants?.includes(content)) return w;
    // Another typography of a wording, or another wording with the same hash.
    for (const w of bucket) if (quoteKey(w.content) === key) return w;
    return undefined;
  }

  private bucket(hash: number): readonly Wording[] {
    const found = this.wordingsByHash.get(hash);
    return found === undefined ? [] : Array.isArray(found) ? found : [found];
  }

  /** Number of distinct normalised wordings indexed. */
  get wordingCount(): number {
    return this.wordings.size;
  }

  /**
   * Source quotations for a quotation's words (a draft's, or another source's): exact excerpts
   * first, then near-misses, by similarity.
   */
  match(content: string, options: MatchOptions = {}): QuoteMatch[] {
    const minSimilarity = options.minSimilarity ?? 0.5;
    const limit = options.limit ?? Infinity;
    const units = quoteUnits(content);
    if (!units.some((u) => u.kind === 'word') || limit <= 0) return [];
    const candidates: Wording[] = [];
    for (const { id } of this.grams.candidates(runsOf(units), candidateLimit)) {
      const wording = this.wordings.get(id);
      if (wording) candidates.push(wording);
    }
    const aligned: Array<{ wording: Wording; alignment: QuoteAlignment }> = [];
    if (options.exactOnlyWhenFound) {
      for (const wording of candidates) {
        const alignment = verbatimAlignment(units, wordsOf(wording), content, wording.content);
        if (alignment) aligned.push({ wording, alignment });
      }
    }
    if (aligned.length === 0) {
      const bag = new DraftWordBag(units);
      for (const wording of candidates) {
        const words = wordsOf(wording);
        // The alignment is quadratic: candidates that cannot be acceptable are not aligned.
        if (!mayBeAcceptable(bag.overlap(words), bag.size, minSimilarity)) continue;
        const alignment = alignUnits(units, words, content, wording.content);
        if (acceptable(alignment, minSimilarity)) aligned.push({ wording, alignment });
      }
    }
    // Best wordings first; all quotes of one wording align alike (same normalised words), so
    // quotes are only expanded, ordered by path and offset, until the limit is reached: a
    // statement carried by thousands of articles costs no more than the quotes asked for.
    const rank = (a: QuoteAlignment, b: QuoteAlignment) => Number(b.exact) - Number(a.exact) || b.similarity - a.similarity || b.equal - a.equal;
    aligned.sort((a, b) => rank(a.alignment, b.alignment));
    const matches: QuoteMatch[] = [];
    for (let i = 0; i < aligned.length && matches.length < limit; ) {
      let j = i + 1;
      while (j < aligned.length && rank(aligned[i].alignment, aligned[j].alignment) === 0) j++;
      const refs = firstRefs(aligned.slice(i, j), limit - matches.length);
      const realigned = new Map<string, QuoteAlignment>();
      for (const { ref, g } of refs) {
        // Quotes of one wording differ only in typography; realign when offsets would differ.
        const retyped = this.retyped.get(ref);
        let own = g.alignment;
        if (retyped !== undefined) {
          own = realigned.get(retyped) ?? alignUnits(units, quoteWords(retyped), content, retyped);
          realigned.set(retyped, own);
        }
        matches.push({ ref, similarity: own.similarity, exact: own.exact, alignment: own });
      }
      i = j;
    }
    return matches;
  }

  /** Clusters of one statement across articles; recomputed lazily after a change. */
  clusters(): QuoteCluster[] {
    return this.clustering().clusters;
  }

  /** The cluster a source quote belongs to, if any. */
  clusterOf(quote: Quote): QuoteCluster | undefined {
    return this.clustering().byRef.get(quote);
  }

  /**
   * Advances the clustering for about `budgetMs` milliseconds; true once the clusters are ready. A
   * server calls it between requests, so that the first request needing clusters does not wait
   * for all of them; one that comes first finishes the work itself.
   */
  prepareClusters(budgetMs: number): boolean {
    if (this.clusterCache) return true;
    const steps = (this.pendingClusters ??= this.clusteringSteps());
    const until = performance.now() + budgetMs;
    for (;;) {
      let step: IteratorResult<void, Clustering>;
      try {
        step = steps.next();
      } catch (err) {
        // A step that throws ends its generator: the next call starts afresh.
        this.pendingClusters = undefined;
        throw err;
      }
      if (step.done) {
        this.pendingClusters = undefined;
        this.clusterCache = step.value;
        return true;
      }
      if (performance.now() >= until) return false;
    }
  }

  private clustering(): Clustering {
    if (this.clusterCache) return this.clusterCache;
    const steps = this.pendingClusters ?? this.clusteringSteps();
    this.pendingClusters = undefined;
    this.clusterCache = finish(steps);
    return this.clusterCache;
  }

  private *clusteringSteps(): Generator<void, Clustering> {
    // Only statements take part: the same wording may also occur as scare quotes or reported speech.
    const views = new Map<number, Wording[]>();
    let viewId = 0;
    let viewed = 0;
    for (const w of [...this.wordings.values()].sort((a, b) => a.id - b.id)) {
      if (++viewed % 4096 === 0) yield;
      const refs = w.refs.filter((r) => isClusterable(r.quote));
      if (refs.length > 0) views.set(w.id, splitBySpeaker(refs, w.length).map((part) => ({ ...w, id: ++viewId, refs: part, ordered: undefined })));
    }
    const ordered = [...views.values()].flat();
    const clusters = yield* clusterSteps(ordered, (w) =>
      this.grams
        .candidates(runsOf(quoteUnits(w.content)), candidateLimit, clusterMaxDf, clusterMinSharedGrams)
        .flatMap((c) => views.get(c.id) ?? []),
    );
    const byRef = new Map<Quote, QuoteCluster>();
    for (const c of clusters) for (const m of c.members) byRef.set(m.quote, c);
    return { clusters, byRef };
  }
}

/**
 * The first `count` quotes of some equally ranked wordings in path and offset order, each with its
 * wording: a merge of the wordings' ordered quotes, so a statement carried by thousands of articles
 * costs little more than the few quotes asked for.
 */
function firstRefs<G extends { wording: Wording }>(group: readonly G[], count: number): Array<{ ref: QuoteRef; g: G }> {
  const lists = group.map((g) => (g.wording.ordered ??= [...g.wording.refs].sort(compareRefs)));
  const next = new Array<number>(group.length).fill(0);
  const kept: Array<{ ref: QuoteRef; g: G }> = [];
  while (kept.length < count) {
    // The earliest head; on equal keys the earlier wording, as a stable sort would order them.
    let pick = -1;
    for (let k = 0; k < lists.length; k++) {
      if (next[k] < lists[k].length && (pick < 0 || compareRefs(lists[k][next[k]], lists[pick][next[pick]]) < 0)) pick = k;
    }
    if (pick < 0) break;
    kept.push({ ref: lists[pick][next[pick]++], g: group[pick] });
  }
  return kept;
}

/**
 * A short wording said by different named speakers is different statements ("We will win").
 * Quotes with no resolved speaker go with the largest named group.
 */
function splitBySpeaker(refs: QuoteRef[], words: number): QuoteRef[][] {
  if (refs.length < 2 || words >= shortQuoteWords) return [refs];
  const groups = new Map<string, QuoteRef[]>();
  const unnamed: QuoteRef[] = [];
  for (const r of refs) {
    const name = speakerKey(r.quote.speaker?.name);
    if (!name) unnamed.push(r);
    else if (groups.has(name)) groups.get(name)!.push(r);
    else groups.set(name, [r]);
  }
  const parts = [...groups.values()];
  if (parts.length === 0) return [refs];
  const largest = parts.reduce((a, b) => (b.length > a.length ? b : a));
  largest.push(...unnamed);
  return parts;
}

/** FNV-1a over a key's characters, to 30 bits: a small integer, which a Map keeps unboxed. */
function keyHash(key: string): number {
  return fnv1a(key) & 0x3fffffff;
}

/** One copy of each other typography of a wording, kept with it. */
function variantOf(wording: Wording, content: string): string {
  wording.variants ??= [];
  for (const v of wording.variants) if (v === content) return v;
  const copy = flatCopy(content);
  wording.variants.push(copy);
  return copy;
}

/** Runs of normalised words between ellipses and brackets: n-grams never span a gap. */
function runsOf(units: readonly QuoteUnit[]): string[][] {
  const runs: string[][] = [[]];
  for (const u of units) {
    if (u.kind === 'word') runs[runs.length - 1].push(u.norm);
    else if (runs[runs.length - 1].length > 0) runs.push([]);
  }
  return runs.filter((r) => r.length > 0);
}

/**
 * Whether an alignment could pass `acceptable`, from the words the two quotations share: an
 * alignment finds at most that many equal, and its similarity is at most shared / draft words
 * (every draft word is equal, changed or added). Exact needs every draft word shared.
 */
function mayBeAcceptable(shared: WordOverlap, draftWords: number, minSimilarity: number): boolean {
  if (shared.words === draftWords) return true;
  return shared.words / draftWords >= minSimilarity && shared.words >= minNearMissWords && shared.content >= 1;
}

/** Exact excerpts always; near-misses when they share enough words to be the same quotation. */
function acceptable(a: QuoteAlignment, minSimilarity: number): boolean {
  if (a.exact) return true;
  return a.similarity >= minSimilarity && a.equal >= minNearMissWords && a.equalContent >= 1;
}
