import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { ParseEnglish } from 'parse-english';
import { EnglishParser } from '../server/src/core/parse/englishParser';

const library = new ParseEnglish();
const fast = new EnglishParser();

describe('EnglishParser', () => {
  it('builds the same tree as parse-english on the seed articles', () => {
    for (const f of readdirSync('seeds')) {
      const text = readFileSync(`seeds/${f}`, 'utf8');
      assert.deepEqual(fast.parse(text), library.parse(text), f);
    }
  });

  it('builds the same tree on random text of every character class', () => {
    // Letters, digits, white space and line breaks, repeated punctuation, symbols, accents,
    // curly quotes, dashes, a surrogate pair, lone surrogates and non-Latin scripts.
    const pieces = ['a', 'Z', 'é', '5', ' ', '  ', '\n', '\r\n', '\t', '.', '...', '!', '?', ',', "'", '’', '“', '”', '"', '-', '—', '$', '%', '&', '/', '@', '#', '😀', '\ud800', 'ж', '中', '½', '\u00a0', 'U.S.', 'Mr.', 'w/', "don't", '(', ')'];
    let state = 12345;
    const rand = () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32);
    for (let n = 0; n < 400; n++) {
      let text = '';
      const length = 1 + Math.floor(rand() * 40);
      for (let k = 0; k < length; k++) text += pieces[Math.floor(rand() * pieces.length)];
      assert.deepEqual(fast.parse(text), library.parse(text), JSON.stringify(text));
    }
  });

  it('returns no nodes for empty text', () => {
    assert.deepEqual(fast.tokenize(''), []);
  });
});
