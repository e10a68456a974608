// What every feature receives: the document, and whether it is a draft (with its analysis) or one
// of the sources (with its path in the index), plus the corpus view and the host.
import type { Span } from '../core/types';
import type { CorpusView } from './corpusView';
import type { DraftAnalysis } from './draftAnalysis';
import type { FeatureDocument, LanguageServiceHost, Location, Range } from './types';

export interface DocumentContext {
  doc: FeatureDocument;
  view: CorpusView;
  host: LanguageServiceHost;
  /** Set when the document is a draft. */
  draft?: DraftAnalysis;
  /** Set when the document is one of the sources. */
  sourcePath?: string;
}

export function docRange(doc: FeatureDocument, span: Span): Range {
  return { start: doc.positionAt(span.start), end: doc.positionAt(span.end) };
}

export function sourceLocation(ctx: Pick<DocumentContext, 'view' | 'host'>, path: string, span: Span): Location {
  return { uri: ctx.host.sourceUri(path), range: ctx.view.lines(path).range(span.start, span.end) };
}
