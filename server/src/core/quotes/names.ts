// Capitalised name runs ("Hungarian Prime Minister Viktor Orban", "Harry J. Kazianis") and the
// document's full names by surname, so that "Montgomery said" resolves to "Mark Montgomery" when
// no entity extractor has done it already.
import { CALENDAR_ABBREVIATIONS, POST_NOMINALS } from '../entities/lexicon';
import { isGivenName } from '../entities/givenNames';
import { foldWord } from '../entities/normalize';
import { isRoleNoun, nameParticles, nameSuffixes, nonNameWords, PRONOUN_CONTRACTION, roleAbbreviations, titleWords } from './lexicon';
import { capitalsAndMarks, endsWithApostrophe, endsWithApostropheS, isCapitalised, lowerAt, stripPossessive, TokenClass, type TokenStream } from './tokenStream';

// Hoisted: a bundled \p{…} literal inside a function is rebuilt (new RegExp) on every call.
const LONE_INITIAL = /^\p{Lu}\.$/u;
const CAPITALS_AND_DOTS = /^[\p{Lu}.&-]{2,}$/u;
const LOWER_CASE_WORD = /^\p{Ll}+$/u;

const bare = (w: string): string => {
  const l = w.toLowerCase();
  return l.charCodeAt(l.length - 1) === 46 ? l.slice(0, -1) : l;
};

/** Token i in lower case without a final stop (bare(text), from the stream's lower-case texts). */
export function bareAt(stream: TokenStream, i: number): string {
  const l = lowerAt(stream, i);
  return l.charCodeAt(l.length - 1) === 46 ? l.slice(0, -1) : l;
}

/** Token i can sit inside a name run. */
function isNameToken(stream: TokenStream, i: number): boolean {
  const c = stream.classes[i];
  if ((c & TokenClass.word) === 0) return false;
  if ((c & TokenClass.capitalised) !== 0) return true;
  return nameParticles.has(stream.tokens[i].text) || nameSuffixes.has(lowerAt(stream, i));
}

/** Tokens [from, to) of a name run that ends at token `last` (inclusive), walking back. */
export function nameRunEndingAt(stream: TokenStream, last: number, floor: number): [number, number] | undefined {
  const toks = stream.tokens;
  if (last < floor || !isCapitalised(toks[last]) && !nameSuffixes.has(lowerAt(stream, last))) return undefined;
  let from = last;
  while (from - 1 >= floor && isNameToken(stream, from - 1) && !endsWithApostrophe(toks[from - 1].text) && toks[from - 1].end + 1 >= toks[from].start) from--;
  // Particles cannot start a name.
  while (from < last && !isCapitalised(toks[from])) from++;
  return [from, last + 1];
}

/** Tokens [from, to) of a name run that starts at token `first`. */
export function nameRunStartingAt(stream: TokenStream, first: number, ceiling: number): [number, number] | undefined {
  const toks = stream.tokens;
  if (first >= ceiling || !isCapitalised(toks[first])) return undefined;
  let to = first + 1;
  while (to < ceiling && isNameToken(stream, to) && toks[to].start <= toks[to - 1].end + 1 && !endsWithApostrophe(toks[to - 1].text)) to++;
  // A possessive ends the name on its own token ("Trump’s account").
  while (to > first + 1 && !isCapitalised(toks[to - 1]) && !nameSuffixes.has(lowerAt(stream, to - 1))) to--;
  return [first, to];
}

/**
 * The person-name part of a capitalised run: leading titles, nationalities and organisation words
 * dropped ("Hungarian Prime Minister Viktor Orban" → "Viktor Orban"). Returns token indexes.
 */
