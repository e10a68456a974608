import { strict as assert } from 'node:assert';
import { hedgeAfter, hedgeBefore } from '../server/src/core/numbers/hedges';

describe('numbers/hedges', () => {
  it('finds the longest hedge ending right before the number', () => {
    assert.deepEqual(hedgeBefore(['sale', 'of', 'up', 'to']), { hedge: 'up to', used: 2 });
    assert.deepEqual(hedgeBefore(['range', 'of', 'about']), { hedge: 'about', used: 1 });
    assert.deepEqual(hedgeBefore(['More', 'than']), { hedge: 'more than', used: 2 });
    assert.deepEqual(hedgeBefore(['no', 'more', 'than']), { hedge: 'up to', used: 3 });
    assert.deepEqual(hedgeBefore(['conflict', 'that', 'began', 'nearly']), { hedge: 'nearly', used: 1 });
    assert.equal(hedgeBefore(['the', 'next']), undefined);
    assert.equal(hedgeBefore([]), undefined);
  });

  it('finds hedges after the number', () => {
    assert.deepEqual(hedgeAfter(['or', 'so']), { hedge: 'about', used: 2 });
    assert.deepEqual(hedgeAfter(['or', 'more', 'people']), { hedge: 'at least', used: 2 });
    assert.equal(hedgeAfter(['or', 'ATACMS']), undefined);
  });
});
