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
  const clean = INVISIBLE_SPACE.test(masked) ? masked.replace(INVISIBLE_SPACES, ' ') : masked;
  const split = englishSentences(clean);
  // parse/ masks line breaks, so the library path is only for other callers.
  if (split === undefined) return parseProseWithLibrary(original, clean, offset);
  const sentences: Sentence[] = [];
  for (const pieces of split) {
    const converted = convertPieces(pieces, original, offset);
    if (!converted) continue;
    splitAfterNumberStops(joinAfterTitleAbbreviation(sentences, converted), sentences);
  }
  return sentences;
}

/**
 * Abbreviated titles parse-latin does not know, so that their stop ends its sentence: "Coun. Jan
 * Harder", "Const. Andrew Vickers", "Insp. Tim Kelly". (It knows "Sgt.", "Lt.", "Gov.", "Sen.".)
 */
const TITLE_ABBREVIATIONS = new Set(['Coun', 'Cllr', 'Ald', 'Const', 'Cst', 'Insp', 'Supt', 'Cpl', 'Pte', 'Pfc', 'Spc', 'Det', 'Cmdr', 'Adm', 'Asst', 'Dep']);

/**
 * Abbreviations a number follows, which parse-latin ends a sentence at: "ranked No. 1", "Rs. 215
 * crore", "Art. 5", "Vol. 3".
 */
const NUMBER_ABBREVIATIONS = new Set(['No', 'Nos', 'Rs', 'Art', 'Arts', 'Vol', 'Vols', 'Sec', 'Fig', 'Ch', 'Ksh', 'Kshs', 'Sh', 'Tk', 'Rp', 'approx']);

/**
 * Where the last sentence of `sentences` ends with a title's abbreviation and its stop, and `next`
 * opens with a capitalised word (the name), or with a number's abbreviation and `next` with a
 * digit, the two are one sentence: taken off `sentences` and returned joined, the abbreviation and
 * its stop one word, as parse-latin writes the abbreviations it knows ("Sgt."). Otherwise `next`
 * as it is.
 */
function joinAfterTitleAbbreviation(sentences: Sentence[], next: Sentence): Sentence {
  const last = sentences[sentences.length - 1];
  if (!last) return next;
  const toks = last.tokens;
  const n = toks.length;
  if (n < 2 || toks[n - 1].text !== '.' || toks[n - 2].end !== toks[n - 1].start) return next;
  const opening = next.tokens[0].text;
  const abbreviation = toks[n - 2].text;
  if (!(isTitleAbbreviation(abbreviation) && OPENS_NAME.test(opening)) && !(NUMBER_ABBREVIATIONS.has(abbreviation) && /^\d/.test(opening))) return next;
  sentences.pop();
  const title: Token = { start: toks[n - 2].start, end: toks[n - 1].end, kind: 'word', text: `${toks[n - 2].text}.` };
  return { start: last.start, end: next.end, tokens: [...toks.slice(0, n - 2), title, ...next.tokens] };
}

const OPENS_NAME = /^\p{Lu}/u;

/**
 * A title's abbreviation: one parse-latin does not know, or two joined by a hyphen ("Lt.-Gov",
 * "Maj.-Gen", "Brig.-Gen"), which it reads as one word and ends a sentence after.
 */
function isTitleAbbreviation(word: string): boolean {
  if (TITLE_ABBREVIATIONS.has(word)) return true;
  const parts = /^([A-Z][a-z]{0,4})\.-([A-Z][a-z]{1,4})$/.exec(word);
  return parts !== null && HYPHENED_TITLE_PARTS.has(parts[1]) && HYPHENED_TITLE_PARTS.has(parts[2]);
}
const HYPHENED_TITLE_PARTS = new Set(['Lt', 'Gov', 'Maj', 'Gen', 'Brig', 'Col', 'Cmdr', 'Adm', 'Vice', 'Rear']);

/**
 * Zero-width space, word joiner and zero-width no-break space (a stray BOM): invisible, and no
 * letters, but the parser keeps them inside words ("Traeger\u200B said" made a word "Traeger\u200B").
 * They part words as a space does. (Soft hyphens and zero-width joiners stay: they sit inside words.)
 */
const INVISIBLE_SPACE = /[\u200B\u2060\uFEFF]/;
const INVISIBLE_SPACES = /[\u200B\u2060\uFEFF]/g;