export function personPart(stream: TokenStream, from: number, to: number): [number, number] {
  const toks = stream.tokens;
  // "Tom Jones KC", "Jane Smith MSP": letters after the name are none of it.
  if (to - from >= 2 && POST_NOMINALS.has(toks[to - 1].text)) to--;
  let a = from;
  while (a < to - 1 && (titleWords.has(bareAt(stream, a)) || (nonNameWords.has(bareAt(stream, a)) && !CALENDAR_ABBREVIATIONS.has(lowerAt(stream, a))) || endsWithApostropheS(toks[a].text) || (to - a >= 3 && roleAbbreviations.has(toks[a].text)))) a++;
  // Long runs keep their last two or three words: a name rarely has more, and what precedes is a
  // role or an employer ("Rogers spokesperson" is lower-case, but "Kremlin Aide" is not).
  if (to - a > 3) {
    let b = to - 2;
    if (b - 1 >= a && (LONE_INITIAL.test(toks[b].text) || nameParticles.has(toks[b].text) || LONE_INITIAL.test(toks[b - 1].text))) b--;
    a = b;
  }
  if (to - a === 3 && /(an|ian|ese|ish|i)$/.test(bareAt(stream, a)) && !LONE_INITIAL.test(toks[a + 1].text) && looksLikeAdjective(toks[a].text)) a++;
  // ("director of operations at ULHT Simon Evans": an employer's acronym, then a first name.)
  if (to - a === 3 && ACRONYM.test(toks[a].text) && !ACRONYM.test(toks[a + 1].text) && isGivenName(foldWord(lowerAt(stream, a + 1)))) a++;
  return [a, to];
}

/** A body's acronym: two to six capitals ("ULHT", "CBC"). */
export const ACRONYM = /^[A-Z]{2,6}$/;

const adjectiveEndings = /(ian|ean|ese|ish|ic|an)$/i;
function looksLikeAdjective(w: string): boolean {
  return adjectiveEndings.test(w) && w.length > 4;
}

export function runText(stream: TokenStream, from: number, to: number): string {
  const toks = stream.tokens;
  let s = '';
  for (let i = from; i < to; i++) {
    const w = i === to - 1 ? stripPossessive(toks[i].text) : toks[i].text;
    s += (i > from ? ' ' : '') + w;
  }
  return s;
}

/** True when a run reads as a person's name rather than an acronym, place word or date. */
const organisationWords = new Set([
  'studies', 'directorate', 'inspectorate', 'authority', 'trust', 'center', 'centre', 'university', 'college', 'institute', 'association', 'department',
  'ministry', 'council', 'party', 'bank', 'group', 'inc', 'corp', 'ltd', 'foundation', 'press',
  'news', 'times', 'post', 'agency', 'office', 'house', 'court', 'police', 'service', 'services',
  'committee', 'commission', 'board', 'union', 'society', 'school', 'hospital', 'company', 'network',
  'league', 'club', 'team', 'forces', 'army', 'navy', 'government', 'state', 'states', 'nation', 'nations', 'band', 'tribe',
  'republic', 'kingdom', 'city', 'county', 'province', 'airlines', 'motors', 'media', 'health',
  'international', 'national', 'federal', 'canada', 'america', 'american', 'canadian', 'europe',
  'european', 'world', 'global', 'united', 'street', 'avenue', 'road', 'park', 'island', 'lake',
  'river', 'mountain', 'bay', 'day', 'week', 'program', 'project', 'act', 'bill', 'report',
  'security', 'affairs', 'defence', 'defense', 'justice', 'finance', 'trade', 'paper', 'café', 'cafe',
  'restaurant', 'hotel', 'church', 'museum', 'airport', 'station', 'centre', 'arena', 'stadium',
  'farm', 'farms', 'ranch', 'factory', 'market', 'mall', 'store', 'winery', 'brewery',
  // credits and newspapers ("Submitted Image", "Thomson Financial", "The Charlotte Observer")
  'image', 'images', 'photo', 'photos', 'caption', 'copyright', 'credit', 'financial', 'securities',
  'observer', 'chronicle', 'telegraph', 'inquirer', 'examiner', 'courier', 'sentinel', 'dispatch', 'herald', 'tribune', 'gazette', 'journal',
]);

/** A word that makes a name a body's ("Agency", "Ministry", "University"). */
export function isOrganisationWord(word: string): boolean {
  return organisationWords.has(bare(word));
}

export function looksLikePersonName(words: string[]): boolean {
  if (words.length === 0) return false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const lowered = bare(w);
    // "Minister of Finance Bill Morneau", "Park Geun-hye": a body's word that also opens people's
    // names, first of several words.
    if (i === 0 && words.length > 1 && nameOpeners.has(lowered) && !hasDigit(w)) continue;
    if (!openingInitials(w, i, words.length) && !personLikeWord(w, lowered)) return false;
  }
  return true;
}

