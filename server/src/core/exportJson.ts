// The index as the public JSON export (contracts.md §3).
import type { EntityType, Quote, QuoteKind, Speaker } from './types';
import type { SourceIndex } from './sourceIndex';

export interface ExportedQuote {
  start: number;
  end: number;
  text: string;
  kind: QuoteKind;
  /** `unnamed`: the text gives no name and `name` is how it describes the speaker ("a spokesperson"). */
  speaker: { name: string | null; start: number; end: number; unnamed?: true } | null;
  cluster?: string;
}

export interface ExportedDocument {
  path: string;
  title: string | null;
  outlet?: string;
  date?: string;
  url?: string;
  /** Quoted statements, direct and reported. */
  quotes: ExportedQuote[];
  /** Quoted phrases inside the writer's own sentence (said she had "a very emotional conversation"). */
  phrases: ExportedQuote[];
  entities: Array<{ entity: string; name: string; type: EntityType; mentions: Array<{ start: number; end: number; text: string }> }>;
  numbers: Array<{ start: number; end: number; text: string; value: number; unit: string; hedge: string; measure: string }>;
}

export interface IndexExport {
  documents: ExportedDocument[];
  entities: Array<{ id: string; name: string; type: EntityType; variants: string[]; roles: string[]; documents: number }>;
  quoteClusters: Array<{ id: string; text: string; speaker: string | null; members: Array<{ path: string; start: number; end: number }> }>;
  skipped: Array<{ path: string; reason: string }>;
}

export function exportIndex(index: SourceIndex): IndexExport {
  const { entities, idOf } = index.entities();
  const clusters = index.quotes.clusters();
  const clusterOf = new Map<string, string>();
  for (const c of clusters) for (const m of c.members) clusterOf.set(`${m.path}\u0000${m.quote.start}`, c.id);
  const documents = index
    .documents()
    .sort((a, b) => a.doc.path.localeCompare(b.doc.path))
    .map(({ doc, quotes, entities: docEntities, numbers }): ExportedDocument => {
      const exportQuote = (q: Quote): ExportedQuote => {
        const cluster = clusterOf.get(`${doc.path}\u0000${q.start}`);
        return {
          start: q.start,
          end: q.end,
          text: q.text,
          kind: q.kind,
          speaker: q.speaker ? exportSpeaker(q.speaker) : null,
          ...(cluster ? { cluster } : {}),
        };
      };
      return {
        path: doc.path,
        title: doc.meta.title ?? null,
        ...(doc.meta.outlet ? { outlet: doc.meta.outlet } : {}),
        ...(doc.meta.date ? { date: doc.meta.date } : {}),
        ...(doc.meta.url ? { url: doc.meta.url } : {}),
        // Statements only: scare quotes ("soon") and quoted phrases woven into the writer's own
        // sentence are not quotations of a speaker; phrases are listed apart, scare quotes left out.
        quotes: quotes.filter((q) => !q.scare && (!q.fragment || q.characterised)).map(exportQuote),
        phrases: quotes.filter((q) => !q.scare && q.fragment && !q.characterised).map(exportQuote),
        entities: docEntities.map((e) => ({
          entity: idOf.get(doc.path, e.key) ?? e.key,
          name: e.name,
          type: e.type,
          mentions: e.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text })),
        })),
        numbers: numbers.map((n) => ({ start: n.start, end: n.end, text: n.text, value: n.value, unit: n.unit, hedge: n.hedge, measure: n.measure })),
      };
    });
  return {
    documents,
    entities: entities.map((e) => ({ id: e.id, name: e.name, type: e.type, variants: e.variants, roles: e.roles, documents: e.documents })),
    quoteClusters: clusters.map((c) => ({
      id: c.id,
      text: c.text,
      speaker: c.speaker,
      members: c.members.map((m) => ({ path: m.path, start: m.quote.start, end: m.quote.end })),
    })),
    skipped: index.skipped(),
  };
}

/** A named speaker by name; an unnamed one by its description, flagged so it is not taken for a name. */
function exportSpeaker(s: Speaker): NonNullable<ExportedQuote['speaker']> {
  if (s.name === null && s.description) return { name: s.description, start: s.start, end: s.end, unnamed: true };
  return { name: s.name, start: s.start, end: s.end };
}
