// Every token of a document read once for the entity rules: its folded form, whether it can be part
// of a name, the words the document also writes in lower case, and the he/she pronouns the gender
// step counts. Candidates, titles and genders then look these up instead of re-reading the tokens.
import type { ParsedDocument, Sentence, Token } from '../types';
import { pronounGender } from './gender';
import { foldWord } from './normalize';

const HAS_DIGIT = /\d/;
const STARTS_UPPER = /^\p{Lu}/u;
const PARTICLE_PREFIXED = /^(?:al|el|ad|as|ash|bin|ibn|de|di|da|van|von|le|la|du|d|l|o)['’-]\p{Lu}/u;
/** "San Francisco-based", "Chinese-language", "Al-Qaeda-linked": adjectives, not names. */
const ADJECTIVE_COMPOUND = /-(?:based|language|linked|born|led|backed|owned|run|made|style|era|speaking|funded|affiliated|aligned|friendly|area|focused|bound|like|type|related|american|canadian)$/i;
/** Party tags after a politician's name ("R-S.C.", "D-Conn."). */
const PARTY_TAG = /^[RDI]-[A-Z][A-Za-z.]*$/;

/** A word that can be part of a name: capitalised (no digits, no party tag, no "-based" adjective), or a particle name ("al-Assad"). */
export function isCapWord(t: Token): boolean {
  if (t.kind !== 'word') return false;
  const c = t.text.charCodeAt(0);
  // Fast path: a word in lower case is a name only with a particle prefix ("al-Assad").
  if (c >= 97 && c <= 122) {
    // Only a hyphen within the first four characters or an apostrophe within the first three can
    // follow a particle ("al-", "d'", "o’"): look at those characters, not the whole word.
    if (!hasParticleMark(t.text)) return false;
    return PARTICLE_PREFIXED.test(t.text) && !HAS_DIGIT.test(t.text);
  }
  // One look at the characters instead of three regular expressions on every capitalised word:
  // digits rule a word out, and the party tag and "-based" patterns both need a hyphen.
  let hyphen = false;
  for (let i = 0; i < t.text.length; i++) {
    const d = t.text.charCodeAt(i);
    if (d >= 48 && d <= 57) return false;
    if (d === 45) hyphen = true;
  }
  if (hyphen && (PARTY_TAG.test(t.text) || ADJECTIVE_COMPOUND.test(t.text))) return false;
  return (c >= 65 && c <= 90) || STARTS_UPPER.test(t.text);
}

/** A hyphen at index 1-3 or an apostrophe (straight or curly) at index 1-2 of a lower-case word. */
function hasParticleMark(text: string): boolean {
  const n = Math.min(text.length, 4);
  for (let i = 1; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 45 || (i < 3 && (c === 39 || c === 0x2019))) return true;
  }
  return false;
}

/** One sentence's tokens with what the name rules ask of every token, computed once. */
export interface SentenceWords {
  sentence: Sentence;
  /** Folded form of each token (`foldWord`). */
  folded: string[];
  /** 1 where the token is a word that can be part of a name (`isCapWord`); one spare 0 at the end. */
  cap: Uint8Array;
  /** Index of the sentence's first word token, -1 when it has none. */
  firstWord: number;
  /** Indices of its he/she pronouns ("He", "his", "herself"), undefined when it has none. */
  pronouns: number[] | undefined;
}

/** A document's sentences read once for the candidate finder, block by block. */
export interface DocWords {
  blocks: SentenceWords[][];
  /** Folded words the document uses in lower case that it also capitalises somewhere ("will", "rival"). */
  lowerCase: Set<string>;
}

/**
 * Reads every token of the document once: its folded form, whether it can be part of a name, its
 * he/she pronouns, and the words the document uses in lower case that it also capitalises somewhere — a capitalised form
 * of one at a sentence start is an ordinary word ("Rival", "Emboldened"). Only capitalised words
 * are asked about, so only those go into a set; the far more numerous lower-case words are checked
 * against it afterwards (`writtenBothWays`) instead of being collected.
 */
