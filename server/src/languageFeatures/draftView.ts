// What the features derive from a draft chunk against the corpus (the names it mentions, how each
// of its quotations stands), memoised per chunk analysis and corpus view: after an edit only the
// changed paragraph is looked at again.
import type { DocumentAnalysis, Quote } from '../core/types';
import type { CorpusView } from './corpusView';
import type { DraftAnalysis, DraftChunk } from './draftAnalysis';
import { assessQuote, isCheckable, quotedWords, type QuoteAssessment } from './quoteAssessment';

/** A name in a draft chunk (chunk offsets) and the corpus entity it names. */
export interface DraftName {
  start: number;
  end: number;
  text: string;
  entityId: string;
}

export interface DraftQuote {
  quote: Quote;
  /** Absent for quotations not worth checking (scare quotes, a single word, reported speech). */
  assessment?: QuoteAssessment;
}

const memo = new WeakMap<DocumentAnalysis, { view: CorpusView; values: Map<string, unknown> }>();

/** Caches `compute()` for this chunk analysis under this corpus view. */
export function memoize<T>(analysis: DocumentAnalysis, view: CorpusView, key: string, compute: () => T): T {
  let entry = memo.get(analysis);
  if (!entry || entry.view !== view) memo.set(analysis, (entry = { view, values: new Map() }));
  if (entry.values.has(key)) return entry.values.get(key) as T;
  const value = compute();
  entry.values.set(key, value);
  return value;
}

/** Start offsets of the chunk's prose words: a name must start on one (not in code or a URL). */
function wordStarts(analysis: DocumentAnalysis): Set<number> {
  const starts = new Set<number>();
  for (const block of analysis.doc.blocks) for (const s of block.sentences) for (const t of s.tokens) if (t.kind === 'word') starts.add(t.start);
  return starts;
}

export function draftNames(chunk: DraftChunk, view: CorpusView): DraftName[] {
  return memoize(chunk.analysis, view, 'names', () => {
    const starts = wordStarts(chunk.analysis);
    return view.lookup
      .find(chunk.text)
      .filter((m) => starts.has(m.start))
      .map((m) => ({ start: m.start, end: m.end, text: chunk.text.slice(m.start, m.end), entityId: m.entityId }));
  });
}

export function draftQuotes(chunk: DraftChunk, view: CorpusView): DraftQuote[] {
  return memoize(chunk.analysis, view, 'quotes', () =>
    chunk.analysis.quotes.map((quote) => {
      const { words } = quotedWords(chunk.text, quote);
      return isCheckable(quote, words) ? { quote, assessment: assessQuote(chunk.text, quote, view, chunk.queries) } : { quote };
    }),
  );
}

/** Every name of the draft with draft offsets. */
export function allDraftNames(draft: DraftAnalysis, view: CorpusView): DraftName[] {
  const out: DraftName[] = [];
  for (const chunk of draft.chunks) for (const n of draftNames(chunk, view)) out.push({ ...n, start: n.start + chunk.offset, end: n.end + chunk.offset });
  return out;
}
