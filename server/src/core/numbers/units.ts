// Units a quantity can be stated in, with the factor to a base unit per dimension so that claims
// in different units compare (995 miles = 1,601 km). Currencies are their own base: exchange rates
// change daily, so dollars are only ever compared with dollars.

export interface UnitInfo {
  /** Canonical unit name stored on a claim ("mile", "km", "usd", "percent", "day"). */
  unit: string;
  /** Base unit of the dimension ("km", "kg", "day", "ratio", "usd"). */
  base: string;
  /** Multiply a value in `unit` by this (then add `offset`) to get `base`. */
  factor: number;
  /** Added after the factor: scales whose zeros differ (°F to °C). */
  offset?: number;
  /** Money: compared only with the same currency. */
  currency?: boolean;
}

const u = (unit: string, base: string, factor: number): UnitInfo => ({ unit, base, factor });

const MILE = u('mile', 'km', 1.609344);
const KM = u('km', 'km', 1);
const METRE = u('m', 'km', 0.001);
const CM = u('cm', 'km', 0.00001);
const FOOT = u('ft', 'km', 0.0003048);
const INCH = u('inch', 'km', 0.0000254);
const YARD = u('yard', 'km', 0.0009144);
const NMI = u('nmi', 'km', 1.852);
const KG = u('kg', 'kg', 1);
const GRAM = u('g', 'kg', 0.001);
const POUND = u('lb', 'kg', 0.45359237);
const TONNE = u('tonne', 'kg', 1000);
// "tons" is short tons in US copy and tonnes elsewhere; 907 vs 1000 kg is inside the rounding
// tolerance of most claims, and the metric factor keeps "tons" = "tonnes" exact.
const TON = u('ton', 'kg', 1000);
const SECOND = u('second', 'day', 1 / 86400);
const MINUTE = u('minute', 'day', 1 / 1440);
const HOUR = u('hour', 'day', 1 / 24);
const DAY = u('day', 'day', 1);
const WEEK = u('week', 'day', 7);
const MONTH = u('month', 'day', 30.4375);
const YEAR = u('year', 'day', 365.25);
const DECADE = u('decade', 'day', 3652.5);
const CENTURY = u('century', 'day', 36525);
const PERCENT = u('percent', 'ratio', 0.01);
const POINT = u('percentage point', 'pp', 1);
const KM2 = u('km2', 'km2', 1);
const MI2 = u('mi2', 'km2', 2.589988);
const HECTARE = u('hectare', 'km2', 0.01);
const ACRE = u('acre', 'km2', 0.0040468564);
// Temperatures in °C; °F convert with an offset too: (F − 32) × 5/9.
const CELSIUS = u('celsius', 'celsius', 1);
const FAHRENHEIT: UnitInfo = { unit: 'fahrenheit', base: 'celsius', factor: 5 / 9, offset: (-32 * 5) / 9 };
const KMH = u('km/h', 'km/h', 1);
const MPH = u('mph', 'km/h', 1.609344);
const KNOT = u('knot', 'km/h', 1.852);

/** A value in `unit` as its base unit's value (995 miles → 1,601.3 km; 86 °F → 30 °C). */
export function toBase(value: number, unit: UnitInfo): number {
  return value * unit.factor + (unit.offset ?? 0);
}

export const RATIO: UnitInfo = u('fraction', 'ratio', 1);
export const COUNT: UnitInfo = u('', '', 1);
export const AGE_YEAR: UnitInfo = YEAR;

export function currency(code: string): UnitInfo {
  return { unit: code, base: code, factor: 1, currency: true };
}

