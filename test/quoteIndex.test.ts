import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import type { DocumentAnalysis, Quote } from '../server/src/core/types';
import { QuoteIndex } from '../server/src/core/clusters/quoteIndex';
import { quoteKey } from '../server/src/core/clusters/quoteWords';
import { GramIndex } from '../server/src/core/clusters/gramIndex';
import { SourceIndex } from '../server/src/core/sourceIndex';

interface QuoteSpec {
  content: string;
  speaker?: string;
  kind?: Quote['kind'];
  scare?: boolean;
}

/** A document whose text is its quotes, one per line, with offsets that slice it. */
function doc(path: string, specs: Array<QuoteSpec | string>): DocumentAnalysis {
  let text = '';
  const quotes: Quote[] = [];
  for (const raw of specs) {
    const s = typeof raw === 'string' ? { content: raw } : raw;
    const start = text.length;
    const quoted = `“${s.content}”`;
    text += `${quoted} someone said.\n`;
    quotes.push({
      start,
      end: start + quoted.length,
      text: quoted,
      kind: s.kind ?? 'direct',
      content: s.content,
      parts: [{ start: start + 1, end: start + 1 + s.content.length }],
      speaker: s.speaker ? { start: start + quoted.length + 1, end: start + quoted.length + 8, name: s.speaker } : null,
      ...(s.scare ? { scare: true } : {}),
    });
  }
  return { doc: { path, text, format: 'text', meta: {}, blocks: [] }, entities: [], quotes, numbers: [] };
}

const long = 'We have a lot of them, but we need them. I mean, we can’t deplete for our country';

