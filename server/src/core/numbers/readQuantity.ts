// Reads one quantity phrase at a token: currency sign, number (digits or words), scale word,
// range, unit or counted noun, and the hedges around it. Rejects what only looks like a quantity:
// dates, years used as names ("2024 campaign"), clock times, labels ("Article 5"), ordinals,
// phone numbers and model names.
import type { Hedge, Token } from '../types';
import { hedgeAfter, hedgeBefore } from './hedges';
import { glued, readNumeral, type Numeral } from './numerals';
import { gluedScale, isOrdinalWord, readCardinal, readDozen, readFraction, readVague, scaleWord, smallCardinal } from './numberWords';
import { AGE_YEAR, COUNT, currency, currencyPrefix, gluedUnit, MAX_UNIT_WORDS, opensLongUnit, RATIO, unitWord, type UnitInfo } from './units';
import { isAdverb, isCapitalized, isDesignator, isFunctionWord, isMonth, isPluralNoun, isTimeWord, isWeekday } from './wordClasses';

export interface Quantity {
  /** Token indices of the whole phrase, hedge to unit (or counted noun), inclusive. */
  first: number;
  last: number;
  /** First token of the number itself (its currency sign, if any). */
  numberFirst: number;
  value: number;
  high?: number;
  step: number;
  unit: UnitInfo;
  hedge: Hedge;
  vague: boolean;
  /** Age ("66-year-old", "aged 66", "Putin, 73,"). */
  age: boolean;
  /** Noun phrase the number counts or qualifies, token indices inclusive ("ERAMs", "phone call"). */
  noun?: [number, number];
  /** A possessive before the counted noun names its owner ("half of Ukraine's gas production"). */
  owner?: [number, number];
  /** Token index after the number and its unit, where a measured noun or conversion may follow. */
  after: number;
}

type CoreKind = 'numeral' | 'cardinal' | 'fraction' | 'vague' | 'dozen';

interface Core {
  kind: CoreKind;
  value: number;
  high?: number;
  /** Granularity from trailing zeros (1,600 → 100); see `digitStep` for the last written digit. */
  step: number;
  digitStep: number;
  first: number;
  last: number;
  numeral?: Numeral;
  unit?: UnitInfo;
  /** The number is the first part of a hyphenated adjective ("two-hour", "2,000-pound", "12-member"). */
  compound: boolean;
  age: boolean;
  hedge?: Hedge;
  /** A scale word or suffix multiplied the number ("120 billion", "3bn"). */
  scaled: boolean;
  /** "1.5m": million or metres, decided by what follows. */
  pendingM: boolean;
}

/**
 * A core with every field present, the flags off. Cores are built here and then adjusted field by
 * field, never with object spread: `{ ...core, extra }` is a slow path in V8 (several microseconds a
 * copy) and this runs for every number in a document.
 */
function newCore(kind: CoreKind, value: number, step: number, digitStep: number, first: number, last: number): Core {
  return {
    kind, value, high: undefined, step, digitStep, first, last, numeral: undefined, unit: undefined,
    compound: false, age: false, hedge: undefined, scaled: false, pendingM: false,
  };
}

const isWord = (t: Token | undefined): t is Token => t !== undefined && t.kind === 'word';
const lower = (t: Token | undefined) => (t ? t.text.toLowerCase() : '');
const DASHES = new Set(['-', '–', '—']);

/** Word texts from `i` on, stopping at the first token that is not a word. */
function wordsFrom(tokens: Token[], i: number, max: number): string[] {
  const out: string[] = [];
  for (let k = i; k < tokens.length && out.length < max && tokens[k].kind === 'word'; k++) out.push(tokens[k].text);
  return out;
}

/** Word texts ending just before `i`, in order, stopping at the first token that is not a word. */
function wordsBefore(tokens: Token[], i: number, max: number, floor: number): string[] {
  const out: string[] = [];
  for (let k = i - 1; k >= floor && out.length < max && tokens[k].kind === 'word'; k--) out.unshift(tokens[k].text);
  return out;
}

function digitCount(n: number): number {
  return Math.max(1, Math.floor(Math.log10(Math.abs(n))) + 1);
}

/** True when token `i` opens its sentence (after any opening quotes or brackets). */
function isOpening(tokens: Token[], i: number): boolean {
  for (let k = 0; k < i; k++) if (tokens[k].kind === 'word') return false;
  return true;
}

