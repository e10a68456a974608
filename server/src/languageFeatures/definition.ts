// Go to definition: every source span behind a name or a quotation, one location per span. On a
// quotation in a source: the same quote in the other articles.
import type { DocumentContext } from './context';
import { sourceLocation } from './context';
import type { QuoteEvidence } from './quoteAssessment';
import { draftTarget, sourceTarget } from './target';
import type { Location, Position } from './types';

/** The source span an alignment covers: the aligned words when they map onto the file exactly,
 *  else the whole source quotation. */
export function evidenceSpan(ctx: Pick<DocumentContext, 'view'>, e: QuoteEvidence): { start: number; end: number } {
  const { quote } = e;
  const stretch = e.alignment.source;
  const part = quote.parts.length === 1 ? quote.parts[0] : undefined;
  const text = ctx.view.analysis(e.path)?.doc.text;
  // `content` is the part's text when the quote is in one piece: offsets then carry over.
  if (stretch && part && text !== undefined && text.slice(part.start, part.end) === quote.content) {
    return { start: part.start + stretch.start, end: part.start + stretch.end };
  }
  return { start: quote.start, end: quote.end };
}

/** A name in thousands of articles: the first spans (by file) are what a peek view can show. */
export const maxNameLocations = 500;

export function provideDefinition(ctx: DocumentContext, position: Position): Location[] {
  const offset = ctx.doc.offsetAt(position);
  const target = ctx.draft ? draftTarget(ctx.draft, offset, ctx.view) : ctx.sourcePath ? sourceTarget(ctx.sourcePath, offset, ctx.view) : undefined;
  if (!target) return [];
  if (target.kind === 'entity') return ctx.view.mentionsOf(target.entityId).slice(0, maxNameLocations).map((m) => sourceLocation(ctx, m.path, m));
  if (target.kind === 'draft-quote') {
    if (!target.assessment || target.assessment.status === 'unsourced') return [];
    return target.assessment.evidence.map((e) => sourceLocation(ctx, e.path, evidenceSpan(ctx, e)));
  }
  const cluster = ctx.view.clusterOf(target.quote);
  return (cluster?.members ?? [])
    .filter((m) => !(m.path === target.path && m.quote.start === target.quote.start))
    .map((m) => sourceLocation(ctx, m.path, m.quote));
}
