// Numbers as claims: each quantity in the prose with its value, unit (converted to a base unit),
// hedge and what it measures. A restatement in another unit ("995 miles (1,600 kilometers)",
// "285 miles, or 460 km") stays one claim. Works sentence by sentence on parse-english tokens, in
// one left-to-right pass.
//
// Decisions on what is not a quantity claim:
// - dates and clock times ("Aug. 15, 2025", "10 a.m."), years, also used as names ("2024 campaign",
//   "2026 defense needs"), decades ("1990s"), labels ("Article 5", "Nikkei 225", "Local 832"),
//   phone numbers and IDs, model names ("F-16", "5G"), and names with number words ("Five Eyes");
// - ordinals ("fourth year", "21st", "second meeting"): they rank rather than measure, and a
//   draft's "third meeting" against a source's "fourth" is better left to a reader;
// - bare numbers with nothing to say what they count, no unit and no hedge (scores, index levels).
// Ages are claims, about "age" ("66-year-old", "aged 66", "Putin, 73,"), compared only for the
// same named person. Rates ("$52 per barrel", "300 a week") are claims in their own unit.
import type { NumberClaim, ParsedDocument, Sentence, Token } from '../types';
import { findMeasure, type Earlier, isAttributeMeasure, lazyNamesOf, type NameWords } from './measure';
import { readQuantity, type Quantity } from './readQuantity';
import { hasStrayStop, toBase } from './units';
import { QuantityGate, startsQuantity } from './quantityStarts';

export function extractNumbers(doc: ParsedDocument): NumberClaim[] {
  const claims: NumberClaim[] = [];
  const names = lazyNamesOf(doc.blocks);
  const gate = new QuantityGate(doc.text);
  for (const block of doc.blocks) {
    for (const sentence of block.sentences) {
      // Most sentences hold no digit, sign or number word: skipped without reading their tokens.
      if (gate.mayStartIn(sentence.start, sentence.end)) extractFromSentence(sentence, doc.text, claims, names);
    }
  }
  return claims;
}

/** Appends the claims of one sentence to `out`. `names`: words the document capitalises mid-sentence. */
export function extractFromSentence(sentence: Sentence, text: string, out: NumberClaim[], names?: NameWords): void {
  const tokens = sentence.tokens;
  const earlier: Earlier[] = [];
  let floor = 0;
  let i = 0;
  while (i < tokens.length) {
    if (!startsQuantity(tokens, i)) {
      i++;
      continue;
    }
    let q: Quantity | undefined;
    try {
      q = readQuantity(tokens, i, floor);
    } catch {
      q = undefined; // bad input never takes the document down
    }
    if (!q) {
      i++;
      continue;
    }
    const conversion = readConversion(tokens, q);
    const endToken = conversion ? conversion.end : q.last;
    const { measure, subject, from } = findMeasure(tokens, q, text, earlier, floor, names);
    earlier.push({ base: q.unit.base, measure, attribute: isAttributeMeasure(measure) });
    out.push(toClaim(q, conversion?.quantity, tokens, endToken, text, measure, subject, from));
    floor = endToken + 1;
    i = endToken + 1;
  }
}

/**
 * The same quantity restated in another unit right after `q`: "(1,600 kilometers)",
 * ", or 460 km", "or 300 kilometers", "/1,600 km". Same dimension, different unit, values within
 * a quarter of each other (conversions are rounded, not wrong).
 */
function readConversion(tokens: Token[], q: Quantity): { quantity: Quantity; end: number } | undefined {
  if (q.unit.base === '' || q.unit.currency) return undefined;
  let k = q.after;
  const open = tokens[k]?.text === '(';
  if (open) k++;
  else if (tokens[k]?.text === ',' && tokens[k + 1]?.text.toLowerCase() === 'or') k += 2;
  else if (tokens[k]?.text.toLowerCase() === 'or' || tokens[k]?.text === '/') k++;
  else return undefined;
  // The restated number may carry its own hedge: "(about 1,600 km)".
  for (let m = k; m < k + 4 && m < tokens.length; m++) {
    if (!startsQuantity(tokens, m)) continue;
    const other = readQuantity(tokens, m, k);
    if (!other || other.first !== k) return undefined;
    if (other.unit.base !== q.unit.base || other.unit.unit === q.unit.unit) return undefined;
    const a = toBase(q.value, q.unit);
    const b = toBase(other.value, other.unit);
    if (Math.abs(a - b) > 0.25 * Math.max(Math.abs(a), Math.abs(b))) return undefined;
    const end = other.after - 1;
    if (open) return tokens[end + 1]?.text === ')' ? { quantity: other, end: end + 1 } : undefined;
    return { quantity: other, end };
  }
  return undefined;
}

// Regular expressions with \p{...} live in module constants: the bundler turns such a literal into
// `new RegExp(...)`, which inside a function would build the expression again on every call.
/** A word of two letters or more with a full stop ("cent.", "km."). */
const WORD_WITH_STOP = /^[\p{L}]{2,}\.$/u;

function toClaim(
  q: Quantity,
  conv: Quantity | undefined,
  tokens: Token[],
  endToken: number,
  text: string,
  measure: string,
  subject: string | undefined,
  measureFrom: NumberClaim['measureFrom'],
): NumberClaim {
  const start = tokens[q.first].start;
  const lastToken = tokens[endToken];
  // parse-english may leave the sentence's full stop on the last word ("6 per cent."); it is not
  // part of the claim. Dotted abbreviations ("U.S.") keep theirs.
  const trailingStop = (endToken === tokens.length - 1 && WORD_WITH_STOP.test(lastToken.text)) || hasStrayStop(lastToken.text);
  const end = lastToken.end - (trailingStop ? 1 : 0);
  const f = q.unit.factor;
  const claim: NumberClaim = {
    start,
    end,
    text: text.slice(start, end),
    value: q.value,
    unit: q.unit.unit,
    baseValue: toBase(q.value, q.unit),
    baseUnit: q.unit.base,
    hedge: q.hedge,
    measure,
    baseStep: q.step * f,
  };
  if (q.high !== undefined) {
    claim.high = q.high;
    claim.baseHigh = toBase(q.high, q.unit);
  }
  if (q.vague) claim.vague = true;
  if (conv) {
    claim.converted = { value: conv.value, unit: conv.unit.unit, baseValue: toBase(conv.value, conv.unit), baseStep: conv.step * conv.unit.factor, hedge: conv.hedge };
  }
  if (subject) claim.subject = subject;
  // Set last, not spread onto the claim afterwards (`{ ...claim, measureFrom }` is slow in V8).
  claim.measureFrom = measureFrom;
  return claim;
}
