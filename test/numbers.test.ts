import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { parseDocument } from '../server/src/core/parse/parseDocument';
import { extractNumbers } from '../server/src/core/numbers/extractNumbers';
import type { NumberClaim } from '../server/src/core/types';

const seed = (name: string) => {
  const path = `seeds/${name}`;
  const text = readFileSync(path, 'utf8');
  return { text, claims: extractNumbers(parseDocument(path, text)) };
};
const claimsOf = (text: string) => extractNumbers(parseDocument('draft.txt', text));
const only = (text: string): NumberClaim => {
  const claims = claimsOf(text);
  assert.equal(claims.length, 1, `one claim expected in ${JSON.stringify(text)}, got ${JSON.stringify(claims.map((c) => c.text))}`);
  return claims[0];
};
const find = (claims: NumberClaim[], text: string) => {
  const c = claims.find((x) => x.text === text);
  assert.ok(c, `no claim ${JSON.stringify(text)} among ${JSON.stringify(claims.map((x) => x.text))}`);
  return c;
};

describe('extractNumbers on the seeds', () => {
  const s000 = seed('000_31177b0833f0709a.txt');

  it('keeps the Tomahawk range and its conversion as one claim, with its measure and subject', () => {
    const c = find(s000.claims, 'about 995 miles (1,600 kilometers)');
    assert.equal(s000.text.slice(c.start, c.end), c.text);
    assert.equal(c.value, 995);
    assert.equal(c.unit, 'mile');
    assert.equal(c.baseUnit, 'km');
    assert.ok(Math.abs(c.baseValue - 1601.3) < 0.1);
    assert.equal(c.hedge, 'about');
    assert.equal(c.measure, 'range');
    assert.equal(c.subject, 'Tomahawk');
    assert.deepEqual({ value: c.converted?.value, unit: c.converted?.unit }, { value: 1600, unit: 'km' });
    // The kilometres are not a second claim.
    assert.ok(!s000.claims.some((x) => x !== c && x.start >= c.start && x.start < c.end));
  });

  it('reads the comma-or conversions of ERAM and ATACMS with the range measure carried over', () => {
    const eram = find(s000.claims, 'about 285 miles, or 460 km');
    assert.deepEqual([eram.value, eram.unit, eram.converted?.value, eram.converted?.unit, eram.measure, eram.subject], [285, 'mile', 460, 'km', 'range', 'ERAM']);
    const atacms = find(s000.claims, 'about 186 miles, or 300 kilometers');
    assert.deepEqual([atacms.value, atacms.converted?.value, atacms.measure, atacms.subject], [186, 300, 'range', 'ATACMS']);
  });

  it('reads rupees with crore and lakh ("Rs 120 crore", "Rs. 215 crore", "INR 5 lakh", "₹2,000 crore") and square km', () => {
    const crore = only('The films made Rs 120 crore in a single day.');
    assert.deepEqual([crore.text, crore.value, crore.unit], ['Rs 120 crore', 120e7, 'inr']);
    assert.equal(only('The fine was INR 5 lakh.').value, 5e5);
    const dotted = only('They sought Rs. 215 crore from the government.');
    assert.deepEqual([dotted.text, dotted.value, dotted.unit], ['Rs. 215 crore', 215e7, 'inr']);
    assert.equal(only('The dam cost ₹2,000 crore.').value, 2000e7);
    const area = only('The fire burned 4.9 square km of forest.');
    assert.deepEqual([area.value, area.unit], [4.9, 'km2']);
  });

  it('reads "up to 3,350 ERAMs" as a count of ERAMs with an upper-bound hedge', () => {
    const c = find(s000.claims, 'up to 3,350 ERAMs');
    assert.deepEqual([c.value, c.unit, c.baseUnit, c.hedge, c.measure], [3350, '', '', 'up to', 'ERAMs']);
  });

  it('reads money with a scale word and what it is for', () => {
    const c = find(s000.claims, '$120 billion');
    assert.deepEqual([c.value, c.unit, c.baseUnit, c.hedge, c.measure, c.subject], [120e9, 'usd', 'usd', 'exact', 'defense needs', 'Ukraine']);
  });

  it('reads durations in digits and in words', () => {
    const days = find(s000.claims, '30 days');
    assert.deepEqual([days.value, days.unit, days.baseValue, days.baseUnit], [30, 'day', 30, 'day']);
    const weeks = find(s000.claims, 'about two weeks');
    assert.deepEqual([weeks.value, weeks.unit, weeks.baseValue, weeks.hedge], [2, 'week', 14, 'about']);
    const years = find(s000.claims, 'nearly four years');
    assert.deepEqual([years.value, years.unit, years.hedge], [4, 'year', 'nearly']);
  });

  it('does not take dates, years in names or ordinals for quantities', () => {
    const texts = s000.claims.map((c) => c.text);
    for (const bad of ['15', '2025', '2026', 'fourth', 'second', 'II']) assert.ok(!texts.some((t) => t.includes(bad)), `${bad} in ${JSON.stringify(texts)}`);
    const s001 = seed('001_918f0212adf51184.txt');
    assert.ok(!s001.claims.some((c) => c.text.includes('2024')));
  });

  it('reads "two-hour phone call" as a duration measuring the call', () => {
    const c = find(seed('003_e43e3abe9aed38b4.txt').claims, 'two-hour');
    assert.deepEqual([c.value, c.unit, c.baseUnit, c.measure], [2, 'hour', 'day', 'phone call']);
    assert.ok(Math.abs(c.baseValue - 2 / 24) < 1e-9);
  });

  it('reads "More than half" and "thousands" with their nouns', () => {
    const s001 = seed('001_918f0212adf51184.txt');
    const half = find(s001.claims, 'More than half');
    assert.deepEqual([half.baseValue, half.baseUnit, half.hedge, half.measure, half.subject], [0.5, 'ratio', 'more than', 'domestic gas production', 'Ukraine']);
    const thousands = find(s001.claims, 'thousands');
    assert.equal(thousands.vague, true);
    assert.equal(thousands.measure, 'U.S. missiles');
    assert.ok(thousands.value >= 1000 && (thousands.high ?? 0) > thousands.value);
  });

  it('finds the 004 seed\'s Tomahawk range in kilometres', () => {
    const c = find(seed('004_16130c3233a1c415.txt').claims, 'about 1,600 kilometers');
    assert.deepEqual([c.value, c.unit, c.baseValue, c.hedge, c.measure, c.subject], [1600, 'km', 1600, 'about', 'range', 'Tomahawk']);
  });

  it('gives every claim offsets that slice its text', () => {
    for (const name of ['000_31177b0833f0709a.txt', '001_918f0212adf51184.txt', '003_e43e3abe9aed38b4.txt']) {
      const { text, claims } = seed(name);
      assert.ok(claims.length > 0);
      for (const c of claims) assert.equal(text.slice(c.start, c.end), c.text);
    }
  });
});

