// Word lists the quote rules lean on: speech verbs, pronouns, titles and the small words that
// bound a speaker phrase. Kept apart so the rules read as rules and the lists can grow.
import { NAME_PARTICLES } from '../entities/lexicon';

/** A lookup table without Object.prototype, so that words like "constructor" find nothing. */
function nullProto<T>(entries: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}

const speechVerbStems = [
  'say', 'tell', 'add', 'write', 'post', 'tweet', 'ask', 'explain', 'note', 'continue', 'state',
  'confirm', 'warn', 'argue', 'insist', 'claim', 'joke', 'recall', 'remark', 'echo', 'suggest',
  'reply', 'respond', 'declare', 'announce', 'acknowledge', 'admit', 'concede', 'caution',
  'emphasize', 'emphasise', 'stress', 'observe', 'testify', 'wonder', 'predict', 'urge', 'shout',
  'whisper', 'laugh', 'quip', 'conclude', 'reiterate', 'agree', 'counter', 'lament', 'complain',
  'boast', 'muse', 'allege', 'assert', 'maintain', 'contend', 'report', 'describe', 'call',
  'mention', 'point', 'tout', 'vow', 'pledge', 'promise', 'repeat', 'exclaim', 'grumble', 'sigh',
  'scoff', 'concur', 'interject', 'elaborate', 'clarify', 'estimate', 'believe', 'think', 'feel',
  'hope', 'fear', 'worry', 'charge', 'accuse', 'demand', 'proclaim', 'reveal', 'disclose',
  'indicate', 'acknowledge', 'inform', 'recount', 'remind', 'highlight', 'underline', 'underscore',
  'signal', 'answer', 'retort', 'snap', 'offer', 'speculate', 'surmise', 'theorize', 'guess',
  'recommend', 'advise', 'propose', 'express', 'deny', 'dispute', 'object', 'protest', 'plead',
  'beg', 'cry', 'yell', 'scream', 'mutter', 'murmur', 'tease', 'brag', 'gush', 'rave', 'chime',
  'begin', 'start', 'share', 'wrap', 'sum', 'summarize', 'breathe', 'smile', 'nod', 'shrug',
  'text', 'email', 'e-mail', 'message', 'blog', 'testify', 'assure', 'reassure', 'predict', 'quote',
  'forecast', 'posit', 'opine', 'aver', 'submit', 'instruct', 'narrate', 'comment', 'chant',
  'deadpan', 'chuckle', 'confide',
  // (Reporting only a question's clause: "discussed how he and Leonard had become close".)
  'discuss', 'question',
];

/** Irregular and odd inflections the suffix rules below do not make. */
const irregularForms: Record<string, string> = nullProto({
  said: 'say', says: 'say', saying: 'say', told: 'tell', tells: 'tell', telling: 'tell',
  wrote: 'write', written: 'write', writes: 'write', writing: 'write', thought: 'think',
  felt: 'feel', began: 'begin', begun: 'begin', cried: 'cry', replied: 'reply', replies: 'reply',
  testified: 'testify', testifies: 'testify', echoes: 'echo', echoed: 'echo', theorized: 'theorize',
  snapped: 'snap', summed: 'sum', quipped: 'quip', retorted: 'retort', concurred: 'concur',
  worried: 'worry', worries: 'worry', clarified: 'clarify', speculated: 'speculate', texted: 'text',
  emailed: 'email', messaged: 'message', blogged: 'blog', 'e-mailed': 'e-mail',
  // A final consonant doubled before -ed and -ing.
  admitted: 'admit', admitting: 'admit', submitted: 'submit', submitting: 'submit', nodded: 'nod', nodding: 'nod', begged: 'beg', begging: 'beg',
  shrugged: 'shrug', shrugging: 'shrug', quipping: 'quip', snapping: 'snap', blogging: 'blog', concurring: 'concur',
  signalled: 'signal', signalling: 'signal', deadpanned: 'deadpan', deadpanning: 'deadpan',
  // What a judge ruled, in the past only ("the ruling party", "the rules that apply" are nouns).
  ruled: 'rule',
});

