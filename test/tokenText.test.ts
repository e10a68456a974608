import { strict as assert } from 'node:assert';
import { TokenTexts } from '../server/src/core/parse/tokenText';

describe('TokenTexts', () => {
  it('slices exactly what the text holds, Latin-1 or not', () => {
    const text = 'Trump’s “deal” — café naïve 5 km ½ 🙂 end';
    const texts = new TokenTexts(text);
    for (let a = 0; a <= text.length; a++) for (let b = a; b <= text.length; b++) assert.equal(texts.slice(a, b), text.slice(a, b));
  });

  it('keeps offsets across its internal chunks in long texts', () => {
    const unit = 'Zelenskyy’s “words” é ';
    const text = unit.repeat(2000);
    const texts = new TokenTexts(text);
    for (let a = 8150; a < 8250; a++) assert.equal(texts.slice(a, a + 9), text.slice(a, a + 9));
    assert.equal(texts.slice(text.length - 5, text.length), text.slice(-5));
  });
});
