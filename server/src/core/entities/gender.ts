// Grammatical gender of the people of a document: honorifics ("Mrs."), then he/she pronouns that
// follow a mention of the person, then the first-name lexicon.
import type { Token } from '../types';
import type { DocWords } from './docWords';
import { FEMALE_PRONOUNS, MALE_PRONOUNS } from './lexicon';
import { genderFromOneList, leadingNameGender } from './givenNames';

/** He/she pronouns as written, lower case or capitalised at a sentence start ("He said"), with their gender: one lookup a word. */
const PRONOUN_GENDER = new Map<string, 'male' | 'female'>();
for (const [words, gender] of [[FEMALE_PRONOUNS, 'female'], [MALE_PRONOUNS, 'male']] as const) {
  for (const w of words) for (const written of [w, w[0].toUpperCase() + w.slice(1)]) PRONOUN_GENDER.set(written, gender);
}

export interface GenderEvidence {
  /** Mentions of people: offset, person index, and whether possessive ("Putin's"), in text order. */
  mentions: Array<{ start: number; person: number; possessive: boolean }>;
  /** Honorific gender per person, when a "Mr."/"Mrs." stood before one of its mentions. */
  honorific: Array<'male' | 'female' | undefined>;
  /** Folded first word of each person's name (undefined for single-word names that are surnames). */
  givenName: Array<string | undefined>;
}

/** The gender of a he/she pronoun as written ("He", "his", "herself"), undefined for any other word. */
export function pronounGender(word: string): 'male' | 'female' | undefined {
  const c = word.charCodeAt(0);
  if (word.length > 7 || (c !== 104 && c !== 115 && c !== 72 && c !== 83)) return undefined; // h/s: cheap filter
  return PRONOUN_GENDER.get(word);
}

const NOMINATIVE = new Set(['he', 'she', 'He', 'She']);

/**
 * In a sentence (tokens[from, to)) with he- and she-pronouns both, the gender of its first he/she
 * (or, without one, of its first pronoun): the one more likely to be its subject's, as the others
 * are someone else ("Judge Kimba M. Wood … citing his health … the sentence she gave him"; "She
 * said she would have given him …, except he lied"). Undefined when its pronouns have one gender.
 * Pronouns inside double or single quotation marks are the speaker's words about others and are
 * left out; a sentence that opens inside a quotation shows it by a closing mark.
 */
export function leadPronounGender(tokens: readonly Token[], from: number, to: number): 'male' | 'female' | undefined {
  let first: 'male' | 'female' | undefined;
  let nominative: 'male' | 'female' | undefined;
  let mixed = false;
  let quoted = false;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (t.kind === 'punctuation') {
      const mark = t.text;
      if (mark === '"') quoted = !quoted;
      else if (mark === '“' || mark === '‘') quoted = true;
      else if (mark === '”' || mark === '’') {
        // Closing a quotation never opened here: what came before was quoted.
        if (!quoted) [first, nominative, mixed] = [undefined, undefined, false];
        quoted = false;
      }
      continue;
    }
    if (quoted) continue;
    const g = pronounGender(t.text);
    if (!g) continue;
    first ??= g;
    if (g !== first) mixed = true;
    if (!nominative && NOMINATIVE.has(t.text)) nominative = g;
  }
  return mixed ? (nominative ?? first) : undefined;
}

