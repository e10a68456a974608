import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from '../server/src/core/parse/parseDocument';
import { QuantityGate, startsQuantity } from '../server/src/core/numbers/quantityStarts';
import type { ParsedDocument } from '../server/src/core/types';

/** Sentences holding a token that `startsQuantity` accepts, and whether the gate let each through. */
function check(doc: ParsedDocument): { opening: number; missed: string[] } {
  const gate = new QuantityGate(doc.text);
  let opening = 0;
  const missed: string[] = [];
  for (const block of doc.blocks) {
    for (const sentence of block.sentences) {
      const open = sentence.tokens.some((_, i) => startsQuantity(sentence.tokens, i));
      const through = gate.mayStartIn(sentence.start, sentence.end);
      if (!open) continue;
      opening++;
      if (!through) missed.push(doc.text.slice(sentence.start, sentence.end));
    }
  }
  return { opening, missed };
}

const read = (dir: string) => {
  try {
    return readdirSync(dir).sort().map((n) => [join(dir, n), readFileSync(join(dir, n), 'utf8')] as const);
  } catch {
    return [];
  }
};

describe('QuantityGate', () => {
  it('lets through every sentence where a quantity can start (seeds, eval, drafts, as text, Markdown and HTML)', () => {
    const files = [...read('seeds'), ...read('test/fixtures/drafts'), ...read('../shared/eval/quotes-ggt-dev/articles')];
    let opening = 0;
    for (const [path, text] of files) {
      const paragraphs = text.split(/\n+/);
      const markdown = paragraphs.map((p, i) => (i % 3 === 0 ? `*${p}*` : i % 3 === 1 ? `> ${p} [link](http://x.y/z2) \`x1\`` : p)).join('\n\n');
      const html = paragraphs.map((p) => `<p>${p.replace(/'/g, '&rsquo;').replace(/ (\d)/g, '<b>$1</b>')}<br>x</p>`).join('\n');
      for (const doc of [parseDocument(path, text), parseDocument(`${path}.md`, markdown), parseDocument(`${path}.html`, html)]) {
        const result = check(doc);
        opening += result.opening;
        assert.deepEqual(result.missed, [], doc.path);
      }
    }
    assert.ok(opening > 50);
  });

  it('finds number words in any of their case forms, hyphenated, and after "a"', () => {
    for (const text of ['They waited two days.', 'TWO DAYS passed.', 'A two-thirds majority.', 'It took a dozen tries.', 'He paid US$5.', 'Cost: ½ of it.', 'Ten_ten ten.']) {
      const { opening, missed } = check(parseDocument('draft.txt', text));
      assert.equal(opening, 1, text);
      assert.deepEqual(missed, [], text);
    }
  });

  it('skips sentences without digits, signs or number words', () => {
    const text = 'Someone often said “nothing” there. It was tense, then done.';
    const doc = parseDocument('draft.txt', text);
    const gate = new QuantityGate(text);
    for (const sentence of doc.blocks[0].sentences) assert.equal(gate.mayStartIn(sentence.start, sentence.end), false);
  });

  it('agrees with the token test on random text', () => {
    const pieces = ['one', 'Two', 'often', 'ten', 'tens', 'a', 'half', 'few', '3', '$', '&', '’', '“', '-', '–', 'x', 'US', ' ', ' ', ' ', '.', ',', '_', 'é', '½'];
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let n = 0; n < 3000; n++) {
      let text = '';
      for (let k = 0; k < 12; k++) text += pieces[Math.floor(random() * pieces.length)];
      assert.deepEqual(check(parseDocument('draft.txt', text)).missed, [], JSON.stringify(text));
    }
  });
});
