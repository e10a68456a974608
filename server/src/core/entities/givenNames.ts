// Given-name lexicon: whether a word is a first name and which gender it usually has.
// Backed by gender-detection-from-name (≈80k first names, six languages). That list also holds
// ordinary words ("The", "Will", "Royal", "China"), so words that are common English or places
// are refused here; the caller also refuses words the document uses in lower case.
import en from 'gender-detection-from-name/names/en';
import it from 'gender-detection-from-name/names/it';
import es from 'gender-detection-from-name/names/es';
import fr from 'gender-detection-from-name/names/fr';
import de from 'gender-detection-from-name/names/de';
import tr from 'gender-detection-from-name/names/tr';
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
 * The six languages' lists folded into one map (built on first use) by vote: a gender needs at
 * least three times the lists of the other, else 'unknown' ("Yuri", "Alex", "Lee"). One list's slip (the
 * French list has "Richard" and "Benjamin" as female) no longer makes a common name unknown.
 * Ordinary words and one-letter entries are left out when the map is built, so that asking about a
 * word is one lookup (names are asked about many times per document). Each name keeps its votes as
 * one number, male votes in the low four bits and female ones above (six lists at most): building the
 * map is then one update per list entry, and the few ordinary words are deleted afterwards instead
 * of every name being checked against the lexicons.
 */
let votesByName: Map<string, number> | undefined;
const FEMALE_VOTE = 16;

function buildVotes(): Map<string, number> {
  const votes = new Map<string, number>();
  for (const list of [en, it, es, fr, de, tr]) {
    for (const [name, g] of list) if (name.length >= 2) votes.set(name, (votes.get(name) ?? 0) + (g === 'male' ? 1 : FEMALE_VOTE));
  }
  for (const words of ORDINARY_WORDS) for (const w of words) votes.delete(w);
  return votes;
}

function lookUp(folded: string): 'male' | 'female' | 'unknown' | undefined {
  const votes = (votesByName ??= buildVotes()).get(folded);
  if (votes === undefined) return undefined;
  const m = votes % FEMALE_VOTE;
  const f = (votes - m) / FEMALE_VOTE;
  return m >= 3 * f ? 'male' : f >= 3 * m ? 'female' : 'unknown';
}

export function givenNameGender(folded: string): 'male' | 'female' | undefined {
  const g = lookUp(folded);
  return g === 'unknown' ? undefined : g;
}

export function isGivenName(folded: string): boolean {
  return lookUp(folded) !== undefined;
}
