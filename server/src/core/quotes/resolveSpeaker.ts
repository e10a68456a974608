// Turns a speaker phrase into a Speaker with a resolved full name. Names go through the entity
// extractor's mentions when it has any, else through the document's full names ("Montgomery" →
// "Mark Montgomery"). Pronouns go to the most salient person of the right gender: salience comes
// from who was quoted and who opened sentences, not from whichever name was seen last, so "Maria
// Snegovaya ... said there would need to be pressure to deter Putin. “...,” she said." gives
// Snegovaya. Unnamed speakers ("the official") keep their span with a null name.
import type { DocEntity, Speaker } from '../types';
import { genderedWords, isRoleNoun, nonNameWords, organisationNouns, personalPronouns, type Gender } from './lexicon';
import { looksLikePersonName, type NameIndex } from './names';
import type { SpeakerPhrase } from './speakerPhrase';
import { stripPossessive, type TokenStream } from './tokenStream';

interface Salient {
  name: string | null;
  key?: string;
  gender?: Gender;
  person: boolean;
  /** Said something (a quote's speaker), as opposed to only opening a sentence. */
  quoted?: boolean;
  /** Where the referent was named, used as the span of a speaker found through discourse. */
  start: number;
  end: number;
}

interface MentionRef {
  start: number;
  end: number;
  entity: DocEntity;
}

const femaleTitles = new Set(['mrs', 'ms', 'miss', 'madam', 'dame', 'lady', 'queen', 'princess', 'sister', 'mother', 'chairwoman', 'spokeswoman', 'congresswoman', 'businesswoman']);
const maleTitles = new Set(['mr', 'sir', 'lord', 'king', 'prince', 'father', 'brother', 'chairman', 'spokesman', 'congressman', 'businessman']);

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

  /** People whose roles in this text carry `word` ("ukrainian" in "Ukrainian President"). */
  private peopleWithRoleWord(word: string): DocEntity[] {
    return this.people.filter((e) => e.roles.some((r) => r.toLowerCase().split(/[\s,]+/).includes(word)));
  }

  /** The entity mention inside [start, end), preferring the one ending last. */
  private mentionIn(start: number, end: number): MentionRef | undefined {
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid].end <= start) lo = mid + 1;
      else hi = mid;
    }
    let best: MentionRef | undefined;
    for (let i = Math.max(0, lo - 2); i < this.mentions.length && this.mentions[i].start < end; i++) {
      const m = this.mentions[i];
      if (m.end > start && m.start < end && (!best || m.end >= best.end)) best = m;
    }
    return best;
  }

  /** The organisation named last before `at`, within a few sentences ("the company said"). */
  private organisationBefore(at: number): MentionRef | undefined {
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid].end <= at) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0 && at - this.mentions[i].end < 800; i--) {
      if (this.mentions[i].entity.type === 'organization') return this.mentions[i];
    }
    return undefined;
  }

  /** True when an entity mention of a person covers [start, end). */
  isPersonMention(start: number, end: number): boolean {
    const m = this.mentionIn(start, end);
    return m !== undefined && m.entity.type === 'person' && m.start <= start && m.end >= end;
  }

  private readonly indefinites = new Map<string, number>();

  noteIndefinite(head: string, at: number): void {
    if (!this.indefinites.has(head)) this.indefinites.set(head, at);
  }

  private unnamedBefore(head: string, at: number): boolean {
    const first = this.indefinites.get(head);
    return first !== undefined && first < at;
  }

  /** The most recent named person in the discourse. */
  private focusPerson(): Salient | undefined {
    for (let i = this.salient.length - 1, n = 0; i >= 0 && n < 4; i--, n++) {
      const e = this.salient[i];
      if (e.person && e.name) return e;
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
    const m = this.mentionIn(start, end);
    if (m) {
      // An entity typed 'other' is undecided: the name's own look decides.
      const nameWords = m.entity.name.split(' ');
      const person = m.entity.type === 'person' || (m.entity.type === 'other' && nameWords.length >= 2 && looksLikePersonName(nameWords));
      return { name: m.entity.name, key: m.entity.key, person, entity: m.entity };
    }
    if (words.length === 1) {
      const full = this.names.resolveSurname(words[0], start);
      if (full) return { name: full, person: true };
    }
    return { name: words.join(' '), person: looksLikePersonName(words) };
  }

  /** Notes the person named at the start of a sentence as salient (not as a quote's speaker). */
  noteSubject(stream: TokenStream, phrase: SpeakerPhrase): void {
    const r = this.resolveName(stream, phrase);
    // The caller found it in a subject's place; only an entity known as a place or organisation
    // overrules that.
    if (r.entity ? r.entity.type === 'organization' || r.entity.type === 'place' : !r.person) return;
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
        if (!e.person || !e.name) continue;
        seen++;
        const g = e.gender ?? this.genderOf(e.name);
        if (!g || g === kind) return e;
      }
      return undefined;
    }
    if (kind === 'first') return undefined;
    for (let i = s.length - 1; i >= 0 && i >= s.length - 3; i--) if (!s[i].person) return s[i];
    return undefined;
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

  /** Resolves a speaker phrase at its place in the document and records it as salient. */
  resolve(stream: TokenStream, phrase: SpeakerPhrase, statement = true): Speaker {
    const toks = stream.tokens;
    const start = toks[phrase.from].start;
    const end = toks[phrase.to - 1].end;
    let result: Speaker;
    let sal: Salient;
    if (phrase.kind === 'name') {
      const r = this.resolveName(stream, phrase);
      const gender = r.person ? this.genderOf(r.name, r.entity) : undefined;
      result = { start, end, name: r.name, ...(r.key ? { key: r.key } : {}) };
      sal = { name: r.name, key: r.key, gender, person: r.person, start, end };
    } else if (phrase.kind === 'pronoun') {
      const kind = personalPronouns[this.text.slice(start, end).toLowerCase()] ?? 'neuter';
      let a = this.antecedent(kind);
      if ((!a || !a.name) && kind === 'neuter') {
        const org = this.organisationBefore(start);
        if (org) a = { name: org.entity.name, key: org.entity.key, person: false, start: org.start, end: org.end };
      }
      result = { start, end, name: a?.name ?? null, ...(a?.key ? { key: a.key } : {}) };
      sal = a ? { ...a, start, end } : { name: null, person: kind === 'male' || kind === 'female', start, end };
      if (a && (kind === 'male' || kind === 'female') && a.name && !a.gender) a.gender = kind;
    } else {
      // An unnamed speaker; an entity mention inside it that is the whole phrase's head would
      // have been read as a name already.
      // "the mayor": the one person the text gave that role.
      const words = this.text.slice(start, end).toLowerCase().split(/\s+/);
      const head = words[words.length - 1];
      // "the Ukrainian leader": the one person whose role says Ukrainian; a role-holder whose
      // role lacks the modifier ("Senate Majority Leader") is not meant.
      const modifier = words.length === 3 && words[0] === 'the' ? words[1] : undefined;
      const modified = modifier ? this.peopleWithRoleWord(modifier) : [];
      const headRole = words.length >= 2 && words.length <= 3 && words[0] === 'the' ? this.names.resolveRole(head, start) : undefined;
      const role =
        modified.length === 1
          ? modified[0].name
          : headRole && (!modifier || this.peopleWithRoleWord(modifier).some((e) => e.name === headRole) || !this.people.some((e) => e.name === headRole))
            ? headRole
            : undefined;
      // "says the affable proprietor": a definite role for a person refers to the person in
      // focus, unless the text introduced an unnamed one ("a White House official ... The official").
      const focus =
        !role && words[0] === 'the' && words.length <= 6 && isRoleNoun(head) && !organisationNouns.has(head) && !this.unnamedBefore(head, start)
          ? this.focusPerson()
          : undefined;
      // "the company said": the organisation named just before.
      const org = !role && !focus && words[0] === 'the' && words.length <= 3 && organisationNouns.has(head) ? this.organisationBefore(start) : undefined;
      if (org) {
        result = { start, end, name: org.entity.name, key: org.entity.key };
        sal = { name: org.entity.name, key: org.entity.key, person: false, start, end };
      } else if (role) {
        result = { start, end, name: role };
        sal = { name: role, person: true, gender: this.genderOf(role), start, end };
      } else if (focus?.name) {
        result = { start, end, name: focus.name, ...(focus.key ? { key: focus.key } : {}) };
        sal = { ...focus };
      } else {
        result = { start, end, name: null };
        sal = { name: null, person: false, start, end };
      }
    }
    sal.quoted = true;
    this.salient.push(sal);
    // Reported speech and partial quotes pass the floor on only to a named person.
    if (statement || (sal.person && sal.name)) this.lastQuoted = sal;
    return result;
  }
}

