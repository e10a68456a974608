// The language server: LSP wiring only. Sources come from initializationOptions.sources, else the
// `provenance.sources` setting, else the seeds bundled with the extension; the index is loaded in
// the background (work-done progress, `provenance/status`), kept up to date on setting changes and
// file events, and every feature is answered by the language service from whatever is indexed.
// Works over --stdio, --node-ipc and --socket (vscode-languageserver reads the transport from argv).
import * as nodePath from 'node:path';
import { promises as fs } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  createConnection,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
  type WorkDoneProgressServerReporter,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { SourceIndex } from './core/sourceIndex';
import { openAnalysisStore, type DiskAnalysisStore } from './node/diskAnalysisStore';
import { isSourceFile } from './core/parse/parseDocument';
import { describeReadError, NodeWorkspace, readSourceFile } from './node/nodeWorkspace';
import { createLanguageService, semanticTokenLegend } from './languageService';
import { corpusView } from './languageFeatures/corpusView';
import { claimIndexOf } from './languageFeatures/claimIndex';
import { indexSummary } from './languageFeatures/indexSummary';
import { readSettings, type ProvenanceSettings } from './config';
import type { Diagnostic } from './languageFeatures/types';
import { REINDEX_COMMAND, REINDEX_REQUEST, STATUS_NOTIFICATION, SUMMARY_REQUEST, type StatusParams, type SummaryResult } from './protocol';

/** The seeds shipped next to the bundle: server/out/server.js → ../../seeds (also inside a .vsix). */
export const bundledSeeds = nodePath.resolve(__dirname, '..', '..', 'seeds');

const connection: Connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);

let root = process.cwd();
let initSources: string[] | undefined;
/** Where the client lets the server keep analyses between sessions (initializationOptions.cacheDirectory). */
let cacheDirectory: string | undefined;
let analysisStore: DiskAnalysisStore | undefined;
let settings: ProvenanceSettings = readSettings(undefined);
let canAskConfiguration = false;
let canReportProgress = false;
let canRegisterWatchers = false;
let index = new SourceIndex();
let origin = 'bundled seeds';
let patterns: string[] = [bundledSeeds];
let indexing = false;
/**
 * Whether a load has finished once. Until then drafts are not checked: against a half-filled index
 * every quotation would be "found in no source" (the end of the load checks every open draft).
 */
let firstLoadDone = false;
const reportedProblems = new Set<string>();

// Source path ↔ file location, for telling sources from drafts and for source URIs.
let pathByLocation = new Map<string, string>();
let locationsVersion = -1;
let locationsIndex: SourceIndex | undefined;

function locationOf(path: string): string {
  return index.location(path) ?? nodePath.resolve(root, path);
}

function sourcePathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  if (locationsIndex !== index || locationsVersion !== index.version) {
    pathByLocation = new Map(index.paths().map((p) => [nodePath.resolve(locationOf(p)), p]));
    locationsIndex = index;
    locationsVersion = index.version;
  }
  try {
    return pathByLocation.get(nodePath.resolve(fileURLToPath(uri)));
  } catch {
    return undefined;
  }
}

const service = createLanguageService({
  sourceIndex: () => index,
  sourceUri: (path) => pathToFileURL(locationOf(path)).href,
  sourcePathOf,
  openDocuments: () => documents.all(),
  settings: () => settings,
});

/** Runs a handler; a failure is logged and answered with `fallback`, never taken down the server. */
function guard<T>(what: string, fallback: T, run: () => T): T {
  try {
    return run();
  } catch (err) {
    connection.console.error(`provenance: ${what} failed: ${(err as Error).stack ?? String(err)}`);
    return fallback;
  }
}

connection.onInitialize((params: InitializeParams): InitializeResult => {
  const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? undefined;
  if (folder?.startsWith('file:')) root = fileURLToPath(folder);
  else if (params.rootPath) root = params.rootPath;
  const options = params.initializationOptions as { sources?: unknown; settings?: unknown; cacheDirectory?: unknown } | undefined;
  if (typeof options?.cacheDirectory === 'string' && nodePath.isAbsolute(options.cacheDirectory)) cacheDirectory = options.cacheDirectory;
  const fromInit = readSettings({ sources: options?.sources });
  if (fromInit.sources.length > 0) initSources = fromInit.sources;
  if (options?.settings) settings = readSettings(options.settings);
  canAskConfiguration = !!params.capabilities.workspace?.configuration;
  canReportProgress = !!params.capabilities.window?.workDoneProgress;
  canRegisterWatchers = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      hoverProvider: true,
      definitionProvider: true,
      referencesProvider: true,
      codeActionProvider: { codeActionKinds: ['quickfix'] },
      completionProvider: { resolveProvider: false },
      inlayHintProvider: true,
      semanticTokensProvider: { legend: semanticTokenLegend, full: true },
      executeCommandProvider: { commands: [REINDEX_COMMAND] },
    },
    serverInfo: { name: 'provenance' },
  };
});

