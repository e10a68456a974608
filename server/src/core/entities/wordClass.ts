// The lexicons a folded word belongs to, as bits of one number: the name rules ask several lexicons
// about the same word ("a title? a nationality? a place?"), and one lookup answers them all.
import { CALENDAR_WORDS, DEMONYMS, FUNCTION_WORDS, HONORIFICS, KNOWN_ORGS, ORG_WORDS, PERSON_TITLES, PLACES, PLACE_WORDS, ROLE_HEADS, ROLE_MODIFIERS } from './lexicon';

export const ROLE_HEAD = 1 << 0;
export const PERSON_TITLE = 1 << 1;
export const HONORIFIC = 1 << 2;
export const DEMONYM = 1 << 3;
export const PLACE = 1 << 4;
export const ORG_WORD = 1 << 5;
export const KNOWN_ORG = 1 << 6;
export const PLACE_WORD = 1 << 7;
export const FUNCTION_WORD = 1 << 8;
export const CALENDAR_WORD = 1 << 9;
export const ROLE_MODIFIER = 1 << 10;

/** A word that names a title or role before a name (`isTitleWord`). */
export const TITLE_WORD = ROLE_HEAD | PERSON_TITLE | HONORIFIC;

const classes = new Map<string, number>();
const lexicons: Array<[ReadonlySet<string>, number]> = [
  [ROLE_HEADS, ROLE_HEAD],
  [PERSON_TITLES, PERSON_TITLE],
  [HONORIFICS, HONORIFIC],
  [DEMONYMS, DEMONYM],
  [PLACES, PLACE],
  [ORG_WORDS, ORG_WORD],
  [KNOWN_ORGS, KNOWN_ORG],
  [PLACE_WORDS, PLACE_WORD],
  [FUNCTION_WORDS, FUNCTION_WORD],
  [CALENDAR_WORDS, CALENDAR_WORD],
  [ROLE_MODIFIERS, ROLE_MODIFIER],
];
for (const [words, bit] of lexicons) for (const w of words) classes.set(w, (classes.get(w) ?? 0) | bit);

/** The lexicon bits of a folded word (0 for a word no lexicon lists). */
export function wordClass(folded: string): number {
  return classes.get(folded) ?? 0;
}

/**
 * The lexicon bits of a folded word, and for a word of title words joined by hyphens ("major-
 * general", "lt-col") those of its parts (abbreviated parts are listed with their dot).
 */
export function titleClass(folded: string): number {
  const c = wordClass(folded);
  if ((c & TITLE_WORD) !== 0 || folded.indexOf('-') <= 0) return c;
  let parts = 0;
  const split = folded.split('-');
  for (let k = 0; k < split.length; k++) {
    // ("co-president", "vice-chair": a prefix before the title that ends the word.)
    if (k < split.length - 1 && TITLE_PREFIXES.has(split[k])) continue;
    const p = wordClass(split[k]) || wordClass(`${split[k]}.`);
    if ((p & TITLE_WORD) === 0) return c;
    parts |= p;
  }
  return c | parts;
}

/** Prefixes a hyphen joins to a title ("co-president", "vice-chair", "ex-premier"). */
const TITLE_PREFIXES = new Set(['co', 'vice', 'ex']);
