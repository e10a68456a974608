// The sources' sentences, findable by their content words: what claim-unsourced asks "does any
// source say this?". Words are folded and lightly stemmed so that a paraphrase ("spoke for two
// hours" / "a two-hour call") meets its source; rare words weigh more (inverse document
// frequency). Kept up to date document by document: a changed source is re-read, not the corpus.
import type { DocumentAnalysis, Sentence } from '../core/types';
import { isContentWord, normalizeWord } from '../core/clusters/quoteWords';
import type { SourceIndex } from '../core/sourceIndex';
import { forEachToken } from '../core/tokenPacking';
import { SpellingTable } from './spellingTable';
import { ClaimUnits } from './claimUnits';
import { IntLists } from './intLists';
import { grown } from '../core/typedArrays';
import { unitWord } from '../core/numbers/units';

const numberWords: Record<string, string> = {
  one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10',
  eleven: '11', twelve: '12', fifteen: '15', twenty: '20', thirty: '30', forty: '40', fifty: '50', hundred: '100',
  first: '1st', second: '2nd', third: '3rd', fourth: '4th', fifth: '5th',
};

/** A word as claims compare it: folded, light-stemmed, numbers as digits. Undefined: not content. */
export function claimWord(raw: string): string | undefined {
  let w = normalizeWord(raw).replace(/'s$/, '').replace(/'/g, '');
  if (!w) return undefined;
  if (numberWords[w]) return numberWords[w];
  if (/^\d[\d,.]*$/.test(w)) return w.replace(/,/g, '');
  if (!isContentWord(w) || w.length < 2) return undefined;
  // British and American spellings meet: "kilometres" and "kilometers", "centre" and "center".
  w = w.replace(/(met|cent|lit|thea|fib)re(s?)$/, '$1er$2');
  // Units by one name, written out or abbreviated: "km", "kilometers" and "kilometres" meet.
  // Currencies keep their words, and so do unit names that are also words ("mi", "ha").
  const unit = unitWord(w, false);
  if (unit && !unit.currency) return unit.unit;
  if (w.length > 4) {
    if (w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
    else if (w.endsWith('sses')) w = w.slice(0, -2);
    else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  }
  if (w.length > 5) {
    if (w.endsWith('ing')) w = w.slice(0, -3);
    else if (w.endsWith('ed')) w = w.slice(0, -2);
  }
  return w;
}

const hyphens = /[-‐–]/;
/** The characters `hyphens` matches. */
const isHyphen = (c: number): boolean => c === 0x2d || c === 0x2010 || c === 0x2013;

/** Content words of a sentence, skipping tokens inside the given spans (quotations). */
/** Claim words by spelling, remembered (claimWord runs once per spelling). */
export interface ClaimWordCache {
  get(spelling: string): string | undefined;
  has(spelling: string): boolean;
  set(spelling: string, word: string | undefined): unknown;
}

export function sentenceWords(sentence: Sentence, skip: Array<{ start: number; end: number }> = [], cache?: ClaimWordCache): string[] {
  const out = new Set<string>();
  for (const t of sentence.tokens) {
    if (t.kind !== 'word') continue;
    if (skip.some((s) => t.start >= s.start && t.end <= s.end)) continue;
    // Hyphenated compounds count as their parts ("two-hour" meets "two hours").
    for (const part of hyphens.test(t.text) ? t.text.split(hyphens) : [t.text]) {
      let w: string | undefined;
      if (cache) {
        w = cache.get(part);
        if (w === undefined && !cache.has(part)) cache.set(part, (w = claimWord(part)));
      } else w = claimWord(part);
      if (w) out.add(w);
    }
  }
  return [...out];
}

export interface ClaimSupport {
  /** Share (by weight) of the claim's words found in the best source passage: 0..1. */
  coverage: number;
  path?: string;
  /** The supporting source sentence's span. */
  span?: { start: number; end: number };
}

/** Postings scanned per claim when gathering candidates, rarest words first: common words add little. */
const maxPostings = 2000;
const candidateCount = 16;
/** Candidates whose neighbours are also tried (the best-scoring ones). */
const withNeighbours = 6;
const maxNeighbours = 12;

export class ClaimIndex {
  private readonly ids = new Map<string, number>();
  /** Word by id. */
  private words: string[] = [];
  /** Per word id: the units carrying it, in the order added. */
  private postings = new IntLists(1);
  /** Distinct sentences (by their content words): wire copy repeats sentences across many
   *  articles, and each is indexed once, with the documents that carry it. */
  private units = new ClaimUnits();
  /** Units by a hash of their sorted word ids (a list where hashes collide): no key string per sentence. */
  private readonly unitsByHash = new Map<number, number | number[]>();
  /** Per spelling of a source token: its word id; -1 not a content word; -2 hyphenated (its parts count). */
  private readonly spellingIds = new SpellingTable();
  /** Per word id: the sentence that last had it (dedupes a sentence's words without a Set). */
  private lastSentence = new Uint32Array(1024);
  private sentenceCount = 0;
  private sentenceIds = new Uint32Array(256);
  private docs: Array<{ path: string; analysis: DocumentAnalysis; alive: boolean }> = [];
  private readonly docByPath = new Map<string, number>();
  private readonly stems = new Map<string, string | undefined>();
  private aliveDocs = 0;
  private deadDocs = 0;
  private scores = new Float64Array(0);
  /** Every unit's word ids, one unit after another (unit u: unitWords[wordStart[u] .. wordStart[u + 1]]):
   *  one flat array, as scoring reads the words of many units and their neighbours per claim. */
  private unitWords = new Uint32Array(1024);
  private wordStart = new Uint32Array(256);
  /** Per unit: 0 not yet looked up, -1 in no live document, k + 1 first live at occurrence k. Reset on sync. */
  private firstLive = new Int32Array(0);
  /** Per word id: its place in the claim being scored, plus one (0: not in it). Zeroed after each claim. */
  private claimPlace = new Int32Array(0);

  /** Brings the index in line with the source index: new and changed documents in, removed out. */
  sync(index: SourceIndex): void {
    const current = new Set<string>();
    for (const analysis of index.documents()) {
      const path = analysis.doc.path;
      current.add(path);
      const known = this.docByPath.get(path);
      if (known !== undefined && this.docs[known].analysis === analysis) continue;
      if (known !== undefined) this.drop(known);
      this.add(analysis);
    }
    for (const [path, n] of this.docByPath) if (!current.has(path)) this.drop(n);
    if (this.deadDocs > 100 && this.deadDocs > this.aliveDocs) this.compact();
    // Documents came or went: where each unit first lives is looked up again.
    this.firstLive = new Int32Array(this.units.size);
  }

  private storeWords(ids: Uint32Array): void {
    const unit = this.units.size - 1;
    const from = this.wordStart[unit];
    if (from + ids.length > this.unitWords.length) this.unitWords = grown(this.unitWords, from + ids.length);
    if (unit + 2 > this.wordStart.length) this.wordStart = grown(this.wordStart, unit + 2);
    this.unitWords.set(ids, from);
    this.wordStart[unit + 1] = from + ids.length;
  }

  private wordId(w: string): number {
    let id = this.ids.get(w);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(w, id);
      this.words.push(w);
      this.postings.add();
    }
    return id;
  }

  private add(analysis: DocumentAnalysis): void {
    const doc = this.docs.length;
    let previous = -1;
    for (const block of analysis.doc.blocks) {
      for (const sentence of block.sentences) {
        const ids = this.idsOf(sentence);
        if (ids.length === 0) continue;
        let unit = this.unitWith(ids);
        if (unit === undefined) {
          unit = this.units.add();
          this.storeWords(ids);
          this.noteUnit(ids, unit);
          for (const id of ids) this.postings.append(id, unit);
        }
        this.units.addOccurrence(unit, doc, sentence.start, sentence.end);
        if (previous >= 0 && previous !== unit) {
          this.units.addNeighbour(previous, unit, maxNeighbours);
          this.units.addNeighbour(unit, previous, maxNeighbours);
        }
        previous = unit;
      }
    }
    this.docs.push({ path: analysis.doc.path, analysis, alive: true });
    this.docByPath.set(analysis.doc.path, doc);
    this.aliveDocs++;
  }

  /**
   * A source sentence's distinct word ids, sorted: sentenceWords' words (ids given in the order
   * its words first appear), read through a table of token spellings, as sources repeat them.
   * Tokens are read as spans of the document's text (forEachToken), not as strings.
   */
  private idsOf(sentence: Sentence): Uint32Array {
    const stamp = ++this.sentenceCount;
    let count = 0;
    const take = (id: number) => {
      if (id < 0) return;
      if (id >= this.lastSentence.length) this.lastSentence = grown(this.lastSentence, id + 1);
      if (this.lastSentence[id] === stamp) return;
      this.lastSentence[id] = stamp;
      if (count === this.sentenceIds.length) this.sentenceIds = grown(this.sentenceIds, count + 1);
      this.sentenceIds[count++] = id;
    };
    forEachToken(sentence, (text, start, end, kind) => {
      if (kind !== 'word') return;
      const id = this.spellingId(text, start, end);
      if (id !== -2) return take(id);
      // Hyphenated: its parts count, as sentenceWords splits it.
      let from = start;
      for (let i = start; i <= end; i++) {
        if (i < end && !isHyphen(text.charCodeAt(i))) continue;
        take(this.spellingId(text, from, i));
        from = i + 1;
      }
    });
    return this.sentenceIds.subarray(0, count).sort();
  }

  /** The id of the spelling `text.slice(start, end)`, worked out once per spelling. */
  private spellingId(text: string, start: number, end: number): number {
    let id = this.spellingIds.get(text, start, end);
    if (id === undefined) {
      const spelling = text.slice(start, end);
      const hyphenated = hyphens.test(spelling);
      const word = hyphenated ? undefined : claimWord(spelling);
      id = hyphenated ? -2 : word ? this.wordId(word) : -1;
      this.spellingIds.set(text, start, end, id);
    }
    return id;
  }

  private unitWith(ids: Uint32Array): number | undefined {
    const known = this.unitsByHash.get(hashIds(ids));
    if (known === undefined) return undefined;
    for (const unit of typeof known === 'number' ? [known] : known) if (this.hasWords(unit, ids)) return unit;
    return undefined;
  }

  private noteUnit(ids: Uint32Array, unit: number): void {
    const hash = hashIds(ids);
    const known = this.unitsByHash.get(hash);
    if (known === undefined) this.unitsByHash.set(hash, unit);
    else if (typeof known === 'number') this.unitsByHash.set(hash, [known, unit]);
    else known.push(unit);
  }

  private hasWords(unit: number, ids: Uint32Array): boolean {
    const from = this.wordStart[unit];
    if (this.wordStart[unit + 1] - from !== ids.length) return false;
    for (let i = 0; i < ids.length; i++) if (this.unitWords[from + i] !== ids[i]) return false;
    return true;
  }

  private drop(doc: number): void {
    this.docs[doc].alive = false;
    this.docByPath.delete(this.docs[doc].path);
    this.aliveDocs--;
    this.deadDocs++;
  }

  private compact(): void {
    const keep = this.docs.filter((d) => d.alive).map((d) => d.analysis);
    this.ids.clear();
    this.words = [];
    this.postings = new IntLists(1);
    this.units = new ClaimUnits();
    this.unitsByHash.clear();
    this.spellingIds.clear();
    this.docs = [];
    this.docByPath.clear();
    this.aliveDocs = 0;
    this.deadDocs = 0;
    for (const a of keep) this.add(a);
  }

  /** A unit's first occurrence in a live document, -1 if in none; remembered in a flat array, as
   *  scoring asks it of many candidates and their neighbours. */
  private firstLiveAt(unit: number): number {
    const known = this.firstLive[unit];
    if (known !== 0) return known - 1;
    const at = this.units.firstOccurrence(unit, (d) => this.docs[d].alive);
    this.firstLive[unit] = at + 1 === 0 ? -1 : at + 1;
    return at;
  }

  private lives(unit: number): boolean {
    return this.firstLiveAt(unit) >= 0;
  }

  /** Where a unit is carried by a live document, if anywhere. */
  private occurrence(unit: number): { path: string; span: { start: number; end: number } } | undefined {
    const at = this.firstLiveAt(unit);
    if (at < 0) return undefined;
    return { path: this.docs[this.units.docOf(at)].path, span: this.units.spanOf(at) };
  }

  private weight(id: number | undefined): number {
    const df = id === undefined ? 0 : this.postings.length(id);
    return Math.log(1 + (this.units.size + 1) / (df + 1));
  }

  /** Whether some source has a word token spelt so, as written or in lower case. */
  writes(word: string): boolean {
    if (this.spellingIds.get(word, 0, word.length) !== undefined) return true;
    const lower = word.toLowerCase();
    return lower !== word && this.spellingIds.get(lower, 0, lower.length) !== undefined;
  }

  /**
   * A sentence's content words (a draft's), stemmed through the index's word caches: the spellings
   * of the sources' tokens, then the drafts' own (claimWord runs once per spelling).
   */
  wordsOf(sentence: Sentence, skip: Array<{ start: number; end: number }> = []): string[] {
    return sentenceWords(sentence, skip, this.draftWordCache);
  }

  private readonly draftWordCache: ClaimWordCache = {
    // A source spelling's id: -1 not a content word; -2 hyphenated, never asked here (parts are).
    get: (spelling) => {
      const id = this.spellingIds.get(spelling, 0, spelling.length);
      return id === undefined || id === -2 ? this.stems.get(spelling) : id === -1 ? undefined : this.words[id];
    },
    has: (spelling) => {
      const id = this.spellingIds.get(spelling, 0, spelling.length);
      return (id !== undefined && id !== -2) || this.stems.has(spelling);
    },
    set: (spelling, word) => this.stems.set(spelling, word),
  };

  /**
   * How well the best source passage (a sentence, or it and a neighbour) covers these words.
   * `given`: words a passage the writer evidently draws on already carries (see claimRules), added
   * to every candidate's.
   */
  support(words: string[], given?: ReadonlySet<string>): ClaimSupport {
    if (words.length === 0) return { coverage: 1 };
    const ids = words.map((w) => this.ids.get(w));
    const fromGiven = Uint8Array.from(words, (w) => (given?.has(w) ? 1 : 0));
    const weights = ids.map((id) => this.weight(id));
    const total = weights.reduce((a, b) => a + b, 0);
    if (this.scores.length < this.units.size) this.scores = new Float64Array(Math.max(this.units.size, this.scores.length * 2));
    // Candidates: sentences sharing the rarest words, scored by the weight they share.
    const order = ids.map((id, i) => ({ id, w: weights[i] })).filter((x) => x.id !== undefined).sort((a, b) => b.w - a.w);
    const touched: number[] = [];
    let budget = maxPostings;
    for (const { id, w } of order.slice(0, 4)) {
      const limit = Math.min(this.postings.length(id as number), budget);
      budget -= limit;
      for (let k = 0, e = this.postings.first(id as number); k < limit; k++, e = this.postings.after(e)) {
        const unit = this.postings.value(e);
        if (this.scores[unit] === 0) touched.push(unit);
        this.scores[unit] += w;
      }
      if (budget <= 0) break;
    }
    // The best-scoring candidates, kept in a short sorted list (no sort of every touched unit).
    const top: number[] = [];
    for (const unit of touched) {
      const score = this.scores[unit];
      if (top.length === candidateCount && score <= this.scores[top[top.length - 1]]) continue;
      let at = top.length;
      while (at > 0 && this.scores[top[at - 1]] < score) at--;
      top.splice(at, 0, unit);
      if (top.length > candidateCount) top.pop();
    }
    for (const unit of touched) this.scores[unit] = 0;
    // Which of the claim's words each candidate carries (a unit's words marked through claimPlace,
    // not a search per claim word); coverage sums the weights in the claim's word order.
    if (this.claimPlace.length < this.ids.size) this.claimPlace = new Int32Array(Math.max(this.ids.size, this.claimPlace.length * 2));
    // A word given twice counts twice, as its first place says.
    const firstOf = ids.map((id, i) => {
      if (id === undefined) return i;
      if (this.claimPlace[id] === 0) this.claimPlace[id] = i + 1;
      return this.claimPlace[id] - 1;
    });
    const carried = new Map<number, Uint8Array>();
    const carriedBy = (unit: number): Uint8Array => {
      let hits = carried.get(unit);
      if (!hits) {
        hits = new Uint8Array(ids.length);
        for (let k = this.wordStart[unit], end = this.wordStart[unit + 1]; k < end; k++) {
          const place = this.claimPlace[this.unitWords[k]];
          if (place > 0) hits[place - 1] = 1;
        }
        for (let i = 0; i < ids.length; i++) if (firstOf[i] !== i) hits[i] = hits[firstOf[i]];
        carried.set(unit, hits);
      }
      return hits;
    };
    const covered = (a: Uint8Array, b?: Uint8Array) => {
      let sum = 0;
      for (let i = 0; i < ids.length; i++) if (a[i] || b?.[i] || fromGiven[i]) sum += weights[i];
      return total === 0 ? 1 : sum / total;
    };
    // The best passage: a sentence, or it with a sentence next to it in some article.
    let bestUnit = -1;
    let bestCoverage = 0;
    for (let rank = 0; rank < top.length; rank++) {
      const unit = top[rank];
      if (!this.lives(unit)) continue;
      const own = carriedBy(unit);
      let coverage = covered(own);
      if (rank < withNeighbours) for (const n of this.units.neighbours(unit)) {
        if (coverage >= 1) break;
        if (this.lives(n)) coverage = Math.max(coverage, covered(own, carriedBy(n)));
      }
      if (coverage > bestCoverage) [bestUnit, bestCoverage] = [unit, coverage];
    }
    for (const id of ids) if (id !== undefined) this.claimPlace[id] = 0;
    if (bestUnit < 0) return { coverage: given ? covered(new Uint8Array(ids.length)) : 0 };
    const where = this.occurrence(bestUnit)!;
    return { coverage: bestCoverage, path: where.path, span: where.span };
  }
}

/** FNV-1a over a sorted list of word ids. */
function hashIds(ids: Uint32Array): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < ids.length; i++) hash = Math.imul(hash ^ ids[i], 0x01000193);
  return hash;
}

const claimIndexes = new WeakMap<SourceIndex, { version: number; index: ClaimIndex }>();

/** The claim index of a source index, synced to its current version. */
export function claimIndexOf(index: SourceIndex): ClaimIndex {
  let entry = claimIndexes.get(index);
  if (!entry) claimIndexes.set(index, (entry = { version: -1, index: new ClaimIndex() }));
  if (entry.version !== index.version) {
    entry.index.sync(index);
    entry.version = index.version;
  }
  return entry.index;
}
