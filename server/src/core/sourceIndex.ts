// The corpus: one analysis per source file, updated file by file (a changed file is re-analysed,
// the others are kept), plus corpus-wide views (merged entities, quote clusters) derived lazily.
import type { DocumentAnalysis } from './types';
import type { FileProblem, SourceFile, Workspace } from './workspace';
import { analysisFailure, analyzeDocument } from './analyze';
import { decodeSource } from './parse/decode';
import { MergeMemo, mergeEntities, type MergedEntities } from './entities/corpusEntities';
import { QuoteIndex, type KnownQuoteWords } from './clusters/quoteIndex';
import { analyzeForTransfer, analyzeJob, analyzeInWorkers, defaultWorkerCount, defaultWorkerScript, type AnalysisJob, type AnalysisResult } from './analysisPool';
import { cacheKey, decodeEntry, encodeEntry, type AnalysisStore } from './analysisCache';
import { compactAnalysis, StringPool, type CompactOptions } from './compactAnalysis';
import { withOwnBuffer } from './storedText';

export interface LoadOptions {
  /** Worker threads for analysis; 0 analyses on this thread. Default: one per core for big corpora. */
  workers?: number;
  /** The worker bundle (default: indexWorker.js next to the running bundle; none under tsx). */
  workerScript?: string;
  /** Also drop indexed sources that the patterns no longer match (re-indexing after a setting change). */
  prune?: boolean;
  /** Called after each file, for progress displays. */
  onProgress?: (done: number, total: number, path: string) => void;
  /**
   * Analyses kept between runs (analysisCache.ts): a file whose entry is there is not analysed,
   * the others' entries are written, and after the load only the entries of the files listed remain.
   */
  cache?: AnalysisStore;
}

