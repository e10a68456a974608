// Words that qualify a number ("about", "up to", "more than"): they decide how far a source's
// number may be from the draft's before the two disagree.
import type { Hedge } from '../types';

/** Hedges written before the number, as lower-case word sequences. Longest are tried first. */
const BEFORE: Array<[string[], Hedge]> = (
  [
    ['about', 'about'], ['around', 'about'], ['approximately', 'about'], ['roughly', 'about'],
    ['some', 'about'], ['an estimated', 'about'], ['estimated', 'about'], ['circa', 'about'],
    ['ca.', 'about'], ['c.', 'about'], ['approx.', 'about'], ['an approximate', 'about'], ['more or less', 'about'],
    ['nearly', 'nearly'], ['almost', 'nearly'], ['close to', 'nearly'], ['just under', 'nearly'],
    ['just shy of', 'nearly'], ['nigh on', 'nearly'],
    ['up to', 'up to'], ['within', 'up to'], ['inside', 'up to'], ['as many as', 'up to'], ['as much as', 'up to'], ['at most', 'up to'],
    ['no more than', 'up to'], ['not more than', 'up to'], ['a maximum of', 'up to'], ['maximum of', 'up to'],
    ['as long as', 'up to'], ['as far as', 'up to'], ['as high as', 'up to'],
    ['more than', 'more than'], ['over', 'more than'], ['upwards of', 'more than'], ['upward of', 'more than'],
    ['in excess of', 'more than'], ['above', 'more than'], ['just over', 'more than'], ['well over', 'more than'],
    ['greater than', 'more than'], ['higher than', 'more than'], ['longer than', 'more than'],
    ['less than', 'less than'], ['fewer than', 'less than'], ['under', 'less than'], ['below', 'less than'],
    ['lower than', 'less than'], ['shorter than', 'less than'], ['not even', 'less than'],
    ['at least', 'at least'], ['a minimum of', 'at least'], ['no fewer than', 'at least'], ['no less than', 'at least'],
    ['not less than', 'at least'], ['minimum of', 'at least'],
  ] as Array<[string, Hedge]>
)
  .map(([words, hedge]): [string[], Hedge] => [words.split(' '), hedge])
  .sort((a, b) => b[0].length - a[0].length);

/**
 * Finds a hedge that ends right before `words.length` (the words before the number, in order).
 * Returns the hedge and how many words it takes, or undefined.
 */
export function hedgeBefore(words: string[]): { hedge: Hedge; used: number } | undefined {
  if (words.length === 0) return undefined;
  const lower = words.map((w) => w.toLowerCase());
  // Only hedges ending in the word right before the number can match (longest first, as in BEFORE).
  for (const [seq, hedge] of BEFORE_BY_LAST_WORD.get(lower[lower.length - 1]) ?? []) {
    if (seq.length > lower.length) continue;
    const off = lower.length - seq.length;
    let ok = true;
    for (let k = 0; k < seq.length; k++) if (lower[off + k] !== seq[k]) { ok = false; break; }
    if (ok) return { hedge, used: seq.length };
  }
  return undefined;
}

/** BEFORE grouped by last word, each group in BEFORE's order. */
const BEFORE_BY_LAST_WORD = new Map<string, Array<[string[], Hedge]>>();
for (const entry of BEFORE) {
  const last = entry[0][entry[0].length - 1];
  const group = BEFORE_BY_LAST_WORD.get(last);
  if (group) group.push(entry);
  else BEFORE_BY_LAST_WORD.set(last, [entry]);
}

/** Hedges written after the number and its unit ("or so", "or more"). */
const AFTER: Array<[string[], Hedge]> = [
  [['or', 'so'], 'about'],
  [['or', 'more'], 'at least'],
  [['or', 'fewer'], 'up to'],
  [['or', 'less'], 'up to'],
  [['at', 'most'], 'up to'],
  [['at', 'least'], 'at least'],
];

export function hedgeAfter(words: string[]): { hedge: Hedge; used: number } | undefined {
  const first = words[0];
  if (first === undefined || first.length !== 2) return undefined; // every hedge after starts "or"/"at"
  const lower = words.map((w) => w.toLowerCase());
  for (const [seq, hedge] of AFTER) {
    if (seq.every((w, k) => lower[k] === w)) return { hedge, used: seq.length };
  }
  return undefined;
}
