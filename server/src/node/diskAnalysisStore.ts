// The analysis cache on disk: one file per entry, named by its key, in a folder per analyser
// version (`<root>/<version>/<key>`), so that entries of an older analyser are dropped as a whole.
// Every failure is a miss or a dropped write, never an error: a cache that cannot be read or
// written costs time, not sources. The first failed write is kept in `problem` for the log, and
// the store stops writing.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, rename, rm, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AnalysisStore } from '../core/analysisCache';
import { defaultWorkerScript } from '../core/analysisPool';

const versionName = /^[0-9a-f]{16}$/;
const keyName = /^[0-9a-f]{40}$/;

export class DiskAnalysisStore implements AnalysisStore {
  private readonly dir: string;
  /** The entries present when the store was first read: a miss costs no system call. */
  private present: Promise<Set<string>> | undefined;
  private made: Promise<unknown> | undefined;
  private writable = true;
  /** Why writing stopped, if it did. */
  problem: string | undefined;

  constructor(
    private readonly root: string,
    readonly version: string,
  ) {
    if (!versionName.test(version)) throw new Error(`analysis cache version must be 16 hex digits, not "${version}"`);
    this.dir = join(root, version);
  }

  private entries(): Promise<Set<string>> {
    return (this.present ??= readdir(this.dir).then(
      (names) => new Set(names.filter((n) => keyName.test(n))),
      () => new Set<string>(),
    ));
  }

  async read(key: string): Promise<Uint8Array | undefined> {
    if (!(await this.entries()).has(key)) return undefined;
    try {
      // Synchronous, as source files are read (nodeWorkspace.ts): an entry is a few kilobytes, and
      // the promise API's round trips cost more CPU than the read.
      return readFileSync(join(this.dir, key));
    } catch {
      return undefined;
    }
  }

  async write(key: string, entry: Uint8Array): Promise<void> {
    if (!this.writable || !keyName.test(key)) return;
    // Written aside and renamed into place: a reader never sees half an entry.
    const temporary = join(this.dir, `${key}.${randomBytes(4).toString('hex')}.tmp`);
    try {
      await (this.made ??= mkdir(this.dir, { recursive: true }));
      await writeFile(temporary, entry).catch(async (err: NodeJS.ErrnoException) => {
        // The folder went away since it was made (someone cleared the cache): make it again, once.
        if (err.code !== 'ENOENT') throw err;
        await mkdir(this.dir, { recursive: true });
        await writeFile(temporary, entry);
      });
      await rename(temporary, join(this.dir, key));
      (await this.entries()).add(key);
    } catch (err) {
      this.writable = false;
      this.problem = `the analysis cache in ${this.root} cannot be written (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}); sources will be analysed again next time`;
      await unlink(temporary).catch(() => {});
    }
  }

  async retain(keys: ReadonlySet<string>): Promise<void> {
    const names = await readdir(this.dir).catch(() => [] as string[]);
    await Promise.all(names.filter((n) => !keys.has(n)).map((n) => unlink(join(this.dir, n)).catch(() => {})));
    const present = await this.entries();
    for (const key of [...present]) if (!keys.has(key)) present.delete(key);
    // Folders of other analyser versions hold nothing this one can use.
    const versions = await readdir(this.root).catch(() => [] as string[]);
    await Promise.all(
      versions.filter((v) => v !== this.version && versionName.test(v)).map((v) => rm(join(this.root, v), { recursive: true, force: true }).catch(() => {})),
    );
  }
}

/**
 * A folder of its own under a shared cache folder for one user of it (a workspace, a set of
 * sources): `retain` keeps only what one load listed, so two users of one folder would keep
 * deleting each other's entries.
 */
function cacheFolderFor(dir: string, user: string): string {
  return join(dir, createHash('sha1').update(user).digest('hex').slice(0, 16));
}

/**
 * The store of one user (a workspace, a set of sources) of the cache folder `dir`, for the analyser
 * this build bundles; undefined when it bundles none (run from sources), as entries could not be
 * told from another analyser's.
 */
export function openAnalysisStore(dir: string, user: string): DiskAnalysisStore | undefined {
  const version = analyserVersion(defaultWorkerScript());
  return version ? new DiskAnalysisStore(cacheFolderFor(dir, user), version) : undefined;
}

/**
 * The version of the analyser in a bundled worker script (server/out/indexWorker.js holds all of
 * the analysis code): any change to it gives other entries. Undefined without a bundle.
 */
export function analyserVersion(workerScript: string | undefined): string | undefined {
  if (!workerScript || !existsSync(workerScript)) return undefined;
  try {
    return createHash('sha1').update(readFileSync(workerScript)).digest('hex').slice(0, 16);
  } catch {
    return undefined;
  }
}
