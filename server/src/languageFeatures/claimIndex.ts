// The sources' sentences, findable by their content words: what claim-unsourced asks "does any
// source say this?". Words are folded and lightly stemmed so that a paraphrase ("spoke for two
// hours" / "a two-hour call") meets its source; rare words weigh more (inverse document
// frequency). Kept up to date document by document: a changed source is re-read, not the corpus.
import type { DocumentAnalysis, Sentence } from '../core/types';
import { isContentWord, normalizeWord } from '../core/clusters/quoteWords';
import type { SourceIndex } from '../core/sourceIndex';

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

/** Content words of a sentence, skipping tokens inside the given spans (quotations). */
export function sentenceWords(sentence: Sentence, skip: Array<{ start: number; end: number }> = []): string[] {
  const out = new Set<string>();
  for (const t of sentence.tokens) {
    if (t.kind !== 'word') continue;
    if (skip.some((s) => t.start >= s.start && t.end <= s.end)) continue;
    // Hyphenated compounds count as their parts ("two-hour" meets "two hours").
    for (const part of t.text.split(/[-‐–]/)) {
      const w = claimWord(part);
      if (w) out.add(w);
    }
  }
  return [...out];
}

interface IndexedSentence {
  doc: number;
  words: Uint32Array;
  alive: boolean;
}

export interface ClaimSupport {
  /** Share (by weight) of the claim's words found in the best source passage: 0..1. */
  coverage: number;
  path?: string;
  /** The supporting source sentence's span. */
  span?: { start: number; end: number };
}

/** Postings scanned per word when gathering candidates: common words add little. */
const maxPostings = 4000;
const candidateCount = 24;

export class ClaimIndex {
  private readonly ids = new Map<string, number>();
  private postings: number[][] = [];
  private sentences: IndexedSentence[] = [];
  private readonly spans: Array<{ start: number; end: number }> = [];
  private readonly docs: Array<{ path: string; analysis: DocumentAnalysis; first: number; count: number; alive: boolean }> = [];
  private readonly docByPath = new Map<string, number>();
  private alive = 0;
  private dead = 0;

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
    if (this.dead > 1000 && this.dead > this.alive) this.compact();
  }

  private add(analysis: DocumentAnalysis): void {
    const doc = this.docs.length;
    const first = this.sentences.length;
    for (const block of analysis.doc.blocks) {
      for (const sentence of block.sentences) {
        const ids = sentenceWords(sentence).map((w) => {
          let id = this.ids.get(w);
          if (id === undefined) {
            id = this.ids.size;
            this.ids.set(w, id);
            this.postings.push([]);
          }
          return id;
        });
        const n = this.sentences.length;
        for (const id of ids) this.postings[id].push(n);
        this.sentences.push({ doc, words: Uint32Array.from(ids).sort(), alive: true });
        this.spans.push({ start: sentence.start, end: sentence.end });
      }
    }
    this.docs.push({ path: analysis.doc.path, analysis, first, count: this.sentences.length - first, alive: true });
    this.docByPath.set(analysis.doc.path, doc);
    this.alive += this.sentences.length - first;
  }

  private drop(doc: number): void {
    const d = this.docs[doc];
    d.alive = false;
    for (let i = d.first; i < d.first + d.count; i++) this.sentences[i].alive = false;
    this.docByPath.delete(d.path);
    this.alive -= d.count;
    this.dead += d.count;
  }

  private compact(): void {
    const keep = this.docs.filter((d) => d.alive).map((d) => d.analysis);
    this.ids.clear();
    this.postings = [];
    this.sentences = [];
    this.spans.length = 0;
    this.docs.length = 0;
    this.docByPath.clear();
    this.alive = 0;
    this.dead = 0;
    for (const a of keep) this.add(a);
  }

  private weight(id: number | undefined): number {
    const df = id === undefined ? 0 : this.postings[id].length;
    return Math.log(1 + (this.alive + 1) / (df + 1));
  }

  /** How well the best source passage (a sentence with its neighbours) covers these words. */
  support(words: string[]): ClaimSupport {
    if (words.length === 0) return { coverage: 1 };
    const ids = words.map((w) => this.ids.get(w));
    const weights = ids.map((id) => this.weight(id));
    const total = weights.reduce((a, b) => a + b, 0);
    // Candidates: sentences sharing the rarest words, counted by weight.
    const order = ids.map((id, i) => ({ id, w: weights[i] })).filter((x) => x.id !== undefined).sort((a, b) => b.w - a.w);
    const hits = new Map<number, number>();
    for (const { id, w } of order.slice(0, 6)) {
      const list = this.postings[id as number];
      const limit = Math.min(list.length, maxPostings);
      for (let k = 0; k < limit; k++) hits.set(list[k], (hits.get(list[k]) ?? 0) + w);
    }
    const candidates = [...hits.entries()].sort((a, b) => b[1] - a[1]).slice(0, candidateCount);
    let best: ClaimSupport = { coverage: 0 };
    for (const [n] of candidates) {
      const s = this.sentences[n];
      if (!s.alive) continue;
      const window = [n - 1, n, n + 1].filter((k) => k >= 0 && k < this.sentences.length && this.sentences[k].doc === s.doc && this.sentences[k].alive);
      let covered = 0;
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i];
        if (id === undefined) continue;
        if (window.some((k) => binaryHas(this.sentences[k].words, id))) covered += weights[i];
      }
      const coverage = total === 0 ? 1 : covered / total;
      if (coverage > best.coverage) best = { coverage, path: this.docs[s.doc].path, span: this.spans[n] };
    }
    return best;
  }
}

function binaryHas(sorted: Uint32Array, value: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] === value) return true;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
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
