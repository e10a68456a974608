// Shrinks what the index keeps per document, without changing what readers see. Measured on 1,000
// news articles: entity names, mention texts, keys, units and labels recur across (and within)
// articles, and each copy is a separate string once analyses come back from worker threads by
// structured clone; interning them and packing tokens takes the heap from ~68 MB to ~35 MB.
import type { DocumentAnalysis } from './types';
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
  internAll(analysis.entities, pool, trim);
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