/** Unit words as they follow a number, lower-cased, multi-word names joined by one space. */
const UNIT_WORDS = new Map<string, UnitInfo>();
const add = (info: UnitInfo, ...names: string[]) => names.forEach((n) => UNIT_WORDS.set(n, info));
add(MILE, 'mile', 'miles', 'mi');
add(NMI, 'nautical mile', 'nautical miles', 'nmi');
add(KM, 'km', 'kms', 'kilometer', 'kilometers', 'kilometre', 'kilometres');
add(METRE, 'meter', 'meters', 'metre', 'metres', 'm');
add(CM, 'cm', 'centimeter', 'centimeters', 'centimetre', 'centimetres');
add(FOOT, 'ft', 'foot', 'feet');
add(INCH, 'inch', 'inches', 'in.');
add(YARD, 'yard', 'yards', 'yd', 'yds');
add(KG, 'kg', 'kgs', 'kilogram', 'kilograms', 'kilogramme', 'kilogrammes', 'kilo', 'kilos');
add(GRAM, 'g', 'gram', 'grams', 'gramme', 'grammes');
add(POUND, 'lb', 'lbs', 'pound', 'pounds');
add(TONNE, 'tonne', 'tonnes', 'metric ton', 'metric tons', 't');
add(TON, 'ton', 'tons');
add(SECOND, 'second', 'seconds', 'sec', 'secs');
add(MINUTE, 'minute', 'minutes', 'min', 'mins');
add(HOUR, 'hour', 'hours', 'hr', 'hrs', 'h');
add(DAY, 'day', 'days');
add(WEEK, 'week', 'weeks');
add(MONTH, 'month', 'months');
add(YEAR, 'year', 'years', 'yr', 'yrs');
add(DECADE, 'decade', 'decades');
add(CENTURY, 'century', 'centuries');
add(PERCENT, '%', 'percent', 'per cent', 'pct');
add(POINT, 'percentage point', 'percentage points');
add(KM2, 'km2', 'km²', 'sq km', 'square km', 'square kilometer', 'square kilometers', 'square kilometre', 'square kilometres');
add(MI2, 'sq mi', 'square mile', 'square miles');
add(HECTARE, 'hectare', 'hectares', 'ha');
add(ACRE, 'acre', 'acres');
add(CELSIUS, 'c', '°c', 'ºc', 'degrees celsius', 'degrees c', 'celsius', 'degrees centigrade');
add(FAHRENHEIT, 'f', '°f', 'ºf', 'degrees fahrenheit', 'degrees f', 'fahrenheit');
add(KMH, 'km/h', 'kph', 'kmh', 'kilometers per hour', 'kilometres per hour');
add(MPH, 'mph', 'miles per hour');
add(KNOT, 'knot', 'knots');
add(currency('usd'), 'dollar', 'dollars', 'usd');
add({ unit: 'cent', base: 'usd', factor: 0.01, currency: true }, 'cent', 'cents');
add(currency('eur'), 'euro', 'euros', 'eur');
add(currency('gbp'), 'gbp', 'pounds sterling', 'sterling');
add(currency('uah'), 'hryvnia', 'hryvnias', 'hryvnas', 'uah');
add(currency('rub'), 'ruble', 'rubles', 'rouble', 'roubles', 'rub');
add(currency('cny'), 'yuan', 'renminbi', 'cny', 'rmb');
add(currency('jpy'), 'yen', 'jpy');
add(currency('inr'), 'rupee', 'rupees', 'inr');
add(currency('chf'), 'swiss francs', 'chf');

/** Each unit by its canonical name (a claim's `unit`). */
const UNITS_BY_NAME = new Map([...UNIT_WORDS.values()].map((info) => [info.unit, info]));

/** The unit a claim names (its `unit`), if it is one of the units above. */
export function unitNamed(unit: string): UnitInfo | undefined {
  return UNITS_BY_NAME.get(unit);
}

/** Longest unit name in words, so lookups try at most this many tokens. */
export const MAX_UNIT_WORDS = 3;

/** First words of the unit names of several words ("per" of "per cent"). */
const LONG_UNIT_OPENERS = new Set([...UNIT_WORDS.keys()].filter((name) => name.includes(' ')).map((name) => name.split(' ')[0]));

/** Whether a unit name of several words can start with `word`: if not, only one-word names need trying. */
export function opensLongUnit(word: string): boolean {
  return LONG_UNIT_OPENERS.has(word.toLowerCase());
}

