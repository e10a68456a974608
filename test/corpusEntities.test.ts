import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { analyzeDocument } from '../server/src/core/analyze';
import { mergeEntities, type CorpusEntity, type MergedEntities } from '../server/src/core/entities/corpusEntities';
import type { DocEntity, DocumentAnalysis } from '../server/src/core/types';

const seedFiles = readdirSync('seeds').filter((f) => f.endsWith('.txt')).sort();

describe('mergeEntities on the seeds', () => {
  let docs: DocumentAnalysis[];
  let merged: MergedEntities;
  const people = () => merged.entities.filter((e) => e.type === 'person');
  /** The one corpus entity whose variants include `name`. */
  const withVariant = (name: string): CorpusEntity => {
    const found = merged.entities.filter((e) => e.variants.includes(name) || e.name === name);
    assert.equal(found.length, 1, `${name}: ${found.map((e) => e.name).join(', ') || 'none'}`);
    return found[0];
  };

  before(() => {
    docs = seedFiles.map((f) => analyzeDocument(`seeds/${f}`, readFileSync(`seeds/${f}`, 'utf8')));
    merged = mergeEntities(docs);
  });

  it('merges Zelenskyy / Zelenskiy / Zelensky into one person named as most sources write it', () => {
    const z = withVariant('Volodymyr Zelenskiy');
    assert.equal(z.type, 'person');
    assert.equal(z.name, 'Volodymyr Zelenskyy');
    for (const v of ['Volodymyr Zelenskyy', 'Zelenskyy', 'Zelenskiy', 'Volodymyr Zelensky', 'Zelensky']) assert.ok(z.variants.includes(v), v);
    assert.equal(z.documents, 5);
    assert.equal(people().filter((e) => /zelensk/i.test(e.name)).length, 1);
  });

  it('merges Yuri / Yury Ushakov and keeps every role the sources give', () => {
    const u = withVariant('Yury Ushakov');
    assert.ok(u.variants.includes('Yuri Ushakov') && u.variants.includes('Ushakov'));
    assert.equal(u.documents, 3);
    for (const r of ["Putin's foreign affairs adviser", 'Kremlin foreign policy aide', 'Russian presidential aide']) assert.ok(u.roles.includes(r), r);
    assert.equal(u.gender, 'male');
  });

  it('merges Sergei / Sergey Lavrov, Viktor Orban / Orbán, and keeps Sergei Ryabkov apart', () => {
    const lavrov = withVariant('Sergey Lavrov');
    assert.ok(lavrov.variants.includes('Sergei Lavrov'));
    assert.ok(lavrov.roles.includes('Russian Foreign Minister'));
    const orban = withVariant('Viktor Orbán');
    assert.equal(orban.name, 'Viktor Orbán');
    assert.ok(orban.variants.includes('Viktor Orban'));
    assert.deepEqual(orban.roles, ['Hungarian Prime Minister']);
    assert.notEqual(withVariant('Sergei Ryabkov').id, lavrov.id);
  });

  it('merges Kyiv and Kiev as one place', () => {
    const kyiv = withVariant('Kiev');
    assert.equal(kyiv.type, 'place');
    assert.ok(kyiv.variants.includes('Kyiv'));
  });

  it('keeps Donald and Melania Trump apart, bare "Trump" going to Donald', () => {
    const donald = withVariant('Donald Trump');
    const melania = withVariant('Melania Trump');
    assert.notEqual(donald.id, melania.id);
    assert.ok(donald.variants.includes('Trump'));
    assert.ok(!melania.variants.includes('Trump'));
    assert.ok(melania.roles.includes('First Lady'));
    assert.equal(melania.gender, 'female');
    assert.equal(donald.documents, 5);
  });

  it('keeps every other person of the seeds as a person of their own', () => {
    const names = ['Lindsey Graham', 'Mark Montgomery', 'Maria Snegovaya', 'Olga Stefanishyna', 'Scott Bessent', 'Pete Hegseth', 'Sergei Ryabkov', 'Steve Witkoff', 'Kevin Lamarque', 'Mary Clare Jalonick', 'Fatima Hussein', 'Didi Tang', 'Nathan Ellgren', 'Marco Rubio', 'John Thune', 'Vladimir Putin'];
    const ids = new Set<string>();
    for (const n of names) {
      const e = withVariant(n);
      assert.equal(e.type, 'person', n);
      ids.add(e.id);
    }
    assert.equal(ids.size, names.length);
  });

  it('keeps the roles as the sources give them, titles stripped from names', () => {
    assert.ok(withVariant('Marco Rubio').roles.includes('Secretary of State'));
    assert.ok(withVariant('Maria Snegovaya').roles.includes('senior fellow at the Center for Strategic and International Studies'));
    assert.ok(withVariant('Olga Stefanishyna').roles.some((r) => /^Ukraine.s ambassador to the U\.S\.$/.test(r)));
    assert.ok(withVariant('Scott Bessent').roles.includes('Treasury Secretary'));
    // "brief Thune and House Speaker Mike Johnson": the role starts at the title, not at Thune.
    assert.deepEqual(withVariant('Mike Johnson').roles, ['House Speaker']);
    for (const n of ['Mary Clare Jalonick', 'Nathan Ellgren']) assert.deepEqual(withVariant(n).roles, ['Associated Press writers']);
    // Roles are deduplicated across the corpus ("U.S. President" and "US President" are one).
    const trumpRoles = withVariant('Donald Trump').roles.map((r) => r.replace(/\./g, '').toLowerCase());
    assert.equal(new Set(trumpRoles).size, trumpRoles.length);
    for (const e of people()) assert.ok(!/\b(President|Minister|Secretary|Sen\.)\b/.test(e.name), e.name);
  });

  it('does not make an entity of the boilerplate support line', () => {
    assert.ok(!merged.entities.some((e) => /Support/.test(e.name)));
    assert.ok(!people().some((e) => /PBS|News Hour/.test(e.name)));
  });

  it('maps every document entity to its corpus entity', () => {
    for (const a of docs) for (const e of a.entities) assert.ok(merged.idOf.get(a.doc.path, e.key) !== undefined, `${a.doc.path} ${e.name}`);
    const ids = new Set(merged.entities.map((e) => e.id));
    assert.equal(ids.size, merged.entities.length);
  });

  it('keeps a surname-only mention in one document with the full name from another', () => {
    const a = analyzeDocument('a.txt', 'Secretary of State Marco Rubio will lead the delegation.');
    const b = analyzeDocument('b.txt', 'Rubio said the talks would start soon.');
    const m = mergeEntities([a, b]);
    const rubio = m.entities.filter((e) => e.type === 'person');
    assert.equal(rubio.length, 1, JSON.stringify(m.entities));
    assert.equal(rubio[0].documents, 2);
    assert.equal(rubio[0].name, 'Marco Rubio');
  });
});

