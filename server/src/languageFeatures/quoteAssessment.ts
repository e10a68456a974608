// How a draft's quotation stands against the sources: carried word for word (journalistic
// conventions allowed: excerpts, ellipses, [brackets], typography, an interrupted quote), close to
// a source quote but reworded, or found nowhere. Shared by diagnostics, hovers, definitions and
// inlay hints so that they always agree.
import type { Quote, Span } from '../core/types';
import type { QuoteAlignment } from '../core/clusters/alignQuote';
import { isContentWord, quoteUnits } from '../core/clusters/quoteWords';
import type { CorpusView, SourceQuote } from './corpusView';
import type { QueryMemo } from './queryMemo';

export interface QuoteEvidence extends SourceQuote {
  alignment: QuoteAlignment;
}

export type QuoteStatus = 'sourced' | 'mismatch' | 'unsourced';

export interface QuoteAssessment {
  status: QuoteStatus;
  /** The draft's quoted words, pieces of an interrupted quote joined by a space. */
  words: string;
  /** Where each piece of `words` sits in the analysed text: [offset in words, span in text]. */
  pieces: Array<{ at: number; span: Span }>;
  /** Sourced: every source quote carrying the words. Mismatch: the closest source quote(s). */
  evidence: QuoteEvidence[];
}

/** Below these, a reworded quotation is too far from any source quote to be "the same quote". */
const minSimilarity = 0.5;
const minEqualWords = 4;
/**
 * Equal words must include this many content words (or all the quotation has), unless a long run
 * of words is equal: four words like "in the Middle East" are a common phrase, not a quote
 * ("Great Accomplishment of Peace in the Middle East" beside "believe that the Success in the
 * Middle East").
 */
const minEqualContentWords = 3;
const equalWordsWithoutContent = 6;
/**
 * Below this, a reworded quotation the draft gives to someone else than the source quote's speaker
 * is another statement, not a misquote ("as much political as military", Trump, beside "as much a
 * political decision as it is a military decision", a defence analyst).
 */
const minSimilarityOtherSpeaker = 0.75;
/** Matches kept per quotation: the index ranks them, exact excerpts first. */
const maxCandidates = 24;

/** The quoted words of a quote as the draft writes them, and how they map back to the text. */
export function quotedWords(text: string, quote: Quote): Pick<QuoteAssessment, 'words' | 'pieces'> {
  const spans = quote.parts.length > 0 ? quote.parts : [{ start: quote.start, end: quote.end }];
  const pieces: QuoteAssessment['pieces'] = [];
  let words = '';
  for (const span of spans) {
    if (words) words += ' ';
    pieces.push({ at: words.length, span });
    words += text.slice(span.start, span.end);
  }
  return { words, pieces };
}

/** Maps an offset in `words` back to the analysed text. */
export function textOffset(pieces: QuoteAssessment['pieces'], at: number): number {
  let piece = pieces[0];
  for (const p of pieces) if (p.at <= at) piece = p;
  return piece.span.start + Math.min(at - piece.at, piece.span.end - piece.span.start);
}

export function wordCount(words: string): number {
  return quoteUnits(words).filter((u) => u.kind === 'word').length;
}

/** True for quotations worth checking: direct, not scare quotes, more than a word or two. */
export function isCheckable(quote: Quote, words: string): boolean {
  return quote.kind === 'direct' && !quote.scare && wordCount(words) >= 2;
}

function better(a: QuoteAlignment, b: QuoteAlignment): boolean {
  if (a.exact !== b.exact) return a.exact;
  if (a.similarity !== b.similarity) return a.similarity > b.similarity;
  return a.equal > b.equal;
}

/** One piece of evidence per source passage: a direct quote inside the reported speech that
 *  carries it is the same passage (the direct quote is kept). */
function distinctSpans(evidence: QuoteEvidence[]): QuoteEvidence[] {
  const ordered = [...evidence].sort((a, b) => Number(b.quote.kind === 'direct') - Number(a.quote.kind === 'direct') || a.quote.end - a.quote.start - (b.quote.end - b.quote.start));
  const kept: QuoteEvidence[] = [];
  for (const e of ordered) {
    if (kept.some((k) => k.path === e.path && k.quote.start < e.quote.end && e.quote.start < k.quote.end)) continue;
    kept.push(e);
  }
  // Back in the index's order (by path, then position).
  return evidence.filter((e) => kept.includes(e));
}

export function assessQuote(text: string, quote: Quote, corpus: CorpusView, memo?: QueryMemo): QuoteAssessment {
  const { words, pieces } = quotedWords(text, quote);
  // The verdict depends on the quoted words alone: a memo answers for the same words again.
  const verdict = memo ? memo.get(corpus, `quote\u0000${words}`, () => judgeWords(words, corpus)) : judgeWords(words, corpus);
  return { ...withoutOtherSpeakers(verdict, quote, corpus), words, pieces };
}

/** A mismatch only against source quotes by the draft's speaker, unless worded very close. */
function withoutOtherSpeakers(verdict: Pick<QuoteAssessment, 'status' | 'evidence'>, quote: Quote, corpus: CorpusView): Pick<QuoteAssessment, 'status' | 'evidence'> {
  if (verdict.status !== 'mismatch' || !quote.speaker?.name) return verdict;
  const draftSpeaker = corpus.resolveName(quote.speaker.name);
  if (!draftSpeaker) return verdict;
  const kept = verdict.evidence.filter((e) => e.alignment.similarity >= minSimilarityOtherSpeaker || (corpus.speakerIdOf(e.path, e.quote) ?? draftSpeaker) === draftSpeaker);
  if (kept.length === verdict.evidence.length) return verdict;
  return kept.length > 0 ? { status: 'mismatch', evidence: kept } : { status: 'unsourced', evidence: [] };
}

/** How quoted words stand against the sources: the status and its evidence. */
function judgeWords(words: string, corpus: CorpusView): Pick<QuoteAssessment, 'status' | 'evidence'> {
  const evidence: QuoteEvidence[] = corpus.index.quotes
    .match(words, { minSimilarity, limit: maxCandidates, exactOnlyWhenFound: true })
    .map((m) => ({ path: m.ref.path, quote: m.ref.quote, alignment: m.alignment }));
  const exact = distinctSpans(evidence.filter((e) => e.alignment.exact));
  if (exact.length > 0) return { status: 'sourced', evidence: exact };
  // Counted once, not once per candidate.
  const units = quoteUnits(words);
  const minEqual = Math.min(minEqualWords, units.filter((u) => u.kind === 'word').length);
  const minContent = Math.min(minEqualContentWords, units.filter((u) => u.kind === 'word' && isContentWord(u.norm)).length);
  const near = evidence
    .filter((e) => e.alignment.similarity >= minSimilarity && e.alignment.equal >= minEqual && (e.alignment.equalContent >= minContent || e.alignment.equal >= equalWordsWithoutContent))
    .sort((a, b) => (better(a.alignment, b.alignment) ? -1 : better(b.alignment, a.alignment) ? 1 : 0));
  if (near.length > 0) {
    const best = near[0].alignment;
    // Every source quote as close as the best one (the same quote reported by several articles).
    const tied = near.filter((e) => e.alignment.similarity === best.similarity && e.alignment.sourceExcerpt === best.sourceExcerpt);
    return { status: 'mismatch', evidence: distinctSpans(tied.length > 0 ? tied : [near[0]]) };
  }
  return { status: 'unsourced', evidence: [] };
}
