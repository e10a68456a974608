import { strict as assert } from 'node:assert';
import { isRoleNoun, speechVerbStem } from '../server/src/core/quotes/lexicon';

describe('quotes lexicon: speech verb stems', () => {
  it('finds the stem of regular, irregular and odd forms in any case', () => {
    const expected: Array<[string, string]> = [
      ['said', 'say'], ['says', 'say'], ['told', 'tell'], ['reiterated', 'reiterate'], ['Reiterated', 'reiterate'],
      ['emphasising', 'emphasise'], ['added', 'add'], ['adds', 'add'], ['notes', 'note'], ['noted', 'note'],
      ['echoes', 'echo'], ['E-MAILED', 'e-mail'], ['tweeting', 'tweet'], ['replied', 'reply'], ['WARNS', 'warn'],
      // A doubled final consonant: "admitted" had been no form at all.
      ['admitted', 'admit'], ['admitting', 'admit'], ['Admitted', 'admit'], ['nodded', 'nod'], ['shrugging', 'shrug'],
      ['forecast', 'forecast'], ['forecasts', 'forecast'],
      // A final y after a consonant: "denied" had been no form at all.
      ['denied', 'deny'], ['denies', 'deny'], ['Denied', 'deny'],
    ];
    for (const [word, stem] of expected) assert.equal(speechVerbStem(word), stem, word);
  });

  it('finds none for other words, short or long, with or without letters at the ends', () => {
    for (const word of ['the', 'was', 'of', 'a', '', 'Trump’s', 'said’', 'café', 'İs', 'sayings', 'constructor', 'toString', '2024', '“said', 'said.', 'x'.repeat(40), 'noteworthy']) {
      assert.equal(speechVerbStem(word), undefined, word);
    }
  });

  it('lets a character beyond ASCII through to the full lookup (the Kelvin sign lower-cases to "k")', () => {
    assert.equal(speechVerbStem('as\u212A'), 'ask');
    assert.equal(speechVerbStem('as\u212As'), 'ask');
    assert.equal(speechVerbStem('ASKS'), 'ask');
  });
});

describe('quotes lexicon: role nouns', () => {
  it('reads words with a role\'s ending as roles, but not verbs and things that share it ("resist", "insist", "playlist")', () => {
    for (const w of ['artist', 'economist', 'accountant', 'spokesperson', 'teacher', 'historian']) assert.equal(isRoleNoun(w), true, w);
    for (const w of ['resist', 'insist', 'assist', 'exist', 'playlist']) assert.equal(isRoleNoun(w), false, w);
  });
});
