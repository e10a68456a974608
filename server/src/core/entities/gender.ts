// Grammatical gender of the people of a document: honorifics ("Mrs."), then he/she pronouns that
// follow a mention of the person, then the first-name lexicon.
import type { DocWords } from './docWords';
import { FEMALE_PRONOUNS, MALE_PRONOUNS } from './lexicon';
import { givenNameGender } from './givenNames';

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

export function inferGenders(words: DocWords, evidence: GenderEvidence): Array<'male' | 'female' | undefined> {
  const n = evidence.honorific.length;
  const male = new Float64Array(n);
  const female = new Float64Array(n);
  const mentions = evidence.mentions;
  let next = 0;
  const nameGender = evidence.givenName.map((g) => (g ? givenNameGender(g) : undefined));
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
      for (const k of pronouns ?? []) {
        const t = s.tokens[k];
        takeMentionsUpTo(t.start);
        const g = pronounGender(t.text);
        const pool = inSentence.length > 0 ? inSentence : previous;
        if (pool.length === 0) continue;
        const target = pool.find((p) => nameGender[p] === g) ?? (nameGender[pool[0]] === undefined ? pool[0] : -1);
        if (target < 0) continue;
        if (g === 'male') male[target]++;
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
    const fromName = evidence.givenName[i] ? givenNameGender(evidence.givenName[i] as string) : undefined;
    // The name list counts as half a pronoun, so pronouns settle names it gets wrong ("Yuri").
    const m = male[i] + (fromName === 'male' ? 0.5 : 0);
    const f = female[i] + (fromName === 'female' ? 0.5 : 0);
    if (m > f && m >= 2 * f) genders.push('male');
    else if (f > m && f >= 2 * m) genders.push('female');
    else genders.push(undefined);
  }
  return genders;
}
