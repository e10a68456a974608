// Word-level alignment of a quotation (a draft's, or a shorter report) against a source quotation:
// where the draft follows the source, which words it changed, added or dropped, and which
// liberties are allowed by convention (an ellipsis for left-out words, [brackets] for editorial
// insertions). Semi-global edit distance: the draft must be accounted for entirely, while the source
// may be excerpted anywhere. A general diff library cannot express the free source ends or the gap
// and bracket units, hence this small dynamic programme.
import type { Span } from '../types';
import { isContentWord, quoteUnits, quoteWords, type QuoteUnit, type QuoteWord } from './quoteWords';

export type AlignOpKind =
  /** Same word (after normalisation). */
  | 'equal'
  /** The draft has another word where the source has this one. */
  | 'changed'
  /** A draft word the source does not have here. */
  | 'added'
  /** Source words the draft leaves out without marking it. */
  | 'dropped'
  /** Source words left out at an ellipsis of the draft: allowed. */
  | 'elided'
  /** A [bracketed] insertion of the draft, standing for these source words (maybe none): allowed. */
  | 'editorial';

export interface AlignOp {
  kind: AlignOpKind;
  /** Offsets into the draft string (absent for dropped words). */
  draft?: Span;
  draftText?: string;
  /** Offsets into the source string (absent for added words and empty gaps). */
  source?: Span;
  /** The source wording of this stretch, as written in the source. */
  sourceText?: string;
}

export interface QuoteAlignment {
  ops: AlignOp[];
  equal: number;
  /** Equal words that are content words (not "the", "we", ...): what makes a match distinctive. */
  equalContent: number;
  changed: number;
  added: number;
  dropped: number;
  /** equal / (equal + changed + added + dropped): 1 for an exact excerpt, 0 when nothing matches. */
  similarity: number;
  /** True when every draft word is the source's, in order, with only ellipses and brackets between. */
  exact: boolean;
  /** Offsets into the source string of the aligned stretch (undefined when nothing aligned). */
  source?: Span;
  /** The source wording for the aligned stretch: what a "replace with source wording" fix inserts. */
  sourceExcerpt: string;
}

// Alignment is quadratic; beyond these sizes the rest is not aligned (a quotation of thousands of
// words is not a quotation, and bad input must not exhaust memory).
const maxDraftUnits = 600;
const maxSourceWords = 3000;
/** How many source words one [bracketed] insertion may stand for. */
const maxEditorialSpan = 8;
/** Each difference costs 1; an equal word earns a little, so that among alignments with as many
 * differences the one keeping more words equal wins ("a b" in "a x b": x dropped, not b changed). */
const equalCost = -1 / 1024;
/** A changed word costs a hair less than an added one: where the draft runs past the aligned words
 * and the source goes on too ("…today's telephone talks" against "…telephone conversation"), the
 * draft changed the source's next word rather than adding one. Where the source quotation ends,
 * there is no word to change and the draft's extra words stay added ("only part" of it is sourced). */
const changedCost = 1 - 1 / 4096;
/** Each further word of a run of dropped words. */
const dropExtendCost = 1 / 8;

const enum Step {
  None = 0,
  Equal,
  Changed,
  Added,
  Dropped,
  Gap,
  Editorial,
}

/** Aligns a draft quotation against a source quotation, both as plain strings. */
export function alignQuote(draft: string, source: string): QuoteAlignment {
  return alignUnits(quoteUnits(draft), quoteWords(source), draft, source);
}

