// What the index tests share: the seeds as an in-memory workspace's files, and the worker bundle.
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

/** The five seeds, by their paths under `seeds/`, for a MemoryWorkspace. */
export const seeds = () => new Map<string, Uint8Array | string>(readdirSync('seeds').sort().map((f) => [`seeds/${f}`, readFileSync(`seeds/${f}`, 'utf8')]));

/**
 * The index worker bundled into a fresh temporary folder, as scripts/build.mjs bundles it (the
 * worker runs plain JavaScript; same settings: scripts/esbuildOptions.mjs).
 */
export async function bundleIndexWorker(prefix: string): Promise<{ dir: string; script: string }> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const script = join(dir, 'indexWorker.js');
  const { nodeBundle } = await import('../scripts/esbuildOptions.mjs');
  await build({ ...nodeBundle, entryPoints: ['server/src/core/indexWorker.ts'], outfile: script, logLevel: 'error' });
  return { dir, script };
}
