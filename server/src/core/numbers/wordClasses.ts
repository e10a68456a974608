// Small closed word classes used to find where a noun phrase ends without a tagger: a number's
// measured noun is the run of content words next to it, up to a function word or punctuation.

const FUNCTION_WORDS = new Set(
  (
    'a an the this that these those its his her their our my your some any each every no all both either neither ' +
    'of in on at to for from by with without within into onto over under about around after before since until ' +
    'during between among against toward towards through across along than as per via near off out up down upon ' +
    'and or but nor so yet if because while although though whether when where which who whom whose what how why ' +
    'i you he she it we they me him us them itself themselves ' +
    'is are was were be been being has have had having do does did will would can could may might shall should must ' +
    'said says say told tells according not also just only even still already more most less least ago earlier later ' +
    'then there here now again too very much many few other another such own same next last past previous first'
  ).split(' '),
);

export function isFunctionWord(word: string): boolean {
  return FUNCTION_WORDS.has(word.toLowerCase());
}

const MONTHS = new Set(
  'january february march april may june july august september october november december jan jan. feb feb. mar mar. apr apr. jun jun. jul jul. aug aug. sep sep. sept sept. oct oct. nov nov. dec dec.'.split(' '),
);

/** Month names as written in dates; "May"/"March" only count when capitalised. */
export function isMonth(word: string): boolean {
  const key = word.toLowerCase();
  if (!MONTHS.has(key)) return false;
  if (key === 'may' || key === 'march') return word[0] === 'M';
  return true;
}

const WEEKDAYS = new Set('monday tuesday wednesday thursday friday saturday sunday'.split(' '));

export function isWeekday(word: string): boolean {
  return WEEKDAYS.has(word.toLowerCase());
}

/** Words written before a number that make it a label, not a quantity ("Article 5", "Flight 17"). */
const DESIGNATORS = new Set(
  (
    'article articles section sections chapter chapters flight route highway interstate room number no no. nos. vol vol. volume ' +
    'page pages p. pp. item resolution amendment title rule clause paragraph apollo windows iphone war game level phase ' +
    'category grade class model version season episode act bill hr h.r. s. platform gate terminal district ward precinct ' +
    'division squad unit brigade battalion regiment corps fleet group block lot exit box suite apartment apt apt. floor ' +
    'building tower pier dock track lane street avenue road marker mark type series batch code ref ' +
    'fig fig. table appendix annex stage covid sars mh airbus boeing local'
  ).split(' '),
);

/** Designators that label a number even in lower case ("page 3", "article 5"); others need a capital. */
const LOWERCASE_DESIGNATORS = new Set('article section chapter flight route page pages p. pp. resolution room no. nos. vol. fig. apt.'.split(' '));

export function isDesignator(word: string): boolean {
  const key = word.toLowerCase();
  if (!DESIGNATORS.has(key)) return false;
  return isCapitalized(word) || LOWERCASE_DESIGNATORS.has(key);
}

const TIME_WORDS = new Set('a.m. p.m. am pm a.m p.m gmt utc bst et est edt pt pst pdt ct cst cdt cet cest msk eet eest hrs o\'clock'.split(' '));

export function isTimeWord(word: string): boolean {
  return TIME_WORDS.has(word.toLowerCase());
}

/** Plural nouns that do not end in -s: the head of a counted noun phrase ("4.5 million people"). */
const IRREGULAR_PLURALS = new Set('people children men women police personnel staff troops cattle feet teeth mice geese aircraft'.split(' '));

/** True when the word looks like the plural head of a noun phrase ("ERAMs", "missiles", "people"). */
export function isPluralNoun(word: string): boolean {
  const w = word.toLowerCase();
  if (IRREGULAR_PLURALS.has(w)) return true;
  if (w.length < 3 || !w.endsWith('s')) return false;
  if (w.endsWith('ss') || w.endsWith('us') || w.endsWith('is') || w.endsWith("'s") || w.endsWith('’s')) return false;
  return /^[a-z]/i.test(w);
}

/** True for words that start with a capital letter (proper nouns, acronyms). */
export function isCapitalized(word: string): boolean {
  // ASCII first: this runs on every word of a document, and Unicode regexes on two-byte strings are slow.
  const c = word.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128 || Number.isNaN(c)) return false;
  return UPPER_START.test(word.charAt(0));
}

const UPPER_START = /^\p{Lu}/u;

/** Adverbs end a noun phrase ("two leaders previously met"). */
export function isAdverb(word: string): boolean {
  return word.length > 4 && word.toLowerCase().endsWith('ly') && !['only', 'family', 'italy', 'supply', 'ally', 'assembly', 'rally'].includes(word.toLowerCase());
}