/** Reads the number at token `i` (digits, words, fraction, vague amount), with glued suffixes. */
function readCore(tokens: Token[], i: number, hasCurrency: boolean): Core | undefined {
  const t = tokens[i];
  if (!isWord(t)) return undefined;
  const numeral = readNumeral(tokens, i);
  if (numeral) return coreFromNumeral(numeral, hasCurrency);
  if (hasCurrency) return undefined;

  // Lower-cased once here: the readers below lower-case again, which is cheap on these copies but
  // slow on token strings sliced from a two-byte text.
  const words = wordsFrom(tokens, i, 6).map((w) => w.toLowerCase());
  const hyphenated = readHyphenatedWordNumber(words[0], i);
  if (hyphenated) return hyphenated;
  const vague = readVague(words);
  if (vague) {
    const core = newCore('vague', vague.low, 1, 1, i, i + vague.used - 1);
    core.high = vague.high;
    return core;
  }
  const dozen = readDozen(words);
  if (dozen) return newCore('dozen', dozen.value, 1, 1, i, i + dozen.used - 1);
  const fraction = readFraction(words);
  if (fraction) {
    // "a third"/"a quarter" are fractions only before "of" or a break ("a third meeting" is an ordinal).
    const next = tokens[i + fraction.used];
    const lone = words[0].toLowerCase() !== 'half' && !words[0].includes('-');
    if (lone && isWord(next) && lower(next) !== 'of') return undefined;
    // "the second half", "first half of the year": a part of a period, not an amount; "a year and a
    // half" is the end of a mixed number, read (or not) with what comes before it.
    if (words[0].toLowerCase() === 'half' && isOrdinalWord(lower(tokens[i - 1]))) return undefined;
    if (words[0].toLowerCase() === 'half' && lower(tokens[i - 1]) === 'a' && lower(tokens[i - 2]) === 'and') return undefined;
    const core = newCore('fraction', fraction.value, 0.01, 0.01, i, i + fraction.used - 1);
    core.unit = RATIO;
    return core;
  }
  const cardinal = readCardinal(words);
  if (cardinal) {
    const core = newCore('cardinal', cardinal.value, cardinal.step, cardinal.step, i, i + cardinal.used - 1);
    core.scaled = cardinal.step >= 1000;
    return core;
  }
  return undefined;
}

/** "two-hour", "66-year-old" written in words ("sixty-six-year-old"), "half-hour". */
function readHyphenatedWordNumber(text: string, i: number): Core | undefined {
  const pieces = text.toLowerCase().split(/[-–]/);
  if (pieces.length < 2) return undefined;
  let n: number | undefined;
  let used = 0;
  if (pieces.length >= 3 && smallCardinal(`${pieces[0]}-${pieces[1]}`) !== undefined) {
    n = smallCardinal(`${pieces[0]}-${pieces[1]}`);
    used = 2;
  } else if (pieces[0] === 'half') {
    n = 0.5;
    used = 1;
  } else if (smallCardinal(pieces[0]) !== undefined) {
    n = smallCardinal(pieces[0]);
    used = 1;
  }
  if (n === undefined || used === pieces.length) return undefined;
  const rest = pieces.slice(used);
  const step = n === 0.5 ? 0.5 : 1;
  const core = newCore('cardinal', n, step, step, i, i);
  core.compound = true;
  if (/^years?$/.test(rest[0]) && rest[1] === 'old') {
    core.unit = AGE_YEAR;
    core.age = true;
    return core;
  }
  const unit = unitWord(rest.join(' '), false) ?? unitWord(rest[0], false);
  if (!unit || unit.currency) return undefined;
  core.unit = unit;
  return core;
}

