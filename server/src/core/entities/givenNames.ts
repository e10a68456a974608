// Given-name lexicon: whether a word is a first name and which gender it usually has.
// Backed by gender-detection-from-name (≈62k one-word first names, six languages, gender by vote:
// givenNameData.ts, generated from it by scripts/given-names.mjs). That list also holds ordinary
// words ("The", "Will", "Royal", "China"), so words that are common English or places are refused
// here; the caller also refuses words the document uses in lower case.
import { givenNamesByGender } from './givenNameData';
import { CALENDAR_WORDS, DEMONYMS, FAMILY_NAMES_FIRST, FUNCTION_WORDS, KNOWN_ORGS, ORG_WORDS, PERSON_TITLES, PLACE_WORDS, ROLE_HEADS, ROLE_MODIFIERS } from './lexicon';
import { fnv1a } from '../typedArrays';

/** Common capitalised English words in the name list that are rarely first names in news. */
const NOT_GIVEN_NAMES = new Set(
  `royal major prime grace hope chase hunter mason king page rose star sterling summer liberty justice christian
  will bill may june april august star sun moon sky river rain storm golden silver gold diamond crystal ruby
  amber jade pearl coral ivory holly ivy iris lily daisy violet poppy heather hazel olive berry cherry honey
  sugar candy angel baby honey lane rock stone forest field ford bay lake park
  brook brooks banks hill hills wood woods marsh heath price cash rich hardy hale earnest sincere faith
  joy merry happy bliss harmony melody unity trinity destiny serenity spirit haven genesis eden heaven
  nation america china india paris georgia virginia carolina florida dakota montana dallas houston austin
  phoenix sydney madison israel regina florence alberta tesla uber mercedes apple
  alexa siri santa saint fort port cardinal bishop judge deacon dean pastor prince princess queen duke earl
  baron marshal sheriff general colonel captain major sergeant admiral doctor nurse chef minister mayor
  said new old young white black brown green gray grey red blue long short little big small north south east
  west central early late good best great free strong noble ace canada russia ukraine france germany italy spain
  china japan korea egypt kenya africa asia europe israel syria iran iraq london moscow berlin rome vienna
  beijing washington ottawa toronto montreal vancouver calgary edmonton winnipeg quebec ontario alberta
  manitoba texas alaska hawaii arizona nevada oregon kansas utah ohio maine vermont brooklyn manhattan
  cleveland sacramento portland memphis orlando columbus denver detroit boston chicago miami atlanta seattle
  cambridge oxford surrey burnaby richmond kingston hamilton windsor halifax`.split(/\s+/),
);

/** Words never taken for first names: common capitalised English words and the lexicons' words. */
const ORDINARY_WORDS: ReadonlyArray<ReadonlySet<string>> = [
  NOT_GIVEN_NAMES,
  FUNCTION_WORDS,
  CALENDAR_WORDS,
  PERSON_TITLES,
  ROLE_HEADS,
  ROLE_MODIFIERS,
  DEMONYMS,
  ORG_WORDS,
  KNOWN_ORGS,
  PLACE_WORDS,
];

/**
 * The names and their genders, found by hash in the generated strings themselves: an open-addressing
 * table of where each name starts, so a thread holds ~1 MB for the ~62k names rather than ~5 MB of
 * Map entries and name strings (each analysing thread builds one). Built on first use; the few
 * hundred ordinary words are then marked as not names, rather than each name being checked against
 * the lexicons, so that asking about a word stays one probe.
 */
const listNames = ['male', 'female', 'unknown', 'maleOneList', 'femaleOneList'] as const;
type Gender = 'male' | 'female' | 'unknown';
/** Each list's gender; the lists from `oneListFrom` on hold names only one source list has. */
const listGenders: readonly Gender[] = ['male', 'female', 'unknown', 'male', 'female'];
const oneListFrom = 3;
/** Where a name starts: its list in the bits above 20, its offset in that list's string below. */
const offsetBits = 20;

class GivenNameTable {
  private readonly lists = listNames.map((g) => givenNamesByGender[g]);
  private readonly starts: Int32Array;
  /** Per slot: the name's index + 1, or 0 (empty). */
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly refused: Uint8Array;

