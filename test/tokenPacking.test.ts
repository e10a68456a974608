import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { parseDocument } from '../server/src/core/parse/parseDocument';
import { checkPackedTokens, dropTokens, forEachToken, packedTokensOf, packTokens, readPackedBlocks } from '../server/src/core/tokenPacking';

const plain = (doc: ReturnType<typeof parseDocument>) =>
  doc.blocks.map((b) => ({ start: b.start, end: b.end, kind: b.kind, sentences: b.sentences.map((s) => ({ start: s.start, end: s.end, tokens: s.tokens.map((t) => ({ ...t })) })) }));

describe('tokenPacking', () => {
  const cases: Array<[string, string]> = [
    ['a.txt', readFileSync('seeds/002_f7178084b3e2d7fe.txt', 'utf8')],
    ['b.md', '# Title\n\nA *Markdown* source — with “quotes”, 3.5 km and [a link](http://x.y).\n\nSecond. Third one!\n'],
    ['c.html', '<html><body><h1>Head line</h1><p>One “two” three. Four&rsquo;s five.</p><p>Last</p></body></html>'],
  ];
  for (const [path, text] of cases) {
    it(`gives back the same blocks, sentences and tokens after a round trip (${path})`, () => {
      const expected = plain(parseDocument(path, text));
      const doc = parseDocument(path, text);
      const packed = packTokens(doc);
      assert.ok(packed);
      dropTokens(doc);
      assert.deepEqual(doc.blocks, []);
      checkPackedTokens(packed, text.length);
      doc.blocks = readPackedBlocks(packed, doc);
      assert.deepEqual(plain(doc), expected);
      assert.deepEqual(JSON.parse(JSON.stringify(doc.blocks)), expected);
      assert.equal(packedTokensOf(doc.blocks), packed);
      // Visited as spans of the text, packed or not, the tokens are the same.
      const visited = (blocks: typeof doc.blocks) =>
        blocks.flatMap((b) => b.sentences.flatMap((s) => {
          const out: Array<{ start: number; end: number; kind: string; text: string }> = [];
          forEachToken(s, (t, from, to, kind) => out.push({ start: from, end: to, kind, text: t.slice(from, to) }));
          return out.map((v) => ({ kind: v.kind, text: v.text }));
        }));
      const tokenTexts = expected.flatMap((b) => b.sentences.flatMap((s) => s.tokens.map((t) => ({ kind: t.kind, text: t.text }))));
      assert.deepEqual(visited(doc.blocks), tokenTexts);
      assert.deepEqual(visited(parseDocument(path, text).blocks), tokenTexts);
      assert.equal(packedTokensOf(doc.blocks.slice(1)), undefined, 'not all of its blocks');
    });
  }

  it('leaves a document alone when a token is not the text at its offsets', () => {
    const doc = parseDocument('e.txt', 'One sentence here. Another one.');
    doc.blocks[0].sentences[1].tokens[0].text = 'Anothe';
    assert.equal(packTokens(doc), undefined);
    doc.blocks[0].sentences[1].tokens[0].text = 'Bnother';
    assert.equal(packTokens(doc), undefined);
  });

  it('leaves a document alone when a sentence does not span its tokens', () => {
    const doc = parseDocument('d.txt', 'One sentence here. Another one.');
    const s = doc.blocks[0].sentences[0];
    s.start -= 1;
    assert.equal(packTokens(doc), undefined);
  });

  it('leaves a document alone when its blocks overlap', () => {
    const doc = parseDocument('f.md', '# Head\n\nOne. Two.\n');
    doc.blocks[1].start = doc.blocks[0].end - 1;
    assert.equal(packTokens(doc), undefined);
  });

  it('refuses packed bytes that are cut short, run on, or run past the text', () => {
    const text = readFileSync('seeds/002_f7178084b3e2d7fe.txt', 'utf8');
    const packed = packTokens(parseDocument('a.txt', text))!;
    assert.doesNotThrow(() => checkPackedTokens(packed, text.length));
    assert.doesNotThrow(() => checkPackedTokens(packed));
    assert.throws(() => checkPackedTokens(packed.subarray(0, packed.length - 3), text.length), /cut short|end/);
    assert.throws(() => checkPackedTokens(Uint8Array.from([...packed, 0]), text.length), /end where/);
    assert.throws(() => checkPackedTokens(packed, 100), /past the text/);
    assert.throws(() => checkPackedTokens(Uint8Array.from([0xff, 0xff]), text.length), /cut short/);
  });
});