function coreFromNumeral(num: Numeral, hasCurrency: boolean): Core | undefined {
  const core = newCore('numeral', num.value, num.step, num.digitStep, num.first, num.last);
  core.numeral = num;
  const suffix = num.suffix;
  if (!suffix) return core;
  let m: RegExpExecArray | null;
  if ((m = /^[-–](\d+(?:\.\d+)?)$/.exec(suffix))) {
    // "20-30", "2-300" (= 200-300). "2014-15" and scores like "3-2" are not ranges.
    let low = num.value;
    const high = Number(m[1]);
    const dl = digitCount(low);
    const dh = digitCount(high);
    if (dh < dl) return undefined;
    if (high <= low) return undefined;
    if (dl < dh && low * 10 ** (dh - dl) < high && Number.isInteger(low) && low < 10) {
      core.step = core.step * 10 ** (dh - dl);
      core.digitStep = core.digitStep * 10 ** (dh - dl);
      low = low * 10 ** (dh - dl);
    }
    if (num.intDigits === 4 && low >= 1800 && high <= 2100) return undefined; // "2022-2024"
    core.value = low;
    core.high = high;
    return core;
  }
  if (/^[-–]plus$/i.test(suffix)) {
    core.hedge = 'more than';
    return core;
  }
  if (/^[-–]years?[-–]old$/i.test(suffix)) {
    core.unit = AGE_YEAR;
    core.age = true;
    core.compound = true;
    return core;
  }
  if (suffix.toLowerCase() === 'm') {
    core.pendingM = true;
    return core;
  }
  const scale = gluedScale(suffix);
  if (scale) return scaleCore(core, num, scale);
  const unit = gluedUnit(suffix);
  if (unit && !unit.currency) {
    core.unit = unit;
    return core;
  }
  if ((m = /^[-–]([a-z]+(?:[-–][a-z]+)*)$/i.exec(suffix))) {
    // Hyphenated adjective: "2,000-pound bombs", "30-day", "10,000-strong", "12-member".
    const pieces = m[1].toLowerCase().split(/[-–]/);
    const pieceScale = scaleWord(pieces[0]);
    if (pieceScale && pieces[0] !== 'm' && pieces.length === 1) return scaleCore(core, num, pieceScale);
    const compoundUnit = unitWord(pieces.join(' '), true) ?? unitWord(pieces[0], true);
    if (compoundUnit) core.unit = compoundUnit;
    else if (pieces.length > 2 || pieces.some((p) => isFunctionWord(p))) return undefined;
    core.compound = true;
    return core;
  }
  return undefined; // "3pm", "10:30", "5G", "555-123-4567", "1990s", "21st"
}

/** A numeral multiplied by a scale glued to it ("3bn", "120k", "5-million"). */
function scaleCore(core: Core, num: Numeral, scale: number): Core {
  core.value = num.value * scale;
  core.step = num.step * scale;
  core.digitStep = num.digitStep * scale;
  core.scaled = true;
  return core;
}

/** Reads the number at `i` plus the scale words after it ("120 billion", "1.5 million"). */
function readScaledCore(tokens: Token[], i: number, hasCurrency: boolean): Core | undefined {
  const core = readCore(tokens, i, hasCurrency);
  if (!core) return undefined;
  if (core.kind !== 'numeral' && core.kind !== 'cardinal') return core;
  if (core.unit || core.compound) return core;
  let k = core.last + 1;
  while (isWord(tokens[k])) {
    const w = lower(tokens[k]);
    const scale = scaleWord(w);
    if (!scale) break;
    if (w === 'hundred' && core.kind === 'cardinal') break; // already read by readCardinal
    // Bare "m"/"b"/"k" after a space are scale words only in money ("$5 m").
    if ((w === 'm' || w === 'b' || w === 'k') && !hasCurrency) break;
    core.value *= scale;
    if (core.high !== undefined) core.high *= scale;
    core.step *= scale;
    core.digitStep *= scale;
    core.scaled = true;
    core.last = k;
    k++;
  }
  return core;
}

/** A range after the first number: "20-30", "20 to 30 million", "between 20 and 30". */
function readRangeEnd(tokens: Token[], core: Core, between: boolean, hasCurrency: boolean): void {
  if (core.high !== undefined || core.unit || core.compound || (core.kind !== 'numeral' && core.kind !== 'cardinal')) return;
  const k = core.last + 1;
  const joiner = tokens[k];
  if (!joiner) return;
  const j = lower(joiner);
  const ok = between ? j === 'and' : DASHES.has(joiner.text) ? joiner.kind === 'punctuation' || joiner.kind === 'symbol' : j === 'to' || j === 'or';
  if (!ok) return;
  let m = k + 1;
  const sign = tokens[m];
  if (hasCurrency && sign && currencyPrefix(sign.text)) m++;
  const second = readScaledCore(tokens, m, hasCurrency);
  if (!second || second.kind !== core.kind || second.unit || second.high !== undefined) return;
  // "three or four weeks" is a range; "20 or 30" only between small counts, never "1 or 2,000".
  if (j === 'or' && second.value > 10 * core.value) return;
  let low = core.value;
  let step = core.step;
  // "20 to 30 million": the scale written once applies to both ends.
  if (second.scaled && !core.scaled) {
    const scale = second.value / (second.numeral?.value ?? second.value);
    if (Number.isFinite(scale) && scale > 1) {
      low *= scale;
      step *= scale;
      core.digitStep *= scale;
    }
  }
  if (second.value <= low) return;
  core.value = low;
  core.step = step;
  core.high = second.value;
  core.last = second.last;
  core.scaled = core.scaled || second.scaled;
}