  constructor(ordinary: ReadonlyArray<ReadonlySet<string>>) {
    const starts: number[] = [];
    this.lists.forEach((list, l) => {
      if (list.length >= 1 << offsetBits) throw new Error('given-name list too long for its offsets');
      for (let at = 0; at < list.length; ) {
        const end = list.indexOf(' ', at);
        starts.push((l << offsetBits) | at);
        at = end < 0 ? list.length : end + 1;
      }
    });
    this.starts = Int32Array.from(starts);
    let size = 1;
    while (size < starts.length * 2) size <<= 1;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    this.refused = new Uint8Array(starts.length);
    for (let i = 0; i < starts.length; i++) {
      const list = this.listOf(i);
      const at = this.startOf(i);
      let slot = hashRange(list, at, this.endOf(list, at)) & this.mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot] = i + 1;
    }
    for (const words of ordinary) for (const w of words) {
      const i = this.find(w);
      if (i >= 0) this.refused[i] = 1;
    }
  }

  private listOf(i: number): string {
    return this.lists[this.starts[i] >>> offsetBits];
  }

  private startOf(i: number): number {
    return this.starts[i] & ((1 << offsetBits) - 1);
  }

  private endOf(list: string, at: number): number {
    const end = list.indexOf(' ', at);
    return end < 0 ? list.length : end;
  }

  /** The name's index, or -1. */
  private find(word: string): number {
    // Names are one word: a space would let a word match two names in a row.
    if (word.includes(' ')) return -1;
    for (let slot = hashRange(word, 0, word.length) & this.mask; ; slot = (slot + 1) & this.mask) {
      const entry = this.slots[slot];
      if (entry === 0) return -1;
      const list = this.listOf(entry - 1);
      const at = this.startOf(entry - 1);
      // The name is the word when the name ends right after the word's length and has its letters.
      const after = at + word.length;
      if (after !== list.length && list.charCodeAt(after) !== 32) continue;
      let k = word.length - 1;
      while (k >= 0 && list.charCodeAt(at + k) === word.charCodeAt(k)) k--;
      if (k < 0) return entry - 1;
    }
  }

  gender(word: string): Gender | undefined {
    const i = this.find(word);
    return i < 0 || this.refused[i] ? undefined : listGenders[this.starts[i] >>> offsetBits];
  }

  /** Whether the word is a name only one of the source lists has (its gender a weaker guess). */
  oneListOnly(word: string): boolean {
    const i = this.find(word);
    return i >= 0 && !this.refused[i] && this.starts[i] >>> offsetBits >= oneListFrom;
  }
}

/** FNV-1a over a stretch of a string, unsigned. */
function hashRange(s: string, start: number, end: number): number {
  return fnv1a(s, start, end) >>> 0;
}

let givenNames: GivenNameTable | undefined;

function table(): GivenNameTable {
  return (givenNames ??= new GivenNameTable(ORDINARY_WORDS));
}

function lookUp(folded: string): Gender | undefined {
  return table().gender(folded);
}

/**
 * Whether a name's gender rests on one name list alone ("Campbell", female in the English list
 * only): a he/she of the text's may overrule it, as it may not a name most lists agree on.
 */
export function genderFromOneList(folded: string): boolean {
  return table().oneListOnly(folded);
}

export function givenNameGender(folded: string): 'male' | 'female' | undefined {
  const g = lookUp(folded);
  return g === 'unknown' ? undefined : g;
}

/**
 * The gender the first word of a person's full name suggests. None for a common East Asian family
 * name, which opens such names: "Lu Kang", "Xi Jinping", "Kim Jong-un" are no women named Lu, Xi or
 * Kim (the text's pronouns decide).
 */
export function leadingNameGender(folded: string): 'male' | 'female' | undefined {
  return FAMILY_NAMES_FIRST.has(folded) ? undefined : (givenNameGender(folded) ?? WORD_NAME_GENDERS.get(folded));
}

/**
 * Words refused as first names (NOT_GIVEN_NAMES) that still say a gender when they open a person's
 * name: "Amber Schinkel", "Grace Lee", "Will Smith" ("he" after a question Amber Schinkel put had
 * gone to her).
 */
const WORD_NAME_GENDERS = new Map<string, 'male' | 'female'>([
  ...`amber grace hope holly ivy iris lily daisy violet poppy heather hazel olive jade pearl ruby summer june april faith joy rose
  crystal melody harmony destiny serenity trinity madison regina florence georgia virginia carolina`.split(/\s+/).map((w): [string, 'female'] => [w, 'female']),
  ...`will bill chase hunter mason dean earl austin`.split(/\s+/).map((w): [string, 'male'] => [w, 'male']),
]);

export function isGivenName(folded: string): boolean {
  return lookUp(folded) !== undefined;
}
