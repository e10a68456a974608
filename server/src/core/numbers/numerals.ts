// Numbers written in digits. parse-english splits "1,600" into "1" "," "600" and keeps "2-300",
// "5km", "66-year-old" as one word; this module joins the pieces back (by offsets, never by
// searching the text) and reads the value, its precision and whatever is glued after the digits.
import type { Token } from '../types';

export interface Numeral {
  value: number;
  /** Granularity implied by the way it is written: 1,600 → 100, 995 → 1, 3.5 → 0.1. */
  step: number;
  /** Value of the last written digit, trailing zeros counted as digits: 1,600 → 1, 3.5 → 0.1. */
  digitStep: number;
  /** Text glued after the digits ("", "km", "-300", "-year-old", "s", "th"). */
  suffix: string;
  /** True when written with thousands separators ("2,025" is a count, "2025" may be a year). */
  grouped: boolean;
  /** Number of digits before the decimal point. */
  intDigits: number;
  hasDecimals: boolean;
  /** Tokens [first, last] (indices into the sentence) that the numeral covers. */
  first: number;
  last: number;
}

const DIGITS_START = /^\d/;
const GROUP_PIECE = /^\d{3}(?!\d)/;

/** True when `b` starts exactly where `a` ends (no space between). */
export function glued(a: Token, b: Token): boolean {
  return a.end === b.start;
}

/**
 * Reads a numeral starting at token `i` (which must start with a digit, or be a fraction like
 * "½"). Joins thousands groups ("1" "," "600") glued together.
 */
export function readNumeral(tokens: Token[], i: number): Numeral | undefined {
  const first = tokens[i];
  if (first.kind !== 'word') return undefined;
  // Most numerals are one token of digits alone ("2025", "15"); unless a thousands group may
  // follow, they need none of the patterns below.
  if (isDigits(first.text) && (first.text.length > 3 || tokens[i + 1]?.text !== ',')) return mixedNumber(tokens, i) ?? plainInteger(first.text, i);
  const vulgar = VULGAR.get(first.text);
  if (vulgar !== undefined) return { value: vulgar, step: 0.01, digitStep: 0.01, suffix: '', grouped: false, intDigits: 0, hasDecimals: true, first: i, last: i };
  if (!DIGITS_START.test(first.text)) return undefined;
  let text = first.text;
  let last = i;
  // Join "1" "," "600" (and "10" "," "000" "," "000"); only when the first piece has 1-3 digits.
  while (/^\d{1,3}(,\d{3})*$/.test(text) && last + 2 < tokens.length) {
    const comma = tokens[last + 1];
    const next = tokens[last + 2];
    if (comma.text !== ',' || !glued(tokens[last], comma) || !glued(comma, next) || !GROUP_PIECE.test(next.text)) break;
    text += ',' + next.text;
    last += 2;
  }
  const m = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(.*)$/s.exec(text);
  if (!m) return undefined;
  const intPart = m[1].replace(/,/g, '');
  const decimals = m[2] ?? '';
  const suffix = m[3];
  // "2½": a whole number and a vulgar fraction.
  const vulgarPart = decimals ? undefined : VULGAR.get(suffix);
  if (vulgarPart !== undefined) {
    return { value: Number(intPart) + vulgarPart, step: 0.25, digitStep: 0.25, suffix: '', grouped: false, intDigits: intPart.length, hasDecimals: true, first: i, last };
  }
  // "1/3", "3/4": a fraction written with a slash.
  const slash = /^\/(\d+)$/.exec(suffix);
  if (slash && !decimals) {
    const den = Number(slash[1]);
    const num = Number(intPart);
    if (den > 0 && num < den && den <= 100) {
      return { value: num / den, step: 0.01, digitStep: 0.01, suffix: '', grouped: false, intDigits: 0, hasDecimals: true, first: i, last };
    }
    return undefined;
  }
  const value = Number(decimals ? `${intPart}.${decimals}` : intPart);
  if (!Number.isFinite(value)) return undefined;
  return {
    value,
    step: precisionStep(intPart, decimals),
    digitStep: decimals ? 10 ** -decimals.length : 1,
    suffix,
    grouped: m[1].includes(','),
    intDigits: intPart.length,
    hasDecimals: decimals.length > 0,
    first: i,
    last,
  };
}

/** "2 1/2": a whole number, one space, and a fraction below one. */
function mixedNumber(tokens: Token[], i: number): Numeral | undefined {
  const whole = tokens[i];
  const next = tokens[i + 1];
  if (!next || next.start !== whole.end + 1 || whole.text.length > 4) return undefined;
  const m = /^(\d{1,2})\/(\d{1,2})$/.exec(next.text);
  if (!m) return undefined;
  const num = Number(m[1]);
  const den = Number(m[2]);
  if (den < 2 || num >= den) return undefined;
  const value = Number(whole.text) + num / den;
  return { value, step: 1 / den, digitStep: 1 / den, suffix: '', grouped: false, intDigits: whole.text.length, hasDecimals: true, first: i, last: i + 1 };
}

function isDigits(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c < 48 || c > 57) return false;
  }
  return text.length > 0;
}

/** What the general reading gives for a token of digits alone: no group, decimals or suffix. */
function plainInteger(digits: string, i: number): Numeral | undefined {
  const value = Number(digits);
  if (!Number.isFinite(value)) return undefined;
  return { value, step: precisionStep(digits, ''), digitStep: 1, suffix: '', grouped: false, intDigits: digits.length, hasDecimals: false, first: i, last: i };
}

/** Granularity of a written number: trailing zeros of an integer widen it (1,600 → 100). */
export function precisionStep(intPart: string, decimals: string): number {
  if (decimals) return 10 ** -decimals.length;
  const trimmed = intPart.replace(/^0+(?=\d)/, '');
  const zeros = /0*$/.exec(trimmed)?.[0].length ?? 0;
  if (zeros === trimmed.length) return 1; // "0"
  return 10 ** zeros;
}

// A Map, not an object literal: a word such as "constructor" would find an object's inherited property.
const VULGAR = new Map<string, number>([['½', 0.5], ['⅓', 1 / 3], ['⅔', 2 / 3], ['¼', 0.25], ['¾', 0.75], ['⅕', 0.2], ['⅒', 0.1]]);
