import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { analyzeDocument } from '../server/src/core/analyze';
import { compactAnalysis, mentionCount, mentionPlaces, StringPool } from '../server/src/core/compactAnalysis';

const text = readFileSync('seeds/001_918f0212adf51184.txt', 'utf8');

describe('compactAnalysis', () => {
  it('keeps what readers see: entities, mentions, quotes, numbers and tokens', () => {
    const plain = analyzeDocument('a.txt', text);
    const expected = JSON.parse(JSON.stringify({ entities: plain.entities, quotes: plain.quotes, numbers: plain.numbers }));
    const tokens = plain.doc.blocks.map((b) => b.sentences.map((s) => s.tokens.map((t) => ({ ...t }))));
    const compact = analyzeDocument('a.txt', text);
    compactAnalysis(compact, new StringPool());
    assert.deepEqual(JSON.parse(JSON.stringify({ entities: compact.entities, quotes: compact.quotes, numbers: compact.numbers })), expected);
    assert.deepEqual(compact.doc.blocks.map((b) => b.sentences.map((s) => s.tokens.map((t) => ({ ...t })))), tokens);
    compact.entities.forEach((e, i) => {
      assert.deepEqual(e.mentions, expected.entities[i].mentions);
      assert.equal(e.gender, expected.entities[i].gender);
      // Counts and places read without the texts agree with the mentions.
      assert.equal(mentionCount(e), expected.entities[i].mentions.length);
      assert.deepEqual(mentionPlaces(e), expected.entities[i].mentions.map((m: { start: number; end: number }) => ({ start: m.start, end: m.end })));
    });
    assert.ok(compact.entities.some((e) => e.mentions.length > 1));
  });

  it('leaves entities whose mentions are not slices of the text as they are', () => {
    const a = analyzeDocument('b.txt', text);
    const odd = a.entities[0];
    odd.mentions[0] = { ...odd.mentions[0], text: 'not the text' };
    compactAnalysis(a, new StringPool());
    assert.equal(a.entities[0].mentions[0].text, 'not the text');
  });

  it('shares one read-only empty role list', () => {
    const a = analyzeDocument('c.txt', text);
    compactAnalysis(a, new StringPool());
    const bare = a.entities.filter((e) => e.roles.length === 0);
    assert.ok(bare.length > 1);
    assert.throws(() => bare[0].roles.push('x'));
    assert.equal(bare[1].roles.length, 0);
  });

  it('shares an entity’s name, variants and roles across documents, each document keeping its own mentions', () => {
    const pool = new StringPool();
    const first = analyzeDocument('d.txt', text);
    const second = analyzeDocument('e.txt', `Intro line.\n\n${text}`);
    compactAnalysis(first, pool);
    compactAnalysis(second, pool);
    const name = first.entities.find((e) => e.type === 'person' && e.variants.length > 1)!.name;
    const [a, b] = [first, second].map((x) => x.entities.find((e) => e.name === name)!);
    assert.equal(a.variants, b.variants);
    assert.equal(a.roles, b.roles);
    assert.deepEqual([a.name, a.type, a.gender], [b.name, b.type, b.gender]);
    // Mentions are each document's own: the second text starts 13 characters later.
    assert.equal(b.mentions[0].start, a.mentions[0].start + 13);
  });

  it('keeps apart entities that share a name and role list but not their variants', () => {
    const pool = new StringPool();
    const first = analyzeDocument('f.txt', text);
    const second = analyzeDocument('g.txt', text);
    const k = first.entities.findIndex((e) => e.roles.length > 0);
    assert.ok(k >= 0);
    const variants = [...second.entities[k].variants, 'Another Spelling'];
    second.entities[k] = { ...second.entities[k], variants };
    compactAnalysis(first, pool);
    compactAnalysis(second, pool);
    assert.deepEqual(second.entities[k].roles, first.entities[k].roles);
    assert.equal(second.entities[k].name, first.entities[k].name);
    assert.deepEqual(second.entities[k].variants, variants);
    assert.ok(!first.entities[k].variants.includes('Another Spelling'));
  });
});