describe('mergeEntities: variants and plurals across documents', () => {
  /** A corpus of hand-made documents, each listing its entities as [name, type, variants]. */
  const corpus = (...docs: Array<Array<[string, DocEntity['type'], string[]?]>>): DocumentAnalysis[] =>
    docs.map((entities, d) => ({
      doc: { path: `d${d}.txt`, text: '', format: 'text', meta: {}, blocks: [] },
      entities: entities.map(([name, type, variants]) => ({ key: name, name, type, variants: variants ?? [name], roles: [], mentions: [{ start: 0, end: name.length, text: name, key: name }] })),
      quotes: [],
      numbers: [],
    }));
  const named = (merged: MergedEntities, name: string) => merged.entities.filter((e) => e.name === name || e.variants.includes(name));

  it('keeps apart one-word names where one runs on from the other (Niger, Nigeria), not Kiev and Kyiv', () => {
    const merged = mergeEntities(corpus([['Niger', 'place']], [['Nigeria', 'place']], [['Kiev', 'place']], [['Kyiv', 'place']]));
    assert.equal(named(merged, 'Niger').length, 1);
    assert.notEqual(named(merged, 'Niger')[0], named(merged, 'Nigeria')[0]);
    assert.equal(named(merged, 'Kiev')[0], named(merged, 'Kyiv')[0]);
  });

  it('joins a plural thing to its singular, named in the singular', () => {
    const merged = mergeEntities(corpus([['Tomahawks', 'other']], [['Tomahawks', 'other']], [['Tomahawk', 'other']]));
    const [t] = named(merged, 'Tomahawks');
    assert.equal(t.name, 'Tomahawk');
    assert.deepEqual(t.variants.sort(), ['Tomahawk', 'Tomahawks']);
    assert.equal(t.documents, 3);
    assert.equal(merged.entities.length, 1);
  });

  it('joins an acronym to the entity that another article spells it out for, keeping the full name', () => {
    const merged = mergeEntities(
      corpus([['Associated Press', 'organization', ['Associated Press', 'AP']]], [['AP', 'organization']], [['AP', 'organization']], [['ERAMs', 'other']], [['Extended Range Attack Munition', 'organization', ['Extended Range Attack Munition', 'ERAM']]]),
    );
    const [ap] = named(merged, 'AP');
    assert.equal(ap.name, 'Associated Press');
    assert.equal(ap.documents, 3);
    // The article that spells the acronym out need not be the first to name the body.
    const later = mergeEntities(corpus([['Associated Press', 'organization']], [['AP', 'organization']], [['Associated Press', 'organization', ['Associated Press', 'AP']]]));
    assert.deepEqual(later.entities.map((e) => e.name), ['Associated Press']);
    const [eram] = named(merged, 'ERAMs');
    assert.equal(eram.name, 'Extended Range Attack Munition');
    assert.equal(merged.entities.length, 2);
  });

  it('leaves apart: organisations and places ending in -s, people, and a variant two entities give', () => {
    const merged = mergeEntities(
      corpus(
        [['Hamas', 'organization'], ['Hama', 'place']],
        [['Ames', 'person'], ['Ame', 'person']],
        [['American Medical Association', 'organization', ['American Medical Association', 'AMA']], ['Australian Medical Association', 'organization', ['Australian Medical Association', 'AMA']]],
        [['AMA', 'organization']],
      ),
    );
    assert.equal(named(merged, 'Hamas').length, 1);
    assert.equal(named(merged, 'Hamas')[0].name, 'Hamas');
    assert.equal(named(merged, 'Hama')[0].name, 'Hama');
    assert.equal(merged.entities.find((e) => e.name === 'AMA')?.documents, 1, 'AMA alone stays apart: two bodies give it');
    assert.equal(merged.entities.length, 7);
  });
});
