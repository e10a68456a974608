// Shrinks what the index keeps per document, without changing what readers see: the text deflated
// (storedText.ts) with quotes, mentions and tokens reading their texts from it; tokens and mentions
// packed in typed arrays; names, keys, units and labels (which recur across articles, and arrive
// as separate copies from worker threads) interned. Measured on the 10,000-article bench corpus:
// the heap after a full collection 341 → 146 MB (texts: +~27 MB of deflated bytes outside the heap).
import type { Block, DocEntity, DocumentAnalysis, DocumentFormat, DocumentMeta, EntityType, Mention, ParsedDocument, Quote, QuoteKind, Span, Speaker } from './types';
import { checkPackedTokens, packedTokensOf, packTokens, readPackedBlocks, type PackedTokens } from './tokenPacking';
import { DeflatedText, flatCopy, readText, type TextSource } from './storedText';

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

  private readonly lists = new Map<string, string[]>();

  /**
   * One frozen copy of each list of short strings (an entity's variants or roles: "Vladimir
   * Putin", "Putin" recur across articles), its strings interned. Longer lists are copied.
   */
  internList(list: readonly string[], copyLong: boolean): string[] {
    if (list.some((s) => s.length > maxInternedLength)) return list.map((s) => keep(s, this, copyLong));
    const id = list.join('\u0000');
    let known = this.lists.get(id);
    if (!known) this.lists.set(id, (known = Object.freeze(list.map((s) => this.intern(s))) as string[]));
    return known;
  }

  private readonly profiles = new Map<readonly string[], EntityProfile[]>();

  /**
   * One shared copy of what an entity says besides its key and mentions: "Donald Trump" (person,
   * male, variants "Donald Trump", "Trump", no role) recurs across thousands of articles. Profiles
   * are found by their interned role list when they have roles (a role phrase is distinctive),
   * else by their variant list, then compared field by field (a list holds a few profiles).
   */
  internProfile(entity: DocEntity, trim: boolean): EntityProfile {
    const variants = this.internList(entity.variants, trim);
    const roles = this.internList(entity.roles, trim);
    const name = keep(entity.name, this, trim);
    const type = this.intern(entity.type) as EntityType;
    const gender = entity.gender === undefined ? undefined : (this.intern(entity.gender) as 'male' | 'female');
    // Lists with long strings are copies, never shared: their profiles would never be found again.
    if (!Object.isFrozen(variants) || !Object.isFrozen(roles)) return Object.freeze({ name, type, variants, roles, gender });
    const list = roles.length > 0 ? roles : variants;
    let known = this.profiles.get(list);
    if (!known) this.profiles.set(list, (known = []));
    for (const p of known) if (p.name === name && p.type === type && p.variants === variants && p.roles === roles && p.gender === gender) return p;
    const profile: EntityProfile = Object.freeze({ name, type, variants, roles, gender });
    known.push(profile);
    return profile;
  }

  get size(): number {
    return this.strings.size;
  }
}

/** The part of a document's entity that many documents share (StringPool.internProfile). */
interface EntityProfile {
  readonly name: string;
  readonly type: EntityType;
  readonly variants: string[];
  readonly roles: string[];
  readonly gender: 'male' | 'female' | undefined;
}

/**
 * Compacts one analysis in place: tokens packed, the text kept deflated (storedText.ts), quotes and
 * mentions reading their texts from it, short strings interned. Walks plain data generically so
 * that fields other modules add later are covered too; class instances (packed sentences) are
 * left alone. No string the analysis keeps is a slice of the text given: a slice would keep the
 * whole string alive next to its bytes.
 */
export interface CompactOptions {
  /** It came by structured clone: arrays exact-size, strings copies. */
  cloned?: boolean;
  /** The entities' mentions packed elsewhere (a worker); their mention lists are then empty. */
  mentions?: MentionSpans;
  /**
   * The text deflated (storedText's `deflateUtf8`, BOM removed): kept as the document's text. A
   * worker's analysis then leaves the text and its slices out (`SLICE` markers).
   */
  deflated?: Uint8Array;
  /** The blocks and tokens packed elsewhere (a worker's packTokens); the document's blocks are then dropped. */
  packed?: PackedTokens;
}

/** Stands for "the text's slice at this span" (or the entity's key) in an analysis sent without its text. */
export const SLICE = '\u0000';

