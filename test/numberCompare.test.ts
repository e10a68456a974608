import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { parseDocument } from '../server/src/core/parse/parseDocument';
import { extractNumbers } from '../server/src/core/numbers/extractNumbers';
import { compareClaims, sameQuantity } from '../server/src/core/numbers/compareClaims';
import type { NumberClaim } from '../server/src/core/types';

const claim = (text: string, which = 0): NumberClaim => {
  const claims = extractNumbers(parseDocument('draft.txt', text));
  assert.ok(claims[which], `no claim ${which} in ${JSON.stringify(text)}: ${JSON.stringify(claims.map((c) => c.text))}`);
  return claims[which];
};
const seedClaim = (name: string, text: string): NumberClaim => {
  const path = `seeds/${name}`;
  const c = extractNumbers(parseDocument(path, readFileSync(path, 'utf8'))).find((x) => x.text === text);
  assert.ok(c, `no ${text} in ${name}`);
  return c;
};
const verdict = (draft: string, source: string) => compareClaims(claim(draft), claim(source)).verdict;

describe('sameQuantity', () => {
  const tomahawk000 = seedClaim('000_31177b0833f0709a.txt', 'about 995 miles (1,600 kilometers)');
  const tomahawk004 = seedClaim('004_16130c3233a1c415.txt', 'about 1,600 kilometers');
  const eram = seedClaim('000_31177b0833f0709a.txt', 'about 285 miles, or 460 km');

  it('matches the Tomahawk range across the seeds, miles and kilometres', () => {
    assert.equal(sameQuantity(tomahawk004, tomahawk000), true);
  });

  it('keeps one missile\'s range apart from another\'s', () => {
    assert.equal(sameQuantity(tomahawk000, eram), false);
    assert.equal(sameQuantity(claim('The ERAM has a range of 300 miles.'), tomahawk000), false);
  });

  it('needs a subject for attributes such as range', () => {
    assert.equal(sameQuantity(claim('It has a range of 1,000 miles.'), tomahawk000), false);
  });

  it('matches counts of the same specific thing, singular or plural', () => {
    const source = seedClaim('000_31177b0833f0709a.txt', 'up to 3,350 ERAMs');
    assert.equal(sameQuantity(claim('The U.S. approved 4,000 ERAMs for Kyiv.'), source), true);
    assert.equal(sameQuantity(claim('The U.S. approved 4,000 drones for Kyiv.'), source), false);
  });

  it('never matches different dimensions or currencies', () => {
    assert.equal(sameQuantity(claim('Ukraine puts its defense needs at €120 billion.'), seedClaim('000_31177b0833f0709a.txt', '$120 billion')), false);
    assert.equal(sameQuantity(claim('The Tomahawk has a range of 1,000 kg.'), tomahawk000), false);
  });

  it('needs a matching name for measures guessed from nearby words', () => {
    assert.equal(sameQuantity(claim("Tesla's stock rose 6 per cent."), claim("Ford's stock rose 2 per cent.")), false);
    assert.equal(sameQuantity(claim('Shares rose 6 per cent.'), claim('Shares rose 2 per cent.')), false);
    assert.equal(sameQuantity(claim("Tesla's stock rose 6 per cent."), claim("Tesla's stock rose 2 per cent.")), true);
  });

  it('matches the two-hour phone call across seeds, and a draft that changes it', () => {
    const call001 = seedClaim('001_918f0212adf51184.txt', 'two-hour');
    const call003 = seedClaim('003_e43e3abe9aed38b4.txt', 'two-hour');
    assert.equal(sameQuantity(call001, call003), true);
    const draft = claim('Trump and Putin spoke in a three-hour phone call.');
    assert.equal(sameQuantity(draft, call003), true);
    assert.equal(compareClaims(draft, call003).verdict, 'conflict');
  });

  it('does not match bare counts of generic nouns ("two officials")', () => {
    assert.equal(sameQuantity(claim('Three officials said so.'), claim('Two officials said so.')), false);
  });
});

