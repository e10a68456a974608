import { strict as assert } from 'node:assert';
import { DEMONYMS, HONORIFICS, ORG_WORDS, PERSON_TITLES, PLACES, ROLE_HEADS } from '../server/src/core/entities/lexicon';
import { DEMONYM, HONORIFIC, ORG_WORD, PERSON_TITLE, PLACE, ROLE_HEAD, TITLE_WORD, wordClass } from '../server/src/core/entities/wordClass';

describe('wordClass', () => {
  it('answers for every lexicon a word is in', () => {
    for (const [set, bit] of [[ROLE_HEADS, ROLE_HEAD], [PERSON_TITLES, PERSON_TITLE], [HONORIFICS, HONORIFIC], [DEMONYMS, DEMONYM], [PLACES, PLACE], [ORG_WORDS, ORG_WORD]] as const) {
      for (const w of set) assert.ok(wordClass(w) & bit, w);
    }
  });

  it('gives words in several lexicons all their bits, and others none', () => {
    assert.ok(wordClass('minister') & TITLE_WORD);
    assert.equal(wordClass('mr.') & HONORIFIC, HONORIFIC);
    assert.equal(wordClass('banana'), 0);
  });
});
