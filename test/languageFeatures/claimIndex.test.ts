import { strict as assert } from 'node:assert';
import { SourceIndex } from '../../server/src/core/sourceIndex';
import { MemoryWorkspace } from '../../server/src/core/workspace';
import { parseDocument } from '../../server/src/core/parse/parseDocument';
import { claimIndexOf, sentenceWords } from '../../server/src/languageFeatures/claimIndex';

/** The claim words of a draft sentence, as claim-unsourced reads them. */
const wordsOf = (sentence: string) => sentenceWords(parseDocument('draft.md', sentence).blocks[0].sentences[0]);

describe('claimIndex', () => {
  it('finds the source sentence that carries a claim, and says where', () => {
    const index = new SourceIndex();
    const text = 'The leaders spoke by telephone on Thursday. Officials planned a summit in Budapest within two weeks.';
    index.updateFromText('a.txt', text);
    const support = claimIndexOf(index).support(wordsOf('A summit in Budapest was planned by officials within two weeks.'));
    assert.equal(support.coverage, 1);
    assert.equal(support.path, 'a.txt');
    assert.equal(text.slice(support.span!.start, support.span!.end), 'Officials planned a summit in Budapest within two weeks.');
    assert.ok(claimIndexOf(index).support(wordsOf('The ministers argued about tariffs on steel imports.')).coverage < 0.5);
  });

  it('meets hyphenated compounds and number words: "a two-hour call" and "called for two hours"', () => {
    const index = new SourceIndex();
    index.updateFromText('a.txt', 'Trump and Putin held a two-hour call about Ukraine.');
    const support = claimIndexOf(index).support(wordsOf('Trump held a call with Putin for 2 hours about Ukraine.'));
    assert.equal(support.coverage, 1);
  });

  it('keeps one sentence repeated across articles, in any word order, and follows documents that change or go', () => {
    const index = new SourceIndex();
    index.updateFromText('a.txt', 'Officials planned a summit in Budapest within two weeks.');
    index.updateFromText('b.txt', 'Within two weeks, officials planned a summit in Budapest.');
    const claim = wordsOf('Officials planned a summit in Budapest within two weeks.');
    assert.equal(claimIndexOf(index).support(claim).path, 'a.txt');
    index.remove('a.txt');
    assert.equal(claimIndexOf(index).support(claim).path, 'b.txt', 'the same words in b.txt are the same unit');
    index.updateFromText('b.txt', 'Nothing about any meeting here.');
    assert.equal(claimIndexOf(index).support(claim).path, undefined);
    index.updateFromText('c.txt', 'A summit in Budapest: officials planned it within two weeks.');
    assert.equal(claimIndexOf(index).support(claim).path, 'c.txt');
  });

  it('built in steps while a load runs (as the server does), answers as one built after it', async () => {
    const files = new Map<string, string>();
    for (let i = 0; i < 60; i++) files.set(`src/d${String(i).padStart(2, '0')}.txt`, `Report number ${i} says the harvest of region${i} doubled. Officials in town${i} met on Monday.`);
    const claims = (index: SourceIndex) =>
      [7, 31, 59].map((i) => claimIndexOf(index).support(wordsOf(`The harvest of region${i} doubled, report number ${i} says.`)).path);
    const stepped = new SourceIndex();
    let steps = 0;
    await stepped.load(new MemoryWorkspace(files), ['src'], {
      workers: 0,
      onProgress: (done) => {
        if (done % 10 === 0) {
          claimIndexOf(stepped);
          steps++;
        }
      },
    });
    const atOnce = new SourceIndex();
    await atOnce.load(new MemoryWorkspace(files), ['src'], { workers: 0 });
    assert.equal(steps, 6);
    assert.deepEqual(claims(stepped), ['src/d07.txt', 'src/d31.txt', 'src/d59.txt']);
    assert.deepEqual(claims(stepped), claims(atOnce));
  });

  it('keeps finding sentences after many documents come and go (the index compacts itself)', () => {
    const index = new SourceIndex();
    for (let i = 0; i < 250; i++) index.updateFromText(`d${i}.txt`, `Report number ${i} says the harvest of region${i} doubled.`);
    claimIndexOf(index);
    for (let i = 0; i < 240; i++) index.remove(`d${i}.txt`);
    const support = claimIndexOf(index).support(wordsOf('The harvest of region245 doubled, report number 245 says.'));
    assert.equal(support.path, 'd245.txt');
    assert.equal(support.coverage, 1);
  });
});
