// A block's tokens as one flat list. Quotes and their attributions cross parse-english's sentence
// boundaries ("“Done.” Trump said." is split after the closing mark), so the quote rules walk
// the block's tokens directly and find clause edges themselves.
import type { Block, Token } from '../types';
import { genderedWords, speechVerbStem } from './lexicon';
import type { NameRun } from './names';

// Hoisted: a bundled \p{…} literal inside a function is rebuilt (new RegExp) on every call.
const LETTER_POSSESSIVE = /\p{L}['’]s$/u;
const PLURAL_POSSESSIVE = /s['’]$/u;

export interface TokenStream {
  block: Block;
  tokens: Token[];
  /** The full document text, for looking at the character next to a token. */
  text: string;
  /** What each token is, as TokenClass bits. */
  classes: Uint8Array;
  /** Every TokenClass bit some token of the block has: a block without quote marks or speech words skips those passes. */
  present: number;
  /** Speech-verb stem of each token with the speechVerb class (absent when the block has none). */
  verbStems?: Array<string | undefined>;
  /** Name run starting at each token, filled as asked (null: none). */
  nameRuns?: Array<NameRun | null | undefined>;
  /** Each token's text in lower case, filled as asked (lowerAt). */
  lowered?: Array<string | undefined>;
}

/**
 * Token classes, as bits. Reading a token object is what a pass over a block costs, and the rules
 * make several passes (names, gender votes, indefinites, quote marks, sentences, speech verbs): the
 * classes are read in one walk when the stream is made, and the passes skip tokens by them.
 */
export const TokenClass = {
  word: 1,
  /** isCapitalised. */
  capitalised: 2,
  /** endsSentence. */
  sentenceEnd: 4,
  /** A word, not capitalised, with a speech-verb stem (verbAt still looks at the word before it). */
  speechVerb: 8,
  /** "a" or "an", in any case. */
  article: 16,
  /** "according", or "as" before "per", in any case. */
  according: 32,
  /** A word, not capitalised, that is a gendered pronoun ("he", "her", "himself"). */
  gendered: 64,
  /** Punctuation starting with a quotation-mark character (quoteMarks.ts pairs them). */
  quoteMark: 128,
} as const;

/**
 * genderedWords.has(word), by comparison: many words start with an h or an s ("has", "said"), and
 * a set lookup would hash each of them.
 */
function isGenderedWord(word: string): boolean {
  switch (word.length) {
    case 2: return word === 'he';
    case 3: return word === 'him' || word === 'his' || word === 'she' || word === 'her';
    case 4: return word === 'hers';
    case 7: return word === 'himself' || word === 'herself';
    default: return false;
  }
}
// The comparisons above must list the set's words.
for (const w of genderedWords.keys()) if (!isGenderedWord(w)) throw new Error(`gendered word the token classes miss: ${w}`);
if (genderedWords.size !== 8) throw new Error('genderedWords changed: update isGenderedWord');

/** Punctuation that ends a sentence (or a clause the quote rules treat as one): . ! ? ; … */
/** A word in lower case, going on with the sentence after a stop ("16 lbs. “and two belt loops”"). */
const LOWER_START = /^[a-z]/;

const isClauseEnd = (c: number): boolean => c === 46 || c === 33 || c === 63 || c === 59 || c === 0x2026;

/**
 * A first character of the quotation marks quoteMarks.ts knows (it checks its tables against this):
 * " ' « » ‘ ’ “ ” „ ‹ ›. Compared, not looked up: it is asked for every punctuation token.
 */
export function isQuoteMarkChar(c: number): boolean {
  switch (c) {
    case 0x22: case 0x27: case 0xab: case 0xbb:
    case 0x2018: case 0x2019: case 0x201c: case 0x201d: case 0x201e: case 0x2039: case 0x203a:
      return true;
    default:
      return false;
  }
}

const QUOTE_MARKS_ONLY = /^["“”‘’'«»„]+$/u;

/** A token of quotation marks only (" “ ” ‘ ’ ' « » „), as the reported-speech and tag readers test it. */
export function isQuoteMarkToken(text: string): boolean {
  return QUOTE_MARKS_ONLY.test(text);
}

/** The streams of a document's blocks; their token classes share one buffer (one allocation, not one a block). */
export function blockStreams(text: string, blocks: Block[]): TokenStream[] {
  let total = 0;
  for (const b of blocks) for (const s of b.sentences) total += s.tokens.length;
  const classes = new Uint8Array(total);
  let at = 0;
  return blocks.map((b) => {
    const stream = blockStream(text, b, classes, at);
    at += stream.tokens.length;
    return stream;
  });
}

/** Forms of speech verbs that are nouns too ("a report", "the post", "claims"). */
const nounsToo = new Set(['report', 'reports', 'post', 'posts', 'tweet', 'tweets', 'claim', 'claims', 'comment', 'comments', 'note', 'notes', 'release', 'releases', 'update', 'updates', 'estimate', 'estimates', 'warning', 'warnings', 'reply', 'replies', 'answer', 'answers', 'response', 'responses', 'statement', 'statements']);

function blockStream(text: string, block: Block, buffer: Uint8Array, at: number): TokenStream {
  // A block of one sentence (most are) lends its token list; nothing here changes a stream's tokens.
  let tokens: Token[];
  const sentences = block.sentences;
  if (sentences.length === 1) tokens = sentences[0].tokens;
  else {
    tokens = [];
    for (const s of sentences) for (const t of s.tokens) tokens.push(t);
  }
  const n = tokens.length;
  let present = 0;
  const classes = buffer.subarray(at, at + n);
  let verbStems: Array<string | undefined> | undefined;
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    const word = t.text;
    const len = word.length;
    const code = word.charCodeAt(0);
    // The first letter in lower case when it is an ASCII letter (| 32 folds only A–Z onto a–z).
    const first = code | 32;
    let c = 0;
    if (t.kind === 'word') {
      c |= TokenClass.word;
      // ("Scheer Says No 'Free Ride' For Liberals": a headline's capitalised "Says" or "Tells" after
      // a word is the verb, no part of a name; "Said" is a name too, "Said Jalili".)
      const titleCaseVerb = i > 0 && (word === 'Says' || word === 'Tells') && tokens[i - 1].kind === 'word';
      if (titleCaseVerb) {
        c |= TokenClass.speechVerb;
        (verbStems ??= new Array<string | undefined>(n))[i] = word === 'Says' ? 'say' : 'tell';
      } else if (code < 128 ? code >= 65 && code <= 90 : isCapitalised(t)) c |= TokenClass.capitalised;
      else {
        const stem = speechVerbStem(word);
        if (stem !== undefined) {
          c |= TokenClass.speechVerb;
          (verbStems ??= new Array<string | undefined>(n))[i] = stem;
          // "A council report said", "Reports say": a word that is both, right before a speech
          // verb, is the noun, its subject.
          if (i > 0 && verbStems[i - 1] !== undefined && nounsToo.has(tokens[i - 1].text.toLowerCase()) && !/ing$/.test(word)) {
            classes[i - 1] &= ~TokenClass.speechVerb;
            verbStems[i - 1] = undefined;
          }
        }
        // Every gendered word ("he" … "herself") starts with an h or an s.
        if (len <= 7 && (first === 104 || first === 115) && isGenderedWord(word)) c |= TokenClass.gendered;
      }
      // "X." or "Inc." ends a sentence only before an opening quote (abbreviations like "U.S."
      // before a capitalised word are far more common than sentence ends there), and not one going
      // on in lower case ("who lost 16 lbs. “and two belt loops” …").
      if (len >= 2 && word.charCodeAt(len - 1) === 46) {
        const next = tokens[i + 1];
        const inside = tokens[i + 2];
        if (next !== undefined && (next.text === '“' || next.text === '"') && !(inside !== undefined && LOWER_START.test(inside.text))) c |= TokenClass.sentenceEnd;
      }
    } else {
      // (An ellipsis going on in lower case ends nothing: "“absolutely … the right call,” Ford said".)
      if (len === 1 && isClauseEnd(code) && !(code === 0x2026 && tokens[i + 1] !== undefined && LOWER_START.test(tokens[i + 1].text))) c |= TokenClass.sentenceEnd;
      else if (isQuoteMarkChar(code)) c |= TokenClass.quoteMark;
    }
    if (first === 97) {
      if (len === 1 || (len === 2 && (word.charCodeAt(1) | 32) === 110)) c |= TokenClass.article;
      else if (len === 9 && word.toLowerCase() === 'according') c |= TokenClass.according;
      // "As per NASA, ...": "according to" in Indian and African English.
      else if (len === 2 && (word.charCodeAt(1) | 32) === 115 && isPer(tokens[i + 1]?.text)) c |= TokenClass.according;
      // "appealed to residents to stay indoors", "appealing for witnesses to come forward": an
      // appeal made to someone is a speech verb.
      else if (len >= 6 && len <= 9 && (c & TokenClass.capitalised) === 0 && (tokens[i + 1]?.text === 'to' || tokens[i + 1]?.text === 'for') && APPEAL.test(word)) {
        c |= TokenClass.speechVerb;
        (verbStems ??= new Array<string | undefined>(n))[i] = 'appeal';
      }
    }
    classes[i] = c;
    present |= c;
  }
  // Every field from the start, the memo tables too: streams then share one shape, and the passes'
  // reads of stream.tokens and stream.classes stay monomorphic.
  return { block, tokens, text, classes, present, verbStems, nameRuns: undefined, lowered: undefined };
}

const APPEAL = /^appeal(?:s|ed|ing)?$/;

/** True when the token ends a sentence: a full stop, or a word with a final dot before a quote or capital. */
/** How many word tokens [from, to) holds. */
export function wordsIn(stream: TokenStream, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if (stream.tokens[k].kind === 'word') n++;
  return n;
}

export function endsSentence(stream: TokenStream, i: number): boolean {
  return (stream.classes[i] & TokenClass.sentenceEnd) !== 0;
}

/**
 * Token i's text in lower case, made once per token: the passes ask about the same words again and
 * again, and a kept string also keeps its hash for the word-list lookups.
 */
/** "per" in any case, without lower-casing every word after an "as". */
function isPer(text: string | undefined): boolean {
  return text !== undefined && text.length === 3 && (text.charCodeAt(0) | 32) === 112 && (text.charCodeAt(1) | 32) === 101 && (text.charCodeAt(2) | 32) === 114;
}

/** "according to" or "as per" at token i (the speaker follows token i + 1). */
export function isAccordingTo(stream: TokenStream, i: number): boolean {
  if ((stream.classes[i] & TokenClass.according) === 0) return false;
  const next = lowerOr(stream, i + 1, i);
  return next === 'to' || next === 'per';
}

/** Token i in lower case, read once; '' where there is no token i (before the block or past its end), which no rule's word equals. */
export function lowerAt(stream: TokenStream, i: number): string {
  const memo = (stream.lowered ??= new Array<string | undefined>(stream.tokens.length));
  const lowered = memo[i];
  if (lowered !== undefined) return lowered;
  const token = stream.tokens[i];
  return token === undefined ? '' : (memo[i] = token.text.toLowerCase());
}

/** lowerAt(i), or lowerAt(fallback) when there is no token i (the lower case of `toks[i] ?? toks[fallback]`). */
export function lowerOr(stream: TokenStream, i: number, fallback: number): string {
  return lowerAt(stream, i >= 0 && i < stream.tokens.length ? i : fallback);
}

const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;

/** An apostrophe standing as a token of its own, as a plural's possessive leaves it ("Nations’"). */
export function isApostropheToken(text: string): boolean {
  return text.length === 1 && isApostrophe(text.charCodeAt(0));
}

/** The word ends in "'s" or "’s" (/['’]s$/, tested without a regular expression: it runs per token). */
export function endsWithApostropheS(word: string): boolean {
  const n = word.length;
  return n >= 2 && word.charCodeAt(n - 1) === 115 && isApostrophe(word.charCodeAt(n - 2));
}

/** The word ends in an apostrophe, with or without an "s" (/['’]s?$/): "Trump’s", "players’". */
export function endsWithApostrophe(word: string): boolean {
  return (word.length > 0 && isApostrophe(word.charCodeAt(word.length - 1))) || endsWithApostropheS(word);
}

/** The word without a possessive ending ("Trump’s" → "Trump", "players’" → "players"). */
export function stripPossessive(word: string): string {
  if (endsWithApostropheS(word)) return word.slice(0, -2);
  return endsWithApostrophe(word) ? word.slice(0, -1) : word;
}

export function isPossessive(word: string): boolean {
  return LETTER_POSSESSIVE.test(word) || PLURAL_POSSESSIVE.test(word);
}

/**
 * `pattern.test(word)` for a pattern of two or more capitals and marks (/^[\p{Lu}…]{2,}$/u):
 * an ASCII word is read by a character loop, with `isAsciiMark` naming the pattern's ASCII
 * marks, and the pattern is asked only about words beyond ASCII (this runs per name word).
 */
export function capitalsAndMarks(word: string, isAsciiMark: (c: number) => boolean, pattern: RegExp): boolean {
  if (word.length < 2) return false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 65 && c <= 90) || isAsciiMark(c)) continue;
    return c > 127 ? pattern.test(word) : false;
  }
  return true;
}