describe('QuoteIndex.match', () => {
  const index = new QuoteIndex();
  index.addDocument(doc('a.txt', [long, 'The talks were very frank and trusting, and we agreed to meet again']));
  index.addDocument(doc('b.txt', ['Tomahawks are a political decision as much as a military one', 'next week']));

  it('finds a shorter excerpt despite straight marks and case', () => {
    const [m, ...rest] = index.match("we can't deplete for our country");
    assert.equal(rest.length, 0);
    assert.equal(m.ref.path, 'a.txt');
    assert.equal(m.exact, true);
    assert.equal(m.similarity, 1);
    assert.equal(m.alignment.sourceExcerpt, 'we can’t deplete for our country');
  });

  it('matches across an ellipsis and a [bracketed] insertion', () => {
    const [m] = index.match('We have a lot of them … [but] we can’t deplete for our country');
    assert.equal(m.exact, true);
    assert.ok(m.alignment.ops.some((o) => o.kind === 'elided'));
    assert.ok(m.alignment.ops.some((o) => o.kind === 'editorial'));
    assert.equal(index.match('we need [the missiles]. I mean, we can’t deplete')[0]?.exact, true);
  });

  it('matches a changed, added or dropped word as a near-miss with the source wording', () => {
    const [changed] = index.match('We have a lot of them, but we want them');
    assert.equal(changed.exact, false);
    assert.ok(changed.similarity >= 0.8 && changed.similarity < 1);
    const op = changed.alignment.ops.find((o) => o.kind === 'changed');
    assert.equal(op?.draftText, 'want');
    assert.equal(op?.sourceText, 'need');
    const [added] = index.match('We have a lot of them, but we really need them');
    assert.equal(added.alignment.ops.find((o) => o.kind === 'added')?.draftText, 'really');
    const [dropped] = index.match('The talks were frank and trusting');
    assert.equal(dropped.exact, false);
    assert.equal(dropped.alignment.ops.find((o) => o.kind === 'dropped')?.sourceText, 'very');
  });

  it('finds nothing for words no source quotes, or for a stock phrase near-miss', () => {
    assert.deepEqual(index.match('The economy is doing great'), []);
    assert.deepEqual(index.match('next month'), []);
    assert.deepEqual(index.match(''), []);
    assert.deepEqual(index.match('… [sic]'), []);
  });

  it('returns one match per reporting article, and forgets removed documents', () => {
    const i2 = new QuoteIndex();
    i2.addDocument(doc('x.txt', ['I believe great progress was made with today’s telephone conversation']));
    i2.addDocument(doc('y.txt', ["I believe great progress was made with today's telephone conversation"]));
    const matches = i2.match('great progress was made');
    assert.deepEqual(matches.map((m) => m.ref.path), ['x.txt', 'y.txt']);
    // Each alignment indexes its own quote's content (typography differs between the two).
    for (const m of matches) assert.equal(m.ref.quote.content.slice(m.alignment.source!.start, m.alignment.source!.end), 'great progress was made');
    i2.removeDocument('x.txt');
    assert.deepEqual(i2.match('great progress was made').map((m) => m.ref.path), ['y.txt']);
    i2.removeDocument('y.txt');
    assert.deepEqual(i2.match('great progress was made'), []);
    assert.equal(i2.wordingCount, 0);
  });

  it('keeps two wordings apart when their keys hash alike, and one wording across typographies', () => {
    // These two keys have the same 30-bit hash (found by search): the index must compare them.
    const [a, b] = ['They said peace uy9 now', 'They said peace hip2 now'];
    const index = new QuoteIndex();
    index.addDocument(doc('a.txt', [a]));
    index.addDocument(doc('b.txt', [b, 'They said “peace” UY9 now']));
    assert.equal(index.wordingCount, 2);
    assert.deepEqual(index.match(a).filter((m) => m.exact).map((m) => [m.ref.path, m.ref.quote.content]), [['a.txt', a], ['b.txt', 'They said “peace” UY9 now']]);
    assert.deepEqual(index.match(b).filter((m) => m.exact).map((m) => m.ref.path), ['b.txt']);
    index.removeDocument('a.txt');
    assert.equal(index.wordingCount, 2, "b.txt's retyped report still holds the first wording");
    index.removeDocument('b.txt');
    assert.equal(index.wordingCount, 0);
    index.addDocument(doc('c.txt', [b]));
    assert.deepEqual(index.match(b).map((m) => [m.ref.path, m.exact]), [['c.txt', true]]);
    assert.deepEqual(index.match(a).filter((m) => m.exact), []);
  });

  it('indexes quotes by the keys and contents a worker read, without reading their contents again', () => {
    const analysis = doc('w.txt', ['We will respond if our partners join us', 'The talks were “frank”']);
    const contents = analysis.quotes.map((q) => q.content);
    let reads = 0;
    // A stored quote's content inflates its document's text: count the reads.
    analysis.quotes = analysis.quotes.map((q) => {
      const { content, ...rest } = q;
      return Object.defineProperty(rest, 'content', { get: () => (reads++, content), enumerable: true }) as Quote;
    });
    const index = new QuoteIndex();
    index.addDocument(analysis, { keys: contents.map(quoteKey), contents });
    assert.equal(reads, 0);
    assert.deepEqual(index.match('our partners join us').map((m) => [m.ref.path, m.exact]), [['w.txt', true]]);
    // Known words that do not fit the quotes (a damaged cache entry) are not used.
    const other = new QuoteIndex();
    other.addDocument(analysis, { keys: ['unrelated words'], contents: ['unrelated words'] });
    assert.ok(reads >= 2);
    assert.deepEqual(other.match('unrelated words'), []);
    assert.equal(other.match('the talks were frank')[0]?.exact, true);
  });

  it("aligns each report on its own typography after the wording's first report is removed", () => {
    const index = new QuoteIndex();
    const curly = 'We can’t deplete it, the minister’s aide said';
    const straight = "We can't deplete it, the minister's aide said";
    index.addDocument(doc('x.txt', [curly]));
    index.addDocument(doc('y.txt', [straight]));
    index.addDocument(doc('z.txt', [curly]));
    const own = (m: ReturnType<QuoteIndex['match']>[number]) => m.ref.quote.content.slice(m.alignment.source!.start, m.alignment.source!.end);
    for (const m of index.match('can’t deplete it')) assert.equal(own(m).replace('’', "'"), "can't deplete it", m.ref.path);
    index.removeDocument('x.txt');
    const after = index.match('can’t deplete it');
    assert.deepEqual(after.map((m) => m.ref.path), ['y.txt', 'z.txt']);
    for (const m of after) assert.equal(own(m).replace('’', "'"), "can't deplete it", m.ref.path);
    assert.equal(index.wordingCount, 1);
  });

  it('returns the first matches by rank, then path, when given a limit', () => {
    const i3 = new QuoteIndex();
    for (let i = 0; i < 50; i++) i3.addDocument(doc(`p${String(i).padStart(2, '0')}.txt`, ['We have a lot of them, but we need them all']));
    i3.addDocument(doc('z.txt', ['We have a lot of them, but we need them']));
    const limited = i3.match('We have a lot of them, but we need them', { limit: 3 });
    assert.deepEqual(limited.map((m) => [m.ref.path, m.exact]), [['p00.txt', true], ['p01.txt', true], ['p02.txt', true]]);
    assert.equal(i3.match('We have a lot of them, but we need them').length, 51);
    const near = i3.match('We have a lot of them, but we want them all');
    assert.equal(near.length, 51);
    assert.equal(near[0].ref.path, 'p00.txt');
    assert.equal(near[50].ref.path, 'z.txt', 'the farther wording ranks last');
    assert.ok(near[50].similarity < near[0].similarity);
  });

  it('keeps path order across equally ranked wordings, also after documents are added and removed', () => {
    const i4 = new QuoteIndex();
    // Two wordings that both carry the excerpt word for word: tied, so ordered by path together.
    i4.addDocument(doc('m.txt', ['We are ready to talk about the ceasefire now']));
    i4.addDocument(doc('c.txt', ['We are ready to talk about the ceasefire today']));
    assert.deepEqual(i4.match('ready to talk about the ceasefire').map((m) => m.ref.path), ['c.txt', 'm.txt']);
    i4.addDocument(doc('a.txt', ['We are ready to talk about the ceasefire now']));
    assert.deepEqual(i4.match('ready to talk about the ceasefire', { limit: 2 }).map((m) => m.ref.path), ['a.txt', 'c.txt']);
    i4.removeDocument('a.txt');
    i4.addDocument(doc('z.txt', ['We are ready to talk about the ceasefire now']));
    assert.deepEqual(i4.match('ready to talk about the ceasefire').map((m) => m.ref.path), ['c.txt', 'm.txt', 'z.txt']);
  });

  it('returns only the exact excerpts when asked and one exists, near-misses otherwise', () => {
    const i5 = new QuoteIndex();
    i5.addDocument(doc('exact.txt', ['We have a lot of them, but we need them']));
    i5.addDocument(doc('near.txt', ['We have a lot of them, but we need them all, every one']));
    i5.addDocument(doc('other.txt', ['We have a lot of them, and we want them']));
    const all = i5.match('We have a lot of them, but we need them');
    assert.ok(all.some((m) => !m.exact), 'without the option the near-miss is returned too');
    const exactOnly = i5.match('We have a lot of them, but we need them', { exactOnlyWhenFound: true });
    assert.deepEqual(exactOnly.map((m) => [m.ref.path, m.exact]), [['exact.txt', true], ['near.txt', true]]);
    assert.deepEqual(exactOnly, all.filter((m) => m.exact), 'the same exact matches, aligned alike');
    const nearOnly = i5.match('We have a lot of them, but we want them all', { exactOnlyWhenFound: true });
    assert.ok(nearOnly.length > 0 && nearOnly.every((m) => !m.exact), 'no exact excerpt: near-misses as usual');
  });

  it('finds the right quote among thousands through the n-gram index', () => {
    const big = new QuoteIndex();
    for (let i = 0; i < 3000; i++) big.addDocument(doc(`d${i}.txt`, [`Statement number ${i} about the budget of the city`, `We will review the plan for district ${i} soon`]));
    const matches = big.match('We will review the plan for district 1234 soon');
    assert.equal(matches[0].ref.path, 'd1234.txt');
    assert.equal(matches[0].exact, true);
    assert.ok(matches.length <= 48, 'only the best candidates are aligned');
  });
});

