// An inlay hint after each quotation of a draft: how many sources carry it ("3 sources"), that
// the sources word it differently, or that none carries it.
import type { DocumentContext } from './context';
import { draftQuotes } from './draftView';
import { sourcesCarrying } from './quoteCard';
import type { InlayHint, Range } from './types';

export function provideInlayHints(ctx: DocumentContext, range: Range): InlayHint[] {
  if (!ctx.draft) return [];
  const from = ctx.doc.offsetAt(range.start);
  const to = ctx.doc.offsetAt(range.end);
  const hints: InlayHint[] = [];
  for (const chunk of ctx.draft.chunks) {
    if (chunk.offset + chunk.text.length < from || chunk.offset > to) continue;
    for (const { quote, assessment } of draftQuotes(chunk, ctx.view)) {
      if (!assessment) continue;
      const end = chunk.offset + quote.end;
      if (end < from || end > to) continue;
      const sources = sourcesCarrying(ctx.view, assessment);
      const label =
        assessment.status === 'sourced' ? `${sources} source${sources === 1 ? '' : 's'}` : assessment.status === 'mismatch' ? 'worded differently in the sources' : 'no source';
      const names = [...new Set(assessment.evidence.map((e) => ctx.view.title(e.path)))].slice(0, 5);
      hints.push({
        position: ctx.doc.positionAt(end),
        label,
        paddingLeft: true,
        ...(names.length ? { tooltip: { kind: 'plaintext', value: names.join('\n') } } : {}),
      });
    }
  }
  return hints;
}
