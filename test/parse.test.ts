import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { parseDocument } from '../server/src/core/parse/parseDocument';

const sentenceTexts = (path: string, text: string) => {
  const doc = parseDocument(path, text);
  return doc.blocks.flatMap((b) => b.sentences.map((s) => text.slice(s.start, s.end)));
};

describe('parseDocument', () => {
  it('keeps a headline without a full stop apart from the next line (plain text)', () => {
    const text = readFileSync('seeds/001_918f0212adf51184.txt', 'utf8');
    const sentences = sentenceTexts('a.txt', text);
    assert.equal(sentences[0], 'Trump to meet Putin in Budapest to discuss war in Ukraine');
    assert.match(sentences[1], /^U\.S\. President Donald Trump said/);
  });

  it('ends a sentence at a full stop after a short number or "per cent" when a new sentence follows', () => {
    const text = 'The death toll rose to 32. Officials said more were found. Shares rallied 6 per cent. "We are pleased," he said. Section 3.2 applies.';
    assert.deepEqual(sentenceTexts('a.txt', text), [
      'The death toll rose to 32.',
      'Officials said more were found.',
      'Shares rallied 6 per cent.',
      '"We are pleased," he said.',
      'Section 3.2 applies.',
    ]);
    const doc = parseDocument('a.txt', text);
    const first = doc.blocks[0].sentences[0].tokens;
    assert.deepEqual(first.slice(-2).map((t) => [t.text, t.kind]), [['32', 'word'], ['.', 'punctuation']]);
    for (const s of doc.blocks[0].sentences) for (const t of s.tokens) assert.equal(text.slice(t.start, t.end), t.text);
  });

  it('runs a sentence on after a title abbreviation the parser does not know ("Coun. Jan Harder"), as after "Sgt."', () => {
    const text = 'Then Coun. Jan Harder spoke. Det. Sgt. Mary Jones said 12. It rose. The count was made by Sgt. Bo Li.';
    assert.deepEqual(sentenceTexts('a.txt', text), ['Then Coun. Jan Harder spoke.', 'Det. Sgt. Mary Jones said 12.', 'It rose.', 'The count was made by Sgt. Bo Li.']);
    const tokens = parseDocument('a.txt', text).blocks[0].sentences[0].tokens;
    assert.deepEqual(tokens.slice(0, 3).map((t) => [t.text, t.kind]), [['Then', 'word'], ['Coun.', 'word'], ['Jan', 'word']]);
    for (const s of parseDocument('a.txt', text).blocks[0].sentences) for (const t of s.tokens) assert.equal(text.slice(t.start, t.end), t.text);
  });

  it('runs a sentence on after an abbreviation a number follows ("No. 1", "Rs. 215"), which the parser ends one at', () => {
    const text = 'He was ranked No. 1 in the world. They sought Rs. 215 crore. Art. 5 applies. The answer was no. 5 people came.';
    assert.deepEqual(sentenceTexts('a.txt', text), ['He was ranked No. 1 in the world.', 'They sought Rs. 215 crore.', 'Art. 5 applies.', 'The answer was no.', '5 people came.']);
    for (const s of parseDocument('a.txt', text).blocks[0].sentences) for (const t of s.tokens) assert.equal(text.slice(t.start, t.end), t.text);
  });

  it('ends a sentence at "in." unless a number makes it inches', () => {
    assert.deepEqual(sentenceTexts('a.txt', 'The church roof caved in. Trump posted that the deal was off. It measured 5 in. Wide boards were used.'), [
      'The church roof caved in.',
      'Trump posted that the deal was off.',
      'It measured 5 in. Wide boards were used.',
    ]);
  });

  it('runs a sentence on past a hyphened title\'s abbreviation before a name ("Lt.-Gov. Jocelyne Roy Vienneau", "Maj.-Gen. Smith")', () => {
    assert.deepEqual(sentenceTexts('a.txt', 'It was the same day Lt.-Gov. Jocelyne Roy Vienneau died. Maj.-Gen. Smith spoke.'), ['It was the same day Lt.-Gov. Jocelyne Roy Vienneau died.', 'Maj.-Gen. Smith spoke.']);
  });

  it('parts the stop from "in.", "sat.", "sun.", "wed." ending a block, and from "sat." before a capital, but not from inches', () => {
    const lastTokens = (text: string) => parseDocument('a.txt', text).blocks[0].sentences.at(-1)!.tokens.slice(-2).map((t) => t.text);
    assert.deepEqual(lastTokens('Groups said the government needs to step in.'), ['in', '.']);
    assert.deepEqual(lastTokens('The board measured 5 in.'), ['5', 'in.']);
    assert.deepEqual(sentenceTexts('a.txt', 'The jury sat. Then it rose.'), ['The jury sat.', 'Then it rose.']);
  });

  it('splits a colon glued between a word and a capitalised one, but not a time or a link', () => {
    const text = "The Children's Court/Carl O'Brien:The young garda spoke at 10:30 about http://x.org today.";
    const tokens = parseDocument('a.txt', text).blocks[0].sentences[0].tokens;
    const texts = tokens.map((t) => t.text);
    assert.deepEqual(texts.slice(texts.indexOf('Carl'), texts.indexOf('Carl') + 4), ['Carl', "O'Brien", ':', 'The']);
    assert.ok(texts.includes('10:30'), texts.join('|'));
    for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.text);
  });

  it('parts words at a zero-width space, word joiner or stray BOM, as at a space', () => {
    const text = 'Traeger\u200B said the union\u2060 would\uFEFF help.';
    const tokens = parseDocument('a.txt', text).blocks[0].sentences[0].tokens;
    assert.deepEqual(tokens.map((t) => t.text), ['Traeger', 'said', 'the', 'union', 'would', 'help', '.']);
    for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.text);
  });

  it('gives tokens whose offsets slice the original text', () => {
    const text = readFileSync('seeds/003_e43e3abe9aed38b4.txt', 'utf8');
    const doc = parseDocument('b.txt', text);
    let n = 0;
    for (const b of doc.blocks) for (const s of b.sentences) for (const t of s.tokens) {
      assert.equal(text.slice(t.start, t.end), t.text);
      n++;
    }
    assert.ok(n > 800);
    assert.equal(doc.meta.title, 'Trump, Putin to meet in Budapest for talks on ending Ukraine war');
  });

  it('keeps headlines apart in hard-wrapped text', () => {
    const body = 'The minister said on Monday that the talks would resume next\nweek in Geneva, with delegations from both sides attending the\nmeeting and observers from the region, officials said today.\n';
    const text = `Talks to resume\n${body}${body}${body}`;
    const sentences = sentenceTexts('w.txt', text);
    assert.equal(sentences[0], 'Talks to resume');
    assert.match(sentences[1], /^The minister said on Monday that the talks would resume next\nweek/);
  });

  it('reads Markdown front matter and skips code, HTML and link targets', () => {
    const text = [
      '---',
      'title: Budapest summit',
      'outlet: Example News',
      'date: 2025-10-16',
      '---',
      '# Leaders to meet',
      '',
      'Trump said the talks were [productive](https://example.com/a "x").',
      '',
      '```',
      'const quote = "not prose";',
      '```',
      '',
      '<div>Also not prose.</div>',
    ].join('\n');
    const doc = parseDocument('d.md', text);
    assert.equal(doc.meta.title, 'Budapest summit');
    assert.equal(doc.meta.outlet, 'Example News');
    assert.equal(doc.meta.date, '2025-10-16');
    const words = doc.blocks.flatMap((b) => b.sentences.flatMap((s) => s.tokens.filter((t) => t.kind === 'word').map((t) => t.text)));
    assert.deepEqual(words, ['Leaders', 'to', 'meet', 'Trump', 'said', 'the', 'talks', 'were', 'productive']);
    const productive = doc.blocks[1].sentences[0].tokens.find((t) => t.text === 'productive')!;
    assert.equal(text.slice(productive.start, productive.end), 'productive');
  });

  it('takes prose from HTML paragraphs, not scripts or navigation', () => {
    const text = '<html><head><title>Summit</title><script>var a = "x";</script></head><body><nav><p>Home</p></nav><h1>Leaders meet</h1><p>Orbán said “We are ready!”</p></body></html>';
    const doc = parseDocument('p.html', text);
    assert.equal(doc.meta.title, 'Summit');
    const sentences = doc.blocks.flatMap((b) => b.sentences.map((s) => text.slice(s.start, s.end)));
    assert.deepEqual(sentences, ['Leaders meet', 'Orbán said “We are ready!”']);
  });

  it('takes a first line of up to 25 words as the title, counting words as the title is cleaned', () => {
    const words = (n: number, space: string) => Array.from({ length: n }, (_, i) => `w${i}`).join(space);
    const body = '\nThe article begins here. It has sentences.\n';
    assert.equal(parseDocument('a.txt', words(25, ' ') + body).meta.title, words(25, ' '));
    assert.equal(parseDocument('a.txt', words(26, ' ') + body).meta.title, undefined);
    // No-break spaces and runs of white space count once, as clean() collapses them.
    assert.equal(parseDocument('a.txt', words(25, '\u00a0 ') + body).meta.title, words(25, ' '));
    assert.equal(parseDocument('a.txt', words(26, '\u00a0 ') + body).meta.title, undefined);
  });
});
