// Sentences and tokens of a stretch of prose, from parse-english, with offsets into the file.
import type { Paragraph as NlcstParagraph, Sentence as NlcstSentence } from 'nlcst';
import type { Block, Sentence, Token, TokenKind } from '../types';
import { TokenTexts } from './tokenText';
import { EnglishParser } from './englishParser';

const parser = new EnglishParser();

const tokenKinds: Record<string, TokenKind | undefined> = {
  WordNode: 'word',
  PunctuationNode: 'punctuation',
  SymbolNode: 'symbol',
};

/**
 * Parses `masked` (a copy of file text from `offset` on, with non-prose characters replaced by
 * spaces so that every offset is unchanged) into sentences. `original` gives the file text, used
 * for token text so that masking never leaks into what is reported.
 */
export function parseProse(original: TokenTexts, masked: string, offset: number): Sentence[] {
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