export function compactAnalysis(analysis: DocumentAnalysis, pool: StringPool, options: CompactOptions = {}): void {
  // Arrays made by structured clone are exact-size already, and their strings are copies; locally
  // built ones need copying, and their long strings too (they may be slices of the text).
  const trim = !options.cloned;
  const given = analysis.doc.text === SLICE ? undefined : analysis.doc.text;
  if (given === undefined && !options.deflated) throw new Error('an analysis sent without its text needs the text deflated');
  const stored = options.deflated ? DeflatedText.fromDeflated(options.deflated) : DeflatedText.of(given ?? '');
  let decoded = given;
  const text = () => (decoded ??= readText(stored));
  const isSlice = (s: string, start: number, end: number) => s === SLICE || (given !== undefined && s === given.slice(start, end));
  // Blocks packed by a worker (checked: they may come from a damaged cache entry), or packed here.
  if (options.packed) checkPackedTokens(options.packed, given?.length);
  const packed = options.packed ?? packedTokensOf(analysis.doc.blocks) ?? packTokens(analysis.doc);
  const doc = new StoredDocument(analysis.doc, stored, packed ?? analysis.doc.blocks, pool, trim);
  if (trim) {
    analysis.entities = analysis.entities.slice();
    analysis.numbers = analysis.numbers.slice();
  }
  // Spans made by a worker (its entities' mention lists are empty), or made here when they can be.
  const spans = options.mentions ?? mentionSpans(analysis.entities, text());
  if (spans) analysis.entities = packMentions(analysis.entities, spans, doc, pool, trim);
  else {
    for (const e of analysis.entities) {
      for (const m of e.mentions) {
        if (m.text === SLICE) m.text = text().slice(m.start, m.end);
        if (m.key === SLICE) m.key = e.key;
      }
    }
    internAll(analysis.entities, pool, trim);
  }
  analysis.quotes = analysis.quotes.map((q) => new StoredQuote(q, isSlice, doc, pool, trim));
  internAll(analysis.numbers, pool, trim);
  analysis.doc = doc;
}

/** A string as the index keeps it: interned when short, a flat copy when long and `copy`. */
function keep(s: string, pool: StringPool, copy: boolean): string {
  if (s.length <= maxInternedLength) return pool.intern(s);
  return copy ? flatCopy(s) : s;
}

/** One array of property names per object layout seen, shared by all objects with that layout. */
const layouts = new Map<string, readonly string[]>();
function layoutOf(value: object): readonly string[] {
  const keys = Object.keys(value);
  const id = keys.join(',');
  let known = layouts.get(id);
  if (!known) layouts.set(id, (known = Object.freeze(keys)));
  return known;
}

/** The layout of a plain span. */
const spanLayout = layoutOf({ start: 0, end: 0 });

/** Plain data for JSON: `value`'s properties (own or getters) in `keys` order. */
function inLayout(value: object, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of keys) out[key] = (value as Record<string, unknown>)[key];
  return out;
}

/**
 * A parsed document as the index keeps it: its text compact (storedText.ts), decoded on read; its
 * blocks, when packed (tokenPacking.ts), as the packed bytes alone, read anew on each access;
 * every other property as parsing made it.
 */
class StoredDocument implements ParsedDocument, TextSource {
  declare path: string;
  declare format: DocumentFormat;
  declare meta: DocumentMeta;
  readonly #text: DeflatedText | string;
  readonly #layout: readonly string[];
  readonly #blocks: PackedTokens | Block[];