describe('extractNumbers on constructed sentences', () => {
  it('reads number words, dozens and fractions', () => {
    assert.equal(only('Kyiv asked for a dozen launchers.').value, 12);
    assert.equal(only('Officials counted two hundred and fifty drones.').value, 250);
    const third = only('About a third of the aid arrived.');
    assert.deepEqual([third.baseUnit, third.hedge, third.measure], ['ratio', 'about', 'aid']);
    assert.ok(Math.abs(third.baseValue - 1 / 3) < 1e-9);
    assert.equal(only('Twenty-five ships sailed.').value, 25);
  });

  it('reads "two and a half years" as one number and leaves "a year and a half" alone', () => {
    const c = only('The war has lasted two and a half years.');
    assert.deepEqual([c.text, c.value, c.unit], ['two and a half years', 2.5, 'year']);
    assert.deepEqual(claimsOf('It opened a year and a half ago.'), []);
  });

  it('reads "hundreds of millions of dollars" as vague money', () => {
    const c = only('Awards were paid out for hundreds of millions of dollars.');
    assert.deepEqual([c.unit, c.baseUnit, c.vague, c.value, c.high], ['usd', 'usd', true, 200e6, 999e6]);
  });

  it('reads a duration in two units as one claim', () => {
    const c = only('He was handed two years and two months in prison.');
    assert.equal(c.text, 'two years and two months');
    assert.equal(c.unit, 'year');
    assert.ok(Math.abs(c.baseValue - (2 * 365.25 + 2 * 30.4375)) < 1e-9);
    assert.equal(only('The call lasted 1 hour 30 minutes.').value, 1.5);
  });

  it('tells a count written like a year from a year', () => {
    assert.deepEqual(claimsOf('The Pentagon sent 2000 troops.').map((c) => [c.text, c.value]), [['2000 troops', 2000]]);
    assert.deepEqual(claimsOf('Since the 2024 elections, in 2025 talks stalled.'), []);
  });

  it('reads percentages as ratios', () => {
    const pct = only('Turnout was 45.5 per cent of voters.');
    assert.deepEqual([pct.value, pct.unit, pct.baseUnit], [45.5, 'percent', 'ratio']);
    assert.ok(Math.abs(pct.baseValue - 0.455) < 1e-12);
    assert.equal(only('About 40% of voters agreed.').baseValue, 0.4);
  });

  it('reads ranges, including the "2-300 million" shorthand', () => {
    const short = only('We can save $2-300 million.');
    assert.deepEqual([short.value, short.high, short.unit], [200e6, 300e6, 'usd']);
    const words = only('They sent 20 to 30 million doses.');
    assert.deepEqual([words.value, words.high, words.measure], [20e6, 30e6, 'doses']);
    const between = only('It would cost between $2.6 billion and $2.9 billion.');
    assert.deepEqual([between.value, between.high, between.measure], [2.6e9, 2.9e9, 'cost']);
  });

  it('reads units glued to digits, scale suffixes and currencies', () => {
    assert.deepEqual([only('The road is 5km long.').unit, only('The road is 5km long.').baseValue], ['km', 5]);
    const bn = only('Brussels pledged €4bn in loans.');
    assert.deepEqual([bn.value, bn.unit, bn.measure], [4e9, 'eur', 'loans']);
    const m = only('Some 1.5m people fled.');
    assert.deepEqual([m.value, m.hedge, m.measure], [1.5e6, 'about', 'people']);
    assert.equal(only('The 2,000-pound bombs fell.').unit, 'lb');
  });

  it('reads ages and decides that they are claims about age', () => {
    const hyphen = only('On Friday Putin, a 73-year-old former spy, spoke.');
    assert.deepEqual([hyphen.value, hyphen.unit, hyphen.measure, hyphen.subject], [73, 'year', 'age', 'Putin']);
    const appositive = only('Mark Brooks, 54, was homeless.');
    assert.deepEqual([appositive.value, appositive.measure, appositive.subject], [54, 'age', 'Mark Brooks']);
  });

  it('leaves out dates, times, phone numbers, labels, ordinals and model names', () => {
    const none = [
      'Trump met Putin on Aug. 15, 2025, at 10 a.m. in Anchorage.',
      'Call 555-123-4567 or read Article 5 of the treaty.',
      'It was the fourth meeting in the 21st week of 2025.',
      'Ukraine wants F-16 jets and 5G networks.',
      'The 2024 campaign and 2026 defense needs were discussed on Thursday.',
      'The Nikkei 225 index and the S&P 500 fell at 3:30.',
      'They met in the 1990s during World War II anniversaries.',
      'Prices fell 3-2 in the second half of the year.',
      'The iPhone 15 sold well, and so did the iPad 10.',
    ];
    for (const text of none) assert.deepEqual(claimsOf(text).map((c) => c.text), [], text);
    assert.deepEqual(claimsOf('He sold 15 iPhones.').map((c) => c.text), ['15 iPhones']);
  });

  it('reads rates as their own unit, and a country after a dollar amount', () => {
    const [cents, barrel] = claimsOf('The contract shed 39 cents to $52.62 per barrel.');
    assert.deepEqual([cents.unit, cents.baseUnit, cents.baseValue], ['cent', 'usd', 0.39]);
    assert.deepEqual([barrel.text, barrel.unit, barrel.baseUnit, barrel.measure], ['$52.62 per barrel', 'usd/barrel', 'usd/barrel', '']);
    const week = only('We see over 300 customers a week.');
    assert.deepEqual([week.baseUnit, week.hedge, week.measure], ['/week', 'more than', 'customers']);
    assert.equal(only('A year ago 30 people left.').baseUnit, '');
    const cad = claimsOf('It cost $10,000 U.S. (about $13,300 Canadian).');
    assert.deepEqual(cad.map((c) => c.unit), ['usd', 'cad']);
  });

  it('keeps numbers with their hedges after the unit', () => {
    const c = only('They met within two weeks or so.');
    assert.equal(c.hedge, 'about');
    assert.equal(only('It will take 30 days or more.').hedge, 'at least');
  });

  it('gives well-formed claims on random mixes of number-like words (seeded)', () => {
    const pieces = ['1', '1,600', '$', 'US$', '€', '-', '–', '(', ')', ',', 'or', 'and', 'a', 'half', 'dozen', 'thousands', 'of', 'two',
      'twenty-five', 'million', 'bn', 'm', 'km', 'miles', '%', 'per', 'cent', 'up', 'to', 'about', 'between', '2-300', '66-year-old',
      'Aug.', '2025', 'years', 'ago', "Ukraine's", 'range', '.', '½', '3/0', 'a.m.', 'week', 'or so', 'and a half'];
    let seed = 42;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    let seen = 0;
    for (let it = 0; it < 1500; it++) {
      const text = Array.from({ length: 1 + rnd(12) }, () => pieces[rnd(pieces.length)]).join(rnd(3) === 0 ? '' : ' ');
      for (const c of claimsOf(text)) {
        assert.equal(text.slice(c.start, c.end), c.text, text);
        assert.ok(c.end > c.start && Number.isFinite(c.value) && Number.isFinite(c.baseValue), text);
        if (c.high !== undefined) assert.ok(c.high > c.value, text);
        seen++;
      }
    }
    assert.ok(seen > 100);
  });

  it('never throws on odd input', () => {
    for (const text of ['', '$', '1,', ',000', '- - 5', '$$$5', '½', '3/0 of', '99999999999999999999999 km', 'a a a dozen dozen', '1e5 km']) {
      assert.doesNotThrow(() => claimsOf(text));
    }
  });
});
