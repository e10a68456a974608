// Named entities of one document: people, organisations, places, each with every mention.
// Candidates (capitalised runs, titles split off) are grouped by name; people are merged across
// spelling variants; one-word mentions ("Telford", "Putin's", "Hamish") are resolved to the person
// of the document they name, the dominant one when a surname is shared (Donald vs Melania Trump).
import type { DocEntity, EntityType, Mention, ParsedDocument } from '../types';
import { findCandidates, PEOPLE_PLURALS, type NameCandidate } from './candidates';
import { readDocWords, type DocWords } from './docWords';
import { classifyMultiWord, classifySingleWord, isDocGivenName, type ClassifyContext } from './classify';
import { inferGenders } from './gender';
import { compatibleGivenName, foldWord, phoneticKey, sameNameWord } from './normalize';
import { dedupeRoles } from './roles';
import { COMPASS, DEMONYMS, KNOWN_ORGS, LEGAL_SUFFIXES, NAME_PARTICLES, ORG_LAST_WORDS, ORG_WORDS, PLACES, ROLE_HEADS, ROLE_MODIFIERS } from './lexicon';
import { leadingNameGender } from './givenNames';

interface Surface {
  start: number;
  end: number;
  text: string;
  cand: NameCandidate;
}

interface Group {
  type: EntityType;
  /** Folded words of the longest name form (for people: first ... last). */
  folded: string[];
  surfaces: Surface[];
  /** Candidates whose words name the entity in full (not surname-only). */
  full: NameCandidate[];
  roles: string[];
  honorific?: 'male' | 'female';
  merged?: Group;
  /** Named by surname only, beside someone of the other gender named in full with it (addNamesakes). */
  namesake?: true;
  /** The name to show when it is not the longest form: a company's short name, used at least as often. */
  shortName?: string;
}

const MAX_HEADLINE_NAME = 4;

export function extractEntities(doc: ParsedDocument): DocEntity[] {
  try {
    const words = readDocWords(doc);
    const candidates = findCandidates(doc, words);
    return resolve(doc, candidates, words);
  } catch {
    // A rule tripping on an odd document must not cost the document its quotes and numbers.
    return [];
  }
}

function root(g: Group): Group {
  while (g.merged) g = g.merged;
  return g;
}

/** A group named by one candidate so far. (Its lists start with their element: most names are written once.) */
function newGroup(cand: NameCandidate, surface: Surface): Group {
  return { type: 'other', folded: cand.folded, surfaces: [surface], full: [cand], roles: [] };
}

function addMention(g: Group, surface: Surface, cand: NameCandidate): void {
  g.surfaces.push(surface);
  g.full.push(cand);
}

function surfaceOf(doc: ParsedDocument, cand: NameCandidate, from = 0, to = cand.words.length - 1): Surface {
  const start = cand.starts[from];
  const end = cand.ends[to];
  return { start, end, text: doc.text.slice(start, end), cand };
}

