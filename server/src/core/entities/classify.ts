// Decides what a group of same-name candidates is (person, organisation, place, other) from the
// words of the name and the cues around its mentions. Rules, no model: lexicons plus context.
import type { EntityType } from '../types';
import type { NameCandidate } from './candidates';
import { isGivenName } from './givenNames';
import { AGENCY_HEADS, COMPASS, DEMONYMS, FAMILY_NAMES_FIRST, FUNCTION_WORDS, isBodyAcronym, KNOWN_ORGS, KNOWN_ORG_PHRASES, LEGAL_SUFFIXES, NAME_PARTICLES, ORG_LAST_WORDS, ORG_WORDS, PLACES, PLACE_WORDS, ROLE_HEADS, TEAM_NAMES } from './lexicon';

const BRAND_CAPS = /^(?!(?:Mc|Mac|De|Di|Da|Du|Le|La|Van|Von|O'|O’|D'|D’|Fitz|St)\p{Lu})\p{Lu}\p{Ll}+\p{Lu}/u;
const ALL_CAPS = /^(?!(?:\p{Lu}\.)+$)[\p{Lu}][\p{Lu}.&]+$/u;
const INITIAL = /^\p{Lu}\.(?:\p{Lu}\.)*$/u;

export interface ClassifyContext {
  /** Words the document writes in lower case ("will", "rival"): such a capitalised word is no first name. */
  lowerCase: Set<string>;
  /** Folded single words seen alone in the document (surname-only mentions). */
  singles: Set<string>;
}

/** Capitalised only by position: a common word, a role ("Officials said") or a word the text writes in lower case. */
function isGenericWord(folded: string, ctx: ClassifyContext): boolean {
  return ctx.lowerCase.has(folded) || ROLE_HEADS.has(folded) || FUNCTION_WORDS.has(folded) || GENERIC_SPEAKERS.has(folded) || ORG_WORDS.has(folded);
}

const GENERIC_SPEAKERS = new Set(
  `police authorities sources reports others many some both residents witnesses people neighbours neighbors voters
  parents fans users studies data polls organizers organisers protesters protestors demonstrators workers employees
  doctors scientists officials analysts critics experts observers supporters opponents insiders investigators`.split(/\s+/),
);

/** Whether the first word is a first name in this document. */
export function isDocGivenName(folded: string, ctx: ClassifyContext): boolean {
  return isGivenName(folded) && !ctx.lowerCase.has(folded);
}

