import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeWord, quoteKey, quoteUnits, quoteWords, wordCount } from '../server/src/core/clusters/quoteWords';

/**
 * What quoteKey is defined as: the normalised words of `wordPattern`'s matches, joined by spaces
 * (a word that normalises to nothing, a lone combining mark, adds no space before the first word).
 */
const wordPattern = /[\p{L}\p{M}\p{N}]+(?:['’‘`´ʼ][\p{L}\p{M}\p{N}]+)*/gu;
const referenceKey = (text: string) => {
  let key = '';
  for (const m of text.matchAll(wordPattern)) key += key === '' ? normalizeWord(m[0]) : ' ' + normalizeWord(m[0]);
  return key;
};

describe('quoteWords', () => {
  it('keys a quotation by its normalised words, whatever its typography', () => {
    assert.equal(quoteKey('“We will respond,” — if our partners’ join…'), "we will respond if our partners join");
    assert.equal(quoteKey("War's end, Orbán's \"red line\""), "war's end orban's red line");
    assert.equal(quoteKey('long-range 1,600 km'), 'long range 1 600 km');
    assert.equal(quoteKey("'tis rock 'n' roll'"), "tis rock n roll");
    assert.equal(quoteKey(''), '');
    assert.equal(quoteKey('… — !'), '');
  });

  it('reads the same words as its pattern on every line of the seeds and eval articles', () => {
    const dirs = ['seeds', join('..', 'shared', 'eval', 'quotes-ggt-dev', 'articles')];
    let lines = 0;
    for (const dir of dirs) {
      let files: string[];
      try {
        files = readdirSync(dir);
      } catch {
        continue;
      }
      for (const f of files) {
        for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) {
          assert.equal(quoteKey(line), referenceKey(line), line);
          assert.equal(wordCount(quoteUnits(line)), quoteWords(line).length, line);
          lines++;
        }
      }
    }
    assert.ok(lines > 50);
  });

  it('reads the same words as its pattern on random text of letters, marks, apostrophes, brackets and astral characters', () => {
    const alphabet = [..."aZ9 ’'‘`´ʼ-.…é\u0301ßİ\u00a0日本𝒜😀\ud800x,\"“”[]\n"];
    let state = 11;
    const rand = (n: number) => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) % n);
    for (let i = 0; i < 5000; i++) {
      let text = '';
      for (let j = rand(24); j > 0; j--) text += alphabet[rand(alphabet.length)];
      assert.equal(quoteKey(text), referenceKey(text), JSON.stringify(text));
      assert.equal(wordCount(quoteUnits(text)), quoteWords(text).length, JSON.stringify(text));
    }
  });

  it('splits a quotation into words, ellipses and bracketed insertions', () => {
    const units = quoteUnits('We [the allies] will… respond');
    assert.deepEqual(
      units.map((u) => u.kind),
      ['word', 'editorial', 'word', 'gap', 'word'],
    );
  });
});
