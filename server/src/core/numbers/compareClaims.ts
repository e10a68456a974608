// Does a draft's number agree with a source's? Each claim becomes the interval of true values it
// allows (its hedge, its rounding, its range); two claims conflict only when those intervals do
// not meet. Units are converted first; money is only compared within one currency. Conservative
// by design: a false "conflict" costs the writer's trust more than a missed one.
import type { Hedge, NumberClaim } from '../types';
import { isAttributeMeasure } from './measure';
import { unitLabel, unitNamed } from './units';

export interface Comparison {
  verdict: 'consistent' | 'conflict';
  explanation: string;
}

interface Interval {
  lo: number;
  hi: number;
}

/** Share of the value that "about" allows either way. */
const ABOUT = 0.1;
/** Half the granularity the number was written with (995 → 0.5, 1,600 → 50). */
function rounding(step: number | undefined): number {
  return step && step > 0 ? step / 2 : 0;
}

function hedgedInterval(value: number, high: number | undefined, step: number | undefined, hedge: Hedge, vague: boolean): Interval {
  const r = rounding(step);
  const top = high ?? value;
  const rTop = r;
  if (vague) return { lo: value, hi: top };
  switch (hedge) {
    case 'about': {
      return { lo: value - Math.max(r, ABOUT * Math.abs(value)), hi: top + Math.max(rTop, ABOUT * Math.abs(top)) };
    }
    case 'nearly':
      return { lo: value - Math.max(r, ABOUT * Math.abs(value)), hi: top + rTop };
    case 'up to':
      return { lo: Math.min(0, value), hi: top + rTop };
    case 'less than':
      return { lo: Math.min(0, value), hi: top };
    case 'more than':
    case 'at least':
      return { lo: value, hi: Infinity };
    default:
      return { lo: value - r, hi: top + rTop };
  }
}

/** The values a claim allows, in its base unit; a restatement in another unit widens it. */
function intervalsOf(c: NumberClaim, asBound = false): Interval[] {
  const hedgeOf = (h: Hedge): Hedge => (asBound ? 'exact' : h);
  const out = [hedgedInterval(c.baseValue, c.baseHigh, c.baseStep, hedgeOf(c.hedge), c.vague === true)];
  if (c.converted) out.push(hedgedInterval(c.converted.baseValue, undefined, c.converted.baseStep, hedgeOf(c.converted.hedge === 'exact' ? c.hedge : c.converted.hedge), false));
  return out;
}

const CAPS: ReadonlySet<Hedge> = new Set<Hedge>(['up to', 'less than']);

function bothCaps(a: Hedge, b: Hedge): boolean {
  return CAPS.has(a) && CAPS.has(b);
}

/**
 * Intervals that only touch do not agree: "two" (1.5–2.5) and "three" (2.5–3.5) are different
 * counts. A one-sided bound still meets its own value ("more than 50" [50, ∞) and "50" ± 0.5).
 */
function overlaps(a: Interval, b: Interval): boolean {
  const eps = 1e-9 * Math.max(1, Math.abs(a.lo), Math.abs(b.lo), Number.isFinite(a.hi) ? Math.abs(a.hi) : 0, Number.isFinite(b.hi) ? Math.abs(b.hi) : 0);
  return a.lo < b.hi - eps && b.lo < a.hi - eps;
}

const STOP = new Set('the a an of in on at to for from by with and or its their his her this that these those'.split(' '));

// Regular expressions with \p{...} live in module constants: the bundler turns such a literal into
// `new RegExp(...)`, which inside a function would build the expression again on every call.
const NOT_MEASURE_WORD = /[^\p{L}\p{N}.\-–]+/u;

/** Content words, lower-cased and crudely singular ("ERAMs" → "eram", "missiles" → "missile").
 * Hyphenated words stay whole: "full-time employees" says nothing about "times". */
export function measureWords(measure: string): string[] {
  return measure
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(NOT_MEASURE_WORD)
    .map((w) => w.replace(/\.$/, ''))
    .filter((w) => w.length > 0 && !STOP.has(w))
    .map(singular);
}

function singular(w: string): string {
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) return w.slice(0, -1);
  return w;
}

/** Nouns that say how many of something too generally to identify it without a subject. */
const GENERIC_HEADS = new Set(
  'people person official source leader country time member day week month year thing way other one part side nation state point'.split(' '),
);

type MeasureMatch = 'none' | 'loose' | 'specific';

/**
 * How well two measures name the same thing. "specific": same head noun and either a shared
 * modifier ("phone call") or an acronym for a head ("ERAMs"), or one measure is an acronym the
 * other contains ("ERAM" in "ERAM missiles"). "loose": only the same common head noun ("cars" and
 * "cars" — in one story, often different cars).
 */
