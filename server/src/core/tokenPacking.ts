// Compact storage for the tokens of indexed sources. A token object costs ~100 bytes; a corpus of
// 10,000 articles has ~15 million of them. After analysis the index keeps each document's tokens
// as one byte buffer (varint gaps and lengths, ~2 bytes a token) and its sentences rebuild their
// Token objects on demand (a `tokens` getter), so readers see the same data as before.
import type { ParsedDocument, Sentence, Token, TokenKind } from './types';

const kinds: TokenKind[] = ['word', 'punctuation', 'symbol'];
const kindCode: Record<TokenKind, number> = { word: 0, punctuation: 1, symbol: 2 };

/** A document's tokens, packed; `undefined` when they cannot be (a token not slicing the text). */
export type PackedTokens = Uint8Array;

function pushVarint(out: number[], value: number): void {
  while (value >= 0x80) {
    out.push((value & 0x7f) | 0x80);
    value >>>= 7;
  }
  out.push(value);
}

/**
 * Packs every sentence's tokens, sentence by sentence: token count, then per token
 * (gap from the previous token's end or the sentence start) × 4 + kind, and length.
 */
export function packTokens(doc: ParsedDocument): PackedTokens | undefined {
  const out: number[] = [];
  for (const block of doc.blocks) {
    for (const sentence of block.sentences) {
      const tokens = sentence.tokens;
      pushVarint(out, tokens.length);
      let previous = sentence.start;
      for (const t of tokens) {
        const gap = t.start - previous;
        if (gap < 0 || t.end < t.start || doc.text.slice(t.start, t.end) !== t.text) return undefined;
        pushVarint(out, gap * 4 + kindCode[t.kind]);
        pushVarint(out, t.end - t.start);
        previous = t.end;
      }
    }
  }
  return Uint8Array.from(out);
}

/** Removes the token arrays (before a worker posts the document back: less to clone). */
export function dropTokens(doc: ParsedDocument): void {
  for (const block of doc.blocks) for (const sentence of block.sentences) sentence.tokens = [];
}

function readVarint(bytes: Uint8Array, cursor: { at: number }): number {
  let value = 0;
  let shift = 0;
  let byte: number;
  do {
    byte = bytes[cursor.at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return value;
}

/** A sentence whose tokens live in its document's packed buffer (fixed shape, getter on the prototype). */
class PackedSentence implements Sentence {
  constructor(
    readonly start: number,
    readonly end: number,
    private readonly packed: Uint8Array,
    private readonly offset: number,
    private readonly text: string,
  ) {}

  get tokens(): Token[] {
    const cursor = { at: this.offset };
    const n = readVarint(this.packed, cursor);
    const tokens: Token[] = new Array(n);
    let previous = this.start;
    for (let i = 0; i < n; i++) {
      const code = readVarint(this.packed, cursor);
      const start = previous + Math.floor(code / 4);
      const end = start + readVarint(this.packed, cursor);
      tokens[i] = { start, end, kind: kinds[code % 4], text: this.text.slice(start, end) };
      previous = end;
    }
    return tokens;
  }
}

/** Replaces each sentence of `doc` by one reading its tokens from `packed` (made by packTokens). */
export function attachPackedTokens(doc: ParsedDocument, packed: PackedTokens): void {
  const cursor = { at: 0 };
  for (const block of doc.blocks) {
    block.sentences = block.sentences.map((sentence) => {
      const offset = cursor.at;
      const count = readVarint(packed, cursor);
      for (let i = 0; i < 2 * count; i++) readVarint(packed, cursor);
      return new PackedSentence(sentence.start, sentence.end, packed, offset, doc.text);
    });
  }
}

/** Packs the tokens in place (same thread); the document's sentences keep working as before. */
export function compactTokens(doc: ParsedDocument): void {
  // Already packed (a worker's result): unpacking to pack again would only cost time.
  if (doc.blocks.some((b) => b.sentences.some((s) => s instanceof PackedSentence))) return;
  const packed = packTokens(doc);
  if (!packed) return;
  attachPackedTokens(doc, packed);
}
