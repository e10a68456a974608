// The built server, spawned as an editor would spawn it (`node server/out/server.js --stdio`, and
// over Node IPC as VS Code does), driven over JSON-RPC. `npm test` builds first.
import { strict as assert } from 'node:assert';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as nodePath from 'node:path';
import { pathToFileURL } from 'node:url';
import { startServer, type TestClient } from './lspClient';

const fixtures = nodePath.resolve(__dirname, '../fixtures/drafts');
const seeds = nodePath.resolve(__dirname, '../../seeds');
const codesByLine = (p: { diagnostics: Array<{ range: { start: { line: number } }; code: string }> }) => p.diagnostics.map((d) => `${d.range.start.line + 1} ${d.code}`).sort();
const planted = ['5 quote-unsourced', '7 quote-mismatch', '9 quote-misattributed', '11 number-conflict', '13 claim-unsourced', '15 role-conflict', '17 name-variant'].sort();

describe('language server over stdio (bundled seeds)', function () {
  this.timeout(60000);
  let client: TestClient;
  let work: string;
  const uri = (name: string) => pathToFileURL(nodePath.join(work, name)).href;

  before(async () => {
    // Drafts live outside the repository, in a folder of their own, as a writer's would.
    work = mkdtempSync(nodePath.join(tmpdir(), 'provenance-lsp-'));
    client = await startServer({ rootPath: work });
    await client.ready();
  });
  after(async () => {
    await client.stop();
    rmSync(work, { recursive: true, force: true });
  });

  it('indexes the bundled seeds when nothing else is configured', () => {
    const ready = client.statuses.find((s) => s.state === 'ready')!;
    assert.equal(ready.origin, 'bundled seeds');
    assert.equal(ready.documents, 5);
    assert.equal(client.statuses[0].state, 'indexing');
  });

  it('publishes no diagnostic for the clean draft', async () => {
    const published = await client.open(uri('clean.md'), readFileSync(nodePath.join(fixtures, 'clean.md'), 'utf8'));
    assert.deepEqual(published.diagnostics, []);
  });

  it('publishes exactly the planted error on each line, with the contract fields', async () => {
    const published = await client.open(uri('planted.md'), readFileSync(nodePath.join(fixtures, 'planted.md'), 'utf8'));
    assert.deepEqual(codesByLine(published), planted);
    for (const d of published.diagnostics) assert.equal(d.source, 'provenance');
    const published2 = await client.open(uri('planted.txt'), readFileSync(nodePath.join(fixtures, 'planted.txt'), 'utf8'));
    assert.deepEqual(codesByLine(published2), planted);
  });

  it('answers hovers on names and quotations', async () => {
    const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: uri('clean.md') }, position: { line: 8, character: 2 } })) as { contents: { kind: string; value: string } };
    assert.equal(hover.contents.kind, 'markdown');
    assert.match(hover.contents.value, /^\*\*Yuri Ushakov\*\*/);
    assert.match(hover.contents.value, /\(file:\/\/\/.*seeds\/000_31177b0833f0709a\.txt#L15\)/);
    const quoteHover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: uri('clean.md') }, position: { line: 4, character: 20 } })) as { contents: { value: string } };
    assert.match(quoteHover.contents.value, /Quotation found in 3 sources/);
  });

  it('answers definitions: one location per source span', async () => {
    const locations = (await client.connection.sendRequest('textDocument/definition', { textDocument: { uri: uri('clean.md') }, position: { line: 4, character: 20 } })) as Array<{ uri: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }>;
    assert.equal(locations.length, 3);
    for (const l of locations) {
      assert.ok(l.uri.startsWith(pathToFileURL(seeds).href));
      const line = readFileSync(new URL(l.uri), 'utf8').split('\n')[l.range.start.line];
      assert.match(line.slice(l.range.start.character, l.range.end.character), /^I believe great progress was made with today.s telephone conversation$/);
    }
  });

  it('re-checks a draft after an incremental edit', async () => {
    const next = client.nextDiagnostics(uri('clean.md'));
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: uri('clean.md'), version: 2 },
      contentChanges: [{ range: { start: { line: 4, character: 11 }, end: { line: 4, character: 16 } }, text: 'huge' }],
    });
    const published = await next;
    assert.deepEqual(codesByLine(published), ['5 quote-mismatch']);
  });

  it('offers quick fixes carried by the diagnostics', async () => {
    const published = await client.open(uri('fix.md'), '"We have a lot of them, but we need them," Putin said.\n');
    const [diagnostic] = published.diagnostics;
    const actions = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: uri('fix.md') }, range: diagnostic.range, context: { diagnostics: [diagnostic] } })) as Array<{ title: string }>;
    assert.deepEqual(actions.map((a) => a.title).filter((t) => !t.startsWith('Insert a citation')), ['Change the speaker to Trump', 'Suppress quote-misattributed here']);
  });

  it('applies severity settings on a configuration change', async () => {
    client.setSettings({ diagnostics: { 'quote-mismatch': 'error', 'name-variant': 'off' } });
    const next = client.nextDiagnostics(uri('planted.md'));
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const published = await next;
    assert.equal(published.diagnostics.find((d) => d.code === 'quote-mismatch')!.severity, 1);
    assert.ok(!published.diagnostics.some((d) => d.code === 'name-variant'));
    client.setSettings({});
  });

  it('treats an opened source as a source: no draft diagnostics, cross-article hover', async () => {
    const path = nodePath.join(seeds, '000_31177b0833f0709a.txt');
    const published = await client.open(pathToFileURL(path).href, readFileSync(path, 'utf8'), 'plaintext');
    assert.deepEqual(published.diagnostics, []);
    const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: pathToFileURL(path).href }, position: { line: 12, character: 10 } })) as { contents: { value: string } };
    assert.match(hover.contents.value, /Also in 2 other sources/);
  });

  it('answers the custom requests and the reindex command', async () => {
    const summary = (await client.connection.sendRequest('provenance/summary')) as { markdown: string };
    assert.match(summary.markdown, /5 documents/);
    const status = (await client.connection.sendRequest('workspace/executeCommand', { command: 'provenance.reindex', arguments: [] })) as { documents: number };
    assert.equal(status.documents, 5);
    const again = (await client.connection.sendRequest('provenance/reindex')) as { documents: number };
    assert.equal(again.documents, 5);
  });

  it('survives odd input', async () => {
    const published = await client.open(uri('odd.md'), '"\u0000""""“”\n\n<!-- provenance-ignore\n\n```\n"');
    assert.ok(Array.isArray(published.diagnostics));
    const hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: uri('odd.md') }, position: { line: 999, character: 999 } });
    assert.equal(hover, null);
    const none = await client.connection.sendRequest('textDocument/definition', { textDocument: { uri: uri('never-opened.md') }, position: { line: 0, character: 0 } });
    assert.deepEqual(none, []);
  });
});

