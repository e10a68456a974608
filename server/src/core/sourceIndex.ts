// The corpus: one analysis per source file, updated file by file (a changed file is re-analysed,
// the others are kept), plus corpus-wide views (merged entities, quote clusters) derived lazily.
import type { DocumentAnalysis } from './types';
import type { FileProblem, Workspace } from './workspace';
import { analyzeDocument } from './analyze';
import { decodeSource } from './parse/decode';
import { mergeEntities, type MergedEntities } from './entities/corpusEntities';
import { QuoteIndex } from './clusters/quoteIndex';

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
  private merged: MergedEntities | undefined;
  /** Bumped on every change; lets callers cache what they derive from the index. */
  version = 0;

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

  /** Adds an analysis made elsewhere (a worker thread). */
  setAnalysis(analysis: DocumentAnalysis): void {
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

  /** Loads every source the patterns match. Returns the files skipped, with reasons. */
  async load(workspace: Workspace, patterns: string[]): Promise<FileProblem[]> {
    const { files, problems } = await workspace.listSources(patterns);
    for (const file of files) {
      this.locations.set(file.path, file.location);
      let bytes: Uint8Array;
      try {
        bytes = await workspace.readFile(file.location);
      } catch (err) {
        this.setProblem(file.path, `unreadable: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
        continue;
      }
      this.updateFromBytes(file.path, bytes);
    }
    return [...problems, ...this.skipped()];
  }

  private changed(): void {
    this.merged = undefined;
    this.version++;
  }
}
