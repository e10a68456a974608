import { strict as assert } from 'node:assert';
import { flatCopy, readText, Utf8Text } from '../server/src/core/storedText';

describe('storedText', () => {
  const texts = ['Plain ASCII.', 'Latin-1: café, naïve.', 'Curly “quotes” — and a dash.', '中文文本，全角标点。', 'Emoji 🙂 and “marks”.', ''];

  it('gives back the same text, kept as bytes only when that is smaller', () => {
    for (const text of texts) {
      const stored = Utf8Text.of(text);
      assert.equal(readText(stored), text);
      // Two-byte strings of mostly ASCII are kept as UTF-8; one-byte strings and CJK text as they are.
      assert.equal(typeof stored === 'string', !/[“🙂]/u.test(text), text);
    }
  });

  it('keeps bytes read from a file, or the string when bytes save nothing', () => {
    for (const text of texts.filter((t) => t !== '')) {
      const bytes = new TextEncoder().encode(text);
      assert.equal(readText(Utf8Text.fromBytes(bytes, text.length)), text);
    }
  });

  it('reads right when many texts are read in turn (more than are kept decoded)', () => {
    const many = Array.from({ length: 100 }, (_, i) => `Text ${i}: “quoted” ${'x'.repeat(i)}`);
    const stored = many.map((t) => Utf8Text.of(t));
    for (let pass = 0; pass < 3; pass++) for (let i = 0; i < many.length; i += 1 + pass) assert.equal(readText(stored[i]), many[i]);
  });

  it('copies strings', () => {
    const long = `${'word '.repeat(20)}end`;
    assert.equal(flatCopy(long.slice(5, 60)), long.slice(5, 60));
  });
});
