import { strict as assert } from 'node:assert';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { SourceIndex } from '../server/src/core/sourceIndex';
import { MemoryWorkspace } from '../server/src/core/workspace';
import { parseDocument } from '../server/src/core/parse/parseDocument';
import { exportIndex } from '../server/src/core/exportJson';
import { mergeEntities, type MergedEntities } from '../server/src/core/entities/corpusEntities';
import { bundleIndexWorker, seeds } from './indexFixtures';


describe('SourceIndex.load', () => {
  it('indexes the sources and reports bad files without stopping', async () => {
    const files = seeds();
    files.set('seeds/empty.txt', '');
    files.set('seeds/binary.txt', new Uint8Array([0, 1, 2, 0, 255, 0, 3]));
    // Thousands of nested elements overflow the HTML parser's stack: a problem that says so.
    files.set('seeds/deep.html', `<html><body>${'<div>'.repeat(20000)}<p>Putin said the talks were frank.</p>${'</div>'.repeat(20000)}</body></html>`);
    const index = new SourceIndex();
    const problems = await index.load(new MemoryWorkspace(files), ['seeds'], { workers: 0 });
    assert.equal(index.size, 5);
    assert.deepEqual(problems.map((p) => p.path).sort(), ['seeds/binary.txt', 'seeds/deep.html', 'seeds/empty.txt']);
    assert.match(problems.find((p) => p.path === 'seeds/deep.html')!.reason, /nested too deeply to parse/);
    assert.ok(index.quotes.clusters().length >= 6);
  });

  it('exports characterised words with the quotes, other quoted phrases apart, and scare quotes not at all', async () => {
    const text = 'Lydia Hyde, a councillor, described the meeting as "a shambles". Hyde said the council had "no plan at all for the town" and that the "soon" was empty.';
    const index = new SourceIndex();
    await index.load(new MemoryWorkspace(new Map([['src/a.txt', text]])), ['src'], { workers: 0 });
    const [doc] = exportIndex(index).documents;
    assert.deepEqual(doc.quotes.filter((q) => q.kind === 'direct').map((q) => [q.text, q.speaker?.name]), [['"a shambles"', 'Lydia Hyde']]);
    assert.deepEqual(doc.phrases.map((q) => q.text), ['"no plan at all for the town"']);
  });

  it('keeps every sentence’s tokens readable after packing them', async () => {
    const index = new SourceIndex();
    await index.load(new MemoryWorkspace(seeds()), ['seeds'], { workers: 0 });
    index.updateFromText('draft.md', '# Title\n\nA *Markdown* source — with “quotes”, 3.5 km and [a link](http://x.y).\n');
    for (const analysis of index.documents()) {
      const fresh = parseDocument(analysis.doc.path, analysis.doc.text);
      const stored = analysis.doc.blocks.flatMap((b) => b.sentences.map((s) => ({ start: s.start, end: s.end, tokens: s.tokens })));
      const expected = fresh.blocks.flatMap((b) => b.sentences.map((s) => ({ start: s.start, end: s.end, tokens: s.tokens })));
      assert.deepEqual(stored, expected, analysis.doc.path);
    }
  });

  it('re-analyses only the file that changed', async () => {
    const files = seeds();
    const index = new SourceIndex();
    const workspace = new MemoryWorkspace(files);
    await index.load(workspace, ['seeds'], { workers: 0 });
    assert.equal(index.analysed, 5);
    const changed = 'seeds/002_f7178084b3e2d7fe.txt';
    const untouched = index.get('seeds/000_31177b0833f0709a.txt');
    files.set(changed, `${files.get(changed)}\n“We are ready!” a new paragraph says.\n`);
    await index.load(workspace, ['seeds'], { workers: 0 });
    assert.equal(index.analysed, 6);
    assert.equal(index.get('seeds/000_31177b0833f0709a.txt'), untouched);
    assert.match(index.get(changed)!.doc.text, /a new paragraph says/);
    index.updateFromText('seeds/003_e43e3abe9aed38b4.txt', 'Short replacement text.');
    assert.equal(index.analysed, 7);
  });

  it('merges entities after each change as a merge from scratch does, though it keeps what earlier merges read', async () => {
    const files = seeds();
    const index = new SourceIndex();
    await index.load(new MemoryWorkspace(files), ['seeds'], { workers: 0 });
    // Every document entity's corpus id, and the corpus entities.
    const snapshot = (merged: MergedEntities) => ({
      entities: merged.entities,
      ids: index.documents().flatMap((a) => a.entities.map((e) => `${a.doc.path} ${e.key} ${merged.idOf.get(a.doc.path, e.key)}`)),
    });
    const changes: Array<() => void> = [
      () => undefined,
      // Melania Trump's only article goes: "Trump" stays Donald's, and her entity goes with it.
      () => index.updateFromText('seeds/003_e43e3abe9aed38b4.txt', 'Short replacement text.'),
      () => index.updateFromText('seeds/new.txt', 'Kremlin aide Yury Ushakov said Sergey Lavrov would travel to Budapest. Ushakov added nothing.'),
      () => index.remove('seeds/000_31177b0833f0709a.txt'),
      () => index.updateFromText('seeds/new.txt', 'Melania Trump wrote to Vladimir Putin. Trump said nothing more.'),
    ];
    let before = '';
    for (const [step, change] of changes.entries()) {
      change();
      if (step === 2) {
        // The new article's spelling joins the seeds' Yuri Ushakov.
        const ushakov = index.entities().entities.filter((e) => e.variants.includes('Yury Ushakov'));
        assert.deepEqual(ushakov.map((e) => e.name), ['Yuri Ushakov']);
      }
      const kept = snapshot(index.entities());
      assert.deepEqual(kept, snapshot(mergeEntities(index.documents())));
      const now = JSON.stringify(kept);
      assert.notEqual(now, before, 'each change changes the merged entities');
      before = now;
    }
  });

  it('prunes sources the patterns no longer match, when asked', async () => {
    const files = seeds();
    files.set('other/x.txt', 'Another source, elsewhere.');
    const index = new SourceIndex();
    const workspace = new MemoryWorkspace(files);
    await index.load(workspace, ['seeds', 'other'], { workers: 0 });
    assert.equal(index.size, 6);
    await index.load(workspace, ['other'], { workers: 0 });
    assert.equal(index.size, 6, 'without prune, a load only adds');
    await index.load(workspace, ['other'], { workers: 0, prune: true });
    assert.deepEqual(index.paths(), ['other/x.txt']);
  });

  describe('on worker threads', function () {
    this.timeout(60_000);
    let dir: string;
    let script: string;
    before(async () => {
      ({ dir, script } = await bundleIndexWorker('provenance-worker-'));
    });
    after(() => rmSync(dir, { recursive: true, force: true }));

    it('builds the same index as a sequential load, in the same order', async () => {
      const files = seeds();
      // Enough documents for several batches per worker, plus a bad one.
      for (const [path, text] of seeds()) for (let i = 0; i < 8; i++) files.set(path.replace('seeds/', `copies/${i}-`), text);
      files.set('copies/bad.txt', new Uint8Array([0, 0, 0, 1]));
      // Workers are sent the bytes, which the index keeps as the text: byte-order marks as decodeSource drops them.
      const seed = files.get('seeds/000_31177b0833f0709a.txt') as string;
      files.set('copies/bom.txt', `\ufeff${seed}`);
      files.set('copies/bom2.txt', `\ufeff\ufeff\ufeff${seed}`);
      files.set('copies/ascii.txt', 'Plain ASCII text. "We are ready," she said.\n');
      const sequential = new SourceIndex();
      const parallel = new SourceIndex();
      const progress: number[] = [];
      const p1 = await sequential.load(new MemoryWorkspace(files), [], { workers: 0 });
      const p2 = await parallel.load(new MemoryWorkspace(files), [], { workers: 2, workerScript: script, onProgress: (done) => progress.push(done) });
      assert.deepEqual(p2, p1);
      assert.equal(parallel.size, 48);
      assert.equal(parallel.analysed, 48);
      assert.deepEqual(parallel.paths(), sequential.paths());
      assert.deepEqual(exportIndex(parallel), exportIndex(sequential));
      for (const path of parallel.paths()) assert.equal(parallel.get(path)!.doc.text, sequential.get(path)!.doc.text, path);
      assert.equal(parallel.get('copies/bom2.txt')!.doc.text, `\ufeff${seed}`);
      assert.deepEqual(progress, Array.from({ length: 49 }, (_, i) => i + 1));
      const a = parallel.get('copies/3-001_918f0212adf51184.txt')!;
      assert.ok(a.doc.blocks[2].sentences[0].tokens.length > 3);
    });

    it('loses no file when workers die mid-way', async () => {
      // A worker that exits on its first batch: every batch falls back to this thread.
      const crashing = join(dir, 'crashing.js');
      writeFileSync(crashing, "require('node:worker_threads').parentPort.on('message', () => process.exit(3));\n");
      const files = seeds();
      for (const [path, text] of seeds()) for (let i = 0; i < 6; i++) files.set(path.replace('seeds/', `copies/${i}-`), text);
      const index = new SourceIndex();
      const problems = await index.load(new MemoryWorkspace(files), [], { workers: 2, workerScript: crashing });
      assert.deepEqual(problems, []);
      assert.equal(index.size, 35);
      assert.equal(index.analysed, 35);
      assert.ok(index.quotes.clusters().length >= 6);
      // The bytes went to the dead worker (transferred, gone from this thread): each file was read again.
      for (const { doc } of index.documents()) assert.equal(doc.text, files.get(doc.path));
    });

    it('leaves no worker running after a load in which workers died', () => {
      // A worker left running keeps a process (the CLI, this test run) from ever exiting: two lanes
      // of a slot once each replaced its dead worker, and the first replacement was never closed.
      const crashing = join(dir, 'crashing-too.js');
      writeFileSync(crashing, "require('node:worker_threads').parentPort.on('message', () => process.exit(3));\n");
      const script = join(dir, 'load-and-exit.ts');
      writeFileSync(
        script,
        `import { readdirSync, readFileSync } from 'node:fs';
import { SourceIndex } from ${JSON.stringify(join(process.cwd(), 'server/src/core/sourceIndex.ts'))};
import { MemoryWorkspace } from ${JSON.stringify(join(process.cwd(), 'server/src/core/workspace.ts'))};
const files = new Map<string, string>();
for (const f of readdirSync('seeds')) for (let i = 0; i < 6; i++) files.set(i + f, readFileSync('seeds/' + f, 'utf8'));
const index = new SourceIndex();
index.load(new MemoryWorkspace(files), [], { workers: 2, workerScript: ${JSON.stringify(crashing)} }).then(() => console.log(index.size));
`,
      );
      const run = spawnSync(process.execPath, ['--import', 'tsx', script], { encoding: 'utf8', timeout: 30_000 });
      assert.equal(run.signal, null, 'the process had to be killed: something kept it alive');
      assert.equal(run.status, 0, run.stderr);
      assert.equal(run.stdout.trim(), '30');
    });

    it('analyses on this thread when the worker cannot start', async () => {
      const index = new SourceIndex();
      await index.load(new MemoryWorkspace(seeds()), ['seeds'], { workers: 2, workerScript: join(dir, 'missing.js') });
      assert.equal(index.size, 5);
    });
  });
});
