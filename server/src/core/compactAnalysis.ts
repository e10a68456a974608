// Shrinks what the index keeps per document, without changing what readers see. Measured on 1,000
// news articles: entity names, mention texts, keys, units and labels recur across (and within)
// articles, and each copy is a separate string once analyses come back from worker threads by
// structured clone; interning them and packing tokens takes the heap from ~68 MB to ~35 MB.
import type { DocEntity, DocumentAnalysis, EntityType, Mention } from './types';
import { compactTokens } from './tokenPacking';

/** Strings up to this length are interned: names, labels, keys. Longer ones are quotations or prose. */
const maxInternedLength = 64;

/** One copy of each short string seen, for the lifetime of an index. */
export class StringPool {
  private readonly strings = new Map<string, string>();

  intern(s: string): string {
    if (s.length > maxInternedLength) return s;
    const known = this.strings.get(s);
    if (known !== undefined) return known;
    // A fresh copy: the string seen may be a slice of a large temporary string (a lower-cased or
    // masked copy of the text) that the slice would keep alive.
    const copy = flatCopy(s);
    this.strings.set(copy, copy);
    return copy;
  }

  get size(): number {
    return this.strings.size;
  }
}

/**
 * Compacts one analysis in place: tokens packed, short strings interned, long quote strings made
 * slices of the document text again. Walks plain data generically so that fields other modules
 * add later are covered too; class instances (packed sentences) are left alone.
 */
export function compactAnalysis(analysis: DocumentAnalysis, pool: StringPool, options: { cloned?: boolean } = {}): void {
  compactTokens(analysis.doc);
  // Arrays made by structured clone are exact-size already; only locally built ones need copying.
  const trim = !options.cloned;
  const { text } = analysis.doc;
  for (const q of analysis.quotes) {
    // Slices of the file text share its memory; cloned copies do not.
    if (q.text !== undefined && text.slice(q.start, q.end) === q.text) q.text = text.slice(q.start, q.end);
    if (q.parts.length === 1 && text.slice(q.parts[0].start, q.parts[0].end) === q.content) q.content = text.slice(q.parts[0].start, q.parts[0].end);
  }
  if (trim) {
    analysis.entities = analysis.entities.slice();
    analysis.quotes = analysis.quotes.slice();
    analysis.numbers = analysis.numbers.slice();
  }
  const packed = packMentions(analysis.entities, text, pool, trim);
  if (packed) analysis.entities = packed;
  else internAll(analysis.entities, pool, trim);
  internAll(analysis.quotes, pool, trim);
  internAll(analysis.numbers, pool, trim);
  internAll(analysis.doc.meta, pool, trim);
  analysis.doc.path = pool.intern(analysis.doc.path);
  for (const block of analysis.doc.blocks) block.kind = pool.intern(block.kind) as typeof block.kind;
}

function flatCopy(s: string): string {
  return s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string);
}

function isPlain(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === Array.prototype || proto === null;
}

function internAll(value: unknown, pool: StringPool, trim: boolean): void {
  if (value === null || typeof value !== 'object' || !isPlain(value)) return;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (typeof item === 'string') value[i] = pool.intern(item);
      else internAll(item, pool, trim);
    }
    return;
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const item = record[key];
    if (typeof item === 'string') record[key] = pool.intern(item);
    else if (trim && Array.isArray(item)) {
      // Arrays grown by push keep spare capacity (17 slots for one element): copy to exact size.
      const exact = item.slice();
      record[key] = exact;
      internAll(exact, pool, trim);
    } else internAll(item, pool, trim);
  }
}

/** A document's mention spans (start, end pairs) and its text, shared by its packed entities. */
interface MentionStore {
  spans: Int32Array;
  text: string;
}

/** Shared by every entity without roles (most of them). Frozen: the index's analyses are read-only. */
const noRoles: string[] = Object.freeze([]) as unknown as string[];

/**
 * An entity whose mentions live in its document's span array: ~100 bytes less per entity than an
 * array of Mention objects (a 10,000-article corpus has ~400,000 entities). `mentions` builds the
 * Mention objects on each read, with texts sliced from the document and the entity's key.
 */
class PackedEntity implements DocEntity {
  key: string;
  name: string;
  type: EntityType;
  variants: string[];
  roles: string[];
  gender?: 'male' | 'female';
  private readonly store: MentionStore;
  /** Index of the first span, and how many. */
  private readonly first: number;
  private readonly count: number;

  /** `entity`'s strings are interned here (its mention texts are dropped, never interned). */
  constructor(entity: DocEntity, store: MentionStore, first: number, pool: StringPool, trim: boolean) {
    this.key = pool.intern(entity.key);
    this.name = pool.intern(entity.name);
    this.type = pool.intern(entity.type) as EntityType;
    this.variants = internList(entity.variants, pool, trim);
    this.roles = entity.roles.length === 0 ? noRoles : internList(entity.roles, pool, trim);
    if (entity.gender !== undefined) this.gender = pool.intern(entity.gender) as 'male' | 'female';
    this.store = store;
    this.first = first;
    this.count = entity.mentions.length;
  }

  get mentions(): Mention[] {
    const { spans, text } = this.store;
    const out: Mention[] = new Array(this.count);
    for (let i = 0; i < this.count; i++) {
      const start = spans[2 * (this.first + i)];
      const end = spans[2 * (this.first + i) + 1];
      out[i] = { start, end, text: text.slice(start, end), key: this.key };
    }
    return out;
  }

  /** Plain data for JSON (a getter is not an own property), fields in extraction's order. */
  toJSON(): DocEntity {
    const { key, name, type, variants, roles, gender, mentions } = this;
    return gender === undefined ? { key, name, type, variants, roles, mentions } : { key, name, type, variants, roles, mentions, gender };
  }
}

/** The list with its strings interned; an exact-size copy when `trim` (arrays grown by push keep spare room). */
function internList(list: string[], pool: StringPool, trim: boolean): string[] {
  const out = trim ? list.slice() : list;
  for (let i = 0; i < out.length; i++) out[i] = pool.intern(out[i]);
  return out;
}

/**
 * Entities with their mentions packed, when every mention is its document text's slice under the
 * entity's key (as extraction makes them); otherwise undefined.
 */
function packMentions(entities: DocEntity[], text: string, pool: StringPool, trim: boolean): DocEntity[] | undefined {
  let total = 0;
  for (const e of entities) {
    if (e instanceof PackedEntity) return undefined;
    for (const m of e.mentions) {
      if (m.key !== e.key || m.end - m.start !== m.text.length || text.slice(m.start, m.end) !== m.text) return undefined;
    }
    total += e.mentions.length;
  }
  const store: MentionStore = { spans: new Int32Array(2 * total), text };
  let next = 0;
  return entities.map((e) => {
    const packed = new PackedEntity(e, store, next, pool, trim);
    for (const m of e.mentions) {
      store.spans[2 * next] = m.start;
      store.spans[2 * next + 1] = m.end;
      next++;
    }
    return packed;
  });
}