describe('language server: sources configuration', function () {
  this.timeout(60000);
  let dir: string;
  before(() => {
    dir = mkdtempSync(nodePath.join(tmpdir(), 'provenance-sources-'));
    copyFileSync(nodePath.join(seeds, '004_16130c3233a1c415.txt'), nodePath.join(dir, 'one.txt'));
    writeFileSync(nodePath.join(dir, 'broken.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('initializationOptions.sources wins over the setting; a broken file is skipped', async () => {
    const client = await startServer({ rootPath: dir, initializationOptions: { sources: [dir] }, settings: { sources: [seeds] } });
    try {
      await client.ready();
      const ready = client.statuses.find((s) => s.state === 'ready')!;
      assert.equal(ready.origin, 'initializationOptions');
      assert.equal(ready.documents, 1);
      assert.equal((ready as unknown as { skipped: number }).skipped, 1);
    } finally {
      await client.stop();
    }
  });

  it('the provenance.sources setting comes next, re-indexing when it changes; watched files update the index', async () => {
    const client = await startServer({ rootPath: dir, settings: { sources: ['.'] } });
    try {
      await client.ready();
      assert.equal(client.statuses.find((s) => s.state === 'ready')!.origin, 'settings');
      const draftUri = pathToFileURL(nodePath.join(tmpdir(), 'not-a-source.md')).href;
      const first = await client.open(draftUri, '"The war will be over by Christmas," Putin said.\n');
      assert.deepEqual(codesByLine(first), ['1 quote-unsourced']);
      // A new source appears on disk: the quotation is now sourced.
      const added = nodePath.join(dir, 'new.txt');
      writeFileSync(added, 'Vladimir Putin spoke on Friday.\n"The war will be over by Christmas," Putin told reporters in Moscow.\n');
      const next = client.nextDiagnostics(draftUri);
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(added).href, type: 1 }] });
      assert.deepEqual((await next).diagnostics, []);
      // ... and deleted again.
      rmSync(added);
      const after = client.nextDiagnostics(draftUri);
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(added).href, type: 3 }] });
      assert.deepEqual(codesByLine(await after), ['1 quote-unsourced']);
      // The setting changes: re-indexed from the new folder.
      const readies = client.statuses.filter((s) => s.state === 'ready').length;
      client.setSettings({ sources: [seeds] });
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      await client.ready(readies + 1);
      const latest = client.statuses.filter((s) => s.state === 'ready').at(-1)!;
      assert.equal(latest.documents, 5);
      assert.deepEqual(latest.sources, [seeds]);
    } finally {
      await client.stop();
    }
  });
});

