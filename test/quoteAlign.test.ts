import { strict as assert } from 'node:assert';
import { alignQuote } from '../server/src/core/clusters/alignQuote';
import { contentSpanToDocument } from '../server/src/core/clusters/quoteOffsets';

const source = 'I might say, ‘Look, if the war’s not going to get settled, I may send them Tomahawks,’';
const kinds = (draft: string, src = source) => alignQuote(draft, src).ops.map((o) => o.kind);

describe('alignQuote', () => {
  it('finds an excerpt despite straight marks, case and a changed first capital', () => {
    const a = alignQuote("look, if the war's not going to get settled", source);
    assert.equal(a.exact, true);
    assert.equal(a.similarity, 1);
    assert.equal(a.sourceExcerpt, 'Look, if the war’s not going to get settled');
    assert.deepEqual(new Set(kinds("look, if the war's not going to get settled")), new Set(['equal']));
  });

  it('aligns an excerpt the source repeats at its first occurrence', () => {
    const twice = 'We will win. They said we would lose, and we will win.';
    const a = alignQuote('we will win', twice);
    assert.equal(a.exact, true);
    assert.deepEqual(a.source, { start: 0, end: 11 });
    assert.deepEqual(a.ops.map((o) => o.sourceText), ['We', 'will', 'win']);
    // A near-miss still goes through the full alignment and finds the closer second occurrence.
    const near = alignQuote('and we will surely win', twice);
    assert.equal(near.exact, false);
    assert.equal(near.ops.find((o) => o.kind === 'added')?.draftText, 'surely');
    assert.equal(twice.slice(near.source!.start, near.source!.end), 'and we will win');
  });

  it('treats an ellipsis as allowed and reports the elided source words', () => {
    const a = alignQuote('I might say … I may send them Tomahawks', source);
    assert.equal(a.exact, true);
    const elided = a.ops.find((o) => o.kind === 'elided');
    assert.equal(elided?.sourceText, 'Look, if the war’s not going to get settled');
    assert.equal(elided?.draftText, '…');
    // Three dots work the same way, and the excerpt spans the whole aligned stretch.
    const dots = alignQuote('I might say... I may send them Tomahawks', source);
    assert.equal(dots.exact, true);
    assert.equal(dots.sourceExcerpt, 'I might say, ‘Look, if the war’s not going to get settled, I may send them Tomahawks');
  });

  it('treats a [bracketed] insertion as allowed, standing for source words or for none', () => {
    const replaced = alignQuote('I may send [Ukraine] Tomahawks', source);
    assert.equal(replaced.exact, true);
    const editorial = replaced.ops.find((o) => o.kind === 'editorial');
    assert.equal(editorial?.draftText, '[Ukraine]');
    assert.equal(editorial?.sourceText, 'them');
    const inserted = alignQuote('if the war’s not going to get settled [in Ukraine], I may send them Tomahawks', source);
    assert.equal(inserted.exact, true);
    assert.equal(inserted.ops.find((o) => o.kind === 'editorial')?.source, undefined);
  });

  it('reports a changed word with the source wording', () => {
    const a = alignQuote('if the war’s not going to be settled, I may send them Tomahawks', source);
    assert.equal(a.exact, false);
    const changed = a.ops.filter((o) => o.kind === 'changed');
    assert.equal(changed.length, 1);
    assert.equal(changed[0].draftText, 'be');
    assert.equal(changed[0].sourceText, 'get');
    assert.equal(a.changed, 1);
    assert.ok(a.similarity > 0.85 && a.similarity < 1);
  });

  it('reports an added word and a dropped word', () => {
    const added = alignQuote('if the war’s not going to get settled soon, I may send them Tomahawks', source);
    assert.deepEqual(added.ops.filter((o) => o.kind === 'added').map((o) => o.draftText), ['soon']);
    assert.equal(added.added, 1);
    const dropped = alignQuote('if the war’s not going to get settled, I may send Tomahawks', source);
    const drops = dropped.ops.filter((o) => o.kind === 'dropped');
    assert.deepEqual(drops.map((o) => o.sourceText), ['them']);
    assert.equal(drops[0].draft, undefined);
    assert.equal(dropped.exact, false);
  });

  it("reads a last (or first) word for the source's next one as changed, and as added where the source ends", () => {
    // The source goes on after "get": "sorted" stands in for "settled".
    const last = alignQuote('if the war’s not going to get sorted', source);
    assert.deepEqual(last.ops.filter((o) => o.kind !== 'equal').map((o) => [o.kind, o.draftText, o.sourceText]), [['changed', 'sorted', 'settled']]);
    const first = alignQuote('Listen, if the war’s not going to get settled', source);
    assert.deepEqual(first.ops.filter((o) => o.kind !== 'equal').map((o) => [o.kind, o.draftText, o.sourceText]), [['changed', 'Listen', 'Look']]);
    // Past the source's last word there is nothing to change: the draft added a word.
    const past = alignQuote('I may send them Tomahawks now', source);
    assert.deepEqual(past.ops.filter((o) => o.kind !== 'equal').map((o) => [o.kind, o.draftText]), [['added', 'now']]);
  });

  it('merges consecutive dropped words into one operation', () => {
    const a = alignQuote('I might say, look, I may send them Tomahawks', source);
    const drops = a.ops.filter((o) => o.kind === 'dropped');
    assert.equal(drops.length, 1);
    assert.equal(drops[0].sourceText, 'if the war’s not going to get settled');
    assert.equal(a.dropped, 8);
  });

  it('gives offsets that slice the draft and the source', () => {
    const draft = 'I might say: “look, if the war is not going to get settled, I may send them [Ukraine] Tomahawks”';
    const a = alignQuote(draft, source);
    for (const op of a.ops) {
      if (op.draft) assert.equal(draft.slice(op.draft.start, op.draft.end), op.draftText);
      if (op.source) assert.equal(source.slice(op.source.start, op.source.end), op.sourceText);
    }
    assert.ok(a.source);
    assert.equal(source.slice(a.source.start, a.source.end), a.sourceExcerpt);
  });

  it('folds dashes, accents and quotation mark styles', () => {
    const a = alignQuote('Viktor Orban said "long range" missiles', 'Viktor Orbán said ‘long-range’ missiles');
    assert.equal(a.exact, true);
  });

  it('aligns nothing for unrelated words and survives empty or huge input', () => {
    const none = alignQuote('completely different words here', source);
    assert.equal(none.equal, 0);
    assert.equal(none.similarity, 0);
    assert.equal(none.exact, false);
    assert.equal(alignQuote('', source).exact, false);
    assert.equal(alignQuote('…', source).ops.every((o) => o.kind === 'elided'), true);
    assert.equal(alignQuote('word', '').added, 1);
    const huge = 'war '.repeat(5000);
    assert.ok(alignQuote(huge, huge).equal > 0);
  });
});

describe('contentSpanToDocument', () => {
  // “We have a lot of them,” he said, “but we need them.”
  const text = '“We have a lot of them,” he said, “but we need them.”';
  const first = { start: 1, end: 23 };
  const second = { start: text.indexOf('but'), end: text.length - 1 };
  const quote = {
    start: 0,
    end: text.length,
    text,
    kind: 'direct' as const,
    content: `${text.slice(first.start, first.end)} ${text.slice(second.start, second.end)}`,
    parts: [first, second],
    speaker: null,
  };

  it('maps an aligned stretch of an interrupted quote back to the file', () => {
    const a = alignQuote('a lot of them, but we need', quote.content);
    const span = contentSpanToDocument(quote, a.source!);
    assert.ok(span);
    assert.equal(text.slice(span.start, span.end), 'a lot of them,” he said, “but we need');
    const one = contentSpanToDocument(quote, alignQuote('need', quote.content).source!);
    assert.equal(text.slice(one!.start, one!.end), 'need');
  });

  it('gives up when the content does not come from the parts', () => {
    assert.equal(contentSpanToDocument({ ...quote, content: 'different' }, { start: 0, end: 3 }), undefined);
  });
});
