import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { analyzeDocument } from '../server/src/core/analyze';
import { mergeEntities } from '../server/src/core/entities/corpusEntities';
import { createEntityLookup, type EntityLookup } from '../server/src/core/entities/entityLookup';

describe('createEntityLookup on the seeds', () => {
  let lookup: EntityLookup;
  const nameOf = (id: string) => lookup.get(id)?.name;
  const found = (text: string) => lookup.find(text).map((h) => ({ surface: h.surface, name: nameOf(h.entityId), slice: text.slice(h.start, h.end) }));

  before(() => {
    const docs = readdirSync('seeds')
      .filter((f) => f.endsWith('.txt'))
      .map((f) => analyzeDocument(`seeds/${f}`, readFileSync(`seeds/${f}`, 'utf8')));
    lookup = createEntityLookup(mergeEntities(docs), docs);
  });

  it('finds full names, surnames, variants, accent-less forms and possessives with exact offsets', () => {
    const text = "Zelenskiy met Viktor Orban. Later Putin's aide Yury Ushakov called Kiev; President Volodymyr Zelensky left.";
    const hits = found(text);
    for (const h of hits) assert.equal(h.slice, h.surface);
    assert.deepEqual(
      hits.map((h) => [h.surface, h.name]),
      [
        ['Zelenskiy', 'Volodymyr Zelenskyy'],
        ['Viktor Orban', lookup.byName('Viktor Orbán')?.name],
        ['Putin', 'Vladimir Putin'],
        ['Yury Ushakov', 'Yuri Ushakov'],
        ['Kiev', 'Kyiv'],
        ['Volodymyr Zelensky', 'Volodymyr Zelenskyy'],
      ],
    );
  });

  it('gives a bare shared surname to the dominant person and keeps the full name of the other', () => {
    const hits = found('Trump thanked Melania Trump.');
    assert.deepEqual(hits.map((h) => [h.surface, h.name]), [['Trump', 'Donald Trump'], ['Melania Trump', 'Melania Trump']]);
  });

  it('matches a spelling no source used when it sounds the same and is spelled close', () => {
    const hits = found('Zelenskyi spoke to Lavrov.');
    assert.deepEqual(hits.map((h) => h.name), ['Volodymyr Zelenskyy', 'Sergei Lavrov'].map((n) => lookup.byName(n)?.name));
  });

  it('takes no ordinary word opening a sentence for a misspelt name ("Then" is not "Thune")', () => {
    assert.ok(lookup.byName('John Thune'));
    assert.deepEqual(found('Then came the call. Thune spoke.').map((h) => h.name), ['John Thune']);
  });

  it('ignores lower-case words and unknown names', () => {
    assert.deepEqual(found('the trump card was played by Jane Nobody in the morning.'), []);
  });

  it('looks entities up by name and gives the house spelling', () => {
    const z = lookup.byName('Volodymyr Zelensky');
    assert.ok(z);
    assert.equal(lookup.houseSpelling(z.id), 'Volodymyr Zelenskyy');
    assert.equal(lookup.houseSpelling(z.id, 'Zelenskiy'), 'Zelenskyy');
    assert.equal(lookup.byName('Orban')?.id, lookup.byName('Viktor Orbán')?.id);
    assert.equal(lookup.byName('Nobody Atall'), undefined);
    assert.equal(lookup.houseSpelling('no-such-id'), undefined);
  });
});

describe('createEntityLookup on a small corpus', () => {
  it('matches a surname that is also a common word only with its first name', () => {
    const docs = [analyzeDocument('a.txt', 'Green Party Leader Elizabeth May said the vote was close. May said more later.')];
    const lookup = createEntityLookup(mergeEntities(docs), docs);
    const text = 'In May, Elizabeth May spoke.';
    const hits = lookup.find(text);
    assert.deepEqual(hits.map((h) => text.slice(h.start, h.end)), ['Elizabeth May']);
    assert.equal(lookup.get(hits[0].entityId)?.type, 'person');
  });

  it('matches by sound only a name several sources give, never a listed or sourced word', () => {
    const docs = [
      analyzeDocument('a.txt', 'Councillor Ben Myers said the plan was sound. Indiana voters agreed, Myers said.'),
      analyzeDocument('b.txt', 'Ben Myers, a councillor, said the vote was close.'),
      analyzeDocument('c.txt', 'Singer Celine Dion said the tour would go on.'),
    ];
    const lookup = createEntityLookup(mergeEntities(docs), docs, { sourcesWrite: (w) => w === 'Meyer' });
    const names = (text: string) => lookup.find(text).map((h) => `${text.slice(h.start, h.end)}=${lookup.get(h.entityId)?.name}`);
    // Two sources give Ben Myers: "Meyers" is taken for him.
    assert.deepEqual(names('Meyers spoke.'), ['Meyers=Ben Myers']);
    // One source gives Dion: "Diane" is no misspelling of it; a word the sources write is none
    // either ("Meyer"), nor is a word of the lexicons ("Indian" for "Indiana").
    assert.deepEqual(names('Diane spoke. Meyer spoke. Indian voters spoke.'), []);
  });

  it('takes a word that only sounds like a name for another name ("Brighton" is not "Britain")', () => {
    const docs = [
      analyzeDocument('a.txt', 'Britain said the talks in Toronto would go on. Officials in Syria agreed.'),
      analyzeDocument('b.txt', 'Britain and Syria spoke in Toronto on Monday.'),
    ];
    const lookup = createEntityLookup(mergeEntities(docs), docs);
    const names = (text: string) => lookup.find(text).map((h) => `${text.slice(h.start, h.end)}=${lookup.get(h.entityId)?.name}`);
    // Same sound, but three or four letters apart: other places and people.
    assert.deepEqual(names('Brighton voted. A Tornado hit. Sarai Lara spoke.'), []);
    // Two letters apart, the same sound: a misspelling.
    assert.deepEqual(names('Brittain voted. Torronto too.'), ['Brittain=Britain', 'Torronto=Toronto']);
  });

  it('takes a word in title case for no acronym: "Us" is not the "US"', () => {
    const docs = [analyzeDocument('a.txt', 'The US said the talks would go on.'), analyzeDocument('b.txt', 'Officials in the US agreed.')];
    const lookup = createEntityLookup(mergeEntities(docs), docs);
    assert.deepEqual(lookup.find('Contact Us today.'), []);
    assert.equal(lookup.find('The US envoy.').length, 1);
  });

  it('finds nothing in text without names and copes with an empty corpus', () => {
    const empty = createEntityLookup(mergeEntities([]), []);
    assert.deepEqual(empty.find('Putin met Trump.'), []);
    assert.equal(empty.byName('Putin'), undefined);
  });
});