describe('compareClaims', () => {
  it('finds the 004 seed\'s "about 1,600 kilometers" consistent with 000\'s "995 miles"', () => {
    const r = compareClaims(seedClaim('004_16130c3233a1c415.txt', 'about 1,600 kilometers'), seedClaim('000_31177b0833f0709a.txt', 'about 995 miles (1,600 kilometers)'));
    assert.equal(r.verdict, 'consistent');
  });

  it('converts units: "about 1,600 km" and "1,000 miles" agree, "1,300 miles" does not', () => {
    assert.equal(verdict('The Tomahawk has a range of about 1,600 km.', 'The Tomahawk has a range of 1,000 miles.'), 'consistent');
    const r = compareClaims(claim('The Tomahawk has a range of 1,300 miles.'), claim('The Tomahawk has a range of about 1,600 km.'));
    assert.equal(r.verdict, 'conflict');
    assert.match(r.explanation, /1,600 km/);
    assert.match(r.explanation, /2,092 km/);
  });

  it('converts temperatures by scale and offset: 30°C is 86°F, and 100 °F is too hot for it', () => {
    const celsius = claim('Highs of 30°C are expected.');
    assert.equal(celsius.unit, 'celsius');
    assert.equal(claim('Highs of 86 degrees Fahrenheit are expected.').baseValue, 30);
    assert.equal(verdict('Highs of 86 degrees Fahrenheit are expected.', 'Highs of 30°C are expected.'), 'consistent');
    const r = compareClaims(claim('Highs of 100 degrees Fahrenheit are expected.'), celsius);
    assert.equal(r.verdict, 'conflict');
    assert.match(r.explanation, /= 37\.8 °C/);
    assert.match(compareClaims(claim('Highs of 20°C are expected.'), claim('Highs of 95°F are expected.')).explanation, /= 68 °F/);
    // Written as the sentence ends, the letter keeps the full stop, which is no part of the claim.
    const cold = claim('Temperatures fell to -40 C.');
    assert.deepEqual([cold.text, cold.value, cold.unit], ['-40 C', -40, 'celsius']);
    assert.equal(verdict('It was -40 F at dawn.', 'Temperatures fell to -40 C.'), 'consistent');
  });

  it('holds "up to" as an upper bound', () => {
    assert.equal(verdict('They approved 4,000 ERAMs.', 'They approved up to 3,350 ERAMs.'), 'conflict');
    assert.equal(verdict('They approved up to 3,350 ERAMs.', 'They approved 4,000 ERAMs.'), 'conflict');
    assert.equal(verdict('They approved 3,000 ERAMs.', 'They approved up to 3,350 ERAMs.'), 'consistent');
    // Two caps are two figures for one bound.
    assert.equal(verdict('They approved up to 4,000 ERAMs.', 'They approved up to 3,350 ERAMs.'), 'conflict');
    assert.equal(verdict('They approved as many as 3,350 ERAMs.', 'They approved up to 3,350 ERAMs.'), 'consistent');
    assert.equal(verdict('Less than 20% of the aid arrived.', 'Up to 20% of the aid arrived.'), 'consistent');
  });

  it('compares fractions with percentages: "more than half" vs "40%"', () => {
    assert.equal(verdict('More than half of the gas output was lost.', 'About 40% of the gas output was lost.'), 'conflict');
    assert.equal(verdict('More than half of the gas output was lost.', 'Some 60% of the gas output was lost.'), 'consistent');
  });

  it('allows for rounding but not for a different figure', () => {
    assert.equal(verdict('Kyiv needs $120 billion.', 'Kyiv needs $118.5 billion.'), 'consistent');
    assert.equal(verdict('Kyiv needs $150 billion.', 'Kyiv needs $120 billion.'), 'conflict');
    assert.equal(verdict('They built 2,000 homes.', 'They built 1,500 homes.'), 'conflict');
    assert.equal(verdict('The range is 995 miles.', 'The range is 1,000 miles.'), 'consistent');
  });

  it('compares durations across units and hedges', () => {
    assert.equal(verdict('The meeting could happen in about two weeks.', 'The meeting could happen in 15 days.'), 'consistent');
    assert.equal(verdict('The meeting could happen in about two weeks.', 'The meeting could happen in two months.'), 'conflict');
    assert.equal(verdict('A vote in 30 days.', 'A vote in one month.'), 'consistent');
  });

  it('compares ranges and vague amounts by overlap', () => {
    assert.equal(verdict('We can save $250 million.', 'We can save $2-300 million.'), 'consistent');
    assert.equal(verdict('We can save $400 million.', 'We can save $2-300 million.'), 'conflict');
    assert.equal(verdict('Trump offered 3,000 missiles.', 'Trump offered thousands of missiles.'), 'consistent');
    assert.equal(verdict('Trump offered 300 missiles.', 'Trump offered thousands of missiles.'), 'conflict');
  });

  it('tells neighbouring small counts apart', () => {
    assert.equal(verdict('Police held two Canadian citizens.', 'Police held three Canadian citizens.'), 'conflict');
    assert.equal(verdict('Police held three Canadian citizens.', 'Police held three Canadian citizens.'), 'consistent');
  });

  it('treats "more than" and "less than" as one-sided', () => {
    assert.equal(verdict('More than 50 countries came.', 'At least 60 countries came.'), 'consistent');
    assert.equal(verdict('Fewer than 40 countries came.', 'At least 60 countries came.'), 'conflict');
  });

  it('does not call different currencies a conflict', () => {
    const r = compareClaims(claim('Aid of €100 billion.'), claim('Aid of $120 billion.'));
    assert.equal(r.verdict, 'consistent');
    assert.match(r.explanation, /Not comparable/);
  });
});
