// What a number measures, read from the words around it: the noun it counts ("3,350 ERAMs"),
// the noun it is "of" ("a range of about 995 miles" → "range"), or, for a number in a parallel
// list, the measure of the number before it ("the ERAM (about 285 miles)" → "range"). And whose
// measure it is ("Tomahawk"), so that one missile's range is never compared with another's.
import type { Token } from '../types';
import type { Quantity } from './readQuantity';
import { isAdverb, isCapitalized, isFunctionWord, isMonth, isPluralNoun, isWeekday } from './wordClasses';

export interface MeasureInfo {
  measure: string;
  subject?: string;
  from: 'noun' | 'of' | 'parallel' | 'context';
}

/** "to (formally) request extradition" after a duration: the verb and its first content word. */
function purposeAfter(tokens: Token[], after: number): string | undefined {
  const to = tokens[after];
  if (!isWord(to) || to.text.toLowerCase() !== 'to') return undefined;
  const words: string[] = [];
  for (let k = after + 1; k < tokens.length && k <= after + 5 && words.length < 2; k++) {
    const t = tokens[k];
    if (!isWord(t)) break;
    const w = t.text.toLowerCase();
    if (words.length === 0 && /ly$/.test(w)) continue;
    if (isFunctionWord(w)) {
      if (words.length === 0) return undefined;
      continue;
    }
    words.push(isCapitalized(t.text) ? t.text : w);
  }
  return words.length > 0 ? words.join(' ') : undefined;
}

/**
 * A verb whose distance is the subject's range: "flies 1,600 km", "can reach 300 km" ("had to
 * travel 40 km to reach the town" is a trip, not a range: other verbs need "can" or "could").
 */
function isRangeVerb(tokens: Token[], first: number, verb: string): boolean {
  if (verb === 'fly' || verb === 'flies') return true;
  if (verb !== 'reach' && verb !== 'travel') return false;
  for (let k = first - 1; k >= 0 && k >= first - 4; k--) {
    const w = tokens[k].text.toLowerCase();
    if (w === 'can' || w === 'could') return true;
  }
  return false;
}

/** Attributes of a thing: meaningless without saying whose ("range" of which missile?). */
const ATTRIBUTES = new Set(
  (
    'range ranges reach cost costs price prices value worth budget budgets size length weight speed height depth ' +
    'distance population age capacity payload yield output production revenue revenues sales debt deficit toll share rate ' +
    'needs spending funding income salary wage wages tariff tariffs tax taxes growth inflation unemployment turnout ' +
    'stake stockpile stockpiles arsenal fleet area altitude duration term sentence fine fines losses casualties'
  ).split(' '),
);

/** Words that say "a number" without saying of what ("a total of 300 drones"). */
const GENERIC = new Set('total number amount sum figure figures estimate maximum minimum average tally count level levels'.split(' '));

export function isAttributeMeasure(measure: string): boolean {
  const words = measure.toLowerCase().split(/\s+/);
  return words.some((w) => ATTRIBUTES.has(w));
}

const isWord = (t: Token | undefined): t is Token => t !== undefined && t.kind === 'word';

const slice = (text: string, tokens: Token[], a: number, b: number) => text.slice(tokens[a].start, tokens[b].end);

