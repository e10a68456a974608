// The corpus: one analysis per source file, updated file by file (a changed file is re-analysed,
// the others are kept), plus corpus-wide views (merged entities, quote clusters) derived lazily.
import type { DocumentAnalysis } from './types';
import type { FileProblem, Workspace } from './workspace';
import { analyzeDocument } from './analyze';
import { decodeSource } from './parse/decode';
import { mergeEntities, type MergedEntities } from './entities/corpusEntities';
import { QuoteIndex } from './clusters/quoteIndex';
import { analyzeJob, analyzeInWorkers, defaultWorkerCount, defaultWorkerScript, type AnalysisJob, type AnalysisResult } from './analysisPool';
import { attachPackedTokens } from './tokenPacking';
import { compactAnalysis, StringPool, type CompactOptions } from './compactAnalysis';

export interface LoadOptions {
  /** Worker threads for analysis; 0 analyses on this thread. Default: one per core for big corpora. */
  workers?: number;
  /** The worker bundle (default: indexWorker.js next to the running bundle; none under tsx). */
  workerScript?: string;
  /** Also drop indexed sources that the patterns no longer match (re-indexing after a setting change). */
  prune?: boolean;
  /** Called after each file, for progress displays. */
  onProgress?: (done: number, total: number, path: string) => void;
}

/** Below this many files, starting worker threads costs more than it saves. */
const minFilesForWorkers = 24;

export interface IndexChange {
  path: string;
  /** Why the file was skipped, when it was. */
  problem?: string;
}

export class SourceIndex {
  private readonly analyses = new Map<string, DocumentAnalysis>();
  private readonly problems = new Map<string, string>();
  private readonly locations = new Map<string, string>();
  readonly quotes = new QuoteIndex();
  /** Short strings (names, keys, labels) shared by all documents' analyses. */
  private readonly strings = new StringPool();
  private merged: MergedEntities | undefined;
  /** Bumped on every change; lets callers cache what they derive from the index. */
  version = 0;
  /** Documents analysed so far (here or on workers): shows that unchanged files are not redone. */
  analysed = 0;

  /** Adds or replaces one source from its bytes. Bad files are recorded as problems, never thrown. */
  updateFromBytes(path: string, bytes: Uint8Array): IndexChange {
    const decoded = decodeSource(bytes);
    if (!decoded.ok) {
      this.remove(path);
      this.problems.set(path, decoded.reason);
      return { path, problem: decoded.reason };
    }
    return this.updateFromText(path, decoded.text);
  }

  updateFromText(path: string, text: string): IndexChange {
    let analysis: DocumentAnalysis;
    try {
      this.analysed++;
      analysis = analyzeDocument(path, text);
    } catch (err) {
      // A parser bug on one odd file must not take the corpus down with it.
      this.remove(path);
      const reason = `could not be analysed: ${(err as Error).message ?? String(err)}`;
      this.problems.set(path, reason);
      return { path, problem: reason };
    }
    this.setAnalysis(analysis);
    return { path };
  }

  /**
   * Adds an analysis made elsewhere (a worker thread). It is compacted in place to save memory;
   * `options` say how it arrived (compactAnalysis).
   */
  setAnalysis(analysis: DocumentAnalysis, options: CompactOptions = {}): void {
    compactAnalysis(analysis, this.strings, options);
    const path = analysis.doc.path;
    if (this.analyses.has(path)) this.quotes.removeDocument(path);
    this.analyses.set(path, analysis);
    this.problems.delete(path);
    this.quotes.addDocument(analysis);
    this.changed();
  }

  setProblem(path: string, reason: string): void {
    this.remove(path);
    this.problems.set(path, reason);
  }

  remove(path: string): boolean {
    const had = this.analyses.delete(path);
    this.problems.delete(path);
    if (had) {
      this.quotes.removeDocument(path);
      this.changed();
    }
    return had;
  }

  has(path: string): boolean {
    return this.analyses.has(path);
  }

  get(path: string): DocumentAnalysis | undefined {
    return this.analyses.get(path);
  }