export function isCapitalised(t: Token): boolean {
  if (t.kind !== 'word') return false;
  const c = t.text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  // Outside ASCII: a letter whose lower case differs is an upper-case letter.
  const ch = t.text[0];
  return ch !== ch.toLowerCase();
}

/** What a token belongs to, per block, once direct quotes are found (a Uint8Array of these). */
export const Cover = {
  none: 0,
  /** Inside a direct statement (marks included). */
  statement: 1,
  /** Inside a partial or scare quote. */
  fragment: 2,
  /** Part of a statement's attribution ("Bessent said"). */
  attribution: 3,
  /** Inside a reported clause. */
  reported: 4,
} as const;

/**
 * The ")" closing the bracket opened at token `open`, looked for before `ceiling` and at most
 * `reach` tokens on (the token just past them may still be it), or -1.
 */
export function closingBracket(stream: TokenStream, open: number, ceiling: number, reach: number): number {
  const toks = stream.tokens;
  let close = open + 1;
  while (close < ceiling && close - open <= reach && toks[close].text !== ')') close++;
  return toks[close]?.text === ')' ? close : -1;
}

/** Token i is the comma inside a number ("1,500"), written with no space either side. */
export function isNumberComma(stream: TokenStream, i: number): boolean {
  const toks = stream.tokens;
  const [before, comma, after] = [toks[i - 1], toks[i], toks[i + 1]];
  return comma.text === ',' && before !== undefined && after !== undefined && before.end === comma.start && after.start === comma.end && /\d$/.test(before.text) && /^\d/.test(after.text);
}

/** Token i is a comma between clauses or phrases, not one inside a number ("1,500"). */
export function isClauseComma(stream: TokenStream, i: number): boolean {
  return stream.tokens[i].text === ',' && !isNumberComma(stream, i);
}
