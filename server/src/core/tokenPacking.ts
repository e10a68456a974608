// Compact storage for the sentences and tokens of indexed sources. A token object costs ~100 bytes
// and a sentence ~70; a corpus of 10,000 articles has ~15 million tokens and ~550,000 sentences.
// After analysis the index keeps each document's blocks and tokens as one byte buffer (varint gaps
// and lengths, ~2 bytes a token); the document rebuilds its blocks, the blocks their sentences, and
// the sentences their Token objects, on demand (getters), so readers see the same data as before.
import type { Block, ParsedDocument, Sentence, Token, TokenKind } from './types';
import type { TextSource } from './storedText';
import { grown } from './typedArrays';

const kinds: TokenKind[] = ['word', 'punctuation', 'symbol'];
const kindCode: Record<TokenKind, number> = { word: 0, punctuation: 1, symbol: 2 };
const blockKinds: Array<Block['kind']> = ['paragraph', 'heading'];
const blockKindCode: Record<Block['kind'], number> = { paragraph: 0, heading: 1 };

/** A document's tokens, packed; `undefined` when they cannot be (a token not slicing the text). */
export type PackedTokens = Uint8Array;

/** A growing byte buffer for varints (a number[] of bytes costs 8 bytes each and a copy at the end). */
class VarintWriter {
  bytes = new Uint8Array(1024);
  length = 0;

  push(value: number): void {
    // A varint is at most 5 bytes for the offsets and lengths written here (< 2^35).
    if (this.length + 5 > this.bytes.length) this.bytes = grown(this.bytes, this.length + 5);
    while (value >= 0x80) {
      this.bytes[this.length++] = (value & 0x7f) | 0x80;
      value = Math.floor(value / 128);
    }
    this.bytes[this.length++] = value;
  }
}

/**
 * Packs the blocks and their sentences. A header: the block count, then per block (gap from the
 * previous block's end) × 2 + kind, length, sentence count, and where its sentences start (from
 * the previous block's, in the body). The body: per sentence its token count and per token (gap
 * from the previous token's end, or from the block's start for its first token) × 4 + kind, and
 * length. A sentence spans its tokens (as parse/prose.ts makes them), so its offsets are not
 * stored; a document whose sentences do not is not packed.
 */
export function packTokens(doc: ParsedDocument): PackedTokens | undefined {
  const header = new VarintWriter();
  const body = new VarintWriter();
  const { text } = doc;
  header.push(doc.blocks.length);
  let blockEnd = 0;
  let bodyAt = 0;
  for (const block of doc.blocks) {
    if (block.start < blockEnd || block.end < block.start) return undefined;
    header.push((block.start - blockEnd) * 2 + blockKindCode[block.kind]);
    header.push(block.end - block.start);
    header.push(block.sentences.length);
    header.push(body.length - bodyAt);
    bodyAt = body.length;
    blockEnd = block.end;
    let previous = block.start;
    for (const sentence of block.sentences) {
      const tokens = sentence.tokens;
      if (tokens.length === 0 || tokens[0].start !== sentence.start || tokens[tokens.length - 1].end !== sentence.end) return undefined;
      body.push(tokens.length);
      for (const t of tokens) {
        const gap = t.start - previous;
        // The token must be the text at its offsets (checked in place: a slice per token was a
        // tenth of all a worker allocated).
        if (gap < 0 || t.end - t.start !== t.text.length || !text.startsWith(t.text, t.start)) return undefined;
        body.push(gap * 4 + kindCode[t.kind]);
        body.push(t.end - t.start);
        previous = t.end;
      }
    }
  }
  const packed = new Uint8Array(header.length + body.length);
  packed.set(header.bytes.subarray(0, header.length));
  packed.set(body.bytes.subarray(0, body.length), header.length);
  return packed;
}

/** Removes the blocks (before a worker posts the document back: less to clone); only after packTokens. */
export function dropTokens(doc: ParsedDocument): void {
  doc.blocks = [];
}

function readVarint(bytes: Uint8Array, cursor: { at: number }): number {
  let value = 0;
  let shift = 0;
  let byte: number;
  do {
    if (cursor.at >= bytes.length) throw new Error('packed tokens cut short');
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
  /** Where the sentences (the body, after the block header) start in `packed`. */
  bodyAt: number;
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
    const tokens: Token[] = [];
    this.visitTokens((text, start, end, kind) => tokens.push({ start, end, kind, text: text.slice(start, end) }));
    return tokens;
  }

  /** `forEachToken` over the packed bytes: no Token objects, no token strings. */
  visitTokens(visit: TokenVisitor): void {
    const { packed } = this.store;
    const text = this.store.source.text;
    const cursor = { at: this.offset };
    const n = readVarint(packed, cursor);
    let previous = this.start;
    for (let i = 0; i < n; i++) {
      const code = readVarint(packed, cursor);
      const start = i === 0 ? this.start : previous + Math.floor(code / 4);
      const end = start + readVarint(packed, cursor);
      visit(text, start, end, kinds[code % 4]);
      previous = end;
    }
  }

  toJSON(): Sentence {
    return { start: this.start, end: this.end, tokens: this.tokens };
  }
}

