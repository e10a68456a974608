import { strict as assert } from 'node:assert';
import { parseDocument } from '../server/src/core/parse/parseDocument';
import { readDocWords } from '../server/src/core/entities/docWords';
import { foldWord } from '../server/src/core/entities/normalize';

describe('docWords', () => {
  const doc = parseDocument(
    'a.txt',
    'Rival officials met Will Smith. He said the rival bid will fail, and she agreed.\n\nThe al-Assad family’s “plan” — Orbán’s too.\n',
  );
  const words = readDocWords(doc);

  it('folds every token once, in sentence order', () => {
    for (let b = 0; b < doc.blocks.length; b++)
      doc.blocks[b].sentences.forEach((s, i) => {
        assert.deepEqual(words.blocks[b][i].folded, s.tokens.map((t) => foldWord(t.text)));
      });
  });

  it('knows the words the document also writes in lower case', () => {
    assert.ok(words.lowerCase.has('rival'));
    assert.ok(words.lowerCase.has('will'));
    assert.ok(!words.lowerCase.has('smith'));
    assert.ok(!words.lowerCase.has('officials'), 'only capitalised words are asked about');
  });

  it('matches lower-case words written before or after the capitalised one, exactly as written', () => {
    const other = readDocWords(parseDocument('b.txt', 'the tide turned for iPhone sellers. Tide tables and Iphone cases. The end.\n'));
    assert.ok(other.lowerCase.has('tide'), 'lower case first, capitalised later');
    assert.ok(other.lowerCase.has('the'));
    assert.ok(!other.lowerCase.has('iphone'), '"iPhone" as written is not "iphone"');
    assert.ok(!other.lowerCase.has('end'));
  });

  it('marks the words that can be part of a name, particle names included', () => {
    const [first] = words.blocks[0];
    const capital = first.sentence.tokens.filter((_, k) => first.cap[k] === 1).map((t) => t.text);
    assert.deepEqual(capital, ['Rival', 'Will', 'Smith']);
    const [third] = words.blocks[1];
    assert.ok(third.sentence.tokens.some((t, k) => t.text === 'al-Assad' && third.cap[k] === 1));
  });

  it('notes the he/she pronouns of each sentence', () => {
    const second = words.blocks[0][1];
    assert.deepEqual(second.pronouns?.map((k) => second.sentence.tokens[k].text), ['He', 'she']);
    assert.equal(words.blocks[0][0].pronouns, undefined);
  });
});