/** Files read ahead of the one being handed out (SourceIndex.load). */
const readAhead = 8;

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
  /**
   * The analysis cache of the last load, if it had one: files updated one at a time after it
   * (updateFromBytes: the editor's file watcher) write their entries too, so that the next start
   * finds them instead of analysing the edited files again.
   */
  private cache: AnalysisStore | undefined;
  /** Entry writes of single-file updates still in flight (`settled` waits for them). */
  private readonly pendingWrites = new Set<Promise<void>>();
  /** What one merge of the entities leaves for the next (each document read once). */
  private readonly mergeMemo = new MergeMemo();
  /** Bumped on every change; lets callers cache what they derive from the index. */
  version = 0;
  /** Documents analysed so far (here or on workers): shows that unchanged files are not redone. */
  analysed = 0;
  /** Documents taken from the analysis cache instead (LoadOptions.cache). */
  cacheHits = 0;

  /** Adds or replaces one source from its bytes. Bad files are recorded as problems, never thrown. */
  updateFromBytes(path: string, bytes: Uint8Array): IndexChange {
    const decoded = decodeSource(bytes);
    if (!decoded.ok) {
      this.remove(path);
      this.problems.set(path, decoded.reason);
      return { path, problem: decoded.reason };
    }
    const cache = this.cache;
    if (!cache) return this.updateFromText(path, decoded.text);
    // As a load with the cache does it (in the entry's form, read back from the entry), so that the
    // document indexes the same now and when the next load takes it from the cache.
    this.analysed++;
    const stripped = withoutBom(bytes);
    const key = cacheKey(cache.version, path, stripped);
    const result = analyzeWithEntry({ path, bytes: stripped });
    if ('error' in result) {
      this.setProblem(path, `could not be analysed: ${result.error}`);
      return { path, problem: `could not be analysed: ${result.error}` };
    }
    if (result.entry) {
      const write = cache.write(key, result.entry).finally(() => this.pendingWrites.delete(write));
      this.pendingWrites.add(write);
    }
    this.indexResult(result);
    return { path };
  }

  /** Resolves when the cache entries of single-file updates so far are written. */
  async settled(): Promise<void> {
    await Promise.all([...this.pendingWrites]);
  }

  updateFromText(path: string, text: string): IndexChange {
    let analysis: DocumentAnalysis;
    try {
      this.analysed++;
      analysis = analyzeDocument(path, text);
    } catch (err) {
      // A parser bug on one odd file must not take the corpus down with it.
      this.remove(path);
      const reason = `could not be analysed: ${analysisFailure(err)}`;
      this.problems.set(path, reason);
      return { path, problem: reason };
    }
    this.setAnalysis(analysis);
    return { path };
  }

  /**
   * Adds an analysis made elsewhere (a worker thread). It is compacted in place to save memory;
   * `options` say how it arrived (compactAnalysis); `quotes` are its quotes' keys and contents
   * when known (QuoteIndex.addDocument).
   */
  setAnalysis(analysis: DocumentAnalysis, options: CompactOptions = {}, quotes?: KnownQuoteWords): void {
    compactAnalysis(analysis, this.strings, options);
    const path = analysis.doc.path;
    if (this.analyses.has(path)) this.quotes.removeDocument(path);
    this.analyses.set(path, analysis);
    this.problems.delete(path);
    this.quotes.addDocument(analysis, quotes);
    this.changed();
  }

  /** Indexes a result in the form workers send (and cache entries hold). */
  private indexResult(result: Exclude<AnalysisResult, { error: string }>): void {
    delete result.entry;
    const { analysis, cloned, mentions, deflated, packed, quoteKeys, quoteContents } = result;
    this.setAnalysis(analysis, { cloned, mentions, deflated, packed }, quoteKeys && quoteContents && { keys: quoteKeys, contents: quoteContents });
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
    return (this.merged ??= mergeEntities(this.analyses.values(), this.mergeMemo));
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

    // One file's bytes, without the byte-order marks decodeSource drops (in a buffer of their own:
    // they may be transferred to a worker), or why it cannot be read.
    type Read = { bytes: Uint8Array; raw: Uint8Array } | { problem: string };
    const readBytes = async (file: SourceFile): Promise<Read> => {
      let raw: Uint8Array;
      try {
        raw = await workspace.readFile(file.location);
      } catch (err) {
        // A system error by its code; a workspace's own refusal ("too large", "not a regular file") as it says.
        const code = (err as NodeJS.ErrnoException).code;
        return { problem: code ? `unreadable: ${code}` : (err as Error).message };
      }
      return { bytes: withoutBom(raw), raw };
    };
    // Its text, or why it cannot be indexed. Only asked when needed: a file whose analysis comes
    // from the cache is never decoded (its entry was made from these very bytes, once decoded).
    const textOf = (read: Read): { text: string } | { problem: string } => {
      if ('problem' in read) return read;
      const decoded = decodeSource(read.raw);
      return decoded.ok ? { text: decoded.text } : { problem: decoded.reason };
    };

    const { cache } = options;
    /** Cache keys of the files listed (kept after the load), and of the files handed out (by path). */
    const listedKeys = new Set<string>();
    const keyOf = new Map<string, string>();
    const fromCache = new WeakSet<AnalysisResult>();
    const writes: Array<Promise<void>> = [];

    // A few files are read ahead (with their cache entries): where a read is a round trip to the
    // file system's threads (a workspace or store reading asynchronously), one file at a time would
    // leave this thread waiting (a sixth of a load from the cache was idle when reads were).
    /** A file read ahead; `decoded` when its text was needed already (it was indexed before). */
    type Prepared = { file: SourceFile; read: Read; decoded?: ReturnType<typeof textOf>; unchanged?: boolean; key?: string; entry?: Uint8Array };
    const prepare = async (file: SourceFile): Promise<Prepared> => {
      const read = await readBytes(file);
      if ('problem' in read) return { file, read };
      // Indexed already with this text (a re-index): nothing to do but keep its cache entry.
      const indexed = this.analyses.get(file.path);
      const decoded = indexed ? textOf(read) : undefined;
      const unchanged = decoded !== undefined && 'text' in decoded && indexed?.doc.text === decoded.text;
      if (!cache) return { file, read, decoded, unchanged };
      const key = cacheKey(cache.version, file.path, read.bytes);
      return { file, read, decoded, unchanged, key, entry: unchanged ? undefined : await cache.read(key) };
    };
    const ahead: Array<Promise<Prepared>> = [];
    let listed = 0;

    // Hands out files in order, settling unreadable, undecodable, unchanged and cached ones on the way.
    const nextJob = async (): Promise<AnalysisJob | undefined> => {
      for (;;) {
        while (ahead.length < readAhead && listed < files.length) ahead.push(prepare(files[listed++]));
        const next = ahead.shift();
        if (!next) return undefined;
        const { file, read, unchanged, key, entry, decoded: known } = await next;
        this.locations.set(file.path, file.location);
        if ('problem' in read) {
          this.setProblem(file.path, read.problem);
          progress(file.path);
          continue;
        }
        if (key) listedKeys.add(key);
        if (unchanged) {
          progress(file.path);
          continue;
        }
        if (key) {
          keyOf.set(file.path, key);
          const result = entry && decodeEntry(entry, file.path);
          if (result) {
            fromCache.add(result);
            return { path: file.path, result };
          }
        }
        const decoded = known ?? textOf(read);
        if ('problem' in decoded) {
          this.setProblem(file.path, decoded.problem);
          if (key) listedKeys.delete(key);
          progress(file.path);
          continue;
        }
        // Workers get the bytes (sent back deflated, the stored text; the string dies young here).
        if (!viaWorkers && !cache) return { path: file.path, text: decoded.text };
        const reread = async () => {
          const again = await readBytes(file);
          if ('problem' in again) throw new Error(again.problem);
          const checked = textOf(again);
          if ('problem' in checked) throw new Error(checked.problem);
          return again.bytes;
        };
        return { path: file.path, bytes: read.bytes, reread };
      }
    };
    const deliver = (result: AnalysisResult) => {
      if (fromCache.has(result)) this.cacheHits++;
      else this.analysed++;
      if ('error' in result) this.setProblem(result.path, `could not be analysed: ${result.error}`);
      else {
        const key = keyOf.get(result.path);
        // Only fresh analyses carry an entry: what came from the cache is not written back.
        if (cache && key && result.entry) writes.push(cache.write(key, result.entry));
        try {
          this.indexResult(result);
        } catch (err) {
          // Only an entry that decoded but does not hold a sound analysis (damaged in a way its
          // checks miss) gets here: the file is skipped this time and its entry dropped, so the
          // next load analyses it again.
          if (!fromCache.has(result)) throw err;
          this.setProblem(result.path, 'its cached analysis is damaged; it will be analysed again at the next re-index');
          if (key) listedKeys.delete(key);
        }
      }
      progress(result.path);
    };
    const analyzeHere = (job: AnalysisJob): AnalysisResult => job.result ?? (cache ? analyzeWithEntry(job) : analyzeJob(job));

    if (viaWorkers) await analyzeInWorkers(script, workers, nextJob, deliver, { entries: cache !== undefined });
    else for (let job = await nextJob(); job; job = await nextJob()) deliver(analyzeHere(job));
    this.cache = cache;
    if (cache) {
      await Promise.all(writes);
      await cache.retain(listedKeys);
    }
    return [...problems, ...this.skipped()];
  }

  private changed(): void {
    this.merged = undefined;
    this.version++;
  }
}

/**
 * A job analysed on this thread in the form an analysis-cache entry has, and read back from that
 * entry (which it carries, to be written): a document indexes the same whether it was analysed now
 * or taken from the cache.
 */
function analyzeWithEntry(job: AnalysisJob): AnalysisResult {
  const fresh = analyzeForTransfer(job);
  const entry = encodeEntry(fresh);
  const result = entry && decodeEntry(entry, job.path);
  // An error, or (never seen) an analysis that could not take the entry form: as it is.
  if (!result) return fresh;
  result.entry = entry;
  return result;
}

/**
 * A file's bytes as decodeSource reads them (without the byte-order marks it drops: up to two), in
 * a buffer of their own (it is transferred to a worker).
 */
function withoutBom(bytes: Uint8Array): Uint8Array {
  let at = 0;
  while (at < 6 && bytes[at] === 0xef && bytes[at + 1] === 0xbb && bytes[at + 2] === 0xbf) at += 3;
  // A copy only when needed: a small file's Buffer is a view into a shared pool.
  return withOwnBuffer(bytes.subarray(at));
}
