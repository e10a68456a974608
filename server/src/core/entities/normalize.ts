// Name normalisation and spelling similarity, shared by the document recogniser, the corpus merge
// and the draft lookup so that all three agree on when two spellings are "the same".
import { doubleMetaphone } from 'double-metaphone';
import leven from 'leven';

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Lower-case, accents removed, curly apostrophes straightened ("Orbán" → "orban"). */
export function foldWord(word: string): string {
  // Fast path (most words): plain ASCII, returned as is when already lower case (no allocation).
  let lower = true;
  let quotes = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 65 && c <= 90) lower = false;
    else if (c === 96 || c === 0x2018 || c === 0x2019) quotes = true;
    else if (c > 127 && !IDENTITY_UNDER_FOLD.has(c)) return foldSlow(word);
  }
  const folded = lower ? word : word.toLowerCase();
  return quotes ? folded.replace(/[’‘`]/g, "'") : folded;
}

/**
 * Typographic punctuation that NFKD, accent removal and lower-casing leave as it is (curly double
 * quotes, dashes): the fast path keeps them, so a quote or dash token never pays for `normalize`.
 */
const IDENTITY_UNDER_FOLD = new Set([0x201c, 0x201d, 0x2013, 0x2014]);

function foldSlow(word: string): string {
  return word.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase().replace(/[’‘`´]/g, "'");
}

// Regular expressions with \p{...} live in module constants: the bundler turns such a literal into
// `new RegExp(...)`, which inside a function would build the expression again on every call.
const NOT_NAME_CHARACTERS = /[^\p{L}\p{N}' -]+/gu;
/** An initial as a given name ("J", "J."). */
const ONE_LETTER = /^\p{L}\.?$/u;

const nameKeyCache = new Map<string, string>();

/** A name as a lookup key: folded words joined by single spaces, dots and possessives dropped. */
export function nameKey(name: string): string {
  // Names repeat across thousands of documents: the regular expressions run once per spelling.
  let key = nameKeyCache.get(name);
  if (key === undefined) {
    key = computeNameKey(name);
    if (nameKeyCache.size > 200_000) nameKeyCache.clear();
    nameKeyCache.set(name, key);
  }
  return key;
}

function computeNameKey(name: string): string {
  return foldWord(name)
    .replace(/(?:'s|')$/g, '')
    .replace(NOT_NAME_CHARACTERS, '')
    .replace(/[\s-]+/g, ' ')
    .trim();
}

/** Splits a token into name and possessive suffix: "Putin’s" → ["Putin", 2], "Jones’" → ["Jones", 1]. */
export function possessiveLength(token: string): number {
  const n = token.length;
  if (n <= 2) return 0;
  const last = token.charCodeAt(n - 1);
  const before = token.charCodeAt(n - 2);
  // 39 = ', 8217 = ’; 115/83 = s/S
  if ((last === 115 || last === 83) && (before === 39 || before === 8217)) return 2;
  if ((last === 39 || last === 8217) && before === 115) return 1;
  return 0;
}

const metaphoneCache = new Map<string, string>();

/** Primary Double Metaphone code of a folded word (cached: names repeat a lot). */
export function phoneticKey(folded: string): string {
  let code = metaphoneCache.get(folded);
  if (code === undefined) {
    code = folded ? doubleMetaphone(folded)[0] : '';
    if (metaphoneCache.size > 200_000) metaphoneCache.clear();
    metaphoneCache.set(folded, code);
  }
  return code;
}

/** Written in capitals throughout ("PARTIES", "US", "U.S."), as headlines, captions and acronyms are. */
export function inCapitals(text: string): boolean {
  return text.toUpperCase() === text && text.toLowerCase() !== text;
}

/** Jaro-Winkler similarity in [0, 1]. */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  const la = a.length;
  const lb = b.length;
  if (la === 0 || lb === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(la, lb) / 2) - 1);
  const matchedA = new Uint8Array(la);
  const matchedB = new Uint8Array(lb);
  let matches = 0;
  for (let i = 0; i < la; i++) {
    const lo = Math.max(0, i - window);
    const hi = Math.min(lb - 1, i + window);
    for (let j = lo; j <= hi; j++) {
      if (!matchedB[j] && a[i] === b[j]) {
        matchedA[i] = 1;
        matchedB[j] = 1;
        matches++;
        break;
      }
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  for (let i = 0, j = 0; i < la; i++) {
    if (!matchedA[i]) continue;
    while (!matchedB[j]) j++;
    if (a[i] !== b[j]) transpositions++;
    j++;
  }
  const jaro = (matches / la + matches / lb + (matches - transpositions / 2) / matches) / 3;
  let prefix = 0;
  while (prefix < 4 && prefix < la && prefix < lb && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

/**
 * Whether two folded words are spellings of one name: same word, or same sound and close spelling
 * (Zelenskyy / Zelenskiy / Zelensky, Yuri / Yury, Sergei / Sergey, Kyiv / Kiev). Short phonetic codes
 * collide a lot, so the spelling must also be close and start alike.
 */
export function sameNameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (a[0] !== b[0] || a.length < 3 || b.length < 3) return false;
  const sim = jaroWinkler(a, b);
  if (sim >= 0.93 && Math.min(a.length, b.length) >= 6) return true;
  if (phoneticKey(a) !== phoneticKey(b)) return false;
  return sim >= 0.8;
}

/** Whether a given-name token is compatible with another: same name, variant spelling, or initial. */
export function compatibleGivenName(a: string, b: string): boolean {
  if (sameNameWord(a, b)) return true;
  const ia = ONE_LETTER.test(a);
  const ib = ONE_LETTER.test(b);
  return (ia || ib) && a[0] === b[0];
}

/**
 * At most a third of the letters changed, or `fewest` letters in a short word: a misspelling keeps
 * most of a name's letters ("Zelenskyi", "Kiev" for "Kyiv"), where a word that only sounds alike is
 * another name ("Brighton" is not "Britain").
 */
export function closeSpelling(a: string, b: string, fewest: number): boolean {
  return leven(a, b) <= Math.max(fewest, Math.floor(Math.max(a.length, b.length) / 3));
}