/** Unit words right after the number ("miles", "%", "per cent", "square kilometers"). */
function readUnit(tokens: Token[], k: number, afterNumeral: boolean): { unit: UnitInfo; last: number } | undefined {
  if (k >= tokens.length) return undefined;
  // "30°C": the degree sign and its letter are two tokens written together.
  const sign = tokens[k];
  if ((sign.text === '°' || sign.text === 'º') && tokens[k + 1]?.start === sign.end) {
    const unit = unitWord(sign.text + tokens[k + 1].text, afterNumeral);
    if (unit) return { unit, last: k + 1 };
  }
  for (let len = opensLongUnit(tokens[k].text) ? MAX_UNIT_WORDS : 1; len >= 1; len--) {
    if (k + len > tokens.length) continue;
    const parts: string[] = [];
    let ok = true;
    for (let q = k; q < k + len; q++) {
      const t = tokens[q];
      if (t.kind === 'punctuation' && !(t.text === '%')) { ok = false; break; }
      parts.push(t.text);
    }
    if (!ok) continue;
    const unit = unitWord(parts.join(' '), afterNumeral);
    if (unit) return { unit, last: k + len - 1 };
  }
  return undefined;
}

/**
 * Reads the noun phrase that a number counts or qualifies, from token `k`: content words up to a
 * function word, punctuation, an adverb or another number, ending at the first plural noun
 * ("3,350 ERAMs", "12 European countries", "two-hour phone call"). At most four words.
 */