connection.onInitialized(() => {
  void (async () => {
    await refreshSettings();
    await reindex();
  })();
});

async function refreshSettings(pushed?: unknown): Promise<void> {
  if (pushed && typeof pushed === 'object' && 'provenance' in pushed) {
    settings = readSettings((pushed as { provenance: unknown }).provenance);
    return;
  }
  if (!canAskConfiguration) return;
  try {
    settings = readSettings(await connection.workspace.getConfiguration({ section: 'provenance' }));
  } catch (err) {
    connection.console.warn(`provenance: could not read settings: ${(err as Error).message}`);
  }
}

/** The analysis cache, when the client gave a folder for it and the setting allows it. */
function analysisCache(): DiskAnalysisStore | undefined {
  if (!cacheDirectory || !settings.indexCache) return undefined;
  // A folder per workspace: an editor may give every workspace the same cache folder.
  return (analysisStore ??= openAnalysisStore(cacheDirectory, nodePath.resolve(root)));
}

/** Where the sources come from, in the contract's order of precedence. */
function sourcePatterns(): { origin: string; patterns: string[] } {
  if (initSources) return { origin: 'initializationOptions', patterns: initSources };
  if (settings.sources.length > 0) return { origin: 'settings', patterns: settings.sources };
  return { origin: 'bundled seeds', patterns: [bundledSeeds] };
}

function status(state: StatusParams['state']): StatusParams {
  const docs = index.documents();
  return {
    state,
    documents: docs.length,
    skipped: index.skipped().length,
    entities: state === 'ready' ? index.entities().entities.length : 0,
    quotes: docs.reduce((n, d) => n + d.quotes.length, 0),
    origin,
    sources: patterns,
  };
}

let reindexAgain = false;

/**
 * Loads the sources in the background. Unchanged files are kept, files no longer matched are
 * dropped; requests keep being answered from the index as it fills. Runs are serialised: a request
 * for another run while one is going makes one more run afterwards.
 */
async function reindex(fromScratch = false): Promise<void> {
  if (indexing) {
    reindexAgain = true;
    return;
  }
  indexing = true;
  try {
    do {
      reindexAgain = false;
      ({ origin, patterns } = sourcePatterns());
      if (fromScratch) {
        index = new SourceIndex();
        fromScratch = false;
      }
      void connection.sendNotification(STATUS_NOTIFICATION, status('indexing'));
      let progress: WorkDoneProgressServerReporter | undefined;
      if (canReportProgress) {
        try {
          progress = await connection.window.createWorkDoneProgress();
          progress.begin('Provenance: indexing sources', 0, patterns.join(', '), false);
        } catch {
          progress = undefined;
        }
      }
      let lastReport = 0;
      let lastCatchUp = Date.now();
      const cache = analysisCache();
      const [hits, analysed] = [index.cacheHits, index.analysed];
      const started = Date.now();
      const problems = await index.load(new NodeWorkspace(root), patterns, {
        prune: true,
        ...(cache ? { cache } : {}),
        onProgress: (done, total, path) => {
          const now = Date.now();
          // The claim index takes documents as they come (claimIndexOf adds only new ones): built
          // here, while the workers analyse, it is not built after the load, before "ready".
          if (now - lastCatchUp >= claimCatchUpMs && done < total) {
            guard('indexing claims', undefined, () => claimIndexOf(index));
            lastCatchUp = Date.now();
          }
          if (!progress || (now - lastReport < 100 && done < total)) return;
          lastReport = now;
          progress.report(total ? Math.round((done / total) * 100) : 0, `${done}/${total} ${nodePath.basename(path)}`);
        },
      });
      reportProblems(problems);
      connection.console.info(
        `provenance: indexed ${index.size} sources in ${((Date.now() - started) / 1000).toFixed(1)} s: ${index.analysed - analysed} analysed` +
          (cache ? `, ${index.cacheHits - hits} from the analysis cache in ${cacheDirectory}` : ''),
      );
      if (cache?.problem && !reportedProblems.has(cache.problem)) {
        reportedProblems.add(cache.problem);
        connection.console.warn(`provenance: ${cache.problem}`);
      }
      // Build the corpus-wide lookups now, not on the writer's first keystroke.
      guard('warming the index', undefined, () => {
        void corpusView(index).lookup;
        claimIndexOf(index);
      });
      progress?.done();
      void connection.sendNotification(STATUS_NOTIFICATION, status('ready'));
      await registerWatchers();
    } while (reindexAgain);
  } catch (err) {
    connection.console.error(`provenance: indexing failed: ${(err as Error).stack ?? String(err)}`);
    void connection.sendNotification(STATUS_NOTIFICATION, status('ready'));
  } finally {
    indexing = false;
    firstLoadDone = true;
  }
  revalidateAll();
  clusterWhenIdle();
}