export function inferGenders(words: DocWords, evidence: GenderEvidence): Array<'male' | 'female' | undefined> {
  const n = evidence.honorific.length;
  const male = new Float64Array(n);
  const female = new Float64Array(n);
  const against = new Float64Array(n);
  const mentions = evidence.mentions;
  let next = 0;
  const nameGender = evidence.givenName.map((g) => (g ? leadingNameGender(g) : undefined));
  // A first name only one list genders ("Campbell") lets the text's pronouns decide, as does any
  // name of the only person a pronoun can mean.
  const weakName = evidence.givenName.map((g) => g !== undefined && genderFromOneList(g));
  // A pronoun usually refers to the subject: the first non-possessive person of its sentence, or of
  // the sentence before ("Yuri Ushakov, Putin's adviser, said ... He said Putin ..."). When the first
  // names say otherwise ("Trump thanked Melania Trump for her work"), the person whose name fits wins.
  let inSentence: number[] = [];
  let previous: number[] = [];
  let subjects = 0;
  /** Mentions that start at or before `offset` join the sentence's people. */
  const takeMentionsUpTo = (offset: number) => {
    while (next < mentions.length && mentions[next].start <= offset) {
      const m = mentions[next];
      // Non-possessive mentions first: "Putin's adviser" is not the subject.
      if (m.possessive) inSentence.push(m.person);
      else inSentence.splice(subjects++, 0, m.person);
      next++;
    }
  };
  // (previous keeps the sentence before's people, subject first.)
  for (const block of words.blocks) {
    for (const { sentence: s, pronouns } of block) {
      previous = inSentence.length > 0 ? inSentence : previous.slice(0, 1);
      inSentence = [];
      subjects = 0;
      // Sentences with no person in them or just before them have no pronoun to count.
      if (previous.length === 0 && (next >= mentions.length || mentions[next].start >= s.end)) continue;
      // Only pronouns are counted; a mention joins the sentence once a token at or after its start is
      // reached, so the pronouns (read once by readDocWords) and the last token are the steps that matter.
      const lead = pronouns ? leadPronounGender(s.tokens, 0, s.tokens.length) : undefined;
      for (const k of pronouns ?? []) {
        const t = s.tokens[k];
        takeMentionsUpTo(t.start);
        const g = pronounGender(t.text);
        const pool = inSentence.length > 0 ? inSentence : previous;
        if (pool.length === 0) continue;
        // The subject takes a pronoun only if its name leaves the gender open (or only one list
        // genders it), and, in a sentence with pronouns of both genders, only those of the lead
        // gender: the others are someone else.
        // (Or when no one else is there to take it: "Springbok captain Jean de Villiers …¶ “…,” he
        // said", a name most lists give to women.)
        const open = nameGender[pool[0]] === undefined || weakName[pool[0]];
        const subjectTakes = (open || pool.length === 1) && (lead === undefined || lead === g);
        const target = pool.find((p) => nameGender[p] === g) ?? (subjectTakes ? pool[0] : -1);
        if (target < 0) continue;
        // (A pronoun against a name that is the only one there is kept apart, and counts only when
        // there are two and no pronoun of the name's gender follows the person: "Mary Jones, whose
        // husband died, said … He was …", where she is "she" elsewhere, is someone else.)
        if (!open && nameGender[target] !== g) against[target]++;
        else if (g === 'male') male[target]++;
        else female[target]++;
      }
      if (s.tokens.length > 0) takeMentionsUpTo(s.tokens[s.tokens.length - 1].start);
    }
  }
  const genders: Array<'male' | 'female' | undefined> = [];
  for (let i = 0; i < n; i++) {
    const h = evidence.honorific[i];
    if (h) {
      genders.push(h);
      continue;
    }
    const fromName = evidence.givenName[i] ? leadingNameGender(evidence.givenName[i] as string) : undefined;
    // The name list counts as half a pronoun, so pronouns settle names it gets wrong ("Yuri"); a
    // name only one list has, a quarter ("Premier Campbell Newman said … “…,” he told reporters").
    const nameWeight = weakName[i] ? 0.25 : 0.5;
    // (Two at least: one "he" after "Premier Mary Newman said" is more likely someone named before.)
    const unopposed = (fromName === 'male' ? male[i] : female[i]) === 0 && against[i] >= 2;
    const m = male[i] + (fromName === 'male' ? nameWeight : fromName && unopposed ? against[i] : 0);
    const f = female[i] + (fromName === 'female' ? nameWeight : fromName && unopposed ? against[i] : 0);
    if (m > f && m >= 2 * f) genders.push('male');
    else if (f > m && f >= 2 * m) genders.push('female');
    else genders.push(undefined);
  }
  return genders;
}