function matchMeasures(a: string, b: string): MeasureMatch {
  const wa = measureWords(a);
  const wb = measureWords(b);
  if (wa.length === 0 || wb.length === 0) return 'none';
  const headA = wa[wa.length - 1];
  const headB = wb[wb.length - 1];
  if (headA === headB) {
    if (GENERIC_HEADS.has(headA)) return 'loose';
    const shared = wa.filter((w) => wb.includes(w)).length;
    const capitalHead = isAcronym(lastWord(a)) && isAcronym(lastWord(b));
    return shared >= 2 || capitalHead ? 'specific' : 'loose';
  }
  if (wa.length === 1 && wb.includes(headA) && isAcronym(a.trim())) return 'specific';
  if (wb.length === 1 && wa.includes(headB) && isAcronym(b.trim())) return 'specific';
  return 'none';
}

/** "ERAMs", "ATACMS", "F-16s": names of things, unlike demonyms ("Canadians") with one capital. */
const isAcronym = (w: string) => /^\p{Lu}[\p{L}\p{N}-]*\p{Lu}/u.test(w);

const lastWord = (m: string) => m.trim().split(/\s+/).at(-1) ?? '';

function subjectsMatch(a: string, b: string): boolean {
  const wa = measureWords(a);
  const wb = measureWords(b);
  return wa.some((w) => wb.includes(w));
}

/**
 * True when two claims speak of the same quantity of the same thing: compatible base units, the
 * same measure, and a matching subject ("Tomahawk") whenever the measure alone does not identify
 * the thing: attributes ("range"), ages, measures guessed from nearby words, common nouns ("cars"),
 * or when either claim names a subject. Unsure means false.
 */
export function sameQuantity(a: NumberClaim, b: NumberClaim): boolean {
  if (a.baseUnit !== b.baseUnit) return false;
  const match = matchMeasures(a.measure, b.measure);
  if (match === 'none') return false;
  const needsSubject = match === 'loose' || isAttributeMeasure(a.measure) || isAttributeMeasure(b.measure) ||
    a.measure === 'age' || a.measureFrom === 'context' || b.measureFrom === 'context';
  if (a.subject || b.subject || needsSubject) {
    if (!a.subject || !b.subject) return false;
    return subjectsMatch(a.subject, b.subject);
  }
  return true;
}

/**
 * Verdict on a draft claim against one source claim of the same quantity. Claims in different
 * base units (dollars and euros, lengths and weights) are never called a conflict.
 */
export function compareClaims(draft: NumberClaim, source: NumberClaim): Comparison {
  if (draft.baseUnit !== source.baseUnit) {
    return { verdict: 'consistent', explanation: `Not comparable: ${describe(draft)} and ${describe(source)} are in different units.` };
  }
  // Two caps report one figure: "up to 4,000" against "up to 3,350" names a different cap, though
  // both allow 3,000, so caps compare as figures. Lower bounds do not: tolls grow ("at least 21",
  // later "at least 60"), and a draft behind the latest figure is not wrong.
  const asBounds = bothCaps(draft.hedge, source.hedge) && !draft.vague && !source.vague;
  const d = intervalsOf(draft, asBounds);
  const s = intervalsOf(source, asBounds);
  const agree = d.some((x) => s.some((y) => overlaps(x, y)));
  const inSourceUnit = restate(draft, source);
  if (agree) {
    return { verdict: 'consistent', explanation: `${quote(draft.text)}${inSourceUnit} agrees with the source's ${quote(source.text)}.` };
  }
  const direction = d[0].lo > s[0].hi ? 'more than' : 'less than';
  return {
    verdict: 'conflict',
    explanation: `The source gives ${quote(source.text)}; the draft's ${quote(draft.text)}${inSourceUnit} is ${direction} that allows${source.hedge !== 'exact' ? ` (${source.hedge})` : ''}.`,
  };
}

const quote = (s: string) => `“${s.replace(/\s+/g, ' ')}”`;

/** " (= 1,609 km)" when the draft's unit differs from the source's. */
function restate(draft: NumberClaim, source: NumberClaim): string {
  if (draft.unit === source.unit || draft.baseUnit === '') return '';
  // The source's unit when it is a known one (its offset too: °F); else the factor its claim shows.
  const known = unitNamed(source.unit);
  const sourceFactor = known ? known.factor : source.value !== 0 ? source.baseValue / source.value : 0;
  if (!sourceFactor) return '';
  const v = (draft.baseValue - (known?.offset ?? 0)) / sourceFactor;
  const label = unitLabel(source.unit, v);
  return ` (= ${formatNumber(v)}${label === '%' || label === '' ? label : ` ${label}`})`;
}

function describe(c: NumberClaim): string {
  return quote(c.text);
}

export function formatNumber(v: number): string {
  const abs = Math.abs(v);
  const digits = abs >= 100 ? 0 : abs >= 1 ? 1 : 3;
  return v.toLocaleString('en-US', { maximumFractionDigits: digits });
}
