// Numbers written in words: cardinals ("two", "twenty-five", "two hundred"), scale words
// ("million", "bn"), fractions ("half", "two-thirds") and vague amounts ("thousands", "dozens").
// Ordinals ("fourth", "21st") are deliberately not numbers here: they rank ("their fourth
// meeting", "the fourth year of the war") rather than measure, and comparing ranks across sources
// would mostly produce false conflicts.

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** Scale words that multiply the number before them ("120 billion", "1.5m" after a currency). */
const SCALES: Record<string, number> = {
  hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  k: 1e3, mn: 1e6, mln: 1e6, bn: 1e9, b: 1e9, tn: 1e12, trn: 1e12, m: 1e6,
  // Indian English: "Rs 120 crore" (ten million), "5 lakh" (a hundred thousand).
  crore: 1e7, crores: 1e7, lakh: 1e5, lakhs: 1e5,
};

export function scaleWord(word: string): number | undefined {
  const key = word.toLowerCase();
  return Object.hasOwn(SCALES, key) ? SCALES[key] : undefined;
}

/** Scale suffixes glued to a numeral ("3bn", "120k"); "m" is handled by the caller (million or metres). */
export function gluedScale(suffix: string): number | undefined {
  const key = suffix.toLowerCase();
  if (key === 'hundred' || key === 'm') return undefined;
  return scaleWord(key);
}

/** Value of a one-word cardinal below 100, hyphenated tens included ("twenty-five"). */
export function smallCardinal(word: string): number | undefined {
  const key = word.toLowerCase();
  if (Object.hasOwn(UNITS, key)) return UNITS[key];
  if (Object.hasOwn(TENS, key)) return TENS[key];
  const m = /^([a-z]+)-([a-z]+)$/.exec(key);
  if (m && Object.hasOwn(TENS, m[1]) && Object.hasOwn(UNITS, m[2]) && UNITS[m[2]] > 0 && UNITS[m[2]] < 10) {
    return TENS[m[1]] + UNITS[m[2]];
  }
  return undefined;
}

/**
 * Reads a cardinal made of several words ("two hundred and fifty", "three million", "a thousand")
 * from `words` starting at 0. Returns the value, how many words it used and the granularity of
 * its last word (1 for "fifty", 1e6 for "three million"), or undefined.
 */
export function readCardinal(words: string[]): { value: number; used: number; step: number } | undefined {
  let total = 0;
  let current = 0;
  let used = 0;
  let seen = false;
  let step = 1;
  for (let i = 0; i < words.length; i++) {
    const w = words[i].toLowerCase();
    const small = smallCardinal(w);
    if (small !== undefined) {
      if (seen && current % 100 !== 0 && current !== 0) break; // "two three" is not one number
      current += small;
      seen = true;
      used = i + 1;
      step = 1;
      continue;
    }
    if ((w === 'a' || w === 'one') && !seen && i + 1 < words.length && isScaleWordForCardinal(words[i + 1])) {
      current = 1;
      seen = true;
      used = i + 1;
      continue;
    }
    if (w === 'and' && seen && current >= 100 && i + 1 < words.length && smallCardinal(words[i + 1]) !== undefined) continue;
    if (seen && isScaleWordForCardinal(w)) {
      const scale = SCALES[w];
      if (scale === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * scale;
        current = 0;
      }
      step = scale;
      used = i + 1;
      continue;
    }
    break;
  }
  if (!seen) return undefined;
  return { value: total + current, used, step };
}

function isScaleWordForCardinal(word: string): boolean {
  return ['hundred', 'thousand', 'million', 'billion', 'trillion'].includes(word.toLowerCase());
}

/** Fractions in words: "half", "a third", "two-thirds", "three quarters". */
const FRACTION_DENOMINATORS: Record<string, number> = {
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4,
  fifth: 5, fifths: 5, tenth: 10, tenths: 10,
};

