import { strict as assert } from 'node:assert';
import { at, draft, seeds, sourceDoc, testService } from './helpers';

const textAt = (uri: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }) => {
  const path = uri.slice('memory:///'.length);
  const doc = sourceDoc(path);
  return doc.getText().slice(doc.offsetAt(range.start), doc.offsetAt(range.end));
};

describe('definition', () => {
  it('on a quotation: one location per source span, each holding the quoted words', () => {
    const { service } = testService();
    const d = draft('“I believe great progress was made with today’s telephone conversation,” Trump wrote.');
    const locations = service.getDefinition(d, at(d, 'progress'));
    assert.equal(locations.length, 3);
    assert.deepEqual(new Set(locations.map((l) => l.uri)).size, 3);
    for (const l of locations) assert.match(textAt(l.uri, l.range), /^I believe great progress was made with today.s telephone conversation$/);
  });

  it('on an excerpt: the excerpted words in the source', () => {
    const { service } = testService();
    const d = draft('Trump said the meeting would happen "within two weeks or so."');
    const [location, ...rest] = service.getDefinition(d, at(d, 'two weeks'));
    assert.equal(rest.length, 0);
    assert.equal(textAt(location.uri, location.range), 'within two weeks or so');
  });

  it('on a name: every mention in the sources', () => {
    const { service } = testService();
    const d = draft('Ushakov spoke.');
    const locations = service.getDefinition(d, at(d, 'Ushakov'));
    const texts = locations.map((l) => textAt(l.uri, l.range));
    assert.ok(texts.includes('Yuri Ushakov') && texts.includes('Yury Ushakov') && texts.includes('Ushakov'), texts.join(', '));
    assert.equal(new Set(locations.map((l) => l.uri)).size, 3);
  });

  it('on a quotation in a source: the same quote in the other articles', () => {
    const { service } = testService();
    const path = 'seeds/001_918f0212adf51184.txt';
    const src = sourceDoc(path);
    const locations = service.getDefinition(src, at(src, 'We have a lot of them', 3));
    assert.ok(locations.length >= 1);
    assert.ok(locations.every((l) => l.uri !== `memory:///${path}`));
    // The statement is one quote in this article and two in another: both pieces are the same quote.
    for (const l of locations) assert.match(textAt(l.uri, l.range), /We have a lot of them|we can't deplete for our country/);
  });

  it('finds nothing for an unsourced quotation', () => {
    const { service } = testService();
    const d = draft('"The war will be over by Christmas," Putin said.');
    assert.deepEqual(service.getDefinition(d, at(d, 'Christmas')), []);
    assert.equal(seeds().size, 5);
  });
});