const stemSet = new Set(speechVerbStems);

/** The stem of a speech verb form ("reiterated" → "reiterate"), or undefined when it is none. */
export function speechVerbStem(word: string): string | undefined {
  if (!mayBeForm(word)) return undefined;
  return stemOfForm.get(lowerCaseChanges(word) ? word.toLowerCase() : word);
}

/**
 * False when lower-casing leaves the word as it is (no A–Z, nothing beyond ASCII). Words past the
 * sieve are mostly lower case already, and toLowerCase would still copy them.
 */
function lowerCaseChanges(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c > 127) return true;
  }
  return false;
}

function findStem(word: string): string | undefined {
  const w = word.toLowerCase();
  if (irregularForms[w]) return irregularForms[w];
  if (stemSet.has(w)) return w;
  const candidates: string[] = [];
  if (w.endsWith('ing')) candidates.push(w.slice(0, -3), w.slice(0, -3) + 'e');
  if (w.endsWith('ed')) candidates.push(w.slice(0, -2), w.slice(0, -1));
  if (w.endsWith('es')) candidates.push(w.slice(0, -2), w.slice(0, -1));
  if (w.endsWith('s')) candidates.push(w.slice(0, -1));
  // "denied", "denies": a final y after a consonant.
  if (w.endsWith('ied') || w.endsWith('ies')) candidates.push(w.slice(0, -3) + 'y');
  for (const c of candidates) if (stemSet.has(c)) return c;
  return undefined;
}

/**
 * Every form findStem accepts, with its stem, built once from the stems: the suffix rules only
 * accept a stem plus "ing", "ed", "es" or "s" (or an "e"-final stem plus "ing" without the "e",
 * or plus "d"), and the irregular forms. A lookup is then one probe of a small table, and no
 * cache of the corpus's words grows (or keeps their documents alive).
 */
const stemOfForm = ((): Map<string, string> => {
  const forms = new Map<string, string>();
  const note = (w: string): void => {
    const stem = findStem(w);
    if (stem !== undefined) forms.set(w, stem);
  };
  for (const w of Object.keys(irregularForms)) note(w);
  for (const stem of stemSet) {
    for (const suffix of ['', 'ing', 'ed', 'es', 's']) note(stem + suffix);
    if (stem.endsWith('e')) note(stem.slice(0, -1) + 'ing'), note(stem + 'd');
    if (/[^aeiou]y$/.test(stem)) note(stem.slice(0, -1) + 'ied'), note(stem.slice(0, -1) + 'ies');
  }
  return forms;
})();

/**
 * A sieve asked before the table, for every word of a text: the lengths of the forms by their first
 * and last letters, and by their first two letters (bit n of an entry: some form has n characters).
 * "the", "and", "that" and "have" fail it without being lower-cased or hashed. Every form begins
 * and ends with a letter; one family has a hyphen second ("e-mailed").
 */
const [formLengthsByEnds, formLengthsByStart] = ((): [Uint32Array, Uint32Array] => {
  const byEnds = new Uint32Array(26 * 26);
  const byStart = new Uint32Array(26 * 26);
  for (const form of stemOfForm.keys()) {
    const ends = letterPair(form.charCodeAt(0), form.charCodeAt(form.length - 1));
    if (ends < 0 || form.length > 31) throw new Error(`speech verb form the sieve cannot hold: ${form}`);
    byEnds[ends] |= 1 << form.length;
    const start = letterPair(form.charCodeAt(0), form.charCodeAt(1));
    if (start >= 0) byStart[start] |= 1 << form.length;
  }
  return [byEnds, byStart];
})();