  constructor(doc: ParsedDocument, text: DeflatedText | string, blocks: PackedTokens | Block[], pool: StringPool, trim: boolean) {
    this.#layout = layoutOf(doc);
    this.#text = text;
    const fields = this as unknown as Record<string, unknown>;
    for (const key of this.#layout) {
      if (key === 'text' || key === 'blocks') continue;
      const value = (doc as unknown as Record<string, unknown>)[key];
      fields[key] = typeof value === 'string' ? keep(value, pool, trim) : value;
    }
    internAll(this.meta, pool, trim);
    this.#blocks = blocks;
    if (Array.isArray(this.#blocks)) for (const block of this.#blocks) block.kind = pool.intern(block.kind) as Block['kind'];
  }

  get text(): string {
    return readText(this.#text);
  }

  get blocks(): Block[] {
    return Array.isArray(this.#blocks) ? this.#blocks : readPackedBlocks(this.#blocks, this);
  }

  toJSON(): Record<string, unknown> {
    return inLayout(this, this.#layout);
  }
}

/**
 * A quote whose text (and content, when it is one part) are read from its document: slices of a
 * text decoded on read cannot be kept. A quote in one piece (most) keeps its part as two numbers
 * (~100 bytes less than a list holding a span). Other properties as extraction made them, strings
 * interned.
 */
class StoredQuote implements Quote {
  declare start: number;
  declare end: number;
  declare kind: QuoteKind;
  declare speaker: Speaker | null;
  declare scare?: boolean;
  declare fragment?: boolean;
  declare characterised?: boolean;
  readonly #source: TextSource;
  /** Undefined: the document's text from start to end (as extraction makes it). */
  readonly #text: string | undefined;
  /** Undefined: the document's text over the only part. */
  readonly #content: string | undefined;
  readonly #layout: readonly string[];
  /** Undefined: one part, from partStart to partEnd. */
  readonly #parts: Span[] | undefined;
  readonly #partStart: number = 0;
  readonly #partEnd: number = 0;

  constructor(quote: Quote, isSlice: (s: string, start: number, end: number) => boolean, source: TextSource, pool: StringPool, trim: boolean) {
    this.#source = source;
    this.#layout = layoutOf(quote);
    const only = quote.parts.length === 1 ? quote.parts[0] : undefined;
    if (only && layoutOf(only) === spanLayout) {
      this.#partStart = only.start;
      this.#partEnd = only.end;
    } else this.#parts = trim ? quote.parts.slice() : quote.parts;
    const fields = this as unknown as Record<string, unknown>;
    for (const key of this.#layout) {
      if (key === 'text' || key === 'content' || key === 'parts') continue;
      const value = (quote as unknown as Record<string, unknown>)[key];
      if (typeof value === 'string') fields[key] = keep(value, pool, trim);
      else {
        internAll(value, pool, trim);
        fields[key] = trim && Array.isArray(value) ? value.slice() : value;
      }
    }
    this.#text = isSlice(quote.text, quote.start, quote.end) ? undefined : keep(quote.text, pool, trim);
    const part = quote.parts.length === 1 ? quote.parts[0] : undefined;
    this.#content = part && isSlice(quote.content, part.start, part.end) ? undefined : keep(quote.content, pool, trim);
  }

  get text(): string {
    return this.#text ?? this.#source.text.slice(this.start, this.end);
  }

  get content(): string {
    if (this.#content !== undefined) return this.#content;
    const part = this.#parts?.[0];
    return part ? this.#source.text.slice(part.start, part.end) : this.#source.text.slice(this.#partStart, this.#partEnd);
  }

  get parts(): Span[] {
    return this.#parts ?? [{ start: this.#partStart, end: this.#partEnd }];
  }

  toJSON(): Record<string, unknown> {
    return inLayout(this, this.#layout);
  }
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
      if (typeof item === 'string') value[i] = keep(item, pool, trim);
      else internAll(item, pool, trim);
    }
    return;
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const item = record[key];
    if (typeof item === 'string') record[key] = keep(item, pool, trim);
    else if (trim && Array.isArray(item)) {
      // Arrays grown by push keep spare capacity (17 slots for one element): copy to exact size.
      const exact = item.slice();
      record[key] = exact;
      internAll(exact, pool, trim);
    } else internAll(item, pool, trim);
  }
}

/**
 * A document's mentions as one array: per entity, its mention count, then each mention's start and
 * end. Made where the analysis is (a worker sends it instead of Mention objects).
 */
export type MentionSpans = Int32Array;

/** The spans, and the document for the mention texts, shared by a document's packed entities. */
interface MentionStore {
  spans: MentionSpans;
  source: TextSource;
}

/**
 * An entity whose mentions live in its document's span array: ~100 bytes less per entity than an
 * array of Mention objects (a 10,000-article corpus has ~400,000 entities). `mentions` builds the
 * Mention objects on each read, with texts sliced from the document and the entity's key.
 */
/** How many mentions an entity has, without building them (an indexed entity's would decode its text). */
export function mentionCount(entity: DocEntity): number {
  return entity instanceof PackedEntity ? entity.count() : entity.mentions.length;
}

/**
 * What an entity shares with the same entity in other documents (name, type, variants, roles,
 * gender), as one object: the same object for every document whose entity says the same. An
 * entity not packed by the index is its own.
 */
export function sharedProfile(entity: DocEntity): object {
  return entity instanceof PackedEntity ? entity.shared : entity;
}

/** Where an entity's mentions are: read from the packed spans of an indexed entity, without texts. */
export function mentionPlaces(entity: DocEntity): Span[] {
  return entity instanceof PackedEntity ? entity.spans() : entity.mentions;
}

class PackedEntity implements DocEntity {
  readonly key: string;
  /** Name, type, variants, roles and gender, shared with the same entity in other documents. */
  private readonly profile: EntityProfile;
  private readonly store: MentionStore;
  /** Where the entity's mention count is in the spans (its spans follow). */
  private readonly at: number;

  /** `entity`'s strings are interned here (its mention texts are dropped, never interned). */
  constructor(entity: DocEntity, store: MentionStore, at: number, pool: StringPool, trim: boolean) {
    this.key = keep(entity.key, pool, trim);
    this.profile = pool.internProfile(entity, trim);
    this.store = store;
    this.at = at;
  }

  /** The profile object, shared with other documents' entities (`sharedProfile`). */
  get shared(): object {
    return this.profile;
  }

  get name(): string {
    return this.profile.name;
  }

  get type(): EntityType {
    return this.profile.type;
  }

  get variants(): string[] {
    return this.profile.variants;
  }

  get roles(): string[] {
    return this.profile.roles;
  }

  get gender(): 'male' | 'female' | undefined {
    return this.profile.gender;
  }

  get mentions(): Mention[] {
    const { spans, source } = this.store;
    const text = source.text;
    const count = spans[this.at];
    const out: Mention[] = new Array(count);
    for (let i = 0, at = this.at + 1; i < count; i++, at += 2) {
      const start = spans[at];
      const end = spans[at + 1];
      out[i] = { start, end, text: this.surface(text.slice(start, end)), key: this.key };
    }
    return out;
  }

  count(): number {
    return this.store.spans[this.at];
  }

  /** Where the mentions are, without their texts (which would decode the document's text). */
  spans(): Span[] {
    const { spans } = this.store;
    const count = spans[this.at];
    const out: Span[] = new Array(count);
    for (let i = 0, at = this.at + 1; i < count; i++, at += 2) out[i] = { start: spans[at], end: spans[at + 1] };
    return out;
  }

  /** The variant spelled so (mentions are variants, interned): a kept slice would keep the whole text alive. */
  private surface(written: string): string {
    for (const v of this.variants) if (v === written) return v;
    return written;
  }

  /** Plain data for JSON (a getter is not an own property), fields in extraction's order. */
  toJSON(): DocEntity {
    const { key, name, type, variants, roles, gender, mentions } = this;
    return gender === undefined ? { key, name, type, variants, roles, mentions } : { key, name, type, variants, roles, mentions, gender };
  }
}

/**
 * The entities' mentions as spans, when every mention is its document text's slice under the
 * entity's key (as extraction makes them); otherwise undefined.
 */
export function mentionSpans(entities: readonly DocEntity[], text: string): MentionSpans | undefined {
  let total = 0;
  for (const e of entities) {
    if (e instanceof PackedEntity) return undefined;
    for (const m of e.mentions) {
      if (m.key !== e.key || m.end - m.start !== m.text.length || text.slice(m.start, m.end) !== m.text) return undefined;
    }
    total += 1 + 2 * e.mentions.length;
  }
  const spans = new Int32Array(total);
  let at = 0;
  for (const e of entities) {
    spans[at++] = e.mentions.length;
    for (const m of e.mentions) {
      spans[at++] = m.start;
      spans[at++] = m.end;
    }
  }
  return spans;
}

/** Entities reading their mentions from `spans` (made from these entities; their mention lists may be emptied since). */
function packMentions(entities: readonly DocEntity[], spans: MentionSpans, source: TextSource, pool: StringPool, trim: boolean): DocEntity[] {
  const store: MentionStore = { spans, source };
  let at = 0;
  return entities.map((e) => {
    const packed = new PackedEntity(e, store, at, pool, trim);
    at += 1 + 2 * spans[at];
    return packed;
  });
}