/** "KK Venugopal", "DY Chandrachud": two initials written together open a name of two words. */
function openingInitials(w: string, i: number, count: number): boolean {
  return i === 0 && count === 2 && TWO_INITIALS.test(w) && !twoLetterAcronyms.has(w);
}
const TWO_INITIALS = /^[A-Z]{2}$/;
/** Two capitals that are a place, body or title rather than a person's initials. */
const twoLetterAcronyms = new Set(['UK', 'US', 'EU', 'UN', 'AP', 'TV', 'PM', 'FM', 'CM', 'MP', 'NY', 'LA', 'DC', 'AG', 'BC', 'NB', 'NS', 'QC', 'KC', 'ON', 'AB', 'SA', 'WA', 'NT', 'NZ', 'IT', 'PR', 'HR', 'ID', 'AI', 'VP', 'GM', 'PC', 'MD', 'DJ', 'FA', 'RN', 'ER', 'OK', 'UP', 'MC']);

/** Organisation words that are also a common given name ("Bill") or family name written first ("Park"). */
const nameOpeners = new Set(['bill', 'park']);

/** One word of looksLikePersonName; `lowered` is bare(w). */
function personLikeWord(w: string, lowered: string): boolean {
  if (organisationWords.has(lowered) || nonNameWords.has(lowered) || PRONOUN_CONTRACTION.test(lowered)) return false;
  if (capitalsAndDots(w) && !LONE_INITIAL.test(w)) return false; // "U.S.", "NATO", "CEO"
  return !hasDigit(w);
}

// Character loops for the tests above: they run for every word of every capitalised run.

/** CAPITALS_AND_DOTS.test(w). */
const capitalsAndDots = (w: string): boolean => capitalsAndMarks(w, isDotAmpersandOrHyphen, CAPITALS_AND_DOTS);
const isDotAmpersandOrHyphen = (c: number): boolean => c === 46 || c === 38 || c === 45;