/** Unit names that are also ordinary words; accepted only right after a numeral, not a number word. */
const AMBIGUOUS_AFTER_WORDS = new Set(['c', 'f', 'm', 'g', 't', 'h', 'in.', 'mi', 'min', 'sec', 'ha', 'yd', 'hr', 'yr', 'ft', 'lb']);

export function unitWord(name: string, afterNumeral: boolean): UnitInfo | undefined {
  // "25 C" is a temperature; "c"/"f" in lower case are not units.
  if ((name === 'c' || name === 'f')) return undefined;
  const key = name.toLowerCase();
  if (!afterNumeral && AMBIGUOUS_AFTER_WORDS.has(key)) return undefined;
  const found = UNIT_WORDS.get(key);
  if (found) return found;
  // Abbreviations keep their full stop in the token ("16 lbs.", "5 km.").
  // parse-english also leaves a sentence's full stop on its last word ("6 per cent.").
  // A temperature's letter ends a sentence: "fell to -40 C."
  if (key.endsWith('.') && (key.length > 2 || (afterNumeral && (name === 'C.' || name === 'F.')))) {
    const bare = key.slice(0, -1);
    if (!afterNumeral && AMBIGUOUS_AFTER_WORDS.has(bare)) return undefined;
    return UNIT_WORDS.get(bare);
  }
  return undefined;
}

/** True for "cent." or "km.": a unit word carrying a full stop that is not part of its name. */
export function hasStrayStop(word: string): boolean {
  if (word === 'C.' || word === 'F.') return true;
  const key = word.toLowerCase();
  return key.length > 2 && key.endsWith('.') && !UNIT_WORDS.has(key) && UNIT_WORDS.has(key.slice(0, -1));
}

/** Unit letters glued to a numeral ("5km", "100m", "20kg"). Scale suffixes are in scales.ts. */
export function gluedUnit(suffix: string): UnitInfo | undefined {
  // Single letters only in lower case: "5G" and "4K" are names, "5g" and "100m" are units.
  if (suffix.length === 1 && suffix !== suffix.toLowerCase()) return undefined;
  const key = suffix.toLowerCase();
  if (key === 'in' || key === 't') return undefined;
  return UNIT_WORDS.get(key);
}

/** Currency symbols and codes written before the amount ("$", "US$", "€", "USD"). */
const CURRENCY_PREFIX = new Map<string, string>([
  ['$', 'usd'], ['us$', 'usd'], ['usd', 'usd'],
  ['€', 'eur'], ['eur', 'eur'],
  ['£', 'gbp'], ['gbp', 'gbp'],
  ['¥', 'jpy'], ['₴', 'uah'], ['uah', 'uah'], ['₽', 'rub'], ['rub', 'rub'], ['₹', 'inr'], ['rs', 'inr'], ['inr', 'inr'],
  ['c$', 'cad'], ['a$', 'aud'], ['ca$', 'cad'], ['au$', 'aud'], ['chf', 'chf'],
]);

const CURRENCY_CODES = new Set([...CURRENCY_PREFIX.values(), ...[...UNIT_WORDS.values()].filter((i) => i.currency).map((i) => i.unit)]);

export function currencyPrefix(text: string): string | undefined {
  return CURRENCY_PREFIX.get(text.toLowerCase());
}

/** Units of time: "two weeks" is a duration, not a count of weeks. */
export function isDuration(info: UnitInfo): boolean {
  return info.base === 'day';
}

/** Long unit name for explanations ("mile" → "miles"). */
export function unitLabel(unit: string, value: number): string {
  if (unit === '') return '';
  if (unit === 'percent') return '%';
  if (unit === 'fraction') return '';
  if (unit === 'celsius') return '°C';
  if (unit === 'fahrenheit') return '°F';
  if (CURRENCY_CODES.has(unit)) return unit.toUpperCase();
  if (['km', 'm', 'cm', 'ft', 'kg', 'g', 'lb', 'nmi', 'km2', 'mi2', 'km/h', 'mph'].includes(unit)) return unit;
  const plural = Math.abs(value) === 1 ? unit : unit === 'century' ? 'centuries' : unit === 'inch' ? 'inches' : `${unit}s`;
  return plural;
}
