// Finds name candidates in a document: runs of capitalised words, with leading titles split off
// ("Hungarian Prime Minister Viktor Orbán" → role "Hungarian Prime Minister", name "Viktor Orbán")
// and the cues later steps need to type and resolve them (title, speech verb, appositive role...).
import type { ParsedDocument, Sentence, Token } from '../types';
import {
  CALENDAR_ABBREVIATIONS,
  CALENDAR_WORDS,
  COMPASS,
  DEMONYMS,
  FUNCTION_WORDS,
  HONORIFICS,
  isBodyAcronym,
  KNOWN_ORGS,
  POST_NOMINALS,
  KNOWN_ORG_PHRASES,
  LEGAL_SUFFIXES,
  NAME_PARTICLES,
  ORG_WORDS,
  PORTFOLIO_TITLES,
  PLACES,
  ROLE_HEADS,
  SPEECH_VERBS,
} from './lexicon';
import { isCapWord, namedInsideSentence, opensSentencesTwice, type DocWords, type SentenceWords } from './docWords';
import { pronounGender } from './gender';
import { speechVerbStem } from '../quotes/lexicon';
import { DEMONYM, KNOWN_ORG, ORG_WORD, PLACE, PLACE_WORD, ROLE_MODIFIER, TITLE_WORD, titleClass, wordClass } from './wordClass';
import { foldWord, possessiveLength } from './normalize';
import { readRoles } from './roles';
import { isGivenName } from './givenNames';

/** Plurals of people that open a sentence before the names they introduce ("Villagers Baran Bharath, …"). */
export const PEOPLE_PLURALS = new Set(['villagers', 'defendants', 'suspects', 'victims', 'residents', 'survivors', 'witnesses', 'siblings', 'councillors', 'councilors', 'pupils', 'students', 'teammates']);

export interface NameCandidate {
  /** Span of the name itself: titles and possessive suffix excluded. */
  start: number;
  end: number;
  /** Surface words of the name. */
  words: string[];
  /** Folded words (lower case, no accents). */
  folded: string[];
  /** `folded` joined by single spaces: the key names are grouped and matched by. */
  key: string;
  /** Word offsets, parallel to `words`. */
  starts: number[];
  ends: number[];
  sentenceIndex: number;
  /** Index of the block (paragraph) the name is in. */
  blockIndex: number;
  /** Gender of the first he/she/his/her after the name in its sentence ("Trump said he ..."). */
  pronounAfter?: 'male' | 'female';
  possessive: boolean;
  /** A person title or role head stood right before the name ("Sen.", "aide"). */
  titled: boolean;
  honorific?: 'male' | 'female';
  /** After "by" ("Photo by Kevin Lamarque", "By Jane Doe"). */
  byline: boolean;
  /** Next to a verb of saying ("Telford said", "said Telford"). */
  speech: boolean;
  /** A body's noun follows ("the United Steelworkers union", "the Acme company"). */
  bodyAfter: boolean;
  /** Starts at the first word of its sentence (so its capital may be the sentence's). */
  sentenceInitial: boolean;
  /** In a title-case line (headline): only names known from the prose are accepted there. */
  headline: boolean;
  roles: string[];
}

/** Words in the demonym list that are no nationality before a name ("White Bear First Nation"). */
const NOT_NATIONALITIES = new Set(['white', 'black', 'north', 'south', 'latin', 'federal', 'provincial', 'u.s.', 'us', 'uk', 'u.k.', 'un', 'u.n.', 'eu', 'nato', 'kremlin']);
const STARTS_UPPER = /^\p{Lu}/u;
const ALL_CAPS = /^(?!(?:\p{Lu}\.)+$)[\p{Lu}][\p{Lu}.&]+$/u;
/** Words a news page writes in capitals as labels ("READ MORE:", "WATCH:"), never names. */
const PAGE_LABELS = new Set(['read', 'more', 'watch', 'listen', 'related', 'video', 'photo', 'photos', 'update', 'updated', 'breaking', 'see', 'also', 'below', 'above']);
/** Punctuation after which a capital is the sentence's own, not the name's. */
const OPENERS = new Set(['"', '“', "'", '‘', ':', '—', '–', '(', '[']);
const CONTRACTION = /['’](?:d|ll|re|ve|m|t)$/i;
const INITIAL = /^(?:\p{Lu}\.){1,3}$/u;
const CREDIT_WORDS = new Set(['photo', 'photos', 'photograph', 'photography', 'story', 'text', 'reporting', 'written', 'illustration', 'video', 'images', 'image', 'graphic', 'graphics', 'words', 'column']);
const KIN_OR_AIDE = new Set(['father', 'mother', 'son', 'daughter', 'wife', 'husband', 'brother', 'sister', 'widow', 'parents', 'family', 'spokesperson', 'spokesman', 'spokeswoman', 'lawyer', 'lawyers', 'attorney', 'aide', 'aides', 'adviser', 'advisers', 'girlfriend', 'boyfriend', 'partner', 'fiancee', 'fiance', 'grandfather', 'grandmother', 'uncle', 'aunt', 'cousin', 'nephew', 'niece', 'children', 'kids', 'campaign', 'office', 'administration', 'government', 'cabinet', 'predecessor', 'successor', 'deputy', 'ex-wife', 'ex-husband']);
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'jan', 'feb', 'aug', 'sept', 'oct', 'nov', 'dec']);
const ROMAN = /^(?:II|III|IV|VI|VII|VIII)$/;
/** Speech-verb forms that open an inverted tag, never a name: "Added", "Calling", "Says". */
const SPEECH_FORM = /^(?:[a-z]+(?:ed|ing)|says|adds|told|wrote|writes)$/;

