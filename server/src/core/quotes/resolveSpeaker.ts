// Turns a speaker phrase into a Speaker with a resolved full name. Names go through the entity
// extractor's mentions when it has any, else through the document's full names ("Montgomery" →
// "Mark Montgomery"). Pronouns go to the most salient person of the right gender: salience comes
// from who was quoted and who opened sentences, not from whichever name was seen last, so "Maria
// Snegovaya ... said there would need to be pressure to deter Putin. “...,” she said." gives
// Snegovaya. Unnamed speakers ("the official") keep their span with a null name.
import type { DocEntity, Speaker } from '../types';
import { leadPronounGender } from '../entities/gender';
import { isGivenName } from '../entities/givenNames';
import { foldWord } from '../entities/normalize';
import { determiners, documentNouns, recordPlurals, genderedWords, groupNouns, headEnders, headGender, isAgeNoun, issuedParticiples, pluralPeople, relativeHeadEnders, isRoleNoun, nonNameWords, objectGenders, organisationNouns, partitiveWords, partyNouns, personalPronouns, postnominalAdjectives, relativeWords, titleWords, type Gender } from './lexicon';
import { looksLikePersonName, nameRunEndingAt, nameRunStartingAt, personPart, runText, type NameIndex } from './names';
import { canSpeak, type SpeakerPhrase } from './speakerPhrase';
import { endsWithApostrophe, endsWithApostropheS, isCapitalised, lowerAt, stripPossessive, TokenClass, type TokenStream } from './tokenStream';

interface Salient {
  name: string | null;
  key?: string;
  gender?: Gender;
  person: boolean;
  /** Said something (a quote's speaker), as opposed to only opening a sentence. */
  quoted?: boolean;
  /** Several people named together ("X and Y"): "they", never "he" or "she". */
  plural?: boolean;
  /** An unnamed person quoted by description ("the man"), for a "he" right after. */
  description?: string;
  /** Where the referent was named, used as the span of a speaker found through discourse. */
  start: number;
  end: number;
}

interface MentionRef {
  start: number;
  end: number;
  entity: DocEntity;
}

/** Pronouns for a group, which a sentence may open with ("Others said …"). */
const groupPronouns = new Set(['others', 'some', 'many', 'several', 'both', 'few', 'most', 'all', 'everyone', 'everybody', 'nobody', 'none']);
/** Words a description of an unnamed speaker opens with ("a spokesperson", "his office", "one jolly viewer"). */
const describerWords = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'my', 'our', 'one', 'two', 'three', 'several', 'some', 'many', 'both']);
/** Documents a body issues itself: "the release said" is the company's word (a report may be anyone's). */
const issuedNouns = new Set(['statement', 'release', 'announcement', 'memo', 'notice', 'filing']);
/** Descriptions that hide a person on purpose: never the person in focus. */
const anonymousNouns = new Set(['source', 'official', 'insider', 'person', 'witness']);
/** Heads naming a group of people, never the one person in focus ("the opposition in Ottawa says"). */
const collectiveHeads = new Set(['opposition', 'family', 'team']);

/** Titles that are also kinship words ("the father" is rarely the priest named Father X). */
const kinWords = new Set(['father', 'mother', 'sister', 'brother']);

/** Two words or more that read as a person's name. */
/** A name with a lower-case particle inside whose first word is no known given name: "Cagayan de Oro", not "Charles de Gaulle". */
function placeLikeParticleName(name: string): boolean {
  const space = name.indexOf(' ');
  return space > 0 && PARTICLE_INSIDE.test(name) && !isGivenName(foldWord(name.slice(0, space)));
}
const PARTICLE_INSIDE = / \p{Ll}+ /u;

/**
 * Wire services and photo agencies ("The Canadian Press", "Getty Images"): they credit the article
 * or a photo ("The Canadian Press A train derailment is shown ..."), and are not the body a later
 * "the company" or "the report" means.
 */
const CREDIT_NAME = /^(?:the )?(?:(?:associated|canadian) press|reuters|afp|agence france-presse|[a-z]+ images)$/i;

/** The role a compound names: "sergeant" for "sergeant-at-arms", "editor" for "editor-in-chief". */
function compoundRoleHead(word: string): string {
  const m = /^([a-z]+)-(?:at|in|of)-[a-z]+$/.exec(word);
  return m ? m[1] : word;
}

function looksLikeFullName(name: string): boolean {
  const words = name.split(' ');
  return words.length >= 2 && looksLikePersonName(words);
}

const femaleTitles = new Set(['mrs', 'ms', 'miss', 'madam', 'dame', 'lady', 'queen', 'princess', 'sister', 'mother', 'chairwoman', 'spokeswoman', 'congresswoman', 'businesswoman']);
const maleTitles = new Set(['mr', 'sir', 'lord', 'king', 'prince', 'father', 'brother', 'chairman', 'spokesman', 'congressman', 'businessman']);

/** Bodies "the <head>" refers to only when a name says which ("the union" for "the United Steelworkers union"). */
const ownNamedHeads = new Set([
  'city', 'town', 'province', 'state', 'county', 'region', 'municipality', 'union', 'council', 'police', 'authority',
  // ("The court observed" after "BJP leaders": a court, school or ministry is one its name calls so.)
  'court', 'hospital', 'university', 'college', 'school', 'ministry', 'department', 'commission', 'committee', 'board', 'district', 'railway', 'government',
]);
/** Police forces known by their initials. */
const POLICE_FORCES = new Set(['rcmp', 'opp', 'sq', 'spvm', 'psni', 'nypd', 'lapd', 'tps', 'garda', 'gardaí', 'gardai']);

export class SpeakerResolver {
  private readonly mentions: MentionRef[] = [];
  private readonly salient: Salient[] = [];
  private readonly genderVotes = new Map<string, { male: number; female: number }>();
  private readonly people: DocEntity[];

  constructor(
    private readonly text: string,
    entities: DocEntity[],
    private readonly names: NameIndex,
  ) {
    for (const e of entities) for (const m of e.mentions) this.mentions.push({ start: m.start, end: m.end, entity: e });
    this.mentions.sort((a, b) => a.start - b.start);
    this.people = entities.filter((e) => e.type === 'person' && e.roles.length > 0);
  }

  /** People with a short role ending in this title ("President", "U.S. Senate Majority Leader"). */
  private peopleWithTitle(title: string): DocEntity[] {
    return this.people.filter((e) =>
      e.roles.some((r) => {
        const words = r.toLowerCase().split(' ');
        return words.length <= 4 && words[words.length - 1].replace(/\.$/, '') === title;
      }),
    );
  }

  /** Offset `at` lies on the text's first line, its headline. */
  private inFirstLine(at: number): boolean {
    const end = this.text.indexOf('\n');
    return end < 0 || at < end;
  }