describe('GramIndex', () => {
  it('gives candidates sharing word pairs, best first, and forgets removed texts', () => {
    const g = new GramIndex();
    g.add(1, [['we', 'are', 'ready']]);
    g.add(2, [['we', 'are', 'not', 'ready']]);
    g.add(3, [['something', 'else']]);
    assert.deepEqual(g.candidates([['we', 'are', 'ready']], 10).map((c) => c.id), [1, 2]);
    assert.deepEqual(g.candidates([['unknown', 'words']], 10), []);
    g.remove(1, [['we', 'are', 'ready']]);
    assert.deepEqual(g.candidates([['we', 'are', 'ready']], 10).map((c) => c.id), [2]);
    assert.equal(g.size, 2);
    g.remove(2, [['we', 'are', 'not', 'ready']]);
    g.remove(3, [['something', 'else']]);
    assert.deepEqual(g.candidates([['we', 'are', 'ready']], 10), []);
    assert.equal(g.size, 0);
  });

  it('finds word pairs of a vocabulary past 32,768 words (packed as doubles, not small integers)', () => {
    const g = new GramIndex();
    g.add(1, [Array.from({ length: 40_000 }, (_, k) => `w${k}`)]);
    g.add(2, [['w40001', 'w40002']]);
    // Three grams shared (two words and their pair) only in the written order.
    assert.deepEqual(g.candidates([['w40001', 'w40002']], 10, 4000, 3).map((c) => c.id), [2]);
    assert.deepEqual(g.candidates([['w40002', 'w40001']], 10, 4000, 3), []);
    assert.deepEqual(g.candidates([['w39998', 'w39999']], 10, 4000, 3).map((c) => c.id), [1]);
    assert.deepEqual(g.candidates([['w1', 'w2']], 10, 4000, 3).map((c) => c.id), [1]);
    g.remove(1, [Array.from({ length: 40_000 }, (_, k) => `w${k}`)]);
    assert.deepEqual(g.candidates([['w39998', 'w39999']], 10), []);
  });

  it('keeps long posting lists through growth and removals, and ranks like a full sort', () => {
    // Ids 1..300 all carry "common phrase"; every third also "rare word", every fifth "other word".
    const runsOf = (id: number) => [['common', 'phrase', ...(id % 3 === 0 ? ['rare', 'word'] : []), ...(id % 5 === 0 ? ['other', 'word'] : [])]];
    const g = new GramIndex();
    for (let id = 1; id <= 300; id++) g.add(id, runsOf(id));
    for (let id = 2; id <= 300; id += 2) g.remove(id, runsOf(id));
    const live = Array.from({ length: 150 }, (_, k) => 2 * k + 1);
    const query = [['common', 'phrase', 'rare', 'word', 'other']];
    const all = g.candidates(query, 1000);
    assert.deepEqual(all.map((c) => c.id).sort((a, b) => a - b), live, 'every remaining text, each once');
    for (let k = 1; k < all.length; k++) {
      const [a, b] = [all[k - 1], all[k]];
      assert.ok(a.score > b.score || (a.score === b.score && a.id < b.id), `ranked at ${k}`);
    }
    // The best few are the head of the full ranking: ids with both rare pairs (odd multiples of 15) first.
    assert.deepEqual(g.candidates(query, 5), all.slice(0, 5));
    assert.deepEqual(g.candidates(query, 5).map((c) => c.id), [15, 45, 75, 105, 135]);
    // Only texts sharing at least two grams, when asked.
    assert.ok(g.candidates(query, 1000, 4000, 4).every((c) => c.id % 3 === 0 || c.id % 5 === 0));
    // A list shrunk to one id, then to none.
    for (let id = 3; id <= 300; id += 2) g.remove(id, runsOf(id));
    assert.deepEqual(g.candidates(query, 10).map((c) => c.id), [1]);
    g.remove(1, runsOf(1));
    assert.deepEqual(g.candidates(query, 10), []);
    assert.equal(g.size, 0);
  });
});