/** A word in name case: a capital, then small letters (apostrophes and hyphens allowed). */
const SURNAME_CASE = /^\p{Lu}[\p{Ll}'’-]{2,}$/u;

/**
 * Words that open a place's name ("Mount Everest", "Cape Breton", "St James", "Saint John"); bodies
 * named so ("Port Authority", "St. Michael's Hospital") have an organisation word.
 */
const PLACE_FEATURES_FIRST = new Set(['mount', 'mt.', 'mt', 'lake', 'fort', 'ft.', 'port', 'cape', 'gulf', 'isle', 'bay', 'strait', 'mont', 'st', 'st.', 'saint']);

/** Type of a multi-word name from its words alone, when they settle it. */
function fixedType(folded: string[], key: string): EntityType | undefined {
  if (PLACES.has(key)) return 'place';
  if (KNOWN_ORG_PHRASES.has(key)) return 'organization';
  const person = isGivenName(folded[0]);
  for (const w of folded) if (ORG_WORDS.has(w) || (KNOWN_ORGS.has(w) && !person)) return 'organization';
  if (TEAM_NAMES.has(folded[folded.length - 1]) && folded.length <= 3) return 'organization';
  // "Thompson Fire", "Hurricane Ian"-style events named after a person or place: no one's name.
  if (EVENT_HEADS.has(folded[folded.length - 1])) return 'other';
  if (PLACE_WORDS.has(folded[folded.length - 1])) return 'place';
  if (ORG_LAST_WORDS.has(folded[folded.length - 1])) return 'organization';
  // "Health Canada", "Public Health Ontario": a public body named by its field and its country.
  if (PLACES.has(folded[folded.length - 1]) && folded.slice(0, -1).every((w) => AGENCY_HEADS.has(w))) return 'organization';
  // "Cermaq Canada", "Bell Canada", "Hockey Canada": a word no list knows, then a country: a firm's
  // or a body's arm there (not "Victoria Australia", a given name; not "Nova Scotia Canada", a place).
  // (Nor a region or an age of it: "Central Canada", "Modern Canada", "Neighbouring Kenya".)
  if (folded.length === 2 && NATIONAL_ARMS.has(folded[1]) && !PLACES.has(folded[0]) && !DEMONYMS.has(folded[0]) && !isGivenName(folded[0]) && !COMPASS.has(folded[0]) && !REGION_MODIFIERS.has(folded[0]) && !/(?:ing|ern|al)$/.test(folded[0])) return 'organization';
  // "Memphis Grizzlies", "San Jose Sharks": a place and a plural are a team.
  if (PLACES.has(folded[0]) && !person && /[^s]s$/.test(folded[folded.length - 1])) return 'organization';
  return undefined;
}

/** Words besides the compass's that make a country's name a part or an age of it ("Modern Canada", "Rural Kenya"). */
const REGION_MODIFIERS = new Set(['modern', 'rural', 'urban', 'old', 'new', 'early', 'colonial', 'english', 'french', 'all', 'across', 'outside', 'inside']);
/** Countries whose name after a firm's names its arm there ("Cermaq Canada", "Amazon UK"). */
const NATIONAL_ARMS = new Set(['canada', 'australia', 'uk', 'usa', 'ireland', 'india', 'nigeria', 'kenya', 'ghana', 'pakistan', 'germany', 'france', 'japan', 'china']);

/** Last words that make a name an event or a thing ("Camp Fire", "Paris Agreement", "Kyoto Protocol"). */
const EVENT_HEADS = new Set(['fire', 'wildfire', 'blaze', 'storm', 'flood', 'floods', 'earthquake', 'quake', 'war', 'crisis', 'scandal', 'agreement', 'accord', 'accords', 'treaty', 'protocol', 'doctrine', 'act', 'bill', 'amendment', 'index', 'prize', 'award', 'trophy', 'marathon']);


function personCues(cands: readonly NameCandidate[]): number {
  let titled = false;
  let honorific = false;
  let byline = false;
  let roles = false;
  let speech = false;
  for (const c of cands) {
    titled ||= c.titled;
    honorific ||= c.honorific !== undefined;
    byline ||= c.byline;
    roles ||= c.roles.length > 0;
    speech ||= c.speech;
  }
  return (titled ? 3 : 0) + (honorific ? 3 : 0) + (byline ? 2 : 0) + (roles ? 3 : 0) + (speech ? 1 : 0);
}

/**
 * `surnameMentions`: the document's one-word mentions of the name's last word ("Mr Alabi", "Kula
 * said"), whose cues count for a name of two or three words too.
 */
export function classifyMultiWord(folded: string[], words: string[], cands: NameCandidate[], ctx: ClassifyContext, surnameMentions: readonly NameCandidate[] = []): EntityType {
  const key = folded.join(' ');
  const fixed = fixedType(folded, key);
  // "Defence lawyer Phil Star said": a given name and one more word, given a role or a title, name
  // a person, though "Star" ends a newspaper's name ("The Charlotte Observer" has no role).
  if (fixed === 'organization' && folded.length === 2 && isDocGivenName(folded[0], ctx) && cands.some((c) => c.roles.length > 0 || c.titled || c.honorific !== undefined)) return 'person';
  if (fixed) return fixed;
  // "UFCW Local 832", "CUPE Local 79": a union's local and its number.
  if (folded.length >= 3 && folded[folded.length - 2] === 'local' && /^\d+$/.test(folded[folded.length - 1])) return 'organization';
  // "Mount Everest", "Lake Louise", "Fort McMurray", "Gulf of Mexico": a feature word first names a
  // place, unless a title or honorific says it is someone ("Ms. Lake Bell").
  if (PLACE_FEATURES_FIRST.has(folded[0]) && folded.length <= 4 && !cands.some((c) => c.titled || c.honorific)) return 'place';
  // (Unless a given name opens it and the person speaks: "Victoria Oman told the Star".)
  if (folded.every((w) => PLACES.has(w) || DEMONYMS.has(w)) && !(isGivenName(folded[0]) && cands.some((c) => c.speech))) return 'place';
  let score = personCues(cands);
  // ("Abiodun Alabi … Mr Alabi", "Rose Kula … Kula said": names no list knows, then the surname alone.)
  // (A surname is written as a name is, "Alabi", not "MPs"; and a title opens no such name.)
  if (folded.length <= 3 && surnameMentions.length > 0 && SURNAME_CASE.test(words[words.length - 1]) && !ROLE_HEADS.has(folded[0].split('-')[0])) score += Math.min(3, personCues(surnameMentions));
  if (isDocGivenName(folded[0], ctx) || INITIAL.test(words[0])) score += 2;
  // "Wang Zhenyao", "Nguyen Van An": a common East Asian family name written first.
  else if (folded.length <= 3 && FAMILY_NAMES_FIRST.has(folded[0])) score += 2;
  if (ctx.singles.has(folded[folded.length - 1])) score += 1;
  if ((PLACES.has(folded[0]) || DEMONYMS.has(folded[0])) && !isGivenName(folded[0])) score -= 2;
  if (folded.length > 4) score -= 3;
  if (words.some((w) => ALL_CAPS.test(w) && !INITIAL.test(w) && w.length > 2)) score -= 2;
  if (folded.some((w) => w === 'of' || w === 'for' || w === 'and' || w === 'the')) score -= 3;
  // "Freedom Mobile", "Secret Garden": a last word the text also uses as a common word is no surname,
  // unless a title or honorific vouches for the person.
  const last = folded[folded.length - 1];
  if (ctx.lowerCase.has(last) && !cands.some((c) => c.titled || c.honorific)) score -= 2;
  // (Not after a first name: "John Tory" is the mayor, not a party's member.)
  if (DEMONYMS.has(last) && !(folded.length === 2 && isDocGivenName(folded[0], ctx))) score -= 3;
  // "Rally Canada", "HuffPost Canada": a place as the last word is no surname.
  if (PLACES.has(last) && !isGivenName(last)) score -= 3;
  // Brands ("SkyTrain", "HuffPost") have capitals inside a word; surnames only after Mc/Mac/De/Le/Van...
  if (words.some((w) => BRAND_CAPS.test(w))) score -= 2;
  // Products and slogans run long ("Lewis Builders Design Build"); names with particles are let be.
  if (folded.length > 3 && !folded.some((w) => NAME_PARTICLES.has(w)) && folded.slice(1).some((w) => ctx.lowerCase.has(w))) score -= 2;
  // "Procter & Gamble", "Johnson & Johnson", "Ernst & Young": firms.
  if (words.some((w) => w === '&')) return 'organization';
  return score >= 2 ? 'person' : cands.some((c) => c.bodyAfter) ? 'organization' : 'other';
}

/**
 * Type of a one-word name not resolved to a person of the document. Returns undefined when the word
 * is probably not a name at all (a capitalised sentence opener with no other evidence).
 */
export function classifySingleWord(folded: string, word: string, cands: NameCandidate[], ctx: ClassifyContext): EntityType | undefined {
  // "Synutra International, Inc.": the legal suffix after a comma names nothing of its own.
  if (LEGAL_SUFFIXES.has(folded)) return undefined;
  if (KNOWN_ORGS.has(folded) || TEAM_NAMES.has(folded)) return 'organization';
  if (PLACES.has(folded)) return 'place';
  if (BRAND_CAPS.test(word)) return 'organization';
  // "Canadians", "Muslims": peoples, not persons.
  const singular = folded.endsWith('s') ? folded.slice(0, -1) : folded;
  if (DEMONYMS.has(folded) || DEMONYMS.has(singular)) return 'other';
  // "MPs", "Senators": role words, not names.
  // "Meteorologists", "Pediatricians", "Canadians": plurals of trades and peoples, never one person's name.
  const pluralAgent = folded.length >= 7 && /(?:ists|ians)$/.test(folded);
  // ("MOM said", after "Ministry of Manpower (MOM)": a word in capitals is an acronym, unless it is
  // a role's own abbreviation, "CEO", "MPP".)
  if (!isBodyAcronym(word) && (ROLE_HEADS.has(folded) || ROLE_HEADS.has(singular) || pluralAgent)) return cands.every((c) => c.sentenceInitial) ? undefined : 'other';
  if (ORG_WORDS.has(folded)) return cands.every((c) => c.sentenceInitial) ? undefined : 'organization';
  if (ALL_CAPS.test(word) && word.length > 1) return 'organization';
  let score = personCues(cands);
  // "Shoppers said", "Paramedics said": a plural opening sentences, with no title, role or byline
  // and never written inside one, is a group of people. (A surname the document introduced with a
  // full name never gets here: it was resolved to that person.)
  if (score <= 1 && /[^su]s$/.test(folded) && cands.every((c) => c.sentenceInitial) && !isGivenName(folded)) return undefined;
  // A word that says things mid-sentence and is no known place or body is most likely a person.
  if (cands.some((c) => c.speech && !c.sentenceInitial)) score += 2;
  else if (cands.some((c) => c.speech)) score += isGenericWord(folded, ctx) ? 1 : 2;
  // A first name alone needs a cue too: many first names are also places, brands and characters.
  if (score >= 2 && isDocGivenName(folded, ctx)) score += 1;
  if (score >= 3) return 'person';
  if (cands.every((c) => c.sentenceInitial)) return undefined;
  // A word the text also writes in lower case, capitalised for emphasis ("a great Success", "Peace
  // through strength" in a quoted post), is no name.
  if (ctx.lowerCase.has(folded)) return undefined;
  // A compound ending in a lower-case word is an adjective or a phrase ("Senate-passed",
  // "Amblin-esque", "BBB-rated"); two names joined are a relation ("U.S.-Russia talks",
  // "Trump-Putin summit"), not a name of their own.
  if (/[-‐–]\p{Ll}+$/u.test(word)) return undefined;
  const parts = folded.split(/[-‐–]/);
  if (parts.length === 2 && parts.every((p) => PLACES.has(p) || PLACES.has(p.replace(/\./g, '')) || ctx.singles.has(p))) return undefined;
  return cands.some((c) => c.bodyAfter) ? 'organization' : 'other';
}
