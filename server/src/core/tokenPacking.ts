// Compact storage for the sentences and tokens of indexed sources. A token object costs ~100 bytes
// and a sentence ~70; a corpus of 10,000 articles has ~15 million tokens and ~550,000 sentences.
// After analysis the index keeps each document's tokens as one byte buffer (varint gaps and
// lengths, ~2 bytes a token); its blocks rebuild their sentences, and the sentences their Token
// objects, on demand (getters), so readers see the same data as before.
import type { Block, ParsedDocument, Sentence, Token, TokenKind } from './types';
import type { TextSource } from './storedText';

const kinds: TokenKind[] = ['word', 'punctuation', 'symbol'];
const kindCode: Record<TokenKind, number> = { word: 0, punctuation: 1, symbol: 2 };

/** A document's tokens, packed; `undefined` when they cannot be (a token not slicing the text). */
export type PackedTokens = Uint8Array;

/** A growing byte buffer for varints (a number[] of bytes costs 8 bytes each and a copy at the end). */
class VarintWriter {
  bytes = new Uint8Array(1024);
  length = 0;

  push(value: number): void {
    // A varint is at most 5 bytes for the offsets and lengths written here (< 2^35).
    if (this.length + 5 > this.bytes.length) {
      const grown = new Uint8Array(this.bytes.length * 2);
      grown.set(this.bytes);
      this.bytes = grown;
    }
    while (value >= 0x80) {
      this.bytes[this.length++] = (value & 0x7f) | 0x80;
      value = Math.floor(value / 128);
    }
    this.bytes[this.length++] = value;
  }
}

/**
 * Packs every block's sentences: per block its sentence count, then per sentence its token count
 * and per token (gap from the previous token's end, or from the block's start for its first
 * token) × 4 + kind, and length. A sentence spans its tokens (as parse/prose.ts makes them), so
 * its offsets are not stored; a document whose sentences do not is not packed.
 */
export function packTokens(doc: ParsedDocument): PackedTokens | undefined {
  const out = new VarintWriter();
  const { text } = doc;
  for (const block of doc.blocks) {
    out.push(block.sentences.length);
    let previous = block.start;
    for (const sentence of block.sentences) {
      const tokens = sentence.tokens;
      if (tokens.length === 0 || tokens[0].start !== sentence.start || tokens[tokens.length - 1].end !== sentence.end) return undefined;
      out.push(tokens.length);
      for (const t of tokens) {
        const gap = t.start - previous;
        // The token must be the text at its offsets (checked in place: a slice per token was a
        // tenth of all a worker allocated).
        if (gap < 0 || t.end - t.start !== t.text.length || !text.startsWith(t.text, t.start)) return undefined;
        out.push(gap * 4 + kindCode[t.kind]);
        out.push(t.end - t.start);
        previous = t.end;
      }
    }
  }
  return out.bytes.slice(0, out.length);
}

/** Removes the sentences (before a worker posts the document back: less to clone); only after packTokens. */
export function dropTokens(doc: ParsedDocument): void {
  for (const block of doc.blocks) block.sentences = [];
}

function readVarint(bytes: Uint8Array, cursor: { at: number }): number {
  let value = 0;
  let shift = 0;
  let byte: number;
  do {
    byte = bytes[cursor.at++];
    // Integer arithmetic while it cannot overflow: `2 ** shift` is a double, and a double stored in
    // an object's field makes V8 box that field in every instance (a 16-byte number per block).
    value += shift < 28 ? (byte & 0x7f) << shift : (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return value;
}

/** What a document's packed blocks and sentences read from: the bytes, and the document for its text. */
interface TokenStore {
  packed: Uint8Array;
  source: TextSource;
}

/** A sentence whose tokens live in its document's packed buffer (fixed shape, getter on the prototype). */
class PackedSentence implements Sentence {
  constructor(
    readonly start: number,
    readonly end: number,
    private readonly store: TokenStore,
    private readonly offset: number,
  ) {}

  get tokens(): Token[] {
    const { packed } = this.store;
    const text = this.store.source.text;
    const cursor = { at: this.offset };
    const n = readVarint(packed, cursor);
    const tokens: Token[] = new Array(n);
    let previous = this.start;
    for (let i = 0; i < n; i++) {
      const code = readVarint(packed, cursor);
      // The first token's gap counts from the end of the sentence before; it starts the sentence.
      const start = i === 0 ? this.start : previous + Math.floor(code / 4);
      const end = start + readVarint(packed, cursor);
      tokens[i] = { start, end, kind: kinds[code % 4], text: text.slice(start, end) };
      previous = end;
    }
    return tokens;
  }

  toJSON(): Sentence {
    return { start: this.start, end: this.end, tokens: this.tokens };
  }
}

/** A block whose sentences are read from its document's packed buffer on each access. */
class PackedBlock implements Block {
  constructor(
    public start: number,
    public end: number,
    public kind: Block['kind'],
    private readonly store: TokenStore,
    private readonly offset: number,
    private readonly count: number,
  ) {}

  readFrom(source: TextSource): void {
    this.store.source = source;
  }

  get sentences(): Sentence[] {
    const { packed } = this.store;
    const out: Sentence[] = new Array(this.count);
    const cursor = { at: this.offset };
    let previous = this.start;
    for (let s = 0; s < this.count; s++) {
      const offset = cursor.at;
      const n = readVarint(packed, cursor);
      let start = 0;
      for (let i = 0; i < n; i++) {
        const from = previous + Math.floor(readVarint(packed, cursor) / 4);
        if (i === 0) start = from;
        previous = from + readVarint(packed, cursor);
      }
      out[s] = new PackedSentence(start, previous, this.store, offset);
    }
    return out;
  }

  toJSON(): Block {
    return { start: this.start, end: this.end, kind: this.kind, sentences: this.sentences };
  }
}

/**
 * Replaces each block of `doc` by one reading its sentences from `packed` (made by packTokens
 * from these blocks; their sentences may have been dropped since).
 */
export function attachPackedTokens(doc: ParsedDocument, packed: PackedTokens): void {
  const store: TokenStore = { packed, source: doc };
  const cursor = { at: 0 };
  const blocks: Block[] = [];
  for (const block of doc.blocks) {
    const count = readVarint(packed, cursor);
    const offset = cursor.at;
    for (let s = 0; s < count; s++) {
      const n = readVarint(packed, cursor);
      for (let i = 0; i < 2 * n; i++) readVarint(packed, cursor);
    }
    blocks.push(new PackedBlock(block.start, block.end, block.kind, store, offset, count));
  }
  doc.blocks = blocks;
}

/** Packs the tokens in place (same thread); the document's blocks and sentences keep working as before. */
export function compactTokens(doc: ParsedDocument): void {
  // Already packed (a worker's result): unpacking to pack again would only cost time.
  if (doc.blocks.some((b) => b instanceof PackedBlock)) return;
  const packed = packTokens(doc);
  if (!packed) return;
  attachPackedTokens(doc, packed);
}

/** Packed blocks read their tokens' texts from `source` from now on (the document stored anew, same text). */
export function readTokensFrom(blocks: readonly Block[], source: TextSource): void {
  for (const block of blocks) if (block instanceof PackedBlock) block.readFrom(source);
}