describe('QuoteIndex.clusters', () => {
  const build = () => {
    const index = new QuoteIndex();
    index.addDocument(doc('a.txt', [{ content: 'I believe great progress was made with today’s telephone conversation', speaker: 'Donald Trump' }, { content: 'next week' }, long]));
    index.addDocument(doc('b.txt', [{ content: "I believe great progress was made with today's telephone conversation", speaker: 'Donald Trump' }, { content: 'next week' }]));
    index.addDocument(
      doc('c.txt', [
        { content: 'I BELIEVE GREAT PROGRESS WAS MADE WITH TODAY’S TELEPHONE CONVERSATION', speaker: 'Trump' },
        { content: 'We have a lot of them, but we need them', speaker: 'Donald Trump' },
        { content: 'great progress', scare: true },
      ]),
    );
    index.addDocument(doc('d.txt', [{ content: 'We are ready!', speaker: 'Viktor Orbán' }, { content: 'We have lots of them but we need them all', speaker: 'Donald Trump' }]));
    index.addDocument(doc('e.txt', [{ content: 'We are ready!', speaker: 'Viktor Orbán' }, { content: 'We are ready!', speaker: 'Someone Else', kind: 'indirect' }]));
    return index;
  };

  it('clusters in steps (prepareClusters) as at once, and starts again after a change', () => {
    // 900 wordings: 300 statements, each reported by three articles with a word changed.
    const name = (k: number) => `z${k.toString(36)}q`;
    const statement = (k: number, variant: string) =>
      `The ${name(k)} plan will ${variant} change everything for the ${name(k + 1000)} sector and ${name(k + 2000)} farmers`;
    const fill = (index: QuoteIndex) => {
      for (let k = 0; k < 300; k++) for (const variant of ['surely', 'really', 'truly']) index.addDocument(doc(`${variant}/${k}.txt`, [statement(k, variant)]));
    };
    const shape = (index: QuoteIndex) => index.clusters().map((c) => [c.id, c.members.map((m) => m.path).join(' ')]);
    const atOnce = new QuoteIndex();
    fill(atOnce);
    const stepped = new QuoteIndex();
    fill(stepped);
    let steps = 1;
    while (!stepped.prepareClusters(0)) steps++;
    assert.ok(steps > 3, `paused ${steps - 1} times`);
    assert.equal(atOnce.clusters().length, 300);
    assert.deepEqual(shape(stepped), shape(atOnce));
    // A change half-way drops the clustering under way: the clusters then include the new report.
    const changed = new QuoteIndex();
    fill(changed);
    assert.equal(changed.prepareClusters(0), false);
    changed.addDocument(doc('late/7.txt', [statement(7, 'honestly')]));
    assert.ok(changed.clusters().some((c) => c.members.some((m) => m.path === 'late/7.txt') && c.members.length === 4));
  });

  it('still groups a long statement two articles report among many long quotes in the same words (where its work is bounded)', () => {
    // A deterministic vocabulary of 60 words; 80 long quotes drawn from it in a third article.
    const vocabulary = Array.from({ length: 60 }, (_, k) => `w${k.toString(36)}rd`);
    let state = 11;
    const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) % vocabulary.length;
    const quote = (n: number) => Array.from({ length: n }, () => vocabulary[next()]).join(' ');
    const said = quote(160);
    const index = new QuoteIndex();
    index.addDocument(doc('noise.txt', Array.from({ length: 80 }, () => quote(150))));
    index.addDocument(doc('a.txt', [said]));
    index.addDocument(doc('b.txt', [said.replace(/^\S+/, 'changed')]));
    const clusters = index.clusters();
    assert.ok(clusters.some((c) => c.members.some((m) => m.path === 'a.txt') && c.members.some((m) => m.path === 'b.txt')));
    assert.ok(!clusters.some((c) => c.members.some((m) => m.path === 'noise.txt')));
  });

  it('groups one statement across articles despite typography, excerpts and changed words', () => {
    const clusters = build().clusters();
    const paths = clusters.map((c) => c.members.map((m) => m.path).join(','));
    assert.deepEqual(paths, ['a.txt,b.txt,c.txt', 'a.txt,c.txt,d.txt', 'd.txt,e.txt']);
    assert.deepEqual(clusters.map((c) => c.id), ['q1', 'q2', 'q3']);
    assert.equal(clusters[0].speaker, 'Donald Trump');
    assert.equal(clusters[1].text, long);
    assert.equal(clusters[2].speaker, 'Viktor Orbán');
  });

  it('takes differently spelled or shortened names of one speaker as the same speaker', () => {
    const index = new QuoteIndex();
    index.addDocument(doc('a.txt', [{ content: 'We are ready!', speaker: 'Viktor Orban' }]));
    index.addDocument(doc('b.txt', [{ content: 'We are ready!', speaker: 'Viktor Orbán' }]));
    index.addDocument(doc('c.txt', [{ content: 'We are ready!', speaker: 'Orbán' }]));
    const [cluster, ...rest] = index.clusters();
    assert.equal(rest.length, 0);
    assert.equal(cluster.members.length, 3);
    assert.match(cluster.speaker ?? '', /^Viktor Orb[aá]n$/);
  });

  it('keeps stock phrases, scare quotes and reported speech out', () => {
    const members = build().clusters().flatMap((c) => c.members.map((m) => m.quote));
    assert.ok(!members.some((q) => q.content === 'next week'));
    assert.ok(!members.some((q) => q.scare));
    assert.ok(!members.some((q) => q.kind === 'indirect'));
  });

  it('does not link short quotes of different speakers or with a changed word, nor one article with itself', () => {
    const index = new QuoteIndex();
    index.addDocument(doc('a.txt', [{ content: 'We will win this war', speaker: 'Alice Smith' }, 'A statement made twice in one article only']));
    index.addDocument(doc('b.txt', [{ content: 'We will win this war', speaker: 'Bob Jones' }, 'unrelated words entirely', 'We are ready now']));
    index.addDocument(doc('d.txt', ['We are not ready now']));
    index.addDocument(doc('c.txt', ['A statement made twice in one article only']));
    index.removeDocument('c.txt');
    index.addDocument(doc('a2.txt', []));
    assert.deepEqual(index.clusters(), []);
  });

  it('numbers clusters by first member, stably, and updates after a removal', () => {
    const index = build();
    const before = index.clusters().map((c) => [c.id, c.text]);
    assert.deepEqual(build().clusters().map((c) => [c.id, c.text]), before);
    const quote = index.clusters()[2].members[0].quote;
    assert.equal(index.clusterOf(quote)?.id, 'q3');
    index.removeDocument('a.txt');
    const after = index.clusters();
    assert.equal(after[0].members.map((m) => m.path).join(','), 'b.txt,c.txt');
    assert.equal(after[0].id, 'q1');
    assert.equal(after.length, 3);
  });
});

