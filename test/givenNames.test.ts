import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { genderFromOneList, givenNameGender, isGivenName, leadingNameGender } from '../server/src/core/entities/givenNames';
import { givenNamesByGender } from '../server/src/core/entities/givenNameData';
import { dataFile, givenNameModule } from '../scripts/given-names.mjs';

describe('givenNames', () => {
  it('takes the gender most of the name lists agree on, despite one list’s slip', () => {
    // The French list calls Richard and Benjamin female; the others say male.
    assert.equal(givenNameGender('richard'), 'male');
    assert.equal(givenNameGender('benjamin'), 'male');
    assert.equal(givenNameGender('wendy'), 'female');
  });

  it('leaves names the lists split on to the text’s pronouns', () => {
    assert.equal(givenNameGender('yuri'), undefined);
    assert.equal(givenNameGender('lee'), undefined);
    assert.equal(givenNameGender('alex'), undefined);
    assert.ok(isGivenName('yuri'));
  });

  it('tells a gender only one list gives ("Campbell") from one most lists agree on', () => {
    assert.equal(givenNameGender('campbell'), 'female');
    assert.equal(genderFromOneList('campbell'), true);
    assert.equal(genderFromOneList('richard'), false);
    assert.equal(genderFromOneList('yuri'), false);
    assert.equal(genderFromOneList('china'), false);
  });

  it('still reads the gender of an ordinary word opening a person’s name ("Amber Schinkel", "Will Smith"), not a family name first', () => {
    assert.equal(isGivenName('amber'), false);
    assert.equal(leadingNameGender('amber'), 'female');
    assert.equal(leadingNameGender('will'), 'male');
    assert.equal(leadingNameGender('wang'), undefined);
  });

  it('refuses ordinary words the lists hold', () => {
    assert.equal(givenNameGender('will'), undefined);
    assert.equal(isGivenName('china'), false);
  });

  it('reads names of one word only (the lexicon is asked about one word at a time)', () => {
    assert.ok(isGivenName('aaron'));
    assert.equal(isGivenName('aaron david'), false);
  });

  it('answers for every name of the data as a plain map of it would, ordinary words refused', () => {
    const expected = new Map<string, string>();
    for (const list of ['male', 'female', 'unknown', 'maleOneList', 'femaleOneList'] as const) {
      const gender = list === 'maleOneList' ? 'male' : list === 'femaleOneList' ? 'female' : list;
      for (const name of givenNamesByGender[list].split(' ')) expected.set(name, gender);
    }
    assert.ok(expected.size > 60_000);
    let refused = 0;
    for (const [name, gender] of expected) {
      if (!isGivenName(name)) {
        refused++;
        continue;
      }
      assert.equal(givenNameGender(name), gender === 'unknown' ? undefined : gender, name);
    }
    assert.ok(refused > 50 && refused < 2000, `${refused} refused`);
    // Prefixes, extensions and words of no list are no names.
    for (const word of ['aaro', 'aaronn2', 'richardx', 'richar', '', ' ', 'aaron ', 'zzzzzz', 'Aaron']) assert.equal(isGivenName(word), false, JSON.stringify(word));
  });

  it('uses data generated from the installed name lists (run scripts/given-names.mjs after updating them)', () => {
    assert.equal(readFileSync(dataFile, 'utf8'), givenNameModule());
  });
});
