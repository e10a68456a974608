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
export function sentenceWords(sentence: Sentence, skip: Array<{ start: number; end: number }> = [], cache?: Map<string, string | undefined>): string[] {
  const out = new Set<string>();
  for (const t of sentence.tokens) {
    if (t.kind !== 'word') continue;
    if (skip.some((s) => t.start >= s.start && t.end <= s.end)) continue;
    // Hyphenated compounds count as their parts ("two-hour" meets "two hours").
    for (const part of t.text.split(/[-‐–]/)) {
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

/** A distinct sentence (by its content words): wire copy repeats sentences across many articles,
 *  and each is indexed once, with the documents that carry it. */
interface Unit {
  words: Uint32Array;
  /** Documents carrying the sentence (by document number; dead ones are skipped). */
  docs: number[];
  spans: Array<{ start: number; end: number }>;
  /** Sentences next to it somewhere (a paraphrase may draw on two neighbouring sentences). */
  neighbours: number[];
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
  private postings: number[][] = [];
  private units: Unit[] = [];
  private readonly unitByKey = new Map<string, number>();
  private docs: Array<{ path: string; analysis: DocumentAnalysis; alive: boolean }> = [];
  private readonly docByPath = new Map<string, number>();
  private readonly stems = new Map<string, string | undefined>();
  private aliveDocs = 0;
  private deadDocs = 0;
  private scores = new Float64Array(0);

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
  }

  private wordId(w: string): number {
    let id = this.ids.get(w);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(w, id);
      this.postings.push([]);
    }
    return id;
  }

  private add(analysis: DocumentAnalysis): void {
    const doc = this.docs.length;
    let previous = -1;
    for (const block of analysis.doc.blocks) {
      for (const sentence of block.sentences) {
        const ids = sentenceWords(sentence, [], this.stems)
          .map((w) => this.wordId(w))
          .sort((a, b) => a - b);
        if (ids.length === 0) continue;
        const key = ids.join(',');
        let unit = this.unitByKey.get(key);
        if (unit === undefined) {
          unit = this.units.length;
          this.unitByKey.set(key, unit);
          this.units.push({ words: Uint32Array.from(ids), docs: [], spans: [], neighbours: [] });
          for (const id of ids) this.postings[id].push(unit);
        }
        const u = this.units[unit];
        u.docs.push(doc);
        u.spans.push({ start: sentence.start, end: sentence.end });
        if (previous >= 0 && previous !== unit) {
          const p = this.units[previous];
          if (p.neighbours.length < maxNeighbours && !p.neighbours.includes(unit)) p.neighbours.push(unit);
          if (u.neighbours.length < maxNeighbours && !u.neighbours.includes(previous)) u.neighbours.push(previous);
        }
        previous = unit;
      }
    }
    this.docs.push({ path: analysis.doc.path, analysis, alive: true });
    this.docByPath.set(analysis.doc.path, doc);
    this.aliveDocs++;
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
    this.postings = [];
    this.units = [];
    this.unitByKey.clear();
    this.docs = [];
    this.docByPath.clear();
    this.aliveDocs = 0;
    this.deadDocs = 0;
    for (const a of keep) this.add(a);
  }

  /** Where a unit is carried by a live document, if anywhere. */
  private occurrence(unit: number): { path: string; span: { start: number; end: number } } | undefined {
    const u = this.units[unit];
    for (let i = 0; i < u.docs.length; i++) if (this.docs[u.docs[i]].alive) return { path: this.docs[u.docs[i]].path, span: u.spans[i] };
    return undefined;
  }

  private weight(id: number | undefined): number {
    const df = id === undefined ? 0 : this.postings[id].length;
    return Math.log(1 + (this.units.length + 1) / (df + 1));
  }

  /** How well the best source passage (a sentence, or it and a neighbour) covers these words. */
  support(words: string[]): ClaimSupport {
    if (words.length === 0) return { coverage: 1 };
    const ids = words.map((w) => this.ids.get(w));
    const weights = ids.map((id) => this.weight(id));
    const total = weights.reduce((a, b) => a + b, 0);
    if (this.scores.length < this.units.length) this.scores = new Float64Array(Math.max(this.units.length, this.scores.length * 2));
    // Candidates: sentences sharing the rarest words, scored by the weight they share.
    const order = ids.map((id, i) => ({ id, w: weights[i] })).filter((x) => x.id !== undefined).sort((a, b) => b.w - a.w);
    const touched: number[] = [];
    let budget = maxPostings;
    for (const { id, w } of order.slice(0, 4)) {
      const list = this.postings[id as number];
      const limit = Math.min(list.length, budget);
      budget -= limit;
      for (let k = 0; k < limit; k++) {
        const unit = list[k];
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
    const covered = (units: number[]) => {
      let sum = 0;
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i];
        if (id !== undefined && units.some((u) => binaryHas(this.units[u].words, id))) sum += weights[i];
      }
      return total === 0 ? 1 : sum / total;
    };
    // The best passage: a sentence, or it with a sentence next to it in some article.
    let bestUnit = -1;
    let bestCoverage = 0;
    for (let rank = 0; rank < top.length; rank++) {
      const unit = top[rank];
      if (!this.occurrence(unit)) continue;
      let coverage = covered([unit]);
      if (rank < withNeighbours) for (const n of this.units[unit].neighbours) {
        if (coverage >= 1) break;
        if (this.occurrence(n)) coverage = Math.max(coverage, covered([unit, n]));
      }
      if (coverage > bestCoverage) [bestUnit, bestCoverage] = [unit, coverage];
    }
    if (bestUnit < 0) return { coverage: 0 };
    const where = this.occurrence(bestUnit)!;
    return { coverage: bestCoverage, path: where.path, span: where.span };
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
