// The built CLI, run as a user would: `node server/out/cli.js index ...` (npm test builds first).
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, copyFileSync, rmSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const cli = (...args: string[]) => spawnSync(process.execPath, ['server/out/cli.js', ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });

describe('provenance index (CLI)', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'provenance-cli-'));
    copyFileSync('seeds/004_16130c3233a1c415.txt', join(dir, 'good.txt'));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]));
    writeFileSync(join(dir, 'latin1.md'), Buffer.from('Orb\xe1n said hello.\n', 'latin1'));
    writeFileSync(join(dir, 'notes.pdf'), 'not a source type');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('exports the seeds in the contract format with offsets that slice the files', () => {
    const r = cli('index', 'seeds', '--json');
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.equal(out.documents.length, 5);
    const doc = out.documents.find((d: { path: string }) => d.path === 'seeds/000_31177b0833f0709a.txt');
    assert.equal(doc.title, 'Trump to meet with Putin in Hungary in another attempt to end Russia’s war in Ukraine');
    const text = readFileSync(doc.path, 'utf8');
    assert.ok(doc.quotes.length > 5);
    for (const q of doc.quotes) assert.equal(text.slice(q.start, q.end), q.text);
    for (const e of doc.entities) for (const m of e.mentions) assert.equal(text.slice(m.start, m.end), m.text);
    assert.ok(Array.isArray(out.entities) && Array.isArray(out.quoteClusters));
  });

  it('skips bad files with a clear message and indexes the rest', () => {
    const r = cli('index', dir, '--json');
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.deepEqual(out.documents.map((d: { path: string }) => d.path.replace(/.*\//, '')), ['good.txt']);
    assert.match(r.stderr, /empty\.txt: empty file/);
    assert.match(r.stderr, /image\.txt: binary file/);
    assert.match(r.stderr, /latin1\.md: not valid UTF-8/);
    assert.doesNotMatch(r.stderr, /notes\.pdf/);
    assert.equal(out.skipped.length, 3);
  });

  it('prints a readable summary without --json', () => {
    const r = cli('index', 'seeds');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^5 documents indexed in [\d.]+ s, 0 skipped$/m);
    assert.match(r.stdout, /\d+ quotes \(\d+ direct, \d+ reported\)/);
  });

  it('keeps analyses with --cache: the second run reads them and prints the same index', () => {
    const cache = join(dir, 'cache');
    const first = cli('index', 'seeds', '--json', '--cache', cache);
    assert.equal(first.status, 0, first.stderr);
    assert.match(first.stderr, /0 sources from the analysis cache, 5 analysed/);
    const second = cli('index', 'seeds', '--json', `--cache=${cache}`);
    assert.equal(second.status, 0, second.stderr);
    assert.match(second.stderr, /5 sources from the analysis cache, 0 analysed/);
    assert.equal(second.stdout, first.stdout);
    const check = spawnSync(process.execPath, ['server/out/cli.js', 'check', 'test/fixtures/drafts/clean.md', '--cache', cache], { encoding: 'utf8' });
    assert.equal(check.status, 0, check.stdout + check.stderr);
    assert.match(check.stderr, /5 sources from the analysis cache, 0 analysed/);
    // Other sources in the same cache folder keep their own entries: the seeds' are still there.
    const other = cli('index', dir, '--cache', cache);
    assert.match(other.stderr, /0 sources from the analysis cache, 1 analysed/);
    assert.match(cli('index', 'seeds', '--cache', cache).stderr, /5 sources from the analysis cache, 0 analysed/);
  });

  it('refuses an unknown option or a --cache without a folder', () => {
    assert.match(cli('index', 'seeds', '--jsno').stderr, /unknown option --jsno/);
    const r = cli('index', 'seeds', '--cache');
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--cache needs a folder/);
  });

  it('reports a missing folder and exits non-zero when nothing was indexed', () => {
    const r = cli('index', join(dir, 'does-not-exist'));
    assert.equal(r.status, 1);
    assert.match(r.stderr, /does-not-exist: not found/);
  });

  it('explains its usage', () => {
    const r = cli('frobnicate');
    assert.equal(r.status, 2);
    assert.match(r.stderr, /usage:/);
  });
});
