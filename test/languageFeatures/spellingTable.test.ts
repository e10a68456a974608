import { strict as assert } from 'node:assert';
import { SpellingTable } from '../../server/src/languageFeatures/spellingTable';

describe('spellingTable', () => {
  it('finds a spelling by any span of any text that spells it', () => {
    const table = new SpellingTable(4);
    table.set('The Kremlin said', 4, 11, 7);
    assert.equal(table.get('Kremlin', 0, 7), 7);
    assert.equal(table.get('a Kremlin aide', 2, 9), 7);
    assert.equal(table.get('Kremlins', 0, 8), undefined, 'a longer spelling is another');
    assert.equal(table.get('Kremli', 0, 6), undefined, 'and so is a shorter one');
    assert.equal(table.get('kremlin', 0, 7), undefined, 'case counts');
    table.set('Kremlin', 0, 7, -1);
    assert.equal(table.get('x Kremlin', 2, 9), -1, 'set again: the value is replaced');
    assert.equal(table.size, 1);
    table.set('', 0, 0, -2);
    assert.equal(table.get('abc', 1, 1), -2, 'the empty spelling is one too');
  });

  it('agrees with a Map over many spellings, through growth, and keeps none of the texts', () => {
    const table = new SpellingTable(2);
    const reference = new Map<string, number>();
    let state = 3;
    const rand = (n: number) => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) % n);
    const letters = 'abcdeéß’-Z';
    for (let i = 0; i < 20000; i++) {
      let word = '';
      for (let j = 1 + rand(6); j > 0; j--) word += letters[rand(letters.length)];
      const text = `${'x'.repeat(rand(5))}${word}${'y'.repeat(rand(3))}`;
      const start = text.indexOf(word);
      const known = table.get(text, start, start + word.length);
      assert.equal(known, reference.get(word), word);
      if (known === undefined) {
        table.set(text, start, start + word.length, i);
        reference.set(word, i);
      }
    }
    assert.equal(table.size, reference.size);
    for (const [word, value] of reference) assert.equal(table.get(word, 0, word.length), value);
    table.clear();
    assert.equal(table.size, 0);
    assert.equal(table.get('abc', 0, 3), undefined);
  });
});