const stripPossessive = (s: string) => s.replace(/['’]s$/, '');

/** Content words just before `end` (exclusive), back to a function word, number or punctuation. */
function nounPhraseBefore(tokens: Token[], end: number, max: number, floor: number): [number, number] | undefined {
  let first = -1;
  for (let q = end - 1; q >= floor && q >= end - max; q--) {
    const t = tokens[q];
    if (!isWord(t) || isFunctionWord(t.text) || isAdverb(t.text) || /^\d/.test(t.text)) break;
    if (/['’]s$/.test(t.text) && q !== end - 1) break;
    first = q;
  }
  return first >= 0 ? [first, end - 1] : undefined;
}

/**
 * The nearest run of capitalised words before `end` ("Tomahawk", "Joe Biden", "U.S."), skipping a
 * sentence-initial function word, months and weekdays.
 */
export function properNounBefore(tokens: Token[], end: number, text: string, floor = 0, names?: NameWords): string | undefined {
  // (Only so far back: a sentence of thousands of figures, as a table pasted as text, would make
  // every figure read all those before it.)
  for (let q = end - 1; q >= floor && q >= end - NAME_REACH; q--) {
    const t = tokens[q];
    if (!isWord(t) || !isCapitalized(t.text) || isFunctionWord(t.text) || isMonth(t.text) || isWeekday(t.text)) continue;
    if (isSentenceStart(tokens, q) && !isNameAtStart(tokens, q, names)) continue;
    let first = q;
    while (first - 1 >= floor && isNamePart(tokens[first - 1])) first--;
    return stripPossessive(slice(text, tokens, first, q));
  }
  return undefined;
}

/** Tokens before a number a name whose figure it is may stand (a long sentence's worth). */
const NAME_REACH = 80;

/** A word that can extend a name leftwards: capitalised, not a function word, month, weekday or possessive. */
function isNamePart(t: Token): boolean {
  return isWord(t) && isCapitalized(t.text) && !isFunctionWord(t.text) && !isMonth(t.text) && !isWeekday(t.text) && !/['’]s$/.test(t.text);
}

function isSentenceStart(tokens: Token[], q: number): boolean {
  for (let k = 0; k < q; k++) if (tokens[k].kind === 'word') return false;
  return true;
}

/**
 * A capital at the start of a sentence proves nothing ("Shares rose"): the word counts as a name
 * only if the document also capitalises it mid-sentence, or it is possessive or followed by a name.
 */
function isNameAtStart(tokens: Token[], q: number, names: NameWords | undefined): boolean {
  const t = tokens[q];
  // "Tesla's" is a name; "It's", "That's" are not.
  if (/['’]s$/.test(t.text)) return !isFunctionWord(stripPossessive(t.text)) && !/^(let|here|there|what|who)$/i.test(stripPossessive(t.text));
  if (names?.has(t.text)) return true;
  const next = tokens[q + 1];
  if (isWord(next) && isCapitalized(next.text) && !isFunctionWord(next.text)) return true;
  // Otherwise (a draft is read a paragraph at a time) guess from the word's shape: plurals,
  // adverbs, participles and common openers are not names ("Shares rose", "Analysts said").
  const w = t.text;
  if (/['’]/.test(w)) return false; // "I'd", "We're"
  return !isPluralNoun(w) && !isAdverb(w) && !/(ing|ed)$/.test(w) && !COMMON_OPENERS.has(w.toLowerCase());
}

const COMMON_OPENERS = new Set(
  'however although though earlier later meanwhile still also yesterday today tonight tomorrow overall instead ' +
  'according some many most several few critics officials experts analysts prices shares sales'.split(' '),
);

/** What the measure rules ask of a document's names: whether it capitalises a word inside a sentence. */
export interface NameWords {
  has(word: string): boolean;
}

/**
 * Answered word by word, each answer remembered: most documents never ask (only a measure whose
 * subject opens a sentence does), and those that do ask about a word or two, so a walk looking for
 * one word costs less than collecting (and hashing) every capitalised word of the document.
 */
export function lazyNamesOf(blocks: ReadonlyArray<{ sentences: ReadonlyArray<{ tokens: Token[] }> }>): NameWords {
  const answers = new Map<string, boolean>();
  return {
    has(word: string): boolean {
      let answer = answers.get(word);
      if (answer === undefined) {
        answer = blocks.some((b) => b.sentences.some((s) => capitalisesInside(s.tokens, word)));
        answers.set(word, answer);
      }
      return answer;
    },
  };
}

const isPossessive = (s: string) => /['’]s$/.test(s);

/** Whether a word after the sentence's first is capitalised and, without a possessive 's, is `word`. */
function capitalisesInside(tokens: Token[], word: string): boolean {
  const length = word.length;
  let seenWord = false;
  for (const t of tokens) {
    if (t.kind !== 'word') continue;
    const w = t.text;
    // stripPossessive(w) === word, testing the length first as most words differ in it.
    const same = w.length === length ? w === word && !isPossessive(w) : w.length === length + 2 && w.startsWith(word) && isPossessive(w);
    if (seenWord && same && isCapitalized(w)) return true;
    seenWord = true;
  }
  return false;
}

/** Earlier measured claims in the same sentence, for parallel structures. */
export interface Earlier {
  base: string;
  measure: string;
  attribute: boolean;
}

/**
 * `floor` is the first token after the previous claim of the sentence: a measure is never read
 * out of another claim ("39 cents to $52.62").
 */
export function findMeasure(tokens: Token[], q: Quantity, text: string, earlier: Earlier[], floor = 0, names?: NameWords): MeasureInfo {
  const nameBefore = (end: number, from = 0) => properNounBefore(tokens, end, text, from, names);
  const parenthetical = tokens[q.first - 1]?.text === '(' && q.first - 2 >= floor && isWord(tokens[q.first - 2]) && isCapitalized(tokens[q.first - 2].text)
    ? stripPossessive(nameBefore(q.first - 1, q.first - 2) ?? '') || undefined
    : undefined;
  const owner = q.owner ? stripPossessive(slice(text, tokens, q.owner[0], q.owner[1])) : undefined;

  if (q.age) {
    const subject = q.noun && !isCapitalized(tokens[q.noun[0]].text) ? nameBefore(q.first) ?? slice(text, tokens, q.noun[0], q.noun[1]) : nameBefore(q.first);
    return { measure: 'age', subject, from: 'noun' };
  }

  const counted = q.unit.base === '';
  const nounText = q.noun ? slice(text, tokens, q.noun[0], q.noun[1]) : undefined;
  const nounHead = q.noun ? tokens[q.noun[1]].text.toLowerCase() : '';

  // "a range of about 995 miles", "defense needs at $120 billion".
  const joiner = tokens[q.first - 1];
  let left: [number, number] | undefined;
  if (isWord(joiner) && /^(of|at)$/i.test(joiner.text)) {
    left = nounPhraseBefore(tokens, q.first - 1, 3, floor);
    if (left && GENERIC.has(tokens[left[1]].text.toLowerCase())) left = undefined;
  }
  const leftText = left ? slice(text, tokens, left[0], left[1]) : undefined;

  const subjectFor = (measure: string, anchor: number): string | undefined => {
    if (parenthetical) return parenthetical;
    if (owner) return owner;
    const before = tokens[anchor - 1];
    if (isWord(before) && /['’]s$/.test(before.text)) return stripPossessive(before.text);
    if (isAttributeMeasure(measure)) return nameBefore(anchor);
    return undefined;
  };

  if (nounText && (counted || q.unit.base === 'ratio' || !leftText) && !GENERIC.has(nounHead)) {
    return { measure: nounText, subject: subjectFor(nounText, q.noun![0]), from: 'noun' };
  }
  if (leftText) return { measure: leftText, subject: subjectFor(leftText, left![0]), from: 'of' };
  if (nounText) return { measure: nounText, subject: subjectFor(nounText, q.noun![0]), from: 'noun' };

  // A time allowed for something: "has 60 days to formally request extradition" → "request
  // extradition" (before any parallel: "..., and the minister then has 30 days to issue ...").
  if (q.unit.base === 'day') {
    const purpose = purposeAfter(tokens, q.after);
    if (purpose) return { measure: purpose, subject: parenthetical ?? owner ?? nameBefore(q.first), from: 'context' };
  }

  // Parallel structure: "… a range of 995 miles … than either the ERAM (about 285 miles) or …".
  let parallel: Earlier | undefined;
  for (let i = earlier.length - 1; i >= 0 && !parallel; i--) if (earlier[i].base === q.unit.base && earlier[i].base !== '') parallel = earlier[i];
  if (parallel) {
    const subject = parenthetical ?? nameBefore(q.first);
    return { measure: parallel.measure, subject, from: 'parallel' };
  }

  // A time relation after it: "one day before sitting down" → "before sitting".
  const relation = tokens[q.after];
  if (isWord(relation) && /^(before|after|earlier|later)$/i.test(relation.text)) {
    const next = tokens[q.after + 1];
    const tail = isWord(next) && !isFunctionWord(next.text) && !isCapitalized(next.text) ? ` ${next.text}` : '';
    return { measure: `${relation.text.toLowerCase()}${tail}`, subject: parenthetical ?? owner ?? nameBefore(q.first), from: 'context' };
  }

  // Otherwise the content words just before: "could happen in about two weeks" → "happen".
  // Names are not measures: "with Putin one day before" says nothing about what is measured.
  const words: string[] = [];
  for (let k = q.first - 1; k >= floor && k >= q.first - 6 && words.length < 2; k--) {
    const t = tokens[k];
    // An opening quotation mark does not end the clause: consider it “in the next 30 days”.
    if (t.kind !== 'word' && words.length === 0 && /^["“‘']$/.test(t.text)) continue;
    if (!isWord(t)) break;
    if (isCapitalized(t.text) && k > 0) break;
    if (isFunctionWord(t.text) || /^\d/.test(t.text)) {
      if (words.length > 0) break;
      continue;
    }
    words.unshift(t.text);
  }
  // "The Tomahawk can fly about 600 miles", "missiles that reach 300 km": a distance a thing
  // covers is its range, whichever verb says so.
  if (q.unit.base === 'km' && words.length === 1 && isRangeVerb(tokens, q.first, words[0].toLowerCase())) {
    return { measure: 'range', subject: parenthetical ?? owner ?? nameBefore(q.first), from: 'context' };
  }
  const measure = words.join(' ');
  // Words near a number say little about it: name whose it is, so that only claims about the same
  // named thing are compared ("Tesla's stock rose 6%" is not "Ford's stock rose 2%").
  return { measure, subject: parenthetical ?? owner ?? nameBefore(q.first), from: 'context' };
}
