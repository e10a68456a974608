// Given-name lexicon: whether a word is a first name and which gender it usually has.
// Backed by gender-detection-from-name (≈62k one-word first names, six languages, gender by vote:
// givenNameData.ts, generated from it by scripts/given-names.mjs). That list also holds ordinary
// words ("The", "Will", "Royal", "China"), so words that are common English or places are refused
// here; the caller also refuses words the document uses in lower case.
import { givenNamesByGender } from './givenNameData';
import { CALENDAR_WORDS, DEMONYMS, FUNCTION_WORDS, KNOWN_ORGS, ORG_WORDS, PERSON_TITLES, PLACE_WORDS, ROLE_HEADS, ROLE_MODIFIERS } from './lexicon';

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
 * The names and their genders in one map, built on first use (once per thread). The few hundred
 * ordinary words are deleted from it afterwards, rather than each of ~62k names being checked
 * against the lexicons, so that asking about a word is one lookup (names are asked about many
 * times per document).
 */
let givenNames: Map<string, 'male' | 'female' | 'unknown'> | undefined;

function buildGivenNames(): Map<string, 'male' | 'female' | 'unknown'> {
  const names = new Map<string, 'male' | 'female' | 'unknown'>();
  for (const gender of ['male', 'female', 'unknown'] as const) for (const name of givenNamesByGender[gender].split(' ')) names.set(name, gender);
  for (const words of ORDINARY_WORDS) for (const w of words) names.delete(w);
  return names;
}

function lookUp(folded: string): 'male' | 'female' | 'unknown' | undefined {
  return (givenNames ??= buildGivenNames()).get(folded);
}

export function givenNameGender(folded: string): 'male' | 'female' | undefined {
  const g = lookUp(folded);
  return g === 'unknown' ? undefined : g;
}

export function isGivenName(folded: string): boolean {
  return lookUp(folded) !== undefined;
}