/** Milliseconds of one slice of clustering between requests. */
const clusterSliceMs = 20;
let clusteringRun = 0;

/**
 * Clusters the sources' quotes in short slices between requests, after a load or a change: the
 * first hover or go-to-source on a quote would otherwise wait for the whole corpus (~4 s for
 * 140,000 distinct quotations). A request that needs the clusters first finishes them itself.
 */
function clusterWhenIdle(): void {
  const run = ++clusteringRun;
  const slice = () => {
    // A newer run, or a load under way (it starts another run when it ends), takes over.
    if (run !== clusteringRun || indexing) return;
    const done = guard('clustering quotes', true, () => index.quotes.prepareClusters(clusterSliceMs));
    if (!done) setImmediate(slice);
  };
  setImmediate(slice);
}

/**
 * How often a load catches the claim index up with the documents indexed so far: each catch-up
 * holds this thread for the documents of the last interval (~70 ms a second of a cold load).
 */
const claimCatchUpMs = 1000;

/** A broken or missing source is reported once (a log line and one message), then skipped. */
function reportProblems(problems: Array<{ path: string; reason: string }>): void {
  const fresh = problems.filter((p) => !reportedProblems.has(`${p.path}\u0000${p.reason}`));
  for (const p of fresh) {
    reportedProblems.add(`${p.path}\u0000${p.reason}`);
    connection.console.warn(`provenance: skipped ${p.path}: ${p.reason}`);
  }
  if (fresh.length > 0) {
    const list = fresh.slice(0, 3).map((p) => `${p.path} (${p.reason})`).join('; ');
    void connection.window.showWarningMessage(`Provenance skipped ${fresh.length} source${fresh.length === 1 ? '' : 's'}: ${list}${fresh.length > 3 ? '; …' : ''}`);
  }
}

let watcherRegistration: { dispose(): void } | undefined;
let watchedKey = '';

/** Asks the client to watch the source folders, also those outside the workspace (the seeds). */
async function registerWatchers(): Promise<void> {
  if (!canRegisterWatchers) return;
  const key = JSON.stringify(patterns);
  if (key === watchedKey) return;
  watchedKey = key;
  watcherRegistration?.dispose();
  const watchers = [];
  for (const pattern of patterns) {
    const abs = nodePath.resolve(root, pattern);
    const isDir = await fs.stat(abs).then((s) => s.isDirectory(), () => false);
    if (isDir) watchers.push({ globPattern: { baseUri: pathToFileURL(abs).href, pattern: '**/*.{txt,md,markdown,html,htm}' } });
    else watchers.push({ globPattern: nodePath.isAbsolute(pattern) ? pattern.split(nodePath.sep).join('/') : `${root.split(nodePath.sep).join('/')}/${pattern}` });
  }
  try {
    watcherRegistration = await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers });
  } catch (err) {
    connection.console.warn(`provenance: could not register file watchers: ${(err as Error).message}`);
  }
}

/** Whether a new file may be matched by the source patterns (a draft saved elsewhere is not). */
function mayBeSource(location: string): boolean {
  return patterns.some((pattern) => {
    // Globs are left to the loader; folders and files are checked here.
    if (/[*?[\]{}]/.test(pattern)) return true;
    const abs = nodePath.resolve(root, pattern);
    return location === abs || location.startsWith(abs.endsWith(nodePath.sep) ? abs : abs + nodePath.sep);
  });
}

/** A created, changed or deleted file: updated in the index alone when it is (or becomes) a source. */
connection.onDidChangeWatchedFiles((params) => {
  void (async () => {
    let changed = false;
    let created = false;
    for (const event of params.changes) {
      let location: string;
      try {
        location = fileURLToPath(event.uri);
      } catch {
        continue;
      }
      const path = sourcePathOf(event.uri);
      if (event.type === FileChangeType.Deleted) {
        if (path !== undefined) changed = index.remove(path) || changed;
        continue;
      }
      if (path === undefined) {
        if (event.type === FileChangeType.Created && isSourceFile(location) && mayBeSource(location)) created = true;
        continue;
      }
      try {
        const bytes = await readSourceFile(location);
        const before = index.get(path)?.doc.text;
        const change = index.updateFromBytes(path, bytes);
        if (change.problem) reportProblems([{ path, reason: change.problem }]);
        changed = changed || index.get(path)?.doc.text !== before;
      } catch (err) {
        index.setProblem(path, describeReadError(err));
        changed = true;
      }
    }
    // A new file may match a source folder or glob: the load picks it up, skipping unchanged files.
    if (created) await reindex();
    else if (changed) {
      revalidateAll();
      clusterWhenIdle();
    }
  })();
});

