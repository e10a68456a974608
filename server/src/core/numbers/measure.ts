// What a number measures, read from the words around it: the noun it counts ("3,350 ERAMs"),
// the noun it is "of" ("a range of about 995 miles" → "range"), or, for a number in a parallel
// list, the measure of the number before it ("the ERAM (about 285 miles)" → "range"). And whose
// measure it is ("Tomahawk"), so that one missile's range is never compared with another's.
import type { Token } from '../types';
import type { Quantity } from './readQuantity';
import { isAdverb, isCapitalized, isFunctionWord, isMonth, isWeekday } from './wordClasses';

export interface MeasureInfo {
  measure: string;
  subject?: string;
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
export function properNounBefore(tokens: Token[], end: number, text: string, floor = 0): string | undefined {
  for (let q = end - 1; q >= floor; q--) {
    const t = tokens[q];
    if (!isWord(t) || !isCapitalized(t.text) || isFunctionWord(t.text) || isMonth(t.text) || isWeekday(t.text)) continue;
    if (q === 0 && isCommonSentenceStart(t.text)) continue;
    let first = q;
    while (first - 1 >= floor && isWord(tokens[first - 1]) && isCapitalized(tokens[first - 1].text) && !isFunctionWord(tokens[first - 1].text) && !/['’]s$/.test(tokens[first - 1].text)) first--;
    return stripPossessive(slice(text, tokens, first, q));
  }
  return undefined;
}

/** Capitalised only because they open the sentence. */
function isCommonSentenceStart(word: string): boolean {
  return /^(However|Although|Though|Earlier|Later|Meanwhile|Still|Also|Last|Next|This|That|These|Those|Friday|Monday|According|Some|Many|Most|More|Less|Nearly|About|Up|Over|Under|Only|Just|Even|After|Before|During|Since|Until|While|When|With|Without)$/.test(word);
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
export function findMeasure(tokens: Token[], q: Quantity, text: string, earlier: Earlier[], floor = 0): MeasureInfo & { fromLeft: boolean } {
  const parenthetical = tokens[q.first - 1]?.text === '(' && q.first - 2 >= floor && isWord(tokens[q.first - 2]) && isCapitalized(tokens[q.first - 2].text)
    ? stripPossessive(properNounBefore(tokens, q.first - 1, text, q.first - 2) ?? '') || undefined
    : undefined;
  const owner = q.owner ? stripPossessive(slice(text, tokens, q.owner[0], q.owner[1])) : undefined;

  if (q.age) {
    const subject = q.noun && !isCapitalized(tokens[q.noun[0]].text) ? properNounBefore(tokens, q.first, text) ?? slice(text, tokens, q.noun[0], q.noun[1]) : properNounBefore(tokens, q.first, text);
    return { measure: 'age', subject, fromLeft: false };
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
    if (isAttributeMeasure(measure)) return properNounBefore(tokens, anchor, text);
    return undefined;
  };

  if (nounText && (counted || q.unit.base === 'ratio' || !leftText) && !GENERIC.has(nounHead)) {
    return { measure: nounText, subject: subjectFor(nounText, q.noun![0]), fromLeft: false };
  }
  if (leftText) return { measure: leftText, subject: subjectFor(leftText, left![0]), fromLeft: true };
  if (nounText) return { measure: nounText, subject: subjectFor(nounText, q.noun![0]), fromLeft: false };

  // Parallel structure: "… a range of 995 miles … than either the ERAM (about 285 miles) or …".
  const parallel = [...earlier].reverse().find((e) => e.base === q.unit.base && e.base !== '');
  if (parallel) {
    const subject = parenthetical ?? properNounBefore(tokens, q.first, text);
    return { measure: parallel.measure, subject, fromLeft: false };
  }

  // A time relation after it: "one day before sitting down" → "before sitting".
  const relation = tokens[q.after];
  if (isWord(relation) && /^(before|after|earlier|later)$/i.test(relation.text)) {
    const next = tokens[q.after + 1];
    const tail = isWord(next) && !isFunctionWord(next.text) && !isCapitalized(next.text) ? ` ${next.text}` : '';
    return { measure: `${relation.text.toLowerCase()}${tail}`, subject: parenthetical ?? owner, fromLeft: false };
  }

  // Otherwise the content words just before: "could happen in about two weeks" → "happen".
  // Names are not measures: "with Putin one day before" says nothing about what is measured.
  const words: string[] = [];
  for (let k = q.first - 1; k >= floor && k >= q.first - 6 && words.length < 2; k--) {
    const t = tokens[k];
    if (!isWord(t)) break;
    if (isCapitalized(t.text) && k > 0) break;
    if (isFunctionWord(t.text) || /^\d/.test(t.text)) {
      if (words.length > 0) break;
      continue;
    }
    words.unshift(t.text);
  }
  const measure = words.join(' ');
  return { measure, subject: parenthetical ?? owner, fromLeft: false };
}