/** Index of two ASCII letters (either case) in a 26 × 26 table, or -1 for other characters. */
function letterPair(a: number, b: number): number {
  const x = (a | 32) - 97;
  const y = (b | 32) - 97;
  return x >= 0 && x < 26 && y >= 0 && y < 26 ? x * 26 + y : -1;
}

const kelvinSign = 0x212a;

function mayBeForm(word: string): boolean {
  const n = word.length;
  if (n < 2 || n > 31) return false;
  const first = word.charCodeAt(0);
  const second = word.charCodeAt(1);
  const last = word.charCodeAt(n - 1);
  // Beyond ASCII only the Kelvin sign lower-cases to an ASCII letter ("k"; "İ" gives "i" and a
  // combining dot): any other such character (the curly apostrophe of "Trump’s") rules a form out.
  if (first > 127 || second > 127 || last > 127) return first === kelvinSign || second === kelvinSign || last === kelvinSign;
  const ends = letterPair(first, last);
  if (ends < 0 || ((formLengthsByEnds[ends] >>> n) & 1) === 0) return false;
  const start = letterPair(first, second);
  return start < 0 || ((formLengthsByStart[start] >>> n) & 1) === 1;
}

/**
 * Verbs that introduce a quote on their own but not reported speech ("describe", "call").
 * ("remark", "joke": with their "that" they report — "once remarked that in football …".)
 */
const quoteOnlyStems = new Set(['deadpan', 'chuckle', 'describe', 'call', 'express', 'laugh', 'smile', 'nod', 'shrug', 'sigh', 'breathe', 'offer', 'share', 'begin', 'start', 'wrap', 'sum', 'continue', 'chime', 'echo', 'quip']);
/** Verbs of belief that report speech only with a clear subject ("X believes that ..."). */
const beliefStems = new Set(['believe', 'think', 'feel', 'hope', 'fear', 'worry', 'guess', 'estimate']);

/** Verbs that report only a question's clause ("questioned whether …", "discussed how …"), never a bare one or a tag's. */
const whOnlyStems = new Set(['discuss', 'question']);

export function isWhOnlyVerb(stem: string): boolean {
  return whOnlyStems.has(stem);
}

export function isReportingVerb(stem: string): boolean {
  return !quoteOnlyStems.has(stem);
}

export function isBeliefVerb(stem: string): boolean {
  return beliefStems.has(stem);
}

export type Gender = 'male' | 'female';

/** Pronouns that can only be a clause's subject: "they want more", "he expects". */
export const subjectPronouns = new Set(['i', 'he', 'she', 'we', 'they']);

export const personalPronouns: Record<string, Gender | 'plural' | 'neuter' | 'first'> = nullProto({
  he: 'male', she: 'female', they: 'plural', it: 'neuter', we: 'plural', i: 'first',
});

/** Object pronouns that can name a speaker ("remembers him apologizing, saying …"). */
export const objectGenders: Record<string, Gender | 'plural' | undefined> = nullProto({ him: 'male', her: 'female', them: 'plural' });

export const genderedWords = new Map<string, Gender>([
  ['he', 'male'], ['him', 'male'], ['his', 'male'], ['himself', 'male'],
  ['she', 'female'], ['her', 'female'], ['hers', 'female'], ['herself', 'female'],
]);