/** Same, for units and words tokenised already (the index keeps them). */
export function alignUnits(draftUnitsIn: readonly QuoteUnit[], sourceWordsIn: readonly QuoteWord[], draft: string, source: string): QuoteAlignment {
  const verbatim = verbatimAlignment(draftUnitsIn, sourceWordsIn, draft, source);
  if (verbatim) return verbatim;
  const d = draftUnitsIn.length > maxDraftUnits ? draftUnitsIn.slice(0, maxDraftUnits) : draftUnitsIn;
  const s = sourceWordsIn.length > maxSourceWords ? sourceWordsIn.slice(0, maxSourceWords) : sourceWordsIn;
  const n = d.length;
  const m = s.length;
  const width = m + 1;
  const cost = new Float64Array((n + 1) * width).fill(Infinity);
  const step = new Uint8Array((n + 1) * width);
  const from = new Int32Array((n + 1) * width);
  for (let j = 0; j <= m; j++) cost[j] = 0; // the draft may start anywhere in the source

  const relax = (cell: number, value: number, how: Step, origin: number) => {
    if (value < cost[cell]) {
      cost[cell] = value;
      step[cell] = how;
      from[cell] = origin;
    }
  };

  // Source words as small integers, compared in the inner loop instead of strings.
  const ids = new Map<string, number>();
  const sourceIds = new Int32Array(m);
  for (let j = 0; j < m; j++) {
    let id = ids.get(s[j].norm);
    if (id === undefined) ids.set(s[j].norm, (id = ids.size));
    sourceIds[j] = id;
  }

  for (let i = 0; i < n; i++) {
    const unit = d[i];
    const row = i * width;
    const next = (i + 1) * width;
    if (unit.kind === 'word') {
      // (The hottest loop: relax written out.)
      const id = ids.get(unit.norm) ?? -1;
      for (let j = 0; j <= m; j++) {
        const c = cost[row + j];
        if (c === Infinity) continue;
        if (j < m) {
          const equal = sourceIds[j] === id;
          const value = c + (equal ? equalCost : changedCost);
          const cell = next + j + 1;
          if (value < cost[cell]) {
            cost[cell] = value;
            step[cell] = equal ? Step.Equal : Step.Changed;
            from[cell] = j;
          }
        }
        const added = c + 1;
        if (added < cost[next + j]) {
          cost[next + j] = added;
          step[next + j] = Step.Added;
          from[next + j] = j;
        }
      }
    } else if (unit.kind === 'gap') {
      // Any number of source words, free; ties go to the latest origin so that a leading or
      // trailing ellipsis covers nothing.
      let best = Infinity;
      let bestJ = 0;
      for (let j = 0; j <= m; j++) {
        if (cost[row + j] <= best) {
          best = cost[row + j];
          bestJ = j;
        }
        if (best < Infinity) relax(next + j, best, Step.Gap, bestJ);
      }
    } else {
      // Relaxed from the latest origin down, so that ties go to an insertion standing for nothing.
      for (let j = 0; j <= m; j++) {
        for (let k = j; k >= Math.max(0, j - maxEditorialSpan); k--) relax(next + j, cost[row + k], Step.Editorial, k);
      }
    }
    // Source words skipped without an ellipsis, once the draft has started and before it ends.
    // A run of them is one omission: it costs 1 to open and little to extend (affine gap costs),
    // so "a b … c" written without the ellipsis reads as a dropped stretch, not as changed words.
    if (i + 1 < n) {
      let run = Infinity;
      let runFrom = 0;
      for (let j = 0; j < m; j++) {
        const open = cost[next + j] + 1;
        if (open < run + dropExtendCost) {
          run = open;
          runFrom = j;
        } else run += dropExtendCost;
        const cell = next + j + 1;
        if (run < cost[cell]) {
          cost[cell] = run;
          step[cell] = Step.Dropped;
          from[cell] = runFrom;
        }
      }
    }
  }

  let end = 0;
  for (let j = 1; j <= m; j++) if (cost[n * width + j] < cost[n * width + end]) end = j;
  return buildAlignment(traceBack(n, end, width, step, from), d, s, draft, source);
}

/**
 * The alignment of a draft made of words only (no ellipsis, no brackets) that occurs word for word
 * in the source, or undefined. Most quotations a writer checks are exact excerpts: this answers
 * them in linear time with the alignment the dynamic programme would find (all words equal costs
 * least, and ties go to the earliest end).
 */
export function verbatimAlignment(draftUnitsIn: readonly QuoteUnit[], sourceWordsIn: readonly QuoteWord[], draft: string, source: string): QuoteAlignment | undefined {
  const d = draftUnitsIn.length > maxDraftUnits ? draftUnitsIn.slice(0, maxDraftUnits) : draftUnitsIn;
  const s = sourceWordsIn.length > maxSourceWords ? sourceWordsIn.slice(0, maxSourceWords) : sourceWordsIn;
  const at = verbatimOccurrence(d, s);
  return at < 0 ? undefined : buildAlignment(equalRun(d.length, at), d, s, draft, source);
}

