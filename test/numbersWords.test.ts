import { strict as assert } from 'node:assert';
import { isOrdinalWord, readCardinal, readDozen, readFraction, readVague, scaleWord, smallCardinal } from '../server/src/core/numbers/numberWords';

describe('numbers/numberWords', () => {
  it('reads cardinals in words', () => {
    assert.equal(smallCardinal('Twelve'), 12);
    assert.equal(smallCardinal('twenty-five'), 25);
    assert.equal(smallCardinal('twenty-zero'), undefined);
    assert.deepEqual(readCardinal(['two', 'hundred', 'and', 'fifty', 'drones']), { value: 250, used: 4, step: 1 });
    assert.equal(readCardinal(['three', 'million'])!.value, 3e6);
    assert.equal(readCardinal(['a', 'thousand', 'troops'])!.value, 1000);
    assert.equal(readCardinal(['a', 'week']), undefined);
    assert.equal(readCardinal(['two', 'three'])!.used, 1);
  });

  it('reads scale words', () => {
    assert.equal(scaleWord('billion'), 1e9);
    assert.equal(scaleWord('bn'), 1e9);
    assert.equal(scaleWord('dozen'), undefined);
  });

  it('reads fractions, not ordinals', () => {
    assert.deepEqual(readFraction(['half', 'of']), { value: 0.5, used: 1 });
    assert.ok(Math.abs(readFraction(['two-thirds'])!.value - 2 / 3) < 1e-12);
    assert.deepEqual(readFraction(['a', 'quarter']), { value: 0.25, used: 2 });
    assert.equal(readFraction(['fourth', 'year']), undefined);
    assert.equal(readFraction(['one', 'thirds']), undefined);
    assert.equal(isOrdinalWord('Fourth'), true);
  });

  it('reads vague amounts as ranges', () => {
    assert.deepEqual(readVague(['thousands', 'of']), { low: 2000, high: 99_999, used: 1 });
    assert.deepEqual(readVague(['tens', 'of', 'thousands']), { low: 20_000, high: 99_000, used: 3 });
    assert.deepEqual(readVague(['several', 'hundred']), { low: 300, high: 900, used: 2 });
    assert.equal(readVague(['several', 'days']), undefined);
  });

  it('reads dozens', () => {
    assert.deepEqual(readDozen(['a', 'dozen']), { value: 12, used: 2 });
    assert.deepEqual(readDozen(['two', 'dozen']), { value: 24, used: 2 });
    assert.equal(readDozen(['many', 'dozen']), undefined);
  });
});