/**
 * Gender votes from the text: a courtesy title before a name, and gendered pronouns that follow a
 * name before any other name. Cheap and linear; the entity extractor's gender wins when it has one.
 */
export function voteGenders(stream: TokenStream, resolver: SpeakerResolver, nameAt: (i: number) => { name: string; to: number } | undefined): void {
  const toks = stream.tokens;
  let last: { name: string; at: number } | undefined;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.kind !== 'word') continue;
    const c = t.text.charCodeAt(0);
    const upper = c < 128 ? c >= 65 && c <= 90 : t.text[0] !== t.text[0].toLowerCase();
    if (!upper && t.text.length > 7) continue;
    const lowerText = upper ? t.text.toLowerCase() : t.text;
    // Sentence-opening words ("The", "He", "But") are never names: skip the name lookup.
    const found = upper && !nonNameWords.has(lowerText) ? nameAt(i) : undefined;
    if (found) {
      const prev = (toks[i - 1]?.text ?? '').toLowerCase().replace(/\.$/, '');
      if (femaleTitles.has(prev)) resolver.voteGender(found.name, 'female', 3);
      else if (maleTitles.has(prev)) resolver.voteGender(found.name, 'male', 3);
      last = { name: found.name, at: i };
      i = found.to - 1;
      continue;
    }
    const g = t.text.length <= 7 ? genderedWords[lowerText] : undefined;
    if (g && last && i - last.at < 40) {
      resolver.voteGender(last.name, g);
      last.at = i;
    }
  }
}