function resolve(doc: ParsedDocument, candidates: NameCandidate[], words: DocWords): DocEntity[] {
  // Headline words count as prose only when the lexicons know them ("Reuters" in a photo credit).
  const inProse = (c: NameCandidate) => !c.headline || (c.folded.length === 1 && (KNOWN_ORGS.has(c.folded[0]) || PLACES.has(c.folded[0])));
  const prose = candidates.filter(inProse);
  const singles = new Set<string>();
  for (const c of prose) if (c.folded.length === 1) singles.add(c.folded[0]);
  const ctx: ClassifyContext = { lowerCase: words.lowerCase, singles };

  // 1. Multi-word names, grouped by their folded form, then typed.
  const byKey = new Map<string, Group>();
  for (const c of prose) {
    if (c.folded.length < 2) continue;
    const g = byKey.get(c.key);
    if (g) addMention(g, surfaceOf(doc, c), c);
    else byKey.set(c.key, newGroup(c, surfaceOf(doc, c)));
  }
  const groups: Group[] = [...byKey.values()];
  const oneWord = new Map<string, NameCandidate[]>();
  for (const c of prose) {
    if (c.folded.length !== 1) continue;
    const list = oneWord.get(c.folded[0]);
    if (list) list.push(c);
    else oneWord.set(c.folded[0], [c]);
  }
  for (const g of groups) g.type = g.full.some((c) => isDateline(doc, c)) ? 'place' : classifyMultiWord(g.folded, g.full[0].words, g.full, ctx, oneWord.get(g.folded[g.folded.length - 1]));

  listMatesArePeople(doc, groups);
  employersBeforeRoles(doc, groups);

  // "Dela Rosa" after "Ronald dela Rosa": a particle and a surname alone are that person's name,
  // though no given name shows it is a person's.
  const particleSurnames = new Set<string>();
  for (const g of groups) if (g.type === 'person') for (let k = 1; k < g.folded.length - 1; k++) if (NAME_PARTICLES.has(g.folded[k])) particleSurnames.add(g.folded.slice(k).join(' '));
  if (particleSurnames.size > 0) for (const g of groups) if (g.type === 'other' && particleSurnames.has(g.folded.join(' '))) g.type = 'person';

  // 2. People named with different spellings or a middle name in one document are one person.
  const people = groups.filter((g) => g.type === 'person');
  mergeSamePeople(people);
  const persons = people.filter((g) => !g.merged);

  // 3. Index people by surname and first name for one-word mentions.
  const bySurname = new Map<string, Group[]>();
  const bySurnameSound = new Map<string, Group[]>();
  // Sound-alike surnames must also start with the same letter (sameNameWord), so a word whose first
  // letter starts no surname skips the phonetic lookup.
  const surnameInitials = new Set<string>();
  const byFirst = new Map<string, Group[]>();
  const push = (m: Map<string, Group[]>, k: string, g: Group) => {
    const list = m.get(k);
    if (!list) m.set(k, [g]);
    else if (!list.includes(g)) list.push(g);
  };
  for (const g of people) {
    const r = root(g);
    const last = g.folded[g.folded.length - 1];
    push(bySurname, last, r);
    // "al-Assad" → "Assad" (a double surname's last part is indexed below, only when no one has it).
    const bare = last.replace(/^(?:al|el|ad|as|bin|ibn|de|di|da|van|von|le|la|du)-/, '');
    if (bare !== last) push(bySurname, bare, r);
    push(bySurnameSound, phoneticKey(last), r);
    surnameInitials.add(r.folded[r.folded.length - 1][0]);
    push(byFirst, g.folded[0], r);
  }
  // A double surname's last part alone ("Ponce-Enrile" → "Enrile", "Macapagal-Arroyo" → "Arroyo"),
  // only where no one in the document has it as surname or first name.
  for (const g of people) {
    const last = g.folded[g.folded.length - 1];
    const hyphen = last.lastIndexOf('-');
    if (hyphen <= 0 || g.folded.length < 2) continue;
    const part = last.slice(hyphen + 1);
    const hasItAsSurname = bySurname.get(part)?.some((o) => o.folded[o.folded.length - 1] === part);
    if (part.length < 3 || byFirst.has(part) || hasItAsSurname) continue;
    push(bySurname, part, root(g));
  }

  // 3b. "Mr. Trump" when the only Trump named in full is Melania: someone else, named by surname only.
  const namesakes = addNamesakes(prose, bySurname);

  // 4. One-word mentions: a person's surname or first name, or a name of its own.
  const singleGroups = new Map<string, Group>();
  for (const c of prose) {
    if (c.folded.length !== 1) continue;
    const person = resolvePersonWord(c.folded[0], c, bySurname, surnameInitials.has(c.folded[0][0]) ? bySurnameSound : undefined, byFirst, ctx);
    if (person) {
      person.surfaces.push(surfaceOf(doc, c));
      for (const r of c.roles) person.roles.push(r);
      person.honorific ??= c.honorific;
      continue;
    }
    if (splitCompound(doc, c, bySurname, byFirst, singleGroups)) continue;
    const g = singleGroups.get(c.folded[0]);
    if (g) addMention(g, surfaceOf(doc, c), c);
    else singleGroups.set(c.folded[0], newGroup(c, surfaceOf(doc, c)));
  }
  const kept: Group[] = [...groups.filter((g) => !g.merged), ...namesakes];
  for (const g of singleGroups.values()) {
    const type = g.full.some((c) => isDateline(doc, c)) ? 'place' : classifySingleWord(g.folded[0], g.full[0].words[0], g.full, ctx);
    if (!type) continue;
    g.type = type;
    kept.push(g);
  }

  // 4b. An acronym and the name it abbreviates are one entity ("Export Development Canada ... EDC"),
  // and so are a company's short name and its full one ("Cisco Systems Inc ... Cisco").
  mergeAcronyms(doc, kept);
  mergeShortNames(kept);
  for (let i = kept.length - 1; i >= 0; i--) if (kept[i].merged) kept.splice(i, 1);

  // 5. Headlines: only names already known from the prose (looked up only when there are any).
  const headlineCandidates = prose.length < candidates.length ? candidates.filter((c) => !inProse(c)) : [];
  const known = new Map<string, Group>();
  if (headlineCandidates.length > 0) for (const g of kept) for (const s of g.surfaces) if (s.cand.folded.length > 0) known.set(s.cand.key, root(g));
  // Places and bodies the lexicons know are taken from headlines too ("Zelensky Visits Washington").
  const adopt = (key: string, type: EntityType): Group => {
    const g: Group = { type, folded: [key], surfaces: [], full: [], roles: [] };
    known.set(key, g);
    kept.push(g);
    return g;
  };
  for (const c of headlineCandidates) matchHeadline(doc, c, known, bySurname, byFirst, ctx, adopt);

  return buildEntities(doc, words, kept);
}

