import { strict as assert } from 'node:assert';
import { IntLists } from '../../server/src/languageFeatures/intLists';

/** Every list's entries, each as its values. */
function read(lists: IntLists): number[][][] {
  const out: number[][][] = [];
  for (let list = 0; list < lists.size; list++) {
    const entries: number[][] = [];
    for (let e = lists.first(list); e >= 0; e = lists.after(e)) entries.push(Array.from({ length: lists.width }, (_, f) => lists.value(e, f)));
    assert.equal(lists.length(list), entries.length);
    out.push(entries);
  }
  return out;
}

describe('intLists', () => {
  it('keeps each list’s entries in the order appended, whatever the order of appends across lists', () => {
    const lists = new IntLists(3);
    const a = lists.add();
    const b = lists.add();
    const empty = lists.add();
    lists.append(b, 7, 70, 700);
    lists.append(a, 1, 10, 100);
    lists.append(b, 8, 80, 800);
    lists.append(a, -2, 20, 200);
    assert.deepEqual(read(lists), [[[1, 10, 100], [-2, 20, 200]], [[7, 70, 700], [8, 80, 800]], []]);
    assert.equal(lists.first(empty), -1);
    assert.equal(lists.includes(b, 8), true);
    assert.equal(lists.includes(b, 80), false, 'only first values are asked');
    assert.equal(lists.includes(empty, 0), false);
  });

  it('agrees with an array per list through growth', () => {
    const lists = new IntLists(1);
    const reference: number[][] = [];
    let state = 5;
    const rand = (n: number) => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) % n);
    for (let i = 0; i < 30000; i++) {
      if (reference.length === 0 || rand(4) === 0) {
        assert.equal(lists.add(), reference.length);
        reference.push([]);
      } else {
        const list = rand(reference.length);
        lists.append(list, i);
        reference[list].push(i);
      }
    }
    assert.deepEqual(read(lists), reference.map((l) => l.map((v) => [v])));
  });
});