  /** People whose roles in this text carry `word` ("ukrainian" in "Ukrainian President"). */
  private peopleWithRoleWord(word: string): DocEntity[] {
    return this.people.filter((e) => e.roles.some((r) => r.toLowerCase().split(/[\s,]+/).includes(word)));
  }

  /** Index of the first mention (in start order) that ends after `at`: mentions do not overlap. */
  private firstEndingAfter(at: number): number {
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid].end <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * The one person whose name follows the bracketed abbreviation "(abbr)" before `at`
   * ("Deputy Conservator of Forest (DCF) Prabhakaran", "the Director General (DG), Jide Idris").
   */
  private abbreviationHolder(abbr: string, at: number): DocEntity | undefined {
    const defined = `(${abbr})`;
    let found: DocEntity | undefined;
    for (let i = 0; i < this.mentions.length && this.mentions[i].start < at; i++) {
      const m = this.mentions[i];
      const before = this.text.slice(Math.max(0, m.start - defined.length - 3), m.start).replace(/,?\s+$/, '');
      if (!before.endsWith(defined) || !(m.entity.type === 'person' || m.entity.type === 'other')) continue;
      if (found && found !== m.entity) return undefined;
      found = m.entity;
    }
    return found;
  }

  /** The entity mention inside [start, end), preferring the one ending last. */
  private mentionIn(start: number, end: number): MentionRef | undefined {
    const lo = this.firstEndingAfter(start);
    let best: MentionRef | undefined;
    for (let i = Math.max(0, lo - 2); i < this.mentions.length && this.mentions[i].start < end; i++) {
      const m = this.mentions[i];
      if (m.end > start && m.start < end && (!best || m.end >= best.end)) best = m;
    }
    return best;
  }

  /**
   * The organisation named last before `at`, within a few sentences ("the company said"). With the
   * description's head noun, one that noun names wins: "the union said" is the "United
   * Steelworkers union" named before, not the steel company named since.
   */
  private organisationBefore(at: number, head?: string): MentionRef | undefined {
    const lo = this.firstEndingAfter(at);
    let last: MentionRef | undefined;
    for (let i = lo - 1; i >= 0; i--) {
      const m = this.mentions[i];
      // Past 800 characters back only a body whose name says what it is ("the provincial
      // government said" → "Government of Saskatchewan", named at the top) is taken, among the
      // last few hundred mentions (a document of thousands costs no more).
      const near = at - m.end < 800;
      if (!near && (head === undefined || lo - i > 400)) break;
      // ("the city said": the "City of Surrey" the recogniser left undecided is that body.)
      const body = m.entity.type === 'organization' || (m.entity.type === 'other' && head !== undefined && ownNamedHeads.has(head) && this.namesHead(m, head));
      if (!body || CREDIT_NAME.test(m.entity.name)) continue;
      if (!head || this.namesHead(m, head)) return m;
      if (near) last ??= m;
    }
    // A city, a province or a union is one the text named so; "the company" may be any firm named last.
    return head && ownNamedHeads.has(head) ? undefined : last;
  }

  /**
   * The organisation the text names by `head` when it names exactly one, and names it as a speaker's
   * ("Const. Rob Carver of the Winnipeg Police Service", "A spokeswoman for Nottinghamshire
   * Police", a sentence's subject), not as where a suspect worked ("worked part time for the
   * Crandon Police Department").
   */
  private onlyOrganisationNaming(head: string): MentionRef | undefined {
    let found: MentionRef | undefined;
    let speaks = false;
    for (const m of this.mentions) {
      if (m.entity.type !== 'organization' || CREDIT_NAME.test(m.entity.name) || !this.namesHead(m, head)) continue;
      if (found && found.entity.key !== m.entity.key) return undefined;
      found ??= m;
      speaks ||= this.namedAsSpeakers(m);
    }
    return speaks ? found : undefined;
  }

