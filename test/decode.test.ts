import { strict as assert } from 'node:assert';
import { decodeSource } from '../server/src/core/parse/decode';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('decodeSource', () => {
  it('decodes UTF-8 and drops a BOM', () => {
    const r = decodeSource(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('Kyiv “said”')]));
    assert.deepEqual(r, { ok: true, text: 'Kyiv “said”' });
  });
  it('refuses empty and blank files', () => {
    assert.equal(decodeSource(new Uint8Array()).ok, false);
    const r = decodeSource(bytes('  \n\n'));
    assert.equal(r.ok, false);
    assert.match(!r.ok ? r.reason : '', /empty/);
  });
  it('refuses binary files', () => {
    const r = decodeSource(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]));
    assert.equal(r.ok, false);
    assert.match(!r.ok ? r.reason : '', /binary/);
  });
  it('refuses invalid UTF-8 (Latin-1 bytes)', () => {
    const r = decodeSource(new Uint8Array([0x4f, 0x72, 0x62, 0xe1, 0x6e, 0x20, 0x73, 0x61, 0x69, 0x64]));
    assert.equal(r.ok, false);
    assert.match(!r.ok ? r.reason : '', /UTF-8/);
  });
});
