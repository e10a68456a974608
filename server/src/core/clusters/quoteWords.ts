// The words of a quotation, normalised so that two reports of the same statement compare equal
// despite typography: curly vs straight marks, dashes, case, accents. A quotation is short text
// handed over as a string (a quote's `content`, or a draft's), so it is tokenised here with one
// regular expression; every unit keeps its offsets into that string.
import type { Span } from '../types';

/** A word of the quotation. `norm` is what comparisons use. */
export interface QuoteWord extends Span {
  kind: 'word';
  norm: string;
}

/** An ellipsis ("…", "...", ". . ."): words of the original were left out here. */
export interface QuoteGap extends Span {
  kind: 'gap';
}

/** A [bracketed] editorial insertion: stands for some words of the original, or adds some. */
export interface QuoteEditorial extends Span {
  kind: 'editorial';
  words: string[];
}

export type QuoteUnit = QuoteWord | QuoteGap | QuoteEditorial;

// Order matters: brackets first (they may hold words), then ellipses (before "." is dropped as
// punctuation), then words. A word keeps inner apostrophes ("war's", "can't"); hyphens and dashes
// separate words, so "long-range" and "long range" compare equal.
const unitPattern = /(\[[^\]\n]{0,120}\])|(…|\.(?:\s?\.){2,})|([\p{L}\p{M}\p{N}]+(?:['’‘`´ʼ][\p{L}\p{M}\p{N}]+)*)/gu;
const wordPattern = /[\p{L}\p{M}\p{N}]+(?:['’‘`´ʼ][\p{L}\p{M}\p{N}]+)*/gu;
const apostrophes = /['’‘`´ʼ]/g;
const combiningMarks = /\p{M}/gu;
const plainAscii = /^[a-z0-9']*$/;

/** Lower case, accents and apostrophe variants folded: "Orbán" → "orban", "war’s" → "war's". */
export function normalizeWord(word: string): string {
  const lower = word.toLowerCase();
  if (plainAscii.test(lower)) return lower;
  return lower.normalize('NFKD').replace(combiningMarks, '').replace(apostrophes, "'");
}

/** Words, ellipses and [bracketed] insertions of a quotation, in order. */
export function quoteUnits(text: string): QuoteUnit[] {
  const units: QuoteUnit[] = [];
  for (const m of text.matchAll(unitPattern)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (m[1] !== undefined) units.push({ kind: 'editorial', start, end, words: [...m[1].matchAll(wordPattern)].map((w) => normalizeWord(w[0])) });
    else if (m[2] !== undefined) {
      // Consecutive gaps are one gap.
      if (units.at(-1)?.kind !== 'gap') units.push({ kind: 'gap', start, end });
    } else units.push({ kind: 'word', start, end, norm: normalizeWord(m[3]) });
  }
  return units;
}

/** How many words `quoteWords` reads in the text these units were read from: words, and those in brackets. */
export function wordCount(units: readonly QuoteUnit[]): number {
  let n = 0;
  for (const u of units) n += u.kind === 'word' ? 1 : u.kind === 'editorial' ? u.words.length : 0;
  return n;
}

/**
 * A quotation's normalised words joined by spaces ("" when it has none): two quotations with the
 * same key are one wording in the quote index.
 */
export function quoteKey(text: string): string {
  // The words `wordPattern` matches, read by a character loop: this runs for every quote of every
  // source, and matchAll's match objects were most of what the key cost.
  const words: string[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isWordCharAt(text, i)) {
      i += charLength(text, i);
      continue;
    }
    const start = i;
    for (;;) {
      while (i < n && isWordCharAt(text, i)) i += charLength(text, i);
      // An apostrophe inside a word ("war's") keeps it whole; anywhere else it separates.
      if (i + 1 < n && apostropheCodes.has(text.charCodeAt(i)) && isWordCharAt(text, i + 1)) i++;
      else break;
    }
    const word = normalizeWord(text.slice(start, i));
    // Words that fold to nothing (a lone combining mark) count only after the first real one.
    if (word !== '' || words.length > 0) words.push(word);
  }
  // Joined, not concatenated word by word: a key is kept as a map key, and a string built by `+`
  // is a tree of pieces (~40 bytes a word) where a joined one is flat (one byte a character).
  return words.join(' ');
}

const apostropheCodes = new Set([..."'’‘`´ʼ"].map((c) => c.charCodeAt(0)));
const wordChar = /^[\p{L}\p{M}\p{N}]$/u;
/** Whether each BMP code unit is a word character of `wordPattern`: 0 not yet asked, 1 no, 2 yes. */
const wordCharTable = new Uint8Array(0x10000);

/** The code point at i (a surrogate pair read whole) is a letter, mark or number. */
function isWordCharAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c >= 0xd800 && c <= 0xdbff) return wordChar.test(String.fromCodePoint(text.codePointAt(i) ?? c));
  let known = wordCharTable[c];
  if (known === 0) wordCharTable[c] = known = wordChar.test(String.fromCharCode(c)) ? 2 : 1;
  return known === 2;
}

/** Code units of the character at i: 2 for a surrogate pair. */
function charLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
}

/** Only the words (ellipses and brackets ignored): how a source quotation is compared. */
export function quoteWords(text: string): QuoteWord[] {
  const words: QuoteWord[] = [];
  for (const m of text.matchAll(wordPattern)) {
    const start = m.index ?? 0;
    words.push({ kind: 'word', start, end: start + m[0].length, norm: normalizeWord(m[0]) });
  }
  return words;
}

// Function words: shared only these, two quotations are not yet the same statement.
const stopwords = new Set(
  `a about above after again against all am an and any are aren't as at be because been before being below between both but by
  can can't cannot could couldn't did didn't do does doesn't doing don't down during each few for from further had hadn't has hasn't
  have haven't having he he'd he'll he's her here here's hers herself him himself his how how's i i'd i'll i'm i've if in into is
  isn't it it's its itself let's me more most mustn't my myself no nor not of off on once only or other ought our ours ourselves
  out over own same shan't she she'd she'll she's should shouldn't so some such than that that's the their theirs them themselves
  then there there's these they they'd they'll they're they've this those through to too under until up very was wasn't we we'd
  we'll we're we've were weren't what what's when when's where where's which while who who's whom why why's will with won't would
  wouldn't you you'd you'll you're you've your yours yourself yourselves just also get got going go said say says`.split(/\s+/),
);

export function isContentWord(norm: string): boolean {
  return !stopwords.has(norm) && !/^\d+$/.test(norm);
}
