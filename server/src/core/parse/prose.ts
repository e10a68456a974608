// Sentences and tokens of a stretch of prose, split as parse-english splits them, with offsets into
// the file.
import type { Paragraph as NlcstParagraph, Sentence as NlcstSentence } from 'nlcst';
import type { Block, Sentence, Token, TokenKind } from '../types';
import { TokenTexts } from './tokenText';
import { EnglishParser, PUNCTUATION, SYMBOL, WORD } from './englishParser';
import { englishSentences, type Piece } from './englishRules';

/** The library parser, for text with line breaks (which englishRules does not cover). */
const parser = new EnglishParser();

const tokenKinds: Record<string, TokenKind | undefined> = {
  WordNode: 'word',
  PunctuationNode: 'punctuation',
  SymbolNode: 'symbol',
};

/** Token kind of each piece kind (white space is not a token). */
const pieceKinds: Array<TokenKind | undefined> = [];
pieceKinds[WORD] = 'word';
pieceKinds[PUNCTUATION] = 'punctuation';
pieceKinds[SYMBOL] = 'symbol';

/**
 * Parses `masked` (a copy of file text from `offset` on, with non-prose characters replaced by
 * spaces so that every offset is unchanged) into sentences. `original` gives the file text, used
 * for token text so that masking never leaks into what is reported.
 */
export function parseProse(original: TokenTexts, masked: string, offset: number): Sentence[] {
  const split = englishSentences(masked);
  // parse/ masks line breaks, so the library path is only for other callers.
  if (split === undefined) return parseProseWithLibrary(original, masked, offset);
  const sentences: Sentence[] = [];
  for (const pieces of split) {
    const converted = convertPieces(pieces, original, offset);
    if (converted) sentences.push(converted);
  }
  return sentences;
}

function convertPieces(pieces: Piece[], original: TokenTexts, offset: number): Sentence | undefined {
  const tokens: Token[] = [];
  for (const piece of pieces) {
    const kind = pieceKinds[piece.kind];
    if (!kind) continue;
    const start = offset + piece.start;
    const end = offset + piece.end;
    tokens.push({ start, end, kind, text: original.slice(start, end) });
  }
  if (tokens.length === 0) return undefined;
  return { start: tokens[0].start, end: tokens[tokens.length - 1].end, tokens };
}

function parseProseWithLibrary(original: TokenTexts, masked: string, offset: number): Sentence[] {
  const root = parser.parse(masked);
  const sentences: Sentence[] = [];
  for (const paragraph of root.children) {
    if (paragraph.type !== 'ParagraphNode') continue;
    for (const sentence of (paragraph as NlcstParagraph).children) {
      if (sentence.type !== 'SentenceNode') continue;
      const converted = convertSentence(sentence, original, offset);
      if (converted) sentences.push(converted);
    }
  }
  return sentences;
}

function convertSentence(sentence: NlcstSentence, original: TokenTexts, offset: number): Sentence | undefined {
  const tokens: Token[] = [];
  for (const child of sentence.children) {
    const kind = tokenKinds[child.type];
    if (!kind || !child.position) continue;
    const start = offset + (child.position.start.offset ?? 0);
    const end = offset + (child.position.end.offset ?? 0);
    tokens.push({ start, end, kind, text: original.slice(start, end) });
  }
  if (tokens.length === 0) return undefined;
  return { start: tokens[0].start, end: tokens[tokens.length - 1].end, tokens };
}

export function makeBlock(original: TokenTexts, masked: string, start: number, end: number, kind: Block['kind']): Block | undefined {
  const sentences = parseProse(original, masked, start);
  if (sentences.length === 0) return undefined;
  return { start, end, kind, sentences };
}