describe('language server: a draft opened while the sources load', function () {
  this.timeout(60000);
  let dir: string;
  let work: string;
  before(() => {
    dir = mkdtempSync(nodePath.join(tmpdir(), 'provenance-loading-'));
    work = mkdtempSync(nodePath.join(tmpdir(), 'provenance-loading-drafts-'));
    // Enough sources that the load takes a while; the one carrying the quotation is read last.
    const seedFiles = readdirSync(seeds).filter((f) => f.endsWith('.txt'));
    for (let i = 0; i < 400; i++) copyFileSync(nodePath.join(seeds, seedFiles[i % seedFiles.length]), nodePath.join(dir, `a${String(i).padStart(3, '0')}.txt`));
    writeFileSync(nodePath.join(dir, 'zzz.txt'), 'Jane Roe, the mayor of Springfield, spoke on Monday.\n"The bridge will reopen in the spring after repairs," Roe said.\n');
  });
  after(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  });

  it('is checked once the load is over, never against a half-filled index', async () => {
    const client = await startServer({ rootPath: work, initializationOptions: { sources: [dir] } });
    try {
      const draftUri = pathToFileURL(nodePath.join(work, 'draft.md')).href;
      const first = await client.open(draftUri, '"The bridge will reopen in the spring after repairs," Jane Roe said.\n');
      const ready = client.statuses.find((s) => s.state === 'ready');
      assert.ok(ready, 'diagnostics came only after the index was ready');
      assert.equal(ready.documents, 401);
      assert.deepEqual(first.diagnostics, []);
    } finally {
      await client.stop();
    }
  });
});

describe('language server: analysis cache', function () {
  this.timeout(60000);
  let dir: string;
  before(() => {
    dir = mkdtempSync(nodePath.join(tmpdir(), 'provenance-cache-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));
  // <cache>/<workspace>/<analyser version>/<entry>
  const entries = (cache: string) =>
    readdirSync(cache).flatMap((workspace) => readdirSync(nodePath.join(cache, workspace)).flatMap((version) => readdirSync(nodePath.join(cache, workspace, version))));

  it('keeps analyses in initializationOptions.cacheDirectory; a restarted server reads them and checks drafts the same', async () => {
    const cacheDirectory = nodePath.join(dir, 'analyses');
    const draftText = readFileSync(nodePath.join(fixtures, 'planted.md'), 'utf8');
    const draft = pathToFileURL(nodePath.join(dir, 'planted.md')).href;
    const first = await startServer({ rootPath: dir, initializationOptions: { cacheDirectory } });
    let firstCodes: string[];
    try {
      await first.ready();
      assert.ok(first.logs.some((l) => /indexed 5 sources in [\d.]+ s: 5 analysed, 0 from the analysis cache/.test(l)), first.logs.join('\n'));
      assert.equal(entries(cacheDirectory).length, 5);
      firstCodes = codesByLine(await first.open(draft, draftText));
      assert.deepEqual(firstCodes, planted);
    } finally {
      await first.stop();
    }
    const second = await startServer({ rootPath: dir, initializationOptions: { cacheDirectory } });
    try {
      await second.ready();
      assert.ok(second.logs.some((l) => /indexed 5 sources in [\d.]+ s: 0 analysed, 5 from the analysis cache/.test(l)), second.logs.join('\n'));
      assert.deepEqual(codesByLine(await second.open(draft, draftText)), firstCodes);
    } finally {
      await second.stop();
    }
  });

  it('analyses every source when provenance.indexCache is false', async () => {
    const cacheDirectory = nodePath.join(dir, 'off');
    const client = await startServer({ rootPath: dir, initializationOptions: { cacheDirectory }, settings: { indexCache: false } });
    try {
      await client.ready();
      assert.ok(client.logs.some((l) => /indexed 5 sources in [\d.]+ s: 5 analysed$/.test(l)), client.logs.join('\n'));
      assert.equal(existsSync(cacheDirectory), false);
    } finally {
      await client.stop();
    }
  });
});

describe('language server over Node IPC', function () {
  this.timeout(60000);
  it('serves diagnostics as over stdio', async () => {
    const client = await startServer({ transport: 'ipc' });
    try {
      await client.ready();
      const published = await client.open('file:///elsewhere/planted.md', readFileSync(nodePath.join(fixtures, 'planted.md'), 'utf8'));
      assert.deepEqual(codesByLine(published), planted);
    } finally {
      await client.stop();
    }
  });
});
