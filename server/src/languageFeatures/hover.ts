// Hover: the entity card on a name, the quotation card on a quotation (drafts and sources alike).
import type { DocumentContext } from './context';
import { docRange } from './context';
import { entityCard } from './entityCard';
import { draftQuoteCard, sourceQuoteCard } from './quoteCard';
import { draftTarget, sourceTarget } from './target';
import type { Hover, Position } from './types';

export function provideHover(ctx: DocumentContext, position: Position): Hover | undefined {
  const offset = ctx.doc.offsetAt(position);
  const target = ctx.draft ? draftTarget(ctx.draft, offset, ctx.view) : ctx.sourcePath ? sourceTarget(ctx.sourcePath, offset, ctx.view) : undefined;
  if (!target) return undefined;
  const uri = (path: string) => ctx.host.sourceUri(path);
  let value: string | undefined;
  if (target.kind === 'entity') value = entityCard(ctx.view, target.entityId, uri);
  else if (target.kind === 'draft-quote') value = draftQuoteCard(ctx.view, target.assessment, uri);
  else value = sourceQuoteCard(ctx.view, target.path, target.quote, uri);
  if (!value) return undefined;
  return { contents: { kind: 'markdown', value }, range: docRange(ctx.doc, target.span) };
}
