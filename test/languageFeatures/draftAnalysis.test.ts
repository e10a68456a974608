import { strict as assert } from 'node:assert';
import { chunkAt, chunkSpans, DraftAnalyzer } from '../../server/src/languageFeatures/draftAnalysis';

describe('draft analysis', () => {
  it('splits Markdown at blank lines but keeps fenced code and front matter whole', () => {
    const text = '---\ntitle: x\n\nmore: y\n---\nFirst para.\n\n```\ncode\n\n"not prose"\n```\n\nLast para.';
    const spans = chunkSpans(text, 'markdown').map((s) => text.slice(s.start, s.end));
    assert.deepEqual(spans, ['---\ntitle: x\n\nmore: y\n---', 'First para.', '```\ncode\n\n"not prose"\n```', 'Last para.']);
  });

  it('takes lines of white space for blank, CRLF line ends, and fences indented at most three spaces', () => {
    const text = 'One.\r\n\u00a0\t\r\nTwo.\r\n \r\n   ```\r\nin code\r\n\r\nstill code\r\n   ```\r\n\r\n    ```\r\n\r\nAfter.\r\n';
    const spans = chunkSpans(text, 'markdown').map((s) => text.slice(s.start, s.end));
    assert.deepEqual(spans, ['One.', 'Two.', '   ```\r\nin code\r\n\r\nstill code\r\n   ```', '    ```', 'After.']);
  });

  it('reads plain text one paragraph a line, or hard-wrapped paragraphs joined', () => {
    const line = 'A sentence long enough that no one would hard-wrap a line of this length in a plain text file.';
    assert.equal(chunkSpans(`${line} One.\n${line} Two.\n${line} Three.`, 'text').length, 3);
    const wrapped = 'A long sentence that goes on\nand on until the line ends.\n\nAnother paragraph\nwrapped too.';
    assert.deepEqual(chunkSpans(wrapped, 'text').map((s) => s.joinLines), [true, true]);
    const analyzer = new DraftAnalyzer();
    const draft = analyzer.analyze('file:///d.txt', 1, wrapped);
    assert.equal(draft.chunks[0].analysis.doc.blocks.length, 1);
  });

  it('reuses the analysis of unchanged paragraphs after an edit, with new offsets', () => {
    const analyzer = new DraftAnalyzer();
    const first = analyzer.analyze('file:///d.md', 1, 'Alpha said "one thing here".\n\nBeta said "another thing here".');
    const second = analyzer.analyze('file:///d.md', 2, 'Alpha said "one thing there, too".\n\nBeta said "another thing here".');
    assert.notEqual(second.chunks[0].analysis, first.chunks[0].analysis);
    assert.equal(second.chunks[1].analysis, first.chunks[1].analysis);
    assert.equal(second.chunks[1].offset, first.chunks[1].offset + 6);
    assert.equal(chunkAt(second, second.chunks[1].offset + 3), second.chunks[1]);
    assert.equal(chunkAt(second, second.chunks[0].offset + second.chunks[0].text.length + 1), undefined);
  });

  it('keeps quote offsets relative to their chunk', () => {
    const analyzer = new DraftAnalyzer();
    const text = 'Intro line.\n\nTrump said: "We are ready to talk now."';
    const draft = analyzer.analyze('file:///d.md', 1, text);
    const chunk = draft.chunks[1];
    const quote = chunk.analysis.quotes[0];
    assert.equal(text.slice(chunk.offset + quote.start, chunk.offset + quote.end), '"We are ready to talk now."');
  });
});