// The three patterns above are asked about most capitalised words, and most miss on a character
// that is cheap to look at: a lower-case second letter ("Trump") rules out an initial and capitals,
// and a contraction needs its apostrophe two or three characters from the end.
function isLowerAscii(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** `ALL_CAPS.test(text)` ("NATO", "AT&T"; not "U.S." or "Trump"). */
/** Tokens [i, k] open the sentence in capitals and a comma or dash follows them, as a wire dateline's place does ("PORT HARDY, B.C. —"). */
function datelineCaps(tokens: Token[], i: number, k: number): boolean {
  if (i !== 0 || k - i > 3) return false;
  for (let j = i; j <= k; j++) if (tokens[j].kind !== 'word' || !isAllCaps(tokens[j].text)) return false;
  const after = tokens[k + 1]?.text;
  return after === ',' || after === '—' || after === '–' || after === '-';
}

/**
 * Token k is an acronym in capitals opening a company's name of a word or two that ends in its
 * legal form or is followed by its officer's title: "TC Energy Corp.", "BCE Inc.", "TC Energy CEO".
 */
function acronymOpensCompany(tokens: Token[], folded: string[], cap: Uint8Array, k: number): boolean {
  if (!isAllCaps(tokens[k].text) || isAllCaps(tokens[k + 1]?.text ?? '')) return false;
  // ("UFCW Local 832", "CUPE Local 79": a union's local and its number.)
  if (unionLocalAt(tokens, folded, k + 1)) return true;
  for (let j = k + 1; j <= k + 3 && j < tokens.length && cap[j]; j++) {
    if (LEGAL_SUFFIXES.has(folded[j]) || LEGAL_SUFFIXES.has(tokens[j].text.toLowerCase())) return true;
    if (j > k + 1 && OFFICER_TITLES.has(tokens[j].text)) return true;
  }
  return false;
}
/** Tokens k and k + 1 are "Local" and its number, as a union names its branches ("Local 832"). */
function unionLocalAt(tokens: Token[], folded: string[], k: number): boolean {
  return folded[k] === 'local' && /^\d{1,5}$/.test(tokens[k + 1]?.text ?? '') && tokens[k].end + 1 === tokens[k + 1].start;
}
/** A company's officers' titles, in capitals. */
const OFFICER_TITLES = new Set(['CEO', 'CFO', 'COO', 'CTO']);

/** Two or three initials written together without stops: "KK", "DY". */
const INITIALS = /^[A-Z]{2,3}$/;

function isAllCaps(text: string): boolean {
  return text.length >= 2 && !isLowerAscii(text.charCodeAt(1)) && ALL_CAPS.test(text);
}

/** Letters in capitals only, no dots ("HUNT", "O'BRIEN"), as a name written in capitals has. */
const CAPITALS_WORD = /^\p{Lu}[\p{Lu}'’-]+$/u;

/** Tokens k and k + 1 are a given name and the next word of a name, both written in capitals ("JEREMY HUNT"). */
function capitalisedName(tokens: Token[], folded: string[], k: number): boolean {
  // (Four letters or more: "RIM CEO", "ANA" are acronyms as often as names.)
  return tokens[k].text.length >= 4 && CAPITALS_WORD.test(tokens[k].text) && CAPITALS_WORD.test(tokens[k + 1].text) && isGivenName(folded[k]) && (wordClass(folded[k + 1]) & (PLACE | ORG_WORD | PLACE_WORD | TITLE_WORD)) === 0;
}

/** "JEREMY HUNT" → "Jeremy Hunt": a person's name written in capitals, as prose writes it. */
function nameCase(word: string): string {
  return word.replace(/\p{Lu}+/gu, (run, at: number) => (at === 0 || /['’-]/.test(word[at - 1]) ? run[0] + run.slice(1).toLowerCase() : run.toLowerCase()));
}

/** `INITIAL.test(text)` ("J.", "P.J."). */
function isInitial(text: string): boolean {
  return text.length >= 2 && !isLowerAscii(text.charCodeAt(1)) && INITIAL.test(text);
}

/** `CONTRACTION.test(text)` ("I'd", "We'll"). */
function isContraction(text: string): boolean {
  const n = text.length;
  return n >= 2 && (isApostrophe(text.charCodeAt(n - 2)) || (n >= 3 && isApostrophe(text.charCodeAt(n - 3)))) && CONTRACTION.test(text);
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

export function isTitleWord(folded: string): boolean {
  return (titleClass(folded) & TITLE_WORD) !== 0;
}

/** Words that may sit inside a title ("Secretary of State", "U.S. Senate Majority Leader"). */
export function isTitleModifier(folded: string): boolean {
  return (wordClass(folded) & (ROLE_MODIFIER | DEMONYM | ORG_WORD | KNOWN_ORG | PLACE)) !== 0 || folded === 'of' || folded === 'and';
}

function honorificGender(folded: string): 'male' | 'female' | undefined {
  if (folded === 'mr.' || folded === 'mr' || folded === 'sir' || folded === 'lord') return 'male';
  if (HONORIFICS.has(folded)) return 'female';
  return undefined;
}

/** A sentence in title case ("Trump Tries To Turn Campaign Promises Into Reality"). */
const CLOSING_MARKS = new Set(['”', '"', '’', "'", '»']);

function isHeadline(sentence: Sentence): boolean {
  // Headlines carry no full stop; a prose sentence full of names does (checked first: most sentences end so).
  const tokens = sentence.tokens;
  let n = tokens.length - 1;
  // (A stop inside closing quotation marks ends prose too: 'Added Mary Harder, “We did it.”'.)
  while (n > 0 && CLOSING_MARKS.has(tokens[n].text)) n--;
  const end = tokens[n].text;
  if (end === '.' || end === '?' || end === '!' || end.endsWith('.')) return false;
  let long = 0;
  let capital = 0;
  for (const t of sentence.tokens) {
    if (t.kind !== 'word' || t.text.length < 4) continue;
    long++;
    const c = t.text.charCodeAt(0);
    if ((c >= 65 && c <= 90) || (c > 127 && STARTS_UPPER.test(t.text))) capital++;
  }
  return long >= 3 && capital / long >= 0.75;
}

/** A folded word without a possessive "'s" (folded words have straight apostrophes only). */
function withoutPossessiveS(w: string): string {
  return w.endsWith("'s") || w.endsWith('’s') ? w.slice(0, -2) : w;
}

/** A folded word without possessive or final dot ("thursday's" → "thursday", "aug." → "aug"). */
function stripEnd(w: string): string {
  if (w.endsWith("'s")) return w.slice(0, -2);
  if (w.endsWith("'") || w.endsWith('.')) return w.slice(0, -1);
  return w;
}

/** Words that make a run of capitals look like a body or title ("Bank", "Minister", "Valley"). */
const ORG_LIKE = ORG_WORD | TITLE_WORD | PLACE_WORD;
/** A title word among folded words [from, to]. */
function hasTitleWord(folded: string[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (wordClass(folded[k]) & TITLE_WORD) return true;
  return false;
}
/** Place words naming an area a body governs ("Harare Metropolitan Province"), after which a person's name may follow. */
const ADMINISTRATIVE_AREAS = new Set(['county', 'province', 'state', 'city', 'town', 'village', 'region', 'district', 'territory', 'municipality']);

interface Run {
  first: number;
  last: number;
}

/** The leading words of the places named in several words ("new york", "prince edward"). */
const PLACE_PREFIXES = new Set<string>();
for (const place of PLACES) {
  const words = place.split(' ');
  for (let n = 2; n <= words.length; n++) PLACE_PREFIXES.add(words.slice(0, n).join(' '));
}

/** Plurals that name a body with a possessive ("Children's Hospital", "People's Republic"). */
const POSSESSIVE_GROUPS = new Set(['children', 'people', 'women', 'men', 'veterans', 'workers', 'farmers', 'teachers', 'nurses']);

/**
 * A possessive inside a body's name: a role or group, then an organisation word ("Union County
 * Sheriff's Office", "District Attorney's Office", "Children's Hospital"), not "Trump's Office".
 */
function possessiveInsideName(folded: string[], cap: Uint8Array, k: number): boolean {
  if (!cap[k + 1] || (wordClass(folded[k + 1]) & ORG_WORD) === 0) return false;
  const owner = withoutPossessiveS(folded[k]).replace(/['’]$/, '');
  return ROLE_HEADS.has(owner) || POSSESSIVE_GROUPS.has(owner);
}

const NATION = /^nations?$/;

/** Title words that are also first names ("Dean Skelos", "Earl Jones"). */
/** Small words that join the words of a run and open no name. */
const JOINER_WORDS = new Set(['of', 'and', 'for', 'the']);

/** What a law or a pact is called by, last in its name ("Youth Criminal Justice Act"). */
const LAW_WORDS = new Set(['act', 'bill', 'code', 'charter', 'amendment', 'law', 'treaty', 'accord', 'protocol', 'regulations']);

const TITLE_FIRST_NAMES = new Set(['dean', 'earl', 'duke', 'major']);

/** Words before a place that date the role after it ("Former New York state Senate leader"). */
const TIME_MODIFIERS = new Set(['former', 'ex', 'late', 'then', 'onetime', 'longtime', 'outgoing', 'incoming']);

/** Last words of a department named after a title and "of" ("Corporate Communications", "Public Affairs"). */
const DEPARTMENT_HEADS = new Set(['communications', 'affairs', 'relations', 'health', 'information', 'finance', 'development', 'security', 'education', 'justice', 'defence', 'defense', 'transport', 'transportation', 'environment', 'energy', 'trade', 'works', 'housing', 'labour', 'labor', 'agriculture', 'fisheries', 'tourism', 'culture', 'sport', 'sports', 'operations', 'resources', 'planning', 'policy', 'marketing', 'sales', 'engineering', 'technology', 'research', 'safety', 'services', 'orientation', 'immigration', 'infrastructure', 'communities']);

/** A word in -ing that is no given name or place ("quoting", not "sterling" or "reading"). */
/** Nouns that, right after a name no cue types, make it a body's ("the United Steelworkers union"). */
const BODY_NOUNS_AFTER = new Set(['union', 'company', 'firm', 'group', 'association', 'federation', 'council', 'coalition', 'league', 'club', 'network', 'agency', 'foundation', 'organization', 'organisation', 'society', 'charity', 'corporation']);

function isParticiple(folded: string): boolean {
  return folded.length >= 6 && folded.endsWith('ing') && !isGivenName(folded) && !PLACES.has(folded);
}

function isPastParticiple(folded: string): boolean {
  return folded.length >= 6 && folded.endsWith('ed') && folded !== 'united' && !isGivenName(folded) && !PLACES.has(folded);
}

/** Capitalised runs of a sentence, with connectors ("Bank of Canada", "Center for ... and ...") kept inside. */
function findRuns(tokens: Token[], folded: string[], cap: Uint8Array, sentenceStart: ArrayLike<number>, andPairs: Set<string>): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    // (Letters after the name before it are not a name of their own: "Tom Jones KC".)
    if (!cap[i] || (runs.length > 0 && runs[runs.length - 1].last === i - 1 && POST_NOMINALS.has(tokens[i].text) && cap[i + 1] !== 1 && personLike(tokens, folded, runs[runs.length - 1].first, i - 1))) {
      i++;
      continue;
    }
    let last = i;
    let orgLike = (wordClass(folded[i]) & ORG_LIKE) !== 0;
    while (last + 1 < tokens.length && (possessiveLength(tokens[last].text) === 0 || possessiveInsideName(folded, cap, last))) {
      // A sentence break ends a name, except one the parser made after an initial ("Harry J.").
      if (sentenceStart[last + 1] && !(last > i && isInitial(tokens[last].text) && !DEMONYMS.has(folded[last]) && !PLACES.has(folded[last]))) break;
      const next = tokens[last + 1];
      const nextFolded = folded[last + 1];
      // "posted on X. Secretary of State ...": an initial alone before a title ends a sentence.
      if (last === i && isInitial(tokens[last].text) && isTitleWord(nextFolded)) break;
      if (cap[last + 1]) {
        // "Tom Jones KC said", "Jane Smith MSP": the letters after a name end it.
        if (POST_NOMINALS.has(next.text) && cap[last + 2] !== 1 && personLike(tokens, folded, i, last)) break;
        // All-caps words (AP, NATO, WASHINGTON) stand alone unless they belong to a title ("U.S.", "CEO").
        const caps = (isAllCaps(next.text) && !ROMAN.test(next.text)) || isAllCaps(tokens[last].text);
        const nextClass = wordClass(nextFolded);
        // ... or spell a known place together, as a dateline does ("NEW YORK –", "LOS ANGELES (AP)").
        // ... or a name a house style writes in capitals, from a given name on ("JEREMY HUNT admitted").
        // ... or initials written without stops after a title, then the surname ("Attorney General
        // KK Venugopal", "Justice DY Chandrachud").
        const initialsAfterTitle = last > i && INITIALS.test(tokens[last].text) && (wordClass(folded[last - 1]) & TITLE_WORD) !== 0 && !isAllCaps(next.text) && (nextClass & (ORG_LIKE | PLACE_WORD | TITLE_WORD | DEMONYM)) === 0;
        // ... or a dateline's place in capitals opening the sentence ("PORT HARDY, B.C. —").
        // ... or open a company's name that ends in its legal form ("TC Energy Corp.", "BCE Inc.").
        if (caps && !initialsAfterTitle && !acronymOpensCompany(tokens, folded, cap, last) && !datelineCaps(tokens, i, last + 1) && !(nextClass & (DEMONYM | TITLE_WORD)) && !(wordClass(folded[last]) & (DEMONYM | TITLE_WORD)) && !PLACE_PREFIXES.has(folded.slice(i, last + 2).join(' ')) && !capitalisedName(tokens, folded, last)) break;
        // "the Australian Medical Association Stephen Parnis": a body's name ends at its organisation
        // word when a given name and a surname follow.
        // ("Harare Metropolitan Province Oliver Chidawu": an area's too, unless a title is in the
        // run, whose department runs to the given name: "Minister of State for Harare … Province",
        // "US Secretary of State Marco Rubio".)
        const areaEnds = ADMINISTRATIVE_AREAS.has(folded[last]) && !hasTitleWord(folded, i, last);
        if (last > i && (ORG_WORDS.has(folded[last]) || areaEnds) && isGivenName(nextFolded) && cap[last + 2] && !sentenceStart[last + 2]) break;
        last++;
        orgLike ||= (nextClass & ORG_LIKE) !== 0;
        continue;
      }
      // ("UFCW Local 832": a union local's number ends its name.)
      if (unionLocalAt(tokens, folded, last)) {
        last++;
        break;
      }
      const after = tokens[last + 2];
      if (next.kind === 'word' && after && cap[last + 2] && tokens[last].end + 1 >= next.start - 0 && next.start - tokens[last].end <= 1) {
        const c = nextFolded;
        // "Secretary of State", "Bank of Canada", "Center for ..." but not "Richard Shelby of Alabama".
        const prev = folded[last];
        const opensTail = (wordClass(prev) & (ORG_LIKE | ROLE_MODIFIER)) !== 0;
        const joins =
          // "Rio Grande do Sul", "Mato Grosso do Sul": "do" only inside a run of two names or more
          // ("Trump do Something" is a verb).
          (NAME_PARTICLES.has(c) && (c !== 'do' || last > i)) ||
          (c === 'of' && orgLike && opensTail) ||
          // ("Minister of State for Harare", "Secretary of State for Health": the portfolio after it.)
          (c === 'for' && (ORG_WORDS.has(prev) || ORG_WORDS.has(folded[i]) || PORTFOLIO_TITLES.has(prev) || (prev === 'state' && last - 2 >= i && folded[last - 1] === 'of' && PORTFOLIO_TITLES.has(folded[last - 2])))) ||
          // "National Institute on Drug Abuse", "Council on Foreign Relations".
          (c === 'on' && ORG_WORDS.has(prev) && !CALENDAR_WORDS.has(stripEnd(folded[last + 2]))) ||
          ((c === 'and' || c === '&') && ((orgLike && runHasConnector(folded, i, last)) || joinsBodyName(tokens, folded, last, andPairs) || KNOWN_ORG_PHRASES.has(`${prev} and ${folded[last + 2]}`)));
        if (joins) {
          last += 2;
          orgLike ||= (wordClass(folded[last]) & (ORG_WORD | PLACE_WORD)) !== 0;
          continue;
        }
      }
      // "University of the Fraser Valley"
      if (folded[last + 1] === 'of' && ORG_WORDS.has(folded[last]) && folded[last + 2] === 'the' && cap[last + 3]) {
        last += 3;
        continue;
      }
      if (next.kind === 'symbol' && next.text === '&' && after && cap[last + 2]) {
        last += 2;
        continue;
      }
      break;
    }
    runs.push({ first: i, last });
    i = last + 1;
  }
  return runs;
}

/**
 * The run [first, last] holds a given name or an honorific, as a person's name does, and is no
 * apposition after a comma (", Blaenau Gwent MP," is a constituency's member).
 */
function personLike(tokens: Token[], folded: string[], first: number, last: number): boolean {
  if (tokens[first - 1]?.text === ',') return false;
  for (let k = first; k <= last; k++) if (isGivenName(folded[k]) || HONORIFICS.has(folded[k])) return true;
  return false;
}

/**
 * "and" after token `last` joins a body's name: an organisation word ends the words after it
 * ("Heart and Stroke Foundation"), whose pair is then noted, or the document joined the same pair
 * so before ("Heart and Stroke senior manager Erin Kim").
 */
function joinsBodyName(tokens: Token[], folded: string[], last: number, andPairs: Set<string>): boolean {
  const pair = `${folded[last]} and ${withoutPossessiveS(folded[last + 2])}`;
  if (orgWordAhead(tokens, folded, last + 2)) {
    andPairs.add(pair);
    return true;
  }
  return andPairs.size > 0 && andPairs.has(pair);
}

function orgWordAhead(tokens: Token[], folded: string[], from: number): boolean {
  // The capitalised words must end in the organisation word: "House Speaker Mike Johnson" is no body.
  let k = from;
  while (k < tokens.length && k < from + 4 && isCapWord(tokens[k]) && !isTitleWord(folded[k])) {
    k++;
    // A possessive ends the name: "the Heart and Stroke Foundation's Activate program".
    if (possessiveLength(tokens[k - 1].text) > 0) return ORG_WORDS.has(withoutPossessiveS(folded[k - 1]));
  }
  return k > from && ORG_WORDS.has(folded[k - 1]) && !(k < tokens.length && isCapWord(tokens[k]));
}

function runHasConnector(folded: string[], first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (folded[k] === 'of' || folded[k] === 'for') return true;
  return false;
}

/** Token flags for a segment that is one sentence: only index 0 starts a sentence (never read). */
const NO_BREAKS: ArrayLike<number> = new Uint8Array(0);

/** A sentence ending in an initial after a capitalised word ("Harry J.") continues in the next one. */
function endsInInitial(s: SentenceWords): boolean {
  const t = s.sentence.tokens;
  const n = t.length;
  // (The flag first: most sentences end in a full stop after a lower-case word, no regex needed.)
  return n >= 2 && s.cap[n - 2] === 1 && isInitial(t[n - 1].text) && !DEMONYMS.has(s.folded[n - 1]) && !PLACES.has(s.folded[n - 1]);
}

/** All name candidates of a document, in text order. */
export function findCandidates(doc: ParsedDocument, words: DocWords): NameCandidate[] {
  const out: NameCandidate[] = [];
  // Word pairs a body's name joined with "and" ("heart and stroke" in "Heart and Stroke
  // Foundation"): the text's later "Heart and Stroke" is that body's short name, not two names.
  const andPairs = new Set<string>();
  let sentenceIndex = 0;
  let blockIndex = -1;
  for (const block of doc.blocks) {
    blockIndex++;
    const sentences = words.blocks[blockIndex];
    for (let i = 0; i < sentences.length; ) {
      // Usually one sentence; sentences the parser split after an initial ("P.J. Tucker") are joined.
      let j = i;
      while (j + 1 < sentences.length && endsInInitial(sentences[j])) j++;
      let tokens: Token[];
      let folded: string[];
      let cap: Uint8Array;
      let sentenceStart: ArrayLike<number> = NO_BREAKS;
      const firstWords: number[] = [];
      if (j === i) {
        ({ folded, cap } = sentences[i]);
        tokens = sentences[i].sentence.tokens;
        if (sentences[i].firstWord >= 0) firstWords.push(sentences[i].firstWord);
      } else {
        tokens = [];
        folded = [];
        const starts: number[] = [];
        for (let k = i; k <= j; k++) {
          const s = sentences[k];
          starts.push(tokens.length);
          if (s.firstWord >= 0) firstWords.push(tokens.length + s.firstWord);
          for (const t of s.sentence.tokens) tokens.push(t);
          for (const f of s.folded) folded.push(f);
        }
        cap = new Uint8Array(tokens.length + 1);
        const breaks = new Uint8Array(tokens.length + 1);
        for (let k = i; k <= j; k++) {
          const b = starts[k - i];
          breaks[b] = 1;
          cap.set(sentences[k].cap.subarray(0, sentences[k].folded.length), b);
        }
        sentenceStart = breaks;
      }
      const headline = block.kind === 'heading' || isHeadline(sentences[i].sentence);
      let listRole: string | undefined;
      let previousEnd = -1;
      const runs = findRuns(tokens, folded, cap, sentenceStart, andPairs);
      for (let r = 0; r < runs.length; r++) {
        const run = runs[r];
        let c = makeCandidate(doc, tokens, folded, run, sentenceIndex, firstWords, headline, words, sentenceStart);
        if (!c) continue;
        // 'Dennis "Chip" Wilson', 'Joaquin “El Chapo” Guzman': the name around a nickname.
        if (r + 2 < runs.length && isNickname(tokens, folded, run, runs[r + 1], runs[r + 2])) {
          const surname = makeCandidate(doc, tokens, folded, runs[r + 2], sentenceIndex, firstWords, headline, words, sentenceStart);
          if (surname) {
            c = aroundNickname(c, surname);
            r += 2;
          }
        }
        c.blockIndex = blockIndex;
        // "Associated Press writers A, B and C": the plural role covers the whole list.
        if (listRole && previousEnd >= 0 && onlyListGlue(tokens, previousEnd, run.first) && c.roles.length === 0) c.roles.push(listRole);
        else if (!onlyListGlue(tokens, previousEnd, run.first)) listRole = undefined;
        if (c.roles.length > 0 && / [a-z]+s$/.test(c.roles[0]) && ROLE_HEADS.has(c.roles[0].split(' ').pop() ?? '')) listRole = c.roles[0];
        previousEnd = runs[r].last;
        out.push(c);
      }
      sentenceIndex += j - i + 1;
      i = j + 1;
    }
  }
  return out;
}

/** Runs a, n, b read `Given "Nick" Surname`: n is one to three words in quotation marks between them. */
function isNickname(tokens: Token[], folded: string[], a: Run, n: Run, b: Run): boolean {
  if (n.first !== a.last + 2 || b.first !== n.last + 2 || n.last - n.first > 2 || b.last - b.first > 1) return false;
  const open = tokens[a.last + 1].text;
  const close = tokens[n.last + 1].text;
  return (open === '"' || open === '“') && (close === '"' || close === '”') && isGivenName(folded[a.last]) && possessiveLength(tokens[a.last].text) === 0;
}

/** One candidate for a name written around a nickname: its words without the nickname, its span across it. */
function aroundNickname(given: NameCandidate, surname: NameCandidate): NameCandidate {
  const folded = [...given.folded, ...surname.folded];
  return {
    ...surname,
    start: given.start,
    words: [...given.words, ...surname.words],
    folded,
    key: folded.join(' '),
    starts: [...given.starts, ...surname.starts],
    ends: [...given.ends, ...surname.ends],
    titled: given.titled,
    honorific: given.honorific,
    byline: given.byline,
    sentenceInitial: given.sentenceInitial,
    headline: given.headline,
    roles: [...given.roles, ...surname.roles],
  };
}

function pronounAfter(tokens: Token[], from: number, sentenceStart: ArrayLike<number>): 'male' | 'female' | undefined {
  for (let k = from; k < tokens.length && k < from + 12 && !sentenceStart[k]; k++) {
    const w = tokens[k].text;
    const c = w.charCodeAt(0) | 32; // lower-cased first letter
    if (w.length > 7 || (c !== 104 && c !== 115)) continue;
    const gender = pronounGender(w.toLowerCase());
    if (gender) return gender;
  }
  return undefined;
}

/**
 * "says Cambridge cartoonist Andre Campbell", "said Ottawa resident Jane Doe": a lower-case role
 * noun right after a name makes the name a modifier of the role, and the speaker someone else.
 */
function modifiesRole(tokens: Token[], folded: string[], next: number): boolean {
  const t = tokens[next];
  if (t === undefined || t.kind !== 'word' || !isLowerAscii(t.text.charCodeAt(0))) return false;
  const w = folded[next];
  return ROLE_HEADS.has(w) || (w.length >= 6 && /(?:ist|ian)$/.test(w));
}

function onlyListGlue(tokens: Token[], from: number, to: number): boolean {
  if (from < 0) return false;
  for (let k = from + 1; k < to; k++) {
    const t = tokens[k].text;
    if (t !== ',' && t !== 'and') return false;
  }
  return to > from + 1;
}

/** Endings of occupations ("astronomer", "novelist", "librarian", "housewife"). */
const OCCUPATION_ENDING = /(?:[^aeiouy]er|or|ist|ian|[^aeiou]man|woman|wife)$/;

function makeCandidate(
  doc: ParsedDocument,
  tokens: Token[],
  folded: string[],
  run: Run,
  sentenceIndex: number,
  firstWords: number[],
  headline: boolean,
  docWords: DocWords,
  sentenceStart: ArrayLike<number>,
): NameCandidate | undefined {
  let first = run.first;
  let last = run.last;
  // "Drayton Valley Monday": the date after a name is no part of it.
  while (last > first && WEEKDAYS.has(stripEnd(folded[last]))) last--;
  // "The Canadian Press A train derailment ...": a caption's credit runs into the article opening
  // the sentence after it (no stop between them).
  if (last > first && tokens[last].text === 'A' && isLowerAscii(tokens[last + 1]?.text.charCodeAt(0) ?? 0)) last--;
  // Contractions ("I'd", "We'll") are no names.
  if (first === last && (isContraction(tokens[first].text) || isInitial(tokens[first].text))) return undefined;
  // "son, Const. Andrew Vickers": the parser ends a sentence after a title's abbreviation it does
  // not know. The abbreviation alone is no name (the name after it is read in the next sentence).
  if (first === last && tokens[last + 1]?.text === '.' && isTitleWord(folded[first] + '.')) return undefined;
  // Drop capitalised function words and dates at the start ("But Trump", "On Thursday").
  // ("First Lady Melania Trump" keeps its "First": a title follows it.)
  // (Not a day's or month's abbreviation without its stop: "Coun. Jan Harder", "Sun Media".)
  // ("First Nations", "First Nation": a people's name, not an ordinal.)
  while (first < last && (FUNCTION_WORDS.has(folded[first]) || (CALENDAR_WORDS.has(stripEnd(folded[first])) && !CALENDAR_ABBREVIATIONS.has(folded[first]))) && !isTitleWord(folded[first + 1]) && !(folded[first] === 'first' && NATION.test(folded[first + 1]))) first++;
  // ("Forty-eight-year-old Terrence McArthur": an age opening the sentence is no part of the name.)
  if (first < last && /-year-old$/.test(folded[first])) first++;
  // "Former New York state Senate leader ...": a time word before a place describes the role after it.
  if (first < last && TIME_MODIFIERS.has(folded[first]) && !isTitleWord(folded[first + 1]) && ((wordClass(folded[first + 1]) & PLACE) !== 0 || PLACE_PREFIXES.has(`${folded[first + 1]} ${folded[first + 2] ?? ''}`))) first++;
  // ("US" in capitals is the country, not the pronoun; "READ MORE:", "WATCH:" are page furniture.)
  if (first === last) {
    const bare = stripEnd(folded[first]);
    if ((FUNCTION_WORDS.has(bare) && (!isAllCaps(tokens[first].text) || PAGE_LABELS.has(bare))) || CALENDAR_WORDS.has(bare)) return undefined;
  }
  // A sentence-initial word the document also writes in lower case is an ordinary word.
  // (Unless the document also writes the name's first two words inside a sentence: "Rally Canada
  // said" beside "this rally", when "In a release, Rally Canada said" shows it is a name.)
  // (Nor a name's particle: "Dela Rosa told", after "Ronald dela Rosa"; nor a word a connector
  // joins to the rest: "Heart and Stroke is enrolling", where the text also writes "heart disease";
  // nor two words that open sentences again and again: "Weight Watchers said …".)
  if (firstWords.includes(first) && first < last && folded[first + 1] !== 'and' && folded[first + 1] !== '&' && docWords.lowerCase.has(folded[first]) && !isTitleWord(folded[first]) && !isTitleModifier(folded[first]) && !namedInsideSentence(docWords, folded[first], folded[first + 1]) && !opensSentencesTwice(docWords, folded[first], folded[first + 1]) && !(NAME_PARTICLES.has(folded[first]) && folded[first] !== 'do')) first++;
  // "Quoting Steve Sarkisian", "Thanking Mary Smith": a participle opening the sentence, then a
  // given name. (Not "Beijing", "Fleming John": places and given names are no participles.)
  else if (firstWords.includes(first) && first < last && isParticiple(folded[first]) && isGivenName(folded[first + 1])) first++;
  // "Frustrated Hamilton steel workers …": a past participle opening the sentence before a place
  // or a given name. ("United States", "United Nations" are names.)
  else if (firstWords.includes(first) && first < last && isPastParticiple(folded[first]) && (isGivenName(folded[first + 1]) || (wordClass(folded[first + 1]) & PLACE) !== 0)) first++;
  // "Villagers Baran Bharath, Yogesh, …", "Defendants John Doe and …": a plural of people opening
  // the sentence says who the names are, no part of them.
  if (firstWords.includes(first) && first < last && PEOPLE_PLURALS.has(folded[first])) first++;
  // "Added Greenpeace’s Shani Tager, “…”", "Says Trump": an inverted tag's speech verb opening the sentence.
  // (Forms that are no nouns: "State Health Services", "Reports", "Notes" stay.)
  else if (firstWords.includes(first) && first < last && SPEECH_FORM.test(folded[first]) && speechVerbStem(folded[first]) !== undefined && !isTitleWord(folded[first])) first++;

  const key = first === last ? folded[first] : folded.slice(first, last + 1).join(' ');
  const lastWord = withoutPossessiveS(folded[last]);
  // ("Queen Street West": a street's part of town after its place word.)
  const compassAfterPlace = last > first && COMPASS.has(lastWord) && (wordClass(folded[last - 1]) & PLACE_WORD) !== 0;
  const fixedName = PLACES.has(key) || KNOWN_ORG_PHRASES.has(key) || (wordClass(lastWord) & (ORG_WORD | PLACE_WORD)) !== 0 || compassAfterPlace;

  // Split leading titles off: the name starts after the last title word ("Secretary of State Marco Rubio").
  let nameFirst = first;
  let honorific: 'male' | 'female' | undefined;
  if (!fixedName) {
    let p = -1;
    for (let k = first; k < last; k++) {
      if (!isTitleWord(folded[k])) continue;
      // "Martin Luther King Jr.", "Larry King": right after a given name, a title word is a surname.
      const before = folded[k - 1];
      if (k > first && isGivenName(before) && !isTitleWord(before) && (wordClass(before) & PLACE) === 0) continue;
      // ("Tiong King Sing": "King" between two words of a name, where the word before is no place,
      // people or body: unlike "Jordan King Abdullah".)
      if (k > first && k === last - 1 && folded[k] === 'king' && !isTitleWord(before) && (wordClass(before) & (PLACE | DEMONYM | ORG_LIKE | ROLE_MODIFIER)) === 0 && !PLACES.has(before)) continue;
      // "state Senate leader Dean Skelos": after a role written in lower case, a title word that is
      // also a first name opens the name.
      if (k === first && first > 0 && TITLE_FIRST_NAMES.has(folded[k]) && last - k <= 2 && ROLE_HEADS.has(before) && isLowerAscii(tokens[first - 1].text.charCodeAt(0))) continue;
      // ("Pikangikum Chief Dean Owen": after a title, such a word before one more is a first name.)
      if (k > first && k === last - 1 && TITLE_FIRST_NAMES.has(folded[k]) && isTitleWord(before) && !TITLE_FIRST_NAMES.has(before)) continue;
      p = k;
    }
    if (p >= 0) {
      let q = p;
      // ("Minister for Health Simon Harris": a portfolio "for" too.)
      if (folded[q + 1] === 'of' || (folded[q + 1] === 'for' && PORTFOLIO_TITLES.has(folded[q]))) {
        q++;
        while (q + 1 < last && isTitleModifier(folded[q + 1])) q++;
        // "Minister of Crown-Indigenous Relations Carolyn Bennett": the department runs to the first name.
        let given = -1;
        for (let k = q + 1; k <= last; k++) {
          if (isGivenName(folded[k])) {
            given = k;
            break;
          }
        }
        if (given > q + 1) q = given - 1;
        // "The Minister of Information and National Orientation, Mohammed Idris", "General Manager
        // of Corporate Communications": a department of several words, or one ending in a field,
        // and no first name is all title ("Minister of Diversification Smith" keeps its surname).
        if (given < 0 && (last - q >= 3 || (last - q <= 2 && DEPARTMENT_HEADS.has(folded[last])))) return undefined;
      }
      // "Minister of Diversification", "Mother of Parliaments": after "of" one plain word is the title's.
      const ofTail = q > p && folded[p + 1] === 'of' && q + 1 === last && !isGivenName(folded[last]);
      // ("Youth Criminal Justice Act": a law named after a title word is no person "Act".)
      const lawTail = q + 1 === last && LAW_WORDS.has(withoutPossessiveS(folded[last]));
      if (q < last && !ofTail && !lawTail) {
        nameFirst = q + 1;
        for (let k = first; k <= p; k++) honorific ??= honorificGender(folded[k]);
      }
    }
  }
  // "Canadian Michael Kovrig", "Briton Meredith Kercher": a nationality before a first name is no part of the name.
  if (!fixedName && nameFirst === first && last - first >= 2 && (wordClass(folded[first]) & (DEMONYM | PLACE)) === DEMONYM && !NOT_NATIONALITIES.has(folded[first]) && isGivenName(folded[first + 1])) nameFirst = first + 1;
  // "Astronomer Mary Barsony", "Housewife Carol Ann Armstrong": an occupation (an agent noun no
  // word list knows) before a first name is a role too.
  if (!fixedName && nameFirst === first && last - first >= 2 && OCCUPATION_ENDING.test(folded[first]) && wordClass(folded[first]) === 0 && !isGivenName(folded[first]) && isGivenName(folded[first + 1])) nameFirst = first + 1;
  // ("Residents of Richmond Hill and Forest Hill": a joiner left after the titles opens no name.)
  while (nameFirst < last && JOINER_WORDS.has(folded[nameFirst])) nameFirst++;
  // A run of nothing but titles and nationality words names no one ("Prime Minister", "Russian").
  let allTitle = true;
  for (let k = nameFirst; k <= last && allTitle; k++) {
    const c = titleClass(folded[k]);
    allTitle = (c & (TITLE_WORD | ROLE_MODIFIER)) !== 0 || (c & (DEMONYM | PLACE)) === DEMONYM;
  }
  // (A body is named so, though: "The Canadian Press", "the Foreign Ministry", "MOM".)
  if (allTitle && !PLACES.has(key) && !KNOWN_ORGS.has(key) && !(fixedName && last > nameFirst) && !(nameFirst === last && isBodyAcronym(tokens[last].text))) return undefined;
  // "Chief Market Strategist": a run ending in a role word is a title, not a name.
  if (last > nameFirst && ROLE_HEADS.has(folded[last]) && !isGivenName(folded[nameFirst])) return undefined;

  // Arrays of their final size: a candidate is made for most capitalised runs.
  const size = last - nameFirst + 1;
  const words: string[] = new Array(size);
  const wordFolded = folded.slice(nameFirst, last + 1);
  const starts: number[] = new Array(size);
  const ends: number[] = new Array(size);
  // A name in capitals from a given name on is written as prose writes it ("Jeremy Hunt").
  const inCapitals = size >= 2 && capitalisedName(tokens, folded, nameFirst);
  for (let k = 0; k < size; k++) {
    const t = tokens[nameFirst + k];
    starts[k] = t.start;
    ends[k] = t.end;
    words[k] = inCapitals && CAPITALS_WORD.test(t.text) ? nameCase(t.text) : t.text;
  }
  let pos = possessiveLength(tokens[last].text);
  // A full stop the parser left on the last word ("World War.") is no part of the name.
  const trailingDot = pos === 0 && words[words.length - 1].endsWith('.') && !isInitial(words[words.length - 1]) && words[words.length - 1].length > 3;
  if (trailingDot) pos = 1;
  if (pos > 0) {
    ends[ends.length - 1] -= pos;
    words[words.length - 1] = words[words.length - 1].slice(0, -pos);
    wordFolded[wordFolded.length - 1] = foldWord(words[words.length - 1]);
  }
  const titled = nameFirst > first || (first > 0 && isTitleWord(folded[first - 1]));
  const before = tokens[first - 1];
  const beforeFolded = first > 0 ? folded[first - 1] : '';
  // "By Jane Doe", "Photo by Kevin Lamarque", not "swept by Cleveland".
  const byline = beforeFolded === 'by' && (first < 2 || sentenceStart[first - 1] === 1 || CREDIT_WORDS.has(folded[first - 2]) || tokens[first - 2].kind !== 'word');
  const after = tokens[last + 1];
  const speech =
    (after !== undefined && after.kind === 'word' && SPEECH_VERBS.has(folded[last + 1]) && pos === 0) ||
    (before !== undefined && before.kind === 'word' && SPEECH_VERBS.has(beforeFolded) && !modifiesRole(tokens, folded, last + 1)) ||
    // "Jim's father", "Trudeau's spokesperson": someone who has a relative or an aide is a person.
    (pos > 0 && after !== undefined && after.kind === 'word' && KIN_OR_AIDE.has(folded[last + 1])) ||
    // "Feisal Ahmed, who was killed": "who" is said of people ("which" of things).
    (pos === 0 && (folded[last + 1] === 'who' || (after?.text === ',' && folded[last + 2] === 'who')));

  const bodyAfter = pos === 0 && after !== undefined && after.kind === 'word' && BODY_NOUNS_AFTER.has(folded[last + 1]) && isLowerAscii(after.text.charCodeAt(0));

  // Places and bodies the lexicons know get no roles (appositives after them describe them).
  const lexiconName = nameFirst === last && (wordClass(wordFolded[0]) & (PLACE | KNOWN_ORG)) !== 0;
  const roles = headline || lexiconName ? [] : readRoles(doc, tokens, folded, first, nameFirst, last, pos > 0 && !trailingDot, sentenceStart);
  return {
    start: starts[0],
    end: ends[ends.length - 1],
    words,
    folded: wordFolded,
    // (The run's key when the name is the whole run as written.)
    key: nameFirst === first && pos === 0 ? key : wordFolded.length === 1 ? wordFolded[0] : wordFolded.join(' '),
    starts,
    ends,
    sentenceIndex,
    blockIndex: 0,
    // Only a surname alone needs it (to choose among people who share it).
    pronounAfter: last === nameFirst ? pronounAfter(tokens, last + 1, sentenceStart) : undefined,
    possessive: pos > 0 && !trailingDot,
    titled,
    honorific,
    byline,
    speech,
    bodyAfter,
    sentenceInitial: firstWords.includes(nameFirst) || (nameFirst > 0 && OPENERS.has(tokens[nameFirst - 1].text)),
    // A credit ("Photo by Kevin Lamarque/Reuters") looks like a title-case line but names a person.
    headline: headline && !byline,
    roles,
  };
}