/** A token as a span of a text: its document's text and offsets, or its own text from 0. */
export type TokenVisitor = (text: string, start: number, end: number, kind: TokenKind) => void;

/**
 * Calls `visit` for each token of `sentence`, in order, with `text.slice(start, end)` the token's
 * text. A packed sentence's tokens are read from the bytes as spans of the document's text, never
 * made into objects: for readers of every token of a corpus.
 */
export function forEachToken(sentence: Sentence, visit: TokenVisitor): void {
  if (sentence instanceof PackedSentence) sentence.visitTokens(visit);
  else for (const t of sentence.tokens) visit(t.text, 0, t.text.length, t.kind);
}

/** A block whose sentences are read from its document's packed buffer on each access. */
class PackedBlock implements Block {
  constructor(
    readonly start: number,
    readonly end: number,
    readonly kind: Block['kind'],
    readonly store: TokenStore,
    /** Where its sentences start, from the start of the body. */
    private readonly offset: number,
    private readonly count: number,
  ) {}

  get sentences(): Sentence[] {
    const { packed } = this.store;
    const out: Sentence[] = new Array(this.count);
    const cursor = { at: this.store.bodyAt + this.offset };
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
 * The blocks `packed` holds (made by packTokens), reading their texts from `source`: made anew on
 * each call, so a document that keeps only the bytes keeps no block objects (a corpus of 10,000
 * articles has ~235,000 blocks, ~17 MB as objects).
 */
export function readPackedBlocks(packed: PackedTokens, source: TextSource): Block[] {
  const store: TokenStore = { packed, source, bodyAt: 0 };
  const cursor = { at: 0 };
  const count = readVarint(packed, cursor);
  const blocks: Block[] = new Array(count);
  let sentencesAt = 0;
  let blockEnd = 0;
  for (let b = 0; b < count; b++) {
    const code = readVarint(packed, cursor);
    const start = blockEnd + Math.floor(code / 2);
    blockEnd = start + readVarint(packed, cursor);
    const sentences = readVarint(packed, cursor);
    sentencesAt += readVarint(packed, cursor);
    blocks[b] = new PackedBlock(start, blockEnd, blockKinds[code % 2], store, sentencesAt, sentences);
  }
  // The body starts where the header ends (the blocks' offsets count from there).
  store.bodyAt = cursor.at;
  return blocks;
}

/**
 * Checks that `packed` reads to its end, within a text of `textLength` when known (an
 * analysis-cache entry may be damaged): throws if not. Reading it later then cannot fail.
 */
export function checkPackedTokens(packed: PackedTokens, textLength = Infinity): void {
  const cursor = { at: 0 };
  const count = readVarint(packed, cursor);
  const sentenceCounts: number[] = [];
  let blockEnd = 0;
  for (let b = 0; b < count; b++) {
    const start = blockEnd + Math.floor(readVarint(packed, cursor) / 2);
    blockEnd = start + readVarint(packed, cursor);
    sentenceCounts.push(readVarint(packed, cursor));
    readVarint(packed, cursor);
  }
  if (blockEnd > textLength) throw new Error('packed blocks run past the text');
  for (const sentences of sentenceCounts) {
    for (let s = 0; s < sentences; s++) {
      const n = readVarint(packed, cursor);
      for (let i = 0; i < 2 * n; i++) readVarint(packed, cursor);
    }
  }
  if (cursor.at !== packed.length) throw new Error('packed tokens do not end where they should');
  for (const block of readPackedBlocks(packed, { text: '' })) {
    for (const sentence of block.sentences) if (sentence.end > block.end) throw new Error('packed tokens run past their block');
  }
}

/** The buffer all of `blocks` read from, when they are the blocks of one packed document. */
export function packedTokensOf(blocks: readonly Block[]): PackedTokens | undefined {
  const first = blocks[0];
  if (!(first instanceof PackedBlock)) return undefined;
  const { packed } = first.store;
  const count = readVarint(packed, { at: 0 });
  return count === blocks.length && blocks.every((b) => b instanceof PackedBlock && b.store.packed === packed) ? packed : undefined;
}
