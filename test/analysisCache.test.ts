import { strict as assert } from 'node:assert';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cacheKey, decodeEntry, encodeEntry, MemoryAnalysisStore } from '../server/src/core/analysisCache';
import { analyzeForTransfer } from '../server/src/core/analysisPool';
import { SourceIndex } from '../server/src/core/sourceIndex';
import { MemoryWorkspace } from '../server/src/core/workspace';
import { exportIndex } from '../server/src/core/exportJson';
import { DiskAnalysisStore } from '../server/src/node/diskAnalysisStore';
import { bundleIndexWorker, seeds } from './indexFixtures';

const seedBytes = (name: string) => new Uint8Array(readFileSync(`seeds/${name}`));

/** Everything an index holds per document (tokens, entities, quotes, numbers, texts) and the export. */
function snapshot(index: SourceIndex): string {
  const docs = index.documents().map((a) => ({ doc: a.doc, text: a.doc.text, entities: a.entities, quotes: a.quotes, numbers: a.numbers }));
  return JSON.stringify({ docs, exported: exportIndex(index) });
}

describe('analysisCache', () => {
  describe('entries', () => {
    it('read back as the result they were made from, with buffers of their own', () => {
      const result = analyzeForTransfer({ path: 'seeds/a.txt', bytes: seedBytes('000_31177b0833f0709a.txt') });
      assert.ok(!('error' in result));
      const entry = encodeEntry(result)!;
      assert.ok(entry.byteLength > 1000 && entry.byteLength === entry.buffer.byteLength);
      const back = decodeEntry(entry, 'seeds/a.txt')!;
      assert.ok(back, 'decodes');
      assert.equal(back.cloned, true);
      assert.deepEqual(back.analysis, result.analysis);
      assert.deepEqual(back.quoteKeys, result.quoteKeys);
      assert.ok(result.quoteContents!.length > 0);
      assert.deepEqual(back.quoteContents, result.quoteContents);
      for (const view of [back.deflated!, back.packed!, back.mentions!]) assert.equal(view.byteLength, view.buffer.byteLength, 'not a view into the entry');
      assert.deepEqual([...back.deflated!], [...result.deflated!]);
    });

    it('are misses when they are not entries, are cut short, or belong to another path', () => {
      const result = analyzeForTransfer({ path: 'seeds/a.txt', bytes: seedBytes('004_16130c3233a1c415.txt') });
      assert.ok(!('error' in result));
      const entry = encodeEntry(result)!;
      assert.equal(decodeEntry(entry, 'seeds/b.txt'), undefined);
      assert.equal(decodeEntry(entry.subarray(0, entry.length >> 1), 'seeds/a.txt'), undefined);
      assert.equal(decodeEntry(new Uint8Array([1, 2, 3, 4, 5]), 'seeds/a.txt'), undefined);
      assert.equal(decodeEntry(new Uint8Array(0), 'seeds/a.txt'), undefined);
      // Quote keys or contents that are not one string per quote.
      assert.ok(result.quoteContents!.length > 1);
      for (const bad of [{ quoteContents: result.quoteContents!.slice(1) }, { quoteKeys: [...result.quoteKeys!.slice(1), 7] }]) {
        assert.equal(decodeEntry(encodeEntry({ ...result, ...bad } as typeof result)!, 'seeds/a.txt'), undefined, Object.keys(bad)[0]);
      }
    });

    it('are not made for errors', () => {
      assert.equal(encodeEntry({ path: 'x.txt', error: 'parser failed' }), undefined);
    });

    it('are keyed by analyser version, path and bytes', () => {
      const bytes = new TextEncoder().encode('Some text.');
      const key = cacheKey('0123456789abcdef', 'a.txt', bytes);
      assert.match(key, /^[0-9a-f]{40}$/);
      assert.equal(cacheKey('0123456789abcdef', 'a.txt', new TextEncoder().encode('Some text.')), key);
      assert.notEqual(cacheKey('fedcba9876543210', 'a.txt', bytes), key);
      assert.notEqual(cacheKey('0123456789abcdef', 'b.txt', bytes), key);
      assert.notEqual(cacheKey('0123456789abcdef', 'a.txt', new TextEncoder().encode('Some text!')), key);
    });
  });

  describe('SourceIndex.load with a cache', () => {
    it('analyses each file once: a second index reads the same analyses from the cache', async () => {
      const store = new MemoryAnalysisStore('0123456789abcdef');
      const workspace = new MemoryWorkspace(seeds());
      const cold = new SourceIndex();
      await cold.load(workspace, ['seeds'], { workers: 0, cache: store });
      assert.equal(cold.analysed, 5);
      assert.equal(cold.cacheHits, 0);
      assert.equal(store.entries.size, 5);

      const warm = new SourceIndex();
      await warm.load(workspace, ['seeds'], { workers: 0, cache: store });
      assert.equal(warm.analysed, 0);
      assert.equal(warm.cacheHits, 5);
      assert.equal(snapshot(warm), snapshot(cold));

      // And both are what an index without a cache builds.
      const plain = new SourceIndex();
      await plain.load(workspace, ['seeds'], { workers: 0 });
      assert.equal(snapshot(plain), snapshot(cold));
    });

    it('analyses a changed file again and keeps only the entries of the files listed', async () => {
      const store = new MemoryAnalysisStore('0123456789abcdef');
      const files = seeds();
      const workspace = new MemoryWorkspace(files);
      await new SourceIndex().load(workspace, ['seeds'], { workers: 0, cache: store });
      const before = new Set(store.entries.keys());
      const changed = 'seeds/002_f7178084b3e2d7fe.txt';
      files.set(changed, `${files.get(changed)}\n“We are ready!” a new paragraph says.\n`);
      files.delete('seeds/004_16130c3233a1c415.txt');

      const index = new SourceIndex();
      await index.load(workspace, ['seeds'], { workers: 0, cache: store });
      assert.equal(index.analysed, 1);
      assert.equal(index.cacheHits, 3);
      assert.equal(store.entries.size, 4, 'the changed file’s old entry and the deleted file’s are gone');
      assert.equal([...store.entries.keys()].filter((k) => !before.has(k)).length, 1, 'one new entry');
      assert.match(index.get(changed)!.doc.text, /a new paragraph says/);
      assert.ok(index.get(changed)!.quotes.some((q) => q.content.includes('We are ready')));
    });

    it('writes the entry of a file updated after the load, so the next start takes it from the cache', async () => {
      const store = new MemoryAnalysisStore('0123456789abcdef');
      const files = seeds();
      const workspace = new MemoryWorkspace(files);
      const index = new SourceIndex();
      await index.load(workspace, ['seeds'], { workers: 0, cache: store });
      const changed = 'seeds/002_f7178084b3e2d7fe.txt';
      const text = `\ufeff${files.get(changed)}\n“We are ready!” a new paragraph says.\n`;
      files.set(changed, text);
      // As the server does when the file watcher reports the change (the byte-order mark included).
      index.updateFromBytes(changed, new TextEncoder().encode(text));
      await index.settled();
      assert.equal(store.entries.size, 6, 'the updated file’s entry is written');
      assert.ok(index.get(changed)!.quotes.some((q) => q.content.includes('We are ready')));

      const next = new SourceIndex();
      await next.load(workspace, ['seeds'], { workers: 0, cache: store });
      assert.equal(next.analysed, 0);
      assert.equal(next.cacheHits, 5);
      assert.equal(snapshot(next), snapshot(index), 'the update indexes as the cached entry does');
      assert.equal(store.entries.size, 5, 'the entry of the file before its change is dropped');

      // An index loaded without a cache writes none.
      const plain = new SourceIndex();
      await plain.load(workspace, ['seeds'], { workers: 0 });
      plain.updateFromBytes(changed, new TextEncoder().encode(`${text} More.`));
      await plain.settled();
      assert.equal(store.entries.size, 5);
    });

    it('analyses again when an entry is damaged or from another analyser, and replaces it', async () => {
      const files = seeds();
      const workspace = new MemoryWorkspace(files);
      const store = new MemoryAnalysisStore('0123456789abcdef');
      const reference = new SourceIndex();
      await reference.load(workspace, ['seeds'], { workers: 0, cache: store });
      const [firstKey] = store.entries.keys();
      store.entries.set(firstKey, new Uint8Array([0xde, 0xad, 0xbe, 0xef]));

      const index = new SourceIndex();
      await index.load(workspace, ['seeds'], { workers: 0, cache: store });
      assert.equal(index.analysed, 1);
      assert.equal(index.cacheHits, 4);
      assert.ok(decodeEntry(store.entries.get(firstKey)!, index.paths()[0]), 'the damaged entry was rewritten');
      assert.equal(snapshot(index), snapshot(reference));

      const otherAnalyser = new MemoryAnalysisStore('fedcba9876543210');
      for (const [key, entry] of store.entries) otherAnalyser.entries.set(key, entry);
      const fresh = new SourceIndex();
      await fresh.load(workspace, ['seeds'], { workers: 0, cache: otherAnalyser });
      assert.equal(fresh.analysed, 5, 'another version has other keys');
      assert.equal(otherAnalyser.entries.size, 5, 'and the old entries are dropped');
    });

    it('skips a file whose entry decodes but holds no sound analysis, and drops that entry', async () => {
      const files = seeds();
      const workspace = new MemoryWorkspace(files);
      const store = new MemoryAnalysisStore('0123456789abcdef');
      await new SourceIndex().load(workspace, ['seeds'], { workers: 0, cache: store });
      const path = 'seeds/001_918f0212adf51184.txt';
      const key = cacheKey(store.version, path, new TextEncoder().encode(files.get(path) as string));
      const unsound = decodeEntry(store.entries.get(key)!, path)!;
      unsound.analysis.entities = [{ broken: true } as never];
      store.entries.set(key, encodeEntry(unsound)!);

      const index = new SourceIndex();
      const problems = await index.load(workspace, ['seeds'], { workers: 0, cache: store });
      assert.deepEqual(problems.map((p) => p.path), [path]);
      assert.match(problems[0].reason, /cached analysis is damaged/);
      assert.equal(index.size, 4);
      assert.equal(store.entries.has(key), false, 'the entry is dropped');
      const again = new SourceIndex();
      assert.deepEqual(await again.load(workspace, ['seeds'], { workers: 0, cache: store }), []);
      assert.equal(again.analysed, 1);
      assert.equal(again.size, 5);
    });

    it('does not cache files that cannot be read or decoded', async () => {
      const files = seeds();
      files.set('seeds/binary.txt', new Uint8Array([0, 1, 2, 0, 255, 0, 3]));
      files.set('seeds/empty.txt', '');
      const store = new MemoryAnalysisStore('0123456789abcdef');
      const index = new SourceIndex();
      const problems = await index.load(new MemoryWorkspace(files), ['seeds'], { workers: 0, cache: store });
      assert.equal(problems.length, 2);
      assert.equal(store.entries.size, 5);

      // A warm load (texts of cached files are not decoded) still refuses them, and so does a
      // re-index after an indexed file turned into invalid UTF-8.
      const warm = new SourceIndex();
      const again = await warm.load(new MemoryWorkspace(files), ['seeds'], { workers: 0, cache: store });
      assert.deepEqual(again.map((p) => p.path).sort(), ['seeds/binary.txt', 'seeds/empty.txt']);
      assert.equal(warm.cacheHits, 5);
      const broken = 'seeds/001_918f0212adf51184.txt';
      assert.ok(warm.has(broken));
      files.set(broken, new Uint8Array([0x41, 0xc3, 0x28, 0x42]));
      const after = await warm.load(new MemoryWorkspace(files), ['seeds'], { workers: 0, cache: store });
      assert.ok(after.some((p) => p.path === broken && /not valid UTF-8/.test(p.reason)));
      assert.equal(warm.has(broken), false);
      assert.equal(warm.size, 4);
      assert.equal(store.entries.size, 4, 'the changed file keeps no entry');
    });

    describe('on worker threads', function () {
      this.timeout(60_000);
      let dir: string;
      let script: string;
      before(async () => {
        ({ dir, script } = await bundleIndexWorker('provenance-cache-'));
      });
      after(() => rmSync(dir, { recursive: true, force: true }));

      it('workers write the entries; a warm load needs no worker and builds the same index', async () => {
        const files = seeds();
        // More files than one batch, some of them the same text under another name.
        for (const [path, text] of seeds()) files.set(path.replace('seeds/', 'seeds/copy-'), text);
        const workspace = new MemoryWorkspace(files);
        const store = new MemoryAnalysisStore('0123456789abcdef');
        const cold = new SourceIndex();
        await cold.load(workspace, ['seeds'], { workers: 2, workerScript: script, cache: store });
        assert.equal(cold.analysed, 10);
        assert.equal(store.entries.size, 10);

        const plain = new SourceIndex();
        await plain.load(workspace, ['seeds'], { workers: 0 });
        assert.equal(snapshot(cold), snapshot(plain));

        // A worker script that does not exist: any analysis would have to fall back to this thread.
        const warm = new SourceIndex();
        await warm.load(workspace, ['seeds'], { workers: 2, workerScript: join(dir, 'missing.js'), cache: store });
        assert.equal(warm.analysed, 0);
        assert.equal(warm.cacheHits, 10);
        assert.equal(snapshot(warm), snapshot(plain));

        // One changed file among cached ones: it goes to a worker, the rest come in order from the cache.
        const changed = 'seeds/copy-001_918f0212adf51184.txt';
        files.set(changed, `${files.get(changed)}\n“We are ready!” a new paragraph says.\n`);
        const mixed = new SourceIndex();
        await mixed.load(workspace, ['seeds'], { workers: 2, workerScript: script, cache: store });
        assert.equal(mixed.analysed, 1);
        assert.equal(mixed.cacheHits, 9);
        const reference = new SourceIndex();
        await reference.load(workspace, ['seeds'], { workers: 0 });
        assert.equal(snapshot(mixed), snapshot(reference));
      });
    });
  });

  describe('DiskAnalysisStore', () => {
    let root: string;
    beforeEach(() => {
      root = mkdtempSync(join(tmpdir(), 'provenance-store-'));
    });
    afterEach(() => {
      chmodSync(root, 0o755);
      rmSync(root, { recursive: true, force: true });
    });
    const key = (n: number) => String(n).padStart(40, 'a');

    it('writes entries, reads them back in another store, and misses unknown keys', async () => {
      const store = new DiskAnalysisStore(join(root, 'cache'), '0123456789abcdef');
      await store.write(key(1), new Uint8Array([1, 2, 3]));
      assert.deepEqual([...(await store.read(key(1)))!], [1, 2, 3]);
      const again = new DiskAnalysisStore(join(root, 'cache'), '0123456789abcdef');
      assert.deepEqual([...(await again.read(key(1)))!], [1, 2, 3]);
      assert.equal(await again.read(key(2)), undefined);
      assert.deepEqual(readdirSync(join(root, 'cache', '0123456789abcdef')), [key(1)], 'no temporary file left');
    });

    it('makes its folder again when it is removed while in use', async () => {
      const store = new DiskAnalysisStore(join(root, 'cache'), '0123456789abcdef');
      await store.write(key(1), new Uint8Array([1]));
      rmSync(join(root, 'cache'), { recursive: true, force: true });
      assert.equal(await store.read(key(1)), undefined);
      await store.write(key(2), new Uint8Array([2]));
      assert.equal(store.problem, undefined);
      assert.deepEqual([...(await store.read(key(2)))!], [2]);
    });

    it('retains only the keys given, and drops the folders of other analyser versions', async () => {
      const old = new DiskAnalysisStore(root, 'fedcba9876543210');
      await old.write(key(9), new Uint8Array([9]));
      const store = new DiskAnalysisStore(root, '0123456789abcdef');
      for (const n of [1, 2, 3]) await store.write(key(n), new Uint8Array([n]));
      writeFileSync(join(root, '0123456789abcdef', `${key(4)}.1234.tmp`), 'half an entry');
      mkdirSync(join(root, 'not-a-version'));
      await store.retain(new Set([key(1), key(3)]));
      assert.deepEqual(readdirSync(join(root, '0123456789abcdef')).sort(), [key(1), key(3)]);
      assert.equal(await store.read(key(2)), undefined);
      assert.ok(!existsSync(join(root, 'fedcba9876543210')));
      assert.ok(existsSync(join(root, 'not-a-version')), 'only folders it made are removed');
    });

    it('turns a folder it cannot write into a problem, never an error, and still loads the sources', async function () {
      if (process.getuid?.() === 0) {
        // Root writes anywhere: a file where the folder should be blocks it instead.
        writeFileSync(join(root, 'blocked'), 'a file, not a folder');
      } else chmodSync(root, 0o555);
      const store = new DiskAnalysisStore(join(root, 'blocked'), '0123456789abcdef');
      const index = new SourceIndex();
      const problems = await index.load(new MemoryWorkspace(seeds()), ['seeds'], { workers: 0, cache: store });
      assert.deepEqual(problems, []);
      assert.equal(index.size, 5);
      assert.match(store.problem ?? '', /cannot be written/);
    });

    it('refuses a version that is not 16 hex digits', () => {
      assert.throws(() => new DiskAnalysisStore(root, '../../etc'), /16 hex digits/);
    });
  });
});
