// Maps offsets in a quote's `content` (its parts joined by one space) back to the file, so that an
// alignment's source span (an exact excerpt, a changed word) can be shown or jumped to in the source.
import type { Quote, Span } from '../types';

/** The file offset of `offset` in `quote.content`, or undefined when content and parts disagree. */
export function contentOffsetToDocument(quote: Quote, offset: number, side: 'start' | 'end' = 'start'): number | undefined {
  const total = quote.parts.reduce((n, p) => n + (p.end - p.start), 0) + Math.max(0, quote.parts.length - 1);
  if (total !== quote.content.length || offset < 0 || offset > total) return undefined;
  let at = 0;
  for (let i = 0; i < quote.parts.length; i++) {
    const part = quote.parts[i];
    const length = part.end - part.start;
    // An end offset on a part boundary belongs to the earlier part; a start, to the later one.
    if (offset < at + length || (offset === at + length && (side === 'end' || i === quote.parts.length - 1))) return part.start + (offset - at);
    at += length + 1;
    if (offset < at) return quote.parts[i + 1]?.start;
  }
  return undefined;
}

/** A span of `quote.content` as a file span (from its start's part to its end's part). */
export function contentSpanToDocument(quote: Quote, span: Span): Span | undefined {
  const start = contentOffsetToDocument(quote, span.start, 'start');
  const end = contentOffsetToDocument(quote, span.end, 'end');
  return start !== undefined && end !== undefined && end >= start ? { start, end } : undefined;
}
