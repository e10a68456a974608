import { strict as assert } from 'node:assert';
import { parseDocument } from '../server/src/core/parse/parseDocument';
import { precisionStep, readNumeral } from '../server/src/core/numbers/numerals';

const tokensOf = (text: string) => parseDocument('t.txt', text).blocks[0].sentences[0].tokens;

describe('numbers/numerals', () => {
  it('joins thousands groups that parse-english splits, by offsets', () => {
    const tokens = tokensOf('about 1,600 kilometers');
    const n = readNumeral(tokens, 1)!;
    assert.equal(n.value, 1600);
    assert.equal(n.grouped, true);
    assert.equal(n.step, 100);
    assert.equal(tokens[n.last].text, '600');
  });

  it('reads no numeral in a word that names an object property ("constructor")', () => {
    for (const word of ['constructor', 'toString', '__proto__']) assert.equal(readNumeral(tokensOf(`${word} of it`), 0), undefined, word);
    assert.equal(readNumeral(tokensOf('½ of it'), 0)!.value, 0.5);
  });

  it('reads mixed numbers: "2 1/2" and "2½", but not a fraction two spaces away or one of one or more', () => {
    const spaced = tokensOf('for 2 1/2 hours');
    const n = readNumeral(spaced, 1)!;
    assert.deepEqual([n.value, n.last, n.step], [2.5, 2, 0.5]);
    assert.equal(readNumeral(tokensOf('for 2½ hours'), 1)!.value, 2.5);
    assert.equal(readNumeral(tokensOf('for 2  1/2 hours'), 1)!.value, 2);
    assert.equal(readNumeral(tokensOf('on 12 25/12 it'), 1)!.value, 12, 'no fraction of one or more');
  });

  it('does not join a comma followed by a space ("15, 2025")', () => {
    const tokens = tokensOf('Aug. 15, 2025');
    const i = tokens.findIndex((t) => t.text === '15');
    const n = readNumeral(tokens, i)!;
    assert.equal(n.value, 15);
    assert.equal(n.last, i);
  });

  it('keeps glued suffixes for the caller and reads decimals and fractions', () => {
    const [a] = tokensOf('66-year-old');
    assert.equal(readNumeral([a], 0)!.suffix, '-year-old');
    const dec = readNumeral(tokensOf('3.5 percent'), 0)!;
    assert.deepEqual([dec.value, dec.step, dec.hasDecimals], [3.5, 0.1, true]);
    assert.equal(readNumeral(tokensOf('1/3 of it'), 0)!.value, 1 / 3);
    assert.equal(readNumeral(tokensOf('½ of it'), 0)!.value, 0.5);
    assert.equal(readNumeral(tokensOf('ten'), 0), undefined);
  });

  it('gives the precision implied by trailing zeros', () => {
    assert.equal(precisionStep('995', ''), 1);
    assert.equal(precisionStep('3000', ''), 1000);
    assert.equal(precisionStep('12', '50'), 0.01);
    assert.equal(precisionStep('0', ''), 1);
  });
});

describe('readNumeral on a token of digits alone', () => {
  it('reads it as the general pattern does, and still joins thousands groups', () => {
    const n2025 = readNumeral(tokensOf('2025 troops'), 0);
    assert.deepEqual(n2025, { value: 2025, step: 1, digitStep: 1, suffix: '', grouped: false, intDigits: 4, hasDecimals: false, first: 0, last: 0 });
    assert.equal(readNumeral(tokensOf('1600 km'), 0)?.step, 100);
    const grouped = readNumeral(tokensOf('1,600 km'), 0);
    assert.deepEqual([grouped?.value, grouped?.grouped, grouped?.last], [1600, true, 2]);
    assert.equal(readNumeral(tokensOf('12, 300'), 0)?.value, 12);
  });
});