/** After a dateline's place: the state or country, the agency, the dash ("O'FALLON, Mo. —", "FLORENCE, Italy (Reuters) -"). */
const DATELINE_TAIL = /^(?:,[ \t]*[\p{L}\p{N}.' ]{2,30}?)?[ \t]*(?:\([^)\n]{1,40}\)[ \t]*)?[—–-]{1,2}[ \t]/u;

/**
 * A place opening a paragraph as a wire dateline: the line starts with it, a dash follows, and it
 * is in capitals or a comma follows it ("DETROIT —", "Florence, Jan 30 (Reuters) -"; not
 * "Sixteen Kenyans — including a policeman —").
 */
function isDateline(doc: ParsedDocument, c: NameCandidate): boolean {
  if (!c.sentenceInitial) return false;
  const before = doc.text.lastIndexOf('\n', c.start - 1);
  if (doc.text.slice(before + 1, c.start).trim() !== '') return false;
  const tail = doc.text.slice(c.end, c.end + 48);
  return (tail.charCodeAt(0) === 44 || c.words.every((w) => w === w.toUpperCase())) && DATELINE_TAIL.test(tail);
}

/**
 * "the suspects Hamidu Ssekide, Muhammed Kalyango, Abdul Katumba and Arafat Ssali": an undecided
 * name of two or three words listed next to a person's name, with only a comma or "and" between,
 * is a person's too (names no given-name list knows are listed with ones it knows).
 */
function listMatesArePeople(doc: ParsedDocument, groups: Group[]): void {
  // (Most documents have no undecided short name next to a person's: the cheap tests first.)
  if (!groups.some((g) => g.type === 'other' && g.folded.length <= 3)) return;
  // ("Villagers Baran Bharath, Yogesh, Chinnalli Harish …", "the suspects Hamidu Ssekide, …": a
  // name right after a plural of people opens a list of people.)
  const listed = new Set<Group>();
  for (const g of groups) {
    if ((g.type === 'other' || g.type === 'person') && g.folded.length <= 3 && g.surfaces.some((sf) => PEOPLE_BEFORE.test(doc.text.slice(Math.max(0, sf.start - 24), sf.start)))) {
      g.type = 'person';
      listed.add(g);
    }
  }
  if (!groups.some((g) => g.type === 'person')) return;
  const surfaces = groups.filter((g) => g.type === 'person' || (g.type === 'other' && g.folded.length <= 3)).flatMap((g) => g.surfaces.map((sf) => ({ sf, g }))).sort((a, b) => a.sf.start - b.sf.start);
  // The glue between surfaces a and b (a first) when `person` is a person's name: 'and', 'comma', or undefined.
  const glue = (a: number, b: number, person: number): 'and' | 'comma' | undefined => {
    if (a < 0 || b >= surfaces.length || surfaces[person].g.type !== 'person') return undefined;
    const between = doc.text.slice(surfaces[a].sf.end, surfaces[b].sf.start);
    return between === ', ' ? 'comma' : LIST_AND.test(between) ? 'and' : undefined;
  };
  // (Each pass reaches one more item of a long list; until nothing changes.)
  for (let changed = true, pass = 0; changed && pass < 16; pass++) {
    changed = false;
    for (let i = 0; i < surfaces.length; i++) {
      const { g } = surfaces[i];
      if (g.type !== 'other' || g.folded.length > 3) continue;
      // (A comma alone may start an apposition, "Elliot Dean, East Midlands regional organiser":
      // a person on both sides, or an "and", makes the list; or a list a plural of people opened.)
      const before = glue(i - 1, i, i - 1);
      const after = glue(i, i + 1, i + 1);
      // (Past single names between: "Baran Bharath, Yogesh, Chinnalli Harish".)
      const opened = i > 0 && listed.has(surfaces[i - 1].g) && LIST_COMMAS.test(doc.text.slice(surfaces[i - 1].sf.end, surfaces[i].sf.start));
      if (before === 'and' || after === 'and' || (before && after) || opened) {
        g.type = 'person';
        if (opened) listed.add(g);
        changed = true;
      }
    }
  }
}
const LIST_AND = /^,? (?:and|&) $/;
/** Commas, with single capitalised names between them: ", ", ", Yogesh, ". */
const LIST_COMMAS = /^(?:, \p{Lu}[\p{L}'’-]*)*, $/u;
/** A plural of people right before a name (its comma or colon too): "Villagers ", "the defendants, ". */
const PEOPLE_BEFORE = new RegExp(`\\b(?:${[...PEOPLE_PLURALS].join('|')})[,:]? $`, 'i');

/**
 * "former Projet Montréal city councillor … Luc Ferrandez", "Projet Montréal leader Richard
 * Bergeron": an undecided name of several words written, every time, right before a role in lower
 * case is where the role is held, an organisation (it had been taken for a woman's name, "she").
 */
function employersBeforeRoles(doc: ParsedDocument, groups: Group[]): void {
  for (const g of groups) {
    // (Not a region's name: "East Midlands regional organiser", "East York councillor".)
    if (g.type !== 'other' || g.folded.length < 2 || COMPASS.has(g.folded[0])) continue;
    const rolesAfter = g.surfaces.every((sf) => {
      // (Up to two modifiers of a role before it: "city councillor", "former deputy leader"; not
      // a verb's object, "told the senators".)
      const words = WORDS_AFTER.exec(doc.text.slice(sf.end, sf.end + 48))?.[1].split(' ') ?? [];
      const role = words.findIndex((w) => ROLE_HEADS.has(w));
      return role >= 0 && words.slice(0, role).every((w) => ROLE_MODIFIERS.has(w));
    });
    if (rolesAfter) g.type = 'organization';
  }
}
/** The (up to three) words in lower case right after a name. */
const WORDS_AFTER = /^ ([a-z][a-z-]*(?: [a-z][a-z-]*){0,2})/;

// Regular expressions with \p{...} live in module constants: the bundler turns such a literal into
// `new RegExp(...)`, which inside a function would build the expression again on every call.
/** "(EDC)" right after a name: the text spells out the acronym. */
const SPELLED_ACRONYM = /^\s?\((\p{Lu}{2,6})\)/u;
const ACRONYM = /^\p{Lu}{2,6}$/u;
const STARTS_UPPER = /^\p{Lu}/u;

/** Words an acronym skips ("Heart and Stroke Foundation" → HSF). */
const ACRONYM_SKIPS = new Set(['of', 'and', 'the', 'for', 'on', 'in', 'de', 'du', 'des', 'la', 'le', 'et', '&']);

/**
 * Joins a one-word acronym ("EDC", "RCMP") to the one multi-word body or place of the document
 * whose initials it spells ("Royal Canadian Mounted Police") or that the text spells it out after
 * ("Export Development Canada (EDC)"), so that
 * "EDC said" and a hover on "EDC" give the full name. Never joins people, and never guesses
 * between two candidates.
 */
function mergeAcronyms(doc: ParsedDocument, groups: Group[]): void {
  // Most documents have no acronym to join: the names' initials are gathered only when one is there.
  const acronyms = groups.filter((g) => g.folded.length === 1 && g.type !== 'person' && !g.merged && ACRONYM.test(g.full[0]?.words[0] ?? ''));
  if (acronyms.length === 0) return;
  const byInitials = new Map<string, Group[]>();
  const add = (key: string, g: Group) => {
    const list = byInitials.get(key) ?? [];
    if (!list.includes(g)) list.push(g);
    byInitials.set(key, list);
  };
  for (const g of groups) {
    // ("K-Electric (KE)": the parts of a hyphenated name count as words.)
    const words = g.folded.length === 1 && g.folded[0].includes('-') ? g.folded[0].split('-').filter((w) => w !== '') : g.folded;
    if (words.length < 2 || g.type === 'person' || g.merged) continue;
    const initials = words.filter((w) => !ACRONYM_SKIPS.has(w)).map((w) => w[0]).join('');
    if (initials.length >= 2) add(initials, g);
    // "Export Development Canada (EDC)": the text spells the acronym out itself.
    for (const sf of g.surfaces) {
      // (The expression needs a parenthesis right after the name or one space on.)
      if (doc.text.charCodeAt(sf.end) !== 40 && doc.text.charCodeAt(sf.end + 1) !== 40) continue;
      const m = SPELLED_ACRONYM.exec(doc.text.slice(sf.end, sf.end + 10));
      if (m) add(m[1].toLowerCase(), g);
    }
  }
  for (const g of acronyms) {
    const targets = byInitials.get(g.folded[0]);
    if (!targets || targets.length !== 1) continue;
    const target = targets[0];
    g.merged = target;
    target.surfaces.push(...g.surfaces);
    if (target.type === 'other') target.type = g.type;
  }
}

/** Words that end a company's full name and are left out of its short one ("Cisco Systems Inc" → "Cisco"). */
const COMPANY_ENDINGS = new Set([
  ...LEGAL_SUFFIXES, 'corporation', 'co', 'company', 'sa', 'nv',
  'group', 'holdings', 'international', 'systems', 'technologies', 'industries', 'laboratories', 'labs',
  'pharmaceuticals', 'enterprises', 'brands', 'motors', 'airlines', 'athletica', ...ORG_LAST_WORDS,
]);

/**
 * Joins a one-word name to the one company of the document whose full name opens with it and ends
 * in a corporate word ("Synutra International, Inc." ... "Synutra", "Cisco Systems Inc" ...
 * "Cisco"). Never a person or a place named so, and never a guess between two companies.
 */
function mergeShortNames(groups: Group[]): void {
  const companies = new Map<string, Group[]>();
  for (const g of groups) {
    if (g.merged || g.type !== 'organization' || g.folded.length < 2 || !COMPANY_ENDINGS.has(g.folded[g.folded.length - 1])) continue;
    const list = companies.get(g.folded[0]);
    if (list) list.push(g);
    else companies.set(g.folded[0], [g]);
  }
  mergeShortPhrases(groups);
  if (companies.size === 0) return;
  for (const g of groups) {
    // (Not a nationality: "Canadian" is no short name of "Canadian Pacific Railway".)
    if (g.merged || g.folded.length !== 1 || g.type === 'place' || DEMONYMS.has(g.folded[0]) || g.full.some((c) => c.titled || c.honorific)) continue;
    const targets = companies.get(g.folded[0]);
    if (!targets || targets.length !== 1) continue;
    const target = targets[0];
    g.merged = target;
    // The text calls the company by its short name once it has given the full one ("TransCanada
    // Corp." once, then "TransCanada"): the short name is shown unless the full one is used more.
    if (g.surfaces.length >= target.surfaces.length) target.shortName = g.full[0]?.words[0] ?? g.surfaces[0].text;
    target.surfaces.push(...g.surfaces);
  }
}

/**
 * A body's name without its organisation word and what follows ("Heart and Stroke" for "Heart and
 * Stroke Foundation of Canada") is that body, when one body alone begins so.
 */
function mergeShortPhrases(groups: Group[]): void {
  // Organisations by first word: a document may name thousands of things (a directory).
  const byFirstWord = new Map<string, Group[]>();
  for (const o of groups) {
    if (o.merged || o.type !== 'organization' || o.folded.length < 3) continue;
    const list = byFirstWord.get(o.folded[0]);
    if (list) list.push(o);
    else byFirstWord.set(o.folded[0], [o]);
  }
  if (byFirstWord.size === 0) return;
  for (const g of groups) {
    if (g.merged || g.folded.length < 2 || g.type === 'person' || g.type === 'place') continue;
    // (Several such bodies may be one named at two lengths, "Heart and Stroke Foundation (of
    // Canada)": the shortest is taken when it begins all the others.)
    const targets = (byFirstWord.get(g.folded[0]) ?? []).filter((o) => o !== g && !o.merged && o.folded.length > g.folded.length && ORG_WORDS.has(o.folded[g.folded.length]) && g.folded.every((w, k) => o.folded[k] === w));
    if (targets.length === 0) continue;
    const target = targets.reduce((a, b) => (b.folded.length < a.folded.length ? b : a));
    if (!targets.every((o) => target.folded.every((w, k) => o.folded[k] === w))) continue;
    g.merged = target;
    target.surfaces.push(...g.surfaces);
  }
}

/** Joins people of one document whose names are spellings of one another or differ by a middle name. */
function mergeSamePeople(people: Group[]): void {
  // Longest names first, so "Jason LeBlanc" joins "Jason Marcel LeBlanc" and not the reverse.
  const order = [...people].sort((a, b) => b.folded.length - a.folded.length || b.full.length - a.full.length);
  const bySound = new Map<string, Group[]>();
  const kept: Group[] = [];
  for (const g of order) {
    const last = g.folded[g.folded.length - 1];
    const code = phoneticKey(last) || last;
    const bucket = bySound.get(code) ?? [];
    const target =
      bucket.find((o) => {
        const ol = o.folded[o.folded.length - 1];
        if (sameNameWord(ol, last) && compatibleGivenName(o.folded[0], g.folded[0]) && g.folded.slice(1, -1).every((w) => o.folded.includes(w))) return true;
        // "Paz Akin" in "Lorena Paz Akin": a compound surname written alone.
        return g.folded.length < o.folded.length && g.folded.every((w, k) => w === o.folded[o.folded.length - g.folded.length + k]);
      }) ?? longerNameOpeningWith(kept, g);
    if (target) {
      g.merged = target;
      target.surfaces.push(...g.surfaces);
      target.full.push(...g.full);
      target.roles.push(...g.roles);
    } else {
      bucket.push(g);
      bySound.set(code, bucket);
      kept.push(g);
    }
  }
}

/**
 * The one longer name that opens with all of `g`'s words ("Syed Saddiq" in "Syed Saddiq Syed Abdul
 * Rahman", a given name of two words the text then uses alone); none when several do.
 */
function longerNameOpeningWith(people: readonly Group[], g: Group): Group | undefined {
  let found: Group | undefined;
  for (const o of people) {
    if (o.folded.length <= g.folded.length || !g.folded.every((w, k) => w === o.folded[k])) continue;
    if (found) return undefined;
    found = o;
  }
  return found;
}

/** The person of the document a one-word mention names, if any. */
function resolvePersonWord(
  word: string,
  cand: NameCandidate,
  bySurname: Map<string, Group[]>,
  bySurnameSound: Map<string, Group[]> | undefined,
  byFirst: Map<string, Group[]>,
  ctx: ClassifyContext,
): Group | undefined {
  let options = bySurname.get(word);
  if (!options) {
    const sound = bySurnameSound?.get(phoneticKey(word));
    const close = sound?.filter((g) => sameNameWord(g.folded[g.folded.length - 1], word));
    if (close && close.length > 0) options = close;
  }
  if (!options) {
    // First name alone ("Hamish"), or the family name first ("Xi", "Kim"): only when it names one person.
    const byGiven = byFirst.get(word);
    if (byGiven && byGiven.length === 1 && (isDocGivenName(word, ctx) || !bySurname.has(word)) && !otherFamily(cand, byGiven[0])) options = byGiven;
    // Family name first ("Kim Jong-un", "Kim Yong-chol"): the second words are no first names.
    else if (byGiven && byGiven.length > 1 && byGiven.every((g) => g.folded.length > 1 && !isDocGivenName(g.folded[1], ctx))) options = byGiven;
  }
  if (!options || options.length === 0) return undefined;
  if (options.length === 1) return options[0];
  return dominant(options, cand);
}

/** A person's gender from an honorific ("Mrs. Trump") or, failing that, the first name ("Melania"). */
function genderOf(g: Group): 'male' | 'female' | undefined {
  return g.honorific ?? g.full.find((c) => c.honorific)?.honorific ?? (g.folded.length > 1 ? leadingNameGender(g.folded[0]) : undefined);
}

/**
 * Surname-only people whose honorific no one named in full with that surname fits: "Mr. Trump" in
 * an article that names only Melania Trump in full is not her. Each is added to the surname index,
 * so the surname's other mentions choose between them (by honorific, then pronoun, then count).
 */
function addNamesakes(prose: NameCandidate[], bySurname: Map<string, Group[]>): Group[] {
  const added: Group[] = [];
  for (const c of prose) {
    const honorific = c.honorific;
    if (c.folded.length !== 1 || honorific === undefined) continue;
    const options = bySurname.get(c.folded[0]);
    if (!options || options.some((g) => genderOf(g) === honorific || genderOf(g) === undefined)) continue;
    const namesake: Group = { type: 'person', folded: c.folded, surfaces: [], full: [c], roles: [], honorific, namesake: true };
    options.push(namesake);
    added.push(namesake);
  }
  return added;
}

/** "Spindler's father, Joseph,": a first name given as someone else's relative is not Joseph Boinnet. */
function otherFamily(cand: NameCandidate, person: Group): boolean {
  const surname = person.folded[person.folded.length - 1];
  for (const r of cand.roles) {
    const owner = /^(\S+?)['’]s? /.exec(r);
    if (owner && foldWord(owner[1]) !== surname) return true;
  }
  return false;
}

/**
 * Among people sharing a surname: the one the honorific fits; else the one named in full nearest
 * before, when that was in the same paragraph and a following pronoun does not contradict it
 * ("Caleb Jones ... Jones said"); else a namesake known by surname only, else the most mentioned
 * (a bare "Trump" is Donald, not Melania).
 */
function dominant(options: Group[], cand: NameCandidate): Group {
  let pool = options;
  if (cand.honorific) {
    const fits = options.filter((g) => g.honorific === cand.honorific || g.full.some((c) => c.honorific === cand.honorific) || leadingNameGender(g.folded[0]) === cand.honorific);
    if (fits.length > 0) pool = fits;
  } else if (cand.pronounAfter && options.some((g) => g.namesake)) {
    // A namesake known by surname only ("Mr. Trump" beside Melania Trump): "President Trump ... his
    // administration" is the one the pronoun fits.
    const fits = options.filter((g) => genderOf(g) === cand.pronounAfter);
    if (fits.length > 0) pool = fits;
  }
  let best = pool[0];
  let bestCount = -1;
  let nearest: Group | undefined;
  let nearestFull: NameCandidate | undefined;
  for (const g of pool) {
    if (g.surfaces.length > bestCount) {
      best = g;
      bestCount = g.surfaces.length;
    }
    for (const c of g.full) {
      if (c.start < cand.start && (!nearestFull || c.start > nearestFull.start)) {
        nearest = g;
        nearestFull = c;
      }
    }
  }
  // A bare surname beside a namesake is the one the text calls by surname ("Mr. Trump" ...
  // "Trump tells governors"), not the one it names in full ("first lady Melania Trump"): how many
  // mentions each has so far depends only on where the surname stands.
  const namesake = pool.find((g) => g.namesake);
  if (namesake && !cand.honorific) best = namesake;
  if (nearest && nearest !== best && nearestFull && nearestFull.blockIndex === cand.blockIndex) {
    const gender = nearest.honorific ?? leadingNameGender(nearest.folded[0]);
    if (!cand.pronounAfter || gender === cand.pronounAfter) return nearest;
  }
  return best;
}

/** "Trump-Putin call": a hyphenated word made of two known names gives a mention of each. */
function splitCompound(
  doc: ParsedDocument,
  cand: NameCandidate,
  bySurname: Map<string, Group[]>,
  byFirst: Map<string, Group[]>,
  singleGroups: Map<string, Group>,
): boolean {
  const word = cand.words[0];
  if (!word.includes('-')) return false;
  const parts = word.split('-');
  if (parts.length < 2 || parts.some((p) => !STARTS_UPPER.test(p))) return false;
  const targets: Group[] = [];
  for (const p of parts) {
    const f = foldWord(p);
    const g = bySurname.get(f)?.[0] ?? byFirst.get(f)?.[0] ?? singleGroups.get(f);
    if (!g) return false;
    targets.push(g);
  }
  let offset = cand.start;
  parts.forEach((p, i) => {
    targets[i].surfaces.push({ start: offset, end: offset + p.length, text: doc.text.slice(offset, offset + p.length), cand });
    offset += p.length + 1;
  });
  return true;
}

function matchHeadline(
  doc: ParsedDocument,
  cand: NameCandidate,
  known: Map<string, Group>,
  bySurname: Map<string, Group[]>,
  byFirst: Map<string, Group[]>,
  ctx: ClassifyContext,
  adopt: (key: string, type: EntityType) => Group,
): void {
  const n = cand.folded.length;
  let i = 0;
  while (i < n) {
    let matched = 0;
    for (let len = Math.min(MAX_HEADLINE_NAME, n - i); len >= 1 && !matched; len--) {
      const key = cand.folded.slice(i, i + len).join(' ');
      let g = known.get(key);
      if (!g && len === 1) g = resolvePersonWord(key, cand, bySurname, undefined, byFirst, ctx);
      if (!g && len === 1 && (PLACES.has(key) || KNOWN_ORGS.has(key))) g = adopt(key, PLACES.has(key) ? 'place' : 'organization');
      if (g) {
        root(g).surfaces.push(surfaceOf(doc, cand, i, i + len - 1));
        matched = len;
      }
    }
    i += matched || 1;
  }
}

/** Final form: the name most often written in full, every mention, roles deduplicated, gender. */
function buildEntities(doc: ParsedDocument, words: DocWords, groups: Group[]): DocEntity[] {
  const entities: DocEntity[] = [];
  const people: Array<{ e: DocEntity; g: Group }> = [];
  for (const g of groups) {
    if (g.surfaces.length === 0) continue;
    const key = `e${entities.length + 1}`;
    sortByStart(g.surfaces);
    const mentions: Mention[] = [];
    const variants: string[] = [];
    let previous = -1;
    for (const s of g.surfaces) {
      if (s.start === previous) continue;
      previous = s.start;
      mentions.push({ start: s.start, end: s.end, text: s.text, key });
      if (!variants.includes(s.text)) variants.push(s.text);
    }
    // Appositives after places and bodies describe them, they are no roles.
    const roles = g.type === 'person' ? dedupeRoles(g.roles.concat(...g.full.map((c) => c.roles))) : [];
    const entity: DocEntity = { key, name: bestName(doc, g), type: g.type, variants, roles, mentions };
    entities.push(entity);
    if (g.type === 'person') people.push({ e: entity, g });
  }
  if (people.length === 0) return entities;
  // Gender of people.
  const mentions: Array<{ start: number; person: number; possessive: boolean }> = [];
  people.forEach((p, i) => {
    for (const s of p.g.surfaces) mentions.push({ start: s.start, person: i, possessive: s.cand.possessive && s.end === s.cand.end });
  });
  sortByStart(mentions);
  const genders = inferGenders(words, {
    mentions,
    honorific: people.map((p) => p.g.honorific ?? p.g.full.find((c) => c.honorific)?.honorific),
    givenName: people.map((p) => (p.g.folded.length > 1 ? p.g.folded[0] : p.g.folded[0])),
  });
  people.forEach((p, i) => {
    const gender = genders[i];
    if (gender) p.e.gender = gender;
  });
  return entities;
}

/**
 * Sorts by start offset (stably, as Array#sort does). Mentions are mostly gathered in text order
 * already, so the check comes first and the sort only runs when something is out of place.
 */
function sortByStart<T extends { start: number }>(items: T[]): void {
  for (let i = 1; i < items.length; i++) {
    if (items[i].start < items[i - 1].start) {
      items.sort((a, b) => a.start - b.start);
      return;
    }
  }
}

function bestName(doc: ParsedDocument, g: Group): string {
  // (Only a name with no more than a legal form after it: "TransCanada Corp." is TransCanada, but
  // "Suncor Energy" keeps the word the short name drops.)
  if (g.shortName && g.full.every((c) => c.words.slice(1).every((w) => LEGAL_SUFFIXES.has(w.toLowerCase())))) return g.shortName;
  const counts = new Map<string, number>();
  let longest = 0;
  for (const c of g.full) longest = Math.max(longest, c.words.length);
  for (const c of g.full) {
    if (c.words.length < longest) continue;
    const text = c.words.join(' ');
    counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  let best = '';
  let bestCount = 0;
  for (const [text, n] of counts) {
    if (n > bestCount) {
      best = text;
      bestCount = n;
    }
  }
  // ("TC Energy Corp." is TC Energy, as the news names it after; "Guess Inc." keeps its form, one
  // word alone being a common word.)
  const words = best.split(' ');
  if (g.type === 'organization' && words.length >= 3 && LEGAL_SUFFIXES.has(words[words.length - 1].toLowerCase())) return words.slice(0, -1).join(' ');
  return best || g.surfaces[0].text;
}