/** Courtesy and job titles that precede a name and are not part of it. */
export const titleWords = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'rev',
  'sen', 'senator', 'rep', 'representative', 'gov', 'governor', 'president', 'vice', 'prime',
  'minister', 'premier', 'mayor', 'chief', 'secretary', 'gen', 'general', 'col', 'colonel', 'capt',
  'captain', 'lt', 'sgt', 'sergeant', 'cpl', 'const', 'constable', 'insp', 'inspector', 'supt',
  'det', 'ds', 'di', 'dci', 'dsi', 'detective', 'officer', 'judge', 'justice', 'coach', 'king', 'queen', 'prince', 'princess',
  'pope', 'father', 'sister', 'brother', 'rabbi', 'imam', 'chancellor', 'speaker', 'leader', 'mp',
  'mpp', 'mla', 'mep', 'td', 'msp', 'mna', 'mha', 'councillor', 'councilor', 'councilman', 'councilwoman', 'congressman', 'congresswoman', 'assemblyman', 'assemblywoman', 'coun', 'cllr', 'cr', 'alderman', 'ambassador', 'commissioner', 'director', 'ceo',
  'chairman', 'chairwoman', 'chair', 'deputy', 'assistant', 'associate', 'attorney', 'lawyer', 'advocate', 'taoiseach', 'tánaiste', 'tanaiste', 'kabaka', 'malam', 'mallam', 'alhaji', 'datuk', 'dato', 'seri', 'haji', 'halfback', 'fullback', 'winger', 'striker', 'midfielder', 'defender', 'goalkeeper', 'quarterback', 'mca', 'corporator',
  'dean', 'superintendent', 'sheriff', 'admiral', 'adm', 'maj', 'major', 'cmdr', 'commander', 'hon',
  'honourable', 'honorable', 'sheikh', 'emir', 'sultan', 'ayatollah', 'crown', 'first', 'lady',
  'foreign', 'defence', 'defense', 'finance', 'health', 'treasury', 'state', 'house', 'senate',
  'majority', 'minority', 'opposition', 'former', 'late', 'acting', 'interim', 'federal',
  'provincial', 'national', 'executive', 'founder', 'co-founder', 'co-star', 'co-host', 'co-author',
  'co-owner', 'co-chair', 'co-director', 'co-creator', 'spokesperson', 'spokesman',
  'spokeswoman', 'analyst', 'economist', 'professor', 'head', 'manager', 'owner', 'author',
]);

/**
 * Roles written in capitals before a name, as "head coach and GM Chris Jones" gives them. Only
 * before a name of two words or more: alone, "GM" is as often General Motors.
 */
export const roleAbbreviations = new Set(['GM', 'CFO', 'COO', 'CTO', 'CIO', 'VP', 'SVP', 'EVP']);

/** Adverbs that open a sentence before a comma, its subject after it ("Besides, they ..."). */
const sentenceAdverbs = new Set([
  'however', 'meanwhile', 'besides', 'moreover', 'furthermore', 'additionally', 'nevertheless',
  'nonetheless', 'likewise', 'therefore', 'thus', 'hence', 'indeed', 'anyway', 'overall', 'finally',
  'firstly', 'secondly', 'lastly', 'ultimately', 'eventually', 'similarly', 'consequently',
  'accordingly', 'afterwards', 'subsequently', 'separately', 'elsewhere', 'otherwise', 'apparently',
  'reportedly', 'unfortunately', 'fortunately', 'sadly', 'interestingly', 'notably', 'importantly',
  'specifically', 'initially',
]);

/** Endings of adverbs made from adjectives and participles ("Surprisingly", "Reportedly", "Ironically"). */
const ADVERB_ENDING = /(?:ally|ingly|edly|ously|ently|antly|ately|ively|fully|lessly|ably|ibly|arly|ctly|sily|pily|kily)$/;

/** A word in lower case, long enough, with an adverb's ending ("ironically", "repeatedly", "carelessly"). */
export function hasAdverbEnding(lower: string): boolean {
  return lower.length >= 7 && ADVERB_ENDING.test(lower);
}

/**
 * A word as written that is an adverb standing alone between commas or before a sentence's comma:
 * a listed one, or a long word with an adverb's ending ("Surprisingly, the water board officials
 * … claim"; not "McNally", whose inner capital marks a name).
 */
export function isSentenceAdverb(text: string): boolean {
  const lower = text.toLowerCase();
  if (sentenceAdverbs.has(lower)) return true;
  return hasAdverbEnding(lower) && text.slice(1) === lower.slice(1);
}