export function readNounPhrase(tokens: Token[], k: number, stopAtPlural = true): [number, number] | undefined {
  let last = -1;
  for (let q = k; q < tokens.length && q < k + 4; q++) {
    const t = tokens[q];
    if (!isWord(t) || isFunctionWord(t.text) || isAdverb(t.text) || /^\d/.test(t.text) || isMonth(t.text) || isWeekday(t.text)) break;
    // After the head noun comes the verb: "a third of the aid arrived", "half the staff went".
    if (q > k && isVerbAfterNoun(t.text)) break;
    last = q;
    if (stopAtPlural && isPluralNoun(t.text)) break;
    if (/['’]s$/.test(t.text)) break;
  }
  return last >= k ? [k, last] : undefined;
}

const PAST_VERBS = new Set(
  'went came met made took fell rose grew left got saw gave won lost hit began ran sent spent held kept became remained stood paid sold bought fled died struck'.split(' '),
);

/** A lower-case past-tense verb: adjectives in -ed stand before the noun, verbs after it. */
function isVerbAfterNoun(word: string): boolean {
  if (word !== word.toLowerCase()) return false;
  return (word.length > 4 && word.endsWith('ed')) || PAST_VERBS.has(word);
}

const DOLLAR_COUNTRIES = new Map<string, string>([
  ['U.S.', 'usd'], ['US', 'usd'], ['American', 'usd'], ['Canadian', 'cad'], ['CAD', 'cad'], ['Cdn', 'cad'],
  ['Australian', 'aud'], ['AUD', 'aud'], ['NZ', 'nzd'], ['Singapore', 'sgd'], ['HK', 'hkd'],
]);

/** What "a"/"an" can divide by in a rate; after "per" any noun will do. */
const RATE_DENOMINATORS = new Set(
  'year month week day hour minute second night game match season share barrel head person piece ton tonne litre liter gallon kilogram kg pound mile kilometre kilometer household family student patient'.split(' '),
);

function readRate(tokens: Token[], p: number): { denominator: string; last: number } | undefined {
  const marker = lower(tokens[p]);
  if (marker !== 'per' && marker !== 'a' && marker !== 'an') return undefined;
  const noun = tokens[p + 1];
  if (!isWord(noun) || isFunctionWord(noun.text) || /^\d/.test(noun.text)) return undefined;
  // "a year ago", "a week later": a time, not a rate.
  if (/^(ago|earlier|later|before|after|from|since|old)$/.test(lower(tokens[p + 2]))) return undefined;
  let word = noun.text.toLowerCase();
  if (marker === 'per' && word === 'cent') return undefined;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) word = word.slice(0, -1);
  const timeUnit = unitWord(word, false);
  if (timeUnit && timeUnit.base === 'day') word = timeUnit.unit;
  if (marker !== 'per' && !RATE_DENOMINATORS.has(word)) return undefined;
  return { denominator: word, last: p + 1 };
}

/** Everything about a quantity that starts at token `i` (its currency sign or first digit/word). */
export function readQuantity(tokens: Token[], i: number, floor: number): Quantity | undefined {
  const t0 = tokens[i];
  if (!t0) return undefined;
  let j = i;
  let code: string | undefined;
  const next = tokens[i + 1];
  if (t0.kind === 'word' && next && next.text === '$' && glued(t0, next) && currencyPrefix(`${t0.text}$`)) {
    code = currencyPrefix(`${t0.text}$`);
    j = i + 2;
  } else if (t0.kind === 'symbol' && currencyPrefix(t0.text)) {
    code = currencyPrefix(t0.text);
    j = i + 1;
  } else if (t0.kind === 'word' && (/^[A-Z]{3}$/.test(t0.text) || t0.text === 'Rs' || t0.text === 'Rs.') && currencyPrefix(t0.text.replace(/\.$/, '')) && next && /^\d/.test(next.text)) {
    // A code before the amount ("USD 5", "INR 5 lakh"), or rupees as India writes them ("Rs 120 crore", "Rs. 215 crore").
    code = currencyPrefix(t0.text.replace(/\.$/, ''));
    j = i + 1;
  }
  if (code && (!tokens[j] || !/^\d/.test(tokens[j].text))) return undefined;
  const hasCurrency = code !== undefined;

  const core = readScaledCore(tokens, j, hasCurrency);
  if (!core) return undefined;
  // A minus sign standing before the digits: "below -25 C". A hyphen glued to a word is not one.
  const minus = tokens[i - 1];
  const negative = core.kind === 'numeral' && !hasCurrency && minus !== undefined && /^[-−–]$/.test(minus.text) && glued(minus, tokens[j]) &&
    (i - 2 < 0 || !glued(tokens[i - 2], minus));
  if (negative) {
    core.value = -core.value;
    if (core.high !== undefined) return undefined;
    i -= 1;
  }
  const prev = tokens[i - 1];
  const between = lower(prev) === 'between';
  readRangeEnd(tokens, core, between, hasCurrency);
  // "two and a half years"
  if ((core.kind === 'numeral' || core.kind === 'cardinal') && core.high === undefined && !core.unit && !core.compound &&
      lower(tokens[core.last + 1]) === 'and' && lower(tokens[core.last + 2]) === 'a' && lower(tokens[core.last + 3]) === 'half') {
    core.value += 0.5;
    core.digitStep = 0.5;
    core.step = Math.min(core.step, 0.5);
    core.last += 3;
  }

  // A number word with a capital inside a sentence is part of a name ("Five Eyes", "Big Three").
  if (core.kind !== 'numeral' && !hasCurrency && i > 0 && isCapitalized(tokens[j].text) && !isOpening(tokens, i)) return undefined;

  // Labels, dates and clock times are not quantities.
  if (core.kind === 'numeral' && !hasCurrency) {
    if (prev && (isMonth(prev.text) || isDesignator(prev.text) || prev.text === '#')) return undefined;
    if (prev && prev.text === '.' && isDesignator(lower(tokens[i - 2]) + '.')) return undefined;
    const after = tokens[core.last + 1];
    if (after && isWord(after) && (isTimeWord(after.text) || (isMonth(after.text) && core.value <= 31))) return undefined;
    if (after && after.text === ':' ) return undefined;
  }

  let k = core.last + 1;
  let unit = core.unit;
  let age = core.age;
  if (core.pendingM) {
    // "1.5m people" is millions; "100m" alone or before "high"/"away" is metres.
    const after = tokens[k];
    const millions = hasCurrency || core.numeral?.hasDecimals || (isWord(after) && !isFunctionWord(after.text) && !unitWord(after.text, true) && !/^(high|tall|long|deep|wide|away|from)$/i.test(after.text));
    if (millions) {
      core.value *= 1e6;
      core.step *= 1e6;
      core.digitStep *= 1e6;
      if (core.high !== undefined) core.high *= 1e6;
      core.scaled = true;
    } else unit = unitWord('m', true);
  }
  if (!unit) {
    // "half an hour", "half a mile"
    const article = core.kind === 'fraction' && core.value === 0.5 && /^(a|an)$/.test(lower(tokens[k]));
    const found = readUnit(tokens, article ? k + 1 : k, core.kind === 'numeral');
    if (found && !(hasCurrency && found.unit.currency)) {
      if (core.kind === 'fraction' && found.unit.base !== 'ratio') {
        if (!article) return undefined; // "half miles" is not a phrase
      }
      if (!(core.kind === 'fraction' && found.unit.base === 'ratio')) {
        unit = found.unit;
        k = found.last + 1;
      }
    }
  }
  // "two years and two months", "1 hour 30 minutes": one duration in two units.
  if (unit && unit.base === 'day' && !age && core.high === undefined) {
    const m = lower(tokens[k]) === 'and' ? k + 1 : k;
    const part = /^\d/.test(tokens[m]?.text ?? '') || smallCardinal(lower(tokens[m])) !== undefined ? readScaledCore(tokens, m, false) : undefined;
    const partUnit = part && !part.unit && !part.compound && part.high === undefined ? readUnit(tokens, part.last + 1, part.kind === 'numeral') : undefined;
    if (part && partUnit && partUnit.unit.base === 'day' && partUnit.unit.factor < unit.factor) {
      const extra = (part.value * partUnit.unit.factor) / unit.factor;
      core.value += extra;
      core.digitStep = (part.digitStep * partUnit.unit.factor) / unit.factor;
      core.step = core.digitStep;
      k = partUnit.last + 1;
    }
  }
  if (!unit && hasCurrency) {
    // "$10,000 U.S. (about $13,300 Canadian)": a country after a dollar amount names the dollar.
    const country = code === 'usd' && t0.text === '$' ? DOLLAR_COUNTRIES.get(tokens[k]?.text ?? '') : undefined;
    if (country) k++;
    unit = currency(country ?? code!);
  }
  if (!unit && core.kind === 'fraction') unit = RATIO;
  const prevWord = lower(tokens[j - 1]);
  if (!unit && core.kind === 'numeral' && (prevWord === 'aged' || prevWord === 'age')) {
    unit = AGE_YEAR;
    age = true;
  }
  // Appositive age: "Putin, 73, said".
  if (!unit && core.kind === 'numeral' && !core.numeral!.hasDecimals && core.value >= 1 && core.value <= 120 && core.high === undefined &&
      prev?.text === ',' && isWord(tokens[i - 2]) && isCapitalized(tokens[i - 2].text) && !isMonth(tokens[i - 2].text) && !isWeekday(tokens[i - 2].text) &&
      /^[,.;]$/.test(tokens[k]?.text ?? '')) {
    unit = AGE_YEAR;
    age = true;
  }

  // A bare count right after a capitalised word is a label: "Local 832", "Nikkei 225", "Werk 1";
  // so after a brand with a capital inside: "iPhone 15", "eBay 2".
  if (!unit && core.kind === 'numeral' && prev && isWord(prev) && (isCapitalized(prev.text) || /^\p{Ll}+\p{Lu}/u.test(prev.text)) && !isOpening(tokens, i - 1) &&
      !isMonth(prev.text) && !/['’]s$/.test(prev.text) && !isFunctionWord(prev.text) && hedgeBefore([prev.text]) === undefined) return undefined;

  // A year used as a name or date ("2024 campaign", "in 2025", "the 2024 elections") is not a
  // quantity; "sent 2000 troops" is, when a plural noun follows and no determiner or preposition
  // stands before.
  const num = core.numeral;
  if (!unit && num && !num.grouped && !num.hasDecimals && num.intDigits === 4 && !core.scaled && core.value >= 1800 && core.value <= 2100) {
    const next = tokens[k];
    const countLike = isWord(next) && !isCapitalized(next.text) && isPluralNoun(next.text) && core.high === undefined &&
      isWord(prev) && !isFunctionWord(prev.text) && !isCapitalized(prev.text) && !/['’]s$/.test(prev.text);
    if (!countLike) return undefined;
  }
  if (!unit && num && !num.grouped && num.intDigits >= 5 && !core.scaled) return undefined; // IDs, zip codes, phone numbers

  // Hedges after the number: "30 days or so", "3,000 or more".
  let hedge: Hedge = core.hedge ?? 'exact';
  const afterHedge = hedgeAfter(wordsFrom(tokens, k, 2));
  if (afterHedge && hedge === 'exact') {
    hedge = afterHedge.hedge;
  }
  const hedgeEnd = afterHedge ? k + afterHedge.used - 1 : -1;

  // Hedges before it: "about", "up to", "more than".
  const before = hedgeBefore(wordsBefore(tokens, i, 4, floor));
  let first = i;
  if (before) {
    if (hedge === 'exact') hedge = before.hedge;
    first = i - before.used;
  }

  // "10-year Treasury", "Five-Year Plan": a hyphenated number before a capitalised name is part of it.
  if (core.compound && !age && isWord(tokens[k]) && isCapitalized(tokens[k].text)) return undefined;

  // What the number counts: the noun after it ("3,350 ERAMs", "thousands of missiles").
  let noun: [number, number] | undefined;
  let owner: [number, number] | undefined;
  let last = Math.max(k - 1, core.last);
  const finalUnit = unit ?? COUNT;
  if (finalUnit.base === '' || core.compound || age || finalUnit.base === 'ratio' || hasCurrency) {
    let q = k;
    const viaOf = lower(tokens[q]) === 'of' || (hasCurrency && /^(in|for|worth)$/.test(lower(tokens[q])));
    if (viaOf) {
      q++;
      if (/^(the|a|an|its|their|his|her|our)$/.test(lower(tokens[q]))) q++;
      if (isWord(tokens[q]) && /['’]s$/.test(tokens[q].text)) {
        owner = [q, q];
        q++;
      }
    }
    if (!viaOf || core.kind !== 'numeral' || finalUnit.base !== '' || core.scaled) {
      noun = readNounPhrase(tokens, q, finalUnit.base === '' || core.compound);
    }
    // "two-hour", "66-year-old man": the phrase is the noun; a bare count keeps its noun in the span.
    if (noun && finalUnit.base === '' && !viaOf && !core.compound) last = noun[1];
  }

  // "hundreds of millions of dollars": the counted noun is a currency.
  let countedUnit: UnitInfo | undefined;
  if (finalUnit.base === '' && noun && noun[0] === noun[1]) {
    const money = unitWord(tokens[noun[0]].text, false);
    if (money?.currency) {
      countedUnit = money;
      noun = undefined;
    }
  }

  // A rate: "$52.62 per barrel", "$1,500 a month", "300 customers a week". It is its own
  // dimension, compared only with the same rate.
  let after = Math.max(k, hedgeEnd + 1);
  const rateAt = noun && last === noun[1] ? noun[1] + 1 : after;
  const rate = readRate(tokens, rateAt);
  let rateUnit: UnitInfo | undefined;
  if (rate) {
    const u = countedUnit ?? unit ?? COUNT;
    rateUnit = { unit: `${u.unit}/${rate.denominator}`, base: `${u.base}/${rate.denominator}`, factor: u.factor };
    if (u.currency !== undefined) rateUnit.currency = u.currency;
    last = Math.max(last, rate.last);
    after = rate.last + 1;
  }

  // Bare numbers with nothing to say what they count are too often labels or scores.
  if (finalUnit.base === '' && !noun && !countedUnit && hedge === 'exact') return undefined;
  if (core.kind !== 'numeral' && finalUnit.base === '' && !noun && !countedUnit) return undefined;
  // "one" alone is a pronoun or article far more often than a count ("one of them", "that one").
  if (core.kind === 'cardinal' && core.value === 1 && finalUnit.base === '' && !core.scaled) return undefined;
  if (hedgeEnd > last) last = hedgeEnd;

  return {
    first, last, numberFirst: i,
    value: core.value, high: core.high,
    // Rounding granularity: the last written digit, or the trailing zeros up to a tenth of the value
    // ("2,000" is rounded to about 200, not to 1,000; "$2 billion" to half a billion).
    step: Math.max(core.digitStep, Math.min(core.step, 0.1 * Math.abs(core.value))),
    unit: rateUnit ?? countedUnit ?? finalUnit, hedge, vague: core.kind === 'vague', age,
    noun, owner, after,
  };
}
