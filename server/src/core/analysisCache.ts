// Analyses kept between runs, so that reopening a large corpus does not analyse it again. An entry
// is a document's analysis in the form worker threads send it (analyzeForTransfer: tokens and
// mentions packed, the text deflated), serialised with V8's structured-clone format and deflated
// (to ~40%: 10,000 news articles, 66 MB, take ~90 MB rather than ~220 MB). It is found
// by a hash of the analyser's version, the file's path and its bytes: a changed file, a moved file
// or a new analyser misses, and so is analysed afresh. Where entries live is the store's business
// (node/diskAnalysisStore.ts on disk; a Map in tests).
import { createHash } from 'node:crypto';
import { deserialize, serialize } from 'node:v8';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { AnalysisResult } from './analysisPool';
import { withOwnBuffer } from './storedText';

/** Entries by key. A store never throws: an entry it cannot read is a miss, one it cannot write is dropped. */
export interface AnalysisStore {
  /** Names the analyser the entries come from; part of every key. */
  readonly version: string;
  read(key: string): Promise<Uint8Array | undefined>;
  write(key: string, entry: Uint8Array): Promise<void>;
  /** Drops every entry but these (the ones a complete load used or wrote). */
  retain(keys: ReadonlySet<string>): Promise<void>;
}

/** Bumped when the entry layout changes in a way the analyser's version would not show. */
const entryFormat = 3;
/** Measured on the bench corpus's entries: level 3 packs a little tighter than 1, and faster (~85 MB/s; inflating ~320 MB/s). */
const entryDeflateLevel = 3;

/** The key of a file's entry: its path and bytes (as decodeSource reads them) under one analyser. */
export function cacheKey(version: string, path: string, bytes: Uint8Array): string {
  return createHash('sha1').update(`${entryFormat}\u0000${version}\u0000${path}\u0000`).update(bytes).digest('hex');
}

/** A worker's result as an entry (before its buffers are transferred away). Errors are not kept. */
export function encodeEntry(result: AnalysisResult): Uint8Array | undefined {
  if ('error' in result || !result.sliced || !result.deflated) return undefined;
  const bytes = deflateRawSync(serialize(result), { level: entryDeflateLevel });
  // A buffer of its own, so that it can be transferred from a worker without the rest of a pool.
  return withOwnBuffer(bytes);
}

/**
 * An entry back as a result, as if a worker had just sent it; undefined when it is not one (a
 * truncated or foreign file), so that the document is analysed again.
 */
export function decodeEntry(entry: Uint8Array, path: string): CachedResult | undefined {
  let result: unknown;
  try {
    result = deserialize(inflateRawSync(entry));
  } catch {
    return undefined;
  }
  if (!isEntry(result, path)) return undefined;
  result.cloned = true;
  // Typed arrays come back as views into the entry: copies, so that the index keeps a document's
  // deflated text and packed tokens without the whole entry around them.
  result.deflated = withOwnBuffer(result.deflated!);
  if (result.packed) result.packed = withOwnBuffer(result.packed);
  if (result.mentions) result.mentions = withOwnBuffer(result.mentions);
  return result;
}

/** A result read from an entry: always an analysis (errors are never kept). */
export type CachedResult = Extract<AnalysisResult, { analysis: unknown }>;

function isEntry(value: unknown, path: string): value is CachedResult {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  const analysis = r.analysis as Record<string, unknown> | undefined;
  return (
    r.path === path &&
    r.sliced === true &&
    r.deflated instanceof Uint8Array &&
    typeof analysis === 'object' &&
    analysis !== null &&
    Array.isArray(analysis.quotes) &&
    stringsFor(r.quoteKeys, analysis.quotes) &&
    stringsFor(r.quoteContents, analysis.quotes) &&
    Array.isArray(analysis.entities) &&
    Array.isArray(analysis.numbers) &&
    typeof analysis.doc === 'object'
  );
}

/** Absent, or one string per quote. */
function stringsFor(value: unknown, quotes: unknown[]): boolean {
  return value === undefined || (Array.isArray(value) && value.length === quotes.length && value.every((v) => typeof v === 'string'));
}

/** Entries in memory: for tests, and for callers that keep analyses only while they run. */
export class MemoryAnalysisStore implements AnalysisStore {
  readonly entries = new Map<string, Uint8Array>();
  constructor(readonly version: string) {}

  async read(key: string): Promise<Uint8Array | undefined> {
    return this.entries.get(key);
  }

  async write(key: string, entry: Uint8Array): Promise<void> {
    this.entries.set(key, entry);
  }

  async retain(keys: ReadonlySet<string>): Promise<void> {
    for (const key of [...this.entries.keys()]) if (!keys.has(key)) this.entries.delete(key);
  }
}
