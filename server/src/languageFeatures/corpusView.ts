// Views of the corpus the language features look things up in: mentions and quotes per entity,
// the speaker of each source quote, quote clusters by member, line tables of source texts.
// Built lazily from the SourceIndex and dropped when the index changes (its version moves).
import type { DocEntity, DocumentAnalysis, NumberClaim, Quote } from '../core/types';
import type { SourceIndex } from '../core/sourceIndex';
import type { CorpusEntity } from '../core/entities/corpusEntities';
import { createEntityLookup, type EntityLookup } from '../core/entities/entityLookup';
import type { QuoteCluster } from '../core/clusters/quoteIndex';
import { measureWords } from '../core/numbers/compareClaims';
import { mentionPlaces } from '../core/compactAnalysis';
import { LineIndex } from './lineIndex';
import { claimIndexOf } from './claimIndex';

export interface SourceMention {
  path: string;
  start: number;
  end: number;
}

export interface SourceQuote {
  path: string;
  quote: Quote;
}

export interface SourceNumber {
  path: string;
  claim: NumberClaim;
}

/** One document's view of an entity: how it names it and the roles it gives. */
export interface EntityInDocument {
  path: string;
  entity: DocEntity;
}

export class CorpusView {
  readonly version: number;
  private lookupCache: EntityLookup | undefined;
  private byEntity: Map<string, EntityInDocument[]> | undefined;
  private quotesBySpeaker: Map<string, SourceQuote[]> | undefined;
  private numbersByWord: Map<string, SourceNumber[]> | undefined;
  private readonly lineIndices = new Map<string, LineIndex>();
  private readonly mentions = new Map<string, SourceMention[]>();

  constructor(readonly index: SourceIndex) {
    this.version = index.version;
  }

  get lookup(): EntityLookup {
    if (!this.lookupCache) {
      const merged = this.index.entities();
      // A word the sources write is never taken for a misspelling of a name that sounds like it.
      // (The claim index is asked only then: most lookups never need it.)
      this.lookupCache = createEntityLookup(merged, this.index.documents(), { sourcesWrite: (word) => claimIndexOf(this.index).writes(word) });
    }
    return this.lookupCache;
  }

  entity(id: string): CorpusEntity | undefined {
    return this.lookup.get(id);
  }

  /** The corpus entity a document-local entity was merged into. */
  entityIdOf(path: string, key: string): string | undefined {
    return this.index.entities().idOf.get(path, key);
  }

  /** Every document's entity merged into this corpus entity. */
  inDocuments(id: string): EntityInDocument[] {
    if (!this.byEntity) {
      const map = new Map<string, EntityInDocument[]>();
      for (const a of this.index.documents()) {
        for (const entity of a.entities) {
          const cid = this.entityIdOf(a.doc.path, entity.key);
          if (!cid) continue;
          let list = map.get(cid);
          if (!list) map.set(cid, (list = []));
          list.push({ path: a.doc.path, entity });
        }
      }
      this.byEntity = map;
    }
    return this.byEntity.get(id) ?? [];
  }

  /** Every mention of the entity in the sources, by path then position (computed once per entity). */
  mentionsOf(id: string): SourceMention[] {
    let out = this.mentions.get(id);
    if (!out) {
      out = [];
      // Spans only: a mention's text would decode its document's text, for thousands of documents.
      for (const { path, entity } of this.inDocuments(id)) for (const m of mentionPlaces(entity)) out.push({ path, start: m.start, end: m.end });
      out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.start - b.start));
      this.mentions.set(id, out);
    }
    return out;
  }

  /** The corpus entity of a source quote's speaker, when the source resolved it. */
  speakerIdOf(path: string, quote: Quote): string | undefined {
    const speaker = quote.speaker;
    if (!speaker) return undefined;
    if (speaker.key) {
      const id = this.entityIdOf(path, speaker.key);
      if (id) return id;
    }
    return speaker.name ? this.resolveName(speaker.name) : undefined;
  }

  /** A name as written ("Ushakov", "Yury Ushakov") to a corpus entity. */
  resolveName(name: string): string | undefined {
    const direct = this.lookup.byName(name);
    if (direct) return direct.id;
    const found = this.lookup.find(name);
    // Only when the whole name is one entity mention: "Trump adviser" is not Trump.
    return found.length === 1 && found[0].end - found[0].start >= name.trim().length - 1 ? found[0].entityId : undefined;
  }

  quotesBy(id: string): SourceQuote[] {
    if (!this.quotesBySpeaker) {
      const map = new Map<string, SourceQuote[]>();
      for (const a of this.index.documents()) {
        for (const quote of a.quotes) {
          const sid = this.speakerIdOf(a.doc.path, quote);
          if (!sid) continue;
          let list = map.get(sid);
          if (!list) map.set(sid, (list = []));
          list.push({ path: a.doc.path, quote });
        }
      }
      this.quotesBySpeaker = map;
    }
    return this.quotesBySpeaker.get(id) ?? [];
  }

  /** The cluster (same quote across articles) a source quote belongs to. */
  clusterOf(quote: Quote): QuoteCluster | undefined {
    return this.index.quotes.clusterOf(quote);
  }

  /**
   * Source number claims that may speak of the same quantity as `claim`: same base unit, sharing a
   * word of the measure (sameQuantity needs one measure's head noun in the other's words).
   */
  numberCandidates(claim: NumberClaim): SourceNumber[] {
    if (!this.numbersByWord) {
      // The same figure for the same thing, repeated across articles, is kept once per bucket.
      const map = new Map<string, Map<string, SourceNumber>>();
      for (const a of this.index.documents()) {
        for (const c of a.numbers) {
          const signature = `${c.text}\u0000${c.measure}\u0000${c.subject ?? ''}`;
          for (const word of new Set(measureWords(c.measure))) {
            const key = `${c.baseUnit}\u0000${word}`;
            let bucket = map.get(key);
            if (!bucket) map.set(key, (bucket = new Map()));
            if (!bucket.has(signature)) bucket.set(signature, { path: a.doc.path, claim: c });
          }
        }
      }
      this.numbersByWord = new Map([...map].map(([key, bucket]) => [key, [...bucket.values()]]));
    }
    const seen = new Set<SourceNumber>();
    for (const word of measureWords(claim.measure)) for (const s of this.numbersByWord.get(`${claim.baseUnit}\u0000${word}`) ?? []) seen.add(s);
    return [...seen];
  }

  analysis(path: string): DocumentAnalysis | undefined {
    return this.index.get(path);
  }

  title(path: string): string {
    return this.index.get(path)?.doc.meta.title ?? path;
  }

  lines(path: string): LineIndex {
    let lines = this.lineIndices.get(path);
    if (!lines) {
      lines = new LineIndex(this.index.get(path)?.doc.text ?? '');
      this.lineIndices.set(path, lines);
    }
    return lines;
  }
}

const views = new WeakMap<SourceIndex, CorpusView>();

/** The view of the index as it is now; rebuilt after any change to the index. */
export function corpusView(index: SourceIndex): CorpusView {
  let view = views.get(index);
  if (!view || view.version !== index.version) {
    view = new CorpusView(index);
    views.set(index, view);
  }
  return view;
}