/** Capitalised words that begin sentences or dates and are never names. */
export const nonNameWords = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'he', 'she', 'it', 'they', 'we', 'i', 'you',
  'several', 'few', 'various', 'numerous', 'another', 'other', 'such', 'certain',
  'his', 'her', 'its', 'their', 'our', 'my', 'your', 'but', 'and', 'or', 'so', 'if', 'when', 'while',
  'as', 'at', 'in', 'on', 'of', 'for', 'to', 'from', 'by', 'with', 'after', 'before', 'since',
  'although', 'though', 'because', 'still', 'yet', 'then', 'there', 'here',
  'what', 'who', 'why', 'how', 'where', 'which', 'not', 'no', 'yes', 'some', 'many', 'most', 'all',
  'both', 'each', 'every', 'one', 'two', 'three', 'monday', 'tuesday', 'wednesday', 'thursday',
  'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july',
  'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun',
  'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'earlier', 'later', 'last', 'next', 'now',
  'today', 'tonight', 'yesterday', 'tomorrow', 'according', 'asked', 'speaking', 'also', 'just',
  'read', 'watch', 'more', 'photo', 'video', 'story', 'article', 'continued', 'below', 'above',
  'advertisement', 'update', 'updated', 'related', 'see', 'click', 'share', 'follow', 'x', 'news',
  'in', 'even', 'only', 'again', 'instead', 'despite', 'during', 'like', 'unlike', 'among',
  'ok', 'okay', 'well', 'oh', 'look', 'please', 'thank', 'thanks', 'mr', 'mrs', 'ms', 'dr',
  ...sentenceAdverbs,
  // newsroom labels ("Breaking: “…”", "Correction:")
  'breaking', 'exclusive', 'correction', 'analysis', 'opinion', 'editor', 'note', 'listen', 'live',
  'explainer', 'summary', 'background', 'context', 'quote', 'quotes', 'headline',
]);

/** "I'm", "We’re", "They'll" (lower-cased): a pronoun and its verb, never a name or a speaker phrase. */
export const PRONOUN_CONTRACTION = /^(?:i|you|we|they|he|she|it)['’]/;

/** Words whose "'s" is "is" or "has" ("it's", "there's"); after a noun it is mostly a possessive. */
const sContractions = new Set(['it', 'he', 'she', 'that', 'there', 'here', 'what', 'who', 'where', 'how', 'everything', 'nothing', 'everyone', 'someone', 'nobody', 'this']);

/** "they're", "we'll", "I've", "he'd", "it's", "there's" (lower-cased; not "the administration's"). */
export function isContractedVerb(w: string): boolean {
  if (CONTRACTED_VERB.test(w)) return true;
  return /['’]s$/u.test(w) && sContractions.has(w.slice(0, -2));
}
const CONTRACTED_VERB = /['’](re|ll|ve|d)$/u;

/** Lower-case particles that may sit inside a name ("Ludwig van Beethoven", "bin Salman"). */
/** ("do", "ten", "ter" stay out: between capitalised words here they are mostly the verb and the number: "Why do Americans".) */
export const nameParticles = new Set([...[...NAME_PARTICLES].filter((p) => p !== 'do' && p !== 'ten' && p !== 'ter'), 'st.', 'y']);

/** Name suffixes kept with the name. */
export const nameSuffixes = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);

/** Words that open a noun-phrase speaker ("the official", "a spokesperson for X"). */
export const determiners = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'another', 'one', 'two', 'three', 'several', 'some', 'many', 'other', 'both', 'each', 'these', 'those']);

/** Words that open a relative clause or aside between a subject and its verb. */
export const relativeWords = new Set(['who', 'whom', 'whose', 'which', 'where', 'when', 'that', 'while', 'although', 'though', 'because', 'after', 'before', 'since', 'if', 'as']);

