import { strict as assert } from 'node:assert';
import { DeflatedText, deflateUtf8, flatCopy, readText } from '../server/src/core/storedText';

describe('storedText', () => {
  const prose = 'Kremlin foreign policy aide Yuri Ushakov said the call lasted “about two and a half hours” — and was frank. ';
  const texts = ['Plain ASCII.', 'Latin-1: café, naïve.', 'Curly “quotes” — and a dash.', '中文文本，全角标点。', 'Emoji 🙂 and “marks”.', '', prose.repeat(40), `${'中文文本，全角标点。'.repeat(60)}🙂`];

  it('gives back the same text, deflated only when that is smaller than the string', () => {
    for (const text of texts) {
      const stored = DeflatedText.of(text);
      assert.equal(readText(stored), text);
      // Short texts stay strings; long prose is kept deflated.
      assert.equal(typeof stored === 'string', text.length < 256, text.slice(0, 20));
    }
  });

  it('keeps a text deflated elsewhere (a worker) from its UTF-8 bytes', () => {
    for (const text of texts) {
      const bytes = new TextEncoder().encode(text);
      const deflated = deflateUtf8(bytes);
      // An exact-size buffer of its own: it is transferred between threads and kept.
      assert.equal(deflated.byteLength, deflated.buffer.byteLength);
      assert.equal(readText(DeflatedText.fromDeflated(deflated)), text);
    }
    assert.ok(deflateUtf8(new TextEncoder().encode(prose.repeat(40))).length < prose.length * 4);
  });

  it('reads right when many texts are read in turn (more than are kept decoded)', () => {
    const many = Array.from({ length: 100 }, (_, i) => `Text ${i}: “quoted” ${'x'.repeat(300 + i)}`);
    const stored = many.map((t) => DeflatedText.of(t));
    assert.ok(stored.every((s) => s instanceof DeflatedText));
    for (let pass = 0; pass < 3; pass++) for (let i = 0; i < many.length; i += 1 + pass) assert.equal(readText(stored[i]), many[i]);
  });

  it('copies strings', () => {
    const long = `${'word '.repeat(20)}end`;
    assert.equal(flatCopy(long.slice(5, 60)), long.slice(5, 60));
  });
});
