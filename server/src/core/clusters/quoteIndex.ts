// STUB: quotes of the corpus, findable by their words; clusters of the same quote across articles.
import type { DocumentAnalysis, Quote } from '../types';

export interface QuoteRef {
  path: string;
  quote: Quote;
}

export interface QuoteMatch {
  ref: QuoteRef;
  /** 0..1: how much of the query's wording the source quote carries. */
  similarity: number;
}

export interface QuoteCluster {
  id: string;
  /** Representative wording (the longest member's content). */
  text: string;
  speaker: string | null;
  members: QuoteRef[];
}

export class QuoteIndex {
  private readonly byPath = new Map<string, Quote[]>();
  private clusterCache: QuoteCluster[] | undefined;

  addDocument(analysis: DocumentAnalysis): void {
    this.byPath.set(analysis.doc.path, analysis.quotes);
    this.clusterCache = undefined;
  }

  removeDocument(path: string): void {
    this.byPath.delete(path);
    this.clusterCache = undefined;
  }

  match(content: string): QuoteMatch[] {
    const norm = content.toLowerCase();
    const out: QuoteMatch[] = [];
    for (const [path, quotes] of this.byPath) for (const quote of quotes) if (quote.content.toLowerCase() === norm) out.push({ ref: { path, quote }, similarity: 1 });
    return out;
  }

  clusters(): QuoteCluster[] {
    return (this.clusterCache ??= []);
  }
}