/** Adverbs and time words that may sit between a speaker and the verb ("said Monday", "later said"). */
export const verbModifiers = new Set([
  'also', 'later', 'earlier', 'recently', 'previously', 'then', 'again', 'once', 'often', 'has',
  'have', 'had', 'was', 'is', 'were', 'will', 'would', 'did', 'does', 'do', 'quickly', 'simply',
  'just', 'further', 'famously', 'publicly', 'privately', 'repeatedly', 'flatly', 'firmly',
  'bluntly', 'only', 'still', 'never', 'frequently', 'told', 'reportedly', 'not', 'yesterday',
  'today', 'tonight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'last', 'this', 'week', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'in', 'a',
  'an', 'the', 'statement', 'interview', 'email', 'e-mail', 'press', 'release', 'news', 'conference',
  'on', 'at', 'with', 'to', 'reporters', 'matter-of-factly', 'emphatically', 'angrily', 'calmly',
  'softly', 'quietly', 'proudly', 'candidly', 'sarcastically', 'jokingly', 'wryly',
]);

/** Nouns that can head an unnamed speaker phrase ("the official", "a spokeswoman"). */
/** Written things whose words belong to whoever issued them. */
/** How a document came out: "a release sent to media", "a report released Tuesday". */
export const issuedParticiples = new Set(['released', 'issued', 'sent', 'posted', 'published', 'obtained', 'distributed', 'circulated', 'filed', 'shared', 'emailed']);

/** Records a text may say something "according to" ("court documents", "preliminary findings"). */
export const recordPlurals = new Set(['documents', 'records', 'filings', 'surveys', 'polls', 'findings', 'figures', 'data', 'estimates', 'statistics', 'results', 'reports', 'papers']);

export const documentNouns = new Set(['account', 'statement', 'release', 'report', 'letter', 'memo', 'document', 'post', 'email', 'e-mail', 'paper', 'study', 'website', 'message', 'tweet', 'notice', 'filing', 'announcement', 'survey', 'poll', 'testimony']);

/** Words naming a part of a group before "of" ("most of the members", "some of the residents"). */
/** Nouns of a number of people after "a": "a couple of the operators", "a number of residents". */
/** The articles, in lower case. */
export const articles = new Set(['the', 'a', 'an']);

export const groupNouns = new Set(['couple', 'number', 'handful', 'group', 'few']);

/** Words that end a description's head ("the founder of ...", "a statement from ..."). */
export const headEnders = new Set(['of', 'for', 'from', 'by', 'at', 'with', 'in', 'on', 'to', 'during', 'near']);
/** Words opening a relative clause, which ends a description's head too ("the woman who called 911"). */
export const relativeHeadEnders = new Set(['who', 'whose', 'which', 'that']);

/** Heads of descriptions that say the person's gender ("the man", "his widow", "a police spokeswoman"). */
export const headGender = new Map<string, Gender>([
  ...['man', 'father', 'son', 'husband', 'brother', 'boy', 'grandfather', 'uncle', 'nephew', 'widower', 'spokesman', 'businessman', 'chairman', 'dad', 'boyfriend'].map((w) => [w, 'male'] as const),
  ...['woman', 'mother', 'daughter', 'wife', 'sister', 'girl', 'grandmother', 'aunt', 'niece', 'widow', 'spokeswoman', 'businesswoman', 'chairwoman', 'mom', 'mum', 'girlfriend'].map((w) => [w, 'female'] as const),
]);

/** Plurals of people without an -s: "people said", "the crowd". */
export const pluralPeople = new Set(['people', 'police', 'staff', 'men', 'women', 'children', 'folks', 'crew', 'public', 'crowd']);

/** Words that open a quantity before a number ("About 100 people", "Nearly 2,000 residents"). */
export const quantityOpeners = new Set(['about', 'around', 'nearly', 'almost', 'roughly', 'some', 'more', 'over', 'approximately', 'up']);

export const partitiveWords = new Set(['most', 'many', 'some', 'several', 'all', 'none', 'few', 'both', 'each', 'one', 'two', 'three', 'half', 'majority', 'dozens', 'hundreds']);

