// What sits at a position: a quotation or a name, in a draft or in a source. Hover, definition and
// references all start here, so they always agree on what the writer is pointing at.
import type { Quote, Span } from '../core/types';
import type { CorpusView } from './corpusView';
import { chunkAt, type DraftAnalysis } from './draftAnalysis';
import { draftNames, draftQuotes } from './draftView';
import type { QuoteAssessment } from './quoteAssessment';

export type Target =
  | { kind: 'draft-quote'; span: Span; quote: Quote; assessment?: QuoteAssessment }
  | { kind: 'source-quote'; span: Span; path: string; quote: Quote }
  | { kind: 'entity'; span: Span; entityId: string };

const inside = (offset: number, s: Span) => offset >= s.start && offset <= s.end;

/** The innermost of several spans holding the offset (a quote within a quote). */
function innermost<T extends Span>(items: T[], offset: number): T | undefined {
  let best: T | undefined;
  for (const item of items) if (inside(offset, item) && (!best || item.end - item.start < best.end - best.start)) best = item;
  return best;
}

export function draftTarget(draft: DraftAnalysis, offset: number, view: CorpusView): Target | undefined {
  const chunk = chunkAt(draft, offset);
  if (!chunk) return undefined;
  const local = offset - chunk.offset;
  const shift = (s: Span): Span => ({ start: s.start + chunk.offset, end: s.end + chunk.offset });
  // A name inside a quotation is still a name: names win when the cursor is on one.
  const name = innermost(draftNames(chunk, view), local);
  if (name && local < name.end) return { kind: 'entity', span: shift(name), entityId: name.entityId };
  const quotes = draftQuotes(chunk, view);
  const hit = innermost(
    quotes.map((q) => ({ start: q.quote.start, end: q.quote.end, q })),
    local,
  );
  if (hit) return { kind: 'draft-quote', span: shift(hit), quote: hit.q.quote, assessment: hit.q.assessment };
  return undefined;
}

export function sourceTarget(path: string, offset: number, view: CorpusView): Target | undefined {
  const analysis = view.analysis(path);
  if (!analysis) return undefined;
  for (const entity of analysis.entities) {
    for (const m of entity.mentions) {
      if (offset >= m.start && offset < m.end) {
        const entityId = view.entityIdOf(path, entity.key);
        if (entityId) return { kind: 'entity', span: { start: m.start, end: m.end }, entityId };
      }
    }
  }
  const quote = innermost(analysis.quotes, offset);
  if (quote) return { kind: 'source-quote', span: { start: quote.start, end: quote.end }, path, quote };
  return undefined;
}