function verbatimOccurrence(d: readonly QuoteUnit[], s: readonly QuoteWord[]): number {
  const n = d.length;
  if (n === 0 || n > s.length || d.some((unit) => unit.kind !== 'word')) return -1;
  for (let p = 0; p + n <= s.length; p++) {
    let i = 0;
    while (i < n && s[p + i].norm === (d[i] as QuoteWord).norm) i++;
    if (i === n) return p;
  }
  return -1;
}

/** The trace of an alignment where draft word i equals source word at + i. */
function equalRun(n: number, at: number): RawOp[] {
  return Array.from({ length: n }, (_, i) => ({ how: Step.Equal, unit: i, from: at + i, to: at + i + 1 }));
}

interface RawOp {
  how: Step;
  unit: number;
  /** Source word range [from, to). */
  from: number;
  to: number;
}

function traceBack(n: number, end: number, width: number, step: Uint8Array, from: Int32Array): RawOp[] {
  const raw: RawOp[] = [];
  let i = n;
  let j = end;
  while (i > 0) {
    const cell = i * width + j;
    const how = step[cell] as Step;
    const origin = from[cell];
    if (how === Step.Dropped) {
      raw.push({ how, unit: -1, from: origin, to: j });
      j = origin;
      continue;
    }
    raw.push({ how, unit: i - 1, from: origin, to: how === Step.Added ? origin : j });
    i--;
    j = origin;
  }
  return raw.reverse();
}

function buildAlignment(raw: RawOp[], d: readonly QuoteUnit[], s: readonly QuoteWord[], draft: string, source: string): QuoteAlignment {
  const ops: AlignOp[] = [];
  const counts = { equal: 0, changed: 0, added: 0, dropped: 0 };
  let equalContent = 0;
  let first = -1;
  let last = -1;
  const sourceSpan = (a: number, b: number): Span | undefined => (b > a ? { start: s[a].start, end: s[b - 1].end } : undefined);
  for (const r of raw) {
    const unit = r.unit >= 0 ? d[r.unit] : undefined;
    const kind: AlignOpKind =
      r.how === Step.Equal ? 'equal' : r.how === Step.Changed ? 'changed' : r.how === Step.Added ? 'added' : r.how === Step.Dropped ? 'dropped' : r.how === Step.Gap ? 'elided' : 'editorial';
    if (kind !== 'elided' && kind !== 'editorial') counts[kind] += kind === 'dropped' ? r.to - r.from : 1;
    if (kind === 'equal' && isContentWord(s[r.from].norm)) equalContent++;
    if (r.to > r.from && kind !== 'elided') {
      if (first < 0) first = r.from;
      last = r.to;
    }
    const span = sourceSpan(r.from, r.to);
    const previous = ops.at(-1);
    if (kind === 'dropped' && previous?.kind === 'dropped' && previous.source && span) {
      previous.source = { start: previous.source.start, end: span.end };
      previous.sourceText = source.slice(previous.source.start, span.end);
      continue;
    }
    const op: AlignOp = { kind };
    if (unit) {
      op.draft = { start: unit.start, end: unit.end };
      op.draftText = draft.slice(unit.start, unit.end);
    }
    if (span) {
      op.source = span;
      op.sourceText = source.slice(span.start, span.end);
    }
    ops.push(op);
  }
  const scored = counts.equal + counts.changed + counts.added + counts.dropped;
  const stretch = first >= 0 ? { start: s[first].start, end: s[last - 1].end } : undefined;
  return {
    ops,
    ...counts,
    equalContent,
    similarity: scored === 0 ? 0 : counts.equal / scored,
    exact: counts.equal > 0 && counts.changed + counts.added + counts.dropped === 0,
    ...(stretch ? { source: stretch } : {}),
    sourceExcerpt: stretch ? source.slice(stretch.start, stretch.end) : '',
  };
}
