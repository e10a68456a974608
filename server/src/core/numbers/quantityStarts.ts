// Where a quantity can start: the per-token test (`startsQuantity`) and, ahead of it, a gate over
// the document text that lets a whole sentence be skipped when none of its tokens could pass that
// test. Most sentences hold no digit, currency sign or number word, and the gate finds that with
// one regular expression over the text instead of a word-set lookup per token.
import type { Token } from '../types';
import { classOf, PUNCTUATION, SYMBOL, WHITE } from '../parse/englishParser';

/** Lower-case, Capitalised and UPPER forms, so the hot loop never calls toLowerCase (slow on
 * two-byte strings, which every token of a text with curly quotes is). */
const caseForms = (word: string) => [word, word[0].toUpperCase() + word.slice(1), word.toUpperCase()];
const withCases = (words: string[]) => new Set(words.flatMap(caseForms));

const NUMBER_START_WORDS = (
  'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen ' +
  'eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety half dozen dozens scores hundreds ' +
  'thousands millions billions tens several ½ ⅓ ⅔ ¼ ¾'
).split(' ');
/** Words after "a"/"an" that make it a number ("a dozen", "a third", "a few hundred", "a million"). */
const AFTER_A_WORDS = 'dozen third quarter half fifth tenth few hundred thousand million billion trillion'.split(' ');

export const NUMBER_STARTS = withCases(NUMBER_START_WORDS);
/** Currency words and country prefixes of "$" that can open an amount ("US$5", "USD 5"). */
const CURRENCY_OPENERS = withCases('us a c ca au usd eur gbp uah rub chf rs inr'.split(' '));
const AFTER_A = withCases(AFTER_A_WORDS);

/** Words that can open a quantity by themselves, and currency words that can when a number follows. */
const OPENING_WORDS = new Map<string, 'number' | 'currency'>([
  ...[...CURRENCY_OPENERS].map((w): [string, 'currency'] => [w, 'currency']),
  // ("Rs. 215 crore": the sentence splitter keeps the stop on the abbreviation before a number.)
  ['Rs.', 'currency'],
  ...[...NUMBER_STARTS].map((w): [string, 'number'] => [w, 'number']),
]);
/** Longest number word: a hyphenated word ("two-thirds", "five-year") opens a quantity only if its first part is one. */
const MAX_NUMBER_WORD = Math.max(...[...NUMBER_STARTS].map((w) => w.length));

/** Cheap first test so that most words are skipped without parsing. */
export function startsQuantity(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const text = t.text;
  const c = text.charCodeAt(0);
  if (c >= 48 && c <= 57) return true;
  if (t.kind === 'symbol') return true;
  if (t.kind !== 'word') return false;
  if (text === 'a' || text === 'an' || text === 'A' || text === 'An') {
    const next = tokens[i + 1];
    return next !== undefined && AFTER_A.has(next.text);
  }
  const opening = OPENING_WORDS.get(text);
  if (opening === 'number') return true;
  if (opening === 'currency') {
    const next = tokens[i + 1];
    return next !== undefined && (next.text === '$' || /^\d/.test(next.text));
  }
  // Most words have no dash right after a number word's length: only those are split.
  if (!dashWithin(text, MAX_NUMBER_WORD)) return false;
  const dash = text.indexOf('-');
  const dash2 = dash > 0 ? dash : text.indexOf('–');
  return dash2 > 0 && NUMBER_STARTS.has(text.slice(0, dash2));
}

/** A hyphen or en dash at index 1 to `last` of the word. */
function dashWithin(text: string, last: number): boolean {
  const n = Math.min(text.length, last + 1);
  for (let k = 1; k < n; k++) {
    const c = text.charCodeAt(k);
    if (c === 45 || c === 0x2013) return true;
  }
  return false;
}

/** The ASCII number words, and those after "a"/"an", that the gate looks for. */
const GATE_WORDS = [...new Set([...NUMBER_START_WORDS, ...AFTER_A_WORDS])].filter((w) => /^[a-z]+$/.test(w));
/** The longest text the gate matches: a word and the character before it. */
const LONGEST_MATCH = Math.max(...GATE_WORDS.map((w) => w.length)) + 1;

const hex = (code: number) => `\\u${code.toString(16).padStart(4, '0')}`;

/**
 * Matches at the first character of every token that `startsQuantity` accepts (and at more):
 * - a digit;
 * - a symbol (a character of the parser's symbol class: every ASCII one, and any non-ASCII
 *   character but a few common marks the parser calls punctuation or white space);
 * - a number word or a word after "a"/"an" in one of its three case forms, or such a word before a
 *   hyphen ("two-thirds"), matched with the character before it (so that the expression is tried
 *   in full only after a space or mark, not inside every word). A word token starts where the
 *   parser's word class starts, so the text holds no letter or digit right before it, and none
 *   after it when it is a whole token. This holds in the file text too: masked markup
 *   never ends or starts with a letter or digit next to prose ("&rsquo;", "<b>", "](url)", "`code`").
 * Currency words ("US", "USD") need a digit or "$" after them, which the first two cases find.
 * Non-ASCII number words ("½") are non-ASCII characters, found by the second.
 */
const GATE = (() => {
  const asciiSymbols: string[] = [];
  for (let code = 0; code < 128; code++) if (classOf(code) === SYMBOL) asciiSymbols.push(hex(code));
  const commonMarks = [...'’‘“”–—…\u00a0']
    .map((ch) => ch.charCodeAt(0))
    .filter((code) => classOf(code) === PUNCTUATION || classOf(code) === WHITE)
    .map(hex);
  const words = GATE_WORDS.flatMap(caseForms).sort((a, b) => b.length - a.length);
  return new RegExp(
    `[0-9${asciiSymbols.join('')}]|[^\\u0000-\\u007f${commonMarks.join('')}]|(?:^|[^A-Za-z0-9])(?:${words.join('|')})(?![A-Za-z0-9])`,
    'g',
  );
})();

/**
 * Answers, for spans of one text asked in increasing order, whether a quantity may start inside:
 * false means no token there passes `startsQuantity`. Each stretch of text is searched once.
 */
export class QuantityGate {
  /**
   * Where the last search started, and a lower bound of where its match starts (Infinity: no
   * match): `test` gives only the match's end, but builds no result array.
   */
  private searchedFrom = Infinity;
  private next = Infinity;

  constructor(private readonly text: string) {}

  mayStartIn(start: number, end: number): boolean {
    if (start < this.searchedFrom || this.next < start) {
      // From the character before `start`, where a word's match starts.
      const from = Math.max(0, start - 1);
      GATE.lastIndex = from;
      this.searchedFrom = from;
      this.next = GATE.test(this.text) ? GATE.lastIndex - LONGEST_MATCH : Infinity;
    }
    return this.next < end;
  }
}
