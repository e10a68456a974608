import { strict as assert } from 'node:assert';
import { SourceIndex } from '../../server/src/core/sourceIndex';
import { at, draft, seeds, sourceDoc, testService } from './helpers';

const seed000 = 'seeds/000_31177b0833f0709a.txt';

describe('hover', () => {
  it('shows the entity card on a surname: canonical name, other spellings, roles, quotes with source links', () => {
    const { service } = testService();
    const d = draft('Ushakov said the call was useful.');
    const hover = service.getHover(d, at(d, 'Ushakov', 2))!;
    const card = hover.contents.value;
    assert.equal(hover.contents.kind, 'markdown');
    assert.match(card, /^\*\*Yuri Ushakov\*\* — person/);
    assert.match(card, /Also written: .*\*Yury Ushakov\*/);
    assert.match(card, /Putin's foreign affairs adviser — \[/);
    assert.match(card, /“Vladimir Putin reiterated his point that the Tomahawks will not alter the battlefield situation/);
    // Each item names its source file and links to the line.
    assert.match(card, /\(memory:\/\/\/seeds\/000_31177b0833f0709a\.txt#L15\) · 000\\_31177b0833f0709a\\\.txt/);
    assert.deepEqual(hover.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 7 } });
  });

  it('shows the same card for a variant spelling and in a source', () => {
    const { service } = testService();
    const d = draft('Yury Ushakov spoke.');
    const fromDraft = service.getHover(d, at(d, 'Ushakov'))!.contents.value;
    const src = sourceDoc(seed000);
    const fromSource = service.getHover(src, at(src, 'Yuri Ushakov'))!.contents.value;
    assert.equal(fromDraft, fromSource);
  });

  it('tells which sources carry a quotation and who said it', () => {
    const { service } = testService();
    const d = draft('"I believe great progress was made with today\'s telephone conversation," Trump wrote.');
    const value = service.getHover(d, at(d, 'great'))!.contents.value;
    assert.match(value, /Quotation found in 3 sources/);
    assert.equal((value.match(/^- Donald Trump — /gm) ?? []).length, 3);
  });

  it('describes a speaker the sources do not name instead of calling them unknown', () => {
    const { service } = testService();
    const d = draft('An official said the White House wants "introduced bills advance the president\'s foreign policy objectives and authorities."');
    const value = service.getHover(d, at(d, 'introduced bills', 3))?.contents.value ?? '';
    assert.match(value, /^- \*a White House official\* \(not named\) — /m);
  });

  it('shows the source wording with the difference marked', () => {
    const { service } = testService();
    const d = draft('"I believe huge progress was made with today\'s telephone conversation," Trump wrote.');
    const value = service.getHover(d, at(d, 'huge'))!.contents.value;
    assert.match(value, /~~huge~~ \*\*great\*\*/);
  });

  it('on a quotation in a source, lists the same quote in the other articles', () => {
    const { service } = testService();
    const src = sourceDoc(seed000);
    const value = service.getHover(src, at(src, 'I believe great progress'))!.contents.value;
    assert.match(value, /Also in 2 other sources/);
    assert.ok(!value.includes('000_31177b0833f0709a.txt#'));
  });

  it('escapes source text: nothing in a source becomes a link, image, HTML or command', () => {
    const index = new SourceIndex();
    const evil = 'Evil Person [click](command:workbench.action.quit) ![img](http://x/y.png) <img src=x onerror=alert(1)> http://evil.example **bold**';
    index.updateFromText('evil.md', `# ${evil}\n\nJohn Mallory, the ${evil} adviser, said "we will win this [fight](command:rm) <b>now</b>" on Monday.\n\nJohn Mallory said the plan was ready.\n`);
    const { service } = testService(index);
    const d = draft('John Mallory said "we will win this fight now" on Monday.');
    for (const needle of ['Mallory', 'win this']) {
      const value = service.getHover(d, at(d, needle))?.contents.value ?? '';
      assert.ok(value.length > 0, `a hover on ${needle}`);
      // Every link in the card is one we built: a source URI with a line fragment.
      for (const m of value.matchAll(/\]\(([^)]*)\)/g)) assert.match(m[1], /^memory:\/\/\/evil\.md#L\d+$/);
      // No raw HTML, image, command or autolink: each is escaped with a backslash.
      assert.ok(!/(?<!\\)</.test(value), value);
      assert.ok(!/(?<!\\)!(?<!\\)\[/.test(value), value);
      assert.ok(!value.includes('command:') && !value.includes('http://'), value);
    }
  });

  it('returns nothing away from names and quotations', () => {
    const { service } = testService();
    const d = draft('the weather was fine.');
    assert.equal(service.getHover(d, { line: 0, character: 4 }), undefined);
    assert.ok(seeds().size === 5);
  });
});
