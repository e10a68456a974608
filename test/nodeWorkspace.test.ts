import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NodeWorkspace, readSourceFile } from '../server/src/node/nodeWorkspace';
import { SourceIndex } from '../server/src/core/sourceIndex';

describe('NodeWorkspace', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'provenance-ws-'));
    writeFileSync(join(dir, 'good.txt'), 'Jane Roe said the plan “will work,” on Monday.\n');
    writeFileSync(join(dir, 'huge.txt'), Buffer.alloc(6 * 1024 * 1024, 'a'));
    execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a named pipe without blocking, and a file over the limit by its size', async () => {
    await assert.rejects(readSourceFile(join(dir, 'pipe.txt')), /not a regular file/);
    await assert.rejects(readSourceFile(join(dir, 'huge.txt')), /too large \(6\.0 MB; limit 5 MB\)/);
    assert.ok((await readSourceFile(join(dir, 'good.txt'))).length > 10);
  });

  it('indexes the readable sources of a folder, passes pipes over and reports the rest', async () => {
    const index = new SourceIndex();
    const problems = await index.load(new NodeWorkspace(dir), ['.', 'pipe.txt'], { workers: 0 });
    assert.deepEqual(index.documents().map((a) => a.doc.path), ['good.txt']);
    const reasons = new Map(problems.map((p) => [p.path, p.reason]));
    assert.match(reasons.get('huge.txt') ?? '', /too large/);
    // Named on its own, the pipe is reported; in a folder walk it is not a source file at all.
    assert.match(reasons.get('pipe.txt') ?? '', /not a regular file/);
  });
});