describe('quote clusters on the seeds', () => {
  const index = new SourceIndex();
  for (const f of readdirSync('seeds').sort()) index.updateFromText(`seeds/${f}`, readFileSync(`seeds/${f}`, 'utf8'));
  const clusters = index.quotes.clusters();
  const norm = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'").replace(/[^a-z' ]+/g, ' ').replace(/\s+/g, ' ').trim();
  /** Clusters of the file's quotes carrying the phrase (the extractor may also report it inside reported speech). */
  const clustersOfPhrase = (file: string, phrase: string) => {
    const analysis = index.documents().find((d) => d.doc.path.startsWith(`seeds/${file}`));
    assert.ok(analysis, file);
    const quotes = analysis.quotes.filter((q) => norm(q.content).includes(norm(phrase)));
    assert.ok(quotes.length > 0, `a quote with "${phrase}" in ${file}`);
    return new Set(quotes.map((q) => index.quotes.clusterOf(q)?.id).filter((id): id is string => id !== undefined));
  };
  /** The one cluster that has the phrase in every file. */
  const sharedCluster = (phrase: string, files: string[]) => {
    const [first, ...rest] = files.map((f) => clustersOfPhrase(f, phrase));
    const shared = [...first].filter((id) => rest.every((s) => s.has(id)));
    assert.equal(shared.length, 1, `one cluster with "${phrase}" in ${files.join(', ')}: ${JSON.stringify(files.map((f) => [...clustersOfPhrase(f, phrase)]))}`);
    return shared[0];
  };
  const expected: Array<[string, string[]]> = [
    ['I believe great progress was made with today’s telephone conversation', ['000', '002', '003']],
    ['We have a lot of them, but we need them', ['000', '001']],
    ['I actually believe that the Success in the Middle East', ['001', '002']],
    ['if the war’s not going to get settled', ['001', '002']],
    ['We are ready!', ['001', '004']],
    ['to see if we can bring this ‘inglorious’', ['002', '003']],
  ];

  for (const [phrase, files] of expected) {
    it(`clusters "${phrase}" across ${files.join(', ')}`, () => {
      assert.match(sharedCluster(phrase, files), /^q\d+$/);
    });
  }

  it('keeps those statements in separate clusters, numbered q1, q2, ...', () => {
    const ids = expected.map(([phrase, files]) => sharedCluster(phrase, files));
    assert.equal(new Set(ids).size, expected.length);
    assert.deepEqual(clusters.map((c) => c.id), clusters.map((_, i) => `q${i + 1}`));
    for (const c of clusters) assert.ok(new Set(c.members.map((m) => m.path)).size >= 2);
  });
});
