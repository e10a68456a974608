import { strict as assert } from 'node:assert';
import { parseDocument } from '../server/src/core/parse/parseDocument';
import { extractNumbers } from '../server/src/core/numbers/extractNumbers';
import { isAttributeMeasure, properNounBefore } from '../server/src/core/numbers/measure';

const claims = (text: string) => extractNumbers(parseDocument('m.txt', text)).map((c) => [c.text, c.measure, c.subject ?? null]);

describe('numbers/measure', () => {
  it('takes the noun a number counts', () => {
    assert.deepEqual(claims('The U.S. approved the sale of up to 3,350 ERAMs to Kyiv.'), [['up to 3,350 ERAMs', 'ERAMs', null]]);
    assert.deepEqual(claims('Germany sent 12 European tanks and two-thirds of its ammunition.'), [
      ['12 European tanks', 'European tanks', null],
      ['two-thirds', 'ammunition', null],
    ]);
  });

  it('takes the noun before "of" or "at" for units, and names whose it is', () => {
    assert.deepEqual(claims('The Tomahawk, with a range of about 995 miles, is long-range.'), [['about 995 miles', 'range', 'Tomahawk']]);
    assert.deepEqual(claims("The missile's range of 300 km is short."), [['300 km', 'range', 'missile']]);
    assert.deepEqual(claims('Germany pledges aid as Ukraine puts 2026 defense needs at $120 billion.'), [['$120 billion', 'defense needs', 'Ukraine']]);
  });

  it('takes a capital at the start of a sentence for a name only when the document or the shape of the word says so', () => {
    assert.deepEqual(claims('Shares rose 6 per cent.'), [['6 per cent', 'Shares rose', null]]);
    assert.deepEqual(claims('Analysts in Kyiv said so. Analysts expect 6 per cent.'), [['6 per cent', 'Analysts expect', null]]);
    assert.deepEqual(claims('Ukraine puts its defense needs at $150 billion, Zelenskyy said.'), [['$150 billion', 'defense needs', 'Ukraine']]);
    assert.deepEqual(claims('Tesla shares rose 6 percent. Investors in Tesla cheered.'), [['6 percent', 'shares rose', 'Tesla']]);
  });

  it('reads the distance a thing can fly or reach as its range, not a trip', () => {
    assert.deepEqual(claims('The Tomahawk can fly about 600 miles.'), [['about 600 miles', 'range', 'Tomahawk']]);
    assert.deepEqual(claims('The Tomahawk could reach 1,600 km.'), [['1,600 km', 'range', 'Tomahawk']]);
    assert.deepEqual(claims('The train had to travel 40 km to reach the town.'), [['40 km', 'travel', null]]);
  });

  it('names a time allowed by what it is for, even beside another duration', () => {
    assert.deepEqual(claims('The U.S. has 60 days to formally request extradition, and the minister then has 30 days to issue an Authority to Proceed.'), [
      ['60 days', 'request extradition', 'U.S.'],
      ['30 days', 'issue Authority', 'U.S.'],
    ]);
  });

  it('carries a measure over a parallel list in the same sentence', () => {
    const got = claims('The Tomahawk has a range of 1,600 km, far more than the ERAM (460 km) or ATACMS (300 km).');
    assert.deepEqual(got.map((g) => g[1]), ['range', 'range', 'range']);
    assert.deepEqual(got.map((g) => g[2]), ['Tomahawk', 'ERAM', 'ATACMS']);
  });

  it('describes a time span by the words around it', () => {
    assert.deepEqual(claims('They could meet one day before the summit.'), [['one day', 'before', null]]);
    assert.deepEqual(claims('It could happen in about two weeks.'), [['about two weeks', 'happen', null]]);
  });

  it('finds the nearest name before a position', () => {
    const tokens = parseDocument('p.txt', 'The new Joe Biden plan, said Trump, costs a lot.').blocks[0].sentences[0].tokens;
    assert.equal(properNounBefore(tokens, 5, 'The new Joe Biden plan, said Trump, costs a lot.'), 'Joe Biden');
    assert.equal(properNounBefore(tokens, 1, 'The new Joe Biden plan, said Trump, costs a lot.'), undefined);
  });

  it('knows which measures are attributes of something', () => {
    assert.equal(isAttributeMeasure('range'), true);
    assert.equal(isAttributeMeasure('defense needs'), true);
    assert.equal(isAttributeMeasure('ERAMs'), false);
  });
});
