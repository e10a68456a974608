import { strict as assert } from 'node:assert';
import { QueryMemo } from '../../server/src/languageFeatures/queryMemo';

describe('query memo', () => {
  it('computes an answer once per key under one view', () => {
    const memo = new QueryMemo();
    const view = {};
    let calls = 0;
    const ask = () => ++calls;
    assert.equal(memo.get(view, 'a', ask), 1);
    assert.equal(memo.get(view, 'a', ask), 1);
    assert.equal(memo.get(view, 'b', ask), 2);
    assert.equal(calls, 2);
  });

  it('starts afresh under a new view (the index changed)', () => {
    const memo = new QueryMemo();
    let calls = 0;
    const ask = () => ++calls;
    memo.get({}, 'a', ask);
    assert.equal(memo.get({}, 'a', ask), 2);
    assert.equal(memo.size, 1);
  });

  it('drops the least recently used answer past its capacity', () => {
    const memo = new QueryMemo(2);
    const view = {};
    let calls = 0;
    const ask = () => ++calls;
    memo.get(view, 'a', ask);
    memo.get(view, 'b', ask);
    memo.get(view, 'a', ask); // a is now the most recent
    memo.get(view, 'c', ask); // b goes
    assert.equal(memo.size, 2);
    assert.equal(memo.get(view, 'a', ask), 1);
    assert.equal(memo.get(view, 'b', ask), 4);
  });
});