export const speakerNouns = new Set([
  'official', 'officials', 'others', 'several', 'many', 'some', 'spokesperson', 'spokesman', 'spokeswoman', 'spokespeople', 'source',
  'sources', 'statement', 'release', 'handout', 'communique', 'communiqué', 'report', 'reports', 'aide', 'aides', 'adviser', 'advisor', 'analyst',
  'analysts', 'expert', 'experts', 'lawyer', 'attorney', 'magistrate', 'magistrates', 'registrar', 'counsel', 'provost', 'jury', 'police', 'government', 'ministry',
  'department', 'company', 'firm', 'office', 'agency', 'minister', 'president', 'leader', 'premier',
  'mayor', 'group', 'organization', 'organisation', 'union', 'board', 'court', 'judge', 'researchers',
  'scientists', 'doctors', 'residents', 'critics', 'observers', 'voters', 'people', 'man', 'woman',
  'owner', 'professional', 'professionals', 'founder', 'chief', 'boss', 'executive', 'director', 'manager', 'representative', 'memo', 'letter',
  'study', 'city', 'province', 'campaign', 'party', 'team', 'club', 'league', 'association', 'council',
  'commission', 'committee', 'kremlin', 'military', 'army', 'authorities', 'officer', 'officers',
  'detective', 'teacher', 'student', 'witness', 'neighbour', 'neighbor', 'friend', 'mother', 'father',
  'wife', 'husband', 'son', 'daughter', 'sister', 'brother', 'family', 'proprietor', 'columnist',
  'writer', 'author', 'reporter', 'host', 'economist', 'professor', 'coach', 'player', 'users', 'user',
  'delegation', 'envoy', 'ambassador', 'diplomat', 'senator', 'lawmaker', 'lawmakers', 'chair',
  'administration', 'house', 'secretary', 'prosecutor', 'prosecutors', 'prosecution', 'defence', 'defense', 'network',
]);

/**
 * People named by what they are rather than a role ending (-er, -ist, -or …): "the nurse said",
 * "a cop told", "his widow said". Only what can speak; a speaker phrase must still be short and
 * open as a noun phrase.
 */
export const personNouns = new Set([
  'nurse', 'cop', 'guard', 'pilot', 'chef', 'cook', 'clerk', 'medic', 'paramedic', 'priest', 'nun',
  'monk', 'bishop', 'cardinal', 'cleric', 'vicar', 'garda', 'marshal', 'mom', 'mum', 'dad', 'aunt',
  'uncle', 'grandson', 'niece', 'nephew', 'cousin', 'widow', 'girl', 'boy', 'child', 'kid', 'teen',
  'youth', 'guy', 'fan', 'pupil', 'graduate', 'veteran', 'victim', 'hostage', 'citizen', 'voter',
  'colleague', 'rival', 'ally', 'intern', 'rookie', 'star', 'athlete', 'umpire', 'jockey',
  'champion', 'candidate', 'delegate', 'consul', 'surgeon', 'architect', 'plaintiff', 'suspect',
  'accused', 'inmate', 'convict', 'warden', 'marine', 'spy', 'miner', 'buyer', 'entrepreneur',
  'poet', 'pundit', 'critic', 'landlord', 'sibling', 'spouse', 'girlfriend', 'boyfriend', 'principal',
  // (Titles whose plurals speak: "hereditary chiefs say", "judges ruled".)
  'chief', 'judge', 'coach', 'captain', 'dean', 'sheriff', 'elder',
]);

/** Adjectives that follow the noun they describe before a preposition ("sources familiar with …", "people close to …"). */
export const postnominalAdjectives = new Set(['familiar', 'close', 'present', 'knowledgeable', 'briefed', 'involved', 'opposed', 'loyal', 'linked', 'connected', 'aligned', 'sympathetic', 'critical', 'responsible']);