/** /\d/.test(w): an ASCII digit anywhere. */
function hasDigit(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

interface FullName {
  name: string;
  start: number;
}

/** Full names (two words or more) seen in the document, by their last word. */
export class NameIndex {
  private readonly bySurname = new Map<string, FullName[]>();

  add(name: string, start: number): void {
    const space = name.lastIndexOf(' ');
    if (space < 0) return;
    const key = name.slice(space + 1).toLowerCase();
    let list = this.bySurname.get(key);
    if (!list) this.bySurname.set(key, (list = []));
    if (!list.some((f) => f.name === name)) list.push({ name, start });
  }

  /** The full name for a one-word name: the latest one before `at`, else the first one after. */
  resolveSurname(word: string, at: number): string | undefined {
    const list = this.bySurname.get(word.toLowerCase());
    if (!list || list.length === 0) return undefined;
    let best: FullName | undefined;
    for (const f of list) if (f.start < at && (!best || f.start > best.start)) best = f;
    return (best ?? list[0]).name;
  }

  private readonly byRole = new Map<string, FullName[]>();

  /** Records a role written next to a name ("Mayor Doug McCallum", "political scientist X"). */
  addRole(role: string, name: string, start: number): void {
    const list = this.byRole.get(role) ?? [];
    list.push({ name, start });
    this.byRole.set(role, list);
  }

  /** The person last given this role before `at` ("the mayor" → "Doug McCallum"). */
  resolveRole(role: string, at: number): string | undefined {
    const list = this.byRole.get(role);
    if (!list) return undefined;
    let best: FullName | undefined;
    const names = new Set<string>();
    for (const f of list) if (f.start < at) { names.add(f.name); if (!best || f.start > best.start) best = f; }
    // A role held by several people in the text is ambiguous.
    return names.size === 1 ? best?.name : undefined;
  }

  /**
   * The one person given every one of these title words before `at` ("prime" and "minister" for
   * "the PM"); undefined when none is, or several are.
   */
  resolveRoleWords(roles: readonly string[], at: number): string | undefined {
    let holders: Set<string> | undefined;
    for (const role of roles) {
      const names = new Set((this.byRole.get(role) ?? []).filter((f) => f.start < at).map((f) => f.name));
      holders = holders ? new Set([...holders].filter((n) => names.has(n))) : names;
    }
    return holders && holders.size === 1 ? [...holders][0] : undefined;
  }

  /** A longer form of a multi-word name ("Donald Trump" for "Trump" is handled by resolveSurname). */
  has(word: string): boolean {
    return this.bySurname.has(word.toLowerCase());
  }
}

/**
 * A capitalised run starting at a token, read once per block: three passes (names, gender votes,
 * subjects) ask about the same runs. The words and the person test are read when first asked.
 */
export class NameRun {
  private personWords?: string[];
  private personText?: string;
  private isPersonLike?: boolean;

  constructor(
    private readonly stream: TokenStream,
    /** Tokens [from, to) of the run, up to the block's end at most (nameRunStartingAt). */
    readonly run: [number, number],
    /** Tokens [from, to) of its person part (personPart). */
    readonly person: [number, number],
  ) {}

  /** The person part's words, the last without its possessive ending. */
  get words(): string[] {
    if (this.personWords) return this.personWords;
    const toks = this.stream.tokens;
    const [a, b] = this.person;
    const words: string[] = [];
    for (let k = a; k < b; k++) words.push(k === b - 1 ? stripPossessive(toks[k].text) : toks[k].text);
    return (this.personWords = words);
  }

  /** The words joined by spaces (runText of the person part). */
  get text(): string {
    return (this.personText ??= this.words.join(' '));
  }

  /** The number of words in the person part. */
  get size(): number {
    return this.person[1] - this.person[0];
  }

  /**
   * looksLikePersonName(words), read from the tokens: most runs are asked only this, so their
   * words are not gathered, and each word's lower case is the stream's.
   */
  get personLike(): boolean {
    if (this.isPersonLike === undefined) {
      const toks = this.stream.tokens;
      const [a, b] = this.person;
      let like = true;
      for (let k = a; k < b && like; k++) {
        const text = toks[k].text;
        const w = k === b - 1 ? stripPossessive(text) : text;
        like = openingInitials(w, k - a, b - a) || personLikeWord(w, w === text ? bareAt(this.stream, k) : bare(w));
      }
      this.isPersonLike = like;
    }
    return this.isPersonLike;
  }
}

/** The name run starting at token i (with the block's end as ceiling), memoised on the stream. */
export function nameRunAt(stream: TokenStream, i: number): NameRun | undefined {
  // A run starts with a capitalised word (nameRunStartingAt): no need to look at others.
  if ((stream.classes[i] & TokenClass.capitalised) === 0) return undefined;
  const memo = (stream.nameRuns ??= new Array<NameRun | null | undefined>(stream.tokens.length));
  let found = memo[i];
  if (found === undefined) {
    const run = nameRunStartingAt(stream, i, stream.tokens.length);
    memo[i] = found = run ? new NameRun(stream, run, personPart(stream, run[0], run[1])) : null;
  }
  return found ?? undefined;
}

/** Titles whose holder a plain word names too ("Justice Denny Thomas" … "the judge"). */
const TITLE_SYNONYMS: Readonly<Record<string, string>> = { justice: 'judge' };

/** Indexes every capitalised run of two or more name words in the stream. */
export function indexNames(stream: TokenStream, index: NameIndex): void {
  const toks = stream.tokens;
  let i = 0;
  while (i < toks.length) {
    const found = nameRunAt(stream, i);
    if (!found) {
      i++;
      continue;
    }
    const { run, person: [a, b] } = found;
    if (b - a >= 2 && found.personLike) {
      const name = found.text;
      index.add(name, toks[a].start);
      // Roles: title words inside the run and a lower-case role noun just before it.
      // ("Justice Denny Thomas" is who "the judge" is.)
      for (let k = run[0]; k < a; k++) {
        const title = bareAt(stream, k);
        if (!titleWords.has(title)) continue;
        index.addRole(title, name, toks[a].start);
        if (TITLE_SYNONYMS[title]) index.addRole(TITLE_SYNONYMS[title], name, toks[a].start);
      }
      const prev = toks[run[0] - 1];
      if (prev && prev.kind === 'word' && LOWER_CASE_WORD.test(prev.text) && prev.text.length > 3) index.addRole(prev.text, name, toks[a].start);
      // ("his lawyer, Nate Whitling, told court": a role and its apposition, the name.)
      const role = toks[run[0] - 2];
      if (prev?.text === ',' && role && role.kind === 'word' && LOWER_CASE_WORD.test(role.text) && isRoleNoun(role.text) && toks[b]?.text === ',') index.addRole(role.text, name, toks[a].start);
    }
    i = run[1];
  }
}
