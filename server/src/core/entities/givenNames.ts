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

function isOrdinaryWord(folded: string): boolean {
  return (
    NOT_GIVEN_NAMES.has(folded) ||
    FUNCTION_WORDS.has(folded) ||
    CALENDAR_WORDS.has(folded) ||
    PERSON_TITLES.has(folded) ||
    ROLE_HEADS.has(folded) ||
    ROLE_MODIFIERS.has(folded) ||
    DEMONYMS.has(folded) ||
    ORG_WORDS.has(folded) ||
    KNOWN_ORGS.has(folded) ||
    PLACE_WORDS.has(folded)
  );
}

/**
 * The names and their genders in one map, built on first use. Ordinary words are left out when the
 * map is built, so that asking about a word is one lookup (names are asked about many times per
 * document).
 */
let givenNames: Map<string, 'male' | 'female' | 'unknown'> | undefined;

function lookUp(folded: string): 'male' | 'female' | 'unknown' | undefined {
  if (!givenNames) {
    givenNames = new Map();
    for (const gender of ['male', 'female', 'unknown'] as const) {
      for (const name of givenNamesByGender[gender].split(' ')) if (!isOrdinaryWord(name)) givenNames.set(name, gender);
    }
  }
  return givenNames.get(folded);
}

export function givenNameGender(folded: string): 'male' | 'female' | undefined {
  const g = lookUp(folded);
  return g === 'unknown' ? undefined : g;
}

export function isGivenName(folded: string): boolean {
  return lookUp(folded) !== undefined;
}