  documents(): DocumentAnalysis[] {
    return [...this.analyses.values()];
  }

  paths(): string[] {
    return [...this.analyses.keys()];
  }

  get size(): number {
    return this.analyses.size;
  }

  skipped(): FileProblem[] {
    return [...this.problems].map(([path, reason]) => ({ path, reason }));
  }

  location(path: string): string | undefined {
    return this.locations.get(path);
  }

  /** Corpus-wide entities with spelling variants merged; recomputed after a change, on demand. */
  entities(): MergedEntities {
    return (this.merged ??= mergeEntities(this.analyses.values()));
  }

  /**
   * Loads every source the patterns match; files whose text is unchanged since they were indexed
   * are not analysed again. Big corpora are analysed on worker threads. Returns the files skipped,
   * with reasons.
   */
  async load(workspace: Workspace, patterns: string[], options: LoadOptions = {}): Promise<FileProblem[]> {
    const { files, problems } = await workspace.listSources(patterns);
    if (options.prune) {
      const listed = new Set(files.map((f) => f.path));
      for (const path of this.paths()) if (!listed.has(path)) this.remove(path);
    }
    const script = options.workerScript ?? defaultWorkerScript();
    const workers = options.workers ?? (files.length >= minFilesForWorkers ? defaultWorkerCount() : 0);
    const viaWorkers = workers > 0 && script !== undefined;
    let done = 0;
    const progress = (path: string) => options.onProgress?.(++done, files.length, path);

    // Reads files in order, settling unreadable, undecodable and unchanged ones on the way.
    let cursor = 0;
    const nextJob = async (): Promise<AnalysisJob | undefined> => {
      while (cursor < files.length) {
        const file = files[cursor++];
        this.locations.set(file.path, file.location);
        let bytes: Uint8Array;
        try {
          bytes = await workspace.readFile(file.location);
        } catch (err) {
          // A system error by its code; a workspace's own refusal ("too large", "not a regular file") as it says.
          const code = (err as NodeJS.ErrnoException).code;
          this.setProblem(file.path, code ? `unreadable: ${code}` : (err as Error).message);
          progress(file.path);
          continue;
        }
        const decoded = decodeSource(bytes);
        if (!decoded.ok) {
          this.setProblem(file.path, decoded.reason);
          progress(file.path);
          continue;
        }
        if (this.analyses.get(file.path)?.doc.text === decoded.text) {
          progress(file.path);
          continue;
        }
        // Workers get the bytes (sent back deflated, the stored text; the string dies young here), without a BOM.
        if (!viaWorkers) return { path: file.path, text: decoded.text };
        const reread = async () => {
          const again = await workspace.readFile(file.location);
          const check = decodeSource(again);
          if (!check.ok) throw new Error(check.reason);
          return withoutBom(again);
        };
        return { path: file.path, bytes: withoutBom(bytes), reread };
      }
      return undefined;
    };
    const deliver = (result: AnalysisResult) => {
      this.analysed++;
      if ('error' in result) this.setProblem(result.path, `could not be analysed: ${result.error}`);
      else {
        if (result.packed) attachPackedTokens(result.analysis.doc, result.packed);
        const { analysis, cloned, mentions, deflated } = result;
        this.setAnalysis(analysis, { cloned, mentions, deflated });
      }
      progress(result.path);
    };

    if (viaWorkers) await analyzeInWorkers(script, workers, nextJob, deliver);
    else for (let job = await nextJob(); job; job = await nextJob()) deliver(analyzeJob(job));
    return [...problems, ...this.skipped()];
  }

  private changed(): void {
    this.merged = undefined;
    this.version++;
  }
}

/**
 * A file's bytes as decodeSource reads them (without the byte-order marks it drops: up to two), in
 * a buffer of their own (it is transferred to a worker).
 */
function withoutBom(bytes: Uint8Array): Uint8Array {
  let at = 0;
  while (at < 6 && bytes[at] === 0xef && bytes[at + 1] === 0xbb && bytes[at + 2] === 0xbf) at += 3;
  return bytes.slice(at);
}