connection.onDidChangeConfiguration((params) => {
  void (async () => {
    const before = JSON.stringify(sourcePatterns());
    await refreshSettings(params.settings);
    if (JSON.stringify(sourcePatterns()) !== before) await reindex();
    else revalidateAll();
  })();
});

// Diagnostics: debounced per document; a run for an older version is dropped.
const timers = new Map<string, NodeJS.Timeout>();
const runs = new Map<string, number>();

function publish(uri: string, diagnostics: Diagnostic[]): void {
  void connection.sendDiagnostics({ uri, diagnostics });
}

function validate(uri: string): void {
  const doc = documents.get(uri);
  if (!doc) return;
  if (!service.isDraft(doc)) {
    publish(uri, []);
    return;
  }
  if (!firstLoadDone) return;
  const version = doc.version;
  const run = (runs.get(uri) ?? 0) + 1;
  runs.set(uri, run);
  // Stale as soon as the document moves on, closes or is checked again (the index changed): the
  // sliced run stops at the next paragraph.
  const token = { get isCancellationRequested() { return documents.get(uri)?.version !== version || runs.get(uri) !== run; } };
  void service.computeDiagnosticsAsync(doc, token).then(
    (diagnostics) => {
      if (diagnostics && !token.isCancellationRequested) {
        publish(uri, diagnostics);
        return service.prepareNavigationAsync(doc, token);
      }
    },
    (err: unknown) => connection.console.error(`provenance: diagnostics failed: ${(err as Error).stack ?? String(err)}`),
  );
}

function schedule(uri: string, delay: number): void {
  clearTimeout(timers.get(uri));
  timers.set(
    uri,
    setTimeout(() => {
      timers.delete(uri);
      validate(uri);
    }, delay),
  );
}

function revalidateAll(): void {
  for (const doc of documents.all()) schedule(doc.uri, 0);
}

documents.onDidOpen((e) => schedule(e.document.uri, 0));
documents.onDidChangeContent((e) => schedule(e.document.uri, settings.debounceMs));
documents.onDidClose((e) => {
  clearTimeout(timers.get(e.document.uri));
  timers.delete(e.document.uri);
  runs.delete(e.document.uri);
  service.forget(e.document.uri);
  publish(e.document.uri, []);
});

connection.onHover((p) => guard('hover', null, () => {
  const doc = documents.get(p.textDocument.uri);
  return (doc && service.getHover(doc, p.position)) ?? null;
}));
connection.onDefinition((p) => guard('definition', [], () => {
  const doc = documents.get(p.textDocument.uri);
  return doc ? service.getDefinition(doc, p.position) : [];
}));
connection.onReferences((p) => guard('references', [], () => {
  const doc = documents.get(p.textDocument.uri);
  return doc ? service.getReferences(doc, p.position, p.context.includeDeclaration) : [];
}));
connection.onCodeAction((p) => guard('code actions', [], () => {
  const doc = documents.get(p.textDocument.uri);
  return doc ? service.getCodeActions(doc, p.range, p.context.diagnostics as Diagnostic[]) : [];
}));
connection.onCompletion((p) => guard('completion', { isIncomplete: false, items: [] }, () => {
  const doc = documents.get(p.textDocument.uri);
  return doc ? service.getCompletions(doc, p.position) : { isIncomplete: false, items: [] };
}));
connection.languages.inlayHint.on((p) => guard('inlay hints', [], () => {
  const doc = documents.get(p.textDocument.uri);
  return doc && service.isDraft(doc) ? service.getInlayHints(doc, p.range) : [];
}));
connection.languages.semanticTokens.on((p) => guard('semantic tokens', { data: [] }, () => {
  const doc = documents.get(p.textDocument.uri);
  return doc && service.isDraft(doc) ? service.getSemanticTokens(doc) : { data: [] };
}));

connection.onRequest(SUMMARY_REQUEST, (): SummaryResult => guard('summary', { markdown: 'The index summary failed; see the log.' }, () => ({ markdown: indexSummary(index, origin, patterns) })));
connection.onRequest(REINDEX_REQUEST, async () => {
  await reindex(true);
  return status('ready');
});
connection.onExecuteCommand(async (p) => {
  if (p.command === REINDEX_COMMAND) {
    await reindex(true);
    return status('ready');
  }
  return null;
});

process.on('uncaughtException', (err) => connection.console.error(`provenance: ${err.stack ?? String(err)}`));
process.on('unhandledRejection', (err) => connection.console.error(`provenance: ${(err as Error)?.stack ?? String(err)}`));

documents.listen(connection);
connection.listen();