/**
 * Reads a fraction from `words` ("half", "a third", "two-thirds", "one in three" is not handled).
 * "fourth"/"fifth" count as fractions only with a numerator ("a fifth", "two fifths"), never alone,
 * since alone they are ordinals.
 */
export function readFraction(words: string[]): { value: number; used: number } | undefined {
  const w0 = words[0]?.toLowerCase();
  if (!w0) return undefined;
  if (w0 === 'half') return { value: 0.5, used: 1 };
  const hyphen = /^([a-z]+)-([a-z]+)$/.exec(w0);
  if (hyphen) {
    const num = hyphen[1] === 'a' ? 1 : smallCardinal(hyphen[1]);
    const den = FRACTION_DENOMINATORS[hyphen[2]];
    if (num !== undefined && den && num > 0 && num < den) return { value: num / den, used: 1 };
    return undefined;
  }
  const w1 = words[1]?.toLowerCase();
  if (!w1) return undefined;
  const num = w0 === 'a' ? 1 : smallCardinal(w0);
  const den = Object.hasOwn(FRACTION_DENOMINATORS, w1) ? FRACTION_DENOMINATORS[w1] : undefined;
  if (num === undefined || !den || num <= 0 || num >= den) return undefined;
  // "one third" / "a third" / "two thirds"; plural denominators need a numerator above one.
  if (w1.endsWith('s') && num === 1) return undefined;
  if (!w1.endsWith('s') && num > 1) return undefined;
  return { value: num / den, used: 2 };
}

/** Vague amounts: a range of plausible values ("thousands" is 2,000 up to tens of thousands). */
export interface VagueAmount {
  low: number;
  high: number;
  used: number;
}

const VAGUE_PLURALS: Record<string, [number, number]> = {
  dozens: [24, 144],
  scores: [40, 200],
  hundreds: [200, 999],
  thousands: [2000, 99_999],
  millions: [2e6, 999e6],
  billions: [2e9, 999e9],
};

/** "thousands", "tens of thousands", "hundreds of thousands", "several hundred", "a few thousand". */
export function readVague(words: string[]): VagueAmount | undefined {
  const w = words.map((x) => x.toLowerCase());
  if ((w[0] === 'tens' || w[0] === 'hundreds') && w[1] === 'of' && (w[2] === 'thousands' || w[2] === 'millions' || w[2] === 'billions')) {
    const unit = w[2] === 'thousands' ? 1e3 : w[2] === 'millions' ? 1e6 : 1e9;
    return w[0] === 'tens' ? { low: 20 * unit, high: 99 * unit, used: 3 } : { low: 200 * unit, high: 999 * unit, used: 3 };
  }
  if (Object.hasOwn(VAGUE_PLURALS, w[0])) {
    const [low, high] = VAGUE_PLURALS[w[0]];
    return { low, high, used: 1 };
  }
  const few = w[0] === 'several' ? 1 : w[0] === 'a' && w[1] === 'few' ? 2 : 0;
  if (few) {
    const scale = w[few];
    const s = scale && isScaleWordForCardinal(scale) ? SCALES[scale] : undefined;
    if (s) return few === 1 ? { low: 3 * s, high: 9 * s, used: 2 } : { low: 2 * s, high: 5 * s, used: 3 };
  }
  return undefined;
}

/** "a dozen", "two dozen", "dozen". */
export function readDozen(words: string[]): { value: number; used: number } | undefined {
  const w0 = words[0]?.toLowerCase();
  const w1 = words[1]?.toLowerCase();
  if (w0 === 'dozen') return { value: 12, used: 1 };
  if (w1 === 'dozen') {
    const n = w0 === 'a' ? 1 : smallCardinal(w0 ?? '');
    if (n !== undefined && n > 0) return { value: 12 * n, used: 2 };
  }
  return undefined;
}

const ORDINALS = new Set([
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
  'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'twentieth', 'thirtieth', 'hundredth',
]);

export function isOrdinalWord(word: string): boolean {
  return ORDINALS.has(word.toLowerCase());
}