/** A number of up to three digits, or "cent" ("6 per cent."), that parse-latin reads as an abbreviation before a full stop. */
const NUMBER_OR_CENT = /^(?:\d{1,3}|cent)$/i;
const OPENS_SENTENCE = /^[\p{Lu}"“‘']/u;

/** Words in lower case that parse-latin takes for abbreviations of units or days ("in." for inches, "sat.", "sun.", "wed."). */
const WORD_ABBREVIATIONS = new Set(['in', 'sat', 'sun', 'wed']);

/** The word before token i is a number ("5 in." is inches). */
function afterNumber(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) if (tokens[k].kind === 'word') return /\d$/.test(tokens[k].text);
  return false;
}

/**
 * parse-latin takes a full stop after a short number or "cent" for an abbreviation's ("12.",
 * "cent.", and "in." for inches even after "caved") and runs the sentence on: "The toll rose to
 * 32. Officials said ..." is one sentence to it. Where a capital or an opening quotation mark
 * follows, the stop ends the sentence here: the word and its stop become two tokens, and the rest
 * a sentence of its own. Pushes to `out`.
 */
function splitAfterNumberStops(sentence: Sentence, out: Sentence[]): void {
  const tokens = sentence.tokens;
  let from = 0;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word' || t.text.charCodeAt(t.text.length - 1) !== 0x2e) continue;
    const bare = t.text.slice(0, -1);
    const ordinaryWord = WORD_ABBREVIATIONS.has(bare) && !afterNumber(tokens, i);
    // (Last in its block, a word's stop ends the sentence: "… needs to step in.")
    if (i === tokens.length - 1) {
      if (ordinaryWord) {
        tokens[i] = { start: t.start, end: t.end - 1, kind: 'word', text: bare };
        tokens.push({ start: t.end - 1, end: t.end, kind: 'punctuation', text: '.' });
      }
      break;
    }
    if (!(NUMBER_OR_CENT.test(bare) || ordinaryWord) || !OPENS_SENTENCE.test(tokens[i + 1].text)) continue;
    const word: Token = { start: t.start, end: t.end - 1, kind: 'word', text: bare };
    const stop: Token = { start: t.end - 1, end: t.end, kind: 'punctuation', text: '.' };
    const head = [...tokens.slice(from, i), word, stop];
    out.push({ start: head[0].start, end: stop.end, tokens: head });
    from = i + 1;
  }
  if (from === 0) out.push(sentence);
  else {
    const rest = tokens.slice(from);
    out.push({ start: rest[0].start, end: rest[rest.length - 1].end, tokens: rest });
  }
}

function convertPieces(pieces: Piece[], original: TokenTexts, offset: number): Sentence | undefined {
  const tokens: Token[] = [];
  for (const piece of pieces) {
    const kind = pieceKinds[piece.kind];
    if (!kind) continue;
    const start = offset + piece.start;
    const end = offset + piece.end;
    const text = original.slice(start, end);
    // Only a word merged from several runs can hold a colon.
    if (piece.parts !== undefined && pushSplitAtGluedColon(tokens, text, start)) continue;
    tokens.push({ start, end, kind, text });
  }
  if (tokens.length === 0) return undefined;
  return { start: tokens[0].start, end: tokens[tokens.length - 1].end, tokens };
}

/** A colon glued between a word and a capitalised one ("O'Brien:The", "Court:The"), as scraped bylines and labels run on. */
const GLUED_COLON = /^(\p{L}[\p{L}'’.-]*):(\p{Lu}\p{L}*)$/u;

/**
 * parse-latin keeps "O'Brien:The" one word (a colon inside a word, as in "10:30"). Between letters
 * with a capital after it, it is a label or byline run on into the text: the two words and the
 * colon become three tokens. Pushes them and returns true, or returns false and pushes nothing.
 */
function pushSplitAtGluedColon(tokens: Token[], text: string, start: number): boolean {
  if (text.indexOf(':') < 0) return false;
  const m = GLUED_COLON.exec(text);
  if (!m) return false;
  const colon = start + m[1].length;
  tokens.push({ start, end: colon, kind: 'word', text: m[1] });
  tokens.push({ start: colon, end: colon + 1, kind: 'punctuation', text: ':' });
  tokens.push({ start: colon + 1, end: start + text.length, kind: 'word', text: m[2] });
  return true;
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
