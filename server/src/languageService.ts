// The language service: every Provenance feature behind one object, over an injected host (the
// corpus, source URIs, open documents, settings). The LSP server, the CLI and the tests all use
// this; none of it knows about LSP connections.
import type { DocumentContext } from './languageFeatures/context';
import { corpusView } from './languageFeatures/corpusView';
import { DraftAnalyzer, type DraftAnalysis } from './languageFeatures/draftAnalysis';
import { provideHover } from './languageFeatures/hover';
import { maxNameLocations, provideDefinition } from './languageFeatures/definition';
import { allDraftNames, draftQuotes } from './languageFeatures/draftView';
import { entityCard } from './languageFeatures/entityCard';
import { provideReferences, type OpenDraft } from './languageFeatures/references';
import { diagnosticSteps } from './languageFeatures/diagnostics';
import { drain, drainUnlessCancelled, runSliced, type Steps } from './languageFeatures/steps';
import { provideCodeActions } from './languageFeatures/codeActions';
import { provideCompletion } from './languageFeatures/completion';
import { provideInlayHints } from './languageFeatures/inlayHints';
import { provideSemanticTokens, semanticTokenLegend } from './languageFeatures/semanticTokens';
import { blankDirectives, findSuppressions } from './languageFeatures/suppression';
import type {
  CancellationToken,
  CodeAction,
  CompletionList,
  Diagnostic,
  FeatureDocument,
  Hover,
  InlayHint,
  LanguageServiceHost,
  Location,
  Position,
  Range,
  SemanticTokens,
} from './languageFeatures/types';

export interface LanguageService {
  /** A draft is any document that is not one of the sources. */
  isDraft(doc: FeatureDocument): boolean;
  getHover(doc: FeatureDocument, position: Position): Hover | undefined;
  getDefinition(doc: FeatureDocument, position: Position): Location[];
  getReferences(doc: FeatureDocument, position: Position, includeDeclaration?: boolean): Location[];
  /** Undefined when cancelled (a newer version of the document is on its way). */
  computeDiagnostics(doc: FeatureDocument, token?: CancellationToken): Diagnostic[] | undefined;
  /** The same, in slices that leave the event loop free between paragraphs; stops once cancelled. */
  computeDiagnosticsAsync(doc: FeatureDocument, token: CancellationToken): Promise<Diagnostic[] | undefined>;
  getCodeActions(doc: FeatureDocument, range: Range, diagnostics: Diagnostic[]): CodeAction[];
  getCompletions(doc: FeatureDocument, position: Position): CompletionList;
  getInlayHints(doc: FeatureDocument, range: Range): InlayHint[];
  getSemanticTokens(doc: FeatureDocument): SemanticTokens;
  /**
   * Prepares what hovers and definitions on the draft's names need (entity cards, the sources'
   * line tables), in slices; the server runs it after publishing diagnostics, while the writer reads.
   */
  prepareNavigationAsync(doc: FeatureDocument, token: CancellationToken): Promise<void>;
  /** Drops what is cached for a closed document. */
  forget(uri: string): void;
}

export { semanticTokenLegend };

export function createLanguageService(host: LanguageServiceHost): LanguageService {
  const analyzer = new DraftAnalyzer();
  const drafts = new Map<string, DraftAnalysis>();

  const cachedDraft = (doc: FeatureDocument): DraftAnalysis | undefined => {
    const cached = drafts.get(doc.uri);
    return cached && cached.version === doc.version && cached.text === doc.getText() ? cached : undefined;
  };

  function* draftSteps(doc: FeatureDocument): Steps<DraftAnalysis> {
    const hit = cachedDraft(doc);
    if (hit) return hit;
    const text = doc.getText();
    // Suppression directives are not prose: blanked (offsets kept) before analysis.
    const analysis = { ...(yield* analyzer.analyzeSteps(doc.uri, doc.version, blankDirectives(text, findSuppressions(text)))), text };
    drafts.set(doc.uri, analysis);
    return analysis;
  }

  const draftOf = (doc: FeatureDocument): DraftAnalysis => drain(draftSteps(doc));

  function* contextSteps(doc: FeatureDocument): Steps<DocumentContext> {
    const view = corpusView(host.sourceIndex());
    const sourcePath = host.sourcePathOf(doc.uri);
    if (sourcePath !== undefined && view.analysis(sourcePath)) return { doc, view, host, sourcePath };
    return { doc, view, host, draft: yield* draftSteps(doc) };
  }

  const context = (doc: FeatureDocument): DocumentContext => drain(contextSteps(doc));

  function* navigationSteps(doc: FeatureDocument): Steps<void> {
    const ctx = yield* contextSteps(doc);
    if (!ctx.draft) return;
    const uri = (path: string) => host.sourceUri(path);
    for (const id of new Set(allDraftNames(ctx.draft, ctx.view).map((n) => n.entityId))) {
      entityCard(ctx.view, id, uri);
      yield;
      for (const m of ctx.view.mentionsOf(id).slice(0, maxNameLocations)) ctx.view.lines(m.path);
      yield;
    }
    for (const chunk of ctx.draft.chunks) {
      for (const q of draftQuotes(chunk, ctx.view)) for (const e of q.assessment?.evidence ?? []) ctx.view.lines(e.path);
      yield;
    }
  }

  function* diagnosticsOf(doc: FeatureDocument): Steps<Diagnostic[]> {
    return yield* diagnosticSteps(yield* contextSteps(doc));
  }

  const openDrafts = (): OpenDraft[] =>
    host
      .openDocuments()
      .filter((doc) => host.sourcePathOf(doc.uri) === undefined)
      .map((doc) => ({ doc, draft: draftOf(doc) }));

  return {
    isDraft: (doc) => host.sourcePathOf(doc.uri) === undefined,
    getHover: (doc, position) => provideHover(context(doc), position),
    getDefinition: (doc, position) => provideDefinition(context(doc), position),
    getReferences: (doc, position, includeDeclaration = true) => provideReferences(context(doc), position, openDrafts(), includeDeclaration),
    computeDiagnostics: (doc, token) => drainUnlessCancelled(diagnosticsOf(doc), token),
    computeDiagnosticsAsync: (doc, token) => runSliced(diagnosticsOf(doc), token),
    prepareNavigationAsync: async (doc, token) => {
      await runSliced(navigationSteps(doc), token);
    },
    getCodeActions: (doc, range, diagnostics) => provideCodeActions(context(doc), range, diagnostics),
    getCompletions: (doc, position) => provideCompletion(context(doc), position),
    getInlayHints: (doc, range) => provideInlayHints(context(doc), range),
    getSemanticTokens: (doc) => provideSemanticTokens(context(doc)),
    forget: (uri) => {
      drafts.delete(uri);
    },
  };
}
