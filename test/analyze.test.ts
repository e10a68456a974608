import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { analyzeDocument } from '../server/src/core/analyze';

/**
 * Pieces of a real text as writers and scrapers leave them: each paragraph alone, each sentence and
 * each run of sentences to the paragraph's end, the paragraph with words cut off either end. Rules
 * read tokens around a cue; a cue near where a piece starts or stops is where they read too far.
 */
function* fragments(text: string): Generator<string> {
  for (const paragraph of text.split(/\n\s*\n/)) {
    yield paragraph;
    const sentences = paragraph.split(/(?<=[.!?”"])\s+/);
    for (let i = 1; i < sentences.length; i++) {
      yield sentences[i];
      yield sentences.slice(i).join(' ');
    }
    const words = paragraph.split(' ');
    for (let i = 1; i < Math.min(words.length, 12); i++) {
      yield words.slice(i).join(' ');
      yield words.slice(0, words.length - i).join(' ');
    }
  }
}

describe('analyzeDocument', () => {
  it('analyses every fragment of the seeds, as plain text and as Markdown, without throwing', () => {
    let count = 0;
    const failures: string[] = [];
    for (const name of readdirSync('seeds')) {
      for (const piece of fragments(readFileSync(`seeds/${name}`, 'utf8'))) {
        for (const path of ['a.txt', 'a.md']) {
          count++;
          try {
            const analysis = analyzeDocument(path, piece);
            for (const q of analysis.quotes) assert.ok(q.start >= 0 && q.end <= piece.length && q.start < q.end);
          } catch (e) {
            failures.push(`${path} ${JSON.stringify(piece.slice(0, 80))}: ${(e as Error).message}`);
          }
        }
      }
    }
    assert.ok(count > 2000, `only ${count} fragments`);
    assert.deepEqual(failures.slice(0, 5), []);
  });
  it('ends on a text opening with a word that holds a document’s noun ("reported the case, the report said.": the search for who brought up "the report" looped)', function () {
    this.timeout(30000);
    // In a child process: an endless loop cannot be stopped from inside the test's own thread.
    const script = `const { analyzeDocument } = require('./server/src/core/analyze'); const a = analyzeDocument('a.txt', 'reported the case, the report said.'); process.stdout.write(String(a.quotes.length));`;
    const run = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], { encoding: 'utf8', timeout: 15000 });
    assert.equal(run.error, undefined, 'the analysis did not end within 15 s');
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout, '1');
  });
  it('analyses a text cut right after a recipient and its article ("… told HuffPost Canada the")', () => {
    for (const text of ['Ben Myers told HuffPost Canada the', 'Ben Myers warned the council a']) {
      assert.ok(Array.isArray(analyzeDocument('a.txt', text).quotes), text);
    }
  });
});
