import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { parseDocument } from '../server/src/core/parse/parseDocument';
import { genderedWords, speechVerbStem } from '../server/src/core/quotes/lexicon';
import { blockStreams, capitalsAndMarks, endsSentence, isCapitalised, lowerAt, lowerOr, TokenClass } from '../server/src/core/quotes/tokenStream';
import type { Token } from '../server/src/core/types';

/** The classes as plainly defined, token by token (what the one walk in blockStreams must give). */
function expectedClasses(tokens: Token[], i: number): number {
  const t = tokens[i];
  const w = t.text.toLowerCase();
  let c = 0;
  if (t.kind === 'word') c |= TokenClass.word;
  if (isCapitalised(t)) c |= TokenClass.capitalised;
  const next = tokens[i + 1];
  const stop = t.kind === 'word' ? t.text.length >= 2 && t.text.endsWith('.') && next !== undefined && (next.text === '“' || next.text === '"') : ['.', '!', '?', ';', '…'].includes(t.text);
  if (stop) c |= TokenClass.sentenceEnd;
  if (t.kind === 'word' && !isCapitalised(t) && expectedStem(tokens, i) !== undefined) c |= TokenClass.speechVerb;
  if (w === 'a' || w === 'an') c |= TokenClass.article;
  if (w === 'according') c |= TokenClass.according;
  if (t.kind === 'word' && !isCapitalised(t) && genderedWords.has(t.text)) c |= TokenClass.gendered;
  if (t.kind !== 'word' && '“”„«»"‘’\'‹›'.includes(t.text[0])) c |= TokenClass.quoteMark;
  return c;
}

/** A speech verb's stem as plainly defined: the lexicon's, or an appeal made "to" someone. */
function expectedStem(tokens: Token[], i: number): string | undefined {
  const w = tokens[i].text;
  return speechVerbStem(w) ?? (['appeal', 'appeals', 'appealed', 'appealing'].includes(w) && ['to', 'for'].includes(tokens[i + 1]?.text) ? 'appeal' : undefined);
}

describe('quotes token streams', () => {
  it('class every token of the seeds as the plain definitions do, with stems for speech verbs', () => {
    for (const name of readdirSync('seeds')) {
      const doc = parseDocument(name, readFileSync(`seeds/${name}`, 'utf8'));
      const streams = blockStreams(doc.text, doc.blocks);
      assert.equal(streams.length, doc.blocks.length);
      for (const [k, stream] of streams.entries()) {
        assert.deepEqual(stream.tokens, doc.blocks[k].sentences.flatMap((s) => s.tokens));
        assert.equal(stream.present, stream.classes.reduce((all, c) => all | c, 0));
        for (let i = 0; i < stream.tokens.length; i++) {
          assert.equal(stream.classes[i], expectedClasses(stream.tokens, i), `${name}: ${stream.tokens[i].text}`);
          const stem = (stream.classes[i] & TokenClass.speechVerb) !== 0 ? expectedStem(stream.tokens, i) : undefined;
          assert.equal(stream.verbStems?.[i], stem);
        }
      }
    }
  });

  it('marks sentence ends at stops, and at a final dot only before an opening quote', () => {
    const doc = parseDocument('a.txt', 'He met U.S. officials. “Fine,” he said; Inc. “Yes” she said!');
    const [stream] = blockStreams(doc.text, doc.blocks);
    const ends = stream.tokens.filter((_, i) => endsSentence(stream, i)).map((t) => t.text);
    assert.deepEqual(ends, ['.', ';', 'Inc.', '!']);
  });

  it('flag quotation marks, not apostrophes inside words, and say which classes a block has', () => {
    const doc = parseDocument('a.txt', 'The players’ union said: “Fine.”\n\nNothing happened here at all.');
    const [quoted, plain] = blockStreams(doc.text, doc.blocks);
    const marks = quoted.tokens.filter((_, i) => (quoted.classes[i] & TokenClass.quoteMark) !== 0).map((t) => t.text);
    assert.ok(marks.includes('“') && marks.includes('”'));
    assert.notEqual(quoted.present & TokenClass.speechVerb, 0);
    assert.equal(plain.present & (TokenClass.quoteMark | TokenClass.speechVerb), 0);
  });

  it('lower-cases a token once and keeps it', () => {
    const doc = parseDocument('a.txt', 'Mayor Doug McCallum said so.');
    const [stream] = blockStreams(doc.text, doc.blocks);
    assert.equal(lowerAt(stream, 2), 'mccallum');
    assert.equal(lowerAt(stream, 2), stream.lowered?.[2]);
    assert.equal(lowerOr(stream, -1, 0), 'mayor');
    assert.equal(lowerOr(stream, 99, 3), 'said');
    // No token there (a rule looking before the block or past its end): no word.
    assert.equal(lowerAt(stream, -1), '');
    assert.equal(lowerAt(stream, 99), '');
  });

  it('tests capitals and marks as the pattern does, ASCII or not', () => {
    const pattern = /^[\p{Lu}.&-]{2,}$/u;
    const isMark = (c: number) => c === 46 || c === 38 || c === 45;
    for (const w of ['U.S.', 'NATO', 'AT&T', 'A', 'Nato', 'CEO2', 'ÉTATS-UNIS', 'ÉtATS', 'O’NEIL', 'B-', '--', '']) {
      assert.equal(capitalsAndMarks(w, isMark, pattern), pattern.test(w), w);
    }
  });
});
