import { strict as assert } from 'node:assert';
import { parseSourceTarget, toUriString } from '../client/src/sourceTarget';

const range = { start: { line: 3, character: 4 }, end: { line: 3, character: 20 } };

describe('open-source command arguments', () => {
  it('takes an LSP Location', () => {
    assert.deepEqual(parseSourceTarget([{ uri: 'file:///s/a.txt', range }]), { uri: 'file:///s/a.txt', range });
  });

  it('takes a URI and an LSP Range', () => {
    assert.deepEqual(parseSourceTarget(['file:///s/a.txt', range]), { uri: 'file:///s/a.txt', range });
  });

  it('takes a URI and UTF-16 offsets, a missing or backwards end collapsing to the start', () => {
    assert.deepEqual(parseSourceTarget(['file:///s/a.txt', 10, 25]), { uri: 'file:///s/a.txt', offsets: { start: 10, end: 25 } });
    assert.deepEqual(parseSourceTarget(['file:///s/a.txt', 10]), { uri: 'file:///s/a.txt', offsets: { start: 10, end: 10 } });
    assert.deepEqual(parseSourceTarget(['file:///s/a.txt', 10, 2]), { uri: 'file:///s/a.txt', offsets: { start: 10, end: 10 } });
  });

  it('takes an index-export quote-cluster member ({ path, start, end })', () => {
    assert.deepEqual(parseSourceTarget([{ path: '/seeds/000 x.txt', start: 1203, end: 1275 }]), {
      uri: 'file:///seeds/000%20x.txt',
      offsets: { start: 1203, end: 1275 },
    });
  });

  it('opens the whole file when the span is missing or malformed', () => {
    assert.deepEqual(parseSourceTarget(['file:///s/a.txt', { start: { line: -1 } }]), { uri: 'file:///s/a.txt' });
    assert.deepEqual(parseSourceTarget(['file:///s/a.txt', 1.5]), { uri: 'file:///s/a.txt' });
  });

  it('names no target without a document (the command then works from the cursor)', () => {
    assert.equal(parseSourceTarget([]), undefined);
    assert.equal(parseSourceTarget(['']), undefined);
    assert.equal(parseSourceTarget([null]), undefined);
    assert.equal(parseSourceTarget([{ range }]), undefined);
    assert.equal(parseSourceTarget([42]), undefined);
  });

  it('turns paths into file URIs and keeps URIs', () => {
    assert.equal(toUriString('/a b/c#1.txt'), 'file:///a%20b/c%231.txt');
    assert.equal(toUriString('C:\\docs\\a.txt'), 'file:///C:/docs/a.txt');
    assert.equal(toUriString('untitled:Untitled-1'), 'untitled:Untitled-1');
  });
});
