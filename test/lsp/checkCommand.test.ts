// `provenance check`, the built CLI run as CI would run it.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as nodePath from 'node:path';

const cli = (...args: string[]) => spawnSync(process.execPath, ['server/out/cli.js', 'check', ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
const planted = 'test/fixtures/drafts/planted.md';
const clean = 'test/fixtures/drafts/clean.md';

describe('provenance check (CLI)', function () {
  this.timeout(30000);

  it('prints the diagnostics as text and exits 1 on warnings (bundled seeds by default)', () => {
    const r = cli(planted);
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stdout, /^test\/fixtures\/drafts\/planted\.md:7:1: warning quote-mismatch: /m);
    assert.match(r.stdout, /7 problems in 1 draft$/m);
  });

  it('runs as `npx provenance`, as the README’s first command does (the built bin is executable)', () => {
    const r = spawnSync('npx', ['--no-install', 'provenance', 'index', 'seeds'], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^5 documents indexed in /m);
  });

  it('exits 0 on a clean draft', () => {
    const r = cli(clean, '--sources', 'seeds');
    assert.equal(r.status, 0, r.stdout + r.stderr);
  });

  it('exits 0 when only information and hints are found', () => {
    const dir = mkdtempSync(nodePath.join(tmpdir(), 'provenance-check-'));
    try {
      const draft = nodePath.join(dir, 'hint.md');
      writeFileSync(draft, 'Kremlin aide Yury Ushakov confirmed that Putin and Trump discussed holding a summit meeting in Budapest.\n');
      const r = cli(draft, '--format', 'json');
      assert.equal(r.status, 0, r.stdout);
      assert.deepEqual(JSON.parse(r.stdout).files[0].diagnostics.map((d: { code: string }) => d.code), ['name-variant']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('writes the contract JSON: files with LSP diagnostics', () => {
    const r = cli(planted, clean, '--sources', 'seeds', '--format', 'json');
    assert.equal(r.status, 1);
    const out = JSON.parse(r.stdout);
    assert.deepEqual(out.files.map((f: { path: string }) => f.path), [planted, clean]);
    const d = out.files[0].diagnostics.find((x: { code: string }) => x.code === 'role-conflict');
    assert.deepEqual(d.range.start, { line: 14, character: 0 });
    assert.equal(d.severity, 2);
    assert.equal(d.source, 'provenance');
    assert.equal(typeof d.message, 'string');
    assert.deepEqual(out.files[1].diagnostics, []);
  });

  it('writes SARIF 2.1.0, one result per diagnostic, ruleId = code', () => {
    const r = cli(planted, '--format=sarif');
    const sarif = JSON.parse(r.stdout);
    assert.equal(sarif.version, '2.1.0');
    const results = sarif.runs[0].results;
    assert.equal(results.length, 7);
    const mismatch = results.find((x: { ruleId: string }) => x.ruleId === 'quote-mismatch');
    assert.equal(mismatch.level, 'warning');
    assert.deepEqual(mismatch.locations[0].physicalLocation.region.startLine, 7);
    assert.equal(mismatch.locations[0].physicalLocation.artifactLocation.uri, planted);
    assert.equal(results.find((x: { ruleId: string }) => x.ruleId === 'claim-unsourced').level, 'note');
  });

  it('exits 2 with a message on bad usage or an unreadable draft', () => {
    assert.equal(cli().status, 2);
    assert.equal(cli(planted, '--format', 'xml').status, 2);
    const r = cli('no/such/draft.md');
    assert.equal(r.status, 2);
    assert.match(r.stderr, /cannot read no\/such\/draft\.md: ENOENT/);
  });
});
