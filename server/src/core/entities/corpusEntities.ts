// STUB: corpus-wide entities, merging spelling variants across documents.
import type { DocumentAnalysis, EntityType } from '../types';

export interface CorpusEntity {
  id: string;
  name: string;
  type: EntityType;
  variants: string[];
  roles: string[];
  /** Number of documents that mention it. */
  documents: number;
}

export interface MergedEntities {
  entities: CorpusEntity[];
  /** `${path}\u0000${docEntityKey}` → corpus entity id. */
  idOf: Map<string, string>;
}

export function docEntityRef(path: string, key: string): string {
  return `${path}\u0000${key}`;
}

export function mergeEntities(docs: Iterable<DocumentAnalysis>): MergedEntities {
  const entities: CorpusEntity[] = [];
  const idOf = new Map<string, string>();
  for (const a of docs) {
    for (const e of a.entities) {
      const id = `e${entities.length + 1}`;
      entities.push({ id, name: e.name, type: e.type, variants: e.variants, roles: e.roles, documents: 1 });
      idOf.set(docEntityRef(a.doc.path, e.key), id);
    }
  }
  return { entities, idOf };
}