const nonRoleEr = new Set(['deter', 'consider', 'deliver', 'remember', 'gather', 'bother', 'answer', 'offer', 'order', 'encounter', 'register', 'counter', 'discover', 'recover', 'suffer', 'wonder', 'matter', 'enter', 'alter', 'cover', 'render', 'under', 'after', 'over', 'never', 'ever', 'other', 'either', 'neither', 'whether', 'rather', 'together', 'further', 'later', 'better', 'offer', 'hinder', 'trigger', 'lower', 'power', 'weather']);

/** Endings of role nouns ("economist", "accountant", "chairman", "director", "employee"). */
const roleEndings = ['ist', 'ant', 'ent', 'ian', 'man', 'woman', 'person', 'or', 'ess', 'ee', 'ive', 'ary'];
/** Words with a role's ending that name no one ("but resist announcing …", "insist", "a playlist"). */
const nonRoleEndings = new Set(['resist', 'insist', 'assist', 'persist', 'consist', 'exist', 'subsist', 'desist', 'enlist', 'twist', 'checklist', 'wishlist', 'playlist', 'shortlist', 'waitlist', 'blacklist', 'moist']);

/** "the 39-year-old", "my two-year-old": a person named by age. */
export function isAgeNoun(w: string): boolean {
  return /-(?:year|month|week)s?-old$/.test(w);
}

/** A lower-case word naming a role ("accountant", "teacher", "spokesperson"). */
export function isRoleNoun(w: string): boolean {
  if (speakerNouns.has(w) || titleWords.has(w)) return true;
  if (nonRoleEndings.has(w)) return false;
  if (w.length > 4) for (const ending of roleEndings) if (w.endsWith(ending)) return true;
  return w.length > 5 && w.endsWith('er') && !nonRoleEr.has(w);
}


/**
 * A member of a party, capitalised after a place but no name ("the Ellisville Republican"). (The
 * plurals name the parties, which speak: "The Conservatives believe ...; they say ...".)
 */
export const partyNouns = new Set(['republican', 'democrat', 'conservative', 'liberal', 'tory', 'socialist', 'progressive', 'libertarian', 'nationalist']);

/** Nouns for bodies and documents, not people ("the company", "the report"). */
export const organisationNouns = new Set([
  'company', 'firm', 'agency', 'government', 'department', 'ministry', 'group', 'city', 'province',
  'union', 'board', 'office', 'police', 'court', 'council', 'commission', 'committee', 'association', 'panel',
  'organization', 'organisation', 'party', 'team', 'club', 'league', 'network', 'report', 'statement',
  'study', 'memo', 'letter', 'release', 'paper', 'document', 'website', 'post', 'campaign', 'state',
  'administration', 'kremlin', 'military', 'army', 'authorities', 'survey', 'poll', 'findings',
  'bank', 'university', 'college', 'school', 'hospital', 'airline', 'retailer', 'automaker', 'insurer',
  'regulator', 'watchdog', 'charity', 'foundation', 'institute', 'broadcaster', 'newspaper', 'district',
  'municipality', 'town', 'county', 'navy', 'coalition', 'federation', 'corporation', 'clinic', 'authority',
  'railway', 'railroad', 'carrier', 'utility', 'manufacturer', 'chain', 'lender', 'startup', 'nonprofit', 'alliance',
  'service', 'secretariat', 'tribunal', 'inquiry', 'body',
]);

/** Auxiliaries that make a run of words a clause ("the program has helped", "it will"). */
export const auxiliaryVerbs = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'does', 'did', 'do']);

/** Common verbs in the past without "-ed", after a subject ("the mayor brought up …", "Other people made comments"). */
export const irregularPasts = new Set(['brought', 'took', 'made', 'went', 'gave', 'got', 'came', 'saw', 'found', 'left', 'met', 'sat', 'stood', 'ran', 'held', 'kept', 'began', 'knew', 'thought', 'felt', 'won', 'lost', 'paid', 'sent', 'spent', 'led', 'put', 'set', 'read', 'heard', 'became', 'did', 'had']);