  /** The mention opens a sentence, or follows a name or a role and its "of", "for" or "with". */
  private namedAsSpeakers(m: MentionRef): boolean {
    const before = this.text.slice(Math.max(0, m.start - 40), m.start);
    if (/(?:^|[.!?”"]\s+|\n\s*)(?:The\s+)?$/.test(before)) return true;
    const owner = /([A-Za-z]+)\s+(?:of|for|with)\s+(?:the\s+)?$/.exec(before);
    return owner !== null && (/^[A-Z]/.test(owner[1]) || isRoleNoun(owner[1].toLowerCase()));
  }

  /**
   * The last organisation named within 800 characters before `at` as a sentence's subject: at the
   * sentence's start (or after "Although", "While", "But") with a word in lower case after it
   * ("EDC declined to answer …").
   */
  private organisationSubjectBefore(at: number): MentionRef | undefined {
    for (let i = this.firstEndingAfter(at) - 1; i >= 0; i--) {
      const m = this.mentions[i];
      if (at - m.end >= 800) break;
      if (m.entity.type !== 'organization' || m.end > at) continue;
      const before = this.text.slice(Math.max(0, m.start - 12), m.start);
      const opens = /(?:^|[.!?”"]\s+|\n\s*|\b(?:Although|While|But|And|When|As)\s+)$/.test(before) || m.start === 0;
      if (opens && /^\s+[a-z]/.test(this.text.slice(m.end, m.end + 3))) return m;
    }
    return undefined;
  }

  /** The mention's name holds the noun, or the noun follows it ("the United Steelworkers union"). */
  private namesHead(m: MentionRef, head: string): boolean {
    const words = m.entity.name.toLowerCase().split(/\s+/);
    if (words.includes(head) || (head === 'police' && words.length === 1 && POLICE_FORCES.has(words[0]))) return true;
    // ("SEC", spelled out elsewhere as the Securities and Exchange Commission.)
    if (m.entity.variants.some((v) => v.toLowerCase().split(/\s+/).includes(head))) return true;
    const after = this.text.slice(m.end, m.end + head.length + 2).toLowerCase();
    return after === ` ${head} ` || after === ` ${head},` || after === ` ${head}.` || after.startsWith(` ${head}'`) || after.startsWith(` ${head}’`);
  }

  /** True when an entity mention of a person covers [start, end). */
  isPersonMention(start: number, end: number): boolean {
    const m = this.mentionIn(start, end);
    return m !== undefined && m.entity.type === 'person' && m.start <= start && m.end >= end;
  }

  /** Unnamed people introduced with an indefinite ("a justice official"), by head noun: where and how. */
  private readonly indefinites = new Map<string, { at: number; text: string }>();

  noteIndefinite(head: string, at: number, text: string): void {
    if (!this.indefinites.has(head)) this.indefinites.set(head, { at, text });
  }

  /** The indefinite phrase that introduced an unnamed `head` before `at` ("the official" → "a justice official"). */
  private unnamedBefore(head: string, at: number): string | undefined {
    const first = this.indefinites.get(head);
    return first !== undefined && first.at < at ? first.text : undefined;
  }

  /** The most recent named person in the discourse. */
  private focusPerson(gender?: Gender): Salient | undefined {
    for (let i = this.salient.length - 1, n = 0; i >= 0 && n < 4; i--, n++) {
      const e = this.salient[i];
      if (!e.person || !e.name || e.plural) continue;
      // ("the woman" is no man in focus.)
      if (gender !== undefined && (e.gender ?? this.genderOf(e.name)) === (gender === 'male' ? 'female' : 'male')) continue;
      return e;
    }
    return undefined;
  }

  /** Counts gendered pronouns after a person's name, for guessing the gender when no entity knows it. */
  voteGender(name: string, gender: Gender, weight = 1): void {
    const v = this.genderVotes.get(name) ?? { male: 0, female: 0 };
    v[gender] += weight;
    this.genderVotes.set(name, v);
  }

  private genderOf(name: string, entity?: DocEntity): Gender | undefined {
    // The text's own pronouns, when they clearly agree, beat a guess from a first-name list.
    const v = this.genderVotes.get(name);
    if (v) {
      const [hi, lo, g] = v.male > v.female ? [v.male, v.female, 'male' as const] : [v.female, v.male, 'female' as const];
      if (hi >= 2 && hi >= 3 * lo) return g;
    }
    if (entity?.gender) return entity.gender;
    if (!v || v.male === v.female) return undefined;
    return v.male > v.female ? 'male' : 'female';
  }

  /** Resolves a name phrase to its full name (and entity key when one covers it). */
  resolveName(stream: TokenStream, phrase: SpeakerPhrase): { name: string; key?: string; person: boolean; entity?: DocEntity } {
    const toks = stream.tokens;
    const start = toks[phrase.from].start;
    const end = toks[phrase.to - 1].end;
    const words: string[] = [];
    for (let i = phrase.from; i < phrase.to; i++) words.push(i === phrase.to - 1 ? stripPossessive(toks[i].text) : toks[i].text);
    // "The PM said", "the FM said": the one person the text gave the title abbreviated.
    const titleWordsOf = words.length === 1 ? TITLE_ABBREVIATIONS.get(words[0]) : undefined;
    const holder = titleWordsOf ? this.names.resolveRoleWords(titleWordsOf, start) : undefined;
    if (holder) return { name: holder, person: true };
    // "The DCF said": a role abbreviated in brackets before the one name it was given to
    // ("Deputy Conservator of Forest (DCF) Prabhakaran visited …").
    const abbreviated = words.length === 1 && ROLE_ABBREVIATION.test(words[0]) ? this.abbreviationHolder(words[0], start) : undefined;
    if (abbreviated) return { name: abbreviated.name, key: abbreviated.key, person: true, entity: abbreviated };
    // (A name inside the phrase after its "of" is the place or body it belongs to: "Buses of
    // Somerset" is no "Somerset".)
    let m = this.mentionIn(start, end);
    if (m && m.start > start && /\bof (?:the )?$/i.test(this.text.slice(start, m.start))) m = undefined;
    if (m) {
      // An entity typed 'other' is undecided: the name's own look decides.
      const person = m.entity.type === 'person' || (m.entity.type === 'other' && looksLikeFullName(m.entity.name));
      return { name: m.entity.name, key: m.entity.key, person, entity: m.entity };
    }
    if (words.length === 1) {
      const full = this.names.resolveSurname(words[0], start);
      if (full) return { name: full, person: true };
    }
    return { name: words.join(' '), person: looksLikePersonName(words) };
  }

  /**
   * "Officials said", "Police said" opening a sentence: a word capitalised only by its place, no
   * entity and no one's surname, is a description ("officials", the police force named before).
   */
  private commonNounAsName(stream: TokenStream, phrase: SpeakerPhrase, r: { name: string; entity?: DocEntity }): boolean {
    if (phrase.to - phrase.from !== 1 || r.entity || r.name !== stream.tokens[phrase.from].text) return false;
    const word = lowerAt(stream, phrase.from);
    if (groupPronouns.has(word)) return true;
    // (Plurals and bodies only: a singular role word may be a surname, "Traeger", "Baker".)
    return (word.endsWith('s') || pluralPeople.has(word) || organisationNouns.has(word)) && canSpeak(word) && !isGivenName(foldWord(word));
  }

  /**
   * Notes the person named at the start of a sentence as salient (not as a quote's speaker);
   * `unnamed`: the name owns the subject, a person left unnamed ("John Horgan’s senior adviser").
   */
  noteSubject(stream: TokenStream, phrase: SpeakerPhrase, unnamed = false): void {
    if (unnamed) {
      this.noteSalient(null, true, stream.tokens[phrase.from].start, stream.tokens[phrase.to - 1].end);
      return;
    }
    if (phrase.kind !== 'name') {
      // "The deputy described …": the person the description resolves to, named or not.
      const { sal } = this.resolveDescription(stream, phrase, stream.tokens[phrase.from].start);
      // (A group too, "City staff are recommending …", for a "they" after it; and a party's members
      // named so, "The Conservatives believe …".)
      if ((sal.person && (sal.name || sal.description)) || (sal.name && partyNouns.has(lowerAt(stream, phrase.to - 1).replace(/s$/, '')))) this.salient.push(sal);
      return;
    }
    const r = this.resolveName(stream, phrase);
    // The caller found it in a subject's place; only an entity known as a place or organisation
    // overrules that, or one the recogniser left undecided that joins its words with a particle
    // after a first word that is no given name ("that Cagayan de Oro would be a target"; a
    // "Charles de Gaulle" stays a person).
    if (r.entity ? r.entity.type === 'organization' || r.entity.type === 'place' || (r.entity.type === 'other' && placeLikeParticleName(r.name)) : !r.person) return;
    const toks = stream.tokens;
    this.salient.push({ name: r.name, key: r.key, gender: this.genderOf(r.name, r.entity), person: true, start: toks[phrase.from].start, end: toks[phrase.to - 1].end });
    if (this.salient.length > 64) this.salient.splice(0, 32);
  }

  /** Notes a person (or organisation) as the subject of a sentence or a quote. */
  noteSalient(name: string | null, person: boolean, start: number, end: number, key?: string, gender?: Gender): void {
    this.salient.push({ name, key, gender, person, start, end });
    if (this.salient.length > 64) this.salient.splice(0, 32);
  }

  /** The most salient person a he/she refers to, or a group/organisation for they/it. */
  private antecedent(kind: Gender | 'plural' | 'neuter' | 'first'): Salient | undefined {
    const s = this.salient;
    if (kind === 'male' || kind === 'female') {
      // The most recent person the pronoun can refer to: same gender, or gender unknown.
      for (let i = s.length - 1, seen = 0; i >= 0 && seen < 8; i--) {
        const e = s[i];
        if (!e.person || e.plural) continue;
        // "The man ... told the BBC that ... He said: “…”": an unnamed person quoted last, with no
        // one named since, is who the pronoun means.
        if (!e.name) {
          if (seen === 0 && e.description && (e.gender ?? kind) === kind) return e;
          continue;
        }
        seen++;
        const g = e.gender ?? this.genderOf(e.name);
        if (!g || g === kind) return e;
      }
      return undefined;
    }
    if (kind === 'first') return undefined;
    for (let i = s.length - 1; i >= 0 && i >= s.length - 3; i--) if (!s[i].person || (kind === 'plural' && s[i].plural)) return s[i];
    return undefined;
  }

  /**
   * Who brought up the document a definite "the <noun>" at `at` refers back to: the first one
   * noted (a subject or a speaker) in the sentence of the noun's last mention within the 1,500
   * characters before, and before the noun.
   */
  private documentAuthor(noun: string, at: number): Salient | undefined {
    const from = Math.max(0, at - 1500);
    const window = this.text.slice(from, at).toLowerCase();
    let k = window.lastIndexOf(noun);
    // (lastIndexOf from -1 searches from 0 again: a word at the window's start is the last try.)
    while (k >= 0 && (/\p{L}/u.test(window[k - 1] ?? '') || /\p{L}/u.test(window[k + noun.length] ?? ''))) k = k > 0 ? window.lastIndexOf(noun, k - 1) : -1;
    if (k < 0) return undefined;
    const mention = from + k;
    const sentenceStart = from + Math.max(window.lastIndexOf('. ', k), window.lastIndexOf('\n', k)) + 1;
    // (An unnamed person too: "…, a provincial government spokesperson told the Free Press in an
    // emailed statement.¶“…,” the statement said" is the spokesperson's, not the paper's.)
    let first: Salient | undefined;
    for (const e of this.salient) {
      if (e.start < sentenceStart || e.start >= mention || !((e.name !== null && (e.person || e.key !== undefined)) || (e.person && e.description))) continue;
      if (!first || e.start < first.start) first = e;
    }
    return first;
  }

  /** The person of `gender` named in full (and named again) last within 1,000 characters before `at`, as a salient entry. */
  private personMentionedBefore(at: number, gender: Gender): Salient | undefined {
    // (Not past an unnamed person made a subject since: "John Horgan’s senior adviser is fighting
    // the expansion. He said …" is the adviser.)
    let unnamedSince = -1;
    for (const e of this.salient) if (e.person && !e.name && !e.plural && e.start < at) unnamedSince = Math.max(unnamedSince, e.start);
    for (let i = this.firstEndingAfter(at) - 1; i >= 0; i--) {
      const m = this.mentions[i];
      if (at - m.end >= 1000 || m.start <= unnamedSince) break;
      // (Named in full, as a person's name reads, and more than once: a lone capitalised word taken
      // for a person, "the Baganda", may be a people, "Morning Ireland" a programme, and "who
      // represents St James West Central" a constituency.)
      // (Once will do in the pronoun's own sentence, for a name after a title: "a complaint was filed
      // against Trustee Will Davies after he referred to …"; not "Morning Ireland".)
      const sameSentence = at - m.end < 200 && !/[.!?]["”’]?\s/.test(this.text.slice(m.end, at)) && isRoleNoun((/(\p{L}+)\.? $/u.exec(this.text.slice(Math.max(0, m.start - 24), m.start))?.[1] ?? '').toLowerCase());
      if (m.entity.type !== 'person' || (m.entity.mentions.length < 2 && !sameSentence) || !looksLikeFullName(m.entity.name)) continue;
      // (Of the pronoun's gender, known: from the text's pronouns or a first-name list.)
      const g = this.genderOf(m.entity.name, m.entity);
      if (g !== gender) continue;
      return { name: m.entity.name, key: m.entity.key, gender: g, person: true, start: m.start, end: m.end };
    }
    return undefined;
  }

  /** The organisation named last before `at`, as a salient entry. */
  private organisationSalient(at: number): Salient | undefined {
    const org = this.organisationBefore(at);
    return org ? { name: org.entity.name, key: org.entity.key, person: false, start: org.start, end: org.end } : undefined;
  }

  /** The last quoted speaker, for a quote standing alone in its paragraph. */
  lastSpeaker(): Salient | undefined {
    return this.lastQuoted;
  }

  /**
   * Who an unattributed quote at offset `at` belongs to: the last person quoted or made the
   * subject before it ("Mulder didn’t hesitate. “It’s this for sure.”").
   */
  salientBefore(at: number): Salient | undefined {
    for (let i = this.salient.length - 1; i >= 0; i--) {
      const e = this.salient[i];
      if (e.start < at && e.name && (e.person || e.quoted)) return e;
    }
    return this.lastQuoted;
  }

  private lastQuoted: Salient | undefined;

  /** "X and Y" closing a phrase, both people's names: "Tore Sohlberg and Lehla Abreder". */
  private namedPair(stream: TokenStream, phrase: SpeakerPhrase): string | undefined {
    const toks = stream.tokens;
    for (let k = phrase.from + 1; k < phrase.to - 1; k++) {
      if (lowerAt(stream, k) !== 'and') continue;
      const right = nameRunStartingAt(stream, k + 1, phrase.to);
      const left = nameRunEndingAt(stream, k - 1, phrase.from);
      if (!right || right[1] !== phrase.to || !left) return undefined;
      const [la, lb] = personPart(stream, left[0], left[1]);
      const [ra, rb] = personPart(stream, right[0], right[1]);
      // "Stokes and McCullum promised": surnames alone name the people the text named in full.
      const full = (a: number, b: number): string[] => {
        const words = runText(stream, a, b).split(' ');
        if (words.length !== 1) return words;
        return this.names.resolveSurname(words[0], stream.tokens[a].start)?.split(' ') ?? words;
      };
      const l = full(la, lb);
      const r = full(ra, rb);
      if (l.length < 2 || r.length < 2 || !looksLikePersonName(l) || !looksLikePersonName(r)) return undefined;
      return `${l.join(' ')} and ${r.join(' ')}`;
    }
    return undefined;
  }

  /**
   * A speaker given by a description, not a name: "the mayor" (the one person the text gave that
   * role), "the Ukrainian leader", "says the bow-tied maverick" (the person in focus), "the company"
   * (the organisation named just before), "a statement from the EU" (the EU). An unnamed one keeps
   * a null name and its description ("a spokesperson"; "the official" after "a justice official").
   */
  private resolveDescription(stream: TokenStream, phrase: SpeakerPhrase, discourseEnd: number): { result: Speaker; sal: Salient } {
    const toks = stream.tokens;
    const start = toks[phrase.from].start;
    const end = toks[phrase.to - 1].end;
    const written = this.text.slice(start, end).replace(/\s+/g, ' ');
    // "A spokesperson said" opening a sentence is still "a spokesperson".
    const description = /^(A|An|The|His|Her|Its|Their|One|My|Our) /.test(written) ? written[0].toLowerCase() + written.slice(1) : written;
    const words = description.toLowerCase().split(' ').map((w) => w.replace(/[,;:]+$/, ''));
    // The head is the noun before any preposition ("the 39-year-old founder of Studiocomix Press").
    // (So does a relative clause: "several people who live in the area", "the woman who called 911".)
    const ofAt = words.findIndex((w, i) => i > 0 && (headEnders.has(w) || relativeHeadEnders.has(w)));
    // ("sergeant-at-arms", "editor-in-chief": the first part names the role.)
    // ("sources familiar with the talks": the noun before the adjective.)
    // ("people arrested last week", "people arrested at the camp": the plural before its participle.)
    // ("an expert cited in the report": a speaker's singular too, before a participle's preposition.)
    // ("Those living in mega townships", "residents living near the plant": a present participle
    // too, before its preposition; "BC RCMP’s commanding officer" has none.)
    // ("The prosecutor handling the case", "the lawyer representing the family": a head's present
    // participle and its object, after a determiner.)
    // (Its object opens with a determiner or a name: "the winter railroading report" is a report.)
    const writtenWords = description.split(' ');
    const acting = (w: string, i: number) => i >= 2 && i <= 4 && /^[a-z]{3,}ing$/.test(w) && determiners.has(words[0]) && (determiners.has(words[i + 1] ?? '') || /^\p{Lu}/u.test(writtenWords[i + 1] ?? '')) && canSpeak(words[i - 1]);
    const participleAt = words.findIndex((w, i) => i > 0 && (acting(w, i) || ((/[a-z]ed$/.test(w) || (/[a-z]ing$/.test(w) && i + 1 === ofAt)) && (/(s|people|those)$/.test(words[i - 1]) || (i + 1 === ofAt && words[ofAt] !== 'to' && canSpeak(words[i - 1]))))) && (ofAt < 0 || i < ofAt));
    // ("most of the members": the group the part is of.)
    // ("a couple of the operators", "a number of residents" too.)
    const partOf = (ofAt === 1 && words[1] === 'of' && partitiveWords.has(words[0])) || (ofAt === 2 && words[2] === 'of' && (words[0] === 'a' || words[0] === 'an') && groupNouns.has(words[1]));
    const headAt = partOf ? words.length - 1 : participleAt > 0 ? participleAt - 1 : ofAt > 1 && postnominalAdjectives.has(words[ofAt - 1]) ? ofAt - 2 : ofAt > 0 ? ofAt - 1 : words.length - 1;
    const head = compoundRoleHead(stripPossessive(words[headAt]));
    const pluralHead = /[^s]s$/.test(head);
    const definite = words[0] === 'the';
    const named = (name: string, key: string | undefined, person: boolean, gender?: Gender) => ({
      result: { start, end, name, ...(key ? { key } : {}) },
      sal: { name, key, gender, person, start, end },
    });
    // "Stella's owners Tore Sohlberg and Lehla Abreder": the two of them, together.
    const pair = this.namedPair(stream, phrase);
    if (pair) return { result: { start, end, name: pair }, sal: { name: pair, person: true, plural: true, start, end } };
    // "according to the National Geological Survey": "the" and a body's name is that body.
    if (definite && ofAt < 0 && phrase.to - phrase.from >= 2 && !partyNouns.has(head)) {
      const body = this.mentionIn(toks[phrase.from + 1].start, end);
      if (body && body.start === toks[phrase.from + 1].start && body.end >= end - 2 && body.entity.type !== 'place' && body.entity.type !== 'person') {
        return named(body.entity.name, body.entity.key, false);
      }
    }
    // "according to Trump's account", "Ushakov's statement": the one whose account it is.
    // ("Prof Frimpong-Boateng’s report on illegal mining": what the document is on, after it.)
    // ("according to Smith’s own testimony": past "own".)
    const headToken = phrase.from + headAt;
    const ownerEnd = headAt >= 2 && words[headAt - 1] === 'own' ? headToken - 1 : headToken;
    // (A named owner: "the 19-year-old’s own testimony" names no one.)
    const ownerStart = definite ? phrase.from + 1 : phrase.from;
    const namedOwner = ownerStart < phrase.to && isCapitalised(toks[ownerStart]);
    if (documentNouns.has(head) && headAt >= 1 && headToken < phrase.to && namedOwner && endsWithApostrophe(toks[ownerEnd - 1].text)) {
      const owner = this.resolveName(stream, { kind: 'name', from: phrase.from, to: ownerEnd });
      if (owner.person || owner.entity) return named(owner.name, owner.key, owner.person);
    }
    // "her statement", "his post", "its statement": the one the owner's pronoun means.
    const kind = ownerPronouns.get(words[0]);
    if (ofAt < 0 && documentNouns.has(head) && words.length <= 3 && kind !== undefined) {
      const owner = this.antecedent(kind) ?? (kind === 'neuter' || kind === 'plural' ? this.organisationSalient(discourseEnd) : undefined);
      if (owner?.name) return { result: { start, end, name: owner.name, ...(owner.key ? { key: owner.key } : {}) }, sal: { ...owner, start, end } };
    }
    // "A release sent to media from UFCW Local 832", "a report released Tuesday by Statistics
    // Canada": the body named after its "by" or "from" issued it; else the document is the source.
    if (documentNouns.has(words[1]) && issuedParticiples.has(words[2] ?? '')) {
      const byAt = words.findIndex((w, i) => i > 2 && (w === 'by' || w === 'from'));
      const issuer = byAt > 0 && phrase.from + byAt + 1 < phrase.to ? this.mentionIn(toks[phrase.from + byAt + 1].start, end) : undefined;
      if (issuer && issuer.entity.type !== 'place') return named(issuer.entity.name, issuer.entity.key, issuer.entity.type === 'person');
      return { result: { start, end, name: null, description }, sal: { name: null, person: false, start, end } };
    }
    // "a statement from the EU", "the report by Statistics Canada": the body that issued it.
    if (ofAt > 0 && documentNouns.has(head)) {
      const source = this.mentionIn(toks[phrase.from + ofAt + 1]?.start ?? end, end);
      if (source && source.entity.type !== 'place') return named(source.entity.name, source.entity.key, source.entity.type === 'person');
    }
    // "the Ukrainian leader": the one person whose role says Ukrainian; a role-holder whose
    // role lacks the modifier ("Senate Majority Leader") is not meant.
    // (A plural is several people: "The YDA leaders" is not the YDA's president.)
    const modifier = words.length === 3 && definite && !pluralHead ? words[1] : undefined;
    // ("… a justice official said …¶The justice official said": the unnamed one introduced with
    // that modifier, not the justice minister.)
    const introducedAs = modifier ? this.unnamedBefore(head, start) : undefined;
    const modified = modifier && !(introducedAs && introducedAs.toLowerCase().split(' ').includes(modifier)) ? this.peopleWithRoleWord(modifier) : [];
    if (modified.length === 1) return named(modified[0].name, undefined, true, this.genderOf(modified[0].name));
    // "the mayor": the one person the text gave that role.
    // (Before a participle too: "the prosecutor handling the case".)
    const singlingParticiple = participleAt > 1 && /ing$/.test(words[participleAt]) && !pluralHead;
    // (A title alone in capitals, as a heading gives it: "Premier says he tried to keep government
    // together" is the premier the text named.)
    const bareTitle = words.length === 1 && titleWords.has(head) && isCapitalised(toks[phrase.from]);
    const headRole = (((words.length >= 2 && words.length <= 3) || (singlingParticiple && participleAt <= 3)) && definite) || bareTitle ? this.names.resolveRole(head, start) : undefined;
    if (headRole && (!modifier || modified.some((e) => e.name === headRole) || !this.people.some((e) => e.name === headRole))) {
      return named(headRole, undefined, true, this.genderOf(headRole));
    }
    // "Ontario reserve chief says housing shortage worse than ever": a headline's role, before anyone
    // is named, is the one person the story gives that title ("Pikangikum Chief Dean Owen"), whose
    // role has the headline's capitalised words but for an owner or a place opening them ("Canada's
    // Immigration Minister" is not the Prime Minister). A title alone, "Chief says …", is read below.
    if (!headRole && headAt >= 1 && !pluralHead && !kinWords.has(head) && isRoleNoun(head) && this.inFirstLine(start)) {
      const modifiers = writtenWords.slice(0, headAt).filter((w, i) => /^\p{Lu}/u.test(w) && !endsWithApostrophe(w) && !endsWithApostropheS(w) && !(i === 0 && this.mentionIn(toks[phrase.from].start, toks[phrase.from].end)?.entity.type === 'place')).map((w) => w.toLowerCase());
      const holders = this.peopleWithTitle(head).filter((e) => e.roles.some((r) => {
        const roleWords = r.toLowerCase().split(' ');
        return modifiers.every((m) => roleWords.includes(m));
      }));
      if (holders.length === 1) return named(holders[0].name, holders[0].key, true, this.genderOf(holders[0].name, holders[0]));
    }
    // "the president": the one person with that title, when the name index (multi-word names only)
    // knows no one and the person in focus has other roles only ("President Trump" ... "first lady
    // Melania Trump" ... "the president said"). A focus person without roles may well be meant.
    if (!headRole && definite && words.length === 2 && titleWords.has(head) && !kinWords.has(head)) {
      const holders = this.peopleWithTitle(head);
      const focus = this.focusPerson();
      const focusRoles = focus && this.people.find((e) => (focus.key ? e.key === focus.key : e.name === focus.name));
      if (holders.length === 1 && (!focus || (focusRoles && !holders.includes(focusRoles)))) {
        return named(holders[0].name, holders[0].key, true, this.genderOf(holders[0].name, holders[0]));
      }
    }
    const introduced = definite ? this.unnamedBefore(head, start) : undefined;
    // "says the affable proprietor", "the bow-tied maverick", "the former sergeant-at-arms of the
    // House of Commons" (counted up to its "of"): a definite description of one person refers to
    // the person in focus, unless the text introduced an unnamed one
    // ("a White House official ... The official") or it is anonymous by nature ("the source").
    // ("The woman who called 911 said": a relative clause singles out someone new, not the person in focus.)
    // (Nor is a document a person: "the teen’s own testimony".)
    const describesPerson =
      definite && !singlingParticiple && (ofAt > 1 ? ofAt : words.length) <= 6 && ofAt !== 1 && !(ofAt > 0 && relativeHeadEnders.has(words[ofAt])) && !organisationNouns.has(head) && !anonymousNouns.has(head) && !collectiveHeads.has(head) && !documentNouns.has(head) && !pluralHead &&
      (isRoleNoun(head) || isAgeNoun(head) || words.length >= 3);
    const focus = describesPerson && !introduced ? this.focusPerson(headGender.get(head)) : undefined;
    // ("The editor of Saskatchewan’s two largest daily newspapers said she …" with a judge in focus:
    // the one person the text gives that role, "Heather Persson, editor of the Saskatoon
    // StarPhoenix", when the person in focus has roles and none of them is it.)
    if (focus?.name && isRoleNoun(head) && !titleWords.has(head)) {
      const focusEntity = this.people.find((e) => (focus.key ? e.key === focus.key : e.name === focus.name));
      const holders = focusEntity && focusEntity.roles.length > 0 && !this.peopleWithRoleWord(head).includes(focusEntity) ? this.peopleWithRoleWord(head) : [];
      const gender = headGender.get(head);
      if (holders.length === 1 && (!gender || !holders[0].gender || holders[0].gender === gender)) return named(holders[0].name, holders[0].key, true, this.genderOf(holders[0].name, holders[0]));
    }
    if (focus?.name) return { result: { start, end, name: focus.name, ...(focus.key ? { key: focus.key } : {}) }, sal: { ...focus } };
    // "the company said": the organisation named just before.
    // A capitalised modifier names the body: "the RCMP statement", "the Sensei website" are that
    // entity's; "The Canadian government", "the Chinese embassy" a body of their own.
    // (Only a body's or a document's head: "the PNP chief" is a person.)
    // ("a Geo News report said": a document with its owner's name of a few words, "a" or "the".)
    const ownerWords = phrase.to - phrase.from - 2;
    const namedBody = (definite || ((words[0] === 'a' || words[0] === 'an') && documentNouns.has(head))) && ofAt < 0 && ownerWords >= 1 && ownerWords <= (definite ? 1 : 3) &&
      words.length === phrase.to - phrase.from && (organisationNouns.has(head) || documentNouns.has(head)) && capitalisedRun(stream, phrase.from + 1, phrase.to - 1);
    // ("The Calgary-based railway": a place names where the body is, not which; the body is found
    // as "the railway" is.)
    let placedBody = false;
    if (namedBody) {
      const owner = this.mentionIn(toks[phrase.from + 1].start, toks[phrase.to - 2].end);
      if (owner && owner.entity.type !== 'place' && owner.end <= toks[phrase.to - 2].end) return named(owner.entity.name, owner.entity.key, owner.entity.type === 'person');
      placedBody = owner?.entity.type === 'place' || (phrase.to - phrase.from === 3 && /-based$/.test(words[1]));
    }
    // "police said", "the police said": the police force the text named ("RCMP", "Toronto Police").
    // (Or the one force the whole text names, later: "Police tweeted …" before "Const. Rob Carver of
    // the Winnipeg Police Service said".)
    const force = head === 'police' && words.length <= 2 ? this.organisationBefore(discourseEnd, head) ?? this.onlyOrganisationNaming(head) : undefined;
    if (force) return named(force.entity.name, force.entity.key, false);
    // (A statement or a release is read below, for who brought it up: "the statement said".)
    const org = definite && words.length <= 3 && organisationNouns.has(head) && !issuedNouns.has(head) && (!namedBody || placedBody) ? this.organisationBefore(discourseEnd, head) : undefined;
    if (org) return named(org.entity.name, org.entity.key, false);
    // "the release said", "the statement said": the body that issued it, named just before ("the
    // company announced in a press release"); else the document itself describes the source.
    // A report or post of its own ("a local media report said") is the source as the text gives it.
    if (documentNouns.has(head) && ofAt < 0 && words.length <= 4 && describerWords.has(words[0])) {
      // ("Jason Schultz … stated in the company’s blog post that …¶“…,” the post read": whoever
      // the sentence that brought the document up is about.)
      const author = definite && words.length === 2 ? this.documentAuthor(head, start) : undefined;
      if (author?.name) return { result: { start, end, name: author.name, ...(author.key ? { key: author.key } : {}) }, sal: { ...author, start, end } };
      if (author?.description) return { result: { start, end, name: null, description: author.description }, sal: { ...author, start, end } };
      const issuer = definite && words.length === 2 && issuedNouns.has(head) ? this.organisationBefore(discourseEnd) : undefined;
      if (issuer) return named(issuer.entity.name, issuer.entity.key, false);
      return { result: { start, end, name: null, description }, sal: { name: null, person: false, start, end } };
    }
    // Only a short noun phrase headed by someone who can speak describes a speaker: not a longer
    // phrase about a report, not a clause the phrase reader swept up ("his government won't spend ...").
    // ("Officials in Rakhine state": a bare plural head, then where they are.)
    // ("Cisco System’s Talos cybersecurity unit": an owner's name of a few words in the possessive.)
    const ownerFirst = words.findIndex((w, i) => i < 3 && endsWithApostropheS(w));
    // ("State and territory health ministers": two modifiers joined, then a plural.)
    const joinedModifiers = words.length <= 6 && words.includes('and') && (pluralHead || pluralPeople.has(head));
    // ("both supporters and opponents of proposed pipelines": two plurals joined, then what of.)
    const joinedPlurals = ofAt > 0 && ofAt <= 4 && words.slice(0, ofAt).includes('and') && pluralHead && words.length <= 10;
    // ("Harassed officials at St Pancras": an adjective, then a plural head, then where they are.)
    const adjectivePlural = headAt === 1 && ofAt === 2 && pluralHead && phrase.from === sentenceStartOf(stream, phrase.from);
    const opensNounPhrase = joinedPlurals || describerWords.has(words[0]) || adjectivePlural || (ownerFirst >= 0 && ownerFirst < words.length - 1) || (ofAt < 0 && (words.length <= 4 || joinedModifiers) && !relativeWords.has(words[0])) || (headAt === 0 && ofAt > 0 && (/[^s]s$/.test(words[0]) || pluralPeople.has(words[0]))) || partOf || (participleAt > 0 && participleAt <= 3) || (words[0] === 'those' && words[1] === 'who');
    // (A longer phrase is a speaker when its head comes early and a preposition follows it: "a
    // spokeswoman for the US Department of Justice".)
    // (A long relative clause after a short head leaves the head to describe them: "a Niger state
    // commissioner who regained freedom from bandits on Thursday" is "a Niger state commissioner".)
    const beforeRelative = ofAt > 0 && ofAt <= 5 && relativeHeadEnders.has(words[ofAt]) ? description.split(' ').slice(0, ofAt).join(' ') : undefined;
    // ("a private security professional present during the attack": an adjective after the head.)
    const adjectiveAfterHead = ofAt > 1 && ofAt <= 5 && headAt === ofAt - 2 && words.length <= 10;
    // ("Liberal cabinet ministers meeting in the midst of the Rocky Mountains": a plural's participle
    // and where they are.)
    const shortEnough = words.length <= 6 || (ofAt > 0 && ofAt <= 3 && words.length <= 12) || adjectiveAfterHead || beforeRelative !== undefined || (participleAt > 0 && participleAt <= 3 && words.length <= 14) || joinedPlurals;
    // (A long one is described by its head: "a private security professional".)
    // ("administration officials unauthorized to speak publicly": a plural's participle says who they are.)
    // ("Liberal cabinet ministers meeting in the midst of …": modified plurals by their head.)
    const trimmedAtHead = (adjectiveAfterHead && words.length > 6 && participleAt < 0) || (participleAt > 1 && /ing$/.test(words[participleAt]));
    const spoken = trimmedAtHead ? description.split(' ').slice(0, headAt + 1).join(' ') : words.length <= 10 || beforeRelative === undefined ? description : beforeRelative;
    // ("according to court documents": records describe where it is from.)
    const describesSpeaker = shortEnough && opensNounPhrase && (canSpeak(head) || (head === 'those' && (participleAt === 1 || words[1] === 'who')) || recordPlurals.has(head)) && !documentNouns.has(head);
    // "…,” a justice official said": an unnamed person a later "the official" refers back to.
    if (describesSpeaker && (words[0] === 'a' || words[0] === 'an' || (words[0] === 'one' && words[1] !== 'of')) && !organisationNouns.has(head)) this.noteIndefinite(head, start, spoken);
    const describes = introduced ?? (describesSpeaker ? spoken : undefined);
    // An unnamed person ("the man", "a neighbour") stays salient for a pronoun, and unnamed people
    // ("several people who live in the area") for a "they"; a body does not.
    // ("one of the caretakers" is one person, a later "he".)
    const plural = (pluralHead || pluralPeople.has(head) || head === 'those') && !(words[0] === 'one' && words[1] === 'of');
    const unnamed = describes !== undefined && !organisationNouns.has(head);
    return {
      result: { start, end, name: null, ...(describes ? { description: describes } : {}) },
      // (A body described, "the ministry", is what a later "it" means: "It said …".)
      sal: unnamed ? { name: null, person: true, ...(plural ? { plural } : {}), description: describes, gender: plural ? undefined : headGender.get(head), start, end } : { name: null, person: false, ...(describes ? { description: describes } : {}), start, end },
    };
  }

  /**
   * Resolves a speaker phrase at its place in the document and records it as salient. `quoteStart`
   * keeps names inside the quote itself out of "it"/"the company" ("“We're working with Apple,” the
   * company said" is not Apple).
   */
  resolve(stream: TokenStream, phrase: SpeakerPhrase, statement = true, quoteStart = Infinity, focus = true): Speaker {
    const toks = stream.tokens;
    const start = toks[phrase.from].start;
    const end = toks[phrase.to - 1].end;
    const discourseEnd = Math.min(start, quoteStart);
    let result: Speaker;
    let sal: Salient;
    const r = phrase.kind === 'name' ? this.resolveName(stream, phrase) : undefined;
    if (r && !this.commonNounAsName(stream, phrase, r)) {
      const gender = r.person ? this.genderOf(r.name, r.entity) : undefined;
      result = { start, end, name: r.name, ...(r.key ? { key: r.key } : {}) };
      sal = { name: r.name, key: r.key, gender, person: r.person, start, end };
    } else if (phrase.kind === 'pronoun') {
      // ("she’s reminding …": the pronoun of a contraction.)
      const word = this.text.slice(start, end).toLowerCase().replace(/['’].*$/u, '');
      const kind = personalPronouns[word] ?? objectGenders[word] ?? 'neuter';
      let a = this.antecedent(kind);
      // ("Police are investigating Md Sharif Uddin. … In the video, he said": with no subject or
      // speaker to mean, the person named last before, as an object too.)
      if (!a && (kind === 'male' || kind === 'female')) a = this.personMentionedBefore(discourseEnd, kind);
      if ((!a || !a.name) && kind === 'neuter') {
        const org = this.organisationBefore(discourseEnd);
        if (org) a = { name: org.entity.name, key: org.entity.key, person: false, start: org.start, end: org.end };
      }
      // ("EDC declined to answer … “…,” it said": a body that is a sentence's subject since is what "it" means.)
      if (kind === 'neuter') {
        const subject = this.organisationSubjectBefore(discourseEnd);
        if (subject && a && subject.start > a.start) a = { name: subject.entity.name, key: subject.entity.key, person: false, start: subject.start, end: subject.end };
      }
      result = { start, end, name: a?.name ?? null, ...(a?.key ? { key: a.key } : {}), ...(a && !a.name && a.description ? { description: a.description } : {}) };
      sal = a ? { ...a, start, end } : { name: null, person: kind === 'male' || kind === 'female', start, end };
      if (a && (kind === 'male' || kind === 'female') && a.name && !a.gender) a.gender = kind;
    } else {
      ({ result, sal } = this.resolveDescription(stream, phrase, discourseEnd));
    }
    // (A report in a relative clause leaves the focus where it was: "Although Whitling said …
    // — which the judge said would be issued “shortly” — he said …" is Whitling.)
    if (!focus) return result;
    sal.quoted = true;
    this.salient.push(sal);
    // Reported speech and partial quotes pass the floor on only to a named person.
    if (statement || (sal.person && sal.name)) this.lastQuoted = sal;
    return result;
  }
}

/** Tokens [from, to) are all capitalised words. */
function capitalisedRun(stream: TokenStream, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (stream.tokens[k].kind !== 'word' || !isCapitalised(stream.tokens[k])) return false;
  return true;
}

/** The first token of the sentence holding token i. */
function sentenceStartOf(stream: TokenStream, i: number): number {
  let k = i;
  while (k > 0 && (stream.classes[k - 1] & TokenClass.sentenceEnd) === 0) k--;
  return k;
}

/** Possessive pronouns before a document ("her statement") and whom they can mean. */
const ownerPronouns = new Map<string, Gender | 'plural' | 'neuter'>([['his', 'male'], ['her', 'female'], ['its', 'neuter'], ['their', 'plural']]);

/** An abbreviation of a role, as a text may define one in brackets: two to five capitals. */
const ROLE_ABBREVIATION = /^[A-Z]{2,5}$/;

/** Titles written as their initials, and the title words they stand for. */
const TITLE_ABBREVIATIONS = new Map<string, readonly string[]>([
  ['PM', ['prime', 'minister']],
  ['FM', ['first', 'minister']],
  ['CM', ['chief', 'minister']],
  ['DPM', ['deputy', 'prime', 'minister']],
  ['AG', ['attorney', 'general']],
]);

/**
 * The sentence holding token i (after the previous end mark, up to and with its own): where it
 * ends, and its lead pronoun gender (`leadPronounGender`).
 */
function sentenceLeadGender(stream: TokenStream, i: number): { lead: Gender | undefined; to: number } {
  const from = sentenceStartOf(stream, i);
  let k = i;
  while (k < stream.tokens.length && (stream.classes[k] & TokenClass.sentenceEnd) === 0) k++;
  const to = Math.min(k + 1, stream.tokens.length);
  return { lead: leadPronounGender(stream.tokens, from, to), to };
}

/**
 * Gender votes from the text: a courtesy title before a name, and gendered pronouns that follow a
 * name before any other name (in a sentence with pronouns of both genders, only the lead gender's).
 * Cheap and linear. Clear votes beat the entity's gender, which may rest on a first-name list alone.
 */
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'himself', 'herself']);

export function voteGenders(stream: TokenStream, resolver: SpeakerResolver, nameAt: (i: number) => { name: string; to: number } | undefined): void {
  const toks = stream.tokens;
  let last: { name: string; at: number } | undefined;
  // The sentence of the last vote: read only for sentences where a pronoun votes.
  let sentence = { lead: undefined as Gender | undefined, to: 0 };
  for (let i = 0; i < toks.length; i++) {
    // Only capitalised words (names) and gendered pronouns cast or take votes.
    if ((stream.classes[i] & (TokenClass.capitalised | TokenClass.gendered)) === 0) continue;
    const t = toks[i];
    if (t.kind !== 'word') continue;
    const c = t.text.charCodeAt(0);
    const upper = c < 128 ? c >= 65 && c <= 90 : t.text[0] !== t.text[0].toLowerCase();
    if (!upper && t.text.length > 7) continue;
    const lowerText = upper ? lowerAt(stream, i) : t.text;
    // Sentence-opening words ("The", "He", "But") are never names: skip the name lookup.
    const found = upper && !nonNameWords.has(lowerText) ? nameAt(i) : undefined;
    if (found) {
      const before = i > 0 ? lowerAt(stream, i - 1) : '';
      const prev = before.endsWith('.') ? before.slice(0, -1) : before;
      if (femaleTitles.has(prev)) resolver.voteGender(found.name, 'female', 3);
      else if (maleTitles.has(prev)) resolver.voteGender(found.name, 'male', 3);
      last = { name: found.name, at: i };
      i = found.to - 1;
      continue;
    }
    // Every gendered word ("he" ... "herself") starts with an h or an s: most words need no lookup.
    const g = t.text.length <= 7 && ((c | 32) === 104 || (c | 32) === 115) ? genderedWords.get(lowerText) : undefined;
    if (!g || !last || i - last.at >= 40) continue;
    if (i >= sentence.to) sentence = sentenceLeadGender(stream, i);
    if (sentence.lead === undefined || sentence.lead === g) {
      // "Caesar-Chavannes tweeted after his comment": an object or possessive after a name is often
      // someone else's; it counts half a subject's "he"/"she".
      resolver.voteGender(last.name, g, SUBJECT_PRONOUNS.has(lowerText) ? 1 : 0.5);
      last.at = i;
    }
  }
}