export function readDocWords(doc: ParsedDocument): DocWords {
  const capitalised = new Set<string>();
  const blocks: SentenceWords[][] = [];
  for (const block of doc.blocks) {
    const sentences: SentenceWords[] = new Array(block.sentences.length);
    for (let i = 0; i < block.sentences.length; i++) {
      const sentence = block.sentences[i];
      const tokens = sentence.tokens;
      const folded: string[] = new Array(tokens.length);
      const cap = new Uint8Array(tokens.length + 1);
      let firstWord = -1;
      let pronouns: number[] | undefined;
      for (let k = 0; k < tokens.length; k++) {
        const t = tokens[k];
        const f = foldWord(t.text);
        folded[k] = f;
        if (t.kind !== 'word') continue;
        if (firstWord < 0) firstWord = k;
        cap[k] = isCapWord(t) ? 1 : 0;
        const c = t.text.charCodeAt(0);
        if ((c >= 65 && c <= 90) || c > 127) capitalised.add(f);
        if (pronounGender(t.text)) {
          if (pronouns) pronouns.push(k);
          else pronouns = [k];
        }
      }
      sentences[i] = { sentence, folded, cap, firstWord, pronouns };
    }
    blocks.push(sentences);
  }
  return { blocks, lowerCase: writtenBothWays(blocks, capitalised) };
}

/**
 * The capitalised (folded) words the document also writes as they are, starting with a lower-case
 * letter. Such a word can equal a capitalised one only if one of those starts with its letter and has
 * its length: a table of those spares the set lookup for most lower-case words.
 */
function writtenBothWays(blocks: SentenceWords[][], capitalised: Set<string>): Set<string> {
  // Bit min(length, 31) of lengths[letter]: some capitalised word starts with that letter and has that length.
  const lengths = new Uint32Array(26);
  for (const w of capitalised) {
    const letter = w.charCodeAt(0) - 97;
    if (letter >= 0 && letter < 26) lengths[letter] |= 1 << Math.min(w.length, 31);
  }
  const both = new Set<string>();
  for (const sentences of blocks) {
    for (const { sentence } of sentences) {
      for (const t of sentence.tokens) {
        const letter = t.text.charCodeAt(0) - 97;
        if (letter < 0 || letter >= 26 || t.kind !== 'word') continue;
        if ((lengths[letter] & (1 << Math.min(t.text.length, 31))) !== 0 && capitalised.has(t.text)) both.add(t.text);
      }
    }
  }
  return both;
}

/** A document's capitalised word pairs, as "first second": inside sentences, and opening two sentences or more. */
interface NamePairs {
  inside: Set<string>;
  openingTwice: Set<string>;
}

/** Per document, read once the first time a candidate asks. */
const namePairs = new WeakMap<DocWords, NamePairs>();

function pairsOf(words: DocWords): NamePairs {
  let pairs = namePairs.get(words);
  if (pairs) return pairs;
  pairs = { inside: new Set(), openingTwice: new Set() };
  const opening = new Set<string>();
  for (const block of words.blocks) {
    for (const { folded, cap, firstWord } of block) {
      for (let k = Math.max(firstWord, 0) + 1; k + 1 < folded.length; k++) if (cap[k] && cap[k + 1]) pairs.inside.add(`${folded[k]} ${folded[k + 1]}`);
      if (firstWord < 0 || !cap[firstWord] || !cap[firstWord + 1]) continue;
      const pair = `${folded[firstWord]} ${folded[firstWord + 1]}`;
      if (opening.has(pair)) pairs.openingTwice.add(pair);
      else opening.add(pair);
    }
  }
  namePairs.set(words, pairs);
  return pairs;
}

/**
 * Whether the document writes these two (folded) words capitalised one after the other somewhere
 * other than at a sentence start: there they are a name, not an ordinary word opening a sentence.
 */
export function namedInsideSentence(words: DocWords, first: string, second: string): boolean {
  return pairsOf(words).inside.has(`${first} ${second}`);
}

/**
 * Whether the document opens two sentences or more with these two (folded) capitalised words: an
 * ordinary word opening a sentence does not keep coming back before the same name ("Weight
 * Watchers said …", "Weight Watchers reported …", where the text also writes "weight management").
 */
export function opensSentencesTwice(words: DocWords, first: string, second: string): boolean {
  return pairsOf(words).openingTwice.has(`${first} ${second}`);
}
