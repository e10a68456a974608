import { strict as assert } from 'node:assert';
import { at, draft, sourceDoc, testService } from './helpers';

describe('references', () => {
  it('lists a name’s mentions in the sources and in every open draft', () => {
    const { service, open } = testService();
    const a = draft('Yuri Ushakov spoke to reporters.', 'a.md');
    const b = draft('Later, Ushakov confirmed the call.\n\nUshakov said more.', 'b.md');
    open.push(a, b);
    const refs = service.getReferences(a, at(a, 'Ushakov'));
    const inSources = refs.filter((r) => r.uri.startsWith('memory:///seeds/'));
    assert.ok(inSources.length >= 5);
    assert.equal(refs.filter((r) => r.uri === a.uri).length, 1);
    assert.deepEqual(refs.filter((r) => r.uri === b.uri).map((r) => r.range.start.line), [0, 2]);
  });

  it('lists a quotation’s reports in the sources and the drafts that quote it', () => {
    const { service, open } = testService();
    const src = sourceDoc('seeds/000_31177b0833f0709a.txt');
    const other = draft('"I believe great progress was made," Trump wrote.', 'other.md');
    open.push(other);
    const refs = service.getReferences(src, at(src, 'I believe great progress'));
    assert.equal(refs.filter((r) => r.uri.startsWith('memory:///seeds/')).length, 3);
    assert.equal(refs.filter((r) => r.uri === other.uri).length, 1);
  });

  it('leaves out the declaration when asked to', () => {
    const { service, open } = testService();
    const a = draft('Yuri Ushakov spoke.', 'a.md');
    open.push(a);
    const refs = service.getReferences(a, at(a, 'Ushakov'), false);
    assert.equal(refs.filter((r) => r.uri === a.uri).length, 0);
  });
});
