// References: every mention of a name (or every report of a quotation) across the sources and the
// drafts open in the editor.
import type { DocumentContext } from './context';
import { docRange, sourceLocation } from './context';
import { evidenceSpan } from './definition';
import type { DraftAnalysis } from './draftAnalysis';
import { draftNames, draftQuotes } from './draftView';
import { draftTarget, sourceTarget } from './target';
import type { FeatureDocument, Location, Position } from './types';

export interface OpenDraft {
  doc: FeatureDocument;
  draft: DraftAnalysis;
}

export function provideReferences(ctx: DocumentContext, position: Position, openDrafts: OpenDraft[], includeDeclaration = true): Location[] {
  const offset = ctx.doc.offsetAt(position);
  const target = ctx.draft ? draftTarget(ctx.draft, offset, ctx.view) : ctx.sourcePath ? sourceTarget(ctx.sourcePath, offset, ctx.view) : undefined;
  if (!target) return [];
  const out: Location[] = [];
  if (target.kind === 'entity') {
    for (const m of ctx.view.mentionsOf(target.entityId)) out.push(sourceLocation(ctx, m.path, m));
    for (const { doc, draft } of openDrafts) {
      for (const chunk of draft.chunks) {
        for (const n of draftNames(chunk, ctx.view)) {
          if (n.entityId === target.entityId) out.push({ uri: doc.uri, range: docRange(doc, { start: n.start + chunk.offset, end: n.end + chunk.offset }) });
        }
      }
    }
  } else {
    // The quotation's source reports, then the drafts' quotations carried by the same source quotes.
    const sourceKeys = new Set<string>();
    if (target.kind === 'draft-quote') {
      for (const e of target.assessment?.status === 'unsourced' ? [] : (target.assessment?.evidence ?? [])) {
        sourceKeys.add(`${e.path}\u0000${e.quote.start}`);
        out.push(sourceLocation(ctx, e.path, evidenceSpan(ctx, e)));
      }
    } else {
      const cluster = ctx.view.clusterOf(target.quote);
      const members = cluster?.members ?? [{ path: target.path, quote: target.quote }];
      for (const m of members) {
        sourceKeys.add(`${m.path}\u0000${m.quote.start}`);
        out.push(sourceLocation(ctx, m.path, m.quote));
      }
    }
    for (const { doc, draft } of openDrafts) {
      for (const chunk of draft.chunks) {
        for (const q of draftQuotes(chunk, ctx.view)) {
          const evidence = q.assessment?.status === 'sourced' || q.assessment?.status === 'mismatch' ? q.assessment.evidence : [];
          if (evidence.some((e) => sourceKeys.has(`${e.path}\u0000${e.quote.start}`))) {
            out.push({ uri: doc.uri, range: docRange(doc, { start: q.quote.start + chunk.offset, end: q.quote.end + chunk.offset }) });
          }
        }
      }
    }
  }
  if (!includeDeclaration) {
    const here = ctx.doc.uri;
    return out.filter((l) => !(l.uri === here && ctx.doc.offsetAt(l.range.start) <= offset && offset <= ctx.doc.offsetAt(l.range.end)));
  }
  return out;
}
