// Semantic tokens for drafts: names the sources know, and quotations by how they stand (sourced,
// reworded, unsourced), so a theme can colour them. The legend is fixed; the server announces it.
import type { DocumentContext } from './context';
import { draftNames, draftQuotes } from './draftView';
import type { SemanticTokens } from './types';

export const semanticTokenLegend = {
  tokenTypes: ['string', 'class', 'namespace', 'enumMember', 'variable'],
  tokenModifiers: ['declaration', 'deprecated', 'readonly'],
};

const typeIndex: Record<string, number> = { person: 1, organization: 2, place: 3, other: 4 };
/** Modifiers: sourced quotations are "readonly" (bit 2), unsourced or reworded "deprecated" (bit 1). */
const sourcedBit = 1 << 2;
const problemBit = 1 << 1;

export function provideSemanticTokens(ctx: DocumentContext): SemanticTokens {
  if (!ctx.draft) return { data: [] };
  const spans: Array<{ start: number; end: number; type: number; modifiers: number }> = [];
  for (const chunk of ctx.draft.chunks) {
    for (const { quote, assessment } of draftQuotes(chunk, ctx.view)) {
      if (!assessment) continue;
      const modifiers = assessment.status === 'sourced' ? sourcedBit : problemBit;
      for (const part of quote.parts.length ? quote.parts : [quote]) spans.push({ start: chunk.offset + part.start, end: chunk.offset + part.end, type: 0, modifiers });
    }
    for (const name of draftNames(chunk, ctx.view)) {
      const entity = ctx.view.entity(name.entityId);
      spans.push({ start: chunk.offset + name.start, end: chunk.offset + name.end, type: typeIndex[entity?.type ?? 'other'] ?? 4, modifiers: 0 });
    }
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const data: number[] = [];
  let lastLine = 0;
  let lastChar = 0;
  let coveredTo = -1;
  for (const s of spans) {
    // Tokens may not overlap; a name inside a quotation splits nothing: the outer token wins.
    if (s.start < coveredTo) continue;
    coveredTo = s.end;
    const start = ctx.doc.positionAt(s.start);
    const end = ctx.doc.positionAt(s.end);
    // A token is on one line: a multi-line span is cut at the end of its first line.
    const length = end.line === start.line ? end.character - start.character : ctx.doc.offsetAt({ line: start.line + 1, character: 0 }) - s.start - 1;
    if (length <= 0) continue;
    data.push(start.line - lastLine, start.line === lastLine ? start.character - lastChar : start.character, length, s.type, s.modifiers);
    lastLine = start.line;
    lastChar = start.character;
  }
  return { data };
}
